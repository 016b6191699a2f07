"""The twenty-ninth held-out set: a REAL Dovecot (LMTP with quota and proxying, its quota-status policy service, its
submission server) behind and beside a REAL receiving Postfix, refusing configured causes set 22 did not.

Set 22 put a Postfix delivering to Dovecot on the receiving side (Postfix's recipient probe over LMTP: no such user,
a mailbox over quota checked at RCPT; the quota-status service over quota; LMTP's no such user, quota_max_mail_size
and Sieve ``reject``; dovecot-lda over quota three ways; a missing LMTP socket; an unreadable userdb). This set puts a
ninth receiving Postfix 3.7.11 instance there (Debian 12 package postfix 3.7.11-0+deb12u1; its own configuration
directory /etc/postfix-rcv29, queue and data directory), one smtpd listener per case from 127.0.13.1, and a Dovecot
2.3.19.1 (Debian 12 packages dovecot-core, dovecot-lmtpd, dovecot-submissiond 1:2.3.19.1+dfsg1-2.1+deb12u7) run by
run.py with its own configuration (``dovecot -F -c /etc/postfix-rcv29/dovecot.conf``: base_dir /run/rcv29/dovecot,
mail under /var/lib/rcv29/mail, log /var/log/real-mta/dovecot-rcv29.log), with causes no earlier set configured:

- in the SMTP session: Dovecot's quota-status policy service (``check_policy_service``) answering for a user its
  userdb does not have (``quota_status_nouser`` at its default, "REJECT Unknown user"); and Dovecot's submission
  server itself as the domain's mail server (its listener on the case's address, port 25), which relays only for
  users who log in, and the sending servers do not;
- after the queue (the receiving Postfix writes the bounces and delay notices, with the kit's short queue, and sends
  them to the senders' MTAs): Dovecot's LMTP at the end of the data for a mailbox over its storage quota and one at
  its message-count quota (``quota_full_tempfail = no``, the default: permanent), for a mailbox over its storage
  quota with ``quota_full_tempfail = yes`` from the userdb (temporary), and for a mail directory the mail user cannot
  enter (root's, mode 0700: temporary); Dovecot's LMTP proxying (``lmtp_proxy = yes``, the passdb's ``proxy``,
  ``host`` and ``port`` fields) to a backend where nothing listens (temporary) and to its own LMTP listener (a loop).

A Sieve ``ereject`` (RFC 5429) was configured first and left out before the run: Pigeonhole 0.5.19 as Debian builds
it does not know the capability even with ``sieve_extensions = +ereject`` (its script failed to compile and the message
was stored), so no refusal could come of it.

A case's ``reply`` is empty (the words are Dovecot's and Postfix's, not chosen here); ``settings`` are the smtpd -o
overrides of its address, ``user`` the passwd-file line's extra fields for user@<domain> (None: no such user),
``listener`` who answers on the case's address ("postfix" or Dovecot's "submission"), ``route`` how the receiving
Postfix reaches Dovecot's LMTP, ``defers`` whether the configured cause is temporary, ``source`` the documentation of
the setting.
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

SUFFIX = "heldout29.example"
FIRST_IP = "127.0.13.1"
CONF = Path("/etc/postfix-rcv29")
QUEUE = Path("/var/spool/postfix-rcv29")
DATA = Path("/var/lib/postfix-rcv29")
RUN = Path("/run/rcv29")
BASE = RUN / "dovecot"  # Dovecot's base_dir: its LMTP socket, auth sockets, pid file
STATE = Path("/var/lib/rcv29/state")
MAIL = Path("/var/lib/rcv29/mail")  # Dovecot's mail location (Maildir per user)
USERS = CONF / "users"  # one passwd-file per domain (userdb and passdb, args .../%d)
DOVECOT_CONF = CONF / "dovecot.conf"
LMTP_SOCKET = BASE / "lmtp"
QUOTA_STATUS = ("127.0.0.1", 12341)  # Dovecot's quota-status policy service
REINJECT = ("127.0.0.1", 11229)  # the receiver's smtpd for what Dovecot sends itself (submission relay host)
PROXY_BACKEND = ("127.0.13.62", 24)  # the LMTP proxy's backend: nothing listens there
LMTP_INET = ("127.0.13.61", 24)  # Dovecot's LMTP on TCP, the proxy-loop case's route
MAIL_USER = "mail"  # the system user (uid 8) Dovecot stores mail as
SENDERS = {"mta-pf.example": 25, "mta-ex.example": 2526, "mta-os.example": 2527, "mta-sm.example": 2528}
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_DV = "Dovecot 2.3.19.1 (Debian 12 dovecot-core 1:2.3.19.1+dfsg1-2.1+deb12u7)"
_QUOTA = (_DV + ", /usr/share/doc/dovecot-core/wiki/Quota.Configuration.txt (quota_rule, per-user quota from the"
          " passwd-file's userdb_quota_rule), Quota.Maildir.txt; https://doc.dovecot.org/2.3/configuration_manual/"
          "quota/; LMTP.txt; " + _PC + "'virtual_transport'; LMTP_README")


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the receiving Postfix and its Dovecot."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    user: str | None = ""  # passwd-file extra fields of user@<domain>; None: the user does not exist
    listener: str = "postfix"  # who answers on the case's address: the receiving Postfix or Dovecot's submission
    route: str = "unix"  # how the receiving Postfix reaches Dovecot's LMTP: its UNIX socket, or "inet" (LMTP_INET)


def _c(id: str, stage: str, cause: str, source: str, *, settings: tuple[str, ...] = (), defers: bool = False,
       user: str | None = "", listener: str = "postfix", route: str = "unix") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause, user, listener, route)


_RR = "smtpd_recipient_restrictions"
_FULL = "userdb_quota_rule=*:storage=1K"  # the mailbox holds a 4 kB message already (write_receiver)

_CONFIGURED: list[Configured] = [
    # --- refused in the SMTP session: the sending MTAs write the bounces
    _c("rcpt-status-stranger", "RCPT",
       "Dovecot's quota-status policy service (quota-status -p postfix) as Postfix's check_policy_service; the"
       " recipient is not in Dovecot's userdb, and quota_status_nouser is left at its default ('REJECT Unknown"
       " user')",
       _DV + ", /usr/share/doc/dovecot-core/wiki/Quota.Configuration.txt; Quota Plugin, 'Quota Service'"
       " (quota_status_nouser, default 'REJECT Unknown user'), https://doc.dovecot.org/2.3/configuration_manual/"
       "quota_plugin/; " + _PC + "'check_policy_service'; access(5) REJECT",
       settings=(f"{_RR}=check_policy_service,inet:{QUOTA_STATUS[0]}:{QUOTA_STATUS[1]}",), user=None),
    _c("mail-submission-login", "MAIL",
       "the domain's mail server (its MX address, port 25) is Dovecot's submission server, which relays only for"
       " users who log in (AUTH); the sending servers do not log in",
       _DV + ", /usr/share/doc/dovecot-core/wiki/Submission.txt (submission service, submission_relay_host;"
       " 'Authentication required' before MAIL); RFC 6409 section 4.3, RFC 4954 section 6 (530 5.7.0)",
       listener="submission"),
    # --- refused or deferred after the queue: the receiving Postfix writes the bounces and delay notices
    _c("lmtp-brimful-storage", "DATA",
       "the user's mailbox is over its storage quota (quota_rule *:storage=1K, a 4 kB message stored); Dovecot's"
       " LMTP checks the quota when it saves the message (lmtp_rcpt_check_quota = no, the default) and"
       " quota_full_tempfail = no (the default): a permanent failure at the end of the data",
       _QUOTA + "; quota_full_tempfail", user=_FULL),
    _c("lmtp-brimful-count", "DATA",
       "the user's mailbox is at its message-count quota (quota_rule *:messages=1, one message stored); the same"
       " LMTP delivery, permanent",
       _QUOTA + " (messages=N)", user="userdb_quota_rule=*:messages=1"),
    _c("lmtp-brimful-tempfail", "DATA",
       "the user's mailbox is over its storage quota, and the userdb sets quota_full_tempfail = yes for the user:"
       " LMTP answers with a temporary failure, the receiving Postfix retries, then bounces after its 2-minute"
       " queue lifetime",
       _QUOTA + "; quota_full_tempfail ('If user is over quota, return with temporary failure instead of"
       " bouncing the mail'); userdb extra fields override settings (UserDatabase.ExtraFields.txt)",
       user=_FULL + " userdb_quota_full_tempfail=yes", defers=True),
    _c("lmtp-proxy-loop", "RCPT",
       "Dovecot's LMTP proxies the user (lmtp_proxy = yes; the passdb's proxy and host fields) to an address and"
       " port that are its own LMTP listener (where the receiving Postfix delivers the domain, lmtp:inet): Dovecot"
       " finds that the proxying loops to itself and refuses the recipient",
       _DV + ", /usr/share/doc/dovecot-core/wiki/LMTP.txt (lmtp_proxy), PasswordDatabase.ExtraFields.Proxy.txt"
       " (proxy, host, port); " + _PC + "'transport_maps'; lmtp(8)",
       user=f"proxy=y host={LMTP_INET[0]} port={LMTP_INET[1]}", route="inet"),
    _c("lmtp-maildir-denied", "DATA",
       "the user's mail directory belongs to root with mode 0700, and Dovecot stores mail as the mail user: it"
       " cannot create the Maildir (Permission denied in Dovecot's log), a temporary failure; the receiving"
       " Postfix retries, then bounces after its queue lifetime",
       _DV + ", mail_uid, mail_location (MailLocation.Maildir.txt), LMTP.txt", defers=True),
    _c("lmtp-proxy-down", "RCPT",
       "Dovecot's LMTP proxies the user (lmtp_proxy = yes; the passdb's proxy and host fields) to a backend"
       f" ({PROXY_BACKEND[0]} port {PROXY_BACKEND[1]}) where nothing listens: a temporary failure; the receiving"
       " Postfix retries, then bounces after its queue lifetime",
       _DV + ", /usr/share/doc/dovecot-core/wiki/LMTP.txt (lmtp_proxy), PasswordDatabase.ExtraFields.Proxy.txt"
       " (proxy, host, port)", user=f"proxy=y host={PROXY_BACKEND[0]} port={PROXY_BACKEND[1]}", defers=True),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep the addresses their
# bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT29: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case
DENIED = _case("lmtp-maildir-denied")
SUBMISSION_IP = _RECEIVER.ip("mail-submission-login")


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, every case's domain a virtual mailbox domain delivered over
    LMTP, the senders' domains routed back to their MTAs, the kit's short queue."""
    return postfix_main_cf("postfix-rcv29", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "local_recipient_maps": "",
        "virtual_mailbox_domains": ", ".join(h.domain for h in _CONFIGURED),
        "virtual_transport": f"lmtp:unix:{LMTP_SOCKET}",
        "transport_maps": f"hash:{CONF}/transport",
        "smtpd_relay_restrictions": "reject_unauth_destination",
    }, reports=True)  # it sends reports back to the senders: an origin, [::1], the short queue (receiver.py)


def dovecot_conf() -> str:
    """Dovecot's own configuration (``-c``): LMTP (quota, proxying) and the submission server, everything
    under the kit's directories; the quota-status policy service; auth as the dovecot user."""
    return f"""\
protocols = lmtp submission
instance_name = dovecot-rcv29
base_dir = {BASE}
state_dir = {STATE}
log_path = /var/log/real-mta/dovecot-rcv29.log
listen = 127.0.0.1
ssl = no
hostname = mx.{SUFFIX}
postmaster_address = postmaster@{SUFFIX}
submission_host = {REINJECT[0]}:{REINJECT[1]}
submission_relay_host = {REINJECT[0]}
submission_relay_port = {REINJECT[1]}
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
  inet_listener lmtp {{
    address = {LMTP_INET[0]}
    port = {LMTP_INET[1]}
  }}
}}
service submission-login {{
  inet_listener submission {{
    address = {SUBMISSION_IP}
    port = 25
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
  lmtp_proxy = yes
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
    """Write /etc/postfix-rcv29 (main.cf, master.cf, transport map, Dovecot's configuration and passwd-files) and
    the full mailboxes; return the receiving Postfix's listening addresses (Dovecot's submission
    listens on SUBMISSION_IP)."""
    servers = {ip: h for ip, h in listeners().items() if h.listener == "postfix"}
    BASE.parent.mkdir(parents=True, exist_ok=True)
    if MAIL.parent.exists():
        shutil.rmtree(MAIL.parent)  # no mailbox of an earlier run
    master = postfix_master(servers, "postfix-rcv29")
    # what Dovecot sends itself (its submission relay) comes in here and goes on to the senders' MTAs
    master.append(f"{REINJECT[0]}:{REINJECT[1]} inet n - n - - smtpd -o syslog_name=postfix-rcv29/reinject"
                  " -o mynetworks=127.0.0.0/8 -o smtpd_relay_restrictions=permit_mynetworks,reject")
    write_postfix(CONF, main_cf(), master, QUEUE, DATA, fresh=True)  # no queue file of an earlier run
    lines = [f"{h.domain} lmtp:inet:[{LMTP_INET[0]}]:{LMTP_INET[1]}" for h in _CONFIGURED if h.route == "inet"]
    lines += [f"{d} smtp:[127.0.0.1]:{port}" for d, port in SENDERS.items()]
    (CONF / "transport").write_text("\n".join(lines) + "\n")
    postmap(CONF, "transport")
    (CONF / "dovecot.conf").write_text(dovecot_conf())
    dovecot_passwd_files(USERS, _CONFIGURED, MAIL)  # the passdb and userdb: one passwd-file per domain
    # the full mailboxes: a 4 kB message already stored in each (over the 1K storage quota, at the 1-message count)
    for h in _CONFIGURED:
        if h.user and "quota_rule" in h.user:
            stored_message(MAIL / h.domain / "user", SUFFIX)
    MAIL.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chown", "-R", f"{MAIL_USER}:{MAIL_USER}", str(MAIL.parent)], check=True)
    # the mail directory the mail user cannot write: root's, mode 0700
    denied = MAIL / DENIED.domain
    denied.mkdir(parents=True)
    denied.chmod(0o700)
    STATE.mkdir(parents=True, exist_ok=True)
    return list(servers)
