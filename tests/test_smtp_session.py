"""Which command each reply of a quoted SMTP session answered: ``smtp.session_replies``, the one reader that
the engine (``command_in_session``, for any report that quotes a transcript) and the Sendmail detector
(``formats.sendmail.transcript``) share.  The wordings are those of our own real-MTA fixtures
(tests/fixtures/real-mta/sendmail/, named in each row's id) unless a row says otherwise."""

from __future__ import annotations

import pytest
from whybounce import explain_bytes
from whybounce.formats.sendmail import transcript
from whybounce.smtp import NEW_SESSION, command_in_session, session_line, session_lines, session_replies


def _read(lines: list[str]) -> list[tuple[str, str | None]]:
    """(the reply's lines joined, the command it answered) for each reply; "TALK host" opens a session."""
    items = [(NEW_SESSION, ln[5:]) if ln.startswith("TALK ") else session_line(ln) for ln in lines]
    return [(r.text, r.command) for r in session_replies(items)]


@pytest.mark.parametrize(("lines", "replies"), [
    pytest.param([">>> MAIL From:<alice@mta-sm.example> SIZE=492",
                  "<<< 550 5.1.8 <alice@mta-sm.example>: Sender address rejected: Domain not found"],
                 [("550 5.1.8 <alice@mta-sm.example>: Sender address rejected: Domain not found", "MAIL")],
                 id="mailfrom-550-sender-rejected: the last command sent"),
    pytest.param([">>> RCPT To:<a@rcpt.example>", "<<< 550 5.1.1 unknown", ">>> DATA",
                  "<<< 554 5.5.1 no valid recipients"],
                 [("550 5.1.1 unknown", "RCPT"), ("554 5.5.1 no valid recipients", "DATA")],
                 id="commands shown one by one"),
    pytest.param([">>> DATA",
                  "<<< 552 5.2.2 <full-m2@rcpt.example>: Recipient address rejected: Mailbox full",
                  "554 5.0.0 Service unavailable",
                  "<<< 550 5.1.1 <unknown-m1@rcpt.example>: Recipient address rejected: User unknown",
                  "550 5.1.1 <unknown-m1@rcpt.example>... User unknown",
                  "<<< 554 5.5.1 Error: no valid recipients"],
                 [("552 5.2.2 <full-m2@rcpt.example>: Recipient address rejected: Mailbox full", "RCPT"),
                  ("550 5.1.1 <unknown-m1@rcpt.example>: Recipient address rejected: User unknown", "RCPT"),
                  ("554 5.5.1 Error: no valid recipients", "DATA")],
                 id="multi-recipient: pipelined RCPT+DATA, Sendmail's own lines between"),
    pytest.param([">>> DATA",
                  "<<< 550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]",
                  "550 5.1.1 <ptr-missing@rcpt.example>... User unknown",
                  "<<< 554 5.5.1 Error: no valid recipients"],
                 [("550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]", "RCPT"),
                  ("554 5.5.1 Error: no valid recipients", "DATA")],
                 id="rcpt-550-ptr-requireptr: after DATA, naming no recipient, yet a RCPT's"),
    pytest.param([">>> MAIL From:<alice@mta-sm.example> SIZE=492",
                  "<<< 550 5.1.8 <alice@mta-sm.example>: Sender address rejected: Domain not found",
                  ">>> DATA", "<<< 554 5.5.1 Error: no valid recipients"],
                 [("550 5.1.8 <alice@mta-sm.example>: Sender address rejected: Domain not found", "MAIL"),
                  ("554 5.5.1 Error: no valid recipients", "DATA")],
                 id="a reply shown before DATA was sent is not a pipelined RCPT's"),
    pytest.param([">>> DATA", "<<< 550 unknown user", "<<< 503-All RCPT commands were rejected with this error:",
                  "<<< 503-unknown user", "<<< 503 Valid RCPT command must precede DATA"],
                 [("550 unknown user", "RCPT"),
                  ("503-All RCPT commands were rejected with this error: 503-unknown user "
                   "503 Valid RCPT command must precede DATA", "DATA")],
                 id="shared/corpus lhost-sendmail-26: DATA's own reply in three lines"),
    pytest.param([">>> DATA",
                  "<<< 550-5.7.26 Unauthenticated email from mta-sm.example is not accepted due to",
                  "<<< 550-5.7.26 the domain's DMARC policy. Please contact the administrator of",
                  "<<< 550 5.7.26 mta-sm.example if this was a legitimate mail."],
                 [("550-5.7.26 Unauthenticated email from mta-sm.example is not accepted due to 550-5.7.26 the "
                   "domain's DMARC policy. Please contact the administrator of 550 5.7.26 mta-sm.example if this "
                   "was a legitimate mail.", "DATA")],
                 id="data-550-dmarc-authfailure: one multi-line reply is DATA's, not three"),
    pytest.param([">>> DATA", "<<< 550 5.1.1 <a@rcpt.example>: User unknown", "<<< 354 End data with <CR><LF>.<CR><LF>",
                  "<<< 554 5.7.1 Rejected: this message was classified as SPAM"],
                 [("550 5.1.1 <a@rcpt.example>: User unknown", "RCPT"), ("354 End data with <CR><LF>.<CR><LF>", "DATA"),
                  ("554 5.7.1 Rejected: this message was classified as SPAM", "DATA")],
                 id="a 354 go-ahead: what follows it answered the data"),
    pytest.param(["TALK mx.greet554.example",
                  "<<< 554-5.7.1 mx.greet554.example ESMTP not accepting messages from 127.0.0.1:",
                  "<<< 554 5.7.1 your address is listed at bl.blocklist.example"],
                 [("554-5.7.1 mx.greet554.example ESMTP not accepting messages from 127.0.0.1: "
                   "554 5.7.1 your address is listed at bl.blocklist.example", "CONN")],
                 id="greeting-554-blocked: before any command in a new session"),
    pytest.param(["TALK mx1.rcpt.example", ">>> DATA", "<<< 550 5.7.1 message content rejected",
                  "TALK mx2.rcpt.example", "<<< 421 4.3.2 Service not available"],
                 [("550 5.7.1 message content rejected", "DATA"), ("421 4.3.2 Service not available", "CONN")],
                 id="a new session ends the replies to DATA"),
    pytest.param([">>> DATA", "<<< 354 End data with <CR><LF>.<CR><LF>", ">>> .",
                  "<<< 554 5.7.0 Message rejected: virus found (Eicar-Test-Signature)", ">>> QUIT",
                  "<<< 221 2.0.0 Bye"],
                 [("354 End data with <CR><LF>.<CR><LF>", "DATA"),
                  ("554 5.7.0 Message rejected: virus found (Eicar-Test-Signature)", "DATA"), ("221 2.0.0 Bye", None)],
                 id="data-554-virus: the end of the data, then a command the facts do not name"),
    pytest.param([">>> DATA", "<<< 421 4.7.0 Try again later, closing connection.", ">>> QUIT",
                  "<<< 554 5.5.1 Error: no valid recipients", "221 2.0.0 Bye"],
                 [("421 4.7.0 Try again later, closing connection.", "RCPT"),
                  ("554 5.5.1 Error: no valid recipients", "DATA")],
                 id="catalogue sendmail/gmail-421-*: QUIT after a pipelined RCPT's 421, DATA's reply read after it"),
    pytest.param([">>> DATA", "<<< 421 4.3.2 Service shutting down", ">>> QUIT", "<<< 554 5.5.1 no valid recipients",
                  "<<< 221 2.0.0 Bye"],
                 [("421 4.3.2 Service shutting down", "RCPT"), ("554 5.5.1 no valid recipients", "DATA"),
                  ("221 2.0.0 Bye", None)],
                 id="QUIT's own 221 after the pipelined replies is QUIT's"),
    pytest.param([">>> DATA", "<<< 421 4.3.2 Service shutting down", ">>> QUIT", "<<< 221 2.0.0 Bye"],
                 [("421 4.3.2 Service shutting down", "DATA"), ("221 2.0.0 Bye", None)],
                 id="QUIT answered by its 221 alone: DATA's reply stays DATA's"),
    pytest.param([">>> DATA", "<<< 550 5.1.1 unknown", "<<< 554 5.5.1 no valid recipients", ">>> QUIT",
                  "<<< 421 4.3.2 shutting down"],
                 [("550 5.1.1 unknown", "RCPT"), ("554 5.5.1 no valid recipients", "DATA"),
                  ("421 4.3.2 shutting down", None)],
                 id="a QUIT not sent on a 421: what follows it is no pipelined reply"),
    pytest.param([">>> .", "<<< 451 4.3.0 Error: queue file write error", ">>> QUIT", "<<< 421 4.3.0 closing"],
                 [("451 4.3.0 Error: queue file write error", "DATA"), ("421 4.3.0 closing", None)],
                 id="after the end of the data no batch is pending: a reply after QUIT is not DATA's"),
    pytest.param([">>> DATA", "<<< 550 5.7.1 message content rejected", ">>> RSET", "<<< 421 4.7.0 too many errors"],
                 [("550 5.7.1 message content rejected", "DATA"), ("421 4.7.0 too many errors", None)],
                 id="the reply to a later command does not make DATA's look pipelined"),
    pytest.param(["<<< 550 5.1.1 <a@rcpt.example>: User unknown", ">>> QUIT"],
                 [("550 5.1.1 <a@rcpt.example>: User unknown", None)],
                 id="a reply with no command before it and no session start: unknown"),
    pytest.param([">>> STARTTLS dialogue", "<<< 454 4.7.0 TLS not available due to local problem"],
                 [("454 4.7.0 TLS not available due to local problem", "STARTTLS")],
                 id="starttls-454-expired"),
    pytest.param([">>> MAIL From:<alice@mta-sm.example>", ">>> RCPT To:<user@silent.example>", ">>> DATA"], [],
                 id="a transcript with no replies"),
    pytest.param(["451 4.4.1 reply: read error from mx.silent.example.",
                  "<user@silent.example>... Deferred: Connection timed out with mx.silent.example."], [],
                 id="conn-timeout-expired: no transcript lines at all"),
])
def test_the_command_each_reply_answered(lines: list[str], replies: list[tuple[str, str | None]]) -> None:
    assert _read(lines) == replies


@pytest.mark.parametrize(("text", "reply", "command"), [
    pytest.param(">>> RCPT TO:<kijitora@example.co.jp>\n<<< 550 5.1.1 <kijitora@example.co.jp>... User Unknown\n",
                 "550 5.1.1 <kijitora@example.co.jp>... User Unknown", "RCPT", id="courier: quoted as sent"),
    pytest.param("    >>> DATA\n    <<< 550 5.1.1   <a@rcpt.example>:   User unknown\n"
                 "    <<< 554 5.5.1 Error: no valid recipients\n",
                 "550 5.1.1 <a@rcpt.example>: User unknown", "RCPT", id="indented, pipelined, white space runs"),
    pytest.param(">>> DATA\n<<< 550 5.7.1 message content rejected\n", "550 5.7.1 message content rejected", "DATA",
                 id="DATA's own reply"),
    pytest.param(">>> DATA\n<<< 550-5.7.26 Unauthenticated email is not accepted due to\n"
                 "<<< 550 5.7.26 the domain's DMARC policy.\n",
                 "550-5.7.26 Unauthenticated email is not accepted due to 550 5.7.26 the domain's DMARC policy.",
                 "DATA", id="a multi-line reply joined"),
    pytest.param(">>> DATA\n<<< 550-5.7.1 Rejected\n<<< 550 5.7.1 by policy\n",
                 "550-5.7.1 Rejected 550 5.7.1 by policy", "DATA",
                 id="a reply whose first line is shorter than the part compared"),
    pytest.param(">>> RCPT To:<a@rcpt.example>\n>>> DATA\n", "550 5.1.1 User unknown", None,
                 id="a transcript with no replies"),
    pytest.param(">>> DATA\n<<< 550 5.7.1 message content rejected\n", "451 4.3.0 temporary failure", None,
                 id="a reply the transcript does not show"),
    pytest.param(">>> DATA\n<<< 550 x\n", "550 x", None, id="too short to recognise"),
    pytest.param("<<< 550 5.1.1 <a@rcpt.example>: User unknown\n>>> QUIT\n", "550 5.1.1 <a@rcpt.example>: User unknown",
                 None, id="no command before it"),
])
def test_the_command_a_quoted_reply_answered(text: str, reply: str, command: str | None) -> None:
    assert command_in_session(session_lines(text), reply) == command


@pytest.mark.parametrize(("lines", "found", "per_host"), [
    pytest.param(["... while talking to mx1.rcpt.example.:", ">>> DATA",
                  "<<< 552 5.2.2 <full-m2@rcpt.example>: Recipient address rejected: Mailbox full",
                  "554 5.0.0 Service unavailable",
                  "<<< 550 5.1.1 <unknown-m1@rcpt.example>: Recipient address rejected: User unknown in local "
                  "recipient table",
                  "550 5.1.1 <unknown-m1@rcpt.example>... User unknown",
                  "<<< 554 5.5.1 Error: no valid recipients"],
                 [("unknown-m1@rcpt.example", "RCPT", "mx1.rcpt.example", "550",
                   "550 5.1.1 <unknown-m1@rcpt.example>: Recipient address rejected: User unknown in local "
                   "recipient table")], [],
                 id="multi-recipient: the summary line takes the reply that names it"),
    pytest.param(["... while talking to mx1.rcpt.example.:", ">>> DATA",
                  "<<< 550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]",
                  "550 5.1.1 <ptr-missing@rcpt.example>... User unknown",
                  "<<< 554 5.5.1 Error: no valid recipients"],
                 [("ptr-missing@rcpt.example", "RCPT", "mx1.rcpt.example", "550",
                   "550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]")], [],
                 id="rcpt-550-ptr-requireptr: the server's words, not Sendmail's 'User unknown'"),
    pytest.param(["... while talking to mx.tls.example.:", ">>> STARTTLS dialogue",
                  "<<< 454 4.7.0 TLS not available due to local problem",
                  "<user@tls.example>... Deferred: 454 4.7.0 encryption too weak 0 less than 128"],
                 [("user@tls.example", "STARTTLS", "mx.tls.example", "454",
                   "454 4.7.0 TLS not available due to local problem")], [],
                 id="starttls-454-expired: a summary line with no code of its own"),
    pytest.param(["... while talking to mx.example.org.:", ">>> RCPT To:<kijitora@example.org>",
                  "<kijitora@example.org>... Deferred: Connection timed out during user open with mx.example.org"],
                 [("kijitora@example.org", "RCPT", "mx.example.org", None,
                   "Deferred: Connection timed out during user open with mx.example.org")], [],
                 id="no reply: Sendmail's own words, and the command it was waiting on"),
    pytest.param(["... while talking to mx.greet554.example.:",
                  "<<< 554-5.7.1 mx.greet554.example ESMTP not accepting messages from 127.0.0.1:",
                  "<<< 554 5.7.1 your address is listed at bl.blocklist.example",
                  "554 5.0.0 Service unavailable"],
                 [], [("", "", "554-5.7.1 mx.greet554.example ESMTP not accepting messages from 127.0.0.1: "
                       "554 5.7.1 your address is listed at bl.blocklist.example", "CONN", "mx.greet554.example")],
                 id="greeting-554-blocked: no summary line claims the greeting's refusal"),
    pytest.param(["... while talking to mx1.rcpt.example.:", ">>> DATA",
                  "<<< 550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]",
                  "<<< 554 5.5.1 Error: no valid recipients"],
                 [], [("", "", "550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]",
                       "RCPT", "mx1.rcpt.example")],
                 id="unclaimed pipelined replies: the RCPT's, not DATA's"),
    pytest.param(["----- Transcript of session follows -----", "550 5.1.2 <user@nxdomain.example>... Host unknown "
                  "(Name server: nxdomain.example: host not found)"],
                 [("user@nxdomain.example", None, None, "550", "Host unknown (Name server: nxdomain.example: "
                   "host not found)")], [],
                 id="dns-nxdomain-hostunknown: a summary line and no transcript"),
])
def test_sendmail_reads_its_transcript_with_the_shared_reader(
        lines: list[str], found: list[tuple[str, str | None, str | None, str | None, str]],
        per_host: list[tuple[str, str, str, str | None, str | None]]) -> None:
    evidence, hosts = transcript(lines)
    assert [(e.address, e.command, e.remote_mta, e.reply_code, e.diagnostic) for e in evidence] == found
    assert [(h.domain, h.code, h.text, h.command, h.host) for h in hosts] == per_host


def _report(reply: str, return_path: str | None, returned: bool = True) -> bytes:
    """A minimal RFC 3464 report that names no SMTP command (as Amazon SES's does), its returned message's headers
    carrying ``return_path``."""
    head = f"Return-Path: <{return_path}>\n" if return_path else ""
    part = ("--b\nContent-Type: text/rfc822-headers\n\n" + head +
            "From: sender@send.example\nTo: user@rcpt.example\nSubject: hello\n\n") if returned else ""
    return ("From: MAILER-DAEMON@send.example\nTo: sender@send.example\nSubject: Delivery Status Notification\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
            "--b\nContent-Type: text/plain\n\nThe message could not be delivered.\n\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; send.example\n\n"
            "Final-Recipient: rfc822; user@rcpt.example\nAction: failed\nStatus: 5.7.1\n"
            f"Diagnostic-Code: smtp; {reply}\n\n" + part + "--b--\n").encode()


@pytest.mark.parametrize(("reply", "return_path", "returned", "command"), [
    # Sendmail names the address of the command it answers («<a>... words»); the envelope sender is the returned
    # message's Return-Path (RFC 5321 §3.3, §4.4): the reply answered MAIL FROM (Sisimai's rejected: «550 5.7.1
    # <root@nijo.example.jp>... Access denied»)
    pytest.param("550 5.7.1 <bounce-1@send.example>... Access denied", "bounce-1@send.example", True, "MAIL",
                 id="the sender quoted: MAIL"),
    pytest.param("550 5.7.1 <Bounce-1@Send.example>... Access denied", "bounce-1@send.example", True, "MAIL",
                 id="case differs: MAIL"),
    pytest.param("550 5.1.1 <user@rcpt.example>... User unknown", "user@rcpt.example", True, None,
                 id="the recipient quoted (also the Return-Path): nothing"),
    pytest.param("550 5.7.1 <other@send.example>... Access denied", "bounce-1@send.example", True, None,
                 id="another address: nothing"),
    pytest.param("550 5.7.1 <bounce-1@send.example>: Access denied", "bounce-1@send.example", True, None,
                 id="not Sendmail's form: nothing"),
    pytest.param("550 5.7.1 <bounce-1@send.example>... Access denied", None, True, None, id="no Return-Path"),
    pytest.param("550 5.7.1 <bounce-1@send.example>... Access denied", "bounce-1@send.example", False, None,
                 id="no returned message"),
])
def test_a_sendmail_reply_naming_the_envelope_sender_answered_mail_from(
        reply: str, return_path: str | None, returned: bool, command: str | None) -> None:
    (r,) = explain_bytes(_report(reply, return_path, returned)).to_dict()["recipients"]
    assert r["command"] == command
    if command == "MAIL":
        assert r["reason"] == "rejected"
