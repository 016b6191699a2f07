"""Amazon WorkMail (X-Mailer: Amazon WorkMail): "An error occurred while trying to deliver the mail to the
following recipients:", the addresses, then "Technical report:" with RFC 3464 fields pasted into the text
part (there is no message/delivery-status part to read them from).
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import dsn_report, evidence_from_fields, kind_of

_LEAD = "an error occurred while trying to deliver the mail to the following recipients"
_REPORT = "technical report:"


class AmazonWorkMail:
    name = "amazonworkmail"

    def read(self, mail: Mail) -> Report | None:
        by_header = "amazon workmail" in (mail.root.header("x-mailer") or "").lower()
        # Amazon SES's own DSNs open with the same sentence: without the header, only a notice that
        # carries no delivery-status part is WorkMail's
        if _LEAD not in mail.text_lower[:1000] or (not by_header and mail.delivery_status is not None):
            return None
        report = dsn_report(mail, self.name)
        if report is not None:
            return report
        lines = mail.bounce_lines
        low = [ln.strip().lower() for ln in lines]
        if _REPORT in low:
            at = low.index(_REPORT)
            found = evidence_from_fields("\n".join(lines[at + 1:]))
            if found:
                return Report(kind=kind_of(found), format=self.name, evidence=found)
        # no technical report: the listed addresses, without a reason
        listed: list[Evidence] = []
        active = False
        for line, s in zip(lines, low, strict=True):
            if not active:
                active = s.startswith(_LEAD)
                continue
            if not s:
                if listed:
                    break
                continue
            addr = addresses.normalize(line.strip())
            if addr is None:
                break
            listed.append(Evidence(address=addr, action="failed"))
        return Report(kind="bounce", format=self.name, evidence=listed) if listed else None
