"""Lotus Notes' SMTP MTA (Lotus SMTP MTA v4.x, before Domino): subject "Undeliverable message",

    ------- Failure Reasons  --------

    User  not listed in public Name & Address Book
    kijitora@example.com

    ------- Returned Message --------

The reason comes first and the addresses it applies to follow it.  The reasons are Notes' own fixed
sentences (also in their Japanese edition), each naming its cause.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import cut_at, set_diagnostic

_START = "------- failure reasons"
_END = ("------- returned message",)

class Notes:
    name = "notes"

    def read(self, mail: Mail) -> Report | None:
        low = mail.text_lower[:2000]
        if _START not in low:
            return None
        out: list[Evidence] = []
        reason: list[str] = []
        active = False
        for line in cut_at(mail.lines, _END):
            s = " ".join(line.split())
            if not active:
                active = s.lower().startswith(_START)
                continue
            if not s:
                continue
            addr = addresses.normalize(s) if " " not in s and "@" in s else None
            if addr:
                ev = Evidence(address=addr, action="failed")
                diag = " ".join(reason)
                if diag:
                    set_diagnostic(ev, diag)
                out.append(ev)
                continue
            if out and reason and any(e.diagnostic == " ".join(reason) for e in out[-1:]):
                reason = []  # a new reason after a list of addresses
            reason.append(s)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
