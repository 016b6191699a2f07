"""The twenty-seventh held-out set: a REAL receiving Postfix with postscreen in front, refusing configured causes.

Sets 17 to 26 put a real Postfix (alone, with policyd-spf/OpenDMARC/OpenDKIM/amavisd-new/spamass-milter, with
Dovecot, with rspamd), Exim, Sendmail, OpenSMTPD, Haraka, Courier and qpsmtpd on the receiving side; this set puts a
sixth Postfix 3.7.11 instance there (Debian 12 package postfix 3.7.11-0+deb12u1; its own configuration directory
/etc/postfix-rcv27, queue and data directory), whose listeners (one loopback address per case from 127.0.11.1) are
either postscreen(8), Postfix's zombie blocker in front of smtpd, or smtpd itself with the settings of causes no
earlier set configured on a receiving Postfix (set 17's are local, alias and relay tables, message_size_limit,
sender and client access tables, reject_unknown_sender_domain, reject_unknown_helo_hostname, reject_rbl_client, the
message rate limit, postgrey, header and body checks and TLS without a certificate).

A case's ``settings`` are the -o overrides of its listener (``service`` postscreen or smtpd); the reply text is
whatever Postfix says: no case sets a text of its own (access tables say REJECT with no text, the DNS lists have no TXT
record), so every refusal is Postfix's default wording. The label is the configured cause. What the receiver accepts is
discarded (every transport is ``discard:``), so a cause that fails to refuse leaves no file rather than a wrong one.

postscreen: its DNSBL test (``postscreen_dnsbl_sites``, ``postscreen_dnsbl_action = enforce``, POSTSCREEN_README's
example), its access list (``postscreen_access_list`` with a cidr table, ``postscreen_denylist_action = drop``,
POSTSCREEN_README's example) and its "after 220 greeting" tests (pipelining, non-SMTP command, bare newline). A
client that passes those deep protocol tests is told to come back (postscreen cannot hand a live session to smtpd)
and passes on its next connection while the pass is remembered (postscreen_*_ttl, 30 days by default); this set's
case remembers a pass for one second, so that the kit's senders, retrying every 15 seconds, are deferred each time
until their two-minute queue lifetime ends (the README says so: it is the case's configuration, not a default).

Not built, with the reason (the README's list): postscreen's pregreet, bare newline and non-SMTP command tests
failing, and reject_unauth_pipelining (real MTAs wait for the greeting, end lines with CRLF, speak SMTP and pipeline
only where PIPELINING is offered: none of the kit's senders trips them); reject_unknown_reverse_client_hostname and
reject_unknown_client_hostname (set 17 found the receiver naming 127.0.0.1 "localhost" whatever the DNS says);
reject_non_fqdn_helo_hostname and reject_invalid_helo_hostname (the senders' HELO names are fully qualified);
message_size_limit at the end of the data (all four senders announce SIZE=, so the limit refuses at MAIL FROM,
set 17's case); the message rate limit (set 17's).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, dist_master, overrides, postfix_main_cf, postmap, write_postfix

SUFFIX = "heldout27.example"
FIRST_IP = "127.0.11.1"
CONF = Path("/etc/postfix-rcv27")
QUEUE = Path("/var/spool/postfix-rcv27")
DATA = Path("/var/lib/postfix-rcv27")
SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four (and HELO names)
CLIENT_ZONE = f"listed.{SUFFIX}"  # lists 127.0.0.1 (1.0.0.127.<zone> A 127.0.0.2, topology.OTHER_HOSTS)
DOMAIN_ZONE = f"domains.{SUFFIX}"  # lists the four sender domains (<domain>.<zone> A 127.0.0.2)
# queue_minfree larger than any disk here (about 1 PB): smtpd finds too little free space in the queue file system
MINFREE = "1000000000000000"
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_PS = "Postfix 3.7.11 (Debian 12), postscreen(8), POSTSCREEN_README; postconf(5) "


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Postfix: its listener's service and -o settings, whether it defers."""

    service: str = "smtpd"  # smtpd, or postscreen in front of the shared smtpd pass service
    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    warmup: str = ""  # "connect": one connection, "rcpt": one recipient, from 127.0.0.1 before the senders'


def _c(id: str, stage: str, service: str, settings: tuple[str, ...], cause: str, source: str, *,
       defers: bool = False, warmup: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, service, settings, defers, cause, warmup)


_RR = "smtpd_recipient_restrictions"
_AFTER_220 = ("postscreen_pipelining_enable=yes", "postscreen_non_smtp_command_enable=yes",
              "postscreen_bare_newline_enable=yes", "postscreen_pipelining_ttl=1s",
              "postscreen_non_smtp_command_ttl=1s", "postscreen_bare_newline_ttl=1s")

_CONFIGURED: list[Configured] = [
    _c("conn-screen-zone", "RCPT", "postscreen",
       (f"postscreen_dnsbl_sites={CLIENT_ZONE}", "postscreen_dnsbl_action=enforce"),
       f"postscreen's DNSBL test: postscreen_dnsbl_sites = {CLIENT_ZONE} (the fake DNS lists 127.0.0.1 with"
       " 127.0.0.2, no TXT record), threshold 1 (its default), postscreen_dnsbl_action = enforce",
       _PS + "'postscreen_dnsbl_sites', 'postscreen_dnsbl_action' (enforce: 550 to every RCPT TO)"),
    _c("conn-screen-table", "CONN", "postscreen",
       (f"postscreen_access_list=permit_mynetworks,cidr:{CONF}/screen.cidr", "postscreen_denylist_action=drop"),
       "postscreen's permanent access list: a cidr table maps 127.0.0.1/32 to reject,"
       " postscreen_denylist_action = drop",
       _PS + "'postscreen_access_list', 'postscreen_denylist_action' (drop: 521 and disconnect); cidr_table(5)"),
    _c("rcpt-screen-after220", "RCPT", "postscreen", _AFTER_220,
       "postscreen's deep protocol tests (pipelining, non-SMTP command, bare newline; action ignore, their default):"
       " a client that passes them is deferred and must connect again; this case remembers a pass for one second"
       " (postscreen_*_ttl = 1s), so every retry of the senders is deferred again",
       _PS + "'postscreen_pipelining_enable', 'postscreen_non_smtp_command_enable', 'postscreen_bare_newline_enable',"
       " 'postscreen_pipelining_ttl' (POSTSCREEN_README 'Tests after the 220 SMTP server greeting')", defers=True),
    _c("conn-anvil-burst", "CONN", "smtpd", ("smtpd_client_connection_rate_limit=1",),
       "anvil's connection rate limit: one connection per client per hour (anvil_rate_time_unit = 3600s, no"
       " exceptions), used up by run.py's connection from 127.0.0.1 before the MTAs send",
       _PC + "'smtpd_client_connection_rate_limit', 'anvil_rate_time_unit'; anvil(8)", defers=True,
       warmup="connect"),
    _c("rcpt-anvil-burst", "RCPT", "smtpd", ("smtpd_client_recipient_rate_limit=1",),
       "anvil's recipient rate limit: one recipient address per client per hour (anvil_rate_time_unit = 3600s, no"
       " exceptions), used up by one RCPT TO run.py sends from 127.0.0.1 before the MTAs send",
       _PC + "'smtpd_client_recipient_rate_limit', 'anvil_rate_time_unit'; anvil(8)", defers=True, warmup="rcpt"),
    _c("mail-spool-floor", "MAIL", "smtpd", (f"queue_minfree={MINFREE}",),
       "the queue file system has less free space than queue_minfree (set to about 1 PB), so smtpd refuses"
       " every message at MAIL FROM",
       _PC + "'queue_minfree' (smtpd: 'Insufficient system storage')", defers=True),
    _c("rcpt-relay-list", "RCPT", "smtpd", (f"relay_recipient_maps=hash:{CONF}/relay_recipients",),
       "the domain is a relay domain whose valid recipients are listed in relay_recipient_maps, and the recipient"
       " is not listed (only postmaster is)",
       _PC + "'relay_recipient_maps', 'relay_domains'; ADDRESS_CLASS_README (relay domain class)"),
    _c("rcpt-mailbox-list", "RCPT", "smtpd", (),
       "the domain is a virtual mailbox domain (virtual_mailbox_domains) and the recipient is not in"
       " virtual_mailbox_maps (only postmaster is)",
       _PC + "'virtual_mailbox_domains', 'virtual_mailbox_maps'; VIRTUAL_README"),
    _c("rcpt-sender-zone", "RCPT", "smtpd", (f"{_RR}=reject_rhsbl_sender,{DOMAIN_ZONE}",),
       f"the envelope sender's domain is listed in a domain block list (reject_rhsbl_sender {DOMAIN_ZONE}; the"
       " fake DNS lists the four sender domains with 127.0.0.2, no TXT record)",
       _PC + "'reject_rhsbl_sender', 'default_rbl_reply', 'maps_rbl_reject_code'"),
    _c("rcpt-helo-table", "RCPT", "smtpd", (f"{_RR}=check_helo_access,hash:{CONF}/helos",),
       "check_helo_access: the four senders' HELO names map to REJECT (no text)",
       _PC + "'check_helo_access'; access(5)"),
    _c("rcpt-address-table", "RCPT", "smtpd", (f"{_RR}=check_recipient_access,hash:{CONF}/recipients",),
       "check_recipient_access: the case's recipient address maps to REJECT (no text)",
       _PC + "'check_recipient_access'; access(5)"),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep their addresses.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT27: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def dns_names() -> dict[str, str]:
    """The address records the set's DNS lists need (topology.OTHER_HOSTS): 127.0.0.1 and the sender domains."""
    names = {f"1.0.0.127.{CLIENT_ZONE}": "127.0.0.2"}
    names.update({f"{d}.{DOMAIN_ZONE}": "127.0.0.2" for d in SENDERS})
    return names


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, its listeners, every case's domain relayed (to discard:) but
    the virtual mailbox case's."""
    vmail = _case("rcpt-mailbox-list").domain
    return postfix_main_cf("postfix-rcv27", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED if h.domain != vmail),
        "virtual_mailbox_domains": vmail,
        "virtual_mailbox_maps": f"hash:{CONF}/vmailbox",
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
        "anvil_rate_time_unit": "3600s",
        "smtpd_client_event_limit_exceptions": "",
    })


def master_cf() -> list[str]:
    """Debian's master.cf.dist without its smtp listener, one listener per case (postscreen or smtpd, with the case's
    -o settings; each postscreen its own cache), then the services postscreen needs (POSTSCREEN_README)."""
    master = dist_master()
    for ip, h in listeners().items():
        opts = overrides(h.settings)
        if h.service == "postscreen":
            master.append(f"{ip}:smtp inet n - n - 1 postscreen -o syslog_name=postfix-rcv27/{h.id}"
                          f" -o postscreen_cache_map=btree:{DATA}/postscreen_cache_{h.id.replace('-', '_')} {opts}")
        else:
            master.append(f"{ip}:smtp inet n - n - - smtpd -o syslog_name=postfix-rcv27/{h.id} {opts}")
    master += ["smtpd pass - - n - - smtpd -o syslog_name=postfix-rcv27/passed",
               "dnsblog unix - - n - 0 dnsblog", "tlsproxy unix - - n - 0 tlsproxy"]
    return master


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv27 (main.cf, master.cf, tables) and return the listening addresses."""
    servers = listeners()
    # fresh: no postscreen cache or queue file of an earlier run
    write_postfix(CONF, main_cf(), master_cf(), QUEUE, DATA, fresh=True)
    (CONF / "screen.cidr").write_text("127.0.0.1/32 reject\n")
    relay = _case("rcpt-relay-list").domain
    (CONF / "relay_recipients").write_text(f"postmaster@{relay} OK\n")
    vmail = _case("rcpt-mailbox-list").domain
    (CONF / "vmailbox").write_text(f"postmaster@{vmail} {vmail}/postmaster/\n")
    (CONF / "helos").write_text("".join(f"{d} REJECT\n" for d in SENDERS))
    (CONF / "recipients").write_text(f"user@{_case('rcpt-address-table').domain} REJECT\n")
    postmap(CONF, "relay_recipients", "vmailbox", "helos", "recipients")
    return list(servers)


def warmups() -> list[tuple[str, str, str]]:
    """(address, what, recipient) of each case whose limit one exchange from 127.0.0.1 uses up first."""
    return [(ip, h.warmup, f"user@{h.domain}") for ip, h in listeners().items() if h.warmup]
