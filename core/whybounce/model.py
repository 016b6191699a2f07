"""Typed values that flow through whybounce, and their contract JSON shapes.

Detectors produce :class:`Evidence` (what the bounce says about one recipient); ``engine.finish`` turns it,
with the reason ``resolve`` decides, into a :class:`Finding` (what we conclude), which carries its :class:`Card`.
``to_dict`` methods give exactly the shapes of ``shared/contract.md``; extra keys are allowed there, renamed ones
are not.
Plain classes (:class:`whybounce.record.Record`), not dataclasses: adding a field is one name in
``__slots__``, one ``__init__`` parameter and one assignment (``tests/test_records.py`` checks they agree).
"""

from __future__ import annotations

from .record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .timing import Timing

WHO = ("sender", "sender-admin", "recipient", "recipient-admin", "nobody")


class Evidence(Record):
    """One recipient as a bounce reports it: facts only, no interpretation (the resolver decides)."""

    __slots__ = (
        "action",
        "address",
        "command",
        "command_unreported",
        "diagnostic",
        "diagnostic_type",
        "diagnostic_type_from",
        "evidence",
        "feedback_type",
        "flags",
        "notice",
        "original_address",
        "passed_on_to",
        "remote_mta",
        "reply_code",
        "reporting_mta",
        "retry_until",
        "sender",
        "status",
        "status_from_reply_code",
        "status_from_text",
    )

    def __init__(
        self,
        address: str | None = None,
        original_address: str | None = None,
        status: str | None = None,
        reply_code: str | None = None,
        command: str | None = None,
        action: str | None = None,
        remote_mta: str | None = None,
        reporting_mta: str | None = None,
        diagnostic: str | None = None,
        evidence: str | None = None,
        diagnostic_type: str | None = None,
        status_from_text: str | None = None,
        feedback_type: str | None = None,
        notice: str | None = None,
        flags: tuple[tuple[str, str], ...] = (),
        retry_until: str | None = None,
        status_from_reply_code: bool = False,
        command_unreported: bool = False,
        passed_on_to: str | None = None,
        diagnostic_type_from: str | None = None,
        sender: str | None = None,
    ) -> None:
        self.address = address
        self.original_address = original_address
        # the address an alias or a forwarding passed the recipient's mail on to, where the report names both
        # (RFC 3464 §2.3.1-2.3.2: Original-Recipient as the sender gave it, Final-Recipient after forwarding;
        # Sendmail's X-Actual-Recipient after alias expansion): the refusal is of this one, not of ``address``
        self.passed_on_to = passed_on_to
        self.status = status
        self.reply_code = reply_code
        self.command = command
        self.action = action  # RFC 3464 Action: failed / delayed / delivered / relayed / expanded
        self.remote_mta = remote_mta
        self.reporting_mta = reporting_mta  # the DSN's Reporting-MTA: tells whose service wrote the report
        self.diagnostic = diagnostic
        self.evidence = evidence  # the line it was read from, verbatim
        self.diagnostic_type = diagnostic_type  # "smtp", "x-unix" (a local delivery program), ...
        # where the report said ``diagnostic_type`` when no Diagnostic-Code field did (the words it was read
        # from, for the trace); None: the report's own Diagnostic-Code field
        self.diagnostic_type_from = diagnostic_type_from
        self.status_from_text = status_from_text  # a status code quoted inside the diagnostic
        self.feedback_type = feedback_type  # a complaint report's kind (ARF Feedback-Type, "unsubscribe", ...)
        self.notice = notice  # the reporting system's own sentence about it, apart from the server's reply
        self.flags = flags  # fields a notice states a verdict in (a header, a JSON field, a code of the
        # format's own): (name, value), lower case
        self.retry_until = retry_until  # a DSN's Will-Retry-Until (RFC 3464 §2.3.9), as written
        # the reporting MTA wrote ``status`` itself from the bare reply code (the reply carried none where the MTA
        # reads one): it says nothing the code does not, so it decides no reason
        self.status_from_reply_code = status_from_reply_code
        # the report's format never names the SMTP command (OpenSMTPD's notices): ``command`` is None without
        # saying that no command was refused, so words believed only away from RCPT TO cannot rely on its absence
        self.command_unreported = command_unreported
        # the envelope sender of the mail reported on, as the notice shows it (the returned message's Return-Path,
        # else the notice's one To: address: a report goes to the reverse-path, RFC 5321 §4.5.5), folded; None if
        # unknown (a pasted reply)
        self.sender = sender


class Card(Record):
    __slots__ = ("actions", "admin", "cause", "evidence", "lang", "reason_name", "title", "who")

    def __init__(self, lang: str, title: str, cause: str, who: str, actions: list[str], evidence: str | None,
                 admin: str | None = None, reason_name: str | None = None) -> None:
        self.lang = lang
        self.title = title
        self.cause = cause
        self.who = who
        self.actions = actions
        self.evidence = evidence
        self.admin = admin  # details for an administrator (codes, meaning of the status)
        self.reason_name = reason_name  # the reason for people, with its word: "Unknown recipient (userunknown)"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "lang": self.lang,
            "title": self.title,
            "cause": self.cause,
            "who": self.who,
            "actions": list(self.actions),
            "evidence": self.evidence,
        }
        if self.admin is not None:
            d["admin"] = self.admin
        if self.reason_name is not None:
            d["reason_name"] = self.reason_name
        return d


class Finding(Record):
    __slots__ = (
        "action",
        "address",
        "card",
        "command",
        "diagnostic",
        "passed_on_to",
        "reason",
        "remote_mta",
        "reply_code",
        "rule",
        "sources",
        "status",
        "status_from_reply_code",
        "status_inferred",
        "temporary",
        "timing",
        "trace",
    )

    def __init__(
        self,
        address: str | None,
        reason: str | None,
        status: str | None,
        reply_code: str | None,
        command: str | None,
        temporary: bool,
        remote_mta: str | None,
        diagnostic: str | None,
        card: Card | None = None,
        action: str | None = None,
        rule: str | None = None,
        sources: dict[str, str] | None = None,
        trace: list[dict[str, str]] | None = None,
        status_inferred: bool = False,
        timing: Timing | None = None,
        status_from_reply_code: bool = False,
        passed_on_to: str | None = None,
    ) -> None:
        self.address = address
        self.reason = reason
        self.status = status
        self.reply_code = reply_code
        self.command = command
        self.temporary = temporary
        self.remote_mta = remote_mta
        self.diagnostic = diagnostic
        self.card = card
        self.action = action
        self.rule = rule
        self.sources: dict[str, str] = {} if sources is None else sources  # disagreeing evidence, side by side
        self.trace = trace  # every candidate reading, best first (only when asked for)
        self.status_inferred = status_inferred  # the bounce gave no status: ``status`` is implied by the reason
        self.timing = timing  # delayed / temporary / given-up / permanent, and the periods the report states
        self.status_from_reply_code = status_from_reply_code  # the reporting MTA wrote ``status`` from the code
        self.passed_on_to = passed_on_to  # Evidence.passed_on_to: for the card (the contract's JSON has no field)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "address": self.address,
            "reason": self.reason,
            "status": self.status,
            "reply_code": self.reply_code,
            "command": self.command,
            "temporary": self.temporary,
            "remote_mta": self.remote_mta,
            "diagnostic": self.diagnostic,
            "card": self.card.to_dict() if self.card else None,
            "action": self.action,
            "rule": self.rule,
        }
        if self.status_inferred:
            d["status_inferred"] = True
        if self.status_from_reply_code:
            d["status_from_reply_code"] = True
        if self.timing is not None and self.timing.state:
            d["timing"] = self.timing.to_dict()
        if self.sources:
            d["sources"] = dict(self.sources)
        if self.trace is not None:
            d["trace"] = [dict(c) for c in self.trace]
        return d


class Report(Record):
    """What one detector read out of one message."""

    __slots__ = ("evidence", "format", "kind", "warnings")

    def __init__(self, kind: str, format: str, evidence: list[Evidence], warnings: list[str] | None = None) -> None:
        self.kind = kind
        self.format = format
        self.evidence = evidence
        self.warnings: list[str] = [] if warnings is None else warnings


class MessageResult(Record):
    __slots__ = ("format", "kind", "original", "recipients", "source", "warnings")

    def __init__(self, source: str | None, kind: str, format: str | None, original: dict[str, Any],
                 recipients: list[Finding], warnings: list[str]) -> None:
        self.source = source
        self.kind = kind
        self.format = format
        self.original = original
        self.recipients = recipients
        self.warnings = warnings

    @property
    def is_bounce(self) -> bool:
        return self.kind in ("bounce", "delay")

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "is_bounce": self.is_bounce,
            "format": self.format,
            "original": dict(self.original),
            "recipients": [f.to_dict() for f in self.recipients],
            "warnings": list(self.warnings),
        }


class LineResult(Record):
    __slots__ = ("finding", "protocol", "topic", "warnings", "wrapper")

    def __init__(self, finding: Finding, protocol: str, topic: str | None = None,
                 warnings: list[str] | None = None, wrapper: dict[str, Any] | None = None) -> None:
        self.finding = finding
        self.protocol = protocol  # smtp / pop3 / bounce-text
        self.topic = topic
        self.warnings: list[str] = [] if warnings is None else warnings
        self.wrapper = wrapper  # the mail program's message the reply was found in (wrappers.py)

    def to_dict(self) -> dict[str, Any]:
        d = self.finding.to_dict()
        d["protocol"] = self.protocol
        d["topic"] = self.topic
        d["warnings"] = list(self.warnings)
        d["wrapper"] = self.wrapper
        return d
