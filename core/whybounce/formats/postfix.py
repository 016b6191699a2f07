"""Postfix (postfix.org): "This is the mail system at host ..." (older: "This is the Postfix program"),
an RFC 3464 report since 2.x, and in the notice one "<addr>: reason (in reply to X command)" paragraph per
recipient: the only place that names the SMTP command, so it completes the report.
"""

from __future__ import annotations

from ..mail import Mail
from ..model import Report
from . import text
from .base import dsn_report, supplement_from_text

MARKERS = ("this is the mail system at host", "this is the postfix program at host")


class Postfix:
    name = "postfix"

    def read(self, mail: Mail) -> Report | None:
        head = mail.text_lower[:3000]
        if not any(m in head for m in MARKERS) and mail.root.header("x-postfix-queue-id") is None:
            return None
        found = [e for e in text.blocks(mail.bounce_lines, start=MARKERS) if e.diagnostic]
        report = dsn_report(mail, self.name)
        if report is None:
            return Report(kind="bounce", format=self.name, evidence=found) if found else None
        supplement_from_text(report, found)
        return report
