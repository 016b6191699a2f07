"""Small reading rules, each with the real wording it comes from: which SMTP step a text names, what
phrase matching must ignore, where an mbox message starts, Sendmail greeting refusals, and Apple
Mail's unsubscribe requests."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from whybounce import engine, explain_bytes, explain_line
from whybounce.inputs import read_stream
from whybounce.mail import Mail
from whybounce.model import Evidence
from whybounce.resolve import resolve
from whybounce.smtp import command_in, for_matching, remote_host_in, without_host_names

HELD_OUT = Path(__file__).resolve().parent / "fixtures" / "real-mta-heldout"
REAL = Path(__file__).resolve().parent / "fixtures" / "real-mta"


@pytest.mark.parametrize(("text", "command"), [
    ("host r2.example.org[198.51.100.18] refused to talk to me: 554 Blocked", "CONN"),  # Postfix greeting
    ("SMTP error from remote mail server after initial connection: 554 5.7.1", "CONN"),  # Exim
    # Exim 4.96 when it pipelined the command (tests/fixtures/real-mta-heldout/exim/mail-*.eml)
    ("SMTP error from remote mail server after pipelined MAIL FROM:<a@example.jp> SIZE=1741: 421 4.7.0", "MAIL"),
    ("SMTP error from remote mail server after pipelined RCPT TO:<b@example.jp>: 550 5.1.1", "RCPT"),
    ("550 5.1.1 <a@example.jp>... User unknown (in reply to RCPT TO command)", "RCPT"),
    ("550 Unknown user a@example.jp (in reply to end of DATA command)", "DATA"),
    ("550 5.7.1 mailbox unavailable", None),
    # D56: the sending MTA's own words for the step, no reply quoted (Postfix 3.7 smtp_proto.c / smtp_trouble.c;
    # Exim 4.96 transports/smtp.c); tests/fixtures/real-mta/postfix/conn-timeout-*, data-lost-connection-*
    ("conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting", "CONN"),
    ("lost connection with mx.example.org[192.0.2.1] while performing the EHLO handshake", "EHLO"),
    ("conversation with mx.example.org[192.0.2.1] timed out while performing the HELO handshake", "HELO"),
    ("lost connection with mx.example.org[192.0.2.1] while sending MAIL FROM", "MAIL"),
    ("conversation with mx.example.org[192.0.2.1] timed out while sending RCPT TO", "RCPT"),
    ("lost connection with mx.example.org[192.0.2.1] while sending DATA command", "DATA"),
    ("conversation with mx.example.org[192.0.2.1] timed out while sending message body", "DATA"),
    ("lost connection with mx.example.org[192.0.2.1] while sending end of data -- message may be sent more than once",
     "DATA"),
    ("Cannot start TLS: handshake failure", "STARTTLS"),
    ("SMTP timeout after RCPT TO:<b@example.jp>", "RCPT"),
    ("SMTP timeout after MAIL FROM:<a@example.jp>", "MAIL"),
    ("Remote host closed connection in response to EHLO mta.example.jp", "EHLO"),
    ("Remote host closed connection in response to STARTTLS", "STARTTLS"),
    ("SMTP timeout after end of data (1234 bytes written)", "DATA"),
    ("connect to mx.example.org[192.0.2.1]:25: Connection refused", None),  # no command was sent
    ("Connection timed out while connecting to the server", None),  # a server's words: no step of the table
    # session 57 (lead): Postfix 3.7 smtp_sasl_glue.c and smtp_proto.c (tests/fixtures/documented-replies/postfix.yaml)
    # (no AUTH was sent: the client's SASL library found no mechanism it shares with the server)
    ("SASL authentication failed; cannot authenticate to server mx.example.net[192.0.2.20]: no mechanism available",
     None),
    ("SASL authentication failed; server relay.example.net[192.0.2.30] said: 535 5.7.8 Error: authentication failed",
     "AUTH"),
    ("Server certificate not verified", "STARTTLS"),
    ("Server certificate not trusted", "STARTTLS"),
    ("The server certificate not yet valid for this client", None),  # not Postfix's sentence
    # session 59 (K59B): the server's reply to STARTTLS quoted by the sending MTA. The command's name is longer than
    # the four letters the other commands have, and was cut to "star", naming nothing (Postfix 3.7 smtp_proto.c
    # smtp_helo(): «TLS is required, but host %s refused to start TLS: %s»; the "(in reply to X command)" and Exim's
    # "after X" frames name the command whole)
    ("TLS is required, but host mx.example.net[192.0.2.25] refused to start TLS: 454 4.7.0 TLS not available",
     "STARTTLS"),
    ("host mx.example.net[192.0.2.25] said: 554 Unable to initialize security subsystem (in reply to STARTTLS "
     "command)", "STARTTLS"),
    ("SMTP error from remote mail server after STARTTLS: 554 5.7.0 no", "STARTTLS"),
    ("SMTP error from remote mail server after pipelined STARTTLS: 454 4.7.0 no", "STARTTLS"),
    ("host mx.example.net[192.0.2.25] refused to talk to me: 554 go away", "CONN"),
    ("the server refused to start the transfer: 554 no", None),  # "start" without TLS names no command
])
def test_the_smtp_step_a_text_names(text: str, command: str | None) -> None:
    assert command_in(text) == command


def test_sendmail_quit_reply_gives_way_to_the_refusal_in_the_transcript() -> None:
    """Sendmail 8.17 records the 221 to the QUIT it sent after a 421 as the DSN's Diagnostic-Code; the transcript has
    the refusal itself (real-MTA held-out fixture, made by Sendmail on loopback)."""
    raw = (HELD_OUT / "sendmail" / "data-421-4728-gmail-rate-limited.eml").read_bytes()
    assert b"Diagnostic-Code: SMTP; 221 2.0.0 Bye" in raw
    r = explain_bytes(raw).to_dict()["recipients"][0]
    assert (r["reply_code"], r["status"], r["command"]) == ("421", "4.7.28", "DATA")
    assert r["diagnostic"].startswith("421-4.7.28 Our system has detected") and "Bye" not in r["diagnostic"]


SENDMAIL_PIPELINED = """From: Mail Delivery Subsystem <MAILER-DAEMON@mta.example.jp>
To: hanako@example.jp
Subject: Warning: could not send message for past 4 hours
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="S1"

--S1

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> DATA
<<< {reply}
>>> QUIT
<<< 554 5.5.1 Error: no valid recipients
221 2.0.0 Bye
<taro@example.org>... Deferred: {reply}

--S1
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.example.jp

Final-Recipient: RFC822; taro@example.org
Action: {action}
Status: {status}
Diagnostic-Code: SMTP; 554 5.5.1 Error: no valid recipients

--S1--
"""


@pytest.mark.parametrize(("action", "status"), [("delayed", "4.0.0"), ("failed", "4.4.7")])
def test_sendmail_reads_the_reply_its_recipient_line_quotes_not_the_last_one(action: str, status: str) -> None:
    """Sendmail 8.17 pipelines RCPT and DATA: the refusal of the recipient comes after ">>> DATA", and the DSN's
    Diagnostic-Code keeps the session's last reply, a 554 under a 4.x.x Status.  The recipient's own line quotes
    the reply that deferred it (tests/fixtures/real-mta-heldout4/sendmail/rcpt-421-*.eml has this shape)."""
    raw = SENDMAIL_PIPELINED.format(reply="452 4.2.2 Mailbox full", action=action, status=status).encode()
    r = explain_bytes(raw).to_dict()["recipients"][0]
    assert (r["reply_code"], r["reason"]) == ("452", "mailboxfull")
    assert r["diagnostic"] == "452 4.2.2 Mailbox full"


def test_phrases_never_match_inside_an_address() -> None:
    """Exim cut a 450 off after the address: "<ratelimit@...>" must not read as a rate limit."""
    text = for_matching("450 4.7.1 <ratelimit@rcpt.example>: Recipie")
    assert "ratelimit" not in text and "<@>" in text
    assert for_matching("550 <a@ezweb.ne.jp>: User unknown") == "550 <@>: user unknown"


# A multi-line reply quoted after the sending MTA's own words: the first line's hyphen continues the reply (RFC 5321
# section 4.2.1) wherever the reply starts, so its first word is a word (session 44, X44: Exim's
# tests/fixtures/real-mta-catalogue/exim/cyrus-550-5-7-1-you-do-not-have-permission-to-post-a-message.eml)
FIRST_LINE_AFTER_A_FRAME = [
    ("SMTP error from remote mail server after end of data: 550-You do not have permission 550 to post",
     "data: 550 you do not have permission to post"),
    ("host mx.example.net [192.0.2.1]: 452-4.2.2 The mailbox is full 452-4.2.2 try later",
     "[192.0.2.1]: 452 4.2.2 the mailbox is full try later"),
]


@pytest.mark.parametrize(("text", "part"), FIRST_LINE_AFTER_A_FRAME)
def test_the_first_line_of_a_framed_multi_line_reply_is_words(text: str, part: str) -> None:
    assert part in for_matching(text)


def test_phrases_never_match_inside_a_framed_host_name() -> None:
    """The server an MTA names with its address ("host mx.antispam.example.net [192.0.2.1]") is not the server's
    words: "spam" there is no verdict.  A name inside the reply (a block list's zone) is kept."""
    text = for_matching("host mx.antispam.example.net [192.0.2.1] SMTP error from remote mail server after RCPT"
                        " TO:<a@example.net>: 550 mailbox refused")
    assert "spam" not in without_host_names(text) and len(without_host_names(text)) == len(text)
    zone = for_matching("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org")
    assert without_host_names(zone) == zone
    ev = Evidence(address="a@example.net", command="RCPT", reply_code="550", status="5.0.0",
                  diagnostic="host mx.antispam.example.net [192.0.2.1]: 550 mailbox refused")
    assert resolve(ev, "bounce", "exim").reason != "spamdetected"


def test_a_status_sendmail_made_from_the_bare_reply_code_decides_nothing() -> None:
    """Sendmail writes a Status for a reply without one (smtptodsn: 552 -> 5.2.2, a 550 to RCPT TO -> 5.1.1); a
    content refusal answered "552" is no full mailbox.  A status the server sent itself still counts."""
    raw = (HELD_OUT.parent / "real-mta-heldout2" / "sendmail" / "rcpt-550-haraka-cannot-deliver.eml").read_bytes()
    assert b"Status: 5.1.1" in raw and b"550 I cannot deliver mail for" in raw
    report = engine.detect(Mail(raw))
    assert report is not None and report.format == "sendmail"
    assert [ev.status_from_reply_code for ev in report.evidence] == [True]
    found = explain_bytes(raw).to_dict()["recipients"][0]
    assert found["status"] == "5.1.1" and found["status_from_reply_code"] is True
    assert "made it from the reply code 550" in found["card"]["admin"]
    raw = (HELD_OUT / "sendmail" / "data-421-4728-gmail-rate-limited.eml").read_bytes()  # "421-4.7.28 ..."
    report = engine.detect(Mail(raw))
    assert report is not None and [ev.status_from_reply_code for ev in report.evidence] == [False]
    made = Evidence(address="a@example.net", command="DATA", reply_code="552", status="5.2.2",
                    diagnostic="552 message refused by the anti-spam engine", status_from_reply_code=True)
    assert resolve(made, "bounce", "sendmail").reason == "spamdetected"  # a hint's word outranks the bare code
    sent = Evidence(address="a@example.net", command="DATA", reply_code="552", status="5.2.2",
                    status_from_text="5.2.2", diagnostic="552 5.2.2 refused by the anti-spam engine")
    assert resolve(sent, "bounce", "sendmail").rule == "status.X.2.2"


# session 44 (X44): what Sendmail 8.17 writes for a bare 5xx to MAIL FROM (smtpmailfrom() in usersmtp.c), not
# smtptodsn()'s table: a status it made, read as nothing (the kit's Sendmail wrote 5.3.4 for "552 mail from invalid.")
MADE_AT_MAIL_FROM = [("552", "5.3.4"), ("501", "5.5.2"), ("550", "5.0.0"), ("551", "5.0.0")]


@pytest.mark.parametrize(("code", "status"), MADE_AT_MAIL_FROM)
def test_the_status_sendmail_makes_for_a_bare_reply_to_mail_from(code: str, status: str) -> None:
    from whybounce.formats.sendmail import _made_from_reply_code

    ev = Evidence(address="a@example.net", command="MAIL", reply_code=code, status=status,
                  diagnostic=f"{code} mail from invalid.")
    assert _made_from_reply_code(ev)
    ev.status_from_text = status  # the server's own status is no translation
    assert not _made_from_reply_code(ev)


# session 47 (X47): Sendmail reads a reply's status only right after its code (usersmtp.c reply(): extenhsc(bufp + 4,
# ...)); a status elsewhere in the words is none to it, and the Status it wrote is its smtptodsn() of the code
STATUS_ELSEWHERE = [
    ("DATA", "552", "5.2.2", "552 dspam says, no spam please (#5.6.1)", True),  # qmail's place: not read
    ("RCPT", "452", "4.3.1", "452 max rcpt limit exceeded (#5.7.1)", True),
    ("DATA", "552", "5.2.2", "552 5.2.2 Mailbox full (#5.2.2)", False),  # right after the code: the server's own
    ("DATA", "552", "5.2.2", "552-5.2.2 Mailbox full", False),
]


@pytest.mark.parametrize(("command", "code", "status", "said", "made"), STATUS_ELSEWHERE)
def test_a_status_away_from_the_code_is_none_of_sendmails(command: str, code: str, status: str, said: str,
                                                          made: bool) -> None:
    from whybounce.formats.sendmail import _made_from_reply_code
    from whybounce.smtp import fill_from_text

    ev = Evidence(address="a@example.net", command=command, reply_code=code, status=status, diagnostic=said)
    fill_from_text(ev, said)
    assert ev.status_from_text is not None
    assert _made_from_reply_code(ev) is made


MBOX = (
    b"From MAILER-DAEMON  Thu Jul  2 12:05:05 2020\n"
    b"Subject: one\n\nbody one\n--B--\n"
    b"From double-bounce@tr2.example.com  Thu Jul  2 12:05:05 2020\n"  # no blank line before it
    b"Subject: two\n\nFrom me, with love: not a separator\n\n"
    b"From nobody Fri Jul  3 01:02:03 2020\n"
    b"Subject: three\n\nbody three\n"
)


def test_mbox_messages_start_at_dated_from_lines_even_without_a_blank_line() -> None:
    items = list(read_stream(io.BytesIO(MBOX), "box"))
    assert [i.source for i in items] == ["box#1", "box#2", "box#3"]
    assert items[1].raw is not None and b"From me, with love" in items[1].raw


SENDMAIL_GREETING = b"""From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>
To: hanako@example.jp
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="S1"

--S1

   ----- The following addresses had permanent fatal errors -----
<taro@example.org>
    (reason: 554 IP=192.0.2.254 - A problem occurred. (BL))

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
<<< 554 IP=192.0.2.254 - A problem occurred. (BL)
554 5.0.0 Service unavailable

--S1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.jp

Final-Recipient: RFC822; taro@example.org
Action: failed
Status: 5.5.0
Diagnostic-Code: SMTP; 554 IP=192.0.2.254 - A problem occurred. (BL)

--S1--
"""


def test_sendmail_reply_before_any_command_is_a_greeting_refusal() -> None:
    """Sendmail logs no ">>>" line before the server's first words: it was turned away on connecting."""
    (f,) = explain_bytes(SENDMAIL_GREETING).recipients
    assert (f.command, f.reason) == ("CONN", "blocked")


# The server the sending MTA names when no reply frames it (smtp.remote_host_in): Postfix 3.7's smtp_trouble.c and
# smtp_connect.c, Sendmail 8.17's usersmtp.c reply() (session 56, D56)
@pytest.mark.parametrize(("text", "host"), [
    ("host mx.example.org[192.0.2.1] said: 550 5.1.1 unknown", "mx.example.org"),
    ("connect to mx.example.org[192.0.2.1]:25: Connection refused", "mx.example.org"),
    ("conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting",
     "mx.example.org"),
    ("lost connection with mx.example.org[2001:db8::1] while sending end of data -- message may be sent more than once",
     "mx.example.org"),
    ("451 4.4.1 reply: read error from mx.example.org.", "mx.example.org"),
    ("421 4.4.1 Connection reset by mx.example.org", "mx.example.org"),
    ("Connection reset by peer", None),
    ("554 Connection refused by policy", None),
])
def test_the_server_a_text_names(text: str, host: str | None) -> None:
    assert remote_host_in(text) == host


def test_sendmail_names_the_server_of_a_refusal_before_rcpt() -> None:
    """Sendmail 8.17 writes no Remote-MTA for a refusal of the greeting, EHLO or MAIL FROM; its transcript's "while
    talking to" names the server (tests/fixtures/real-mta-heldout/sendmail/conn-*, mail-*)."""
    (f,) = explain_bytes(SENDMAIL_GREETING).recipients
    assert f.remote_mta == "mx.example.org"
    raw = (HELD_OUT / "sendmail" / "mail-550-545-gmail-sending-quota.eml").read_bytes()
    assert b"Remote-MTA" not in raw
    r = explain_bytes(raw).to_dict()["recipients"][0]
    assert (r["command"], r["remote_mta"]) == ("MAIL", "mx.mail-550-545-gmail-sending-quota.heldout.example")


@pytest.mark.parametrize(("name", "command", "host"), [
    ("conn-timeout-expired.eml", "CONN", "mx.silent.example"),
    ("data-lost-connection-expired.eml", "DATA", "mx.dropdata.example"),
    ("conn-refused-expired.eml", None, "mx.refused.example"),
])
def test_postfix_names_the_step_and_server_of_a_failed_conversation(name: str, command: str | None,
                                                                     host: str) -> None:
    """Postfix 3.7 quotes no reply when the server never answered; its own words name the step and the server
    (tests/fixtures/real-mta/postfix, labelled by reading the bounces)."""
    raw = (REAL / "postfix" / name).read_bytes()
    r = explain_bytes(raw).to_dict()["recipients"][0]
    assert (r["command"], r["remote_mta"], r["reply_code"]) == (command, host, None)


APPLE_UNSUBSCRIBE = b"""From: someone@icloud.com
To: opt-out-1234@lists.example.org
Subject: unsubscribe
Auto-Submitted: auto-replied
X-Apple-Unsubscribe: true
Content-Type: text/plain; charset=UTF-8

Apple Mail sent this email to unsubscribe from the message "Weekly news".
"""


@pytest.mark.parametrize(("lang", "title"), [("en", "A recipient asked to unsubscribe"),
                                              ("ja", "受信者から配信停止の依頼が届きました")])
def test_apple_mail_unsubscribe_request_is_feedback_not_a_holiday_notice(lang: str, title: str) -> None:
    result = explain_bytes(APPLE_UNSUBSCRIBE, lang=lang)
    (f,) = result.recipients
    assert (result.kind, f.address, f.reason) == ("feedback", "someone@icloud.com", "feedback")
    assert f.card is not None and f.card.title == title and f.card.who == "sender"


@pytest.mark.parametrize(("status", "diagnostic", "reason"), [
    # a local delivery program failed (Diagnostic-Code: X-Unix; ...): a status the MTA mapped from its exit code
    # (sysexits EX_NOUSER -> 5.1.1) and words that name a reason outrank the bare fact that a program failed
    ("5.1.1", 'procmail: Couldn\'t create "/var/spool/mail/neko" id: r.example.org: No such user', "userunknown"),
    ("5.3.0", "procmail: Lock failure on \"/var/mail/neko.lock\"", "mailererror"),
    ("5.1.1", "mailbox: no such user here", "userunknown"),  # the MTA mapped EX_NOUSER to 5.1.1
    ("5.2.2", "mailbox: quota exceeded", "mailboxfull"),
    ("4.3.0", "mail store temporarily unavailable", "mailererror"),
])
def test_a_failed_local_delivery_program(status: str, diagnostic: str, reason: str) -> None:
    from whybounce.model import Evidence
    from whybounce.resolve import resolve

    ev = Evidence(address="neko@example.org", status=status, diagnostic=diagnostic, diagnostic_type="x-unix",
                  action="failed")
    assert resolve(ev, "bounce", "postfix").reason == reason


def test_a_final_report_reads_the_cause_from_the_temporary_reply_it_quotes() -> None:
    """Exim's final report of a deferred message has no status of its own beyond 5.0.0; the reply it quotes
    named the cause (4.2.2: the mailbox is full).  RFC 3463: the class says final or not, subject and detail say
    what.  The status shown stays the report's own."""
    ev = Evidence(address="a@example.net", command="RCPT", reply_code="452", status="5.0.0",
                  status_from_text="4.2.2", diagnostic="retry timeout exceeded: 452 4.2.2 Speicher voll")
    assert resolve(ev, "bounce", "exim").reason == "mailboxfull"
    same_class = Evidence(address="a@example.net", command="RCPT", reply_code="552", status="5.0.0",
                          status_from_text="5.2.2", diagnostic="552 5.2.2 Speicher voll")
    assert resolve(same_class, "bounce", "exim").reason == "mailboxfull"


# OpenSMTPD 6.8 joins a multi-line reply's lines after their reply codes with nothing between them, and drops a
# repeated status only when it is one digit each side of its dots (smtpd/mta_session.c): the reply's own status glued
# to the word before it is taken out for matching (session 48, X48); anything else stays (the last three rows)
@pytest.mark.parametrize(("reply", "matched"), [
    ("550-#5.7.1 Your access to submit messages to this e-mail system has been#5.7.1 rejected.",
     "550 #5.7.1 your access to submit messages to this e-mail system has been rejected."),
    ("421-4.7.29 Your email has been sent without a TLS4.7.29 connection.",
     "421 4.7.29 your email has been sent without a tls connection."),
    ("550-5.7.25 The IP address sending this message does not have a PTR record setup,5.7.25 or the corresponding",
     "550 5.7.25 the ip address sending this message does not have a ptr record setup, or the corresponding"),
    ("550 5.7.1 see (#5.7.1) for more", "550 5.7.1 see (#5.7.1) for more"),
    ("451 4.7.1 greylisted4.7.2 retry", "451 4.7.1 greylisted4.7.2 retry"),
    ("550 rejected5.7.1 here", "550 rejected5.7.1 here"),
])
def test_a_status_glued_by_opensmtpds_join_is_taken_out(reply: str, matched: str) -> None:
    assert for_matching(reply) == matched


@pytest.mark.parametrize(("reply", "temporary", "state"), [
    # Zulip's email gateway (tests/fixtures/documented-replies/zulip-email-gateway.yaml): a 550 with a class-4 status
    ("550 4.7.0 Rate-limited due to too many emails on this realm.", False, "limit"),
    # qmail-ldap's auth_smtp: a 501 with "(#4.3.0)" in its words (documented-replies/qmail-ldap.yaml)
    ("501 authentication exchange aborted. (#4.3.0)", False, "permanent"),
    # Google's documented 421 with a class-5 status (documented-replies/gmail.yaml): the reply code still says retry
    ("421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with "
     "either the authenticated SPF or DKIM organizational domain.", True, "temporary"),
    ("550 5.7.1 Rejected by policy", False, "permanent"),
    ("451 4.7.1 Try again later", True, "temporary"),
])
def test_a_pasted_reply_is_temporary_by_its_reply_code(reply: str, temporary: bool, state: str) -> None:
    """The reply code tells the client whether to retry (RFC 5321 §4.2.1); an enhanced status of another class is
    out of protocol (RFC 3463 §2) and Postfix's SMTP client ignores it (smtp_chat.c), so it does not make a 550
    temporary nor a 421 final."""
    finding = explain_line(reply).finding
    assert (finding.temporary, finding.timing.state if finding.timing else None) == (temporary, state)


_EXIM_FILE_DELIVERY = """From: Mail Delivery System <Mailer-Daemon@mx.example.net>
To: sender@example.jp
Subject: Mail delivery failed: returning message to sender
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {head}
    generated by kijitora@example.net
    mailbox is full: retry timeout exceeded
"""


@pytest.mark.parametrize("head", [
    "save to /var/spool/mail/example.net/kijitora",  # lhost-exim-60's form, a filter's save
    "/home/kijitora/mbox",  # a file named by a forward or alias file
])
def test_an_exim_file_delivery_names_the_address_that_generated_it(head: str) -> None:
    """Exim shows a failed delivery to a file by its path and the address it came from in a "generated by" line
    (Exim's specification, "Bounce messages"; ../shared/corpus lhost-exim-60): the recipient shown is that address,
    not the word "save"."""
    (finding,) = explain_bytes(_EXIM_FILE_DELIVERY.format(head=head).encode()).recipients
    assert finding.address == "kijitora@example.net"
