"""The one small interface every format detector implements, and helpers they share."""

from __future__ import annotations

from .. import addresses, smtp
from ..dsn import DeliveryStatus, decode_xtext, typed_value
from ..dsn import parse as parse_fields
from ..mail import Mail
from ..model import Evidence, Report
from ..smtp import fill_from_text as fill_from_text  # re-exported for the detectors
from ..smtp import host_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol
else:
    Protocol = object  # the protocol matters to type checkers only: no typing import at run time


class Detector(Protocol):
    """Reads one family of messages.  ``read`` returns None when the message is not of its family."""

    name: str

    def read(self, mail: Mail) -> Report | None: ...


def set_diagnostic(ev: Evidence, text: str) -> None:
    """What a notice says about this recipient (the server's reply, or the notice's own sentence): the evidence's
    diagnostic and the words it quotes, and the reply code, status, command and remote host they carry where the
    detector has not set them (smtp.fill_from_text never overwrites)."""
    ev.diagnostic = ev.evidence = text
    fill_from_text(ev, text)


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
            retry_until=" ".join((g.get("will-retry-until") or "").split()) or None,
        )
        ev.passed_on_to = forwarded_to(ev.address, final_addr, g.get("x-actual-recipient"))
        if diag:
            fill_from_text(ev, diag)
        out.append(ev)
    return out


def forwarded_to(address: str | None, final: str | None, actual: str | None) -> str | None:
    """The address the recipient's mail was passed on to, when the DSN names it apart from the one reported: a
    Final-Recipient after forwarding (RFC 3464 §2.3.2: it "may differ from the address originally provided by the
    sender") or Sendmail's X-Actual-Recipient after alias expansion.  Not a local program or file ("|/bin/x")."""
    if actual:
        actual = addresses.normalize(decode_xtext(typed_value(actual)[1]))
    for other in (actual, final):
        if other and address and "@" in other and not _same_mailbox(other, address):
            return other
    return None


def _bare(address: str) -> str:
    return address.replace('"', "").lower()


def _same_mailbox(other: str, address: str) -> bool:
    """Whether ``other`` is ``address`` written otherwise, not a forwarding (session 39, K3-39):
    * the same address (quotes and case aside);
    * a source route ("@relay.example:user@host", RFC 5321 §4.1.1.3 and Appendix C; RFC 3464 §2.3.2 allows the
      Final-Recipient to name the mailbox in the form the reporting MTA routed it): the route of the same
      delivery (Sun/Oracle Messaging Server's "@host:user@server" for its message store), not another recipient;
    * the same local part in a parent domain or a subdomain ("user@mail.example.org" and "user@example.org"):
      a rewrite within one organisation (Postfix masquerade_domains, ADDRESS_REWRITING_README; Exchange writing
      the primary SMTP address of the mailbox the recipient address resolved to), not another mailbox."""
    a, b = _bare(other), _bare(address)
    if a == b or a.startswith("@"):
        return True
    (la, _, da), (lb, _, db) = a.rpartition("@"), b.rpartition("@")
    return la == lb and bool(da) and bool(db) and (da.endswith("." + db) or db.endswith("." + da))


def _action(value: str | None, status: str) -> str | None:
    """The DSN action's keyword ("delivered (to mailbox)" -> "delivered").  A "delayed" action stays delayed
    even with X.4.7: Hotmail and Messaging Server send that while they still retry; OpenSMTPD's give-up notice,
    also "delayed", says "Envelope expired", which the engine reads (``engine.finish``)."""
    return (value or "").strip().lower().split(" ", 1)[0].split("(", 1)[0] or None


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
    return Report(kind=kind, format=name, evidence=ev)


def supplement_from_text(report: Report, found: list[Evidence], *, match_by_position: bool = True,
                         prefer_notice_text: bool = False, notice_code_is_reply: bool = True) -> None:
    """Complete each DSN recipient from the same recipient's block in the human-readable notice (``found``):
    its text when the DSN has none, and what the DSN left empty (reply code, command, remote host, an
    address with its domain, what the notice's format states: a local program, its flags and sentence).
    Every detector that reads both parts merges them here; the options are where the systems' notices differ:

    match_by_position: some notices name a recipient differently from their DSN; same count, same order.
    prefer_notice_text: the notice quotes the server's whole reply where the DSN holds only a part of it.
    notice_code_is_reply: False when the notice's code may be the MTA's own (Sendmail's, for DNS and local
        failures: no server replied), not a server's reply.
    """
    for i, ev in enumerate(report.evidence):
        other = _block_about(ev, found)
        if other is None and match_by_position and len(found) == len(report.evidence):
            other = found[i]
        if other is None:
            continue
        text, dsn_text = other.diagnostic, ev.diagnostic
        if text and (not dsn_text or (prefer_notice_text and _continues(text, dsn_text))):
            ev.diagnostic, ev.evidence = text, other.evidence
            fill_from_text(ev, text)
        for attr in ("reply_code", "command", "remote_mta") if notice_code_is_reply else ("command", "remote_mta"):
            if getattr(ev, attr) is None and getattr(other, attr) is not None:
                setattr(ev, attr, getattr(other, attr))
        if "@" not in (ev.address or "") and other.address:
            ev.address = other.address  # the DSN named a local recipient without its domain, or no one
        if other.diagnostic_type == "x-unix" and ev.diagnostic_type != "x-unix":
            ev.diagnostic_type = "x-unix"  # the notice shows a delivery to a local program (Exim's pipe deliveries)
            ev.diagnostic_type_from = other.diagnostic_type_from
        if other.flags and not ev.flags:
            ev.flags = other.flags
        if other.notice and not ev.notice:
            ev.notice = other.notice


def _block_about(ev: Evidence, found: list[Evidence]) -> Evidence | None:
    """The last block naming the recipient (by its address or original address): a notice that pastes
    its DSN fields, or a reply continued on lines of its own, names it again in the later, fuller block."""
    names = {ev.address, ev.original_address} - {None}
    for f in reversed(found):
        if f.address in names or f.original_address in names:
            return f
    return None


def _continues(notice: str, dsn: str) -> bool:
    """The notice's text is the DSN's, whole: longer, and holding the DSN's first word (the reply code)."""
    words = dsn.split()
    return len(notice) > len(dsn) and bool(words) and words[0] in notice


def dsn_with_notice(mail: Mail, name: str, found: list[Evidence], *, kind: str = "bounce",
                    match_by_position: bool = True, prefer_notice_text: bool = False) -> Report | None:
    """The DSN completed from the notice's per-recipient blocks (``supplement_from_text``), or, when the
    message has no DSN, those blocks alone as a report of ``kind``."""
    report = dsn_report(mail, name)
    if report is None:
        return Report(kind=kind, format=name, evidence=found) if found else None
    supplement_from_text(report, found, match_by_position=match_by_position, prefer_notice_text=prefer_notice_text)
    return report


def evidence_from_fields(text: str) -> list[Evidence]:
    """One Evidence per recipient group of RFC 3464 fields written inside a text part (some systems
    paste their delivery-status fields into the notice instead of attaching them)."""
    ds = parse_fields(text)
    return evidence_from_dsn(ds) if ds.recipients else []


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


def first_plain_text(mail: Mail) -> str:
    """The notice's own words: its first text/plain part that is not empty ("" when it has none)."""
    part = next((p for p in mail.own_parts if p.content_type == "text/plain" and p.body.strip()), None)
    return part.text() if part is not None else ""


def join_wrapped(said: str, line: str) -> str:
    """``line`` added to ``said`` as a wrapped line's continuation: white space folded, an empty line dropped, with a
    space but not between two wide characters (mlmmj's zh-cn texts wrap by character, %charwrap%, and Sympa's ja
    texts inside words: a line break there falls inside a word)."""
    line = " ".join(line.split())
    if not line:
        return said
    wide = said and said[-1] >= "\u3000" and line[0] >= "\u3000"
    return said + line if wide or not said else f"{said} {line}"


def joined_lines(lines: list[str]) -> str:
    """Wrapped lines as the one line they were written as (:func:`join_wrapped`)."""
    said = ""
    for line in lines:
        said = join_wrapped(said, line)
    return said


def first_text_joined(mail: Mail) -> str:
    """A list manager's notice's own words: its first text part up to the attached message's note (a line opening
    with a bracket: mlmmj's "(The denied message is below.)", Sympa's "(Subject of your mail: ...)", their
    translations), on one line (:func:`joined_lines`)."""
    return joined_lines(cut_at(first_plain_text(mail).splitlines(), ("(", "（")))


def list_of_the_request_sender(mail: Mail) -> str | None:
    """<list>@<domain> for a notice from <list>-request@<domain> (the address Sympa's and SmartList's answers come
    from), None for a notice from any other address."""
    local, _, domain = (addresses.first(mail.from_lower) or "").rpartition("@")
    if not local.endswith("-request"):
        return None
    return f"{local.removesuffix('-request')}@{domain}"
