"""The thirty-eighth held-out set: a REAL receiving Postfix 3.7 refusing with its own restrictions and limits that
sets 17, 27 and 28 did not configure, in its own default words.

Sets 17, 27 and 28 put a receiving Postfix 3.7.11 alone behind the kit (set 17: local, alias and relay tables,
message_size_limit, sender and client access tables at RCPT, reject_unknown_sender_domain,
reject_unknown_helo_hostname, reject_rbl_client, the message rate limit, postgrey, header and body checks, TLS without
a certificate; set 27: postscreen, anvil's connection and recipient rate limits, queue_minfree, relay_recipient_maps,
virtual_mailbox_maps, reject_rhsbl_sender, check_helo_access, check_recipient_access; set 28: address verification,
SASL sender ownership, the connection count limit, DEFER_IF_PERMIT, its own delivery agents). This set runs another
instance of the same Postfix (Debian 12 package postfix 3.7.11-0+deb12u1; its own configuration directory
/etc/postfix-rcv38, queue and data directory), one smtpd listener per case from 127.0.22.1, with:

- ``reject_plaintext_session`` (the connection is not encrypted; the receiver has no certificate, so it offers no
  STARTTLS), at plaintext_reject_code 450, its default;
- ``reject_unknown_reverse_client_hostname`` at unknown_client_reject_code 450, its default, with the receiver's own
  /etc/hosts (bind-mounted by run.py) holding no names at all and the kit's DNS answering NXDOMAIN to PTR
  questions;
- ``reject_unlisted_recipient`` for a local domain whose ``local_recipient_maps`` is ``$alias_maps``, an alias table
  that lists only postmaster: once with ``smtpd_reject_footer`` set to postconf(5)'s own example, once with
  ``unknown_local_recipient_reject_code = 450`` (postconf(5): "set to 450 while testing");
- ``smtpd_delay_reject = no`` with a client access table (cidr) whose action is REJECT: the client restriction is
  applied when the client connects, so the refusal replaces the greeting;
- ``smtpd_end_of_data_restrictions``: a client access table with REJECT, and a sender access table with DEFER
  (access(5), access_map_defer_code 450, its default), both applied after the message's data;
- ``hopcount_limit = 1`` on the cleanup service of one listener (cleanup(8): a message with that many Received:
  headers is refused; every message arrives with the sending MTA's Received: and smtpd's own);
- ``reject_rhsbl_helo`` against a domain list (served by the kit's DNS) that lists the four senders' HELO names.

A case's ``settings`` are the -o overrides of its listener; no case sets a text of its own (access tables say REJECT or
DEFER with no text, the DNS list has no TXT record; the footer is postconf(5)'s example), so every refusal is Postfix's
default wording. The label is the configured cause. What the receiver accepts is discarded (every transport is
``discard:``), so a cause that fails to refuse leaves no file rather than a wrong one.

Considered and not built (the README's list): reject_non_fqdn_sender, reject_non_fqdn_recipient and
reject_non_fqdn_helo_hostname (the senders' addresses and HELO names are fully qualified); smtpd_recipient_limit (one
recipient per message; a 452 for a second recipient is retried in another session and succeeds);
reject_multi_recipient_bounce and smtpd_null_access_lookup_key (the senders' envelope sender is never null);
reject_unauth_pipelining (the senders pipeline only where PIPELINING is offered: set 27's finding);
check_sender_mx_access and check_client_a_access (the senders' domains have no DNS record at all, on which set 17's
reject_unknown_sender_domain relies, and the client has no name); smtpd_hard_error_limit (a session of the kit's
senders makes one error at most, which is itself the refusal they report).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, postfix_main_cf, postfix_master, postmap, write_postfix

SUFFIX = "heldout38.example"
FIRST_IP = "127.0.22.1"
CONF = Path("/etc/postfix-rcv38")
QUEUE = Path("/var/spool/postfix-rcv38")
DATA = Path("/var/lib/postfix-rcv38")
HOSTS = CONF / "hosts"  # bind-mounted over /etc/hosts by run.py: no names (not even ::1's, which glibc gives 127.0.0.1)
SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four (and HELO names)
HELO_ZONE = f"helo-list.{SUFFIX}"  # lists the four HELO names (<name>.<zone> A 127.0.0.2, topology.OTHER_HOSTS)
# postconf(5)'s example of smtpd_reject_footer (Postfix 3.7.11, /usr/share/man/man5/postconf.5.gz), as it gives it
FOOTER = ("\\c. For assistance, call 800-555-0101. Please provide the following information in your problem report:"
          " time ($localtime), client ($client_address) and server ($server_name).")
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_RR = "smtpd_recipient_restrictions"
_EOD = "smtpd_end_of_data_restrictions"


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Postfix: its listener's -o settings, whether it defers."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)


def _c(id: str, stage: str, settings: tuple[str, ...], cause: str, source: str, *, defers: bool = False) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause)


_CONFIGURED: list[Configured] = [
    _c("rcpt-cleartext-only", "RCPT", (f"{_RR}=reject_plaintext_session",),
       "reject_plaintext_session (plaintext_reject_code 450, its default): the session is not encrypted; the receiver"
       " has no certificate, so it offers no STARTTLS and no client can encrypt",
       _PC + "'reject_plaintext_session', 'plaintext_reject_code'; TLS_README", defers=True),
    _c("rcpt-no-ptr", "RCPT", (f"{_RR}=reject_unknown_reverse_client_hostname",),
       "reject_unknown_reverse_client_hostname (unknown_client_reject_code 450, its default): the client address"
       " 127.0.0.1 has no address->name mapping (the receiver's /etc/hosts has no line for it, the kit's DNS answers"
       " NXDOMAIN to PTR questions)",
       _PC + "'reject_unknown_reverse_client_hostname', 'unknown_client_reject_code'", defers=True),
    _c("rcpt-alias-footer", "RCPT", (f"{_RR}=reject_unlisted_recipient", f"smtpd_reject_footer={FOOTER}"),
       "reject_unlisted_recipient for a local domain (mydestination) whose local_recipient_maps is $alias_maps, an"
       " alias table listing only postmaster; smtpd_reject_footer set to postconf(5)'s example",
       _PC + "'reject_unlisted_recipient', 'local_recipient_maps', 'smtpd_reject_footer' (its example);"
       " LOCAL_RECIPIENT_README; aliases(5)"),
    _c("rcpt-alias-testing", "RCPT", (f"{_RR}=reject_unlisted_recipient", "unknown_local_recipient_reject_code=450"),
       "the same local domain and alias table, with unknown_local_recipient_reject_code = 450 (postconf(5): 'set to"
       " 450 while testing'): the unlisted recipient is refused temporarily",
       _PC + "'unknown_local_recipient_reject_code', 'reject_unlisted_recipient', 'local_recipient_maps';"
       " LOCAL_RECIPIENT_README", defers=True),
    _c("conn-early-client", "CONN",
       ("smtpd_delay_reject=no", f"smtpd_client_restrictions=check_client_access,cidr:{CONF}/clients"),
       "smtpd_delay_reject = no with smtpd_client_restrictions = check_client_access: a cidr table maps 127.0.0.1/32"
       " to REJECT (no text), applied when the client connects",
       _PC + "'smtpd_delay_reject', 'smtpd_client_restrictions', 'check_client_access'; access(5) REJECT;"
       " cidr_table(5)"),
    _c("data-eod-client", "DATA", (f"{_EOD}=check_client_access,cidr:{CONF}/clients",),
       "smtpd_end_of_data_restrictions = check_client_access: a cidr table maps 127.0.0.1/32 to REJECT (no text),"
       " applied after the message's data",
       _PC + "'smtpd_end_of_data_restrictions', 'check_client_access'; access(5) REJECT; cidr_table(5)"),
    _c("data-eod-sender-later", "DATA", (f"{_EOD}=check_sender_access,hash:{CONF}/senders-later",),
       "smtpd_end_of_data_restrictions = check_sender_access: the senders' domains map to DEFER (no text;"
       " access_map_defer_code 450, its default), applied after the message's data",
       _PC + "'smtpd_end_of_data_restrictions', 'check_sender_access', 'access_map_defer_code'; access(5) DEFER",
       defers=True),
    _c("data-hop-limit", "DATA", ("cleanup_service_name=cleanup-hops",),
       "hopcount_limit = 1 on the listener's cleanup service: every message arrives with at least the sending MTA's"
       " Received: header and smtpd's own, so cleanup refuses it",
       _PC + "'hopcount_limit', 'cleanup_service_name'; cleanup(8)"),
    _c("rcpt-helo-domain-list", "RCPT", (f"{_RR}=reject_rhsbl_helo,{HELO_ZONE}",),
       f"reject_rhsbl_helo {HELO_ZONE}: the domain list (served by the kit's DNS, no TXT record) lists the four"
       " senders' HELO names (mta-pf.example, ...)",
       _PC + "'reject_rhsbl_helo', 'maps_rbl_reject_code', 'default_rbl_reply'"),
]

# Configured but dropped: none. rcpt-no-ptr's files come from a second run of that case alone: in the first, the
# receiver's /etc/hosts held set 17's '::1 localhost ...' line, from which glibc names 127.0.0.1 too, so the receiver
# named the client "localhost" and let it through; write_receiver now writes a hosts file with no names (the README).
# A dropped case would keep its listener, so that the other cases keep the addresses their bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT38: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def dns_names() -> dict[str, str]:
    """The address records of the set's domain list (topology.OTHER_HOSTS): the four senders' HELO names."""
    return {f"{d}.{HELO_ZONE}": "127.0.0.2" for d in SENDERS}


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, the local domain of the alias cases, every other case's domain
    relayed (to discard:)."""
    local = (_case("rcpt-alias-footer").domain, _case("rcpt-alias-testing").domain)
    return postfix_main_cf("postfix-rcv38", SUFFIX, QUEUE, DATA, {
        "mydestination": ", ".join(local),
        "alias_maps": f"hash:{CONF}/aliases",
        "alias_database": f"hash:{CONF}/aliases",
        "local_recipient_maps": "$alias_maps",
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED if h.domain not in local),
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
    })


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv38 (main.cf, master.cf, tables, hosts) and return the listening addresses."""
    servers = listeners()
    master = postfix_master(servers, "postfix-rcv38")
    master.append("cleanup-hops unix n - n - 0 cleanup -o hopcount_limit=1")
    write_postfix(CONF, main_cf(), master, QUEUE, DATA, fresh=True)
    # not even the ::1 line: glibc's files look-up gives 127.0.0.1 the names of a ::1 line (getent hosts 127.0.0.1
    # answered "localhost" with set 17's file, which had only that line: why set 17 dropped its client-name case)
    HOSTS.write_text("# the receiving Postfix of held-out set 38: no names for the loopback addresses\n")
    (CONF / "aliases").write_text("postmaster: root\n")
    subprocess.run(["postalias", "-c", str(CONF), f"hash:{CONF}/aliases"], check=True)
    (CONF / "clients").write_text("127.0.0.1/32 REJECT\n")
    (CONF / "senders-later").write_text("".join(f"{d} DEFER\n" for d in SENDERS))
    postmap(CONF, "senders-later")
    return list(servers)

