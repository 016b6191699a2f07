"""Session 42 (helper K2-42): the grammar of a refusal framed "<what> rejected: <why>", and colons inside a clause
(issue 13).

Postfix builds every smtpd restriction's reply on one template, «<%s>: %s rejected: %s» (smtpd_check.c; the middle
%s is "Client host", "Helo command", "Sender address", "Recipient address", "Data command"), and its access(5)
REJECT text fills the last %s; LumiSoft.Net's SMTP server writes «421 Client host rejected: too many connections,
please try again later.», OpenSMTPD «550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822
compliant» (RFC 3463's X.7.1 text, then why).  The words before the colon say WHAT was refused, those after it WHY
(RFC 5321 §4.2: the text after the code is the server's own).  Each row is a documented wording, read pasted and as
a Postfix bounce."""

from __future__ import annotations

import pytest
from documented import read_as_bounce, read_without_its_family
from whybounce import explain_line
from whybounce.resolve import knowledge
from whybounce.smtp import for_matching

# (reply, reason, rule): a phrase after the colon says why, shorter than the frame's phrase
WHY_AFTER_THE_COLON: list[tuple[str, str, str]] = [
    # pruiz/LumiSoft.Net 927d51dc Net/SMTP/Server/SMTP_Server.cs (OnMaxConnectionsExceeded, ...PerIPExceeded)
    ("421 Client host rejected: too many connections, please try again later.", "toomanyconn",
     "reason.toomanyconn.too-many-connections"),
    ("421 Client host rejected: too many connections from your IP(192.0.2.10), please try again later.",
     "toomanyconn", "reason.toomanyconn.too-many-connections"),
]

# (reply, reason): a why about the destination mailbox or its domain explains only a frame about them too: Postfix's
# own texts (Debian 12's /usr/lib/postfix/sbin/smtpd: «<%s>: %s rejected: Host not found», «... Domain not found»,
# «... Domain %s does not accept mail (nullMX)»), where the domain is the HELO name's or the sender's
FRAME_NAMES_WHOSE: list[tuple[str, str]] = [
    ("450 4.7.1 <mail.example.org>: Helo command rejected: Host not found", "blocked"),
    ("450 4.1.8 <alice@example.invalid>: Sender address rejected: Domain not found", "rejected"),
    ("550 5.7.27 <alice@example.net>: Sender address rejected: Domain example.net does not accept mail (nullMX)",
     "rejected"),
    # the frame names the recipient: its domain is the cause
    ("450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found", "hostunknown"),
    # frame and cause agree
    ("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table", "userunknown"),
]


@pytest.mark.parametrize(("reply", "reason", "rule"), WHY_AFTER_THE_COLON, ids=[r[0][:60] for r in WHY_AFTER_THE_COLON])
def test_the_words_after_the_colon_say_why(reply: str, reason: str, rule: str) -> None:
    finding = explain_line(reply).finding
    assert (finding.reason, finding.rule) == (reason, rule)
    in_bounce = read_as_bounce(reply, None)
    assert (in_bounce.reason, in_bounce.rule) == (reason, rule)


@pytest.mark.parametrize(("reply", "reason"), FRAME_NAMES_WHOSE, ids=[r[0][:60] for r in FRAME_NAMES_WHOSE])
def test_the_frame_says_whose_domain(reply: str, reason: str) -> None:
    assert explain_line(reply).finding.reason == reason
    assert read_as_bounce(reply, "RCPT").reason == reason


# session 42 (RV42): the active "need" after the colon says what the server needs (the object after it), not that the
# command named in the frame is required: Postfix's reject_non_fqdn_helo_hostname (postconf(5)), «504 5.5.2 <%s>:
# Helo command rejected: need fully-qualified hostname», is the HELO name's refusal (blocked), as before the frame rule
def test_need_after_the_colon_is_not_the_frames_command_required() -> None:
    reply = "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"
    finding = explain_line(reply).finding
    assert (finding.reason, finding.rule) == ("blocked", "reason.blocked.helo-command-rejected")
    read = knowledge().clauses.find(for_matching(reply))
    assert "command-required" not in {clause.rule.rsplit(".", 1)[1] for clause, *_ in read}
    # the participle still reads: RFC 5321 §4.1.4's greeting, named as required or needed
    assert explain_line("503 5.5.1 EHLO needed").finding.rule == "reason.syntaxerror.command-required"


# (text, clause): the words a clause reads. A header field named as written, with its colon, before "header" (RFC 5322
# §2.2): the colon is the field's, and "<Field>: header" one subject
CLAUSES: list[tuple[str, str]] = [
    ("550 5.7.1 Messages missing a valid Message-ID: header are not accepted.", "header-missing-or-repeated"),  # Gmail
    ("Missing Message-Id: header", "header-missing-or-repeated"),  # SpamAssassin's MISSING_MID, as its reports quote it
    ("Missing Date: header", "header-missing-or-repeated"),        # SpamAssassin's MISSING_DATE
    # "<what>: <value>", a value of one word that ends the reply: one statement, as a header field's name and body
    # (RFC 5322 §2.2) or a DSN's "Action: failed" (RFC 3464 §2.3.3); the Spanish reply PHP bounce handlers list
    ("El usuario esta en estado: inactivo", "recipient-disabled"),
    # an RFC's number says which standard: "not RFC 2822 compliant" is "not RFC compliant" (OpenSMTPD's smtpd; Gmail's
    # «550-5.7.1 ... this message is not RFC 5322 compliant»)
    ("Message is not RFC 2822 compliant", "message-non-compliant"),
    ("Our system has detected that this message is not RFC 5322 compliant.", "message-non-compliant"),
]

# (text, clause): a colon followed by more than one word still ends the clause
NOT_ACROSS: list[tuple[str, str]] = [
    ("El usuario esta en estado: consulte al administrador, inactivo", "recipient-disabled"),
]


@pytest.mark.parametrize(("text", "rule"), NOT_ACROSS, ids=[r[0][:50] for r in NOT_ACROSS])
def test_a_colon_before_more_than_a_value_ends_the_clause(text: str, rule: str) -> None:
    assert rule not in {clause.rule.rsplit(".", 1)[1] for clause, *_ in knowledge().clauses.find(for_matching(text))}


@pytest.mark.parametrize(("text", "rule"), CLAUSES, ids=[r[0][:50] for r in CLAUSES])
def test_a_clause_reads_the_wording(text: str, rule: str) -> None:
    assert rule in {clause.rule.rsplit(".", 1)[1] for clause, *_ in knowledge().clauses.find(for_matching(text))}


# (catalogue id, reason, rule) read without what only the reply's own family supports (tools/evaluate.py's
# leave-one-family-out figure)
LEFT_OUT: list[tuple[str, str, str]] = [
    ("gmail-550-5-7-1-missing-message-id", "notcompliantrfc", "reason.notcompliantrfc.header-missing-or-repeated"),
    ("bh-es-el-usuario-esta-en-estado-inactivo", "suspend", "reason.suspend.recipient-disabled"),
    # RFC 3463's X.7.1 text frames OpenSMTPD's why: the clause after the colon says it, the frame's phrase yields
    ("opensmtpd-550-5-7-1-not-rfc-2822-compliant", "notcompliantrfc", "reason.notcompliantrfc.message-non-compliant"),
]


@pytest.mark.parametrize(("entry_id", "reason", "rule"), LEFT_OUT, ids=[r[0] for r in LEFT_OUT])
def test_read_without_what_only_its_family_supports(entry_id: str, reason: str, rule: str) -> None:
    entry, finding = read_without_its_family(entry_id)
    assert (finding.reason, finding.rule) == (reason, rule)
    assert reason in entry["reasons"]
