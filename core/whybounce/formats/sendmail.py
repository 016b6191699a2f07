"""Sendmail (sendmail.org): the session transcript ("While talking to ...", ">>> RCPT To:", "<<< 550 ...")
and the "NNN <addr>... reason" summary lines; RFC 3464 fields as well in Sendmail 8, none in Sendmail 5.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, contains_any, lazy
from .base import dsn_report, fill_from_text, set_diagnostic, supplement_from_text

_TALKING = lazy(r"^\s*(?:\.\.\.\s*)?while talking to ([^\s:]{1,253}):?", IGNORECASE)
_PER_ADDRESS = lazy(
    r"^\s*(?:([245]\d\d)\s+)?(?:[245]\.\d{1,3}\.\d{1,3}\s+)?<?([^\s<>]{1,128}@[^\s<>]{1,253}?)>?\.\.\.\s?(.{0,4000})$"
)
_PER_HOST = lazy(
    r"^\s*([245]\d\d)\s+([A-Za-z0-9.\-\[\]]{1,253})\s+\((?:smtp|esmtp|local|relay)\)\.\.\.\s?(.{0,4000})$",
    IGNORECASE,
)
MARKERS = ("----- transcript of session follows -----", "the original message was received at")
# The Status Sendmail writes for a reply that carries no enhanced status of its own: smtptodsn() in
# sendmail/savemail.c (8.17.1.9) turns the reply code into one, and a 550 to RCPT TO becomes "no such user"
# (EX_NOUSER, 5.1.1), as Sendmail 8.17's real bounces show (tests/fixtures/real-mta-heldout2/sendmail/
# rcpt-550-haraka-cannot-deliver.eml: "550 I cannot deliver mail for ...", Status: 5.1.1).
_STATUS_OF_BARE_REPLY = {"450": "4.2.0", "451": "4.3.0", "452": "4.3.1", "500": "5.5.2", "501": "5.5.4",
                         "502": "5.5.1", "503": "5.5.1", "504": "5.5.4", "550": "5.2.0", "551": "5.1.6",
                         "552": "5.2.2", "553": "5.1.3", "554": "5.0.0"}
# ... and the Status it writes for a bare 5xx to MAIL FROM: smtpmailfrom() in sendmail/usersmtp.c (8.17) sets 5.5.2
# for a 501, 5.1.3 for a 553, 5.3.4 for a 552 (the message too big for a SIZE it announced) and 5.0.0 for any other
# 5xx, whatever the reply says (session 44, X44: the kit's Sendmail 8.17 wrote Status 5.3.4 for "552 mail from
# invalid." at MAIL FROM, tests/fixtures/real-mta-catalogue/sendmail/cn-mail-552-mail-from-invalid.eml)
_STATUS_OF_BARE_MAIL_REPLY = {"501": "5.5.2", "552": "5.3.4", "553": "5.1.3"}


class HostFailure:
    """A failure the transcript tells about a host, not an address: a "NNN host (smtp)... reason" line (``domain``
    its host name, ``code`` the reply code), or replies no summary line claimed (``domain`` and ``code`` empty,
    ``command`` the step they answered, ``host`` the server "while talking to" named).  ``text`` is the reply's
    words.  A plain class, as ``model``'s records are."""

    __slots__ = ("code", "command", "domain", "host", "text")

    def __init__(self, domain: str, code: str, text: str, command: str | None = None,
                 host: str | None = None) -> None:
        self.domain = domain
        self.code = code
        self.text = text
        self.command = command
        self.host = host


class Sendmail:
    name = "sendmail"

    def read(self, mail: Mail) -> Report | None:
        head = mail.text_lower[:6000]
        if not contains_any(head, MARKERS):
            return None
        report = dsn_report(mail, self.name)
        found, per_host = transcript(mail.bounce_lines, _succeeded(report))
        if report is not None:
            if not found and len(per_host) == 1 and len(report.evidence) == 1 and per_host[0].text:
                failure = per_host[0]
                only = Evidence(address=report.evidence[0].address, diagnostic=failure.text, command=failure.command,
                                remote_mta=failure.host)
                fill_from_text(only, failure.text)
                found = [only]
            supplement_from_text(report, found, match_by_position=False, prefer_notice_text=True,
                                 notice_code_is_reply=False)
            by_address = {f.address: f for f in found if f.reply_code}
            for ev in report.evidence:
                block = by_address.get(ev.address)
                if block is None or not block.diagnostic or (ev.diagnostic or "") in block.diagnostic:
                    continue
                said_bye = (ev.reply_code or "").startswith("2") and (block.reply_code or "")[:1] in ("4", "5")
                if block.command == "RCPT" or said_bye or _not_this_failure(ev, block):
                    # the DSN summarised the last reply: DATA's to a pipelined transaction ("no valid recipients"),
                    # or the 221 to the QUIT Sendmail sends after a refusal (8.17: "Diagnostic-Code: SMTP; 221
                    # 2.0.0 Bye", tests/fixtures/real-mta-heldout/sendmail/data-421-*), or a later reply of
                    # another class than the Status; the transcript has the server's own answer about this
                    # recipient
                    ev.diagnostic, ev.evidence = block.diagnostic, block.evidence
                    ev.command, ev.reply_code = block.command, block.reply_code
                    ev.status, ev.status_from_text = block.status or ev.status, block.status_from_text
                if ev.command == "DATA" and (ev.status or "")[1:4] == ".1.":
                    ev.command = "RCPT"  # an address status after DATA: a pipelined RCPT reply
            for ev in report.evidence:
                ev.status_from_reply_code = _made_from_reply_code(ev)
            return report
        if not found and per_host:
            ret = mail.returned
            to_header = ret.header("to") if ret is not None else None
            listed = mail.original.get("to")
            to = to_header or (", ".join(str(t) for t in listed) if isinstance(listed, list) else "")
            rcpts = addresses.find_all(to)
            for addr in rcpts:
                host = next((h for h in per_host if h.domain and addr.endswith("@" + h.domain)), per_host[0])
                ev = Evidence(address=addr, reply_code=host.code or None, diagnostic=host.text, evidence=host.text,
                              remote_mta=host.host)
                fill_from_text(ev, host.text)
                found.append(ev)
        if not found:
            return None
        return Report(kind="bounce", format=self.name, evidence=found)


def _succeeded(report: Report | None) -> frozenset[str]:
    """The recipients the DSN reports delivered, relayed or expanded (RFC 3464 section 2.3.3), or with a 2.X.X
    Status (RFC 3463 section 2: success): their fields carry no failure, so no reply of the transcript that does not
    name them is theirs (session 55, D55: Sendmail 8.17 writes "<a>... relayed; expect no further notifications"
    right after a neighbour's refusal in the same transcript)."""
    if report is None:
        return frozenset()
    return frozenset(ev.address for ev in report.evidence if ev.address and (
        ev.action in ("delivered", "relayed", "expanded") or (ev.status or "").startswith("2")))


def _not_this_failure(ev: Evidence, block: Evidence) -> bool:
    """The DSN's Diagnostic-Code is a reply of another class than the failure it reports, while the recipient's
    line in the notice quotes a reply of that class: Sendmail kept the session's last reply (the "554 5.5.1 Error:
    no valid recipients" that follows a 421 refusal), not the one that failed this recipient.  The failure is
    temporary when the Action is "delayed" (RFC 3464 §2.3.3; Sendmail 8.17 may still write a 5.x.x Status
    beside it), else its Status's class says (RFC 3463 §2); a 5xx reply cannot be why a temporary one failed."""
    cls = "4" if ev.action == "delayed" else (ev.status or "")[:1]
    return cls in ("4", "5") and (ev.reply_code or cls)[:1] != cls and (block.reply_code or "")[:1] == cls


def _made_from_reply_code(ev: Evidence) -> bool:
    """Sendmail wrote this Status from the bare reply code: the server's reply has no enhanced status where Sendmail
    reads one.  Its reply() takes a status only right after the code (usersmtp.c: ``extenhsc(bufp + 4, ' ', ...)``,
    RFC 2034 §4's place), so a status elsewhere in the words (qmail's "552 dspam says, no spam please (#5.6.1)")
    is no status of its to Sendmail, which writes smtptodsn(552), 5.2.2 (session 47, X47: read mailboxfull where
    Postfix's and Exim's reports of the same reply read the (#5.6.1))."""
    if not ev.status or not ev.reply_code or (ev.status_from_text and _status_after_code(ev)):
        return False
    made: str | None
    if ev.command == "MAIL" and ev.reply_code.startswith("5"):
        made = _STATUS_OF_BARE_MAIL_REPLY.get(ev.reply_code, "5.0.0")
    elif ev.reply_code == "550" and ev.command == "RCPT":
        made = "5.1.1"
    else:
        made = _STATUS_OF_BARE_REPLY.get(ev.reply_code)
    return ev.status == made


def _status_after_code(ev: Evidence) -> bool:
    """The reply's enhanced status stands right after its code ("552 5.6.1 ..." or "552-5.6.1 ..."), where Sendmail
    reads it; one whose code or status the text does not show is taken to have it there (as before session 47)."""
    said = ev.diagnostic or ""
    at = said.find(str(ev.reply_code))
    if at < 0 or str(ev.status_from_text) not in said:
        return True
    return smtp.STATUS.match(said[at + 3:].lstrip(" -")) is not None


def transcript(lines: list[str], succeeded: frozenset[str] = frozenset()
               ) -> tuple[list[Evidence], list[HostFailure]]:
    """Per-address findings and per-host failures (``HostFailure``) from a session
    transcript; the host of a failure no summary line claimed is the one "while talking to" named (session 56, D56:
    Sendmail 8.17 writes no Remote-MTA for a refusal before RCPT, and its transcript is where it names the server).
    Which command each reply answered is ``smtp.session_replies``'s reading: a reply before any ">>>" line since
    "while talking to" answered the connection, and with pipelining the RCPT replies come after ">>> DATA".  A
    recipient of ``succeeded`` (delivered or relayed, as the DSN says) takes only the replies
    that name it: a reply to DATA answers for the recipients that failed (RFC 5321 section 3.3), and Sendmail's
    "<a>... relayed" line follows whatever its neighbours were refused with."""
    out: list[Evidence] = []
    per_host: list[HostFailure] = []
    session = [_session_line(line) for line in lines]
    replies = {r.at: r for r in smtp.session_replies(session)}
    host: str | None = None
    command: str | None = None  # the last command sent: the step a failure that quotes no reply was at
    pending: list[smtp.Reply] = []  # the replies since the last command or summary line
    heard: list[smtp.Reply] = []  # every reply since "while talking to"
    for i, line in enumerate(lines):
        item = session[i]
        if item is not None:
            way, text = item
            if way == smtp.NEW_SESSION:
                host, command, pending, heard = text, None, [], []
            elif way == smtp.SENT:
                command, pending = smtp.command_sent(text), []
            elif i in replies:
                pending.append(replies[i])
                heard.append(replies[i])
            continue
        m = _PER_ADDRESS.match(line)
        if m:
            addr = addresses.normalize(m.group(2))
            if not addr:
                continue
            local = addr.split("@")[0]
            # the reply the line itself quotes ("<a>... Deferred: 421 ...": with pipelining, a reply heard before
            # the last command), else, of pipelined replies for several recipients, the ones that name this
            # recipient, else its RCPT's
            said = m.group(3)
            # (Sendmail quotes only the first line of a multi-line reply there, as in its Diagnostic-Code:
            # "Deferred: 421-4.3.2 Your IP(...) is filtered ...", the reply's second line left out)
            named = [r for r in pending if local in r.text.lower()]
            if addr in succeeded:
                mine = [r for r in named if r.text.lstrip().startswith("2")]
            else:
                mine = ([r for r in heard if len(r.text) > 4 and (r.text in said or r.lines[0].strip() in said)][-1:]
                        or named or [r for r in pending if r.command == "RCPT"] or pending)
            # with the server's reply at hand, Sendmail's own summary ("... User unknown", which it writes
            # for SPF and PTR refusals too) would only mislead
            diag = " ".join(r.text for r in mine) if mine else m.group(3).strip()
            cmd = mine[0].command if mine else None if addr in succeeded else command
            ev = Evidence(address=addr, command=cmd, remote_mta=host)
            set_diagnostic(ev, diag)
            if ev.reply_code is None and m.group(1):
                ev.reply_code = m.group(1)
            if not any(e.address == addr for e in out):
                out.append(ev)
            pending = []
            continue
        m = _PER_HOST.match(line)
        if m:
            per_host.append(HostFailure(m.group(2).lower().strip("[]"), m.group(1), m.group(3).strip()))
            host, command, pending = None, None, []
            continue
        s = line.strip()
        if s and ": " in s and not s.startswith("-") and len(s) < 500 and not pending:
            pending.append(smtp.Reply([s], command, i))  # a local mailer's own words ("mail.local: unknown user: x")
    if not out and pending:  # replies no summary line claimed (greeting refusals)
        mine = [r for r in pending if r.command == "RCPT"] or pending
        per_host.append(HostFailure("", "", " ".join(r.text for r in mine), mine[0].command, host))
    return out, per_host


def _session_line(line: str) -> tuple[str, str] | None:
    """A line of the transcript as ``smtp.session_replies`` reads it; "while talking to host" opens a session."""
    m = _TALKING.match(line)
    if m:
        return smtp.NEW_SESSION, m.group(1).lower().rstrip(".")
    return smtp.session_line(line)
