"""Raw message bytes -> MessageResult: limits, detection, forwarded bounces, the reason (``resolve``), cards."""

from __future__ import annotations

import _thread

from . import addresses, limits
from .cards import build_card
from .errors import InputTooLarge
from .memo import cache
from .model import Evidence, Finding, MessageResult, Report
from .notes import localized, note
from .patterns import IGNORECASE, MULTILINE, lazy
from .resolve import Resolution, asks_for_retry, best_status, implied_status, resolve
from .smtp import command_in_session, for_matching, session_lines
from .timing import Later, timing_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .formats import Detector
    from .mail import Mail

_REPLY_CODE = lazy(r"[2-5]\d\d")
_LOCAL_PART = lazy(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,64}")  # RFC 5322 dot-atom characters
_FORWARD_MARKERS = lazy(
    r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|転送されたメッセージ|元のメッセージ)\s*-{2,}|"
    r"begin forwarded message:)\s*$",
    IGNORECASE | MULTILINE,
)
_QUOTE_MARK = lazy(r"^> ?", MULTILINE)  # a reply's quoting, taken off a bounce pasted inline
# Sendmail's «<address>... » before its reply's words (usrerr(), the address of the command answered)
_SENDMAIL_QUOTED = lazy(r"<([^<>@\s]{1,64}@[^<>@\s]{1,255})>\.\.\.")


_LINES: list[list[Any]] = []
"""One ``[detector or None, needs, registry entry]`` per line of formats.REGISTRY, in its order, made on first use.
A detector's module is imported when detection first asks it (``_load``), so a process that explains one bounce
loads only the detectors asked before the one that read it; ``needs`` (formats.NEEDS): the words one of which a
message's lower-cased text must hold for the detector to be asked at all."""
_LOADING = _thread.allocate_lock()  # (_thread: built in; threading costs an import)


@cache
def _mail() -> type[Mail]:
    """The MIME layer, imported on first use (``whybounce line`` never needs it) and then kept."""
    from .mail import Mail

    return Mail


def detect(mail: Mail) -> Report | None:
    """The first detector's report that has evidence, or that claims the message as its format's notice of no
    failure (kind "not-bounce": a list manager's notice to its owner, say), in the registry's order.  A detector
    whose words (formats.NEEDS) the text lacks is passed by: its own first test would return None."""
    low: str | None = None  # the lower-cased text, read when the first detector with words is reached
    for line in _LINES or _lines():
        detector, needs, _entry = line
        if needs:
            if low is None:
                low = mail.text_lower
            for word in needs:
                if word in low:
                    break
            else:
                continue
        if detector is None:
            detector = _load(line)
        report: Report | None = detector.read(mail)
        if report is not None and (report.evidence or report.kind == "not-bounce"):
            return report
    return None


def _lines() -> list[list[Any]]:
    """``_LINES``, made now: the registry's lines, none of their modules imported yet."""
    from .formats import NEEDS, REGISTRY

    with _LOADING:
        if not _LINES:
            _LINES.extend([None, NEEDS.get(entry[0], ()), entry] for entry in REGISTRY)
    return _LINES


def _load(line: list[Any]) -> Detector:
    """The detector of one registry line, its module imported now if it was not yet."""
    from .formats import load

    with _LOADING:
        if line[0] is None:
            line[0] = load(line[2])
    detector: Detector = line[0]
    return detector


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
    if report is None or report.kind == "not-bounce":  # (a detector's claim: its format's notice, no failure)
        if not mail.root.headers:
            warnings.append(note("no_headers"))
        return MessageResult(source=source, kind="not-bounce", format=None if report is None else report.format,
                             original=original, recipients=[], warnings=[localized(w, lang) for w in warnings])
    evidence = report.evidence
    if len(evidence) > limits.MAX_RECIPIENTS:
        warnings.append(note("recipients_cut", n=limits.MAX_RECIPIENTS))
        evidence = evidence[: limits.MAX_RECIPIENTS]
    said = Later(lambda: mail.text)
    session: list[tuple[str, str]] | None = None
    quoting = [ev for ev in evidence if ev.diagnostic and "@" in ev.diagnostic]  # replies that may quote a path
    sender = _the_reverse_path(mail) if quoting else None  # the envelope sender, looked up once (K60A)
    for ev in quoting:
        ev.sender = sender
    for ev in evidence:
        if ev.command is None and ev.diagnostic:
            session = session_lines(mail.text) if session is None else session  # read once per message
            ev.command = command_in_session(session, ev.diagnostic)
            if ev.command is None and ">..." in ev.diagnostic:
                ev.command = _the_senders_command(ev, mail)
    findings = [finish(ev, report.kind, lang, report.format, trace=trace, said=said) for ev in evidence]
    warnings.extend(report.warnings)
    if diagnostic_cut(findings):
        warnings.append(note("diagnostic_cut", n=limits.MAX_FIELD_CHARS))
    kind = report.kind
    if kind == "delay" and any(f.action == "failed" for f in findings):
        kind = "bounce"  # a give-up notice worded as a delay (see finish)
    return MessageResult(source=source, kind=kind, format=report.format, original=original,
                         recipients=findings, warnings=[localized(w, lang) for w in warnings])


def _the_senders_command(ev: Evidence, mail: Mail) -> str | None:
    """MAIL where the reply names, in Sendmail's «<address>... words» form, the envelope sender and not this
    recipient: Sendmail's replies name the address of the command they answer (its usrerr() prefix, as in «553 5.1.8
    <a>... Domain of sender address a does not exist» at MAIL FROM, «<a>... User unknown» at RCPT TO), and the only
    address MAIL FROM names is the reverse-path (RFC 5321 §3.3), which the returned message keeps as its Return-Path
    (RFC 5321 §4.4).  Sisimai's documentation of its ``rejected`` reason quotes «550 5.7.1 <root@nijo.example.jp>...
    Access denied» as a sender refused.  For a report that names no command (Amazon SES quoting a Sendmail server's
    reply); a reply that quotes the recipient, or a message without a Return-Path, says nothing here: the notice's
    To: (:func:`_the_reverse_path`'s fallback) is enough to read the words as the sender's, not to state which command
    was refused (session 60: the command read from it disagreed with nine real reports' own)."""
    m = _SENDMAIL_QUOTED.search(ev.diagnostic or "")
    if m is None:
        return None
    quoted = _folded(m.group(1))
    if quoted == _folded(ev.address):
        return None  # (most such replies) the recipient's own address
    ret = mail.returned
    path = _folded(ret.header("return-path")) if ret is not None else None
    return "MAIL" if path and quoted == path else None


def _the_reverse_path(mail: Mail) -> str | None:
    """The envelope sender of the mail a notice reports on (folded): the returned message's Return-Path (RFC 5321
    §4.4), else, session 60 (K60A), the notice's own one To: address, as a report goes to the reverse-path of the
    mail it reports on (RFC 5321 §4.5.5 and §6.1; RFC 3464 §2), and OpenSMTPD's reports return the headers without a
    Return-Path; None where neither names one address."""
    ret = mail.returned
    path = _folded(ret.header("return-path")) if ret is not None else None
    return path or _the_notices_addressee(mail)


def _the_notices_addressee(mail: Mail) -> str | None:
    """The one address of the notice's own To: field (folded), or None where it names none or several (a field longer
    than RFC 5322's 998-character line holds more than one address: not parsed)."""
    to = mail.header("to")
    if not to or len(to) > 998:
        return None
    found = {a.lower() for a in addresses.find_all(to)}  # the project's own address pattern: no email package
    return found.pop() if len(found) == 1 else None


def _folded(addr: str | None) -> str | None:
    """``addr`` in addresses.normalize's form, case folded: what two writings of one address compare as here."""
    a = addresses.normalize(addr)
    return a.lower() if a else None


def _forwarded_bounce(mail: Mail, warnings: list[str]) -> tuple[Mail, Report] | None:
    """A bounce that someone forwarded: attached as message/rfc822, or pasted inline after a marker."""
    candidates: list[bytes] = []
    for part in mail.own_parts:
        if part.content_type in ("message/rfc822", "message/global") and part.children:
            candidates.append(part.payload())
    m = _FORWARD_MARKERS.search(mail.text)
    if m:
        inline = mail.text[m.end():].lstrip("\n")
        inline = _QUOTE_MARK.sub("", inline)
        candidates.append(inline.encode("utf-8", errors="replace"))
    for raw in candidates[:5]:
        inner = _mail()(raw, [])
        report = detect(inner)
        if report is not None and report.kind in ("bounce", "delay"):
            warnings.append(note("forwarded"))
            warnings.extend(inner.warnings)
            return inner, report
    return None


def diagnostic_cut(findings: list[Finding]) -> bool:
    """Whether ``finish`` cut a diagnostic (a reply folded over many lines, each short enough to pass the line
    cut): only a cut one is longer than ``MAX_FIELD_CHARS``, as ``finish`` keeps that many characters and adds "…".
    Every limit hit adds a warning (limits.py)."""
    return any(f.diagnostic is not None and len(f.diagnostic) > limits.MAX_FIELD_CHARS for f in findings)


def finish(ev: Evidence, kind: str, lang: str, fmt: str | None = None, *, trace: bool = False,
           said: Later | None = None, context: str | None = None) -> Finding:
    """Resolve one recipient's reason and build its card (``fmt``: the detector, or "line" for a pasted reply;
    ``said``: what the notice's own text states about retry periods, worked out only if needed; ``context``: the
    card's, when not the kind's own: ``submission`` for a reply the sender's own outgoing server gave)."""
    if ev.diagnostic and len(ev.diagnostic) > limits.MAX_FIELD_CHARS:
        # the reason is read from the diagnostic as it is shown: phrase matching costs time per character,
        # and a report can fold millions of characters into one Diagnostic-Code
        ev.diagnostic = ev.diagnostic[: limits.MAX_FIELD_CHARS] + "…"
    resolution = resolve(ev, kind, fmt, winner_only=not trace)
    reason, rule = resolution.reason, resolution.rule
    action = ev.action
    said = said or Later(ev.notice)
    gave_up = _says_given_up(resolution)
    if action == "delayed" and gave_up and not _goes_on(ev, said):
        # OpenSMTPD reports its give-up as Action: delayed, Status 4.4.7, "Envelope expired": the words win
        action = "failed"
        kind = "bounce" if kind == "delay" else kind
    status = best_status(ev)
    sources: dict[str, str] = {}
    if ev.status and ev.status_from_text and ev.status != ev.status_from_text:
        sources = {"dsn_status": ev.status, "text_status": ev.status_from_text}
    temporary = _temporary(ev, kind, action)
    inferred = False
    if status is None and kind in ("bounce", "delay") and reason != "delivered":
        # a failure report may list a recipient it delivered (RFC 3464 allows mixed actions): no failure
        # status is implied for that one, and the one its DSN gives (2.0.0 too) is kept
        status = implied_status(reason, temporary)
        inferred = status is not None
    diagnostic = ev.diagnostic
    state = _state(ev, kind, action, reason, temporary, resolution.transient, gave_up)
    # a pasted "Connection timed out" is temporary too; a pasted "4.4.7 Delivery time expired" is final (retries ended)
    temporary = (temporary and state != "given-up") or state in ("delayed", "temporary")
    finding = Finding(
        address=_address(ev.address),
        reason=reason,
        status=status,
        reply_code=ev.reply_code if ev.reply_code and _REPLY_CODE.fullmatch(ev.reply_code) else None,
        command=ev.command,
        temporary=temporary,
        remote_mta=ev.remote_mta,
        diagnostic=diagnostic,
        action=action,
        rule=rule,
        sources=sources,
        status_inferred=inferred,
        # the detector's fact: no text status, so shown as is (a status elsewhere in the words, qmail's "(#5.6.1)", is
        # not said to be missing: the card's line says the server sent none)
        status_from_reply_code=ev.status_from_reply_code and not ev.status_from_text,
        timing=timing_of(state, ev.retry_until, said),
        passed_on_to=ev.passed_on_to,
    )
    if trace:
        finding.trace = trace_of(resolution)
    finding.card = build_card(finding, lang, evidence=diagnostic or ev.notice,
                              context=context or ("line" if kind == "line" else "bounce"))
    return finding


def _goes_on(ev: Evidence, said: Later) -> bool:
    """The report states a retry still to come (Will-Retry-Until, "Gmail will retry for 47 more hours")."""
    return bool(ev.retry_until) or said().retry_for is not None or said().max_age is not None


def _says_given_up(resolution: Resolution) -> bool:
    """Words of the report (not a status or an action) say the sending server stopped trying (the resolver keeps
    these readings as every step leaves them, ``winner_only`` or not)."""
    for c in resolution.candidates:  # (a loop: a generator here cost more than the test, once per finding)
        if c.tier == "gave-up" and c.rule.startswith("reason."):
            return True
    return False


def _state(ev: Evidence, kind: str, action: str | None, reason: str, temporary: bool, transient: bool,
           gave_up: bool) -> str | None:
    """delayed / temporary / given-up / limit / permanent (see timing.Timing); None when nothing failed."""
    if reason in ("delivered", "vacation", "feedback") or kind in ("delivered", "vacation", "feedback"):
        return None
    if action == "delayed" or kind == "delay":
        return "delayed"
    code, status = ev.reply_code or "", ev.status or ev.status_from_text or ""
    if kind == "line":
        if reason == "expired":
            return "given-up"  # the words or X.4.7 say the sending side stopped retrying
        if not code and not status:
            # a pasted fragment without a code: temporary when its words name a transient condition or call the
            # refusal temporary ("Temporary failure in MX lookup", "retry later"), else unsaid
            return "temporary" if transient or _says_retry(ev.diagnostic) else None
        return "temporary" if temporary else "limit" if reason == "speeding" else "permanent"
    # a 5xx reply refused for good, whatever status the reporting side gave (Postfix writes 4.0.0 at times)
    refused_for_good = code.startswith("5") and reason != "expired"
    if not refused_for_good and (reason == "expired" or gave_up or code.startswith("4") or status.startswith("4.")):
        # a final report of temporary refusals, or words saying the retries ended (Exim's "retry timeout exceeded")
        return "given-up"
    if reason == "speeding":
        return "limit"  # refused for good, but a rate limit passes with time: sending again later works
    return "permanent"


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


def _says_retry(text: str | None) -> bool:
    """The reply's words call the condition temporary or ask for a retry (:func:`resolve.asks_for_retry`)."""
    return asks_for_retry(for_matching(text or ""))


def _temporary(ev: Evidence, kind: str, action: str | None) -> bool:
    """Whether delivery may still succeed later (contract.md's ``temporary``): a delay notice's server still retries,
    a final report's has given up; a pasted reply says so by its reply code, a codeless one by its status class."""
    if kind == "delay" or action == "delayed":
        return True
    if kind in ("bounce", "delivered", "vacation", "feedback"):
        # the reporting server has given up on this message: resending is a new attempt
        return False
    code = ev.reply_code or ""
    if code[:1] in ("4", "5"):
        # the reply code tells the client whether to retry (RFC 5321 §4.2.1); an enhanced status whose class
        # disagrees with it is out of protocol (RFC 3463 §2), and Postfix's SMTP client ignores such a status
        # (smtp_chat.c: "codes whose initial digit is out of sync with the reply code")
        return code.startswith("4")
    return (ev.status or "").startswith("4.")
