"""The thirtieth held-out set: REAL greylisting, scoring and rate-limit policy daemons from Debian 12 behind a REAL
receiving Postfix, refusing configured everyday causes in their own default words.

Sets 17 to 29 put a real Postfix (alone, with policyd-spf, OpenDMARC, OpenDKIM, amavis and spamass-milter, with
Dovecot, with rspamd, with postscreen, verifying addresses), Exim, Sendmail, OpenSMTPD, Haraka, Courier and qpsmtpd on
the receiving side; set 17 asked postgrey (greylisting that never passes). This set puts a tenth receiving Postfix
3.7.11 instance there (Debian 12 package postfix 3.7.11-0+deb12u1; its own configuration directory /etc/postfix-rcv30,
queue and data directory), one smtpd listener per case from 127.0.14.1, each asking one instance of a Debian 12
policy daemon no earlier set used (``check_policy_service``), each instance run by run.py with its own configuration,
state and port, in the kit's DNS namespace:

- sqlgrey 1.8.0 (Debian 12 package sqlgrey 1:1.8.0-4; SQLite database): greylisting at its defaults (a new
  triplet deferred with "Greylisted for 5 minutes"; the kit's senders give up after two minutes), in its
  discrimination mode (only clients that match a rule of Debian's discrimination.regexp are greylisted; the senders'
  HELO names match one), and its ``connect_src_throttle`` (a new source with that many greylisted triplets pending
  is deferred with "Throttling too many connections from new source");
- policyd-weight 0.1.15.2 (Debian 12 package policyd-weight 0.1.15.2-12.1): its weighted DNSBL and DNS checks at their
  default scores, messages and levels: the client listed in more DNSBLs than ``$MAXDNSBLHITS`` (2, the default; three
  zones of the kit's DNS in its ``@dnsbl_score`` table, with default scores), and a client whose HELO name and
  sender domain have no DNS records, which its DNS checks score as forged (``$REJECTMSG``: entirely at its defaults,
  whose DNSBL zones are real ones the kit's DNS answers NXDOMAIN for, over ``$REJECTLEVEL`` but under
  ``$DEFER_LEVEL``, a 450 since ``$DEFER_STRING`` names BOGUS_MX; with a DNSBL table of one zone that does not list
  the client, fewer miss scores count and the score passes ``$DEFER_LEVEL``: a 550);
- postfwd 1.35 (postfwd2; Debian 12 package postfwd 1.35-8): two DNSBL rules scoring 2.5 each, both listing the
  client, reach its default score limit 5.0 and its default answer ("554 5.7.1 postfwd2 score exceeded");
- policyd-rate-limit 1.0.1.1 (Debian 12 package policyd-rate-limit 1.0.1.1-2.1+deb12u1): a limit of one message a
  day per client address (``limit_by_ip`` with ``limited_networks`` 127.0.0.0/8), used up by one warm-up message from
  127.0.0.1 before the senders send; its default ``fail_action`` ("defer_if_permit Rate limit reach, retry later").

Not used, with the reason (the README's list): postgrey (set 17 has it); milter-greylist (Debian 12's archive has
no such package); greylistd (Debian ships it for Exim's ACLs, not as a Postfix policy service); postfwd's rate and
recipient limits (the text of every such action is the configuration's own: no default words). policyd-weight's
single-DNSBL refusals were configured first and left out before the run: with the senders' HELO names and domains
without DNS records its DNS checks alone already refuse (a test request by hand scored 6.1 without any listing), so
a listing would not be the cause, and a SpamCop listing could not stay under $DEFER_LEVEL. Options (b), a second
Exim with Debian's exim4-config ACLs, and (c), chasquid, were not tried: (a) ran first.

Every refusal is in the SMTP session, at RCPT TO: the sending MTAs write the bounces, and for the temporary ones
their delay notices and their final reports after the kit's two-minute queue lifetime. What the receiver accepts is
discarded (DISCARD_ALL), so a cause that fails to refuse leaves no file rather than a wrong one. The receiver's
/etc/hosts (bind-mounted by run.py, as set 17's) has no name for 127.0.0.1 and the fake DNS answers no PTR query, yet
the receiving Postfix names the client "localhost[127.0.0.1]" (as sets 27 to 29's logs show too): the policy
daemons are given that name. The senders' HELO names and domains (mta-*.example) have no address or MX record in the
kit's DNS, which policyd-weight's DNS checks count.

A case's ``reply`` is empty (the words are the daemons' and Postfix's, not chosen here); ``daemon`` names the policy
daemon its listener asks ("sqlgrey", "weight", "postfwd" or "ratelimit"), ``conf`` the lines of that instance's
configuration beyond the kit's paths and ports (postfwd's: its rules; none changes a message), ``warmup`` what
run.py does from 127.0.0.1 before the senders send ("rcpt": one MAIL FROM and RCPT TO), ``defers`` whether the
configured cause is temporary, ``source`` the documentation of the setting.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, dist_master, postfix_main_cf

SUFFIX = "heldout30.example"
FIRST_IP = "127.0.14.1"
CONF = Path("/etc/postfix-rcv30")
QUEUE = Path("/var/spool/postfix-rcv30")
DATA = Path("/var/lib/postfix-rcv30")
STATE = Path("/var/lib/rcv30")  # the daemons' databases
RUN = Path("/run/rcv30")  # their pid files and policyd-weight's lock paths
HOSTS = CONF / "hosts"
SYSLOG = RUN / "log"  # the policyd-weight instances' syslog socket (run.py's devlog.py sink, not /dev/log)
FIRST_PORT = 12531  # the policy daemons' ports on 127.0.0.1, one per case in table order
LISTED = ("listed1", "listed2", "listed3")  # DNS block lists of this set (under SUFFIX) that list 127.0.0.1
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) 'check_policy_service', SMTPD_POLICY_README; "
_SG = ("sqlgrey 1.8.0 (Debian 12 sqlgrey 1:1.8.0-4), /etc/sqlgrey/sqlgrey.conf and /usr/sbin/sqlgrey (its defaults:"
       " reconnect_delay 5, reject_first_attempt 'delay' = defer_if_permit, the reply 'Greylisted for <reconnect_delay>"
       " minutes'), https://sqlgrey.sourceforge.net/; ")
_PW = ("policyd-weight 0.1.15.2 (Debian 12 policyd-weight 0.1.15.2-12.1), /usr/sbin/policyd-weight and"
       " `policyd-weight defaults` (its default @dnsbl_score, $REJECTMSG, $REJECTLEVEL 1, $MAXDNSBLHITS 2,"
       " $MAXDNSBLMSG, $DEFER_STRING, $DEFER_ACTION 450, $DEFER_LEVEL 5, $DNSERRMSG), policyd-weight.conf(5),"
       " https://www.policyd-weight.org/; ")
_RL = ("policyd-rate-limit 1.0.1.1 (Debian 12 policyd-rate-limit 1.0.1.1-2.1+deb12u1), /etc/policyd-rate-limit.yaml"
       " (limits, limit_by_ip, limited_networks; fail_action's default 'defer_if_permit Rate limit reach, retry"
       " later'), https://github.com/nitmir/policyd-rate-limit (README); ")


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the receiving Postfix and the policy daemon instance its listener asks."""

    daemon: str = ""  # "sqlgrey", "weight", "postfwd" or "ratelimit"
    conf: tuple[str, ...] = ()  # the instance's own configuration lines (the daemon's syntax)
    warmup: str = ""  # "rcpt": one MAIL FROM and RCPT TO from 127.0.0.1 before the senders send
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)


def _c(id: str, daemon: str, cause: str, source: str, *, conf: tuple[str, ...] = (), warmup: str = "",
       defers: bool = False) -> Configured:
    return Configured(id, "RCPT", (), source, None, SUFFIX, daemon, conf, warmup, defers, cause)


def _dnsbl(*entries: tuple[str, str, str, str]) -> tuple[str, ...]:
    """policyd-weight's @dnsbl_score (HOST, HIT SCORE, MISS SCORE, LOG NAME) with this set's zones."""
    rows = ",\n".join(f"    '{zone}.{SUFFIX}', {hit}, {miss}, '{name}'" for zone, hit, miss, name in entries)
    return (f"@dnsbl_score = (\n{rows}\n);",)


_CONFIGURED: list[Configured] = [
    _c("rcpt-sqlgrey-triplet", "sqlgrey",
       "sqlgrey at its defaults greylists the new (client /24, sender, recipient) triplet: 'defer_if_permit"
       " Greylisted for 5 minutes', again for every retry before the 5 minutes (an early reconnect); the senders give"
       " up after their two-minute queue lifetime",
       _SG + _PC, defers=True),
    _c("rcpt-sqlgrey-throttle", "sqlgrey",
       "sqlgrey with connect_src_throttle = 1: one triplet from 127.0.0.0/24 is pending already (run.py's warm-up"
       " RCPT TO, greylisted), and the source has nothing in the auto-whitelists, so every new triplet from it is"
       " deferred ('Throttling too many connections from new source - Try again later.') instead of greylisted",
       _SG + "connect_src_throttle ('Throttling too many connections from new source'); " + _PC,
       conf=("connect_src_throttle = 1",), warmup="rcpt", defers=True),
    _c("rcpt-sqlgrey-suspect", "sqlgrey",
       "sqlgrey in its discrimination mode (discrimination = on: only a client that matches a rule of Debian's"
       " /etc/sqlgrey/discrimination.regexp is greylisted); the senders' HELO names (mta-*.example) match its rule"
       " 'helo_name !~ \\w\\.[a-zA-Z]{2,4}$' ('If helo doesnt contain a fqdn': a top-level name of more than four"
       " letters), so their triplets are greylisted as in the default mode; the senders give up after their"
       " two-minute queue lifetime",
       _SG + "discrimination, discrimination.regexp; " + _PC, conf=("discrimination = on",), defers=True),
    _c("rcpt-weight-dnsbls", "weight",
       "policyd-weight at its defaults; the client address 127.0.0.1 is listed in three DNSBLs of its @dnsbl_score"
       " table (the kit's zones listed1-3, with the default scores of three of its default lists), more than"
       " $MAXDNSBLHITS (2) and over $MAXDNSBLSCORE (8): its $MAXDNSBLMSG ('550 Your MTA is listed in too many"
       " DNSBLs')",
       _PW + _PC,
       conf=_dnsbl((LISTED[0], "4.35", "-1.5", "SBL_XBL_SPAMHAUS"), (LISTED[1], "4.35", "0", "IX_MANITU"),
                   (LISTED[2], "3.25", "0", "DYN_PBL_SPAMHAUS"))),
    _c("rcpt-weight-defaults", "weight",
       "policyd-weight entirely at its defaults (its own DNSBL table, whose zones do not list the client in the"
       " kit's DNS: their miss scores count): the client has no PTR record and the senders' HELO names and"
       " domains (mta-*.example) have no A or MX records, so its DNS checks score the client as forged"
       " (BOGUS_MX, CL_IP_NE_HELO, MAIL_SEEMS_FORGED, RESOLVED_IP_IS_NOT_HELO) over $REJECTLEVEL (1) but under"
       " $DEFER_LEVEL (5), and $DEFER_STRING names BOGUS_MX=: its $REJECTMSG with $DEFER_ACTION 450 instead of"
       " 550; the senders retry and give up after their queue lifetime",
       _PW + _PC, defers=True),
    _c("rcpt-weight-forged", "weight",
       "policyd-weight at its defaults with a DNSBL table of one zone that does not list the client (the kit's"
       " zone 'unlisted', the default SBL-XBL scores): the same DNS checks of the senders' HELO names, domains and"
       " the client's missing PTR score it over $DEFER_LEVEL (5): its $REJECTMSG ('550 Mail appeared to be SPAM or"
       " forged ...', with its 'helo/hostname mismatch' note)",
       _PW + _PC, conf=_dnsbl(("unlisted", "4.35", "-1.5", "SBL_XBL_SPAMHAUS"))),
    _c("rcpt-postfwd-score", "postfwd",
       "postfwd 1.35 (postfwd2) with two DNSBL rules (rbl=listed1 and listed2 of the kit's zones, each"
       " action=score(2.5)); the client 127.0.0.1 is listed in both, and the total reaches postfwd's default score"
       " limit 5.0, answered with its default ('554 5.7.1 postfwd2 score exceeded')",
       "postfwd 1.35 (Debian 12 postfwd 1.35-8), postfwd2(8) ('rbl', 'score()', '--scores': default"
       " 5.0=>\"REJECT postfwd2 score exceeded\"), /usr/sbin/postfwd (scores 5.0 => '554 5.7.1 postfwd2 score"
       " exceeded'), https://postfwd.org/doc.html; " + _PC,
       conf=(f"id=RBL01; rbl={LISTED[0]}.{SUFFIX}; action=score(2.5)",
             f"id=RBL02; rbl={LISTED[1]}.{SUFFIX}; action=score(2.5)")),
    _c("rcpt-ratelimit-client", "ratelimit",
       "policyd-rate-limit limiting each client address of 127.0.0.0/8 (limit_by_ip, limited_networks) to one"
       " message a day (limits [[1, 86400]]); run.py's warm-up RCPT TO from 127.0.0.1 used it up, and its default"
       " fail_action defers every later recipient; the senders retry and give up after their queue lifetime",
       _RL + _PC, conf=("limits: [[1, 86400]]", "limit_by_ip: True", 'limited_networks: ["127.0.0.0/8"]'),
       warmup="rcpt", defers=True),
]

# Configured but dropped (none so far). A dropped case keeps its listener and port, so that the others keep theirs.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT30: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case


def port(h: Configured) -> int:
    """The policy daemon instance's port on 127.0.0.1 for this case."""
    return FIRST_PORT + _CONFIGURED.index(h)


def dns_names() -> dict[str, str]:
    """A records for the kit's DNS (topology.OTHER_HOSTS): the set's block lists list the client address 127.0.0.1
    (1.0.0.127.<zone>; 127.0.0.2, RFC 5782 section 5)."""
    return {f"1.0.0.127.{zone}.{SUFFIX}": "127.0.0.2" for zone in LISTED}


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, every case's domain a relay domain whose mail is discarded."""
    return postfix_main_cf("postfix-rcv30", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED),
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
    })


def sqlgrey_conf(h: Configured) -> str:
    """An sqlgrey instance's configuration: its port, pid file and SQLite database, then the case's own lines."""
    lines = [f"inet = 127.0.0.1:{port(h)}", f"pidfile = {RUN}/sqlgrey-{h.id}.pid", "db_type = SQLite",
             f"db_name = {STATE}/sqlgrey-{h.id}/sqlgrey.db", "user = sqlgrey", "group = sqlgrey", "loglevel = 3",
             "admin_mail = root@localhost", *h.conf]
    return "\n".join(lines) + "\n"


def weight_conf(h: Configured) -> str:
    """A policyd-weight instance's configuration (Perl, read over its defaults): its port, pid file and lock path
    (its cache socket), its syslog socket (SYSLOG: it logs through syslog only), then the case's own lines."""
    lock = RUN / f"polw-{h.id}"
    lines = ['$USER = "polw";', f"$TCP_PORT = {port(h)};", "$BIND_ADDRESS = '127.0.0.1';",
             f"$LOCKPATH = '{lock}/';", f"$SPATH = '{lock}/polw.sock';", f"$PIDFILE = '{RUN}/polw-{h.id}.pid';",
             f"$syslog_socktype = {{type => 'unix', path => '{SYSLOG}'}};", *h.conf]
    return "\n".join(lines) + "\n"


def ratelimit_conf(h: Configured) -> str:
    """A policyd-rate-limit instance's configuration (YAML): its socket, pid file and SQLite database, then the
    case's own lines; everything else as Debian's /etc/policyd-rate-limit.yaml has it."""
    lines = ["debug: True", 'user: "policyd-rate-limit"', 'group: "policyd-rate-limit"',
             f'pidfile: "{RUN}/ratelimit-{h.id}/policyd-rate-limit.pid"', "backend: 0",
             f'sqlite_config:\n    database: "{STATE}/ratelimit-{h.id}/db.sqlite3"',
             f'SOCKET: ["127.0.0.1", {port(h)}]', "limits_by_id: {}", "limit_by_sasl: True",
             "limit_by_sender: False", 'success_action: "dunno"',
             'fail_action: "defer_if_permit Rate limit reach, retry later"', 'db_error_action: "dunno"',
             "report: False", "delay_to_close: 300", *h.conf]
    return "\n".join(lines) + "\n"


def conf_path(h: Configured) -> Path:
    """The configuration file of the case's daemon instance (policyd-rate-limit reads YAML only from a .yaml name)."""
    return CONF / f"{h.daemon}-{h.id}.{'yaml' if h.daemon == 'ratelimit' else 'conf'}"


def daemons() -> dict[str, tuple[str, bool]]:
    """name -> (shell command, whether it leaves its session) of each policy daemon instance. sqlgrey and
    policyd-rate-limit stay in the foreground; policyd-weight's master does (-D) but its cache process starts a session
    of its own, and postfwd always daemonizes (Net::Server::Daemonize), so run.py runs those two in a mount namespace
    of their own each and stops every process of that namespace (set 24's way); postfwd's command then sleeps."""
    out = {}
    for h in _CONFIGURED:
        conf = conf_path(h)
        if h.daemon == "sqlgrey":
            out[f"sqlgrey-rcv30-{h.id}"] = (f"sqlgrey -f {conf}", False)
        elif h.daemon == "weight":
            out[f"polw-rcv30-{h.id}"] = (f"policyd-weight -D -f {conf} start", True)
        elif h.daemon == "postfwd":
            out[f"postfwd-rcv30-{h.id}"] = (
                f"postfwd --daemon -L -f {conf} --server_socket tcp:127.0.0.1:{port(h)} --cache_socket"
                f" tcp:127.0.0.1:{port(h) + 100} --pidfile {RUN}/postfwd-{h.id}.pid -u nobody -g nogroup"
                " && exec sleep 86400", True)
        else:
            out[f"ratelimit-rcv30-{h.id}"] = (f"policyd-rate-limit -f {conf}", False)
    return out


def warmups() -> list[tuple[str, str]]:
    """(listening address, recipient) of each case whose daemon needs one RCPT TO from 127.0.0.1 first."""
    return [(ip, f"warmup@{h.domain}") for ip, h in listeners().items() if h.warmup == "rcpt"]


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv30 (main.cf, master.cf, hosts, each daemon instance's configuration) and the daemons'
    state directories; return the listening addresses."""
    servers = listeners()
    if CONF.exists():
        shutil.rmtree(CONF)
    CONF.mkdir(parents=True)
    for d in (STATE, RUN, QUEUE, DATA):
        if d.exists():
            shutil.rmtree(d)  # no database, lock or queue file of an earlier run
    (CONF / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in main_cf().items()))
    master = dist_master()
    for ip, h in servers.items():
        master.append(f"{ip}:smtp inet n - n - - smtpd -o syslog_name=postfix-rcv30/{h.id}"
                      f" -o {{ smtpd_recipient_restrictions = check_policy_service inet:127.0.0.1:{port(h)} }}")
    (CONF / "master.cf").write_text("\n".join(master) + "\n")
    subprocess.run(["postconf", "-c", str(CONF), "-F", "*/*/chroot = n"], check=True)
    # the receiver's /etc/hosts (bind-mounted by run.py): no name for 127.0.0.1, so its PTR query goes to the fake DNS
    HOSTS.write_text("::1 localhost ip6-localhost ip6-loopback\n")
    RUN.mkdir(parents=True)
    for h in _CONFIGURED:
        conf = conf_path(h)
        if h.daemon == "sqlgrey":
            conf.write_text(sqlgrey_conf(h))
            owner = "sqlgrey"
            (STATE / f"sqlgrey-{h.id}").mkdir(parents=True)
            shutil.chown(STATE / f"sqlgrey-{h.id}", owner, owner)
        elif h.daemon == "weight":
            conf.write_text(weight_conf(h))
            (RUN / f"polw-{h.id}").mkdir()
        elif h.daemon == "postfwd":
            conf.write_text("".join(f"{line}\n" for line in h.conf))  # its rules file
        else:
            conf.write_text(ratelimit_conf(h))
            owner = "policyd-rate-limit"
            for d in (STATE / f"ratelimit-{h.id}", RUN / f"ratelimit-{h.id}"):
                d.mkdir(parents=True)
                shutil.chown(d, owner, owner)
        conf.chmod(0o644)
    for d in (QUEUE, DATA):
        d.mkdir(parents=True, exist_ok=True)
    shutil.chown(DATA, "postfix", "postfix")
    return list(servers)
