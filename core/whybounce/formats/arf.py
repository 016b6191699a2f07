"""RFC 5965 Abuse Reporting Format: a complaint about a message, not a bounce (reason ``feedback``)."""

from __future__ import annotations

from .. import addresses
from ..dsn import parse as parse_fields
from ..mail import Mail
from ..model import Evidence, Report


class Arf:
    name = "arf"

    def read(self, mail: Mail) -> Report | None:
        report_type = mail.root.params.get("report-type", "").lower()
        part = next((p for p in mail.own_parts if p.content_type == "message/feedback-report"), None)
        if report_type != "feedback-report" and part is None:
            return _microsoft_jmrp(mail) or _unsubscribe_request(mail)
        fields = parse_fields(part.text()).message if part is not None else {}
        if part is not None:
            groups = parse_fields(part.text())
            for g in groups.recipients:
                fields.update({k: v for k, v in g.items() if k not in fields})
        ret = mail.returned
        addr = None
        for key in ("removal-recipient", "original-rcpt-to"):
            if fields.get(key):
                addr = addresses.first(fields[key])
                if addr:
                    break
        if addr is None and ret is not None:
            addr = addresses.first(ret.header("to") or "")
        if addr is None:
            addr = addresses.first(mail.header("to"))
        ftype = fields.get("feedback-type", "abuse")
        ev = Evidence(address=addr, feedback_type=ftype.strip().lower() or None,
                      diagnostic=f"Feedback-Type: {ftype}", evidence=f"Feedback-Type: {ftype}")
        return Report(kind="feedback", format=self.name, evidence=[ev])


def _microsoft_jmrp(mail: Mail) -> Report | None:
    """Microsoft's Junk Mail Reporting Program: not ARF, but a complaint all the same — the reported
    message attached, its recipient in X-HmXmrOriginalRecipient."""
    if not mail.subject_lower.startswith("complaint about message from"):
        return None
    ret = mail.returned
    addr = addresses.first((ret.header("x-hmxmroriginalrecipient") or ret.header("to") or "") if ret else "")
    if addr is None:
        return None
    ev = Evidence(address=addr, feedback_type="abuse",
                  diagnostic=mail.subject, evidence=mail.subject)
    return Report(kind="feedback", format="arf", evidence=[ev])


def _unsubscribe_request(mail: Mail) -> Report | None:
    """Apple Mail's one-click unsubscribe: a message it writes to the List-Unsubscribe address on the
    recipient's behalf (``X-Apple-Unsubscribe: true``).  Not a bounce and not a holiday notice: the
    recipient asks to stop receiving the list, which the sender must honour like a complaint."""
    if (mail.root.header("x-apple-unsubscribe") or "").strip().lower() != "true":
        return None
    addr = addresses.first(mail.header("from"))
    line = next((ln.strip() for ln in mail.text.splitlines() if ln.strip()), "X-Apple-Unsubscribe: true")
    ev = Evidence(address=addr, feedback_type="unsubscribe",
                  diagnostic=line[:300], evidence=line[:300])
    return Report(kind="feedback", format="arf", evidence=[ev])
