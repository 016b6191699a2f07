"""The thirty-fifth held-out set: a REAL receiving OpenSMTPD 6.8 with Debian 12's filter-rspamd (asking a REAL rspamd)
and filter-senderscore, and OpenSMTPD's own table-based refusals that set 20 did not configure, refusing configured
everyday causes in the filters' and OpenSMTPD's own default words.

Set 20 put OpenSMTPD 6.8 on the receiving side with its own refusals only (local, virtual and userbase look-ups that
miss, no matching rule, ``error:`` entries, builtin filters with an administrator's words, a match rule rejecting the
senders, ``smtp max-message-size``, ``tls-require`` and ``auth`` listeners). This set runs the same OpenSMTPD 6.8 (the
Debian 12 package opensmtpd 6.8.0p2-4+b4 that the kit unpacks under /opt/x for its sending side) with the two filter
packages Debian 12 ships for it, unpacked under /opt/x the same way: opensmtpd-filter-rspamd 0.1.7-1+b7 and
opensmtpd-filter-senderscore 0.1.1-2+b8, each started by OpenSMTPD as a ``proc-exec`` filter (smtpd.conf(5),
'filter name proc-exec command') on the listeners of the cases that use it. filter-rspamd asks a REAL rspamd 3.4 (Debian
12 rspamd 3.4-1, at the package's defaults but for its workers: a normal worker on this set's own address, as the
filter's ``-url`` names it; the greylisting case's rspamd with Debian 12's redis-server 7.0 beside it);
filter-senderscore asks the kit's fake DNS for the client's SenderScore (``<reversed address>.score.senderscore.com``,
whose A record's last octet is the score), to which this set adds 127.0.4.20 for 127.0.0.1 (a score of 20).

As in set 20, OpenSMTPD's spool and control socket are compiled in, so the receiver runs in a mount namespace of its
own (run.py) where /var/spool/smtpd is SPOOL, /run is RUN, /etc/mailname names it and /etc/hosts is HOSTS (the host's
file without its 127.0.0.1 lines), with its own smtpd.conf and tables under ETC. It listens on one loopback address per
case from 127.0.19.1 (the MX of the case's domain, under heldout35.example). Every message the receiver accepts by
mistake is relayed towards 127.0.0.11, where nothing listens (topology.REFUSED_IP), and stays in its queue until the
run stops it, so a cause that fails to refuse leaves no file rather than a wrong one.

- filter-senderscore with ``-blockBelow 50`` (its manual's example threshold): the client's score 20 is below it, and
  the filter disconnects the session with its one refusal (filter-senderscore.go, waitThenDisconnect): at the
  connection (its default ``-blockPhase connect``: the greeting) and, on a second listener, at MAIL FROM
  (``-blockPhase mail-from``);
- filter-rspamd (no option but ``-url``) in front of a real rspamd, which answers after the data:
  - the body carries the GTUBE test string, which rspamd's own GTUBE check rejects (action ``reject``): the filter
    gives 550 with rspamd's message (or its own default where rspamd gives none);
  - rspamd's greylisting module (its defaults, ``check_local`` because the kit's senders connect from 127.0.0.1, and
    the greylist action's threshold lowered to -100 so that every new triplet is greylisted, as set 26 did): action
    ``soft reject``, which the filter gives as a 451 (temporary; the senders give up after two minutes, before
    rspamd's 5-minute greylisting time passes);
  - rspamd not reachable: the filter's ``-url`` names 127.0.0.11:11333, where nothing listens, so the filter cannot
    ask and answers with its own temporary failure (filter-rspamd.go, rspamdTempFail: a 421 after the data);
- OpenSMTPD's own tables (smtpd.conf(5) and table(5)):
  - a match rule that takes the domain's mail only for the recipients its table lists (``rcpt-to <rcpts>``, the table
    holding postmaster@ the domain only): no rule matches user@, OpenSMTPD's default refusal at RCPT;
  - a match rule that takes the domain's mail only from the sources its table lists (``from src <gateways>``, the
    table holding 192.0.2.25, the domain's filtering gateway, not 127.0.0.1): no rule matches, the same default
    refusal at RCPT;
  - a virtual table whose entries loop (user@ to loop@ the domain and back): the expansion ends with no delivery, and
    OpenSMTPD refuses at RCPT with its expansion failure.

A case's ``reply`` is empty (the words are OpenSMTPD's, the filters' or rspamd's); ``filters`` names the filters on
its listener, ``conf`` the smtpd.conf lines that make its cause (``{d}`` is its domain), ``body`` a line its message
carries, ``defers`` whether the configured cause is temporary, ``source`` the documentation or source of the setting
and of the words.

Option (a) of the brief ran, so option (b) (a receiving Postfix or Exim with ClamAV) was not tried. Considered for
OpenSMTPD and left out: a second size limit (OpenSMTPD 6.8 has one, the global ``smtp max-message-size``, which set 20
used; its end-of-data check only answers a client that declares no SIZE= or too small a one, and the kit's four senders
declare it); ``smtp limit max-rcpt`` and ``max-mails`` (the kit sends one recipient in one message per session);
OpenSMTPD's loop detection (100 Received: headers; the senders' own limits refuse such a message before it leaves);
filter-senderscore's ``-junkBelow`` and ``-slowFactor`` (they mark or slow a session, no refusal); rspamd's other
refusals through the filter (a score reject, rate limits, DMARC) are set 26's causes in the same rspamd words.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver

SUFFIX = "heldout35.example"
FIRST_IP = "127.0.19.1"
ETC = Path("/etc/smtpd-rcv35")
CONF = ETC / "smtpd.conf"
SPOOL = Path("/var/spool/smtpd-rcv35")  # bind-mounted over /var/spool/smtpd by run.py
RUN = Path("/run/smtpd-rcv35")  # bind-mounted over /run (/var/run): the receiver's own control socket
HOSTS = ETC / "hosts"  # bind-mounted over /etc/hosts: no line for 127.0.0.1
MAILNAME = ETC / "mailname"  # bind-mounted over /etc/mailname
VAR = Path("/var/lib/rcv35")  # the rspamd instances' configuration, DBDIR and RUNDIR; redis's directory
NAME = f"mx.{SUFFIX}"
X = "/opt/x"
FILTER_RSPAMD = f"{X}/opensmtpd-filter-rspamd/usr/libexec/opensmtpd/filter-rspamd"
FILTER_SENDERSCORE = f"{X}/opensmtpd-filter-senderscore/usr/libexec/opensmtpd/filter-senderscore"
# The Debian 12 packages this set unpacks under /opt/x (apt-get download, dpkg-deb -x), and those it installs
FILTER_PACKAGES = {"opensmtpd-filter-rspamd": "0.1.7-1+b7", "opensmtpd-filter-senderscore": "0.1.1-2+b8"}
PACKAGES = ("rspamd", "redis-server")  # Debian 12: rspamd 3.4-1, redis-server 5:7.0.15
RSPAMD_PORT = 11333  # rspamd's normal worker (the filter's default URL is http://localhost:11333)
# Each rspamd instance: its name -> its normal worker's address (this set's range)
RSPAMDS = {"plain": "127.0.19.60", "grey": "127.0.19.59"}
REDIS = ("127.0.19.61", 11379)  # redis-server for the greylisting rspamd
DOWN_URL = "http://127.0.0.11:11333"  # topology.REFUSED_IP: nothing listens there
SCORE = "127.0.4.20"  # the kit's DNS answer for 1.0.0.127.score.senderscore.com: score 20
GATEWAY = "192.0.2.25"  # the only source the src-table case's rule takes mail from (RFC 5737 documentation address)
# SpamAssassin's GTUBE test string, which rspamd's own GTUBE check recognises (rspamd 3.4, src/libmime/message.c:
# rspamd_check_gtube; Debian 12 rspamd 3.4-1)
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
_CONF = "OpenSMTPD 6.8 smtpd.conf(5) (Debian 12 opensmtpd 6.8.0p2, /usr/share/man/man5/smtpd.conf.5.gz), "
_TABLE = "OpenSMTPD 6.8 table(5) (Debian 12 opensmtpd, /usr/share/man/man5/table.5.gz), "
_SS = ("filter-senderscore 0.1.1 (Debian 12 opensmtpd-filter-senderscore 0.1.1-2+b8): filter-senderscore(8)"
       " (-blockBelow, -blockPhase; its EXAMPLES' '-blockBelow 50') and filter-senderscore.go (waitThenDisconnect),"
       " https://github.com/poolpOrg/filter-senderscore")
_RF = ("filter-rspamd 0.1.7 (Debian 12 opensmtpd-filter-rspamd 0.1.7-1+b7): filter-rspamd.go (rspamdQuery,"
       " dataCommit), https://github.com/poolpOrg/filter-rspamd")
_RS = "rspamd 3.4 (Debian 12 package rspamd 3.4-1), "
_SMTPD = "OpenSMTPD 6.8.0p2 (Debian 12 opensmtpd 6.8.0p2-4+b4), "


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving OpenSMTPD: the filters on its listener and its smtpd.conf lines."""

    filters: str = ""  # the filter (or chain) on the case's listener
    conf: tuple[str, ...] = ()  # smtpd.conf lines that make the cause ({d}: the case's domain)
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    body: str = ""  # a line the case's message carries besides the kit's text


def _c(id: str, stage: str, cause: str, source: str, *, filters: str = "", conf: tuple[str, ...] = (),
       defers: bool = False, body: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, filters, conf, defers, cause, body)


_SINK = 'match from any for domain "{d}" action "sink"'

_CONFIGURED: list[Configured] = [
    # --- filter-senderscore: the client's reputation score (20) below -blockBelow 50
    _c("conn-senderscore-low", "CONN",
       "filter-senderscore -blockBelow 50 (its default -blockPhase connect) on the listener; the kit's DNS gives"
       f" 127.0.0.1 the SenderScore 20 ({SCORE} for 1.0.0.127.score.senderscore.com)", _SS,
       filters="senderscore", conf=(_SINK,)),
    _c("mail-senderscore-low", "MAIL",
       "filter-senderscore -blockBelow 50 -blockPhase mail-from on the listener; the same score 20", _SS,
       filters="senderscore_mail", conf=(_SINK,)),
    # --- filter-rspamd in front of a real rspamd
    _c("data-rspamd-gtube", "DATA",
       "filter-rspamd asking rspamd (the package's defaults); the body carries the GTUBE test string, which rspamd's"
       " GTUBE check rejects (action reject)", _RF + "; " + _RS + "src/libmime/message.c (rspamd_check_gtube)",
       filters="rspamd", conf=(_SINK,), body=GTUBE),
    _c("data-rspamd-greylist", "DATA",
       "filter-rspamd asking an rspamd whose greylisting module (its defaults: timeout 5 min, action 'soft reject')"
       " has check_local and the greylist action's threshold lowered to -100 (every message of a new triplet is"
       " greylisted); the senders give up after two minutes, before the 5 minutes pass",
       _RF + "; " + _RS + "plugins/greylist.lua (its documented defaults); https://rspamd.com/doc/modules/"
       "greylisting.html", filters="rspamd_grey", conf=(_SINK,), defers=True),
    _c("data-rspamd-down", "DATA",
       f"filter-rspamd -url {DOWN_URL}: nothing listens there (rspamd not running or not reachable), so the filter"
       " cannot ask and fails the message temporarily", _RF + " (rspamdTempFail)",
       filters="rspamd_down", conf=(_SINK,), defers=True),
    # --- OpenSMTPD's own tables
    _c("rcpt-not-in-table", "RCPT",
       "the domain's only rule 'match from any for domain <it> rcpt-to <rcpts> action': the recipient table holds"
       " postmaster@<it> only, so no rule matches user@<it>",
       _CONF + "'[!] rcpt-to recipient | <recipient>' (a message is received only if an envelope matches a rule); "
       + _TABLE + "'List tables'",
       conf=("table rcpts { postmaster@{d} }", 'match from any for domain "{d}" rcpt-to <rcpts> action "sink"')),
    _c("rcpt-src-not-gateway", "RCPT",
       f"the domain's only rule 'match from src <gateways> for domain <it> action': the source table holds {GATEWAY}"
       " (the domain's filtering gateway) only, so no rule matches mail from 127.0.0.1",
       _CONF + "'from src <table>'; " + _TABLE + "'Netaddr tables'",
       conf=(f"table gateways {{ {GATEWAY} }}", 'match from src <gateways> for domain "{d}" action "sink"')),
    _c("rcpt-alias-loop", "RCPT",
       "the domain is delivered through a virtual table (action 'vdom' ... virtual <vusers>) whose entries loop:"
       " user@<it> to loop@<it> and loop@<it> back to user@<it>; the expansion ends with no delivery",
       _CONF + "'virtual <table>'; " + _TABLE + "'Aliasing tables'; " + _SMTPD + "lka_session.c (an expansion with"
       " no delivery is refused)",
       conf=('match from any for domain "{d}" action "vdom"',)),
]

# Configured but dropped (filled in after the run if a cause did not refuse as configured). A dropped case keeps its
# listener, so that the other cases keep the addresses their bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT35: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def dns_names() -> dict[str, str]:
    """A records for the kit's DNS (topology.OTHER_HOSTS): the SenderScore of the client address 127.0.0.1."""
    return {"1.0.0.127.score.senderscore.com": SCORE}


def install() -> None:
    """Unpack the two filter packages under /opt/x (apt-get download, dpkg-deb -x) and apt-get install rspamd and
    redis-server if they are not there (the only steps that need the network)."""
    for pkg, version in FILTER_PACKAGES.items():
        if Path(f"{X}/{pkg}/usr/libexec/opensmtpd").is_dir():
            continue
        tmp = Path(f"/tmp/rcv35-{pkg}")
        tmp.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", f"{pkg}={version}"], cwd=tmp, check=True)
        deb = next(tmp.glob(f"{pkg}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), f"{X}/{pkg}"], check=True)
    missing = [p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], check=True)


def smtpd_conf() -> str:
    """The receiving instance's smtpd.conf."""
    lines = [
        "# The receiving OpenSMTPD of held-out set 35 (tools/real-mta/heldout35.py writes this file)",
        "queue ttl 1d",
        f"table vusers file:{ETC}/vusers",
        f'filter "senderscore" proc-exec "{FILTER_SENDERSCORE} -blockBelow 50"',
        f'filter "senderscore_mail" proc-exec "{FILTER_SENDERSCORE} -blockBelow 50 -blockPhase mail-from"',
        f'filter "rspamd" proc-exec "{FILTER_RSPAMD} -url http://{RSPAMDS["plain"]}:{RSPAMD_PORT}"',
        f'filter "rspamd_grey" proc-exec "{FILTER_RSPAMD} -url http://{RSPAMDS["grey"]}:{RSPAMD_PORT}"',
        f'filter "rspamd_down" proc-exec "{FILTER_RSPAMD} -url {DOWN_URL}"',
    ]
    body: list[str] = []
    for h in _CONFIGURED:
        body += [f"# {h.id}"] + [line.replace("{d}", h.domain) for line in h.conf]
    # tables first, then the listeners, the actions and the match rules (smtpd.conf(5)'s order)
    lines += [ln for ln in body if ln.startswith("table ")]
    for ip, h in listeners().items():
        lines.append(f"listen on {ip} hostname {NAME}{' filter ' + h.filters if h.filters else ''}")
    lines += [
        'action "vdom" mbox virtual <vusers>',
        # whatever is accepted by mistake waits in the queue for a host where nothing listens (topology.REFUSED_IP)
        'action "sink" relay host smtp+notls://127.0.0.11:25',
    ]
    lines += [ln for ln in body if not ln.startswith("table ")]
    return "\n".join(lines) + "\n"


def rspamd_files(name: str) -> dict[str, str]:
    """An rspamd instance's LOCAL_CONFDIR files: its normal worker on its own address (no proxy, controller or fuzzy
    worker), and for the greylisting one the greylist module's settings (set 26's) and redis."""
    files = {
        "override.d/worker-normal.inc": f'bind_socket = "{RSPAMDS[name]}:{RSPAMD_PORT}";\ncount = 1;\n',
        "override.d/worker-proxy.inc": "enabled = false;\n",
        "override.d/worker-controller.inc": "enabled = false;\n",
        "override.d/worker-fuzzy.inc": "enabled = false;\n",
        "local.d/logging.inc": 'level = "info";\n',
    }
    if name == "grey":
        files.update({
            "local.d/redis.conf": f'servers = "{REDIS[0]}:{REDIS[1]}";\n',
            "local.d/greylist.conf": "check_local = true;\n",
            "local.d/actions.conf": "greylist = -100;\n",
        })
    return files


def write_receiver() -> list[str]:
    """Write ETC (smtpd.conf, tables, hosts and mailname files), an empty SPOOL and RUN, each rspamd instance's
    configuration under VAR; return the listening addresses."""
    install()
    for d in (ETC, SPOOL, RUN, VAR):
        if d.exists():
            shutil.rmtree(d)
    ETC.mkdir(parents=True)
    SPOOL.mkdir(parents=True)
    SPOOL.chmod(0o711)
    RUN.mkdir(parents=True)
    hosts = [ln for ln in Path("/etc/hosts").read_text().splitlines()
             if not ln.split("#", 1)[0].strip().startswith("127.0.0.1")]
    HOSTS.write_text("\n".join([*hosts, f"{FIRST_IP}\t{NAME} {socket.gethostname()}"]) + "\n")
    MAILNAME.write_text(NAME + "\n")
    loop = _case("rcpt-alias-loop").domain
    (ETC / "vusers").write_text(f"user@{loop}\tloop@{loop}\nloop@{loop}\tuser@{loop}\n")
    CONF.write_text(smtpd_conf())
    for name in RSPAMDS:
        for rel, text in rspamd_files(name).items():
            path = VAR / name / "etc" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        for sub in ("db", "run"):
            (VAR / name / sub).mkdir(parents=True)
    (VAR / "redis").mkdir()
    subprocess.run(["chown", "-R", "_rspamd:_rspamd", str(VAR)], check=True)
    shutil.chown(VAR / "redis", "redis", "redis")
    return list(listeners())


def daemons() -> dict[str, str]:
    """Process name -> command: redis-server (no persistence), then each rspamd instance in the foreground."""
    cmds = {"redis-rcv35": f"runuser -u redis -- redis-server --bind {REDIS[0]} --port {REDIS[1]} --save ''"
                           f" --appendonly no --dir {VAR / 'redis'} --daemonize no"}
    for name in RSPAMDS:
        var = VAR / name
        cmds[f"rspamd-rcv35-{name}"] = (
            f"rspamd -f -u _rspamd -g _rspamd -c /etc/rspamd/rspamd.conf --var LOCAL_CONFDIR={var / 'etc'}"
            f" --var DBDIR={var / 'db'} --var RUNDIR={var / 'run'} --var LOGDIR={var}")
    return cmds
