"""An unknown MTA (Sisimai's "X6"; subject "There was an error sending your mail"):

    We had trouble delivering your message. Full details follow:
    ...
    1 error(s):

    SMTP Server <smtpd.example.org> rejected recipient <kijitora@example.org> (Error following RCPT
    command). It responded as follows: [550 5.1.1 User unknown]

or "The following recipients returned permanent errors: a@b, c@d." without the server's reply.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import cut_at, fill_from_text

MARKER = "we had trouble delivering your message. full details follow:"
_REJECTED = lazy(
    r"SMTP Server <([^\s<>]{1,253})> rejected (?:recipient|sender) <([^\s<>@]{1,128}@[^\s<>@]{1,253})>"
    r"\s{0,4}\(Error following ([A-Za-z]{3,8}(?: [A-Za-z]{2,4})?) command\)\.?"
    r"(?:\s{0,4}It responded as follows:\s{0,4}\[(.{0,2000}?)\])?",
    IGNORECASE,
)
_PERMANENT = "the following recipients returned permanent errors:"


class TroubleDelivering:
    name = "troubledelivering"

    def read(self, mail: Mail) -> Report | None:
        if MARKER not in mail.text_lower[:1000]:
            return None
        text = " ".join(" ".join(cut_at(mail.lines, ("the attachment contains the original mail",))).split())
        out: list[Evidence] = []
        for m in _REJECTED.finditer(text):
            reply = (m.group(4) or "").strip()
            ev = Evidence(address=addresses.normalize(m.group(2)), action="failed",
                          remote_mta=m.group(1).lower(), command=smtp.normalize_command(m.group(3)),
                          diagnostic=reply or m.group(0), evidence=m.group(0))
            fill_from_text(ev, reply or m.group(0))
            out.append(ev)
        at = text.lower().find(_PERMANENT)
        if at >= 0:
            listed = text[at + len(_PERMANENT):].split(". ", 1)[0]
            for addr in addresses.find_all(listed):
                if not any(e.address == addr for e in out):
                    out.append(Evidence(address=addr, action="failed", diagnostic=text[at:at + 400],
                                        evidence=text[at:at + 400]))
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
