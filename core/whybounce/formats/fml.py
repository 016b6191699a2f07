"""fml (fml.org), the Japanese mailing-list manager: notices from <list>-admin@ (X-MLServer: fml ...),
one line naming the problem and an address in angle brackets, then "Original mail as follows:".

They are not delivery failures but the list refusing or dropping a post; the sentences (and the
subjects "Loop Alert: ...", "Security Alert", "NOT MEMBER article from ...") are fml's own and say why.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import contains_any, lazy
from .base import cut_at

# fml's own sentences and subjects of a refused or looping post (what each means: data/providers/fml.yaml);
# its admin address also sends welcomes, confirmations and digests, which have none of them
SENTENCES = (" header may cause mail loop", "NOT MEMBER article from ", "reject mail from ", "reject spammers:",
             "You are not a member of this mailing list", " has detected a loop condition so that",
             "Duplicated Message-ID", "Loop Back Warning:", "Security alert:")
SUBJECTS = (" are not member", "NOT MEMBER article from ", "reject mail ", "Spam mail from a spammer is rejected",
            "fml system error message", "Loop Alert: ", "Loop Back Warning: ", "WARNING: UNIX FROM Loop",
            "Security Alert")
_BRACKETED = lazy(r"<([^\s<>@]{1,128}@[^\s<>@]{1,253})>")


class Fml:
    name = "fml"

    def read(self, mail: Mail) -> Report | None:
        if not (mail.root.header("x-mlserver") or "").strip().lower().startswith("fml"):
            return None
        if "-admin@" not in mail.from_lower:
            return None
        said = " ".join(cut_at(mail.lines, ("original mail as follows",)))
        if not contains_any(said, SENTENCES) and not contains_any(mail.subject, SUBJECTS):
            return None  # fml's admin address also sends welcomes, confirmations and digests
        out: list[Evidence] = []
        for line in cut_at(mail.lines, ("original mail as follows",)):
            s = " ".join(line.split())
            m = _BRACKETED.search(s)
            if not m:
                continue
            ev = Evidence(address=addresses.normalize(m.group(1)), diagnostic=s, evidence=s,
                          notice=mail.subject or None)
            out.append(ev)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
