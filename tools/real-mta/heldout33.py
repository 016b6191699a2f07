"""The thirty-third held-out set: a REAL receiving Postfix delivering over LMTP to a REAL Cyrus IMAP 3.6 (its lmtpd,
Sieve and ACLs), refusing configured everyday causes in Cyrus's and Postfix's own default words.

No earlier set put Cyrus IMAP on the receiving side (sets 17 to 32: Postfix with and without filters, policy daemons and
Dovecot, Exim twice, Sendmail, OpenSMTPD, Haraka, Courier, qpsmtpd, rspamd's milter, chasquid). This set runs an
eleventh receiving Postfix 3.7.11 instance (Debian 12 package postfix 3.7.11-0+deb12u1; its own configuration directory
/etc/postfix-rcv33, queue and data directory), one smtpd listener per case from 127.0.17.1, whose virtual_transport is
lmtp:unix: to the lmtpd of a Cyrus IMAP 3.6.1 (Debian 12 packages cyrus-imapd and cyrus-common 3.6.1-4+deb12u5,
installed for this set with apt-get, with sasl2-bin 2.1.28+dfsg-10+deb12u1 for the administrator's password). run.py
starts Cyrus's master with this set's own files (``cyrmaster -C /etc/cyrus-rcv33/imapd.conf -M
/etc/cyrus-rcv33/cyrus.conf``: configuration directory, spool, Sieve directory under /var/lib/rcv33, sockets under
/run/rcv33; every service with the same ``-C``, since Cyrus 3.6's master does not pass it on), then makes each case's
mailbox as a Cyrus administrator would: over IMAP (CREATE and SETQUOTA with imaplib), a Sieve script over ManageSieve
(RFC 5804, Cyrus's timsieved, PUTSCRIPT and SETACTIVE), messages delivered over LMTP. Cyrus's settings are its defaults
(imapd.conf(5) of 3.6.1) but for virtdomains userid (one mailbox namespace per domain), the directories, the
administrator, postuser and maxmessagesize; notably lmtp_over_quota_perm_failure 0, lmtp_strict_quota 0 and
sieve_use_lmtp_reject 1.

- after the queue (the receiving Postfix delivers over LMTP and writes the bounces and delay notices itself, with the
  kit's short queue, to the senders' MTAs):
  - a mailbox that does not exist (no ``user/user@<domain>``): lmtpd's 550 at RCPT (its long text, Cyrus's default);
  - a mailbox over its storage quota (STORAGE 1 KB, a 3 kB message delivered first): lmtpd's over-quota answer at
    RCPT, temporary by default (lmtp_over_quota_perm_failure 0); the receiving Postfix retries, then bounces after the
    kit's 2-minute queue lifetime;
  - the user's own Sieve script (installed over ManageSieve and active) rejecting the four senders' domains with the
    reason of RFC 3028's example (section 4.1: "I am not taking mail from you, ..."; reject is RFC 5429's now):
    with sieve_use_lmtp_reject (the default) lmtpd refuses at the end of the data with that reason;
  - a shared mailbox that nobody may post to: the domain's address user@ is a virtual alias of bb+board@<domain>,
    Cyrus's postuser bb names the shared mailbox ``board``, whose ACL is Cyrus's default for a new mailbox an
    administrator creates (imapd.conf defaultacl, ``anyone lrs``: no post right): lmtpd's permission denied at RCPT
    (its long text);
  - a damaged mailbox: the user's cyrus.header overwritten with text that is not a Cyrus header (a mailbox the server
    cannot open): lmtpd's "invalid format" answer at RCPT, temporary; the receiving Postfix retries, then bounces;
  - a message over lmtpd's size limit (maxmessagesize 30000 bytes; the case's message is padded to 60 kB, under the
    kit's senders' 200 kB): Cyrus advertises the limit in its LHLO answer (SIZE 30000) and refuses a larger MAIL FROM
    SIZE=, and Postfix's LMTP client bounces it;
- in the SMTP session (the sending MTAs write the bounces): Postfix's address verification over the same LMTP route
  (``reject_unverified_recipient``):
  - for a mailbox that does not exist, with unverified_recipient_reject_code 550 (ADDRESS_VERIFICATION_README's
    setting for a site sure of its verification; the default is 450): the sending MTAs get Postfix's "undeliverable
    address" with lmtpd's words;
  - for a mailbox over its quota (as above): the probe is deferred, and smtpd answers with
    unverified_recipient_defer_code (450, its default) "unverified address" with lmtpd's words; the senders retry,
    then give up after two minutes.

A case's ``reply`` is empty (the words are Cyrus's and Postfix's, not chosen here, but for the Sieve reason, which a
user writes); ``settings`` are the smtpd -o overrides of its address; ``mailbox`` what Cyrus holds for user@ the case's
domain (none, its INBOX, or the shared mailbox its address is an alias of); ``quota`` the INBOX's storage quota in KB;
``fill`` whether a message is delivered to it first; ``sieve`` the user's active Sieve script; ``damaged`` whether its
cyrus.header is overwritten; ``defers`` whether the configured cause is temporary; ``source`` the documentation of the
setting and the source of the words. Cyrus never sees a message for a domain it does not hold a mailbox of but the
unknown-mailbox cases, and a message Cyrus accepts by mistake is stored in its mailbox, so a cause that fails to
refuse leaves no file rather than a wrong one.

Options (b), a Sendmail with milter-greylist, and (c), OpenSMTPD with its rspamd and senderscore filters, were not
tried: Cyrus ran. Considered for Cyrus and left out: a permanent over-quota answer (lmtp_over_quota_perm_failure is
one switch for the whole server, and its default, temporary, is the case here); a message-count quota (the same words
as the storage quota); Sieve ``ereject`` (the same LMTP refusal as ``reject``); lmtpd over TCP without Postfix
authenticating (a set-up mistake, not an everyday cause).
"""

from __future__ import annotations

import base64
import imaplib
import shutil
import smtplib
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver, postfix_main_cf, postfix_master, postmap, write_postfix

SUFFIX = "heldout33.example"
FIRST_IP = "127.0.17.1"
HOST = f"mx.{SUFFIX}"
CONF = Path("/etc/postfix-rcv33")
QUEUE = Path("/var/spool/postfix-rcv33")
DATA = Path("/var/lib/postfix-rcv33")
CYRUS_ETC = Path("/etc/cyrus-rcv33")
IMAPD_CONF = CYRUS_ETC / "imapd.conf"
CYRUS_CONF = CYRUS_ETC / "cyrus.conf"
STATE = Path("/var/lib/rcv33")  # Cyrus's configuration directory, spool, Sieve directory, sasldb, master's log
RUN = Path("/run/rcv33")  # Cyrus's sockets, process and lock directories, master's pid file
LMTP_SOCKET = RUN / "socket/lmtp"
ADMIN_IP = "127.0.17.60"  # Cyrus's imapd (port 143) and timsieved (port 4190), for the set-up only
ADMIN = ("cyrus", "unused-heldout33")  # the Cyrus administrator (imapd.conf admins) and its sasldb password
CYRUS_BIN = Path("/usr/lib/cyrus/bin")
MAX_SIZE = 30000  # imapd.conf maxmessagesize, bytes
POSTUSER = "bb"  # imapd.conf postuser: bb+<shared mailbox>@<domain> delivers to that shared mailbox
SENDERS = {"mta-pf.example": 25, "mta-ex.example": 2526, "mta-os.example": 2527, "mta-sm.example": 2528}
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_CY = "Cyrus IMAP 3.6.1 (Debian 12 cyrus-imapd 3.6.1-4+deb12u5)"
_LMTP = (_CY + ", imap/lmtpengine.c (send_lmtp_error: the LMTP answer of each error) and imap/lmtpd.c (verify_user:"
         " the mailbox, its quota and ACL checked at RCPT TO); imapd.conf(5); Debian's README.postfix (delivery from"
         " Postfix over LMTP, a Unix socket, virtual_transport); " + _PC + "'virtual_transport'; lmtp(8)")
_AV = _PC + "and ADDRESS_VERIFICATION_README "
# The user's Sieve script: RFC 5429's reject with the reason of RFC 3028's example of reject (section 4.1)
SIEVE_REJECT = ('require ["reject"];\r\n'
                'if address :domain :is "from" ["' + '", "'.join(SENDERS) + '"] {\r\n'
                '    reject "I am not taking mail from you, and I don\'t want your birdseed, either!";\r\n'
                '}\r\n')


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the receiving Postfix and its Cyrus."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    mailbox: str = "inbox"  # "": no mailbox; "inbox": user/user@<domain>; "board": the shared mailbox board
    quota: int | None = None  # the INBOX's STORAGE quota in KB
    fill: bool = False  # a message delivered to the INBOX over LMTP before the run
    sieve: str = ""  # the user's active Sieve script
    damaged: bool = False  # the INBOX's cyrus.header overwritten
    pad: int = 0  # bytes of filler text in the case's message


def _c(id: str, stage: str, cause: str, source: str, *, settings: tuple[str, ...] = (), defers: bool = False,
       mailbox: str = "inbox", quota: int | None = None, fill: bool = False, sieve: str = "", damaged: bool = False,
       pad: int = 0) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause, mailbox, quota, fill, sieve,
                      damaged, pad)


_RR = "smtpd_recipient_restrictions"

_CONFIGURED: list[Configured] = [
    # --- refused or deferred after the queue: the receiving Postfix writes the bounces and delay notices
    _c("lmtp-mailbox-unknown", "RCPT",
       "after the queue: the domain is a virtual mailbox domain delivered to Cyrus's lmtpd, which holds no mailbox"
       " user/user@<domain>: lmtpd refuses the recipient (IMAP_MAILBOX_NONEXISTENT, its long text)",
       _LMTP, mailbox=""),
    _c("lmtp-quota-over", "RCPT",
       "after the queue: the user's INBOX has a STORAGE quota of 1 KB (SETQUOTA) and holds a 3 kB message delivered"
       " over LMTP before the run; lmtpd checks the quota at RCPT (lmtp_strict_quota 0: the mailbox is already over)"
       " and answers with a temporary failure (lmtp_over_quota_perm_failure 0, the default); the receiving Postfix"
       " retries, then bounces after the kit's 2-minute queue lifetime",
       _LMTP + "; imapd.conf(5) lmtp_over_quota_perm_failure ('By default, the failure is temporary, causing the MTA"
       " to queue the message and retry later'), lmtp_strict_quota; RFC 2087 (SETQUOTA, STORAGE)",
       quota=1, fill=True, defers=True),
    _c("lmtp-sieve-reject", "DATA",
       "after the queue: the user's own Sieve script, installed and activated over ManageSieve (timsieved), rejects"
       " mail whose From: is in the four senders' domains (RFC 5429 reject, with the reason of RFC 3028's example of"
       " it); with sieve_use_lmtp_reject 1 (the default) lmtpd refuses at the end of the data with the reason",
       _CY + ", imapd.conf(5) sieve_use_lmtp_reject ('If reject can be done via LMTP, then return a 550 rather than"
       " generating the bounce message in Cyrus'), timsieved(8); RFC 5429 (reject), RFC 3028 section 4.1, RFC 5804"
       " (ManageSieve); "
       + _PC + "'virtual_transport'",
       sieve=SIEVE_REJECT),
    _c("lmtp-post-denied", "RCPT",
       "after the queue: user@<domain> is a virtual alias of bb+board@<domain> (virtual_alias_maps); Cyrus's postuser"
       " is bb, so lmtpd delivers to the shared mailbox board, created by the administrator with Cyrus's default ACL"
       " for it (imapd.conf defaultacl, anyone lrs: no 'p', the post right): lmtpd refuses the recipient"
       " (IMAP_PERMISSION_DENIED, its long text)",
       _LMTP + "; imapd.conf(5) postuser, defaultacl; RFC 4314 (the 'p' right, post); " + _PC + "'virtual_alias_maps'",
       mailbox="board"),
    _c("lmtp-mailbox-damaged", "RCPT",
       "after the queue: the user's INBOX exists, but its cyrus.header (the mailbox's header file, found with mbpath)"
       " is overwritten with a line that is no Cyrus header, as a crash or a disk fault may leave it: lmtpd cannot"
       " open the mailbox (IMAP_MAILBOX_BADFORMAT), a temporary failure; the receiving Postfix retries, then bounces"
       " after its queue lifetime",
       _LMTP + "; mbpath(8), reconstruct(8) (the repair a damaged mailbox needs)", damaged=True, defers=True),
    _c("lmtp-size-limit", "MAIL",
       f"after the queue: imapd.conf maxmessagesize {MAX_SIZE} (bytes; lmtpd advertises SIZE {MAX_SIZE} and refuses a"
       " larger message); the case's message is padded to 60 kB (the kit's senders take up to 200 kB, the receiving"
       " Postfix's message_size_limit is its 10 MB default): the receiving Postfix's LMTP client bounces it",
       _LMTP + "; imapd.conf(5) maxmessagesize; RFC 1870 (SIZE); " + _PC + "'message_size_limit'; lmtp(8)",
       pad=60_000),
    # --- refused in the SMTP session: the sending MTAs write the bounces
    _c("rcpt-probe-unknown", "RCPT",
       "in the session: reject_unverified_recipient with unverified_recipient_reject_code 550; the probe goes over the"
       " same LMTP route to Cyrus, which holds no mailbox for the user: smtpd refuses the recipient as an"
       " undeliverable address, with lmtpd's words",
       _AV + "'reject_unverified_recipient', 'unverified_recipient_reject_code' (the README's 550 for a site sure of"
       " its verification); verify(8); " + _LMTP,
       settings=(f"{_RR}=reject_unverified_recipient", "unverified_recipient_reject_code=550"), mailbox=""),
    _c("rcpt-probe-quota", "RCPT",
       "in the session: reject_unverified_recipient (its default codes); the user's INBOX is over its 1 KB quota as in"
       " lmtp-quota-over, so the probe is deferred with lmtpd's temporary over-quota answer, and smtpd answers with"
       " unverified_recipient_defer_code (450, the default); the kit's senders retry, then give up after two minutes",
       _AV + "'reject_unverified_recipient', 'unverified_recipient_defer_code'; verify(8); " + _LMTP
       + "; imapd.conf(5) lmtp_over_quota_perm_failure",
       settings=(f"{_RR}=reject_unverified_recipient",), quota=1, fill=True, defers=True),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep the addresses their
# bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT33: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, every case's domain a virtual mailbox domain delivered to
    Cyrus's lmtpd over its Unix socket, the alias of the shared-mailbox case, the senders' domains routed back to
    their MTAs, the kit's short queue."""
    return postfix_main_cf("postfix-rcv33", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "local_recipient_maps": "",
        "virtual_mailbox_domains": ", ".join(h.domain for h in _CONFIGURED),
        "virtual_transport": f"lmtp:unix:{LMTP_SOCKET}",
        "virtual_alias_maps": f"hash:{CONF}/virtual",
        "transport_maps": f"hash:{CONF}/transport",
        "smtpd_relay_restrictions": "reject_unauth_destination",
    }, reports=True)  # it sends reports back to the senders: an origin, [::1], the short queue (receiver.py)


def imapd_conf() -> str:
    """Cyrus's imapd.conf: this set's directories and sockets, virtual domains, the administrator and its sasldb,
    postuser and maxmessagesize; every other option at Cyrus 3.6.1's default."""
    return f"""\
configdirectory: {STATE / 'conf'}
defaultpartition: default
partition-default: {STATE / 'spool'}
sievedir: {STATE / 'sieve'}
proc_path: {RUN / 'proc'}
mboxname_lockpath: {RUN / 'lock'}
lmtpsocket: {LMTP_SOCKET}
idlesocket: {RUN / 'socket/idle'}
notifysocket: {RUN / 'socket/notify'}
servername: {HOST}
postmaster: postmaster@{SUFFIX}
virtdomains: userid
admins: {ADMIN[0]}
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: {STATE / 'sasldb2'}
sasl_mech_list: PLAIN LOGIN
postuser: {POSTUSER}
maxmessagesize: {MAX_SIZE}
syslog_prefix: cyrus-rcv33
"""


def cyrus_conf() -> str:
    """Cyrus's cyrus.conf (master's services): imapd and timsieved on ADMIN_IP for the set-up, lmtpd on its Unix
    socket; each with this set's imapd.conf."""
    c = f"-C {IMAPD_CONF}"
    return f"""\
START {{
  recover cmd="ctl_cyrusdb {c} -r"
}}
SERVICES {{
  imap cmd="imapd {c}" listen="{ADMIN_IP}:143" prefork=0
  sieve cmd="timsieved {c}" listen="{ADMIN_IP}:4190" prefork=0
  lmtpunix cmd="lmtpd {c}" listen="{LMTP_SOCKET}" prefork=0
}}
EVENTS {{
}}
"""


def master_command() -> str:
    """Cyrus's master in the foreground (no -d), with this set's files (stopped by its pid)."""
    return (f"/usr/sbin/cyrmaster -C {IMAPD_CONF} -M {CYRUS_CONF} -p {RUN / 'master.pid'}"
            f" -L {STATE / 'master.log'}")


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv33 (main.cf, master.cf, transport and virtual alias maps) and /etc/cyrus-rcv33, empty
    /var/lib/rcv33 and /run/rcv33 (Cyrus's state) with the administrator's sasldb; return the receiving Postfix's
    listening addresses."""
    for d in (CYRUS_ETC, STATE, RUN):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for sub in ("conf", "spool", "sieve"):
        (STATE / sub).mkdir()
    for sub in ("socket", "proc", "lock"):
        (RUN / sub).mkdir()
    IMAPD_CONF.write_text(imapd_conf())
    CYRUS_CONF.write_text(cyrus_conf())
    # the administrator's password in the realm imapd asks for (its servername)
    subprocess.run(["saslpasswd2", "-f", str(STATE / "sasldb2"), "-p", "-c", "-u", HOST, ADMIN[0]],
                   input=ADMIN[1] + "\n", text=True, check=True)
    subprocess.run(["chown", "-R", "cyrus:mail", str(STATE), str(RUN)], check=True)
    servers = listeners()
    write_postfix(CONF, main_cf(), postfix_master(servers, "postfix-rcv33"), QUEUE, DATA, fresh=True)
    transport = [f"{d} smtp:[127.0.0.1]:{port}" for d, port in SENDERS.items()]
    (CONF / "transport").write_text("\n".join(transport) + "\n")
    aliases = [f"user@{h.domain} {POSTUSER}+board@{h.domain}" for h in _CONFIGURED if h.mailbox == "board"]
    (CONF / "virtual").write_text("\n".join(aliases) + "\n")
    postmap(CONF, "transport", "virtual")
    return list(servers)


def _imap_ok(answer: tuple[str, list[object]], what: str) -> None:
    if answer[0] != "OK":
        raise SystemExit(f"Cyrus set-up: {what} answered {answer}")


def _managesieve(user: str, name: str, script: str) -> None:
    """Install and activate ``script`` for ``user`` over ManageSieve (RFC 5804), the administrator acting for the
    user (SASL PLAIN with the user as authorization identity)."""
    with socket.create_connection((ADMIN_IP, 4190), timeout=30) as s:
        f = s.makefile("rb")

        def answer() -> bytes:
            while True:
                line = f.readline()
                if not line or line.startswith((b"OK", b"NO", b"BYE")):
                    if not line.startswith(b"OK"):
                        raise SystemExit(f"Cyrus set-up: ManageSieve answered {line!r}")
                    return line

        answer()
        token = base64.b64encode(f"{user}\0{ADMIN[0]}\0{ADMIN[1]}".encode()).decode()
        s.sendall(f'AUTHENTICATE "PLAIN" "{token}"\r\n'.encode())
        answer()
        data = script.encode()
        s.sendall(b'PUTSCRIPT "%s" {%d+}\r\n' % (name.encode(), len(data)) + data + b"\r\n")
        answer()
        s.sendall(b'SETACTIVE "%s"\r\n' % name.encode())
        answer()
        s.sendall(b"LOGOUT\r\n")
        answer()


def _fill(rcpt: str) -> None:
    """Deliver a 3 kB message to ``rcpt`` over Cyrus's LMTP socket (before its quota is set)."""
    body = "".join(f"Stored line {n:03d} of an earlier message, kept in the mailbox.\r\n" for n in range(48))
    msg = f"From: someone@{SUFFIX}\r\nTo: {rcpt}\r\nSubject: an earlier message\r\n\r\n{body}"
    lmtp = smtplib.LMTP(str(LMTP_SOCKET))
    try:
        lmtp.sendmail(f"someone@{SUFFIX}", [rcpt], msg.encode())
    finally:
        lmtp.close()


def provision() -> None:
    """Make each case's mailbox as an administrator would, once Cyrus runs: the INBOX or the shared mailbox over IMAP
    (CREATE; the shared one keeps the ACL Cyrus gives it), a message delivered over LMTP and the STORAGE quota set,
    the user's Sieve script over ManageSieve, the damaged mailbox's cyrus.header overwritten."""
    imap = imaplib.IMAP4(ADMIN_IP, 143)
    _imap_ok(imap.login(*ADMIN), "LOGIN")
    for h in _CONFIGURED:
        rcpt = f"user@{h.domain}"
        if h.mailbox == "board":
            _imap_ok(imap.create(f"board@{h.domain}"), f"CREATE board@{h.domain}")
            print(f"cyrus: board@{h.domain} ACL {imap.getacl(f'board@{h.domain}')[1]}", flush=True)
            continue
        if h.mailbox != "inbox":
            continue
        inbox = f"user/user@{h.domain}"
        _imap_ok(imap.create(inbox), f"CREATE {inbox}")
        if h.fill:
            _fill(rcpt)
        if h.quota is not None:
            _imap_ok(imap.setquota(inbox, f"(STORAGE {h.quota})"), f"SETQUOTA {inbox}")
            print(f"cyrus: {inbox} quota {imap.getquotaroot(inbox)[1]}", flush=True)
        if h.sieve:
            _managesieve(rcpt, "refuse-senders", h.sieve)
        if h.damaged:
            path = subprocess.run([str(CYRUS_BIN / "mbpath"), "-C", str(IMAPD_CONF), inbox], capture_output=True,
                                  text=True, check=True).stdout.strip()
            (Path(path) / "cyrus.header").write_text("this is not a Cyrus mailbox header\n")
    imap.logout()
