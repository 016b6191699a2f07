"""The thirty-seventh held-out set: a REAL receiving Postfix 3.7 whose refusals come from milters Debian 12 ships that
no earlier set used (pyspf-milter, MIMEDefang, vrfydmn), and Postfix's own answers when a milter is down.

Sets 21 and 26 put milters behind a receiving Postfix (spamass-milter, OpenDMARC, OpenDKIM; rspamd). This set's
receiver is another Postfix 3.7.11 instance (Debian 12 package postfix 3.7.11-0+deb12u1, its own configuration
directory /etc/postfix-rcv37, queue and data directory, written by write_receiver below) listening on one loopback
address per case from 127.0.21.1, each listener with its own ``smtpd_milters`` (an smtpd -o override). The milters,
from Debian 12 packages, run on 127.0.21.60 (one port each), started by run.py in the kit's DNS namespace:

- pyspf-milter 3.0.4 (``pyspf-milter``, the spf_engine of python-policyd-spf), Debian's
  /etc/pyspf-milter/pyspf-milter.conf with its ``skip_addresses`` and ``InternalHosts`` no longer naming 127.0.0.1 (the
  kit's only client): the senders' domains publish ``v=spf1 -all`` (the kit's fake DNS, set 21's TXT records);
- a second pyspf-milter with Debian's file and ``TempError_Defer = True`` (policyd-spf.conf(5)), whose resolver
  (/etc/resolv.conf in its own mount namespace) names 127.0.0.11, where nothing listens: the SPF check ends in a
  temporary error (RFC 7208 section 2.6.6);
- MIMEDefang 3.3 (``mimedefang``: mimedefang-multiplexor and the mimedefang milter) with Debian's shipped
  /etc/mail/mimedefang-filter, whose ``filter`` bounces a ``message/partial`` part ("MIME type message/partial not
  accepted here");
- vrfydmn 0.11.0 (``vrfydmn``) with ``--opposite`` and a domain file naming the receiver's domain (vrfydmn(8):
  "Reject mail, if a sender uses our domain"): the message's Sender: header names an address of heldout37.example.
  Under Python 3 vrfydmn never reads that file (its PfDomains metaclass is set the Python 2 way, so ``domains`` holds
  the file's path and the test runs over its characters): it refuses nearly any header address (the README says so);
- a milter socket where nothing listens, with Postfix's default ``milter_default_action = tempfail`` and, on another
  listener, ``milter_default_action = reject`` (postconf(5)): Postfix's own answers when the milter is down.

A case's ``reply`` is empty (the words are the milter's or Postfix's, not chosen here); ``settings`` are the smtpd -o
overrides of its address, ``defers`` whether the configured cause is temporary, ``ctype``/``header`` what the case's
message carries besides the kit's text. Every message the receiver accepts by mistake is discarded (its transports
are ``discard:``), so a cause that fails to refuse leaves no file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import DISCARD_ALL, Deferring, Receiver, postfix_main_cf, postfix_master, write_postfix

SUFFIX = "heldout37.example"
FIRST_IP = "127.0.21.1"
CONF = Path("/etc/postfix-rcv37")
QUEUE = Path("/var/spool/postfix-rcv37")
DATA = Path("/var/lib/postfix-rcv37")
RUN = Path("/run/rcv37")  # the milters' pid files, sockets and the second pyspf-milter's resolv.conf
MD_SPOOL = Path("/var/spool/MIMEDefang-rcv37")
MILTERS = "127.0.21.60"
SPF_MILTER = (MILTERS, 10371)
SPF_TEMP_MILTER = (MILTERS, 10372)
MIMEDEFANG = (MILTERS, 10373)
MIMEDEFANG_NOMX = (MILTERS, 10374)
VRFYDMN = (MILTERS, 10375)
ABSENT_MILTER = (MILTERS, 10379)  # nothing listens here
MULTIPLEXOR = RUN / "md-multiplexor.sock"
SPF_TEMP_RESOLV = RUN / "resolv-unreachable.conf"
NOWHERE = "127.0.0.11"  # topology.REFUSED_IP: nothing listens there
PACKAGES = ("pyspf-milter", "mimedefang", "vrfydmn")  # Debian 12 packages, apt-get installed by install()
_PC = "Postfix 3.7.11 (Debian 12), postconf(5) "
_PYSPF = ("pyspf-milter 3.0.4 (Debian 12 pyspf-milter 3.0.4-2), /etc/pyspf-milter/pyspf-milter.conf,"
          " policyd-spf.conf(5) (HELO_reject, Mail_From_reject, TempError_Defer, skip_addresses),"
          " spf_engine/milter_spf.py (550 5.7.23 / 450 4.7.24 with the checker's reason)")
_MD = ("MIMEDefang 3.3 (Debian 12 mimedefang 3.3-1), mimedefang(8), mimedefang-multiplexor(8), mimedefang-filter(5);"
       " the shipped /etc/mail/mimedefang-filter")


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Postfix: its smtpd -o settings, whether it defers, what the message
    carries."""

    settings: tuple[str, ...] = ()
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    ctype: str = ""  # the message's Content-Type where it is not the kit's text/plain (cases.py)
    header: str = ""  # a header line the message carries besides the kit's (cases.py)


def _c(id: str, stage: str, settings: tuple[str, ...], cause: str, source: str, *, defers: bool = False,
       ctype: str = "", header: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, settings, defers, cause, ctype, header)


def _milter(sock: tuple[str, int]) -> str:
    return f"smtpd_milters=inet:{sock[0]}:{sock[1]}"


_CONFIGURED: list[Configured] = [
    _c("mail-spf-fail", "MAIL", (_milter(SPF_MILTER),),
       "pyspf-milter with Debian's configuration (HELO_reject = Fail, Mail_From_reject = Fail; skip_addresses and"
       " InternalHosts emptied of 127.0.0.1, the kit's only client); the senders' domains publish 'v=spf1 -all'",
       _PYSPF + "; RFC 7208 section 8.4 (Fail); " + _PC + "'smtpd_milters'; MILTER_README"),
    _c("mail-spf-temperror", "MAIL", (_milter(SPF_TEMP_MILTER),),
       f"a second pyspf-milter with Debian's configuration and TempError_Defer = True, whose resolver names {NOWHERE},"
       " where nothing listens (the receiver's DNS resolver is down): the SPF check ends in a temporary error",
       _PYSPF + "; RFC 7208 section 2.6.6 (temperror), 8.6; " + _PC + "'smtpd_milters'", defers=True),
    _c("data-mime-partial", "DATA", (_milter(MIMEDEFANG),),
       "MIMEDefang with Debian's shipped filter (its sub filter bounces a message/partial part); the message is a"
       " message/partial fragment (RFC 2046 section 5.2.2)",
       _MD + " (sub filter: action_bounce 'MIME type message/partial not accepted here'); RFC 2046 section 5.2.2; "
       + _PC + "'smtpd_milters'", ctype=f'message/partial; id="r37.part@{SUFFIX}"; number=1; total=2'),
    _c("data-mimedefang-nomultiplexor", "DATA", (_milter(MIMEDEFANG_NOMX),),
       "a second mimedefang milter whose own multiplexor is stopped once the milter is up (the multiplexor has died):"
       " the milter cannot have the message scanned and tempfails it",
       _MD + " (mimedefang -m: the multiplexor's socket; 'MXCommand: connect: ... Is multiplexor running?'); "
       + _PC + "'smtpd_milters'", defers=True),
    _c("data-sender-own-domain", "DATA", (_milter(VRFYDMN),),
       f"vrfydmn with --opposite and a domain file naming {SUFFIX} (a sender outside using the receiver's own"
       f" domain is refused); the message's Sender: header names ceo@{SUFFIX}",
       "vrfydmn 0.11.0 (Debian 12 vrfydmn 0.11.0-2.1), vrfydmn(8) and vrfydmn --help (--opposite 'Reject mail, if a"
       " sender uses our domain', --file 'Postfix domains map file'; the Sender: header is checked before From:),"
       " /usr/sbin/vrfydmn (554 5.7.0 'Reject Queue-ID: ... - RFC5322 from address'); " + _PC + "'smtpd_milters'",
       header=f"Sender: ceo@{SUFFIX}"),
    _c("mail-milter-down-tempfail", "MAIL", (_milter(ABSENT_MILTER),),
       "smtpd_milters names a milter socket where nothing listens (the milter is down); milter_default_action ="
       " tempfail (Postfix's default)", _PC + "'milter_default_action' (tempfail: 'Reject all further commands in"
       " this session with a temporary status code'); MILTER_README", defers=True),
    _c("conn-milter-down-reject", "CONN", (_milter(ABSENT_MILTER), "milter_default_action=reject"),
       "smtpd_milters names a milter socket where nothing listens (the milter is down); milter_default_action ="
       " reject on this listener", _PC + "'milter_default_action' (reject: 'Reject all further commands in this"
       " session with a permanent status code'); MILTER_README"),
]

# Configured but dropped. A dropped case keeps its listener, so that the others keep their addresses.
DROPPED: dict[str, str] = {
    "data-mimedefang-nomultiplexor": "tried before the run (a second mimedefang milter whose multiplexor was stopped"
    " once the milter was up; mimedefang will not start without its multiplexor's socket): mimedefang tempfails at"
    " connect (mfconnect: 'Error communicating with multiplexor') with no words of its own, so the reply is Postfix's"
    " '451 4.7.1 Service unavailable - try again later', the words of mail-milter-down-tempfail; not a new wording",
}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT37: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def main_cf() -> dict[str, str]:
    """The receiving instance's main.cf: its own queue, its listeners, every case's domain relayed (to discard:)."""
    return postfix_main_cf("postfix-rcv37", SUFFIX, QUEUE, DATA, {
        "mydestination": "",
        "alias_maps": "",
        "alias_database": "",
        "relay_domains": ", ".join(h.domain for h in _CONFIGURED),
        "smtpd_relay_restrictions": "reject_unauth_destination",
        **DISCARD_ALL,
    })


def pyspf_conf(sock: tuple[str, int], name: str, temperror_defer: bool) -> str:
    """Debian's /etc/pyspf-milter/pyspf-milter.conf with this set's socket and pid file, loopback no longer skipped
    or internal, and (the second instance) TempError_Defer on."""
    text = Path("/etc/pyspf-milter/pyspf-milter.conf").read_text()
    drop = ("skip_addresses", "Socket", "PidFile", "InternalHosts", "TempError_Defer")
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith(drop)]
    lines += ["skip_addresses = 192.0.2.1/32", f"Socket = inet:{sock[1]}@{sock[0]}", f"PidFile = {RUN}/{name}.pid",
              "InternalHosts = 192.0.2.1", f"TempError_Defer = {temperror_defer}"]
    return "\n".join(lines) + "\n"


def daemons() -> dict[str, tuple[list[str], str]]:
    """The milters run.py starts (in the foreground): name -> (argv, resolv.conf to bind over /etc/resolv.conf, empty
    for the kit's fake DNS)."""
    return {
        "pyspf-milter-rcv37": (["pyspf-milter", str(CONF / "pyspf-milter.conf")], ""),
        "pyspf-milter-temp-rcv37": (["pyspf-milter", str(CONF / "pyspf-milter-temp.conf")], str(SPF_TEMP_RESOLV)),
        "md-multiplexor-rcv37": (["mimedefang-multiplexor", "-D", "-l", "-U", "defang", "-s", str(MULTIPLEXOR),
                                  "-z", str(MD_SPOOL), "-m", "1", "-x", "2"], ""),
        "mimedefang-rcv37": (["mimedefang", "-D", "-U", "defang", "-p", f"inet:{MIMEDEFANG[1]}@{MIMEDEFANG[0]}",
                              "-m", str(MULTIPLEXOR), "-z", str(MD_SPOOL)], ""),
        "vrfydmn-rcv37": (["vrfydmn", "-d", "-s", f"inet:{VRFYDMN[1]}@{VRFYDMN[0]}", "-u", "vrfydmn", "-g", "vrfydmn",
                           "--opposite", "-f", str(CONF / "vrfydmn-domains")], ""),
    }


def milter_ports() -> list[tuple[str, int]]:
    """The milters' listening sockets run.py waits for."""
    return [SPF_MILTER, SPF_TEMP_MILTER, MIMEDEFANG, VRFYDMN]


def install() -> None:
    """apt-get install PACKAGES if they are not there (the only step that needs the network)."""
    missing = [p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], check=True)


def write_receiver() -> list[str]:
    """Write /etc/postfix-rcv37 (main.cf, master.cf, the milters' configurations), the milters' run directory and
    MIMEDefang's spool, and return the listening addresses."""
    install()
    servers = listeners()
    if RUN.exists():
        shutil.rmtree(RUN)
    RUN.mkdir(parents=True)
    RUN.chmod(0o777)
    if MD_SPOOL.exists():
        shutil.rmtree(MD_SPOOL)
    MD_SPOOL.mkdir(parents=True)
    shutil.chown(MD_SPOOL, "defang", "defang")
    MD_SPOOL.chmod(0o750)
    write_postfix(CONF, main_cf(), postfix_master(servers, "postfix-rcv37"), QUEUE, DATA)
    (CONF / "pyspf-milter.conf").write_text(pyspf_conf(SPF_MILTER, "pyspf-milter", False))
    (CONF / "pyspf-milter-temp.conf").write_text(pyspf_conf(SPF_TEMP_MILTER, "pyspf-milter-temp", True))
    # vrfydmn --file: a Postfix map, one domain per line (the key) with any value
    (CONF / "vrfydmn-domains").write_text(f"{SUFFIX} OK\n")
    SPF_TEMP_RESOLV.write_text(f"nameserver {NOWHERE}\noptions timeout:2 attempts:1\n")
    return list(servers)
