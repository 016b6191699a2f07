"""Raw message bytes -> MessageResult: limits, detection, forwarded bounces, classification, cards."""

from __future__ import annotations

import re
from functools import cache

from . import addresses, limits
from .cards import build_card
from .errors import InputTooLarge
from .model import Evidence, Finding, MessageResult, Report
from .patterns import lazy
from .resolve import Resolution, best_status, implied_status, resolve

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .formats import Detector
    from .mail import Mail

_REPLY_CODE = lazy(r"[2-5]\d\d")
_LOCAL_PART = lazy(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}")  # RFC 5322 dot-atom characters
_FORWARD_MARKERS = lazy(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|転送されたメッセージ|元のメッセージ)\s*-{2,}|"
    r"begin forwarded message:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


@cache
def _detectors() -> tuple[Detector, ...]:
    """The ordered registry, imported on first use (a pasted SMTP reply never needs the detectors) and then
    kept: an import statement costs more than the call of a cached function, and detect runs per message."""
    from .formats import DETECTORS

    return DETECTORS


@cache
def _mail() -> type[Mail]:
    """The MIME layer, imported on first use (``whybounce line`` never needs it) and then kept."""
    from .mail import Mail

    return Mail


def detect(mail: Mail) -> Report | None:
    for detector in _detectors():
        report = detector.read(mail)
        if report is not None and report.evidence:
            return report
    return None


def explain_message(raw: bytes, lang: str = "en", source: str | None = None, *, trace: bool = False) -> MessageResult:
    if len(raw) > limits.MAX_MESSAGE_BYTES:
        raise InputTooLarge(
            f"message is {len(raw)} bytes; the limit is {limits.MAX_MESSAGE_BYTES} bytes"
        )
    warnings: list[str] = []
    mail = _mail()(raw, warnings)
    report = None
    if not mail.is_from_daemon and _FORWARD_MARKERS.search(mail.text):
        # a person forwarded a bounce: explain the bounce they forwarded, not their note
        inner = _forwarded_bounce(mail, warnings)
        if inner is not None:
            mail, report = inner
    if report is None:
        report = detect(mail)
    original = mail.original
    if report is None:
        inner = _forwarded_bounce(mail, warnings)
        if inner is not None:
            mail, report = inner
            original = mail.original
    if report is None:
        if not mail.root.headers:
            warnings.append("no message headers found: this does not look like an email message")
        return MessageResult(source=source, kind="not-bounce", format=None, original=original,
                             recipients=[], warnings=warnings)
    evidence = report.evidence
    if len(evidence) > limits.MAX_RECIPIENTS:
        warnings.append(f"more than {limits.MAX_RECIPIENTS} recipients: the rest were not read")
        evidence = evidence[: limits.MAX_RECIPIENTS]
    findings = [finish(ev, report.kind, lang, report.format, trace=trace) for ev in evidence]
    warnings.extend(report.warnings)
    return MessageResult(source=source, kind=report.kind, format=report.format, original=original,
                         recipients=findings, warnings=warnings)


def _forwarded_bounce(mail: Mail, warnings: list[str]) -> tuple[Mail, Report] | None:
    """A bounce that someone forwarded: attached as message/rfc822, or pasted inline after a marker."""
    candidates: list[bytes] = []
    for part in mail.own_parts:
        if part.content_type in ("message/rfc822", "message/global") and part.children:
            candidates.append(part.payload())
    m = _FORWARD_MARKERS.search(mail.text)
    if m:
        inline = mail.text[m.end():].lstrip("\n")
        inline = re.sub(r"^> ?", "", inline, flags=re.MULTILINE)
        candidates.append(inline.encode("utf-8", errors="replace"))
    for raw in candidates[:5]:
        inner = _mail()(raw, [])
        report = detect(inner)
        if report is not None and report.kind in ("bounce", "delay"):
            warnings.append("this message forwards a bounce: the forwarded bounce is explained")
            warnings.extend(inner.warnings)
            return inner, report
    return None


def finish(ev: Evidence, kind: str, lang: str, fmt: str | None = None, *, trace: bool = False) -> Finding:
    """Resolve one recipient's reason and build its card (``fmt``: the detector, or "line" for a pasted reply)."""
    if ev.diagnostic and len(ev.diagnostic) > limits.MAX_FIELD_CHARS:
        # the reason is read from the diagnostic as it is shown: phrase matching costs time per character,
        # and a report can fold millions of characters into one Diagnostic-Code
        ev.diagnostic = ev.diagnostic[: limits.MAX_FIELD_CHARS] + "…"
    resolution = resolve(ev, kind, fmt)
    reason, rule = resolution.reason, resolution.rule
    status = best_status(ev)
    sources: dict[str, str] = {}
    if ev.status and ev.status_from_text and ev.status != ev.status_from_text:
        sources = {"dsn_status": ev.status, "text_status": ev.status_from_text}
    temporary = _temporary(ev, kind, reason)
    if status is None and kind in ("bounce", "delay") and reason != "delivered":
        # a failure report may list a recipient it delivered (RFC 3464 allows mixed actions): no failure
        # status is implied for that one, and the one its DSN gives (2.0.0 too) is kept
        status = implied_status(reason, temporary)
    diagnostic = ev.diagnostic
    finding = Finding(
        address=_address(ev.address),
        reason=reason,
        status=status,
        reply_code=ev.reply_code if ev.reply_code and _REPLY_CODE.fullmatch(ev.reply_code) else None,
        command=ev.command,
        temporary=temporary,
        remote_mta=ev.remote_mta,
        diagnostic=diagnostic,
        action=ev.action,
        rule=rule,
        sources=sources,
    )
    if trace:
        finding.trace = trace_of(resolution)
    finding.card = build_card(finding, lang)
    return finding


def trace_of(resolution: Resolution) -> list[dict[str, str]]:
    """The candidates the resolver saw, best first (``--trace``)."""
    return [c.to_dict() for c in resolution.candidates]


def _address(value: str | None) -> str | None:
    """The normal form; a bare local recipient ("kijitora", as Exim names local users) stays as written."""
    if not value:
        return None
    if "@" in value:
        return addresses.normalize(value)
    return value if _LOCAL_PART.fullmatch(value) else None


def _temporary(ev: Evidence, kind: str, reason: str) -> bool:
    if kind == "delay" or ev.action == "delayed":
        return True
    if kind in ("bounce", "delivered", "vacation", "feedback"):
        # the reporting server has given up on this message: resending is a new attempt
        return False
    code = ev.reply_code or ""
    return code.startswith("4") or (ev.status or "").startswith("4.")
