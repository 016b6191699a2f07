"""The twenty-fourth held-out set: a REAL receiving Courier, configured so that a known cause makes it refuse or defer.

Sets 17 to 21 put a real Postfix, Exim, Sendmail and OpenSMTPD on the receiving side; this set puts the Courier mail
server there: Courier 1.0.16 (Debian 12's courier-mta, courier-base, courier-authlib and the libraries they need,
fetched with ``apt-get download`` and unpacked with ``dpkg -x`` under /opt/x/courier, as the kit unpacks OpenSMTPD and
Sendmail: the packages conflict with the installed MTAs). Courier's paths (/etc/courier, /var/lib/courier,
/usr/lib/courier, /run/courier) are compiled in, so it runs in a mount namespace of its own (``mounts``): read-only
overlays put the unpacked /usr/lib, /usr/sbin and /usr/bin over the system's and add empty mount points under /etc,
/var/lib and /run, over which its own configuration directory ETC, queue QUEUE and RUN are bound. It runs as its own
system user ``courier`` (MAILUSER of Debian's esmtpd; created by the helper with useradd --system).

Each case is one listener (a couriertcpd with courieresmtpd, as Courier's esmtpd script starts it) on its own
loopback address from 127.0.8.1, with the esmtpd(8) environment that makes its cause: Courier reads most of its
junk-mail settings (BOFHCHECKDNS, BOFHCHECKHELO, BOFHSPF*, SIZELIMIT, AUTH_REQUIRED, ESMTP_TLS_REQUIRED) from the
environment, which esmtpd's configuration file or the smtpaccess file set; the domains' settings (locals,
esmtpacceptmailfor.dir, bofh) are shared files. Every listener but the one whose cause it is sets BOFHCHECKDNS=0 (the
kit's sender domains have no A or MX record in the fake DNS, so Courier's default check would refuse them all) and
TARPIT=0 (no delay). The reply text is whatever Courier really says (its defaults: no message is configured); the
label is the configured cause. Whatever is accepted by mistake is relayed to the case domain's MX, the same listener,
until Courier refuses it as a routing loop; Courier drops its report to the kit's sender as backscatter
(ESMTP_BLOCKBACKSCATTER), so a cause that fails to refuse leaves no file rather than a wrong one (conn-dns-list).
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

SUFFIX = "heldout24.example"
FIRST_IP = "127.0.8.1"
X = Path("/opt/x/courier")  # the unpacked Debian 12 packages
TOP = Path("/var/spool/courier-rcv24")  # not under an overlaid directory, so the binds below stay writable
ETC = TOP / "etc"  # bound over /etc/courier
QUEUE = TOP / "queue"  # bound over /var/lib/courier
RUN = TOP / "run"  # bound over /run/courier
MNT = TOP / "mnt"  # the top layer of the /etc, /var/lib and /run overlays: empty mount points only
START = TOP / "start.sh"
NAME = f"mx.{SUFFIX}"
SIZE_LIMIT = 2048
BLOCKLIST = f"listed.{SUFFIX}"  # the DNS block list zone of conn-dns-list (topology.OTHER_HOSTS lists 127.0.0.1)
_COURIER = "Courier 1.0.16 courier(8) (Debian 12 courier-mta, /usr/share/man/man8/courier.8.gz), "
_ESMTPD = "Courier 1.0.16 esmtpd configuration file (Debian 12 courier-mta, /etc/courier/esmtpd), "
_ACCESS = "Courier 1.0.16 makesmtpaccess(8) and couriertcpd(1) (Debian 12 courier-mta, courier-base), "


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Courier: its listener's environment and access file."""

    env: tuple[str, ...] = ()  # NAME=value settings of the case's esmtpd environment
    access: str = ""  # the listener's smtpaccess line for the client 127.0.0.1 ("" = no access file)
    tcpd: str = ""  # extra couriertcpd options (BLACKLISTS)
    role: str = "relay"  # how the domain is served: "local" (locals), "relay" (esmtpacceptmailfor), "none"
    defers: bool = False
    cause: str = ""


def _c(id: str, stage: str, cause: str, source: str, *, env: tuple[str, ...] = (), access: str = "",
       tcpd: str = "", role: str = "relay", defers: bool = False) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, env, access, tcpd, role, defers, cause)


_CONFIGURED: list[Configured] = [
    _c("rcpt-local-lookup", "RCPT",
       "the domain is one of Courier's local domains (locals) and no system account 'user' exists",
       _COURIER + "'locals'; 'local' delivery module", role="local"),
    _c("rcpt-foreign-dom", "RCPT",
       "the domain is neither local nor in esmtpacceptmailfor.dir, and the client has no RELAYCLIENT",
       _COURIER + "'esmtpacceptmailfor'; " + _ACCESS + "'RELAYCLIENT'", role="none"),
    _c("rcpt-trap-address", "DATA",
       "bofh: 'spamtrap user@<its domain>' (reject all mail that has the address among its recipients)",
       _COURIER + "'bofh', 'spamtrap user@domain'"),
    _c("conn-access-deny", "CONN",
       "the listener's smtpaccess file: '127.0.0.1 deny' (couriertcpd refuses the client's connection)",
       _ACCESS + "'deny'", access="127.0.0.1\tdeny"),
    _c("conn-dns-list", "MAIL",
       f"BLACKLISTS=\"-block={BLOCKLIST}\" (couriertcpd's DNS access list; the fake DNS lists 127.0.0.1 with"
       " 127.0.0.2)", _ESMTPD + "'BLACKLISTS'; couriertcpd(1) 'DNS ACCESS LISTS'",
       tcpd=f"-block={BLOCKLIST}"),
    _c("mail-sender-dns", "MAIL",
       "BOFHCHECKDNS=1 (Courier's default): the sender's domain has no A or MX record (NXDOMAIN in the fake DNS)",
       _ESMTPD + "'BOFHCHECKDNS'; " + _ACCESS + "'BOFHCHECKDNS'", env=("BOFHCHECKDNS=1",)),
    _c("mail-2k-limit", "MAIL-SIZE",
       f"SIZELIMIT={SIZE_LIMIT} in the listener's environment; the message is about 3.5 kB",
       _COURIER + "'sizelimit' (the SIZELIMIT environment variable takes precedence)",
       env=(f"SIZELIMIT={SIZE_LIMIT}",)),
    _c("mail-auth-listener", "MAIL",
       "AUTH_REQUIRED=1 (clients must authenticate; the kit's senders do not)",
       _ESMTPD + "'AUTH_REQUIRED'", env=("AUTH_REQUIRED=1",)),
    _c("conn-tls-nocert", "CONN",
       "ESMTP_TLS_REQUIRED=1 while the listener has no certificate (TLS_CERTFILE does not exist), so STARTTLS"
       " cannot be offered", _ESMTPD + "'ESMTP_TLS_REQUIRED', 'TLS_CERTFILE'",
       env=("ESMTP_TLS_REQUIRED=1",), defers=True),
    _c("helo-name-check", "EHLO",
       "BOFHCHECKHELO=1: the HELO/EHLO name must have an A or MX record matching the client (the kit's senders'"
       " names have none in the fake DNS)", _ACCESS + "'BOFHCHECKHELO'; " + _COURIER + "'opt BOFHCHECKHELO=1'",
       env=("BOFHCHECKHELO=1",)),
    _c("mail-spf-check", "MAIL",
       "BOFHSPFMAILFROM=pass,none,neutral,softfail,unknown,error (an SPF 'fail' is refused; BOFHSPFHARDERROR's"
       " default fail,softfail makes it permanent); the kit's sender domains publish 'v=spf1 -all' (set 21's TXT)",
       _COURIER + "'opt BOFHSPFMAILFROM', 'Sender Policy Framework Keywords'",
       env=("BOFHSPFMAILFROM=pass,none,neutral,softfail,unknown,error",)),
    _c("helo-spf-soft", "EHLO",
       "BOFHSPFHELO=pass,none,neutral,softfail,unknown,error and BOFHSPFHARDERROR=softfail: the HELO name's SPF"
       " 'fail' is refused with a temporary error (fail is not listed as a hard error); the kit's senders greet with"
       " their domains, which publish 'v=spf1 -all'",
       _COURIER + "'opt BOFHSPFHELO', 'opt BOFHSPFHARDERROR'",
       env=("BOFHSPFHELO=pass,none,neutral,softfail,unknown,error", "BOFHSPFHARDERROR=softfail"), defers=True),
]

# Configured but dropped: the case keeps its listener, so that the others keep the addresses their bounces show.
DROPPED: dict[str, str] = {
    "conn-dns-list": "couriertcpd's -block did not refuse: three of the four senders' messages were accepted (and"
                     " then looped back to the same listener, the case domain's MX, until Courier's '546 Routing loop"
                     " detected', whose report to the sender Courier drops as backscatter); Sendmail's got '556 Address"
                     " unavailable.' at RCPT, not a block-list refusal. Not debugged within the helper's time (the"
                     " fake DNS answers 1.0.0.127.listed.heldout24.example with 127.0.0.2, as for sets 17-19)",
}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT24: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def mounts() -> str:
    """The shell commands that give the namespace Courier's compiled-in paths (run before anything else there)."""
    cmds = [f"mount -t overlay overlay -o lowerdir={X}{d}:{d} {d}" for d in ("/usr/lib", "/usr/sbin", "/usr/bin")]
    cmds += [f"mount -t overlay overlay -o lowerdir={MNT}{d}:{d} {d}" for d in ("/etc", "/var/lib", "/run")]
    cmds += [f"mount --bind {ETC} /etc/courier", f"mount --bind {QUEUE} /var/lib/courier",
             f"mount --bind {RUN} /run/courier"]
    return " && ".join(cmds) + " &&"


def start_script() -> str:
    """The shell script run in the namespace: build the .dat files, start courierd and one couriertcpd per case."""
    lines = ["set -e", "cd /etc/courier",
             "makedat.courier -src=/etc/courier/esmtpacceptmailfor.dir -file=/etc/courier/esmtpacceptmailfor.dat"
             " -tmp=/etc/courier/esmtpacceptmailfor.tmp",
             "/usr/sbin/authdaemond start",  # courier-authlib's daemon: the local module looks accounts up through it
             "/usr/lib/courier/courierctl.start"]
    for ip, h in listeners().items():
        access = ""
        if h.access:
            lines.append(f"makedat.courier -src=/etc/courier/access-{h.id} -file=/etc/courier/access-{h.id}.dat"
                         f" -tmp=/etc/courier/access-{h.id}.tmp -cidr")
            access = f"-access=/etc/courier/access-{h.id}.dat"
        env = " ".join(["TARPIT=0", "BOFHCHECKDNS=0", *h.env])
        lines.append(
            f"env -i sh -c 'set -a; . /etc/courier/esmtpd; {env}; exec /usr/sbin/couriertcpd"
            f" -pid=/run/courier/esmtpd-{h.id}.pid -user=courier -group=courier -address={ip} -noidentlookup"
            f" {access} {h.tcpd} -stderrlogger=/usr/sbin/courierlogger -maxperip=20 smtp /usr/sbin/courieresmtpd'")
    lines.append("exec sleep 100000")  # the process run.py stops; the daemons are found by this namespace
    return "\n".join(lines) + "\n"


def write_receiver() -> list[str]:
    """Write ETC (Courier's packaged configuration plus this set's), an empty QUEUE, RUN and the mount points;
    return the listening addresses."""
    if TOP.exists():
        shutil.rmtree(TOP)
    for d in ("etc/courier", "var/lib/courier", "run/courier"):
        (MNT / d).mkdir(parents=True)
    shutil.copytree(X / "etc/courier", ETC)
    shutil.copytree(X / "var/lib/courier", QUEUE)
    (RUN / "authdaemon").mkdir(parents=True)  # authdaemonrc's authdaemonvar
    subprocess.run(["chown", "-R", "courier:courier", str(QUEUE), str(RUN)], check=True)
    (ETC / "me").write_text(NAME + "\n")
    (ETC / "defaultdomain").write_text(SUFFIX + "\n")
    (ETC / "locals").write_text("".join(f"{h.domain}\n" for h in _CONFIGURED if h.role == "local"))
    (ETC / "esmtpacceptmailfor.dir" / "heldout24").write_text(
        "".join(f"{h.domain}\n" for h in _CONFIGURED if h.role != "none"))
    (ETC / "bofh").write_text("".join(f"spamtrap user@{h.domain}\n" for h in _CONFIGURED
                                      if h.id == "rcpt-trap-address"))
    for h in _CONFIGURED:
        if h.access:
            (ETC / f"access-{h.id}").mkdir()
            (ETC / f"access-{h.id}" / "rules").write_text(h.access + "\n")
    START.write_text(start_script())
    return list(listeners())
