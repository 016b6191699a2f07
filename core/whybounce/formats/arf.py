"""RFC 5965 Abuse Reporting Format: a complaint about a message, not a bounce (reason ``feedback``)."""

from __future__ import annotations

from .. import addresses, limits
from ..dsn import parse as parse_fields
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, MULTILINE, lazy

# RFC 5965 §3.2: Original-Rcpt-To "MAY appear ... once per recipient"; Removal-Recipient (RFC 6650) likewise
_RECIPIENT_FIELD = lazy(r"^(?:original-rcpt-to|removal-recipient):[ \t]*(.{1,1000})$",
                         IGNORECASE | MULTILINE)


class Arf:
    name = "arf"

    def read(self, mail: Mail) -> Report | None:
        report_type = mail.root.params.get("report-type", "").lower()
        part = None
        for p in mail.own_parts:
            if p.content_type == "message/feedback-report":
                part = p
                break
        if report_type != "feedback-report" and part is None:
            return _microsoft_jmrp(mail) or _unsubscribe_request(mail)
        fields = parse_fields(part.text()).flat() if part is not None else {}
        ret = mail.returned
        found: list[str | None] = []
        for m in _RECIPIENT_FIELD.finditer(part.text()[: limits.MAX_DSN_CHARS] if part is not None else ""):
            addr = addresses.first(m.group(1))
            if addr and addr not in found:
                found.append(addr)
        if not found:
            addr = addresses.first(ret.header("to") or "") if ret is not None else None
            addr = addr or addresses.first(mail.header("to"))
            found = [addr] if addr else []
        ftype = fields.get("feedback-type", "abuse")
        line = f"Feedback-Type: {ftype}"
        evidence = [Evidence(address=a, feedback_type=ftype.strip().lower() or None, diagnostic=line, evidence=line)
                    for a in found or [None]]
        return Report(kind="feedback", format=self.name, evidence=evidence)


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
