"""Amazon SES, in its three shapes.

* Notifications by e-mail through Amazon SNS (From: ...@sns.amazonaws.com): a JSON document with
  ``notificationType`` (or ``eventType``) Bounce / Complaint / Delivery and one entry per recipient.
  SNS wraps long lines with "!" + newline + space, which is undone before parsing.
* Sending-side DSNs (Reporting-MTA ...amazonses.com).  Older ones wrap the remote server's reply in
  SES's own words: ``5.1.0 - Unknown address error 550-'5.7.1 <...>... Access denied' (delivery
  attempts: 0)``; the reply inside the quotes is the server's, and its status outranks SES's guess.
* Receiving-side DSNs (Reporting-MTA inbound-smtp.<region>.amazonaws.com, format ``receivingses``),
  which write Action before Final-Recipient and Original-Recipient after both, so that a generic field
  reader splits one recipient in two; the halves are joined here.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..dsn import typed_value
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import evidence_from_dsn, fill_from_text, kind_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# SES's words around the remote reply: "<status> - <description> <code>-'<reply>' (delivery attempts: N)"
_WRAPPED = lazy(r"^([245]\.\d{1,3}\.\d{1,3}) - ([^'\d]{1,120}?) ?([245]\d\d)[- ]'([^']{1,4000})'")
_MAX_JSON = 1_000_000


class AmazonSes:
    name = "amazonses"

    def read(self, mail: Mail) -> Report | None:
        if "amazonaws.com" in mail.from_lower or "notificationtype" in mail.text_lower[:200] \
                or "eventtype" in mail.text_lower[:200]:
            doc = _notification(mail.text)
            if doc is not None:
                return _from_notification(doc)
        if "amazon workmail" in (mail.root.header("x-mailer") or "").lower():
            return None  # WorkMail sends through SES: its notices are read as WorkMail's
        ds = mail.delivery_status
        if ds is None or not ds.recipients:
            return None
        reporting = typed_value(ds.message.get("reporting-mta"))[1].lower()
        if reporting.endswith("amazonses.com"):
            ev = evidence_from_dsn(ds)
            for e in ev:
                _unwrap(e)
            return Report(kind=kind_of(ev), format=self.name, evidence=ev)
        if reporting.startswith("inbound-smtp.") and reporting.endswith(".amazonaws.com"):
            ds.recipients = _join_halves(ds.recipients)
            ev = evidence_from_dsn(ds)
            return Report(kind=kind_of(ev), format="receivingses", evidence=ev)
        return None


def _notification(text: str) -> dict[str, Any] | None:
    import json  # only SES notifications are JSON: other bounces never pay for the import

    start = text.find("{")
    if start < 0 or start > 200:
        return None
    body = text[start:start + _MAX_JSON]
    end = body.find("\n--\n")  # SNS appends a signature with the unsubscribe link
    if end > 0:
        body = body[:end]
    for candidate in (body.replace("!\n ", ""), body):
        try:
            doc = json.loads(candidate.strip())
        except (ValueError, RecursionError):  # RecursionError: hostile nesting
            continue
        if isinstance(doc, dict) and isinstance(doc.get("Message"), str):  # the raw SNS envelope
            try:
                doc = json.loads(doc["Message"])
            except (ValueError, RecursionError):
                return None
        if isinstance(doc, dict) and (doc.get("notificationType") or doc.get("eventType")):
            return doc
    return None


def _from_notification(doc: dict[str, Any]) -> Report | None:
    kind = str(doc.get("notificationType") or doc.get("eventType") or "")
    out: list[Evidence] = []
    if kind == "Bounce":
        bounce = doc.get("bounce") or {}
        subtype = str(bounce.get("bounceSubType") or "")
        transient = bounce.get("bounceType") == "Transient"
        for r in _list(bounce.get("bouncedRecipients")):
            diag = " ".join(typed_value(str(r.get("diagnosticCode") or ""))[1].split())
            status = str(r.get("status") or "")
            ev = Evidence(address=addresses.normalize(str(r.get("emailAddress") or "")),
                          action=str(r.get("action") or ("delayed" if transient else "failed")).lower(),
                          status=status if smtp.STATUS.fullmatch(status) else None,
                          diagnostic=diag or None, evidence=diag or None,
                          diagnostic_type="smtp" if diag else None)
            remote = str(bounce.get("remoteMtaIp") or "")
            ev.remote_mta = remote or None
            if diag:
                fill_from_text(ev, diag)
            if subtype:
                ev.flags = (("bouncesubtype", subtype.lower()),)
            out.append(ev)
        return Report(kind=kind_of(out), format="amazonses", evidence=out) if out else None
    if kind == "Complaint":
        complaint = doc.get("complaint") or {}
        ftype = str(complaint.get("complaintFeedbackType") or "abuse")
        for r in _list(complaint.get("complainedRecipients")):
            out.append(Evidence(address=addresses.normalize(str(r.get("emailAddress") or "")),
                                feedback_type=ftype.lower(),
                                diagnostic=f"Feedback-Type: {ftype}", evidence=f"Feedback-Type: {ftype}"))
        return Report(kind="feedback", format="amazonses", evidence=out) if out else None
    if kind == "Delivery":
        delivery = doc.get("delivery") or {}
        reply = " ".join(str(delivery.get("smtpResponse") or "").split())
        for a in delivery.get("recipients") or []:
            ev = Evidence(address=addresses.normalize(str(a)), action="delivered", diagnostic=reply or None,
                          evidence=reply or None, remote_mta=str(delivery.get("reportingMTA") or "") or None)
            if reply:
                fill_from_text(ev, reply)
            out.append(ev)
        return Report(kind="delivered", format="amazonses", evidence=out) if out else None
    return None


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _unwrap(ev: Evidence) -> None:
    """Take the remote server's reply out of SES's wrapper: its own code and status, SES's as fallback."""
    m = _WRAPPED.match(ev.diagnostic or "")
    if not m:
        return
    ses_status, code, reply = m.group(1), m.group(3), m.group(4).strip()
    ev.diagnostic = f"{code} {reply}"
    ev.reply_code = code
    inner = smtp.status_in(reply)
    ev.status = inner or ses_status
    ev.status_from_text = inner


def _join_halves(groups: list[dict[str, str]]) -> list[dict[str, str]]:
    """Action + Final-Recipient, then Original-Recipient + Diagnostic-Code + Status: one recipient."""
    out: list[dict[str, str]] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is not None and "final-recipient" not in g and "original-recipient" not in prev \
                and "status" not in prev and "diagnostic-code" not in prev:
            prev.update({k: v for k, v in g.items() if k not in prev})
            continue
        out.append(dict(g))
    return out
