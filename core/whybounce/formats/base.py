"""The one small interface every format detector implements, and helpers they share."""

from __future__ import annotations

from typing import Protocol

from .. import addresses, smtp
from ..dsn import DeliveryStatus, decode_xtext, typed_value
from ..dsn import parse as parse_fields
from ..mail import Mail
from ..model import Evidence, Report
from ..smtp import fill_from_text as fill_from_text  # re-exported for the detectors
from ..smtp import host_of


class Detector(Protocol):
    """Reads one family of messages.  ``read`` returns None when the message is not of its family."""

    name: str

    def read(self, mail: Mail) -> Report | None: ...


def evidence_from_dsn(ds: DeliveryStatus) -> list[Evidence]:
    """One Evidence per recipient group of an RFC 3464 / 6533 delivery-status part."""
    out: list[Evidence] = []
    reporting = host_of(typed_value(ds.message.get("reporting-mta"))[1])
    for g in ds.recipients:
        final = decode_xtext(typed_value(g.get("final-recipient") or g.get("x-actual-recipient"))[1])
        orig = decode_xtext(typed_value(g.get("original-recipient"))[1])
        final_addr = addresses.normalize(final) or addresses.first(final)
        orig_addr = addresses.normalize(orig) if orig else None
        dtype, diag = typed_value(g.get("diagnostic-code"))
        diag = " ".join(diag.split()) if diag else ""
        status = (g.get("status") or "").strip()
        sm = smtp.STATUS.search(status)
        status = ".".join(sm.groups()) if sm else ""
        remote = host_of(typed_value(g.get("remote-mta"))[1])
        ev = Evidence(
            address=orig_addr or final_addr,
            original_address=orig_addr,
            status=status or None,
            action=_action(g.get("action"), status),
            remote_mta=remote,
            reporting_mta=reporting,
            diagnostic=diag or None,
            diagnostic_type=dtype,
            evidence=g.get("diagnostic-code") or g.get("status"),
        )
        if diag:
            fill_from_text(ev, diag)
        out.append(ev)
    return out


def _action(value: str | None, status: str) -> str | None:
    """The DSN action's keyword ("delivered (to mailbox)" -> "delivered").  A "delayed" report whose status
    says the delivery time expired (X.4.7) is final: OpenSMTPD words its give-up notice that way."""
    word = (value or "").strip().lower().split(" ", 1)[0].split("(", 1)[0] or None
    if word == "delayed" and status.endswith(".4.7"):
        return "failed"
    return word


def kind_of(evidence: list[Evidence]) -> str:
    """bounce / delay / delivered from the recipients' actions."""
    actions = {e.action for e in evidence}
    if actions and actions <= {"delivered", "relayed", "expanded"}:
        return "delivered"
    if actions == {"delayed"}:
        return "delay"
    return "bounce"


def dsn_report(mail: Mail, name: str) -> Report | None:
    """A Report from the message's delivery-status part, or None when it has none with recipients."""
    ds = mail.delivery_status
    if ds is None or not ds.recipients:
        return None
    ev = evidence_from_dsn(ds)
    kind = kind_of(ev)
    for e in ev:
        if e.action in ("delivered", "relayed", "expanded"):
            e.reason, e.rule = "delivered", "dsn:action"
    return Report(kind=kind, format=name, evidence=ev)


def supplement_from_text(report: Report, found: list[Evidence]) -> None:
    """Fill what a DSN left empty from the same recipient's block in the human-readable part."""
    by_addr = {e.address: e for e in found if e.address}
    for ev in report.evidence:
        other = by_addr.get(ev.address or "")
        if other is None and ev.original_address:
            other = by_addr.get(ev.original_address)
        if other is None and len(found) == 1 and len(report.evidence) == 1:
            other = found[0]
        if other is None:
            continue
        if not ev.diagnostic and other.diagnostic:
            ev.diagnostic = other.diagnostic
            ev.evidence = other.evidence
            fill_from_text(ev, other.diagnostic)
        for attr in ("reply_code", "command", "remote_mta"):
            if getattr(ev, attr) is None and getattr(other, attr) is not None:
                setattr(ev, attr, getattr(other, attr))


def evidence_from_fields(text: str) -> list[Evidence]:
    """One Evidence per recipient group of RFC 3464 fields written inside a text part (some systems
    paste their delivery-status fields into the notice instead of attaching them)."""
    ds = parse_fields(text)
    return evidence_from_dsn(ds) if ds.recipients else []


def fixed_reason(ev: Evidence, text: str, table: dict[str, tuple[str, ...]], system: str) -> bool:
    """Set ``ev.reason`` when ``text`` holds one of a system's fixed sentences (``table``: reason ->
    sentences, matched as given, case-sensitive, because they are the system's own wording)."""
    for reason, sentences in table.items():
        for s in sentences:
            if s in text:
                ev.reason, ev.rule = reason, f"{system}: {s.strip()}"
                return True
    return False


def cut_at(lines: list[str], markers: tuple[str, ...]) -> list[str]:
    """Lines before the first one that starts (once stripped, lower-cased) with one of ``markers``."""
    for i, line in enumerate(lines):
        if line.strip().lower().startswith(markers):
            return lines[:i]
    return lines


def orphan_text(mail: Mail) -> str:
    """The bodies of multipart parts that have no parts because their boundary could not be read (a
    parameter folded onto an unindented line, say): read as the text they are, markers and all."""
    return "\n".join(p.text() for p in mail.own_parts
                     if p.content_type.startswith("multipart/") and not p.children and p.body.strip())
