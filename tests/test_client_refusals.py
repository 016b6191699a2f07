"""Refusals whose words are about the connecting client (its IP, host, network, greeting name): session 53 (K53A).

A server that refuses the client names it in words no phrase lists ("Connecting host not in trusted networks",
"You are blacklisted", "Access denied for host 192.0.2.1") or refuses it for now before the envelope ("421 4.7.0
Connection refused from 192.0.2.1"); a loose X.7.1 or the greeting's "not now" must not outrank those words.
Table-driven from documented wordings (each row names its source), each with rows that must stay what they are."""

from __future__ import annotations

import documented  # the catalogue's own Postfix bounce maker, for a reply at a given SMTP stage
import pytest
from whybounce import explain_bytes, explain_line

READ_BLOCKED = [
    # (reply, the rule that must read it as blocked) -- the source of each wording after it
    # Google Workspace's SMTP error reference
    ("421 4.7.0 IP not in whitelist for RCPT domain, closing connection.", "reason.blocked.sending-host-not-listed"),
    # Postfix postconf(5) mynetworks: "the list of trusted remote SMTP clients"
    ("550 5.7.1 Connecting host not in trusted networks", "reason.blocked.sending-host-not-listed"),
    ("554 5.7.1 Client IP address not trusted", "reason.blocked.sending-host-not-listed"),
    ("550 5.7.1 Your IP 192.0.2.1 is not whitelisted", "reason.blocked.sending-host-not-listed"),
    ("450 4.5.0 You are blacklisted, kupo.", "reason.blocked.you-blocklisted"),  # postmoogle ErrRBL
    ("550 Access denied for host 192.0.2.1", "reason.blocked.sending-host-refused"),
    # session 60 (k60c): the connection refused in a 554 (RFC 5321 §3.1) reads first, the same reason
    ("554 Connection rejected from 192.0.2.1", "reason.blocked.connection-refused-554"),
    # NTL's greeting (Ubuntu Forums, 2009) and Aruba's bizsmtp greeting (the tuned real-MTA set 5)
    ("421 mx.example.net connection refused from [192.0.2.1]", "reason.blocked.sending-host-refused"),
    # Microsoft 365's 5.7.708 words without its status; a participle with words before "from" (clauses._across)
    ("550 Access denied, traffic not accepted from this IP", "reason.blocked.sending-host-refused"),
    ("554 5.7.1 You are not allowed to send mail from this IP", "reason.blocked.sending-host-refused"),
    ("550 5.7.1 GeoIP block: connections from CN are refused", "reason.blocked.geoip-block"),
    # Spamilter's MtaHostChk (src/hndlrs.c): the HELO name, called the source or MTA hostname, over "security policy"
    ("550 5.7.1 Rejecting due to security policy - Invalid source hostname 'example.com', Please see: "
     "https://mx.example.com/policy.html#invalidsourcehostname", "reason.blocked.helo-bogus"),
    ("550 5.7.1 Rejecting due to security policy - Ip address used as MTA hostname '192.0.2.10', Please see: "
     "https://mx.example.com/policy.html#ipusedashostname", "reason.blocked.helo-ip-for-a-name"),
    # K56D: the client told it is banned (RFC 5321 §4.2: "you" is the connecting client), as «You are blacklisted»
    # and «Connection from you denied» read; RapidSite's reply is labelled blocked first in the catalogue (until
    # session 56 this row stood in NOT_BLOCKED as rejected, "banned, no block list named")
    ("571 taro@example.org... You are banned, contact yourlocal admin.", "reason.blocked.you-banned"),
]

NOT_BLOCKED = [
    # (reply, the reason it must keep, why)
    ("5.7.124 Sender not in allowed-senders list", "policyviolation", "a sender not on a group's list (Microsoft 365)"),
    ("550 You are listed in our sender blacklist", "rejected", "a list of senders, the noun, not the participle"),
    ("550 5.7.1 Sender address rejected: Access denied", "rejected", "Postfix access(5): the sender refused"),
    ("554 5.7.1 <bob@example.com>: Recipient address rejected: Access denied", "policyviolation",
     "Postfix access(5): the recipient's domain policy"),
    ("421 4.7.0 Too many connections from your IP", "toomanyconn", "a connection limit, not a refusal of the client"),
    ("421 4.7.0 rate limit exceeded for your IP", "speeding", "a sending rate"),
    ("550 5.7.1 Relaying denied for 192.0.2.1", "norelaying", "a relay attempt, which the phrase names"),
    ("550 Message rejected from sender@example.org", "policyviolation", "an address after 'from' is no host"),
    ("550 You are not listed in our directory", "rejected", "'listed' alone is no block list"),
    # an active verb before "from" has its own subject: Hostpoint's SPF verdict, mox's refusal of an IP as a domain
    ("550-SPF-check failed: 550 example.com doesn't allow sending mails from 192.0.2.10", "authfailure",
     "the sender's domain does not allow that IP (SPF)"),
    ("550 5.1.1 not accepting email for ip", "userunknown", "an active participle with words between"),
    # K56D: a sending account's ban names its sending (Proton), a block by the recipient names who blocks
    ("You are temporarily banned from sending because of spammy or undeliverable emails.", "rejected",
     "the account banned from sending (rejected's banned-from-sending)"),
    ("550 You have been blocked by the recipient", "filtered", "the recipient's own block"),
]


@pytest.mark.parametrize(("reply", "rule"), READ_BLOCKED, ids=[r[0][:50] for r in READ_BLOCKED])
def test_words_about_the_client_read_blocked(reply: str, rule: str) -> None:
    finding = explain_line(reply).finding
    assert (finding.reason, finding.rule) == ("blocked", rule)


@pytest.mark.parametrize(("reply", "reason", "why"), NOT_BLOCKED, ids=[r[0][:50] for r in NOT_BLOCKED])
def test_other_refusals_keep_their_reason(reply: str, reason: str, why: str) -> None:
    assert explain_line(reply).finding.reason == reason, why


def _at(reply: str, command: str) -> tuple[str, str]:
    """The reason and rule of the Postfix 3.7 report of ``reply`` in answer to ``command`` (the catalogue's maker)."""
    (f,) = explain_bytes(documented.postfix_bounce({"reply": reply, "command": command, "id": "t", "file": "t.yaml",
                                                    "reasons": ["blocked"]})).recipients
    return f.reason, f.rule


@pytest.mark.parametrize("command", ["CONN", "EHLO", "HELO"])
@pytest.mark.parametrize("reply", ["421 4.7.0 Access denied", "450 4.7.1 Blocked", "421 Administrative prohibition"])
def test_a_temporary_refusal_before_the_envelope_refuses_the_client(reply: str, command: str) -> None:
    """RFC 5321 §3.1: before the envelope only the client can be refused; words that refuse say it is, for now."""
    assert _at(reply, command) == ("blocked", f"stage.{command.lower()}.refused-for-now")


@pytest.mark.parametrize(("reply", "command", "reason"), [
    ("421 4.3.2 Service not available", "CONN", "systemerror"),          # RFC 5321 §4.2.3: not now, no one refused
    ("421 4.7.0 Try again later, closing connection.", "CONN", "systemerror"),
    ("421 4.7.0 Access denied", "RCPT", "systemerror"),                  # after the envelope the 421's code reads it
])
def test_a_temporary_greeting_without_refusing_words_stays_not_now(reply: str, command: str, reason: str) -> None:
    assert _at(reply, command)[0] == reason
