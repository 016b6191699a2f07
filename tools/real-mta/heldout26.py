"""The twenty-sixth held-out set: a REAL rspamd, as a milter behind a receiving Postfix, refusing configured causes.

Sets 17 to 25 put a real Postfix (alone, with policyd-spf/OpenDMARC/OpenDKIM/amavisd-new/spamass-milter, with
Dovecot), Exim, Sendmail, OpenSMTPD, Haraka, Courier and qpsmtpd on the receiving side; this set puts rspamd 3.4
there (Debian 12's package ``rspamd`` 3.4-1, installed with apt-get, with ``redis-server`` 7.0 from Debian 12 for its
greylisting and rate limits): its proxy worker in milter mode (``milter = yes``, ``self_scan = yes``, as rspamd's
documentation of the MTA integration shows) behind a fifth Postfix 3.7.11 instance (its own configuration directory
/etc/postfix-rcv26, queue and data directory), which listens on one loopback address per case from 127.0.10.1 and asks
that case's rspamd.

Each case is its own rspamd (its own local configuration directory, LOCAL_CONFDIR=/etc/rspamd-rcv26/<case>, over the
package's /etc/rspamd defaults; its own DBDIR, RUNDIR and log), started in the foreground in the kit's DNS namespace,
with the normal and controller workers disabled and the proxy listening on <the case's address>:11332. Each cause is
one module of rspamd's with the options its documentation names; the reply text is rspamd's own (no case sets a
message: every refusal is a module's default message or the proxy's default ``reject_message``). The label is the
configured cause. What the receiver accepts is discarded (every transport is ``discard:``), so a cause that fails to
refuse leaves no file rather than a wrong one. rspamd refuses only at the end of the data (the milter answers after the
message), so every case's command is DATA.

rspamd skips SPF, DMARC and greylisting for local client addresses unless a module's ``check_local`` is set; 127.0.0.1,
where the kit's senders connect from, is local, so the cases that use those modules set it (their README row says so).
The kit's sender domains publish ``v=spf1 -all`` and ``v=DMARC1; p=reject`` (set 21's TXT records).

Not built, with the reason (the README's list): ``max_message`` (tried before the run with rspamc: rspamd answers an
oversized task with an HTTP error, "Request entity too large", which the milter does not turn into an SMTP reply of its
own); ``soft_reject_on_timeout`` (the kit's small messages finish long before any timeout one would set);
``antivirus`` (ClamAV is too heavy for this machine; a scanner that is down only adds a symbol); ``spamtrap`` (whether a
trap recipient's refusal is the recipient's or the organisation's is no configured fact); the RBL module (its listings
only add to the score, so its refusal is the generic score reject); a score reject by a lowered threshold (the same
words as the DMARC and SPF cases); the milter down (Postfix's words, not rspamd's; set 21 has them).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, dist_master, postfix_main_cf, write_postfix

SUFFIX = "heldout26.example"
FIRST_IP = "127.0.10.1"
CONF = Path("/etc/postfix-rcv26")  # the receiving Postfix instance
QUEUE = Path("/var/spool/postfix-rcv26")
DATA = Path("/var/lib/postfix-rcv26")
ETC = Path("/etc/rspamd-rcv26")  # one rspamd LOCAL_CONFDIR per case
VAR = Path("/var/lib/rspamd-rcv26")  # one rspamd DBDIR and RUNDIR per case; redis's directory
LOGS = Path("/var/log/real-mta")
MILTER_PORT = 11332  # each case's rspamd proxy, on the case's own address
REDIS = ("127.0.0.1", 11379)  # redis-server for the greylist and ratelimit modules
PACKAGES = ("rspamd", "redis-server")  # Debian 12: rspamd 3.4-1, redis-server 5:7.0.15
SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four
# SpamAssassin's GTUBE test string, which rspamd's own GTUBE check recognises (rspamd 3.4, src/libmime/message.c:
# rspamd_check_gtube; Debian 12 rspamd 3.4-1)
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
_RS = "rspamd 3.4 (Debian 12 package rspamd 3.4-1), "
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) 'smtpd_milters'; MILTER_README"


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the case's own rspamd: its local.d files, whether it defers, what the message carries."""

    files: tuple[tuple[str, str], ...] = ()  # (path under LOCAL_CONFDIR, content; {d}: domain, {c}: the case's dir)
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    body: str = ""  # a line the case's message carries besides the kit's text
    attach: str = ""  # the file name of an attachment the case's message carries
    warmup: bool = False  # one message to the case's recipient goes through the receiver before the senders'


def _c(id: str, cause: str, source: str, files: tuple[tuple[str, str], ...] = (), *, defers: bool = False,
       body: str = "", attach: str = "", warmup: bool = False) -> Configured:
    return Configured(id, "DATA", (), source, None, SUFFIX, files, defers, cause, body, attach, warmup)


_REDIS = ("local.d/redis.conf", f'servers = "{REDIS[0]}:{REDIS[1]}";\n')
_SPF_LOCAL = ("local.d/spf.conf", "check_local = true;\n")

_CONFIGURED: list[Configured] = [
    _c("data-gtube-string",
       "rspamd's built-in GTUBE check (its defaults): the body carries the GTUBE test string",
       _RS + "src/libmime/message.c (rspamd_check_gtube: the pre-result 'reject'); the proxy's milter reply for a"
       " reject (src/libserver/milter.c, 5.7.1); https://rspamd.com/doc/faq.html (GTUBE)", body=GTUBE),
    _c("data-dmarc-action",
       "dmarc module with 'actions { reject = \"reject\"; quarantine = \"add_header\"; }' (its documentation's"
       " example) and check_local (spf and dmarc): the From domain publishes 'v=DMARC1; p=reject', the senders do not"
       " sign and their domains publish 'v=spf1 -all'",
       _RS + "plugins/dmarc.lua (settings.actions, maybe_force_action), plugins/spf.lua;"
       " https://rspamd.com/doc/modules/dmarc.html ('actions'); RFC 7489 section 6.3",
       (("local.d/dmarc.conf", 'check_local = true;\nactions { reject = "reject"; quarantine = "add_header"; }\n'),
        _SPF_LOCAL)),
    _c("data-spf-force",
       "force_actions module with one rule (action 'reject', expression 'R_SPF_FAIL', no message of its own) and"
       " spf check_local: the senders' domains publish 'v=spf1 -all'",
       _RS + "plugins/force_actions.lua (rules: action, expression, message), plugins/spf.lua;"
       " https://rspamd.com/doc/modules/force_actions.html; RFC 7208 section 8.4 (Fail)",
       (("local.d/force_actions.conf", 'rules { SPF_FAIL_REJECT { action = "reject"; expression = "R_SPF_FAIL"; } }\n'),
        _SPF_LOCAL)),
    _c("data-grey-triplet",
       "greylist module (its defaults: timeout 5 min, action 'soft reject', message 'Try again later') with"
       " check_local and the greylist action's threshold lowered to -100 (actions.conf), so that every message of a"
       " triplet rspamd has not seen is greylisted; the senders give up after two minutes, before the 5 minutes pass",
       _RS + "plugins/greylist.lua (its documented defaults); https://rspamd.com/doc/modules/greylisting.html;"
       " https://rspamd.com/doc/configuration/metrics.html (actions)",
       (_REDIS, ("local.d/greylist.conf", "check_local = true;\n"), ("local.d/actions.conf", "greylist = -100;\n")),
       defers=True),
    _c("data-to-bucket",
       "ratelimit module with one bucket for the recipient ('rates { to = { bucket = { burst = 1; rate ="
       " \"1 / 1h\"; } } }'); one message to the case's recipient goes through first (run.py), so every sender's"
       " message finds the bucket full",
       _RS + "plugins/ratelimit.lua (the 'to' limit, its soft reject and message_func);"
       " https://rspamd.com/doc/modules/ratelimit.html",
       (_REDIS, ("local.d/ratelimit.conf",
                 'rates { to = { bucket = { burst = 1; rate = "1 / 1h"; } } }\n')),
       defers=True, warmup=True),
    _c("data-from-map",
       "multimap module: a 'from' rule (prefilter, action 'reject', no message of its own) whose map lists the four"
       " senders' addresses",
       _RS + "plugins/multimap.lua (prefilter rules: action, message); https://rspamd.com/doc/modules/multimap.html",
       (("local.d/multimap.conf",
         'LOCAL_FROM_MAP { type = "from"; map = "{c}/from.map"; prefilter = true; action = "reject"; }\n'),
        ("from.map", "".join(f"alice@{s}\n" for s in SENDERS)))),
    _c("data-ip-map",
       "multimap module: an 'ip' rule (prefilter, action 'reject', no message of its own) whose map lists"
       " 127.0.0.1, the address the senders connect from",
       _RS + "plugins/multimap.lua (prefilter rules: action, message); https://rspamd.com/doc/modules/multimap.html",
       (("local.d/multimap.conf",
         'LOCAL_IP_MAP { type = "ip"; map = "{c}/ip.map"; prefilter = true; action = "reject"; }\n'),
        ("ip.map", "127.0.0.1\n"))),
    _c("data-rcpt-map",
       "multimap module: a 'rcpt' rule (prefilter, action 'reject', no message of its own) whose map lists the"
       " case's recipient address",
       _RS + "plugins/multimap.lua (prefilter rules: action, message); https://rspamd.com/doc/modules/multimap.html",
       (("local.d/multimap.conf",
         'LOCAL_RCPT_MAP { type = "rcpt"; map = "{c}/rcpt.map"; prefilter = true; action = "reject"; }\n'),
        ("rcpt.map", "user@{d}\n"))),
    _c("data-name-map",
       "multimap module: a 'filename' rule (prefilter, action 'reject', no message of its own) whose map lists"
       " the file name pattern '*.exe' (glob = true); the message carries an attachment named invoice.exe",
       _RS + "plugins/multimap.lua (filename maps, prefilter rules); https://rspamd.com/doc/modules/multimap.html",
       (("local.d/multimap.conf",
         'LOCAL_NAME_MAP { type = "filename"; map = "{c}/name.map"; glob = true;\n'
         '  prefilter = true; action = "reject"; }\n'),
        ("name.map", "*.exe\n")),
       attach="invoice.exe"),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep their addresses.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT26: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def install() -> None:
    """apt-get install rspamd and redis-server if they are not there (the only step that needs the network; Debian's
    policy-rc.d keeps the packages' own services from starting)."""
    missing = [p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], check=True)


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, its listeners, every case's domain relayed (to discard:)."""
    own = {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED),
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
    }
    return {
        **postfix_main_cf("postfix-rcv26", SUFFIX, QUEUE, DATA, own),
        # rspamd's documentation of the Postfix integration (https://rspamd.com/doc/integration.html)
        "milter_protocol": "6",
        "milter_mail_macros": "i {mail_addr} {client_addr} {client_name} {auth_authen}",
    }


def _fill(text: str, h: Configured) -> str:
    return text.replace("{d}", h.domain).replace("{c}", str(ETC / h.id))


def rspamd_files(ip: str, h: Configured) -> dict[str, str]:
    """The case's LOCAL_CONFDIR files: the workers (the proxy as a self-scanning milter on the case's address), then
    the case's own module settings."""
    files = {
        "override.d/worker-proxy.inc": "\n".join([
            f'bind_socket = "{ip}:{MILTER_PORT}";', "milter = yes;", "timeout = 120s;", "count = 1;",
            'upstream "local" {', "  default = yes;", "  self_scan = yes;", "}", ""]),
        "override.d/worker-normal.inc": "enabled = false;\n",
        "override.d/worker-controller.inc": "enabled = false;\n",
        "override.d/worker-fuzzy.inc": "enabled = false;\n",
        "local.d/logging.inc": 'level = "info";\n',
    }
    for name, text in h.files:
        files[name] = _fill(text, h)
    return files


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv26 and one rspamd configuration directory per case; return the listening addresses."""
    install()
    servers = listeners()
    for d in (ETC, VAR):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    master = dist_master()  # no listener on the default address: one per case
    for ip, h in servers.items():
        master.append(f"{ip}:smtp inet n - n - - smtpd -o syslog_name=postfix-rcv26/{h.id}"
                      f" -o {{ smtpd_milters = inet:{ip}:{MILTER_PORT} }}")
        for name, text in rspamd_files(ip, h).items():
            path = ETC / h.id / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        for sub in ("db", "run"):
            (VAR / h.id / sub).mkdir(parents=True)
    write_postfix(CONF, main_cf(), master, QUEUE, DATA)
    (VAR / "redis").mkdir()
    subprocess.run(["chown", "-R", "_rspamd:_rspamd", str(ETC), str(VAR)], check=True)
    shutil.chown(VAR / "redis", "redis", "redis")
    return list(servers)


def daemons() -> dict[str, str]:
    """Process name -> command: redis-server (no persistence), then each case's rspamd in the foreground."""
    cmds = {"redis-rcv26": f"runuser -u redis -- redis-server --bind {REDIS[0]} --port {REDIS[1]} --save ''"
                           f" --appendonly no --dir {VAR / 'redis'} --daemonize no"}
    for h in listeners().values():
        var = VAR / h.id
        cmds[f"rspamd-rcv26-{h.id}"] = (
            f"rspamd -f -u _rspamd -g _rspamd -c /etc/rspamd/rspamd.conf --var LOCAL_CONFDIR={ETC / h.id}"
            f" --var DBDIR={var / 'db'} --var RUNDIR={var / 'run'} --var LOGDIR={var}")
    return cmds


def warmups() -> list[tuple[str, str]]:
    """(address, recipient) of each case whose recipient gets one message through the receiver first."""
    return [(ip, f"user@{h.domain}") for ip, h in listeners().items() if h.warmup]
