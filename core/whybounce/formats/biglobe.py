"""BIGLOBE (biglobe.ne.jp, and the cable ISPs on its mail system: inacatv, tmtv, ttv):

       ----- The following addresses had delivery problems -----
    kijitora@example.biglobe.ne.jp

       ----- Non-delivered information -----
    The number of messages in recipient's mailbox exceeded the local limit.

The "Non-delivered information" sentence is BIGLOBE's own and applies to the addresses listed above it.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import contains_any
from .base import set_diagnostic

_DOMAINS = ("@biglobe.ne.jp", "@inacatv.ne.jp", "@tmtv.ne.jp", "@ttv.ne.jp")
_ADDRESSES = "----- the following addresses had delivery problems -----"
_INFORMATION = "----- non-delivered information -----"

class Biglobe:
    name = "biglobe"

    def read(self, mail: Mail) -> Report | None:
        if "postmaster@" not in mail.from_lower or not contains_any(mail.from_lower, _DOMAINS):
            return None
        if _INFORMATION not in mail.text_lower:
            return None
        found: list[Evidence] = []
        info: list[str] = []
        section = ""
        for line in mail.bounce_lines:
            s = line.strip()
            low = s.lower()
            if low in (_ADDRESSES, _INFORMATION):
                section = low
                continue
            if not s:
                continue
            if low.startswith("-----"):
                section = ""
            elif section == _ADDRESSES:
                addr = addresses.normalize(s) if " " not in s else None
                if addr:
                    found.append(Evidence(address=addr, action="failed"))
            elif section == _INFORMATION:
                info.append(s)
        if not found:
            return None
        diag = " ".join(info)
        for ev in found:
            if diag:
                set_diagnostic(ev, diag)
        return Report(kind="bounce", format=self.name, evidence=found)
