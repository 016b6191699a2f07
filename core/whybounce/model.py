"""Typed values that flow through whybounce, and their contract JSON shapes.

Detectors produce :class:`Evidence` (what the bounce says about one recipient); the classifier turns
it into a :class:`Finding` (what we conclude), which carries its :class:`Card`.  ``to_dict`` methods
give exactly the shapes of ``shared/contract.md``; extra keys are allowed there, renamed ones are not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

WHO = ("sender", "sender-admin", "recipient", "recipient-admin", "nobody")


@dataclass(slots=True)
class Evidence:
    """One recipient as a bounce reports it, before any interpretation."""

    address: str | None = None
    original_address: str | None = None
    status: str | None = None
    reply_code: str | None = None
    command: str | None = None
    action: str | None = None  # RFC 3464 Action: failed / delayed / delivered / relayed / expanded
    remote_mta: str | None = None
    reporting_mta: str | None = None  # the DSN's Reporting-MTA: tells whose service wrote the report
    diagnostic: str | None = None
    reason: str | None = None  # a detector may know the reason from the format itself
    rule: str | None = None  # which detector rule fixed ``reason``
    evidence: str | None = None  # the line it was read from, verbatim
    diagnostic_type: str | None = None  # "smtp", "x-unix", ...
    status_from_text: str | None = None  # a status code quoted inside the diagnostic


@dataclass(slots=True)
class Card:
    lang: str
    title: str
    cause: str
    who: str
    actions: list[str]
    evidence: str | None
    admin: str | None = None  # details for an administrator (codes, meaning of the status)

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
        return d


@dataclass(slots=True)
class Finding:
    address: str | None
    reason: str | None
    status: str | None
    reply_code: str | None
    command: str | None
    temporary: bool
    remote_mta: str | None
    diagnostic: str | None
    card: Card | None = None
    action: str | None = None
    rule: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # disagreeing evidence, kept side by side

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
        if self.sources:
            d["sources"] = dict(self.sources)
        return d


@dataclass(slots=True)
class Report:
    """What one detector read out of one message."""

    kind: str
    format: str
    evidence: list[Evidence]
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class MessageResult:
    source: str | None
    kind: str
    format: str | None
    original: dict[str, Any]
    recipients: list[Finding]
    warnings: list[str]

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


@dataclass(slots=True)
class LineResult:
    finding: Finding
    protocol: str  # smtp / pop3 / bounce-text
    topic: str | None = None
    warnings: list[str] = field(default_factory=list)
    wrapper: dict[str, Any] | None = None  # the mail program's message the reply was found in (wrappers.py)

    def to_dict(self) -> dict[str, Any]:
        d = self.finding.to_dict()
        d["protocol"] = self.protocol
        d["topic"] = self.topic
        d["warnings"] = list(self.warnings)
        d["wrapper"] = self.wrapper
        return d
