"""Trustwave (Marshal) MailMarshal SMTP: "Your message: ... Could not be delivered because of <reply> The following
recipients were affected: <addresses>", then an "Additional Information" block (Sender-MTA, Remote-MTA, ...)."""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import set_diagnostic

_BECAUSE = "could not be delivered because of"
_AFFECTED = "the following recipients were affected"
_END = ("additional information", "=====")


class MailMarshal:
    name = "mailmarshal"

    def read(self, mail: Mail) -> Report | None:
        if "mailmarshal" not in mail.received_lower and "mailmarshal" not in mail.text_lower[:3000]:
            return None
        if _BECAUSE not in mail.text_lower:
            return None
        reply: list[str] = []
        found: list[str] = []
        section = ""
        for line in mail.bounce_lines:
            s = line.strip()
            low = s.lower()
            if low.startswith(_BECAUSE):
                section = "reply"
                rest = s[len(_BECAUSE):].strip(" :")
                if rest:
                    reply.append(rest)
                continue
            if low.startswith(_AFFECTED):
                section = "recipients"
                continue
            if low.startswith(_END):
                break
            if section == "reply" and s:
                reply.append(s)
            elif section == "recipients" and s:
                addr = addresses.first(s)
                if addr and addr not in found:
                    found.append(addr)
        if not found or not reply:
            return None
        diag = " ".join(reply)
        out = []
        for addr in found:
            ev = Evidence(address=addr, action="failed")
            set_diagnostic(ev, diag)
            out.append(ev)
        return Report(kind="bounce", format=self.name, evidence=out)
