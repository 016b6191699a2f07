"""The fake Internet on 127.0.0.0/8 that the MTAs deliver into.

One table names every test domain, the MX host it points at, the loopback address of that
host and the behaviour the fake SMTP server (fake_smtp.py) shows on that address. The fake DNS
server (fake_dns.py) and the fake SMTP server both read it, so a case only has to pick a domain.
Nothing here ever points outside 127.0.0.0/8.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import SETS, Heldout, module_name


@dataclass(frozen=True)
class Domain:
    """A recipient domain: its MX host (None = no MX, "." = null MX) and that host's address."""

    name: str
    mx: str | None
    ip: str | None
    preference: int = 10


# Behaviours of fake_smtp.py, chosen by the address a connection arrives on.
BEHAVIOURS: dict[str, str] = {
    "127.0.0.2": "normal",  # the recipient's local part chooses the RCPT / end-of-DATA reply
    "127.0.0.3": "greet421",  # 421 greeting: service not available
    "127.0.0.4": "greet554",  # 554 greeting: client on a blocklist
    "127.0.0.5": "mailfrom-reject",  # 553 to MAIL FROM: sender rejected
    "127.0.0.6": "ehlo-reject",  # 550 to EHLO and HELO
    "127.0.0.7": "data-cmd-reject",  # 503 to the DATA command itself
    "127.0.0.8": "drop-after-data",  # closes the connection after the message body, no reply
    "127.0.0.9": "silent",  # accepts the TCP connection and never greets
    "127.0.0.10": "starttls-454",  # offers STARTTLS and answers it with 454
    # 127.0.0.11: nothing listens -> connection refused
    "127.0.0.12": "small-size",  # advertises SIZE 2048
    "127.0.0.13": "greet421-toomany",  # 421 greeting: too many connections
    "127.0.0.14": "relay-denied",  # every RCPT gets 554 5.7.1 Relay access denied
    "127.0.0.15": "auth-required",  # 530 to MAIL FROM: authentication required
}
# The held-out servers (heldout.py to heldout16.py; sets 17-21 real, below): fake server address -> the documented
# reply it gives. Each set's cases have one address each from its first: 127.0.0.16, .64, .96, .130, .161, .200, .240,
# 127.0.1.2, .64, .128, .192, 127.0.2.2, .64, .84, .102, .130, 127.0.26.1 (set 39, documented replies again),
# 127.0.27.1 (set 40, the same), 127.0.29.1 (set 41, the same), 127.0.30.1 (set 42, the same), 127.0.32.1 (set 43,
# the same), 127.0.34.1 (set 44, the same), 127.0.36.1 (set 45, the same), 127.0.38.1 (set 46, the same),
# 127.0.39.1 (set 47: known replies for dma and nullmailer), 127.0.40.1 (set 48: the same, for Haraka's outbound
# and Courier), 127.0.41.1 (set 49: chasquid), 127.0.42.1 (set 50: fetchmail's SMTP listener) and 127.0.43.1 (set
# 51: Postfix and Exim with an administrator's bounce template), 127.0.43.101 (set 52: Postfix's postmaster
# notices, Exim's bounce_message_text, Sendmail's ErrorHeader and SendMimeErrors) and
# (sets 17 to 25, a real receiving Postfix,
# Exim, Sendmail and OpenSMTPD, then a Postfix with real filters, then a Postfix delivering to Dovecot, then Haraka,
# then Courier, then qpsmtpd, then a Postfix with rspamd, then a Postfix with postscreen, then a Postfix verifying
# addresses, then a Postfix with Dovecot's LMTP, quota-status and submission, then a Postfix asking policy daemons,
# then an Exim verifying by callouts, then chasquid, then a Postfix delivering to Cyrus, then Sendmail daemons with
# features set 19 did not use, then an OpenSMTPD with its rspamd and senderscore filters, then an Exim with content
# scanning, then a Postfix asking milters)
# .160, .190, .220, .240, 127.0.3.1, 127.0.4.1, 127.0.5.1, 127.0.8.1, 127.0.9.1, 127.0.10.1, 127.0.11.1,
# 127.0.12.1, 127.0.13.1, 127.0.14.1, 127.0.15.1, 127.0.16.1, 127.0.17.1, 127.0.18.1, 127.0.19.1, 127.0.20.1
# and 127.0.21.1.
_ALL_HELDOUT: dict[str, Heldout] = {
    ip: h for n in SETS for ip, h in importlib.import_module(module_name(n)).by_ip().items()
}
# The TUNED cross-MTA set of session 43 (catalogue43.py): catalogue replies on 127.0.23.1 up, one address each
_ALL_HELDOUT.update(importlib.import_module("catalogue43").by_ip())
HELDOUT_SERVERS: dict[str, Heldout] = {ip: h for ip, h in _ALL_HELDOUT.items() if h.reply}
# Sets 17 to 37 (heldout17.py to heldout37.py) have a real receiving MTA (a second Postfix, a second Exim,
# Sendmail daemons, a second OpenSMTPD, a third Postfix with real filters, a fourth Postfix delivering to Dovecot,
# Haraka instances, Courier, qpsmtpd instances, a fifth Postfix asking rspamd instances, a sixth Postfix with
# postscreen, a seventh Postfix verifying addresses with an eighth behind it, a ninth Postfix with a Dovecot beside
# and behind it, a tenth Postfix asking policy daemons, a third Exim verifying by callouts with a fourth behind it,
# chasquid instances, an eleventh Postfix delivering to Cyrus IMAP, Sendmail daemons with features set 19 did not
# use, a third OpenSMTPD with its rspamd and senderscore filters, a fifth Exim with content scanning and a sixth,
# a Postfix asking milters, started by run.py) on their addresses from 127.0.2.160, .190, .220, .240, 127.0.3.1,
# 127.0.4.1, 127.0.5.1, 127.0.8.1, 127.0.9.1, 127.0.10.1, 127.0.11.1, 127.0.12.1, 127.0.13.1, 127.0.14.1,
# 127.0.15.1, 127.0.16.1, 127.0.17.1, 127.0.18.1, 127.0.19.1, 127.0.20.1 and 127.0.21.1, not the fake server: their
# cases have no scripted reply.
REAL_RECEIVERS: dict[str, Heldout] = {ip: h for ip, h in _ALL_HELDOUT.items() if not h.reply}
BEHAVIOURS.update({ip: "scripted" for ip in HELDOUT_SERVERS})
REFUSED_IP = "127.0.0.11"
SMALL_SIZE_LIMIT = 2048

DOMAINS: list[Domain] = [
    Domain("rcpt.example", "mx1.rcpt.example", "127.0.0.2"),
    Domain("keitai.example.jp", "mx.keitai.example.jp", "127.0.0.2"),
    Domain("greet421.example", "mx.greet421.example", "127.0.0.3"),
    Domain("greet554.example", "mx.greet554.example", "127.0.0.4"),
    Domain("senderrej.example", "mx.senderrej.example", "127.0.0.5"),
    Domain("helorej.example", "mx.helorej.example", "127.0.0.6"),
    Domain("datacmd.example", "mx.datacmd.example", "127.0.0.7"),
    Domain("dropdata.example", "mx.dropdata.example", "127.0.0.8"),
    Domain("silent.example", "mx.silent.example", "127.0.0.9"),
    Domain("tls.example", "mx.tls.example", "127.0.0.10"),
    Domain("refused.example", "mx.refused.example", REFUSED_IP),
    Domain("size.example", "mx.size.example", "127.0.0.12"),
    Domain("busy.example", "mx.busy.example", "127.0.0.13"),
    Domain("relay.example", "mx.relay.example", "127.0.0.14"),
    Domain("authreq.example", "mx.authreq.example", "127.0.0.15"),
    Domain("noaddr.example", "mx.noaddr.example", None),  # the MX host has no A record
    Domain("nullmx.example", ".", None, preference=0),  # RFC 7505 null MX
    Domain("loop.example", "mx.loop.example", "127.0.0.1"),  # MX points back at the sending MTA
]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", ip) for ip, h in _ALL_HELDOUT.items()]
# Set 48's senders' domain: its MX is the catcher of the bounces Haraka's outbound delivers to the sender's domain
_SET48 = importlib.import_module("heldout48")
DOMAINS.append(Domain(_SET48.SENDER_DOMAIN, f"mx.{_SET48.SENDER_DOMAIN}", _SET48.CATCHER_IP))
_SET55 = importlib.import_module("heldout55")  # the sender's Postfix of set 55, where forwarders and smarthosts report
DOMAINS.append(Domain(_SET55.SENDER_DOMAIN, f"mx.{_SET55.SENDER_DOMAIN}", _SET55.SENDER_IP))
# Set 56's mixed server: the recipient's local part names the case whose reply it gets (heldout56.mixed_case), so that
# several recipients of one transaction are refused differently; any other local part is accepted
_SET56 = importlib.import_module("heldout56")
DOMAINS.append(Domain(_SET56.MIXED_DOMAIN, f"mx.{_SET56.MIXED_DOMAIN}", _SET56.MIXED_IP))
BEHAVIOURS[_SET56.MIXED_IP] = "mixed"
MIXED_SERVERS: dict[str, Callable[[str], Heldout | None]] = {_SET56.MIXED_IP: _SET56.mixed_case}
# Set 57's DNS shapes and fake servers (heldout57.py: failures the sending MTA finds itself, no server reply): a name
# that exists with no record (EMPTY_NAMES), a null MX, an MX naming a host that does not exist (NX_HOSTS), an MX naming
# 127.0.0.1, a SERVFAIL, two MXs where nothing listens (EXTRA_MX: the second); each server case's behaviour
_SET57 = importlib.import_module("heldout57")
EMPTY_NAMES: set[str] = set()
NX_HOSTS: set[str] = set()
EXTRA_MX: dict[str, list[tuple[int, str]]] = {}
_SET57_SERVFAIL: set[str] = set()
_SET57_HOSTS: dict[str, str] = {}
for _name, _records in _SET57.dns_records().items():
    _mx = [(pref, value) for kind, value, pref in _records if kind == "mx"]
    for _kind, _value, _ in _records:
        if _kind == "empty":
            EMPTY_NAMES.add(_name)
        elif _kind == "nxdomain":
            NX_HOSTS.add(_name)
        elif _kind == "servfail":
            _SET57_SERVFAIL.add(_name)
        elif _kind == "a":
            _SET57_HOSTS[_name] = _value
    if _mx:
        DOMAINS.append(Domain(_name, _mx[0][1], None, preference=_mx[0][0]))
        EXTRA_MX[_name] = _mx[1:]
BEHAVIOURS.update(_SET57.behaviours())
# Session 55's tuned several-recipient reports (multi55_run.py): two servers of the "normal" behaviour (the tuned
# RCPT_RULES / DATA_RULES by local part, any other local part accepted) on 127.0.44.181 and .182
_MULTI55 = importlib.import_module("multi55_run")
for _d, _ip in _MULTI55.SERVERS.items():
    DOMAINS.append(Domain(_d, f"mx.{_d}", _ip))
    BEHAVIOURS[_ip] = "normal"
# Address records that are no mail host: the DNS block lists of sets 17, 18, 19, 24 and 27 list the client address
# 127.0.0.1 (Postfix's reject_rbl_client, Exim's dnslists, Sendmail's FEATURE(dnsbl), Courier's -block query,
# postscreen's DNSBL test: 1.0.0.127.<zone>; 127.0.0.2 is the usual "listed" answer, RFC 5782 section 5).
OTHER_HOSTS: dict[str, str] = {"1.0.0.127.listed.heldout17.example": "127.0.0.2",
                               "1.0.0.127.listed.heldout18.example": "127.0.0.2",
                               "1.0.0.127.listed.heldout19.example": "127.0.0.2",
                               "1.0.0.127.listed.heldout24.example": "127.0.0.2"}
# Set 27's: postscreen's DNSBL lists 127.0.0.1; the domain list of reject_rhsbl_sender lists the four sender domains
OTHER_HOSTS.update(importlib.import_module("heldout27").dns_names())
# Set 30's: the DNS block lists of its policyd-weight instances list 127.0.0.1
OTHER_HOSTS.update(importlib.import_module("heldout30").dns_names())
# Set 31's: the RHSBL of its receiving Exim lists the four sender domains
OTHER_HOSTS.update(importlib.import_module("heldout31").dns_names())
# Set 34's: the DNS block list of its receiving Sendmail's FEATURE(enhdnsbl) lists 127.0.0.1
OTHER_HOSTS.update(importlib.import_module("heldout34").dns_names())
# Set 35's: filter-senderscore's look-up of 127.0.0.1 (1.0.0.127.score.senderscore.com) gives it the score 20
OTHER_HOSTS.update(importlib.import_module("heldout35").dns_names())
# Set 38's: the domain list of its receiving Postfix's reject_rhsbl_helo lists the four senders' HELO names
OTHER_HOSTS.update(importlib.import_module("heldout38").dns_names())
# Set 57's: the address records of its MX hosts (the MX naming 127.0.0.1, the two MXs where nothing listens)
OTHER_HOSTS.update(_SET57_HOSTS)
# TXT records (set 21, heldout21.TXT): the kit's four sender domains publish SPF 'v=spf1 -all' and DMARC 'p=reject'
# for the receiver's policyd-spf and OpenDMARC. Only TXT questions are answered for them: their other record types stay
# NXDOMAIN as before (set 17's reject_unknown_sender_domain relies on it).
TXT: dict[str, str] = dict(importlib.import_module("heldout21").TXT)
# Names answered with SERVFAIL (a temporary DNS failure).
SERVFAIL: set[str] = {"servfail.example", "mx.servfail.example", *_SET57_SERVFAIL}
# Every other name (e.g. nxdomain.example) is NXDOMAIN.


def host_addresses() -> dict[str, str]:
    """MX host name -> IPv4 address, for the A records the DNS server serves."""
    return {**{d.mx: d.ip for d in DOMAINS if d.mx and d.mx != "." and d.ip}, **OTHER_HOSTS}


def fake_server_ips() -> list[str]:
    """The loopback addresses fake_smtp.py listens on (all but the 'refused' one)."""
    return sorted(BEHAVIOURS, key=lambda ip: tuple(int(p) for p in ip.split(".")))
