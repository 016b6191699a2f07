"""The twenty-second held-out set: a REAL receiving Postfix that delivers to a REAL Dovecot (LMTP, Pigeonhole Sieve).

Set 17's and 21's receivers refused in the SMTP session. This set's receiver is a fourth Postfix 3.7.11 instance
(Debian 12 package postfix 3.7.11-0+deb12u1, its own configuration directory /etc/postfix-rcv22, queue and data
directory, written by write_receiver below) listening on one loopback address per case from 127.0.4.1, which hands
its mail to a Dovecot 2.3.19.1 (Debian 12 packages dovecot-core, dovecot-lmtpd, dovecot-sieve, dovecot-managesieved
1:2.3.19.1+dfsg1-2.1+deb12u7) run by run.py with its own configuration (``dovecot -F -c /etc/postfix-rcv22/
dovecot.conf``: its own base_dir /run/rcv22/dovecot, mail under /var/lib/rcv22/mail, log
/var/log/real-mta/dovecot-rcv22.log), over LMTP (``virtual_transport = lmtp:unix:...``) or, where a documented
command-line option makes it refuse, through dovecot-lda in a pipe transport.

Two ways a Dovecot refusal reaches the sender, both what such a receiver really does:

- in the SMTP session (the sending MTA writes the bounce): Postfix's ``reject_unverified_recipient`` probes the
  recipient through the same LMTP transport, so Dovecot's RCPT reply (no such user; ``lmtp_rcpt_check_quota``) is
  Postfix's answer at RCPT TO; and Dovecot's quota-status policy service answers Postfix's ``check_policy_service``;
- after the queue (the receiving Postfix writes the bounce and the delay notices, with the kit's short queue
  settings, and sends them to the sender's MTA, which files them in alice's mailbox): Dovecot's LMTP or dovecot-lda
  refuses or defers the delivery (no such user, a full mailbox, a message over ``quota_max_mail_size``, a Sieve
  ``reject``, a missing LMTP socket, a userdb that cannot be read).

A case's ``reply`` is empty (the words are Dovecot's and Postfix's, not chosen here); ``settings`` are the smtpd -o
overrides of its address, ``route`` the receiver's transport for the case's domain (``lmtp`` unless said), ``user``
the userdb line's extra fields for user@<domain> (None: no such user), ``defers`` whether the configured cause is
temporary, ``pad`` bytes of filler in the message, ``source`` the documentation of the setting.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import (
    Deferring,
    Receiver,
    dovecot_passwd_files,
    postfix_main_cf,
    postfix_master,
    postmap,
    stored_message,
    write_postfix,
)

SUFFIX = "heldout22.example"
FIRST_IP = "127.0.4.1"
CONF = Path("/etc/postfix-rcv22")
QUEUE = Path("/var/spool/postfix-rcv22")
DATA = Path("/var/lib/postfix-rcv22")
RUN = Path("/run/rcv22")
BASE = RUN / "dovecot"  # Dovecot's base_dir: its LMTP socket, auth sockets, pid file
MAIL = Path("/var/lib/rcv22/mail")  # Dovecot's mail location (Maildir per user)
SIEVE = Path("/var/lib/rcv22/sieve")  # the users' Sieve scripts (compiled there by Pigeonhole, as the mail user)
USERS = CONF / "users"  # one passwd-file per domain (userdb and passdb, args .../%d)
DOVECOT_CONF = CONF / "dovecot.conf"
LMTP_SOCKET = BASE / "lmtp"
GONE_SOCKET = BASE / "lmtp-gone"  # nothing is ever there
QUOTA_STATUS = ("127.0.0.1", 12340)  # Dovecot's quota-status policy service (the port of Dovecot's example)
REINJECT = ("127.0.0.1", 11225)  # the receiver's smtpd for what Dovecot sends itself (submission_host)
MAIL_USER = "mail"  # the system user (uid 8) Dovecot and dovecot-lda store mail as
# The senders' MTAs, where the receiver returns its own bounces and Dovecot's rejection messages (tools/real-mta/
# cases.py MTAS: domain -> SMTP port on 127.0.0.1)
SENDERS = {"mta-pf.example": 25, "mta-ex.example": 2526, "mta-os.example": 2527, "mta-sm.example": 2528}
LDA = "/usr/lib/dovecot/dovecot-lda"
LDA_LOG = Path("/var/log/real-mta/dovecot-lda-rcv22.log")  # written by dovecot-lda as the mail user
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_DV = "Dovecot 2.3.19.1 (Debian 12 dovecot-core 1:2.3.19.1+dfsg1-2.1+deb12u7)"
_QUOTA = (_DV + ", /usr/share/doc/dovecot-core/wiki/Quota.Configuration.txt (quota_rule, per-user quota from"
          " passwd-file userdb_quota_rule), Quota.Maildir.txt; https://doc.dovecot.org/2.3/configuration_manual/"
          "quota/")
_LDA = (_DV + ", dovecot-lda(1) (-c, -d, -e, -o); /usr/share/doc/dovecot-core/wiki/LDA.Postfix.txt (the pipe"
        " transport); Postfix 3.7.11 pipe(8)")
_SIEVE = ("Pigeonhole 0.5.19 (Debian 12 dovecot-sieve 1:2.3.19.1+dfsg1-2.1+deb12u7), /usr/share/doc/dovecot-core/"
          "sieve and wiki/Pigeonhole.Sieve.Configuration.txt (the sieve plugin setting); RFC 5429 (reject)")
# The Sieve scripts of the two users that refuse (the reason is what an administrator would write for a role
# address that is no longer read)
REASON = "This address is no longer read. Please write to the office address on our website instead."


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the receiving Postfix and its Dovecot."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    route: str = "lmtp"  # the receiver's transport for the case's domain (transport_maps), see _routes()
    user: str | None = ""  # userdb extra fields of user@<domain>; None: the user does not exist
    pad: int = 0  # bytes of filler text in the message


def _c(id: str, stage: str, cause: str, source: str, *, settings: tuple[str, ...] = (), defers: bool = False,
       route: str = "lmtp", user: str | None = "", pad: int = 0) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause, route, user, pad)


_RR = "smtpd_recipient_restrictions"
_FULL = "userdb_quota_rule=*:storage=1K"  # the mailbox holds a 4 kB message already (write_receiver)
_PROBE = (f"{_RR}=reject_unverified_recipient",)
_VERIFY = (_PC + "'reject_unverified_recipient', 'unverified_recipient_reject_code' (550 here; the default 450 is"
           " for testing); ADDRESS_VERIFICATION_README")

_CONFIGURED: list[Configured] = [
    # --- refused in the SMTP session: the sending MTAs write the bounces
    _c("rcpt-probe-stranger", "RCPT",
       "no such user in Dovecot's userdb; Postfix's reject_unverified_recipient probes the address through the LMTP"
       " transport and answers RCPT TO with Dovecot's reply",
       _DV + ", LMTP (userdb lookup at RCPT TO), /usr/share/doc/dovecot-core/wiki/LMTP.txt; " + _VERIFY,
       settings=_PROBE, user=None),
    _c("rcpt-probe-brimful", "RCPT",
       "the user's mailbox is over its quota (quota_rule *:storage=1K, a 4 kB message stored) and Dovecot checks the"
       " quota at RCPT TO (lmtp_rcpt_check_quota = yes); Postfix's reject_unverified_recipient probe passes"
       " Dovecot's reply on",
       _QUOTA + "; LMTP.txt ('lmtp_rcpt_check_quota = yes enables quota checking already at RCPT TO stage'); "
       + _VERIFY, settings=_PROBE, user=_FULL),
    _c("rcpt-status-service", "RCPT",
       "Dovecot's quota-status policy service (quota-status -p postfix, quota_status_overquota left at its"
       " default) as Postfix's check_policy_service; the user's mailbox is over its quota",
       _DV + ", /usr/share/doc/dovecot-core/wiki/Quota.Configuration.txt; Quota Plugin, 'Quota Service' ("
       "service quota-status, executable = quota-status -p postfix, port 12340), https://doc.dovecot.org/2.3/"
       "configuration_manual/quota_plugin/ (quota_status_overquota left unset: the quota error's own text); "
       + _PC + "'check_policy_service'", settings=(
           f"{_RR}=check_policy_service,inet:{QUOTA_STATUS[0]}:{QUOTA_STATUS[1]}",), user=_FULL),
    # --- refused or deferred after the queue: the receiving Postfix writes the bounces and delay notices
    _c("lmtp-stranger", "RCPT",
       "no such user in Dovecot's userdb; the receiver accepts every address of the domain (no recipient check)"
       " and Dovecot's LMTP refuses it at RCPT TO",
       _DV + ", LMTP, /usr/share/doc/dovecot-core/wiki/LMTP.txt; " + _PC + "'virtual_transport'; LMTP_README",
       user=None),
    _c("lmtp-padded-message", "DATA",
       "a message larger than the user's quota_max_mail_size (2k; the message is about 4 kB)",
       _DV + ", /usr/share/doc/dovecot-core/wiki/Quota.Configuration.txt ('Maximum saved mail size',"
       " quota_max_mail_size, v2.2.29+), overridden per user from the userdb",
       user="userdb_quota_max_mail_size=2k", pad=3000, defers=True),
    _c("lmtp-sieve-script", "DATA",
       "the user's Sieve script rejects every message with `reject` (RFC 5429) and a reason an administrator would"
       " write; delivered over LMTP, where Pigeonhole refuses by a rejection message it sends itself",
       _SIEVE + "; " + _DV + ", LMTP.txt; submission_host", user=f"userdb_sieve={SIEVE}/reject.sieve"),
    _c("lda-brimful-hard", "DATA",
       "the user's mailbox is over its quota (quota_rule *:storage=1K, a 4 kB message stored); delivered by"
       " dovecot-lda -e in a pipe transport with quota_full_tempfail = no (Dovecot's default: a permanent"
       " failure): the reason on stderr, exit EX_NOPERM, which Postfix's pipe transport turns into a bounce",
       _QUOTA + "; quota_full_tempfail; " + _LDA, route="lda-hard", user=_FULL),
    _c("lda-brimful-soft", "DATA",
       "the user's mailbox is over its quota; delivered by dovecot-lda with -o quota_full_tempfail=yes (a temporary"
       " failure: the receiving Postfix retries, then bounces after its 2-minute queue lifetime)",
       _QUOTA + "; quota_full_tempfail; " + _LDA, route="lda-soft", user=_FULL, defers=True),
    _c("lda-brimful-notice", "DATA",
       "the user's mailbox is over its quota; delivered by dovecot-lda without -e, so Dovecot refuses by sending"
       " its own rejection message to the sender (rejection_subject and rejection_reason left at their defaults)"
       " and the receiving Postfix counts the delivery as done",
       _QUOTA + "; " + _LDA + " (without -e: 'The default is to send a rejection mail ourself'); doveconf -d"
       " rejection_subject, rejection_reason", route="lda-notice", user=_FULL),
    _c("lmtp-socket-gone", "DATA",
       "the domain's LMTP transport names a socket of Dovecot's base_dir where nothing listens (Dovecot's LMTP"
       " service is not there): the receiving Postfix defers, then bounces after its queue lifetime",
       _PC + "'transport_maps'; lmtp(8) (connect to the UNIX-domain socket); " + _DV + ", LMTP.txt",
       route="gone", defers=True),
    _c("lmtp-userdb-locked", "RCPT",
       "the domain's passwd-file (userdb and passdb) cannot be read by Dovecot's auth process (owned by root, mode"
       " 0600; auth runs as the dovecot user, as Debian's 10-master.conf suggests): the userdb lookup fails"
       " temporarily",
       _DV + ", /usr/share/doc/dovecot-core/wiki/AuthDatabase.PasswdFile.txt (args with %d), LMTP.txt; 10-master.conf"
       " ('service auth { user = $default_internal_user }')", user="", defers=True),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep the addresses their
# bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT22: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
LOCKED = _RECEIVER.case("lmtp-userdb-locked")


def _routes() -> dict[str, str]:
    """The receiver's transport names: route -> Postfix transport (master.cf services below)."""
    return {"lmtp": f"lmtp:unix:{LMTP_SOCKET}", "gone": f"lmtp:unix:{GONE_SOCKET}", "lda-hard": "dovecot-hard:",
            "lda-soft": "dovecot-soft:", "lda-notice": "dovecot-notice:"}


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, every case's domain a virtual mailbox domain delivered over
    LMTP (transport_maps for the others), the senders' domains routed back to their MTAs, the kit's short queue."""
    return postfix_main_cf("postfix-rcv22", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "local_recipient_maps": "",
        "virtual_mailbox_domains": ", ".join(h.domain for h in _CONFIGURED),
        "virtual_transport": _routes()["lmtp"],
        "transport_maps": f"hash:{CONF}/transport",
        "smtpd_relay_restrictions": "reject_unauth_destination",
        "unverified_recipient_reject_code": "550",
        "dovecot-hard_destination_recipient_limit": "1",
        "dovecot-soft_destination_recipient_limit": "1",
        "dovecot-notice_destination_recipient_limit": "1",
    }, reports=True)  # it sends reports back to the senders: an origin, [::1], the short queue (receiver.py)


def dovecot_conf() -> str:
    """Dovecot's own configuration (``-c``): LMTP only, with quota and Sieve, everything under the kit's directories;
    the quota-status policy service; auth as the dovecot user (10-master.conf's suggestion)."""
    return f"""\
protocols = lmtp
instance_name = dovecot-rcv22
base_dir = {BASE}
state_dir = /var/lib/rcv22/state
log_path = /var/log/real-mta/dovecot-rcv22.log
listen = 127.0.0.1
ssl = no
hostname = mx.{SUFFIX}
postmaster_address = postmaster@{SUFFIX}
submission_host = {REINJECT[0]}:{REINJECT[1]}
mail_location = maildir:{MAIL}/%d/%n
mail_uid = {MAIL_USER}
mail_gid = {MAIL_USER}
first_valid_uid = 8
first_valid_gid = 8
mail_plugins = quota
auth_mechanisms = plain
passdb {{
  driver = passwd-file
  args = scheme=plain username_format=%u {USERS}/%d
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {USERS}/%d
}}
service auth {{
  user = $default_internal_user
  unix_listener auth-userdb {{
    mode = 0666
  }}
}}
service lmtp {{
  unix_listener lmtp {{
    mode = 0666
  }}
}}
service quota-status {{
  executable = quota-status -p postfix
  inet_listener {{
    address = {QUOTA_STATUS[0]}
    port = {QUOTA_STATUS[1]}
  }}
  client_limit = 1
}}
protocol lmtp {{
  mail_plugins = $mail_plugins sieve
  lmtp_rcpt_check_quota = yes
}}
protocol lda {{
  mail_plugins = $mail_plugins sieve
  log_path = {LDA_LOG}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
plugin {{
  quota = maildir:User quota
}}
"""


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv22 (main.cf, master.cf, transport map, Dovecot's configuration and passwd-files), the
    users' Sieve scripts and the full mailboxes; return the listening addresses."""
    servers = listeners()
    for d in (RUN, BASE.parent):
        d.mkdir(parents=True, exist_ok=True)
    for d in (MAIL.parent, SIEVE.parent):
        if d.exists():
            shutil.rmtree(d)
    master = postfix_master(servers, "postfix-rcv22")
    # what Dovecot sends itself (Sieve's rejection messages) comes back in here and goes on to the senders' MTAs
    master.append(f"{REINJECT[0]}:{REINJECT[1]} inet n - n - - smtpd -o syslog_name=postfix-rcv22/reinject"
                  " -o mynetworks=127.0.0.0/8 -o smtpd_relay_restrictions=permit_mynetworks,reject")
    # LDA.Postfix.txt's pipe transport, as the mail user, with Dovecot's configuration; each variant its option
    lda = f"user={MAIL_USER}:{MAIL_USER} argv={LDA} -c {DOVECOT_CONF} -f ${{sender}} -d ${{recipient}}"
    for name, opt in (("dovecot-hard", " -e -o quota_full_tempfail=no"),
                      ("dovecot-soft", " -e -o quota_full_tempfail=yes"), ("dovecot-notice", "")):
        master.append(f"{name} unix - n n - - pipe")
        master.append(f"  flags=DRhu {lda}{opt}")
    write_postfix(CONF, main_cf(), master, QUEUE, DATA)
    routes = _routes()
    lines = [f"{h.domain} {routes[h.route]}" for h in _CONFIGURED if h.route != "lmtp"]
    lines += [f"{d} smtp:[127.0.0.1]:{port}" for d, port in SENDERS.items()]
    (CONF / "transport").write_text("\n".join(lines) + "\n")
    postmap(CONF, "transport")
    (CONF / "dovecot.conf").write_text(dovecot_conf())
    # the userdb: one passwd-file per domain; the locked case's root's, which Dovecot's auth process cannot read
    dovecot_passwd_files(USERS, _CONFIGURED, MAIL, unreadable=LOCKED)
    # the Sieve scripts (compiled by Pigeonhole, as the mail user, beside them)
    SIEVE.mkdir(parents=True)
    (SIEVE / "reject.sieve").write_text(f'require ["reject"];\nreject "{REASON}";\n')
    # the full mailboxes: a 4 kB message already stored in each, over the 1K quota
    for h in _CONFIGURED:
        if h.user == _FULL:
            stored_message(MAIL / h.domain / "user", SUFFIX)
    MAIL.mkdir(parents=True, exist_ok=True)
    for d in (MAIL.parent, SIEVE):
        subprocess.run(["chown", "-R", f"{MAIL_USER}:{MAIL_USER}", str(d)], check=True)
    LDA_LOG.touch()
    shutil.chown(LDA_LOG, MAIL_USER, MAIL_USER)
    Path("/var/lib/rcv22/state").mkdir(parents=True, exist_ok=True)
    return list(servers)
