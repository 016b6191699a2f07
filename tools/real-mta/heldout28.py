"""The twenty-eighth held-out set: a REAL receiving Postfix with address verification, SASL sender ownership, a
connection count limit, a DEFER_IF_PERMIT table and its own local(8) and virtual(8) delivery, refusing configured
causes.

Sets 17 to 27 put a real Postfix (alone, with real filters and policy services, with Dovecot, with rspamd, with
postscreen), Exim, Sendmail, OpenSMTPD, Haraka, Courier and qpsmtpd on the receiving side. This set puts a seventh
Postfix 3.7.11 instance there (Debian 12 package postfix 3.7.11-0+deb12u1; its own configuration directory
/etc/postfix-rcv28, queue and data directory), one smtpd listener per case from 127.0.12.1, with settings no earlier
set configured on a receiving Postfix (set 17's: local, alias and relay tables, message_size_limit, sender and
client access tables with REJECT, reject_unknown_sender_domain, reject_unknown_helo_hostname, reject_rbl_client, the
message rate limit, postgrey, header and body checks, TLS without a certificate; set 21's filters and policy services;
set 22's reject_unverified_recipient over LMTP to Dovecot and Dovecot's own deliveries; set 27's postscreen, anvil's
connection and recipient rate limits, queue_minfree, relay_recipient_maps, virtual_mailbox_maps, reject_rhsbl_sender,
check_helo_access and check_recipient_access):

- Postfix's address verification (verify(8)) of the recipient (``reject_unverified_recipient``) and of the sender
  (``reject_unverified_sender``), at their default reply codes (450): the probes go over SMTP to a SECOND real
  Postfix (an eighth instance, /etc/postfix-rcv28b, on 127.0.12.63) that is the final destination of the probed
  domains and knows none of the probed users, or, for one case, to an address where nothing listens;
- SASL sender ownership (``reject_sender_login_mismatch`` with ``smtpd_sender_login_maps`` naming an owner for the
  senders' domains; SASL enabled, nobody logs in);
- smtpd's connection count limit (``smtpd_client_connection_count_limit = 1``), its one connection held open by
  run.py from 127.0.0.1 for the whole run;
- a client access table whose action is ``DEFER_IF_PERMIT`` (access(5));
- after the queue, the receiver's own delivery agents: local(8) for a domain in mydestination with an empty
  local_recipient_maps (smtpd accepts every address; local(8) finds no such user), virtual(8) into a mailbox file
  that has nearly reached virtual_mailbox_limit, smtp(8) relaying a domain whose recipients it does not list to
  the second Postfix, which refuses the user, and pipe(8) to a program that fails (exit status 1);
- smtpd_reject_unlisted_sender on a server that also hosts the senders' domains (as virtual alias domains) and has no
  address alice there. The receiver writes those bounces and returns them to the senders'
  MTAs (transport_maps), as set 22's receiver did.

A case's ``settings`` are the -o overrides of its listener; the reply text is whatever Postfix says: no case sets a
text of its own, so every refusal is Postfix's default wording. The label is the configured cause. What the receiver
accepts for a relay domain is discarded (``relay_transport = discard:``; the gateway case's domain excepted), so a cause
that fails to refuse there leaves no file rather than a wrong one.

Not built, with the reason (the README's list): reject_unknown_recipient_domain (the senders need the recipient
domain's MX to reach the receiver at all, and the receiver resolves through the same DNS); smtpd_recipient_limit
(one recipient per message: the limit cannot be lower); reject_invalid_helo_hostname and reject_non_fqdn_* (the
senders' names and addresses are fully qualified); reject_unlisted_recipient, header_checks/body_checks REJECT and
check_sender_access/check_recipient_access "Access denied" (sets 17 and 27 have their words); Postfix's default
smtpd_relay_restrictions (defer_unauth_destination: 454 "Relay access denied", set 17's words at another code).
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver, dist_master, postfix_main_cf, postfix_master, postmap, write_postfix

SUFFIX = "heldout28.example"
FIRST_IP = "127.0.12.1"
CONF = Path("/etc/postfix-rcv28")
QUEUE = Path("/var/spool/postfix-rcv28")
DATA = Path("/var/lib/postfix-rcv28")
# The second Postfix the verification probes reach (final destination of the probed domains, knowing none of the users)
BACKEND_CONF = Path("/etc/postfix-rcv28b")
BACKEND_QUEUE = Path("/var/spool/postfix-rcv28b")
BACKEND_DATA = Path("/var/lib/postfix-rcv28b")
BACKEND_IP = "127.0.12.63"
CLOSED_IP = "127.0.12.62"  # nothing listens here (no listener, no fake server)
VMAIL = Path("/var/lib/postfix-rcv28-vmail")  # virtual_mailbox_base (outside the data directory: owned by mail)
MAIL_UID = 8  # Debian's mail user and group, the owner of the virtual mailbox
MAILBOX_LIMIT = 16384  # virtual_mailbox_limit and message_size_limit (the message is about 3.5 kB)
FILLED = 16300  # bytes already in the virtual mailbox: no message of the kit (about 0.8 to 1.5 kB) fits
# The senders' MTAs, where the receiver returns its own bounces (tools/real-mta/cases.py MTAS: domain -> SMTP port on
# 127.0.0.1); also the domains whose addresses reject_unverified_sender probes
SENDERS = {"mta-pf.example": 25, "mta-ex.example": 2526, "mta-os.example": 2527, "mta-sm.example": 2528}
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_AV = ("Postfix 3.7.11 (Debian 12), verify(8), ADDRESS_VERIFICATION_README (www.postfix.org/"
       "ADDRESS_VERIFICATION_README.html); postconf(5) ")


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Postfix: its listener's -o settings, whether it defers."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    warmup: str = ""  # "hold": run.py holds one connection from 127.0.0.1 open before the senders send


def _c(id: str, stage: str, settings: tuple[str, ...], cause: str, source: str, *, defers: bool = False,
       warmup: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause, warmup)


_RR = "smtpd_recipient_restrictions"
_SR = "smtpd_sender_restrictions"

_CONFIGURED: list[Configured] = [
    _c("rcpt-probe-backend", "RCPT", (f"{_RR}=reject_unverified_recipient",),
       "reject_unverified_recipient (unverified_recipient_reject_code 450, its default): the probe goes over SMTP to"
       " the second Postfix, the domain's final destination, which has no such user (local_recipient_maps lists"
       " only postmaster) and refuses it",
       _AV + "'reject_unverified_recipient', 'unverified_recipient_reject_code', 'address_verify_transport_maps'",
       defers=True),
    _c("rcpt-probe-closed", "RCPT", (f"{_RR}=reject_unverified_recipient",),
       "reject_unverified_recipient: the domain's next hop for the probe is an address where nothing listens, so"
       " the probe cannot finish (unverified_recipient_defer_code 450, its default)",
       _AV + "'reject_unverified_recipient', 'unverified_recipient_defer_code', 'address_verify_transport_maps'",
       defers=True),
    _c("mail-probe-sender", "RCPT", (f"{_SR}=reject_unverified_sender",),
       "reject_unverified_sender (unverified_sender_reject_code 450, its default): the probe of the envelope"
       " sender goes over SMTP to the second Postfix, standing for the sender domain's mail server, which has no"
       " user alice and refuses it",
       _AV + "'reject_unverified_sender', 'unverified_sender_reject_code', 'address_verify_transport_maps'",
       defers=True),
    _c("mail-login-owner", "RCPT",
       ("smtpd_sasl_auth_enable=yes", f"smtpd_sender_login_maps=hash:{CONF}/logins",
        f"{_SR}=reject_sender_login_mismatch"),
       "reject_sender_login_mismatch: smtpd_sender_login_maps names a SASL login that owns the four senders'"
       " domains; SASL is on (Cyrus, the default smtpd_sasl_type) and the sending servers do not log in",
       _PC + "'reject_sender_login_mismatch', 'smtpd_sender_login_maps', 'smtpd_sasl_auth_enable'; SASL_README"),
    _c("conn-held-slot", "CONN", ("smtpd_client_connection_count_limit=1", "smtpd_timeout=3600s"),
       "smtpd_client_connection_count_limit = 1 (concurrent connections per client; no exceptions), the one"
       " connection held open from 127.0.0.1 by run.py for the whole run (smtpd_timeout = 3600s on this listener)",
       _PC + "'smtpd_client_connection_count_limit', 'smtpd_client_event_limit_exceptions'; anvil(8)",
       defers=True, warmup="hold"),
    _c("rcpt-client-hold", "RCPT", (f"smtpd_client_restrictions=check_client_access,cidr:{CONF}/clients-hold",),
       "check_client_access: a cidr table maps 127.0.0.1/32 to DEFER_IF_PERMIT (no text), and no later"
       " restriction rejects",
       _PC + "'check_client_access', 'defer_if_permit', 'defer_code'; access(5) DEFER_IF_PERMIT; cidr_table(5)",
       defers=True),
    _c("local-passwd-miss", "DATA", (),
       "after the queue: the domain is in mydestination with local_recipient_maps empty (smtpd accepts every"
       " address), and local(8) finds no alias and no passwd entry 'user'",
       _PC + "'local_recipient_maps' (empty: accept), 'mydestination'; local(8); LOCAL_RECIPIENT_README"),
    _c("vmail-brimful", "DATA", (),
       f"after the queue: virtual(8) delivers into the recipient's mailbox file, which already holds {FILLED} bytes"
       f" of its virtual_mailbox_limit of {MAILBOX_LIMIT}",
       _PC + "'virtual_mailbox_limit', 'virtual_mailbox_maps', 'virtual_mailbox_base'; virtual(8); VIRTUAL_README"),
    _c("hop-mailstore-stranger", "DATA", (),
       "after the queue: the receiver is a gateway for a relay domain without a list of its recipients (no"
       " relay_recipient_maps: smtpd accepts every address) and relays it over SMTP to the second Postfix, the"
       " domain's mail store, which has no such user and refuses it",
       _PC + "'relay_domains', 'relay_recipient_maps' (unset: every address accepted), 'transport_maps';"
       " ADDRESS_CLASS_README (relay domain class); smtp(8)"),
    _c("mail-hosted-alias-miss", "RCPT",
       ("smtpd_reject_unlisted_sender=yes", f"virtual_alias_domains={', '.join(SENDERS)}",
        f"virtual_alias_maps=hash:{CONF}/hosted_aliases", "rewrite_service_name=rewrite-hosted"),
       "smtpd_reject_unlisted_sender = yes on a server that also hosts the senders' domains as virtual alias"
       " domains (its own trivial-rewrite service with the same virtual_alias_domains), whose virtual_alias_maps"
       " list only their postmasters: the envelope sender alice is no address there",
       _PC + "'smtpd_reject_unlisted_sender', 'reject_unlisted_sender', 'unknown_virtual_alias_reject_code',"
       " 'virtual_alias_domains', 'rewrite_service_name'; VIRTUAL_README"),
    _c("pipe-program-exit", "DATA", (),
       "after the queue: the domain is delivered by a pipe(8) transport to a program that exits with status 1"
       " (/bin/false), which is no sysexits code for a temporary failure: the receiver bounces",
       _PC + "'transport_maps'; pipe(8) (exit status, sysexits.h); master(5)"),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep their addresses.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT28: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, a local, a virtual mailbox and relay domains, the probes'
    routes, the senders' domains routed back to their MTAs, the kit's short queue."""
    local = _case("local-passwd-miss").domain
    vmail = _case("vmail-brimful").domain
    return postfix_main_cf("postfix-rcv28", SUFFIX, QUEUE, DATA, {
        "mydestination": local,
        "local_recipient_maps": "",
        "alias_maps": "",
        "alias_database": "",
        "virtual_mailbox_domains": vmail,
        "virtual_mailbox_maps": f"hash:{CONF}/vmailbox",
        "virtual_mailbox_base": str(VMAIL),
        "virtual_uid_maps": f"static:{MAIL_UID}",
        "virtual_gid_maps": f"static:{MAIL_UID}",
        "virtual_minimum_uid": str(MAIL_UID),
        "virtual_mailbox_limit": str(MAILBOX_LIMIT),
        "message_size_limit": str(MAILBOX_LIMIT),
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED if h.domain not in (local, vmail)),
        "relay_transport": "discard:",
        "transport_maps": f"hash:{CONF}/transport",
        "address_verify_transport_maps": f"hash:{CONF}/verify_transport",
        "smtpd_relay_restrictions": "reject_unauth_destination",
        "smtpd_client_event_limit_exceptions": "",
    }, reports=True)  # it sends reports back to the senders: an origin, [::1], the short queue (receiver.py)


def master_cf() -> list[str]:
    """Debian's master.cf.dist without its smtp listener, then one smtpd per case with its -o settings (receiver.py's
    postfix_master, without the trailing space of a case that has none)."""
    master = [line.rstrip() for line in postfix_master(listeners(), "postfix-rcv28")]
    # the trivial-rewrite service of the listener that hosts the senders' domains (mail-hosted-alias-miss), and the
    # pipe(8) transport of pipe-program-exit
    master.append("rewrite-hosted unix - - n - - trivial-rewrite"
                  f" -o {{ virtual_alias_domains = {', '.join(SENDERS)} }}"
                  f" -o virtual_alias_maps=hash:{CONF}/hosted_aliases")
    master.append("program-exit unix - n n - - pipe flags=q user=nobody argv=/bin/false")
    return master


def backend_main_cf() -> dict[str, str]:
    """The second Postfix: final destination of the recipient-probe domain and of the senders' domains, knowing only
    their postmasters (what it would accept is discarded)."""
    return postfix_main_cf("postfix-rcv28b", SUFFIX, BACKEND_QUEUE, BACKEND_DATA, {
        "mydestination": ", ".join([_case("rcpt-probe-backend").domain, _case("hop-mailstore-stranger").domain,
                                    *SENDERS]),
        "local_recipient_maps": f"hash:{BACKEND_CONF}/users",
        "alias_maps": "",
        "alias_database": "",
        "local_transport": "discard:",
        "default_transport": "discard:",
    }, host="mailstore")


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv28 and /etc/postfix-rcv28b (main.cf, master.cf, tables), the nearly full mailbox, and
    return the receiver's listening addresses (the second Postfix listens on BACKEND_IP)."""
    # fresh: no queue file, verify cache or mailbox of an earlier run
    write_postfix(CONF, main_cf(), master_cf(), QUEUE, DATA, fresh=True)
    if VMAIL.exists():
        shutil.rmtree(VMAIL)
    VMAIL.mkdir(parents=True)
    vmail = _case("vmail-brimful").domain
    (CONF / "vmailbox").write_text(f"user@{vmail} {vmail}/user\npostmaster@{vmail} {vmail}/postmaster\n")
    routes = [f"{d} smtp:[127.0.0.1]:{port}" for d, port in SENDERS.items()]
    routes.append(f"{_case('hop-mailstore-stranger').domain} smtp:[{BACKEND_IP}]:25")
    routes.append(f"{_case('pipe-program-exit').domain} program-exit:")
    (CONF / "transport").write_text("\n".join(routes) + "\n")
    probes = [f"{_case('rcpt-probe-backend').domain} smtp:[{BACKEND_IP}]:25",
              f"{_case('rcpt-probe-closed').domain} smtp:[{CLOSED_IP}]:25"]
    probes += [f"{d} smtp:[{BACKEND_IP}]:25" for d in SENDERS]
    (CONF / "verify_transport").write_text("\n".join(probes) + "\n")
    (CONF / "logins").write_text("".join(f"@{d} owner-{d.split('.')[0]}\n" for d in SENDERS))
    (CONF / "clients-hold").write_text("127.0.0.1/32 DEFER_IF_PERMIT\n")
    (CONF / "hosted_aliases").write_text("".join(f"postmaster@{d} postmaster@{SUFFIX}\n" for d in SENDERS))
    postmap(CONF, "vmailbox", "transport", "verify_transport", "logins", "hosted_aliases")
    box = VMAIL / vmail / "user"
    box.parent.mkdir(parents=True)
    filler = "From filler@mx.heldout28.example  Thu Jan  1 00:00:00 2026\nSubject: earlier mail\n\n"
    filler += ("x" * 71 + "\n") * ((FILLED - len(filler)) // 72)
    filler += "y" * (FILLED - len(filler) - 2) + "\n\n"
    box.write_text(filler)
    for p in (VMAIL, VMAIL / vmail, box):
        shutil.chown(p, MAIL_UID, MAIL_UID)
    master = [*dist_master(), f"{BACKEND_IP}:smtp inet n - n - - smtpd"]
    write_postfix(BACKEND_CONF, backend_main_cf(), master, BACKEND_QUEUE, BACKEND_DATA, fresh=True)
    users = [f"postmaster@{_case(c).domain} x" for c in ("rcpt-probe-backend", "hop-mailstore-stranger")]
    users += [f"postmaster@{d} x" for d in SENDERS]
    (BACKEND_CONF / "users").write_text("\n".join(users) + "\n")
    postmap(BACKEND_CONF, "users")
    return list(listeners())


def holds() -> list[str]:
    """The addresses of the cases whose one allowed connection run.py holds open from 127.0.0.1."""
    return [ip for ip, h in listeners().items() if h.warmup == "hold"]
