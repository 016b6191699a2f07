"""RFC 3464 delivery status notifications (and RFC 6533 global DSNs) from any MTA.

Runs after the detectors of MTAs whose DSNs need their own reading; the human-readable part is used
only to fill what the machine-readable fields leave out.
"""

from __future__ import annotations

from ..mail import Mail
from ..model import Report
from ..patterns import IGNORECASE, lazy
from . import text
from .base import dsn_report, set_diagnostic, supplement_from_text


class Rfc3464:
    name = "rfc3464"

    def read(self, mail: Mail) -> Report | None:
        report = dsn_report(mail, self.name)
        if report is None:
            return None
        supplement_from_text(report, text.blocks(mail.bounce_lines))
        # OpenSMTPD's notice (smtpd/bounce.c NOTICE_INTRO) quotes each recipient's reply but never the command
        unreported = _OPENSMTPD_INTRO in mail.text_lower
        for ev in report.evidence:
            if unreported and ev.command is None:
                ev.command_unreported = True
            if unreported and ev.diagnostic:
                ev.diagnostic = _continuations_apart(ev.diagnostic)
            if not ev.diagnostic and ev.action not in ("delivered", "relayed", "expanded"):
                said = notice_about(mail, ev.address)
                if said:
                    set_diagnostic(ev, said)
            if unreported and ev.diagnostic_type is None and _program_output(ev.diagnostic, ev.status):
                ev.diagnostic_type = "x-unix"  # a local delivery program failed (RFC 3464's x-unix, as Exim's pipes)
                ev.diagnostic_type_from = "OpenSMTPD's quoted program output under X.3.0 (smtpd/mda.c)"
        return report


def _program_output(diagnostic: str | None, status: str | None) -> bool:
    """OpenSMTPD's words for a local delivery program (its MDA) that failed: the program's last line of output in
    double quotes (smtpd/mda.c, mda_getlastline: «"» + strnvis(line) + «"», OpenBSD mda.c 1.147) under X.3.0
    (ESC_OTHER_MAIL_SYSTEM_STATUS, "other mail system status", RFC 3463 §3.5), permanent or temporary as the
    program's exit status made it; every other error of OpenSMTPD's (a remote reply, "No MX found for domain",
    "Envelope expired", its own lookups' failures) is written unquoted."""
    d = (diagnostic or "").strip()
    return (len(d) > 2 and d[0] == '"' and d[-1] == '"' and '"' not in d[1:-1]
            and status is not None and status[1:] == ".3.0")


_OPENSMTPD_INTRO = "this is the mailer-daemon, please do not reply to this e"  # "e-mail." (5.x) or "email." (6.x)
_RESPONSE = lazy(r"^the (?:response|error) (?:from the remote server |that the other server returned )?was:?$",
                 IGNORECASE)


# a reply that opens with a code and an enhanced status ("421-4.7.29 Your email has been ...")
_OPENING = lazy(r"^[245]\d\d[ -](?P<status>[245]\.\d{1,3}\.\d{1,3}) ")


def _continuations_apart(reply: str) -> str:
    """OpenSMTPD 6.8 (smtpd/mta_session.c) joins the lines of a multi-line reply with nothing between them, each
    continuation line without its reply code but with its enhanced status: "... not using a TLS4.7.29 connection.
    Gmail requires ... TLS/SSL for4.7.29 ..." (tests/fixtures/real-mta-catalogue/opensmtpd/, tests/fixtures/
    real-mta-heldout/README.md). The reply's own status glued to the end of a word marks where a line began: a
    space there again, so the words on both sides read as words ("TLS connection")."""
    m = _OPENING.match(reply)
    if m is None:
        return reply
    status, end = m.group("status"), m.end()
    # each occurrence of the status after a character that ends a word (not a space, digit or dot) and before a
    # space is cut out; by str.find, not a pattern made per reply (``re`` stays unimported, as patterns.py says)
    kept, start, at = [], end, reply.find(status, end)
    while at >= 0:
        before, after = reply[at - 1], reply[at + len(status):at + len(status) + 1]
        if at > end and not (before.isspace() or before.isdecimal() or before == ".") and after.isspace():
            kept.append(reply[start:at])
            start = at + len(status)
            at = reply.find(status, start)
        else:
            at = reply.find(status, at + 1)
    return reply if start == end else "".join([reply[:end], *kept, reply[start:]])


def notice_about(mail: Mail, address: str | None) -> str | None:
    """When the report's fields carry no diagnostic: the remote reply the notice quotes ("The response
    was:"), or else the notice's own sentence about this recipient."""
    lines = [ln.strip() for ln in mail.bounce_lines]
    for i, ln in enumerate(lines):
        if _RESPONSE.match(ln):
            reply = " ".join(x for x in lines[i + 1 : i + 4] if x).strip()
            if reply:
                return reply
    if address:
        for ln in lines:
            if address in ln.lower() and len(ln) > len(address) + 10:
                return ln
    return None
