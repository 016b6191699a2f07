"""Postfix (postfix.org): "This is the mail system at host ..." (older: "This is the Postfix program"),
an RFC 3464 report since 2.x, and in the notice one "<addr>: reason (in reply to X command)" paragraph per
recipient: the only place that names the SMTP command, so it completes the report.

Also the notices Postfix's SMTP server sends the postmaster ("Postfix SMTP server: errors from ...",
``notify_classes``): a session transcript of " In:" and " Out:" lines.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import contains_any, lazy
from . import text
from .base import dsn_report, fill_from_text, forwarded_to, supplement_from_text

MARKERS = ("this is the mail system at host", "this is the postfix program at host")
_IN = lazy(r"^\s*In:\s+(.{1,1000})$")
_OUT = lazy(r"^\s*Out:\s+([245]\d\d[ \-].{0,1000})$")
# "<final> (expanded from <original>): ..." (Postfix bounce(8), src/bounce/bounce_notify_util.c: written where the
# recipient's original address differs from the one delivery was tried to, after an alias, virtual or .forward)
_EXPANDED = lazy(r"^\(expanded from <([^<>\s]{1,254})>\)")


class Postfix:
    name = "postfix"

    def read(self, mail: Mail) -> Report | None:
        head = mail.text_lower[:3000]
        if not contains_any(head, MARKERS) and mail.root.header("x-postfix-queue-id") is None:
            if mail.subject_lower.startswith("postfix smtp server: errors from"):
                return _server_errors(mail)
            return None
        found = [e for e in text.blocks(mail.bounce_lines, start=MARKERS) if e.diagnostic]
        report = dsn_report(mail, self.name)
        if report is None:
            if not found:
                found = _unexplained(mail)
            for ev in found:
                _expanded_from(ev)
            return Report(kind="bounce", format=self.name, evidence=found) if found else None
        supplement_from_text(report, found)
        return report


def _expanded_from(ev: Evidence) -> None:
    """A notice without a DSN part names the original address only in its block's "(expanded from <a>)" (session
    39, K3-39): as a DSN's Original-Recipient and Final-Recipient would (base.evidence_from_dsn), the recipient is
    the address the sender wrote and the mail was passed on to the block's address."""
    m = _EXPANDED.match(ev.diagnostic or "")
    original = addresses.normalize(m.group(1)) if m else None
    if not original or not ev.address:
        return
    passed_on = forwarded_to(original, ev.address, None)
    if passed_on is not None:
        ev.address = ev.original_address = original
        ev.passed_on_to = passed_on


def _unexplained(mail: Mail) -> list[Evidence]:
    """"--- Delivery report unavailable ---": the notice says it bounced, not why; the returned
    message says to whom."""
    if "delivery report unavailable" not in mail.text_lower:
        return []
    to = mail.original.get("to")
    listed = to if isinstance(to, list) else []
    return [Evidence(address=a) for a in addresses.find_all(", ".join(str(x) for x in listed))]


def _server_errors(mail: Mail) -> Report | None:
    """The SMTP server's error report: the recipient from "In: RCPT TO:<a>", the failure from the last
    4xx/5xx "Out:" line and the command it answered."""
    rcpt: str | None = None
    command: str | None = None
    failure: tuple[str, str | None] | None = None
    for line in mail.lines:
        m = _IN.match(line)
        if m:
            sent = m.group(1)
            command = smtp.normalize_command(sent.split(":")[0].split("<")[0].strip()) or command
            if command == "RCPT":
                rcpt = addresses.first(sent) or rcpt
            continue
        m = _OUT.match(line)
        if m and m.group(1)[0] in "45":
            failure = (m.group(1).strip(), command)
    if rcpt is None or failure is None:
        return None
    ev = Evidence(address=rcpt, command=failure[1], diagnostic=failure[0], evidence=failure[0])
    fill_from_text(ev, failure[0])
    return Report(kind="bounce", format="postfix", evidence=[ev])
