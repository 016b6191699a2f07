"""Refusals at MAIL FROM: how the sender checks of the MTAs read (session 58, helper K58B).

RFC 5321 §3.3 and §4.1.1.2: the reply to MAIL concerns the reverse-path (the envelope sender) or the session.  Each
row is an MTA's own text for a check it makes there, read in a Postfix bounce answered at MAIL FROM
(tests/documented.py), with the reason, who the card sends the reader to, and whether the reply is temporary, as the
code says.  The sources are named above each group; the catalogue (tests/fixtures/documented-replies) labels the same
texts alike."""

from __future__ import annotations

import pytest
from documented import read_as_bounce

# (reply, reason, card.who): the MTA's own words at MAIL FROM (the class, temporary or not, is the reply code's)
SENDER_CHECKS: list[tuple[str, str, str]] = [
    # Postfix 3.7 smtpd_check.c with smtpd_delay_reject = no (postconf(5)): reject_unknown_sender_domain answers
    # unknown_address_reject_code (450 by default, 550 when set) with 4.1.8/5.1.8; the sender domain's DNS is its
    # administrator's to fix (sender-admin)
    ("450 4.1.8 <alice@example.invalid>: Sender address rejected: Domain not found", "rejected", "sender-admin"),
    ("550 5.1.8 <alice@example.invalid>: Sender address rejected: Domain not found", "rejected", "sender-admin"),
    # reject_non_fqdn_sender (504 5.5.2) and reject_unverified_sender (the probe of the sender address, 4.1.7/5.1.7)
    ("504 5.5.2 <alice>: Sender address rejected: need fully-qualified address", "rejected", "sender-admin"),
    ("450 4.1.7 <alice@example.net>: Sender address rejected: unverified address: host mx.example.net[192.0.2.20] "
     "said: 550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown", "rejected", "sender-admin"),
    ("550 5.1.7 <alice@example.net>: Sender address rejected: undeliverable address: host mx.example.net[192.0.2.20] "
     "said: 550 5.1.1 <alice@example.net>: Recipient address rejected: User unknown", "rejected", "sender-admin"),
    # reject_sender_login_mismatch: the login may not use this address, which the user changes (sender)
    ("553 5.7.1 <ceo@example.com>: Sender address rejected: not owned by user alice", "rejected", "sender"),
    # Exim 4.96 acl.c and smtp_in.c: verify = sender fails («Sender verify failed», with «Verification failed for
    # <a>» and the router's words above it) or cannot finish for now («Could not complete sender verify»: the
    # check is retried, nobody acts)
    ("550-Verification failed for <alice@example.invalid> 550-Unrouteable address 550 Sender verify failed",
     "rejected", "sender-admin"),
    ("451 Could not complete sender verify", "rejected", "nobody"),
    ("451 Could not complete sender verify callout", "rejected", "nobody"),
    # Sendmail 8.17 cf/m4/proto.m4, check_mail: a sender domain that does not exist (PERM: 553 5.1.8) and a sender
    # without a domain (553 5.5.4)
    ("553 5.1.8 <alice@example.invalid>... Domain of sender address alice@example.invalid does not exist",
     "rejected", "sender-admin"),
    ("553 5.5.4 <alice>... Domain name required for sender address alice", "rejected", "sender-admin"),
    # Yahoo's SOA check of the MAIL FROM domain (the catalogue's yahoo-451-unresolvable-rfc5321-from-domain) and the
    # clause "sender domain not resolvable" beside it: the sender domain's administrator fixes its DNS
    ("451 Message temporarily deferred due to unresolvable RFC.5321 from domain", "rejected", "sender-admin"),
    ("450 Sender domain not resolvable", "rejected", "sender-admin"),
    # Postfix anvil (smtpd_client_message_rate_limit, at MAIL FROM) and mailfromd's rate limit: a sending rate, which
    # passes by itself (nobody)
    ("450 4.7.1 Error: too much mail from 192.0.2.10", "speeding", "nobody"),
    ("450 4.7.0 Mail sending rate exceeded. Try again later", "speeding", "nobody"),
]


@pytest.mark.parametrize(("reply", "reason", "who"), SENDER_CHECKS, ids=[r[0][:60] for r in SENDER_CHECKS])
def test_a_sender_check_at_mail_from(reply: str, reason: str, who: str) -> None:
    finding = read_as_bounce(reply, "MAIL")
    assert finding.card is not None
    assert (finding.reason, finding.card.who, finding.temporary) == (reason, who, reply.startswith("4"))


# The look-ups that FAILED for now, not found a domain missing: Sendmail's check_mail answers a TEMP result «451 4.1.8
# Domain of sender address ... does not resolve» (proto.m4, beside the PERM 553 above), Courier's submit a failed DNS
# look-up 417, qmail-ldap's RETURNMXCHECK a DNS_SOFT 421: the catalogue labels each networkerror first (the sender's
# domain checked is the alternate), so they keep networkerror; nobody acts, the retry looks again
LOOKUPS_FOR_NOW: list[str] = [
    "451 4.1.8 Domain of sender address alice@example.net does not resolve",
    "417 DNS lookup failure: example.net.  Try again later.",
    "421 DNS temporary failure at return MX check, try again later (#4.3.0)",
]


@pytest.mark.parametrize("reply", LOOKUPS_FOR_NOW, ids=[r[:60] for r in LOOKUPS_FOR_NOW])
def test_a_sender_domain_look_up_that_failed_for_now_stays_a_network_error(reply: str) -> None:
    finding = read_as_bounce(reply, "MAIL")
    assert finding.card is not None
    assert (finding.reason, finding.card.who, finding.temporary) == ("networkerror", "nobody", True)


# session 58 (K58B): a permanent refusal at MAIL FROM that names the client by its address or host name and nothing
# of the sender's refused the client (stage.mail.refused-host), as K57C reads the same words at RCPT TO: MTAs test the
# client at MAIL FROM too (OpenSMTPD's filters at phase mail-from match src/rdns, smtpd.conf(5); Postfix's sender
# restrictions under smtpd_delay_reject = no; Exim's acl_smtp_mail).  The texts are the operator's own there
CLIENT_NAMED: list[tuple[str, str, str]] = [
    ("550 192.0.2.10 go away", "blocked", "stage.mail.refused-host"),
    ("550 Denied: 192.0.2.10", "blocked", "stage.mail.refused-host"),
    # what stays: the sender's domain ("your domain" at MAIL FROM is the sender's: RFC 5321 §3.3), the sender named
    # beside the client, a temporary refusal ("not now"), and words a phrase reads already
    ("550 Your domain is persona non grata", "rejected", "stage.mail"),
    ("550 Sender alice@example.org from 192.0.2.10 is persona non grata", "rejected", "stage.mail"),
    ("550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org", "blocked",
     "reason.blocked.blocked-using"),
]


@pytest.mark.parametrize(("reply", "reason", "rule"), CLIENT_NAMED, ids=[r[0][:60] for r in CLIENT_NAMED])
def test_the_client_named_at_mail_from(reply: str, reason: str, rule: str) -> None:
    finding = read_as_bounce(reply, "MAIL")
    assert (finding.reason, finding.rule) == (reason, rule)


def test_a_temporary_refusal_naming_the_client_at_mail_from_is_not_read_so() -> None:
    """The rule reads only a refusal for good: a 4yz there says "not now" (RFC 5321 §4.2.1), which its code reads."""
    assert read_as_bounce("451 192.0.2.10 go away", "MAIL").rule != "stage.mail.refused-host"
