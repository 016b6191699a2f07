"""MailFoundry (a filtering gateway; subject "Message delivery has failed"):

    Unable to deliver message to: <kijitora@example.org>
    Delivery failed for the following reason:
    Server mx22.example.org[192.0.2.222] failed with: 550 <kijitora@example.org> No such user here

    This has been a permanent failure.  No further delivery attempts will be made.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import set_diagnostic

_TO = lazy(r"^Unable to deliver message to:\s{0,4}<?([^\s<>@]{1,128}@[^\s<>@]{1,253})>?\s*$", IGNORECASE)
_SERVER = lazy(r"^Server\s{1,4}([^\s\[]{1,253})(?:\[[^\]]{0,64}\])?\s{1,4}failed with:\s{0,4}(.{1,4000})$",
               IGNORECASE)
_REASON = "delivery failed for the following reason:"


class MailFoundry:
    name = "mailfoundry"

    def read(self, mail: Mail) -> Report | None:
        received = mail.received_lower
        if mail.subject_lower.strip() != "message delivery has failed" and "(mailfoundry)" not in received:
            return None
        if _REASON not in mail.text_lower[:3000]:
            return None
        out: list[Evidence] = []
        reason: list[str] = []
        for line in mail.bounce_lines:
            s = line.strip()
            if m := _TO.match(s):
                out.append(Evidence(address=addresses.normalize(m.group(1)), action="failed"))
                reason = []
                continue
            if not out or not s or s.lower() == _REASON:
                if not s and reason:
                    _finish(out[-1], reason)
                    reason = []
                continue
            if srv := _SERVER.match(s):
                out[-1].remote_mta = srv.group(1).rstrip(".").lower()
                reason.append(srv.group(2).strip())
            elif not s.lower().startswith("this has been a permanent failure"):
                reason.append(s)
        if out and reason:
            _finish(out[-1], reason)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None


def _finish(ev: Evidence, reason: list[str]) -> None:
    if ev.diagnostic:
        return
    diag = " ".join(reason)
    set_diagnostic(ev, diag)
