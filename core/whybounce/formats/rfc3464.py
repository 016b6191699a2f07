"""RFC 3464 delivery status notifications (and RFC 6533 global DSNs) from any MTA.

Runs after the detectors of MTAs whose DSNs need their own reading; the human-readable part is used
only to fill what the machine-readable fields leave out.
"""

from __future__ import annotations

from ..mail import Mail
from ..model import Report
from . import text
from .base import dsn_report, supplement_from_text


class Rfc3464:
    name = "rfc3464"

    def read(self, mail: Mail) -> Report | None:
        report = dsn_report(mail, self.name)
        if report is None:
            return None
        supplement_from_text(report, text.blocks(mail.bounce_lines))
        return report
