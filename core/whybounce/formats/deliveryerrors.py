"""An unknown MTA (Sisimai's "X1"; sender "Mail Deliver System"): a sendmail-like opening, then the
recipients one per line with the reason in square brackets,

    The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
    from shironeko@example.jp

    ---The following addresses had delivery errors---

    kijitora@example.co.jp [User unknown]

A subject "Warning--Could not send mail for past N hours" makes it a delay warning.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import fill_from_text

MARKER = "---the following addresses had delivery errors---"
_LINE = lazy(r"^<?([^\s<>@\[]{1,128}@[^\s<>@\[\]]{1,253})>?\s{1,8}\[([^\[\]]{1,2000})\]\s*$")


class DeliveryErrors:
    name = "deliveryerrors"

    def read(self, mail: Mail) -> Report | None:
        if MARKER not in mail.text_lower[:3000]:
            return None
        delayed = mail.subject_lower.startswith("warning--could not send mail")
        out: list[Evidence] = []
        active = False
        for line in mail.bounce_lines:
            s = line.strip()
            if not active:
                active = s.lower() == MARKER
                continue
            m = _LINE.match(s)
            if m:
                ev = Evidence(address=addresses.normalize(m.group(1)), action="delayed" if delayed else "failed",
                              diagnostic=m.group(2).strip(), evidence=m.group(2).strip())
                fill_from_text(ev, ev.diagnostic or "")
                out.append(ev)
            elif s and out:
                break
        if not out:
            return None
        return Report(kind="delay" if delayed else "bounce", format=self.name, evidence=out)
