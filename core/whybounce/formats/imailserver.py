"""Ipswitch IMail Server (X-Mailer: <SMTP32 vN>), subject "Undeliverable Mail": one line per recipient,
a fixed label then the address ("Unknown user: a@b", "Delivery failed 20 attempts: a@b"), optionally
"Body of message generated response:" with the remote server's reply, then "Original message follows.".
The labels are IMail's own and each names its reason.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import cut_at, fill_from_text

# IMail's own labels in front of a recipient (what each means: data/providers/imailserver.yaml)
LABELS = ("Unknown host", "Unknown user", "Invalid final delivery userid", "User mailbox exceeds allowed size",
          "Requested action not taken: virus detected", "Delivery failed ")
_LABELLED = lazy(r"^([A-Za-z][^:@]{2,120}):\s{1,4}<?([^\s<>@]{1,128}@[^\s<>@]{1,253}?)>?\s*$")
_UNDELIVERABLE = lazy(r"^undeliverable to\s{1,4}<?([^\s<>@]{1,128}@[^\s<>@]{1,253}?)>?\s*$", IGNORECASE)
# header-like lines of a quoted original are not IMail labels
_NOT_LABELS = frozenset({"from", "to", "cc", "reply-to", "return-path", "sender", "delivered-to", "x-original-to"})
_RESPONSE = "body of message generated response:"
_END = ("original message follows",)


class IMailServer:
    name = "imailserver"

    def read(self, mail: Mail) -> Report | None:
        strong = (mail.root.header("x-mailer") or "").strip().startswith("<SMTP32 v") and (
            mail.is_from_daemon or mail.subject_lower.startswith("undeliverable"))
        if not strong and not (mail.subject_lower.strip() == "undeliverable mail" and mail.is_from_daemon
                               and mail.delivery_status is None and "original message follows." in mail.text_lower):
            return None
        out: list[Evidence] = []
        response: list[str] = []
        in_response = False
        for line in cut_at(mail.lines, _END):
            s = line.strip()
            m = _LABELLED.match(s)
            if m and m.group(1).strip().lower() not in _NOT_LABELS and (
                    strong or any(m.group(1).startswith(x.strip()) for x in LABELS)):
                target = m.group(2)
            elif u := _UNDELIVERABLE.match(s):
                target = u.group(1)
            else:
                target = ""
            if target:
                in_response = False
                ev = Evidence(address=addresses.normalize(target), action="failed", diagnostic=s, evidence=s)
                out.append(ev)
                continue
            if s.lower().startswith(_RESPONSE):
                in_response, response = True, []
                rest = s[len(_RESPONSE):].strip()
                if rest:
                    response.append(rest)
                continue
            if in_response and s:
                response.append(s)
        if not out:
            return None
        reply = " ".join(response)
        for ev in out:
            if reply:
                ev.diagnostic = ev.evidence = f"{ev.diagnostic} {reply}"
            fill_from_text(ev, ev.diagnostic or "")
        return Report(kind="bounce", format=self.name, evidence=out)
