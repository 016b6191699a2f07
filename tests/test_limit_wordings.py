"""Session 58 (K58D): the documented limit replies of MTAs, filters and providers, read at every stage (table-driven).

The vocabulary separates a COUNT of connections or sessions the client holds at once (``toomanyconn``), a RATE or
quota of what the client sends per period (``speeding``) and the receiving system's own load or resources
(``systemfull``/``systemerror``).  The words decide, not the stage they were answered at: a rate limit at the
greeting is the client's rate (session 57, K57D: limit words over the greeting's "not now" guess), and a connection
count refused at RCPT TO is still a count.  Each row is one product's documented wording; a 4xx row is also read as
the final report of a sender that gave up on it (the giving-up reading yields to a greeting's own words, session 52).

One wording sits between the two on purpose: Postfix answers its connection RATE limit with the count limit's
«too many connections from» (postconf(5) smtpd_client_connection_rate_limit), and the Sisimai-labelled corpus reads
Sendmail's «Connection rate limit exceeded» and QQ's «Connection frequency limited» as toomanyconn, so a rate of
new connections stays toomanyconn; rates of messages, recipients, AUTH commands and new TLS sessions are speeding.
"""

from __future__ import annotations

import pytest
from documented import postfix_bounce, read_as_bounce
from whybounce import explain_bytes, explain_line

POSTFIX_CONF = "https://www.postfix.org/postconf.5.html"
EXIM_MAIN = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-main_configuration.html"
EXIM_ACL = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html"

LIMITS = [
    # (id, documented reply, reason, source)
    # a count of connections or sessions at once, or of messages over one connection
    ("postfix-connection-count", "421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1",
     "toomanyconn", f"{POSTFIX_CONF}#smtpd_client_connection_count_limit (and postscreen's count limit)"),
    ("exim-accept-max-per-host",
     "421 mx.example.com Too many concurrent SMTP connections from this IP address; please try again later.",
     "toomanyconn", f"{EXIM_MAIN} smtp_accept_max_per_host"),
    ("exim-accept-max", "421 mx.example.com Too many concurrent SMTP connections; please try again later.",
     "toomanyconn", f"{EXIM_MAIN} smtp_accept_max"),
    ("exim-max-per-connection", "421 too many messages in this connection", "toomanyconn",
     f"{EXIM_MAIN} smtp_accept_max_per_connection"),
    ("sendmail-conncontrol", "452 4.3.2 Too many open connections.", "toomanyconn",
     "Sendmail 8.17 cf/m4/proto.m4 FEATURE(conncontrol)"),
    ("sendmail-ratecontrol", "452 4.3.2 Connection rate limit exceeded.", "toomanyconn",
     "Sendmail 8.17 cf/m4/proto.m4 FEATURE(ratecontrol); Sisimai corpus lhost-postfix-09 (toomanyconn)"),
    ("mox-open-connections", "421 4.7.0 too many open connections from your ip or network", "toomanyconn",
     "mjl-/mox smtpserver/server.go (connection limiter)"),
    # a rate or quota of what the client sends per period
    ("postfix-message-rate", "450 4.7.1 Error: too much mail from 192.0.2.1", "speeding",
     f"{POSTFIX_CONF}#smtpd_client_message_rate_limit"),
    ("postfix-recipient-rate", "450 4.7.1 Error: too many recipients from 192.0.2.1", "speeding",
     f"{POSTFIX_CONF}#smtpd_client_recipient_rate_limit"),
    ("postfix-auth-rate", "450 4.7.1 Error: too many AUTH commands from 192.0.2.1", "speeding",
     f"{POSTFIX_CONF}#smtpd_client_auth_rate_limit"),
    ("postfix-new-tls-session-rate", "454 4.7.0 Error: too many new TLS sessions from 192.0.2.1", "speeding",
     f"{POSTFIX_CONF}#smtpd_client_new_tls_session_rate_limit"),
    ("exim-ratelimit", "451 4.7.1 Sender rate exceeds 100 messages per 1h", "speeding",
     f"{EXIM_ACL} 'Rate limiting incoming messages'"),
    ("gmail-receiving-too-quickly", "450 4.2.1 The user you are trying to contact is receiving mail too quickly. "
     "Please resend your message at a later time.", "speeding", "https://support.google.com/a/answer/3726730"),
    ("gmail-daily-quota", "550 5.4.5 Daily user sending quota exceeded.", "speeding",
     "https://support.google.com/a/answer/3726730"),
    ("ses-sending-rate", "454 Throttling failure: Maximum sending rate exceeded", "speeding",
     "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html"),
    ("mox-messages-per-day", "452 4.2.2 more than 10000 messages in past 24h0m0s from your ip/network", "speeding",
     "mjl-/mox smtpserver/server.go (per-IP message limiter)"),
    # the receiving system's own load or resources, with no limit on the client named
    ("exim-load-reserve", "421 mx.example.com Too much load; please try again later.", "systemfull",
     f"{EXIM_MAIN} smtp_load_reserve"),
    ("postscreen-no-resources", "421 4.3.2 No system resources", "systemfull",
     "Postfix postscreen(8) (out of resources for a new connection)"),
]

STAGES = ("CONN", "EHLO", "MAIL", "RCPT", "DATA")


@pytest.mark.parametrize(("reply", "reason"), [r[1:3] for r in LIMITS], ids=[r[0] for r in LIMITS])
def test_limit_words_decide_at_every_stage(reply: str, reason: str) -> None:
    """The reason is the words', pasted or answered at any stage of the session."""
    assert explain_line(reply).finding.reason == reason
    for command in STAGES:
        assert read_as_bounce(reply, command).reason == reason, command


def gave_up_at_the_greeting(reply: str) -> bytes:
    """Postfix's final report of a temporary greeting it kept getting until the message expired: the delay notice
    of :func:`documented.postfix_bounce` with its action and lead turned final (RFC 3464 §2.3.3 ``failed``)."""
    raw = postfix_bounce({"reply": reply, "file": "x.yaml", "id": "x", "command": "CONN", "temporary": True})
    warning = raw.index(b"####")
    lead_end = raw.index(b"old.", warning) + len(b"old.")
    final = b"I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients."
    raw = raw[:warning] + final + raw[lead_end:]
    return raw.replace(b"Action: delayed", b"Action: failed").replace(b"Delayed Mail (still being retried)",
                                                                        b"Undelivered Mail Returned to Sender")


@pytest.mark.parametrize(("reply", "reason"), [r[1:3] for r in LIMITS if r[1].startswith("4")],
                         ids=[r[0] for r in LIMITS if r[1].startswith("4")])
def test_a_final_report_of_a_limit_at_the_greeting_keeps_the_limit(reply: str, reason: str) -> None:
    """A sender that gave up on a temporary greeting naming a limit: the limit is still the story, not giving up."""
    (finding,) = explain_bytes(gave_up_at_the_greeting(reply)).recipients
    assert not finding.temporary
    assert finding.reason == reason


def test_every_row_names_its_source() -> None:
    assert all(row[3] for row in LIMITS)
    assert len({row[0] for row in LIMITS}) == len(LIMITS)
