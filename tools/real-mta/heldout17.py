"""The seventeenth held-out set: a REAL receiving MTA, configured so that a known cause makes it refuse or defer.

Sets 1-16 put the fake server (fake_smtp.py) on the receiving side, speaking a documented reply. This set puts a
second Postfix 3.7.11 instance there (Debian 12 package postfix 3.7.11-0+deb12u1, started by run.py with its own
configuration directory, /etc/postfix-rcv17, written by write_receiver below), listening on one loopback address per
case from 127.0.2.160, each address an smtpd service of master.cf with the settings of that case (``-o`` overrides)
or the main.cf setting the case needs. The reply text is then whatever Postfix really says; the label is the
configured cause (ground truth by construction). The bounces are filed under tests/fixtures/real-mta-heldout17/; the
domains end in heldout17.example and the fake DNS (fake_dns.py, via topology.py) points each case's MX at its address.

A case's ``reply`` is empty (the words are the receiving MTA's, not chosen here); ``settings`` are the smtpd -o
overrides of its address, ``defers`` says whether the configured cause gives a temporary refusal, and ``source``
names the Postfix documentation of the setting. Every message the receiver accepts by mistake is discarded (its
transports are ``discard:``), so a cause that fails to refuse leaves no file rather than a wrong one.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, postfix_main_cf, postfix_master, postmap, write_postfix

SUFFIX = "heldout17.example"
FIRST_IP = "127.0.2.160"
CONF = Path("/etc/postfix-rcv17")
QUEUE = Path("/var/spool/postfix-rcv17")
DATA = Path("/var/lib/postfix-rcv17")
HOSTS = CONF / "hosts"
POSTGREY = ("127.0.0.1", 10023)
# The postconf(5) and companion pages of Postfix 3.7 (Debian 12: /usr/share/man/man5/postconf.5.gz and the others)
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_DNSBL = f"listed.{SUFFIX}"


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Postfix: its smtpd -o settings and whether it defers."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)


def _c(id: str, stage: str, settings: tuple[str, ...], defers: bool, cause: str, source: str) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause)


_RR = "smtpd_recipient_restrictions"

_CONFIGURED: list[Configured] = [
    _c("rcpt-local-table", "RCPT", (), False,
       "the domain is in mydestination and the recipient is no local user (local_recipient_maps = passwd)",
       _PC + "'local_recipient_maps', 'mydestination'; LOCAL_RECIPIENT_README"),
    _c("rcpt-alias-table", "RCPT", (), False,
       "the domain is a virtual alias domain and the recipient is not in virtual_alias_maps",
       _PC + "'virtual_alias_domains', 'virtual_alias_maps'; VIRTUAL_README"),
    _c("rcpt-other-domain", "RCPT", (), False,
       "the MX points at a server that does not serve the domain (smtpd_relay_restrictions ="
       " reject_unauth_destination)", _PC + "'smtpd_relay_restrictions', 'reject_unauth_destination'"),
    _c("mail-2k-cap", "MAIL-SIZE", ("message_size_limit=2048",), False,
       "a message larger than the server's message_size_limit (2048 bytes; the message is about 3.5 kB)",
       _PC + "'message_size_limit'"),
    _c("mail-sender-nx", "RCPT", (f"{_RR}=reject_unknown_sender_domain",), True,
       "the envelope sender's domain has no DNS record (reject_unknown_sender_domain; the fake DNS answers NXDOMAIN)",
       _PC + "'reject_unknown_sender_domain', 'unknown_address_reject_code'"),
    _c("mail-sender-map", "RCPT", (f"{_RR}=check_sender_access,hash:{CONF}/senders",), False,
       "check_sender_access: the sender's domain maps to REJECT (no text)",
       _PC + "'check_sender_access'; access(5)"),
    _c("mail-sender-map-text", "RCPT", (f"{_RR}=check_sender_access,hash:{CONF}/senders-text",), False,
       "check_sender_access: the sender's domain maps to REJECT with a text of the administrator's",
       _PC + "'check_sender_access'; access(5)"),
    _c("rcpt-client-map", "RCPT", (f"{_RR}=check_client_access,hash:{CONF}/clients",), False,
       "check_client_access: the client address 127.0.0.1 maps to REJECT", _PC + "'check_client_access'; access(5)"),
    _c("rcpt-client-name", "RCPT", (f"{_RR}=reject_unknown_client_hostname",), True,
       "the client address has no reverse DNS name (reject_unknown_client_hostname; the fake DNS answers NXDOMAIN"
       " to PTR queries)", _PC + "'reject_unknown_client_hostname', 'unknown_client_reject_code'"),
    _c("rcpt-helo-name", "RCPT", (f"{_RR}=reject_unknown_helo_hostname",), True,
       "the sending server's HELO name has no DNS record (reject_unknown_helo_hostname)",
       _PC + "'reject_unknown_helo_hostname', 'unknown_hostname_reject_code'"),
    _c("rcpt-listed-zone", "RCPT", (f"{_RR}=reject_rbl_client,{_DNSBL}",), False,
       f"the client address is listed in a DNS block list ({_DNSBL}, served by the fake DNS: 127.0.0.2 for"
       " 1.0.0.127)", _PC + "'reject_rbl_client', 'maps_rbl_reject_code'"),
    _c("mail-anvil-one", "MAIL", ("smtpd_client_message_rate_limit=1",), True,
       "anvil's message rate limit: one message per client per hour (anvil_rate_time_unit = 3600s, no exceptions),"
       " used up by a message run.py sends from 127.0.0.1 before the MTAs send",
       _PC + "'smtpd_client_message_rate_limit', 'anvil_rate_time_unit'; anvil(8)"),
    _c("rcpt-postgrey-hour", "RCPT", (f"{_RR}=check_policy_service,inet:{POSTGREY[0]}:{POSTGREY[1]}",), True,
       "greylisting by postgrey 1.37 (Debian 12 package postgrey 1.37-2) with --delay=3600: the retries of the"
       " senders' 2-minute queue lifetime never pass", "postgrey(8) 1.37 (--delay); " + _PC
       + "'check_policy_service'; SMTPD_POLICY_README"),
    _c("data-header-rule", "DATA", ("cleanup_service_name=cleanup-hdr",), False,
       "header_checks: a regexp on the Subject header with the action REJECT (no text)",
       "Postfix 3.7.11 (Debian 12), header_checks(5) REJECT; postconf(5) 'header_checks', 'cleanup_service_name'"),
    _c("data-body-rule", "DATA", ("cleanup_service_name=cleanup-body",), False,
       "body_checks: a regexp on a body line with the action REJECT and a text of the administrator's",
       "Postfix 3.7.11 (Debian 12), header_checks(5) (body_checks) REJECT optional text; postconf(5) 'body_checks'"),
    _c("mail-level-nocert", "MAIL", ("smtpd_tls_security_level=encrypt",), False,
       "the receiver requires TLS (smtpd_tls_security_level = encrypt) but has no certificate, so no client can"
       " start TLS with it", _PC + "'smtpd_tls_security_level' (encrypt: 'Mandatory TLS encryption ... clients"
       " must use TLS'), TLS_README"),
]


# Configured but dropped: no sender's message was refused, so the case left no file. The receiving Postfix named the
# client 127.0.0.1 "localhost" although its /etc/hosts (bind-mounted) had no such line and the fake DNS answers PTR
# queries with NXDOMAIN; reject_unknown_client_hostname therefore passed and the messages were discarded. Its listener
# stays (127.0.2.168) so that the other cases keep the addresses their bounces show.
DROPPED = {"rcpt-client-name": "the receiver still named 127.0.0.1 'localhost': nothing was refused"}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT17: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


SENDER_DOMAINS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, its listeners, the domains each case needs."""
    own = ("rcpt-local-table", "rcpt-alias-table", "rcpt-other-domain")  # local, virtual alias, not served at all
    served = [h.domain for h in _CONFIGURED if h.id not in own]
    return postfix_main_cf("postfix-rcv17", SUFFIX, QUEUE, DATA, {
        "mydestination": _case("rcpt-local-table").domain,
        "local_recipient_maps": "proxy:unix:passwd.byname",
        "alias_maps": "",
        "alias_database": "",
        "virtual_alias_domains": _case("rcpt-alias-table").domain,
        "virtual_alias_maps": f"hash:{CONF}/virtual",
        "relay_domains": ", ".join(served),
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
        "anvil_rate_time_unit": "3600s",
        "smtpd_client_event_limit_exceptions": "",
    })


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv17 (main.cf, master.cf, maps) and return the listening addresses."""
    servers = listeners()
    ips = list(servers)
    master = postfix_master(servers, "postfix-rcv17")
    master.append(f"cleanup-hdr unix n - n - 0 cleanup -o header_checks=regexp:{CONF}/header_checks")
    master.append(f"cleanup-body unix n - n - 0 cleanup -o body_checks=regexp:{CONF}/body_checks")
    write_postfix(CONF, main_cf(), master, QUEUE, DATA)
    # the receiver's /etc/hosts (bind-mounted by run.py): no name for 127.0.0.1, so its PTR query goes to the fake DNS
    HOSTS.write_text("::1 localhost ip6-localhost ip6-loopback\n")
    (CONF / "virtual").write_text(f"postmaster@{_case('rcpt-alias-table').domain} root\n")
    (CONF / "senders").write_text("".join(f"{d} REJECT\n" for d in SENDER_DOMAINS))
    (CONF / "senders-text").write_text("".join(f"{d} REJECT Mail from this domain is not accepted here\n"
                                               for d in SENDER_DOMAINS))
    (CONF / "clients").write_text("127.0.0.1 REJECT\n")
    (CONF / "header_checks").write_text("/^Subject: .*bounce test/ REJECT\n")
    (CONF / "body_checks").write_text("/^This is a test message for the whybounce/ REJECT Test messages are not"
                                      " accepted here\n")
    postmap(CONF, "virtual", "senders", "senders-text", "clients")
    return ips
