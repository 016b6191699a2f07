"""The twenty-fifth held-out set: a REAL receiving qpsmtpd, configured so that a known cause makes it refuse or defer.

Sets 17 to 24 put a real Postfix, Exim, Sendmail, OpenSMTPD, Haraka and Courier on the receiving side; this set puts
qpsmtpd there: qpsmtpd 0.94 (Debian 12's package ``qpsmtpd`` 0.94-5, fetched with ``apt-get download`` and unpacked
with ``dpkg -x`` under /opt/x/qpsmtpd, as the kit unpacks OpenSMTPD and Sendmail; the Perl modules it depends on are
installed from Debian 12 with apt-get: they are libraries, not daemons). Set 15 spoke seven of qpsmtpd's plugin replies
through the fake server; no case here uses one of those plugins (karma, loadcheck, fcrdns, greylisting, headers, dkim,
virus/uvscan).

qpsmtpd runs one plugin list per configuration directory, so each case is its own ``qpsmtpd-forkserver`` with its own
configuration directory (QPSMTPD_CONFIG, under ETC/<case>) and spool, listening on the case's loopback address from
127.0.9.1 (the MX of the case's domain, under heldout25.example), as the system user ``qpsmtpd`` (Debian's; created
with useradd --system). run.py starts every instance in the kit's DNS namespace, in the foreground, and stops them by
their pids.

Each cause is one core setting or one plugin of qpsmtpd's with the arguments its POD documents; the reply text is
whatever qpsmtpd says (its defaults: no case sets a message of its own). The label is the configured cause. Every
instance ends its plugin list with ``rcpt_ok`` (the case's domain in rcpthosts, so the recipient is accepted unless
the cause refuses it first) and ``queue/maildir`` into its spool (what is accepted is stored there and goes no
further), so a cause that fails to refuse leaves no file rather than a wrong one.

Not built, with the reason (the README's list): ``dnsbl`` and ``rhsbl`` (qpsmtpd 0.94 words an A-record listing with
the name it looked up, "550 1.0.0.127.<zone>", and a TXT listing with the list's own text: neither is qpsmtpd's
wording); ``hosts_allow`` (its refusal text is the administrator's); ``qmail_deliverable`` (needs
Qmail::Deliverable::Client, which Debian 12 does not ship); ``dmarc`` (tried: Mail::DMARC finds the senders' From
domains under .example no valid header_from, and the plugin accepts); no queue plugin at all (tried: its "451 Queuing
declined or disabled; try again later" is word for word data-forward-closed's); ``loop`` (the kit's messages carry two
or three Received lines, so only a hop limit nobody sets would refuse them); ``check_earlytalker``,
``count_unrecognized_commands`` and ``bogus_bounce`` (the kit's senders wait for the greeting, send no unknown command
and no null sender); greylisting, karma, loadcheck, fcrdns, headers, dkim and uvscan (set 15 has their words).
Dropped after the first run: the two cases refused at EHLO (DROPPED says why), replaced by the same two causes with
the helo plugin's refusal deferred to RCPT TO by the naughty plugin (their addresses are the next).
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

SUFFIX = "heldout25.example"
FIRST_IP = "127.0.9.1"
VERSION = "0.94-5"
X = Path("/opt/x/qpsmtpd")  # the unpacked Debian 12 package (unpack)
LIB = X / "usr/share/perl5"
PLUGINS = X / "usr/share/qpsmtpd/plugins"
FORKSERVER = X / "usr/bin/qpsmtpd-forkserver"
# the Perl modules qpsmtpd 0.94-5 depends on (its Depends: line)
PERL_DEBS = ("libdigest-hmac-perl", "libmail-spf-perl", "libnet-dns-perl", "libmailtools-perl", "libipc-shareable-perl",
             "libclamav-client-perl", "libsocket6-perl", "libio-socket-inet6-perl")
ETC = Path("/etc/qpsmtpd-rcv25")  # one configuration directory per case
SPOOL = Path("/var/spool/qpsmtpd-rcv25")  # one spool (and maildir) per case
USER = "qpsmtpd"
NAME = f"mx.{SUFFIX}"
SIZE_LIMIT = 2048
SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four
CLOSED = ("127.0.0.11", 25)  # topology.REFUSED_IP: nothing listens there
_QP = "qpsmtpd 0.94 (Debian 12 package qpsmtpd 0.94-5), "


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on a real receiving qpsmtpd instance: its plugins before the sink, its config files."""

    plugins: tuple[str, ...] = ()  # lines of config/plugins before rcpt_ok and the queue
    files: tuple[tuple[str, str], ...] = ()  # (config file name, content; {d}: the case's domain, {c}: its dir)
    queue: str = "queue/maildir {s}/maildir"  # the queue plugin line ({s}: the case's spool; "" = none)
    rcpthosts: str = "{d}"  # the domains rcpt_ok accepts
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)


def _c(id: str, stage: str, cause: str, source: str, *, plugins: tuple[str, ...] = (),
       files: tuple[tuple[str, str], ...] = (), queue: str = "queue/maildir {s}/maildir", rcpthosts: str = "{d}",
       defers: bool = False) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, plugins=plugins, files=files, queue=queue,
                      rcpthosts=rcpthosts, defers=defers, cause=cause)


_CONFIGURED: list[Configured] = [
    # --- the greeting
    _c("ehlo-name-table", "EHLO",
       "helo plugin (its default policy 'lenient'): the four senders' HELO names listed in config/badhelo",
       _QP + "plugins/helo POD ('badhelo', 'policy'; reject_type is always 'disconnect')",
       plugins=("helo",), files=(("badhelo", "".join(f"{s}\n" for s in SENDERS)),)),
    _c("ehlo-name-lookup", "EHLO",
       "helo plugin with 'policy rfc' (its POD: adds the FQDN, forward and reverse DNS checks): the senders' HELO"
       " names have no address record in the fake DNS (NXDOMAIN)",
       _QP + "plugins/helo POD ('policy': lenient, rfc, strict)", plugins=("helo policy rfc",)),
    # --- the sender
    _c("mail-addr-table", "MAIL",
       "badmailfrom plugin: the four senders' addresses listed in config/badmailfrom, with no reason of the"
       " administrator's", _QP + "plugins/badmailfrom POD (config/badmailfrom: address [reason])",
       plugins=("badmailfrom",), files=(("badmailfrom", "".join(f"alice@{s}\n" for s in SENDERS)),)),
    _c("mail-from-lookup", "MAIL",
       "resolvable_fromhost plugin (its defaults: reject 1, reject_type soft): the senders' domains have no MX or"
       " address record in the fake DNS (NXDOMAIN)",
       _QP + "plugins/resolvable_fromhost POD ('reject', 'reject_type')", plugins=("resolvable_fromhost",),
       defers=True),
    _c("mail-spf-hard", "MAIL",
       "sender_permitted_from plugin with 'reject 3' (its POD: reject SPF hard fails); the senders' domains publish"
       " 'v=spf1 -all' (set 21's TXT records)",
       _QP + "plugins/sender_permitted_from POD ('reject' levels)", plugins=("sender_permitted_from reject 3",)),
    _c("mail-2k-size", "MAIL-SIZE",
       f"config/databytes {SIZE_LIMIT} (qpsmtpd advertises SIZE {SIZE_LIMIT}); the message is about 3.5 kB",
       _QP + "Qpsmtpd/SMTP.pm (databytes: the EHLO SIZE keyword and the check of the data)",
       files=(("databytes", f"{SIZE_LIMIT}\n"),)),
    # --- the recipient
    _c("rcpt-outside-hosts", "RCPT",
       "rcpt_ok with config/rcpthosts holding another domain only (and no relayclients): the recipient's domain is"
       " not one qpsmtpd accepts mail for", _QP + "plugins/rcpt_ok POD (rcpthosts, morercpthosts)",
       rcpthosts="other." + SUFFIX),
    _c("rcpt-map-miss", "RCPT",
       "rcpt_map plugin for the case's domain with its default ('DENY=No_such_user.'); the map lists"
       " postmaster@<the domain> only", _QP + "plugins/rcpt_map POD ('domain', 'file', 'default')",
       plugins=("rcpt_map domain {d} file {c}/rcpt_map",), files=(("rcpt_map", "postmaster@{d} OK accepted\n"),)),
    _c("rcpt-addr-table", "RCPT",
       "badrcptto plugin: the recipient's address listed in config/badrcptto",
       _QP + "plugins/badrcptto POD (config/badrcptto)", plugins=("badrcptto",),
       files=(("badrcptto", "user@{d}\n"),)),
    # --- the message
    _c("data-scanner-down", "DATA",
       "virus/clamdscan plugin with 'defer_on_error yes' (its POD: defer the mail when the scan fails) and"
       " clamd_socket at /run/qpsmtpd-rcv25/clamd.ctl, where no clamd listens",
       _QP + "plugins/virus/clamdscan POD ('defer_on_error', 'clamd_socket')",
       plugins=("virus/clamdscan clamd_socket /run/qpsmtpd-rcv25/clamd.ctl defer_on_error yes",), defers=True),
    _c("data-forward-closed", "DATA",
       f"queue/smtp-forward to the domain's mail store at {CLOSED[0]}:{CLOSED[1]}, where nothing listens (instead"
       " of the maildir sink)", _QP + "plugins/queue/smtp-forward POD (its arguments: host, port)",
       queue=f"queue/smtp-forward {CLOSED[0]} {CLOSED[1]}", defers=True),
    # --- made after the first run, in place of the two dropped EHLO cases (their addresses are the next)
    _c("helo-name-table", "RCPT",
       "helo plugin with 'reject naughty' and the naughty plugin (its default: reject at rcpt): the four senders'"
       " HELO names listed in config/badhelo; the refusal of the greeting name is given to the first RCPT TO",
       _QP + "plugins/helo POD ('badhelo', 'reject'); plugins/naughty POD ('reject')",
       plugins=("helo reject naughty", "naughty"), files=(("badhelo", "".join(f"{s}\n" for s in SENDERS)),)),
    _c("helo-name-lookup", "RCPT",
       "helo plugin with 'policy rfc' and 'reject naughty', and the naughty plugin (its default: reject at rcpt):"
       " the senders' HELO names have no address record in the fake DNS (NXDOMAIN); the refusal is given to the"
       " first RCPT TO", _QP + "plugins/helo POD ('policy', 'reject'); plugins/naughty POD ('reject')",
       plugins=("helo policy rfc reject naughty", "naughty")),
]

# Configured but dropped: a dropped case keeps its listener, so that the other cases keep the addresses their bounces
# show.
_AT_EHLO = ("qpsmtpd refused the EHLO as configured ('550 {}'), but the helo plugin always disconnects after its"
            " refusal (reject_type 'disconnect', set in its register), and no sender's report shows the words: Postfix"
            " 'lost connection ... while performing the HELO handshake' (4.4.2), Exim 'retry timeout exceeded',"
            " Sendmail a queue timeout (4.4.7) with no reply, OpenSMTPD 'Envelope expired'; its files were removed")
DROPPED: dict[str, str] = {
    "ehlo-name-table": _AT_EHLO.format("I do not believe you are mta-pf.example."),
    "ehlo-name-lookup": _AT_EHLO.format("HELO hostname does not exist"),
}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT25: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def unpack() -> None:
    """apt-get download and dpkg -x qpsmtpd under X, apt-get install the Perl modules it needs, add its user (the
    only steps that need the network; each is skipped when done)."""
    if not FORKSERVER.exists():
        debs = Path("/opt/debs")
        debs.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", f"qpsmtpd={VERSION}"], cwd=debs, check=True)
        X.mkdir(parents=True, exist_ok=True)
        subprocess.run(["dpkg", "-x", str(debs / f"qpsmtpd_{VERSION}_all.deb"), str(X)], check=True)
    missing = [d for d in PERL_DEBS
               if subprocess.run(["dpkg", "-s", d], capture_output=True).returncode != 0]
    if missing:
        subprocess.run(["apt-get", "install", "-y", *missing], check=True)
    if subprocess.run(["id", USER], capture_output=True).returncode != 0:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)


def plugin_list(h: Configured) -> list[str]:
    """The case's config/plugins: its plugins, rcpt_ok, then its queue plugin (if any)."""
    return [*h.plugins, "rcpt_ok", *([h.queue] if h.queue else [])]


def _fill(text: str, h: Configured) -> str:
    return text.replace("{d}", h.domain).replace("{c}", str(ETC / h.id)).replace("{s}", str(SPOOL / h.id))


def write_receiver() -> dict[str, Path]:
    """Write one configuration directory and spool per case; return address -> configuration directory."""
    unpack()
    for d in (ETC, SPOOL):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    dirs: dict[str, Path] = {}
    for ip, h in listeners().items():
        conf = ETC / h.id
        conf.mkdir()
        spool = SPOOL / h.id
        for sub in ("tmp", "maildir/new", "maildir/cur", "maildir/tmp"):
            (spool / sub).mkdir(parents=True)
        (conf / "me").write_text(NAME + "\n")
        (conf / "plugin_dirs").write_text(f"{PLUGINS}\n")
        (conf / "loglevel").write_text("6\n")
        (conf / "logging").write_text("logging/warn LOGINFO\n")  # to stderr: run.py's log of the instance
        (conf / "spool_dir").write_text(f"{spool}/tmp\n")
        (conf / "rcpthosts").write_text(_fill(h.rcpthosts, h) + "\n")
        (conf / "plugins").write_text("".join(_fill(p, h) + "\n" for p in plugin_list(h)))
        for name, text in h.files:
            (conf / name).write_text(_fill(text, h))
        dirs[ip] = conf
    subprocess.run(["chown", "-R", f"{USER}:{USER}", str(SPOOL)], check=True)
    subprocess.run(["chmod", "-R", "u+rwX,go-rwx", str(SPOOL)], check=True)
    return dirs


def daemons() -> dict[str, str]:
    """Process name -> command of each case's qpsmtpd-forkserver (in the foreground; perl -T, as its #! line, with
    the unpacked modules on @INC: taint mode ignores PERL5LIB)."""
    return {f"qpsmtpd-rcv25-{h.id}": f"env QPSMTPD_CONFIG={ETC / h.id} perl -Tw -I{LIB} {FORKSERVER}"
                                      f" -l {ip} -p 25 -u {USER} -m 20"
            for ip, h in listeners().items()}
