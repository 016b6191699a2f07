"""McAfee Email (and Web Security) Appliance (X-NAI-Header: Modified by McAfee ...; subject "Delivery
Status"):

        --- The following addresses had delivery problems ---

    <kijitora@example.co.jp>   (Unknown user kijitora@example.co.jp)

next to a delivery-status part that often names the recipient only in Original-Recipient and may lack a
Diagnostic-Code; the bracketed text completes it, and stands alone when there is no such part.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import dsn_with_notice, fill_from_text

MARKER = "--- the following addresses had delivery problems ---"
_LINE = lazy(r"^<([^\s<>@]{1,128}@[^\s<>@]{1,253})>\s{1,12}\((.{1,4000})\)\s*$")


class McAfee:
    name = "mcafee"

    def read(self, mail: Mail) -> Report | None:
        if "modified by mcafee" not in (mail.root.header("x-nai-header") or "").lower():
            return None
        if MARKER not in mail.text_lower[:2000]:
            return None
        found: list[Evidence] = []
        for line in mail.bounce_lines:
            m = _LINE.match(line.strip())
            if m:
                ev = Evidence(address=addresses.normalize(m.group(1)), action="failed",
                              diagnostic=m.group(2).strip(), evidence=m.group(2).strip())
                fill_from_text(ev, ev.diagnostic or "")
                found.append(ev)
        return dsn_with_notice(mail, self.name, found)
