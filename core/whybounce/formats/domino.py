"""IBM (Lotus) Domino: subject "DELIVERY FAILURE: <reason>", and in the body

    Your message

      Subject: Test Bounce

    was not delivered to:

      kijitora@example.jp

    because:

      User some.name (kijitora@example.jp) not listed in Domino Directory

Newer servers add an RFC 3464 part, which the "because:" text completes.  "not listed in Domino
Directory" (and its Notes and Japanese forms) is Domino's fixed wording for an unknown recipient.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import dsn_with_notice, set_diagnostic


class Domino:
    name = "domino"

    def read(self, mail: Mail) -> Report | None:
        if not mail.subject.startswith("DELIVERY FAILURE:"):
            return None
        found = _blocks(mail.bounce_lines)
        report = dsn_with_notice(mail, self.name, found)
        if report is None:
            return None
        return report


def _blocks(lines: list[str]) -> list[Evidence]:
    out: list[Evidence] = []
    section = ""
    pending: list[Evidence] = []
    because: list[str] = []

    def close() -> None:
        diag = " ".join(because)
        for ev in pending:
            if diag:
                set_diagnostic(ev, diag)
        out.extend(pending)

    for line in lines:
        s = " ".join(line.split())
        low = s.lower()
        if low == "was not delivered to:":
            if section == "because":
                close()
                pending, because = [], []
            section = "to"
            continue
        if low == "because:":
            section = "because"
            continue
        if not s:
            continue
        if section == "to":
            addr = addresses.normalize(s) if " " not in s else None
            if addr:
                pending.append(Evidence(address=addr, action="failed"))
        elif section == "because":
            because.append(s)
    close()
    return out
