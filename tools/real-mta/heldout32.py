"""The thirty-second held-out set: a REAL receiving chasquid, refusing configured everyday causes in its own default
words (or, where a post-data hook gives the words, those of the example hook Debian ships with it).

No earlier set put chasquid on the receiving side (sets 17 to 31: Postfix with and without filters, policy daemons
and Dovecot, Exim twice, Sendmail, OpenSMTPD, Haraka, Courier, qpsmtpd, rspamd's milter). This set runs chasquid 1.11
(the Debian 12 package ``chasquid`` 1.11-2+b2, unpacked under /opt/x/chasquid): one chasquid per case, each with its
own configuration directory /etc/chasquid-rcv32/<case> (chasquid.conf, domains/<domain>/users made by the package's
chasquid-util, a self-signed certificate, hooks/post-data where the case has a hook) and data directory
/var/lib/rcv32/<case>, listening on the case's own loopback address from 127.0.16.1. Each cause is a setting of
chasquid.conf(5), a user database or a post-data hook as chasquid's documentation (Debian's
/usr/share/doc/chasquid: hooks.md, flow.md, man/chasquid.conf.5.pod) describes it; the reply words are chasquid's own
(its source, internal/smtpsrv/conn.go of 1.11: MAIL, RCPT and DATA), and a hook's are the last line of its output, as
chasquid passes it on (its exit status 20 permanent, any other temporary).

- an unknown user: the domain is local (domains/<it>/users holds postmaster only), the recipient is not in it nor in
  its aliases;
- relaying refused: the domain is not one of the instance's local domains and the senders do not authenticate;
- SPF: the kit's four sender domains publish 'v=spf1 -all' (set 21's TXT records, the kit's DNS): chasquid refuses
  a Fail at MAIL FROM;
- the size limit: max_data_size_mb 1, the message 1.2 MB (chasquid advertises SIZE 1048576); DROPPED: the kit's
  senders take no message over 200 kB, so none reached the receiver (DROPPED says more);
- the user database down: dovecot_auth on, its userdb and client sockets named but no Dovecot running, so chasquid
  cannot tell whether a user not in its own database exists (a temporary refusal);
- greylisting in the post-data hook: the greylisting statement of Debian's example hook
  (/etc/chasquid/hooks/post-data) calling a REAL greylistd 0.9.0.2 (Debian 12 greylistd 0.9.0.2+nmu1, unpacked under
  /opt/x/greylistd as set 31 does; retryMin 600 s, Debian's /etc/greylistd/config): the kit's senders give up after
  two minutes. The example's test that the daemon user is in the greylist group is left out (this chasquid runs as
  root, which can reach greylistd's socket), and greylist's answer is tested by the word it prints, since Debian
  12's greylist client always exits 0 (GREYLIST_HOOK says why; the README too);
- spam in the post-data hook: Debian's example hook unchanged, whose rspamc branch asks a REAL rspamd 3.4 (Debian 12
  rspamd 3.4-1, at the package's defaults but for the proxy and fuzzy workers: its controller on localhost:11334, where
  rspamc asks by default); the body carries the GTUBE string, rspamd's action is reject;
- the MX on chasquid's submission listener: the case's address on port 25 is the instance's submission_address, which
  refuses mail from a client that did not authenticate;
- a full queue: chasquid keeps at most 200 messages in its queue; the case's MDA defers every delivery and run.py
  sends 200 messages first, so every sender's message is refused after the data (temporary).

The cases' files come from two runs: the first found both hook cases accepting (Debian 12's greylist client always
exits 0, see GREYLIST_HOOK; rspamc asks rspamd's controller, which this set had disabled), and after the fixes a second
run, ``--case data-hook-greylist,data-hook-spam,data-queue-full``, made those and the added full-queue case's files.

Not used, with the reason (the README says more): chasquid's recipient limit (100 per message; the kit sends one
recipient per case); its loop detection (more than 50 Received: headers: the senders' own limits, Postfix's
hopcount_limit 50 and Exim's received_headers_max 30, refuse such a message before it leaves); its security level
check (only after an SPF pass, and the kit's senders start TLS whenever it is offered, which chasquid always does);
the example hook's spamc and clamdscan branches (no SpamAssassin installed here; ClamAV has no signatures without the
network); an MDA or an alias that fails after the message was accepted (chasquid's own report would have to reach
the senders' domains, which the kit's DNS does not know); chasquid has no rate limits of its own. Options (b), Cyrus
IMAP's lmtpd, and (c), a Sendmail with milter-greylist, were not tried: chasquid ran.

The SPF check runs at every MAIL FROM and the kit's DNS makes it a Fail for every sender, so the other cases' chasquid
runs with a second fake DNS server (fake_dns.py --no-txt on DNS_IP) that answers no TXT record: there the senders'
domains have no SPF record (chasquid's result 'none' lets the message go on). A case's ``reply`` is empty (the words
are chasquid's or the hook's); ``conf`` holds its chasquid.conf settings, ``defers`` says whether the configured cause
is temporary. Messages chasquid accepts by mistake go to /bin/true as the MDA (the full-queue case's MDA defers), so
a cause that fails to refuse leaves no file rather than a wrong one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver
from receiver import greylistd_conf as receiver_greylistd_conf

SUFFIX = "heldout32.example"
FIRST_IP = "127.0.16.1"
DNS_IP = "127.0.16.53"  # the second fake DNS server: no TXT records (the senders' domains publish no SPF there)
HOST = f"mx.{SUFFIX}"
X = Path("/opt/x/chasquid")  # Debian 12 chasquid 1.11-2+b2, unpacked (apt-get download; dpkg-deb -x)
CHASQUID = X / "usr/bin/chasquid"
CHASQUID_UTIL = X / "usr/bin/chasquid-util"
EXAMPLE_HOOK = X / "etc/chasquid/hooks/post-data"  # Debian's example post-data hook, as the package ships it
ETC = Path("/etc/chasquid-rcv32")  # one configuration directory per case
STATE = Path("/var/lib/rcv32")  # one data directory per case; greylistd's state; rspamd's; the resolv.conf
RUN = Path("/run/rcv32")  # mounted over /run for the greylisting case: greylistd's default socket path is under it
LOGS = Path("/var/log/real-mta")
RESOLV = STATE / "resolv.conf"
GREYLISTD = Path("/opt/x/greylistd/usr/sbin/greylistd")  # Debian 12 greylistd 0.9.0.2+nmu1, unpacked (set 31)
GREYLIST_BIN = Path("/opt/x/greylistd/usr/bin")  # its client, greylist, which the hook calls
GREYLISTD_CONF = ETC / "greylistd.conf"
GREY_SOCKET = RUN / "greylistd/socket"  # /var/run/greylistd/socket inside the case's namespace (greylist's default)
RSPAMD_CONFDIR = ETC / "rspamd"  # rspamd's LOCAL_CONFDIR over the package's /etc/rspamd
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
QUEUE_MAX = 200  # chasquid 1.11's internal/queue/queue.go: maxQueueSize
SENDER_DOMAINS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")
_CQ = ("chasquid 1.11 (Debian 12 chasquid 1.11-2+b2), internal/smtpsrv/conn.go (")
_CONF5 = "chasquid.conf(5) (Debian's /usr/share/doc/chasquid/man/chasquid.conf.5.pod)"
_HOOKS = ("chasquid 1.11, hooks.md (Debian's /usr/share/doc/chasquid/hooks.md: the last line of the hook's output is"
          " the error, exit status 20 permanent, otherwise temporary) and conn.go (runPostDataHook; DATA answers 554"
          " or 451 with those words); the example hook /etc/chasquid/hooks/post-data of the Debian package")

# The greylisting statement of Debian's example hook (chasquid 1.11-2+b2, /etc/chasquid/hooks/post-data) with its
# words and exit status; the test `groups | grep -q greylist` is left out (this chasquid runs as root), and greylist's
# answer is tested by the word it prints, not by its exit status: Debian 12's greylist client (greylistd 0.9.0.2+nmu1,
# /usr/bin/greylist) looks the first word of greylistd's answer up as bytes in its table of exit codes, whose keys are
# str, so it always exits 0 (seen here before the run: a new sender's 'update' answered 'grey' and exited 0)
GREYLIST_HOOK = """#!/bin/bash
#
# The greylisting statement of Debian's example post-data hook (chasquid 1.11-2+b2, /etc/chasquid/hooks/post-data),
# without its test that the daemon user is in the greylist group (this receiver runs as root), and testing greylist's
# answer instead of its exit status (see tools/real-mta/heldout32.py).

set -e

if [ "$AUTH_AS" == "" ] && [ "$SPF_PASS" == "0" ] && \\
	command -v greylist >/dev/null;
then
	REMOTE_IP=$(echo "$REMOTE_ADDR" | rev | cut -d : -f 2- | rev)
	# the example tests greylist's exit status, which Debian 12's client never sets (it looks its answer up as
	# bytes in a table of str: always 0); its answer, the first word it prints, is tested instead
	if [ "$(greylist update "$REMOTE_IP" "$MAIL_FROM")" != "white" ]; then
		echo "greylisted, please try again"
		exit 75  # temporary error
	fi
	echo "X-Greylist: pass"
fi
"""


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the case's own chasquid: its chasquid.conf settings, its user database, its hook, which
    DNS it asks, whether it defers, and what the message carries."""

    conf: tuple[str, ...] = ()  # chasquid.conf lines besides the common ones (text protobuf)
    users: tuple[str, ...] = ("user",)  # the users of the case's domain in its users database
    local: bool = True  # whether the case's domain is the instance's local domain (else SUFFIX is)
    hook: str = ""  # "example": Debian's example post-data hook unchanged; "greylist": GREYLIST_HOOK
    kit_dns: bool = False  # the kit's DNS (the senders' SPF is -all) instead of the second, TXT-less one
    submission: bool = False  # port 25 of the case's address is the instance's submission listener
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    body: str = ""  # a line the case's message carries besides the kit's text
    pad: int = 0  # bytes of filler text in the case's message
    mda: tuple[str, ...] = ()  # the MDA and its arguments, instead of /bin/true
    warmup: int = 0  # messages run.py sends the case's chasquid before the senders' (to its recipient)


def _c(id: str, stage: str, cause: str, source: str, *, conf: tuple[str, ...] = (),
       users: tuple[str, ...] = ("user",), local: bool = True, hook: str = "", kit_dns: bool = False,
       submission: bool = False, defers: bool = False, body: str = "", pad: int = 0, mda: tuple[str, ...] = (),
       warmup: int = 0) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, conf, users, local, hook, kit_dns, submission, defers,
                      cause, body, pad, mda, warmup)


_CONFIGURED: list[Configured] = [
    _c("rcpt-unknown-user", "RCPT",
       "the case's domain is local (domains/<it>/users, made by chasquid-util user-add, holds postmaster only; no"
       " aliases): user@ it is unknown",
       _CQ + "RCPT: localUserExists false); " + _CONF5 + "; flow.md ('If the destination is local, check that the"
       " user exists')", users=("postmaster",)),
    _c("rcpt-relay-denied", "RCPT",
       "the case's domain is none of the instance's local domains (its only domains/ entry is heldout32.example, with"
       " postmaster; chasquid needs one) and the senders do not authenticate: relaying refused",
       _CQ + "RCPT: a remote destination without AUTH); flow.md ('If the destination is remote, then the user must"
       " have authenticated')", users=("postmaster",), local=False),
    _c("mail-spf-fail", "MAIL",
       "chasquid's SPF check of the envelope sender (always on); the kit's DNS answers the senders' domains' TXT"
       " question with 'v=spf1 -all' (set 21's records), so the result for the client 127.0.0.1 is Fail",
       _CQ + "MAIL: checkSPF, a Fail is refused, RFC 7208 section 8.4); RFC 7208 section 8.4 (Fail)", kit_dns=True),
    _c("data-size-limit", "DATA",
       "max_data_size_mb 1 (chasquid advertises SIZE 1048576 and refuses a larger message after the data); the"
       " message is 1.2 MB",
       _CQ + "DATA: readUntilDot, errMessageTooLarge; EHLO advertises SIZE); " + _CONF5 + " (max_data_size_mb)",
       conf=("max_data_size_mb: 1",), pad=1_200_000),
    _c("rcpt-userdb-down", "RCPT",
       "dovecot_auth true with dovecot_userdb_path and dovecot_client_path naming sockets where no Dovecot runs: the"
       " recipient is not in chasquid's own database (postmaster only), and asking Dovecot fails, so chasquid cannot"
       " tell whether the user exists (temporary); the kit's senders give up after two minutes",
       _CQ + "RCPT: localUserExists returns an error); " + _CONF5 + " (dovecot_auth, dovecot_userdb_path,"
       " dovecot_client_path); dovecot.md",
       conf=("dovecot_auth: true", f'dovecot_userdb_path: "{RUN}/no-dovecot/auth-userdb"',
             f'dovecot_client_path: "{RUN}/no-dovecot/auth-client"'), users=("postmaster",), defers=True),
    _c("data-hook-greylist", "DATA",
       "hooks/post-data: the greylisting statement of Debian's example hook (SPF did not pass, the sender did not"
       " authenticate: 'greylist update <client address> <sender>' to a real greylistd, retryMin 600 s; a grey answer"
       " prints 'greylisted, please try again' and exits 75, a temporary error); the kit's senders give up after two"
       " minutes, before the 10 minutes pass",
       _HOOKS + "; greylistd 0.9.0.2 (Debian 12 greylistd 0.9.0.2+nmu1), greylist(1) and /etc/greylistd/config"
       " (retryMin 600)", hook="greylist", defers=True),
    _c("data-hook-spam", "DATA",
       "hooks/post-data: Debian's example hook unchanged; of its filters only rspamc is installed, which asks a real"
       " rspamd 3.4 (its controller on localhost:11334, where rspamc asks by default; the package's defaults); the"
       " body carries the GTUBE string, rspamd's action is reject, and the hook prints 'spam detected' and exits 20"
       " (permanent)",
       _HOOKS + "; rspamd 3.4 (Debian 12 rspamd 3.4-1), its GTUBE check (src/libmime/message.c)",
       hook="example", body=GTUBE),
    _c("mail-submission-port", "MAIL",
       "the case's address on port 25 (its MX) is the instance's submission_address, not its smtp_address:"
       " chasquid's submission listener refuses mail from a client that did not authenticate (the senders do not)",
       _CQ + "MAIL: a submission connection without AUTH); " + _CONF5 + " (submission_address)", submission=True),
    _c("data-queue-full", "DATA",
       f"chasquid's queue holds at most {QUEUE_MAX} messages (a constant of its queue, not a setting); the MDA defers"
       " every delivery (mail_delivery_agent_bin /bin/sh with the arguments '-c' 'exit 75', EX_TEMPFAIL, so chasquid"
       f" keeps each message and retries later), and run.py sends {QUEUE_MAX} messages to the case's recipient first:"
       " the queue is full, and chasquid refuses every sender's message after the data (temporary); the kit's senders"
       " give up after two minutes",
       _CQ + "DATA: a failed queue.Put is a temporary refusal); internal/queue/queue.go (maxQueueSize 200, 'Queue size"
       " too big, try again later'); internal/courier/mda.go (an MDA exit status 75 is a temporary failure); "
       + _CONF5 + " (mail_delivery_agent_bin, mail_delivery_agent_args)",
       mda=("/bin/sh", "-c", "exit 75"), warmup=QUEUE_MAX, defers=True),
]

# Configured but dropped, with the reason. A dropped case keeps its listener, so that the others keep theirs.
DROPPED: dict[str, str] = {
    "data-size-limit": "chasquid's smallest size limit is 1 MB (max_data_size_mb counts whole megabytes), and the kit's"
                       " four senders take no message over 200 kB (Postfix's message_size_limit, Exim's"
                       " message_size_limit, OpenSMTPD's max-message-size, Sendmail's MaxMessageSize): each refused the"
                       " 1.2 MB message at submission, so none reached the receiver",
}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT32: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def chasquid_conf(ip: str, h: Configured) -> str:
    """The case's chasquid.conf (text protobuf, chasquid.conf(5)): its host name, listeners, data directory, an MDA
    that delivers nowhere (or the case's own), its mail log, then the case's own settings."""
    # the submission listeners on ports of their own: the kit's Sendmail binds its MSA to port 587 on every address
    smtp, submission = (f"{ip}:2525", f"{ip}:25") if h.submission else (f"{ip}:25", f"{ip}:10587")
    mda = [f'mail_delivery_agent_bin: "{h.mda[0]}"', *(f'mail_delivery_agent_args: "{a}"' for a in h.mda[1:])] \
        if h.mda else ['mail_delivery_agent_bin: "/bin/true"']
    lines = [
        f'hostname: "{HOST}"',
        f'smtp_address: "{smtp}"',
        f'submission_address: "{submission}"',
        f'submission_over_tls_address: "{ip}:10465"',
        f'data_dir: "{STATE / h.id}"',
        *mda,
        f'mail_log_path: "{LOGS / f"chasquid-rcv32-{h.id}.mail.log"}"',
        *h.conf,
    ]
    return "\n".join(lines) + "\n"


def greylistd_conf() -> str:
    """greylistd's configuration: Debian's timeouts, this set's socket and state files (receiver.greylistd_conf)."""
    return receiver_greylistd_conf(GREY_SOCKET, "root:root", STATE / "greylistd/states", STATE / "greylistd/triplets")


def rspamd_files() -> dict[str, str]:
    """rspamd's LOCAL_CONFDIR files: the package's defaults, without the proxy and fuzzy workers: the normal worker
    (localhost:11333) and the controller (localhost:11334, where rspamc asks by default: rspamc(1) --connect)."""
    return {
        "override.d/worker-proxy.inc": "enabled = false;\n",
        "override.d/worker-fuzzy.inc": "enabled = false;\n",
        "local.d/logging.inc": 'level = "info";\n',
    }


def daemons() -> dict[str, tuple[str, str]]:
    """Process name -> (command, mounts before it in its own namespace: "" for the kit's DNS namespace): greylistd,
    rspamd, then each case's chasquid (the kit's DNS for the SPF case, else the TXT-less second DNS; the greylisting
    case with RUN over /run, where its hook's greylist client finds greylistd's socket)."""
    path = f"PATH={GREYLIST_BIN}:/usr/sbin:/usr/bin:/sbin:/bin"
    cmds = {
        "greylistd-rcv32": (f"python3 {GREYLISTD} {GREYLISTD_CONF}", ""),
        "rspamd-rcv32": (f"rspamd -f -u _rspamd -g _rspamd -c /etc/rspamd/rspamd.conf --var LOCAL_CONFDIR="
                         f"{RSPAMD_CONFDIR} --var DBDIR={STATE / 'rspamd/db'} --var RUNDIR={STATE / 'rspamd/run'}"
                         f" --var LOGDIR={STATE / 'rspamd'}", ""),
    }
    for h in listeners().values():
        run = f"env {path if h.hook == 'greylist' else 'PATH=/usr/sbin:/usr/bin:/sbin:/bin'} {CHASQUID}" \
              f" -config_dir {ETC / h.id} -alsologtostderr"
        if h.kit_dns:
            cmds[f"chasquid-rcv32-{h.id}"] = (run, "")
        else:
            mounts = f"mount --bind {RESOLV} /etc/resolv.conf &&"
            if h.hook == "greylist":
                mounts += f" mount --bind {RUN} /run &&"
            cmds[f"chasquid-rcv32-{h.id}"] = (run, mounts)
    return cmds


def write_receiver() -> list[str]:
    """Write /etc/chasquid-rcv32 (one configuration directory per case, greylistd's and rspamd's configuration), empty
    /var/lib/rcv32 and /run/rcv32, and return the receiver's listening addresses."""
    for d in (ETC, STATE, RUN):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    RESOLV.write_text(f"nameserver {DNS_IP}\n")
    cert = STATE / "cert"
    cert.mkdir()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj",
                    f"/CN={HOST}", "-keyout", str(cert / "privkey.pem"), "-out", str(cert / "fullchain.pem")],
                   check=True, capture_output=True)
    servers = listeners()
    for ip, h in servers.items():
        conf = ETC / h.id
        (conf / "certs" / HOST).mkdir(parents=True)
        for name in ("privkey.pem", "fullchain.pem"):
            shutil.copy(cert / name, conf / "certs" / HOST / name)
        (conf / "chasquid.conf").write_text(chasquid_conf(ip, h))
        # chasquid needs one local domain at least: the relaying case's is the set's parent domain, not its own
        domain = h.domain if h.local else SUFFIX
        (conf / "domains" / domain).mkdir(parents=True)
        for user in h.users:
            subprocess.run([str(CHASQUID_UTIL), f"-C={conf}", "user-add", f"{user}@{domain}",
                            "--password=unused-heldout32"], check=True, capture_output=True)
        if h.hook:
            (conf / "hooks").mkdir()
            hook = conf / "hooks/post-data"
            hook.write_text(EXAMPLE_HOOK.read_text() if h.hook == "example" else GREYLIST_HOOK)
            hook.chmod(0o755)
        (STATE / h.id).mkdir()
    GREYLISTD_CONF.write_text(greylistd_conf())
    (STATE / "greylistd").mkdir()
    GREY_SOCKET.parent.mkdir(parents=True)
    for name, text in rspamd_files().items():
        path = RSPAMD_CONFDIR / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for sub in ("db", "run"):
        (STATE / "rspamd" / sub).mkdir(parents=True)
    subprocess.run(["chown", "-R", "_rspamd:_rspamd", str(RSPAMD_CONFDIR), str(STATE / "rspamd")], check=True)
    return list(servers)


def warmups() -> list[tuple[str, str, int]]:
    """(address, recipient, count) of each case whose chasquid gets ``count`` messages from run.py first."""
    return [(ip, f"user@{h.domain}", h.warmup) for ip, h in listeners().items() if h.warmup]
