"""The thirty-sixth held-out set: a REAL receiving Exim 4.96 with its content scanning (Debian 12's
exim4-daemon-heavy: a REAL SpamAssassin spamd and a REAL clamd behind its ``spam`` and ``malware`` conditions), its MIME
ACL, its regex condition, ``verify = not_blind`` and a connection limit, refusing configured causes in Exim's default
words (or, where a statement needs a message, Debian's exim4-config's or Exim's specification's own).

Sets 18 and 31 put a receiving Exim 4.96 there with the light daemon (verification of recipients and senders, lists,
rate limits, greylistd, a size limit, header checks, ``smtp_accept_max_per_host``). This set runs Debian 12's
exim4-daemon-heavy 4.96-15+deb12u11 (unpacked under /opt/x/exim4-daemon-heavy: it conflicts with the postfix package
the kit installs; ``exim_path`` points its re-executions at that binary), built with Exim's content-scanning extension
(``exim4 -bV``: Content_Scanning, Malware: ... clamd), with its own configuration /etc/exim4-rcv36/exim4.conf listed in
the binary's TRUSTED_CONFIG_LIST, spool, log and pid file, one listening address per case from 127.0.20.1, and:

- SpamAssassin's spamd 4.0.1 (Debian 12 ``spamd``/``spamassassin`` 4.0.1-1~deb12u1, the package's rules; ``--local``,
  no network test) on 127.0.20.60:783, which Exim's ``spam`` condition asks (``spamd_address``);
- ClamAV's clamd 1.4.6 (Debian 12 ``clamav-daemon`` 1.4.6+dfsg-0+deb12u1) on 127.0.20.61:3310 with no downloaded
  database (the machine has no network): its database directory holds one signature file written here,
  ``eicar.ndb``, a body signature ``Eicar-Test-Signature:0:*:<hex>`` of the 68-byte EICAR anti-virus test file
  (https://www.eicar.org/download-anti-malware-testfile/), which Exim's ``malware`` condition asks it about
  (``av_scanner = clamd:<address> <port>``, streamed over TCP);
- a second instance of the same binary (/etc/exim4-rcv36/accept-max.conf, its own spool and pid file) on the one
  address of the connection limit case, whose ``smtp_accept_max`` is 1 (a main option, so it needs an instance of its
  own); run.py holds one connection to it open for the whole run.

The causes (each an ACL statement or main option as the specification, 4.96, Debian's
/usr/share/doc/exim4-base/spec.txt.gz, or Debian's exim4-config 4.96-15+deb12u11,
/etc/exim4/conf.d/acl/40_exim4-config_check_data, gives it):

- Debian's spam statements (the commented ``warn spam = nobody:true`` and ``deny`` over a score of 15, message
  "Classified as spam (score $spam_score)"): the body carries SpamAssassin's GTUBE test string (score 1000);
- the specification's simple ``deny spam = nobody`` ("This message was classified as SPAM", 45.3) with
  ``spamd_address`` naming 127.0.0.11 783 for this listener, where nothing listens: the condition defers (45.2, "If no
  server responds, the spam condition defers"), Exim's temporary default;
- Debian's malware statement (``deny malware = *``, "This message was detected as possible malware
  ($malware_name).") with the EICAR test string in the body;
- the same statement with ``av_scanner`` naming 127.0.0.11 3310 for this listener, where nothing listens: the
  condition defers (45.1, "Otherwise, such a problem causes the ACL to defer");
- ``acl_smtp_mime`` with the specification's example that bans HTML mail (45.4, "HTML mail is not accepted here"):
  the message's cover letter is text/html;
- the ``regex`` condition with the specification's example (45.5, "contains blacklisted regex
  ($regex_match_string)"): the body carries "URGENT BUSINESS PROPOSAL";
- ``verify = not_blind`` (44.26) in the DATA ACL, no message, with ``smtp_return_error_details`` true (a main option:
  Exim then gives its own "Rejected after DATA: bcc recipient detected", src/acl.c): the envelope recipient is not in
  the message's To: (a Bcc);
- ``smtp_accept_max`` 1 on the second instance with one connection held: Exim's own 421 at the greeting.

Dropped before the run (the README says why): a DKIM refusal (``acl_smtp_dkim`` with ``dkim_status = fail``). Not used:
``smtp_accept_queue`` and ``queue_smtp_domains`` (they accept and queue, no refusal); Debian's overlong line statement
(the senders fold or refuse such lines themselves).

A case's ``reply`` is empty (the words are Exim's, Debian's or the specification's); ``acl`` is its statement (the
case's guard, its listening address, is added by the writer), ``where`` the ACL it goes in (data or mime; CONN cases
are main options), ``defers`` whether the configured cause is temporary, ``body`` a line the kit adds to the message's
body, ``ctype`` its Content-Type and ``to`` its To: header where they are not the kit's. Every message the receiver
accepts by mistake stays in its queue (``queue_only``; no queue runner), so a cause that fails to refuse leaves no file
rather than a wrong one.
"""

from __future__ import annotations

import binascii
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver

SUFFIX = "heldout36.example"
FIRST_IP = "127.0.20.1"
SPAMD = ("127.0.20.60", 783)
CLAMD = ("127.0.20.61", 3310)
NOWHERE = "127.0.0.11"  # topology.REFUSED_IP: nothing listens there
EXIM_HEAVY = "/opt/x/exim4-daemon-heavy/usr/sbin/exim4"
HEAVY_VERSION = "4.96-15+deb12u11"  # Debian 12 exim4-daemon-heavy, apt-get download + dpkg -x
CONF_DIR = Path("/etc/exim4-rcv36")
CONF = CONF_DIR / "exim4.conf"
MAX_CONF = CONF_DIR / "accept-max.conf"
SPOOL = Path("/var/spool/exim4-rcv36")
MAX_SPOOL = Path("/var/spool/exim4-rcv36max")
LOG = Path("/var/log/exim4-rcv36")
RUN = Path("/run/rcv36")
CLAMAV_DB = Path("/var/lib/rcv36/clamav")
CLAMD_CONF = CONF_DIR / "clamd.conf"
TRUSTED = Path("/etc/exim4/trusted_configs")  # the binary's TRUSTED_CONFIG_LIST (exim4 -bV; strings)
# Installed with apt-get: the scanners, and the two libraries the heavy binary links that nothing else installs
PACKAGES = ("spamd", "spamassassin", "clamav-daemon", "libmariadb3", "libspf2-2")
# SpamAssassin's GTUBE test string (https://spamassassin.apache.org/gtube/)
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
# The EICAR anti-virus test file (https://www.eicar.org/download-anti-malware-testfile/), kept in two halves so that
# this source file is not itself taken for it by a scanner
EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
_SPEC = "Exim 4.96, The Exim specification (Debian 12 exim4-base, /usr/share/doc/exim4-base/spec.txt.gz), "
_DEBIAN = ("Debian 12 exim4-config 4.96-15+deb12u11, /etc/exim4/conf.d/acl/40_exim4-config_check_data (its commented"
           " content-scanning statements, 'exim4-daemon-heavy must be used for this section to work')")
_SA = "SpamAssassin 4.0.1 (Debian 12 spamd 4.0.1-1~deb12u1), GTUBE, https://spamassassin.apache.org/gtube/"
_CLAM = ("ClamAV clamd 1.4.6 (Debian 12 clamav-daemon 1.4.6+dfsg-0+deb12u1), clamd.conf(5), signatures(5) ('.ndb'"
         " body signatures); the EICAR test file, https://www.eicar.org/download-anti-malware-testfile/")
_SPAM_DEBIAN = (
    "warn",
    "condition = ${if <{$message_size}{120k}{1}{0}}",
    "spam = nobody:true",
    "add_header = X-Spam_score: $spam_score",
    "add_header = X-Spam_bar: $spam_bar",
)
_SPAM_DEBIAN_DENY = (
    "deny",
    "condition = ${if <{$message_size}{120k}{1}{0}}",
    "condition = ${if >{$spam_score_int}{150}{true}{false}}",
    "message = Classified as spam (score $spam_score)",
)
_MALWARE_DEBIAN = ("deny", "malware = *", "message = This message was detected as possible malware ($malware_name).")


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Exim: its ACL statements (or main option), the ACL they go in,
    whether it defers, and what the kit's message carries for it."""

    acl: tuple[tuple[str, ...], ...] = ()  # statements: each its verb, then its conditions and modifiers
    where: str = "data"  # "data" or "mime": acl_smtp_data or acl_smtp_mime
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    body: str = ""  # a line added to the message's body (cases.py)
    ctype: str = ""  # the message's Content-Type where it is not the kit's text/plain (cases.py)
    to: str = ""  # the message's To: where it is not the envelope recipient (cases.py)
    warmup: str = ""  # "hold": run.py holds one connection from 127.0.0.1 open to the case's address


def _c(id: str, stage: str, acl: tuple[tuple[str, ...], ...], cause: str, source: str, *, where: str = "data",
       defers: bool = False, body: str = "", ctype: str = "", to: str = "", warmup: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, acl, where, defers, cause, body, ctype, to, warmup)


_CONFIGURED: list[Configured] = [
    _c("data-spam-gtube", "DATA", (_SPAM_DEBIAN, _SPAM_DEBIAN_DENY),
       "Debian's spam statements (warn spam = nobody:true, then deny over a score of 15 with its message) asking"
       " spamd; the body carries the GTUBE test string (score 1000)",
       _DEBIAN + "; " + _SPEC + "45.2 'Scanning with SpamAssassin and Rspamd'; " + _SA, body=GTUBE),
    _c("data-spamd-down", "DATA", (("deny", "spam = nobody", "message = This message was classified as SPAM"),),
       f"the specification's simple spam statement with spamd_address naming {NOWHERE} {SPAMD[1]} for this listener,"
       " where nothing listens (spamd not running or not reachable): the spam condition defers",
       _SPEC + "45.2 ('If no server responds, the spam condition defers'; spamd_address expanded when it starts with"
       " a dollar), 45.3 'Calling SpamAssassin from an Exim ACL' (its example statement)", defers=True),
    _c("data-malware-eicar", "DATA", (_MALWARE_DEBIAN,),
       "Debian's malware statement asking clamd, whose database holds an EICAR signature; the body carries the EICAR"
       " test string", _DEBIAN + "; " + _SPEC + "45.1 'Scanning for viruses'; " + _CLAM, body=EICAR),
    _c("data-clamd-down", "DATA", (_MALWARE_DEBIAN,),
       f"Debian's malware statement with av_scanner naming clamd at {NOWHERE} {CLAMD[1]} for this listener, where"
       " nothing listens (clamd not running or not reachable): the malware condition defers",
       _DEBIAN + "; " + _SPEC + "45.1 ('Otherwise, such a problem causes the ACL to defer'; av_scanner expanded when"
       " it starts with a dollar)", defers=True),
    _c("mime-html-coverletter", "DATA", ((
        "deny", "!condition = $mime_is_rfc822", "condition = $mime_is_coverletter",
        "condition = ${if eq{$mime_content_type}{text/html}{1}{0}}", "message = HTML mail is not accepted here"),),
       "acl_smtp_mime with the specification's example banning HTML mail: the message's cover letter is text/html",
       _SPEC + "45.4 'Scanning MIME parts' ($mime_is_coverletter: its example statement)", where="mime",
       ctype="text/html; charset=us-ascii"),
    _c("data-regex-blacklisted", "DATA", ((
        "deny", "regex = [Mm]ortgage : URGENT BUSINESS PROPOSAL",
        "message = contains blacklisted regex ($regex_match_string)"),),
       "the regex condition with the specification's example statement: the body carries 'URGENT BUSINESS PROPOSAL'",
       _SPEC + "45.5 'Scanning with regular expressions' (its example statement)",
       body="URGENT BUSINESS PROPOSAL: please reply at once."),
    _c("data-bcc-not-blind", "DATA", (("deny", "!verify = not_blind"),),
       "verify = not_blind in the DATA ACL (no message; smtp_return_error_details true, so Exim gives its own"
       " detail): the envelope recipient is not in the message's To: (a Bcc copy)",
       _SPEC + "44.26 'ACL conditions' (verify = not_blind), 14.23 'smtp_return_error_details' (main options);"
       " Exim 4.96 src/acl.c (VERIFY_NOT_BLIND: 'bcc recipient detected', 'Rejected after DATA: %s')",
       to=f"team@{SUFFIX}"),
    _c("conn-accept-max", "CONN", (),
       "smtp_accept_max 1 on a second instance listening on this address only; run.py holds one connection from"
       " 127.0.0.1 open to it for the whole run, so every sender's connection is over the limit: Exim's 421 at the"
       " greeting", _SPEC + "14.23 'smtp_accept_max' (main options: 'A new SMTP connection is immediately rejected if"
       " the smtp_accept_max limit has been reached')", defers=True, warmup="hold"),
]

# Configured but dropped (none of the table's). A dropped case keeps its listener, so that the others keep theirs.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT36: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case
_ip = _RECEIVER.ip


def _acl(where: str) -> list[str]:
    """The statements of one ACL, each case's guarded by its listening address."""
    lines: list[str] = []
    for ip, h in listeners().items():
        if h.where != where:
            continue
        for verb, *rest in h.acl:
            lines += [f"  # {h.id}", f"  {verb:6s}condition = ${{if eq{{$received_ip_address}}{{{ip}}}}}",
                      *(f"        {line}" for line in rest)]
    return lines


def _main(name: str, interfaces: list[str], spool: Path, pid: str) -> str:
    """Main options both instances share."""
    return f"""primary_hostname = mx.{SUFFIX}
qualify_domain = mx.{SUFFIX}
exim_path = {EXIM_HEAVY}
local_interfaces = {" : ".join(interfaces)}
daemon_smtp_ports = 25
disable_ipv6 = true
spool_directory = {spool}
log_file_path = {LOG}/{name}-%slog
pid_file_path = {RUN}/{pid}
exim_user = Debian-exim
exim_group = Debian-exim
never_users = root
host_lookup =
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
queue_only = true
"""


def exim_conf() -> str:
    """The receiving instance's configuration file (every listener but the connection limit case's)."""
    servers = [ip for ip, h in listeners().items() if h.warmup != "hold"]
    spamd = f"{SPAMD[0]} {SPAMD[1]}"
    clamd = f"clamd:{CLAMD[0]} {CLAMD[1]}"
    domains = " : ".join(h.domain for h in _CONFIGURED)
    return f"""# The receiving Exim of held-out set 36 (tools/real-mta/heldout36.py writes this file)
{_main("rcv36", servers, SPOOL, "exim4-rcv36.pid")}domainlist relay_to_domains = {domains}
smtp_accept_max = 100
smtp_receive_timeout = 30m
smtp_return_error_details = true
spamd_address = ${{if eq{{$received_ip_address}}{{{_ip('data-spamd-down')}}}{{{NOWHERE} {SPAMD[1]}}}{{{spamd}}}}}
av_scanner = ${{if eq{{$received_ip_address}}{{{_ip('data-clamd-down')}}}{{clamd:{NOWHERE} {CLAMD[1]}}}{{{clamd}}}}}
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_mime = acl_check_mime
acl_smtp_data = acl_check_data

begin acl
acl_check_rcpt:
  require message = relay not permitted
          domains = +relay_to_domains
  accept

acl_check_mime:
{chr(10).join(_acl("mime"))}
  accept

acl_check_data:
{chr(10).join(_acl("data"))}
  accept

begin routers
# nothing is delivered: what is accepted by mistake stays in the queue (queue_only, no queue runner)
discard_all:
  driver = redirect
  data = :blackhole:
"""


def accept_max_conf() -> str:
    """The second instance: the connection limit case's address only, smtp_accept_max 1."""
    return f"""# The second receiving Exim of held-out set 36 (tools/real-mta/heldout36.py writes this file)
{_main("rcv36max", [_ip('conn-accept-max')], MAX_SPOOL, "exim4-rcv36max.pid")}smtp_accept_max = 1
smtp_receive_timeout = 30m

begin routers
discard_all:
  driver = redirect
  data = :blackhole:
"""


def clamd_conf() -> str:
    """clamd's configuration (clamd.conf(5)): in the foreground, on its own address, this set's database only."""
    return f"""Foreground yes
TCPSocket {CLAMD[1]}
TCPAddr {CLAMD[0]}
DatabaseDirectory {CLAMAV_DB}
PidFile {RUN}/clamd.pid
User clamav
LogTime yes
LogVerbose yes
"""


def eicar_ndb() -> str:
    """A ClamAV body signature (signatures(5), .ndb: name:target type:offset:hex) of the EICAR test file."""
    return f"Eicar-Test-Signature:0:*:{binascii.hexlify(EICAR.encode()).decode()}\n"


def holds() -> list[str]:
    """The listening addresses to which run.py holds one connection from 127.0.0.1 open for the whole run."""
    return [ip for ip, h in listeners().items() if h.warmup == "hold"]


def daemons() -> dict[str, list[str]]:
    """The scanners run.py starts (in the kit's DNS namespace, in the foreground): name -> argv."""
    return {
        "spamd-rcv36": ["spamd", f"--listen={SPAMD[0]}:{SPAMD[1]}", "--allowed-ips=127.0.0.0/8", "--local",
                        "-u", "debian-spamd", "--pidfile", f"{RUN}/spamd.pid", "-s", "stderr", "--max-children=2"],
        "clamd-rcv36": ["clamd", "-c", str(CLAMD_CONF)],
    }


def instances() -> dict[str, Path]:
    """The receiving Exim instances run.py starts: name -> configuration file."""
    return {"exim-rcv36": CONF, "exim-rcv36max": MAX_CONF}


def install() -> None:
    """Unpack exim4-daemon-heavy under /opt/x (apt-get download, dpkg-deb -x: it conflicts with the kit's postfix
    package) and apt-get install PACKAGES if they are not there (the only steps that need the network)."""
    if not Path(EXIM_HEAVY).exists():
        tmp = Path("/tmp/rcv36-heavy")
        tmp.mkdir(parents=True, exist_ok=True)
        subprocess.run(["apt-get", "download", f"exim4-daemon-heavy={HEAVY_VERSION}"], cwd=tmp, check=True)
        deb = next(tmp.glob("exim4-daemon-heavy_*.deb"))
        subprocess.run(["dpkg-deb", "-x", str(deb), str(Path(EXIM_HEAVY).parents[2])], check=True)
    missing = [p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], check=True)


def write_receiver() -> list[str]:
    """Write /etc/exim4-rcv36 (both instances' and clamd's configuration), clamd's database, list the configurations
    as trusted, clear the spools, and return every listening address."""
    install()
    for d in (CONF_DIR, SPOOL, MAX_SPOOL, RUN, CLAMAV_DB):
        if d.exists():
            shutil.rmtree(d)
    CONF_DIR.mkdir(parents=True)
    CONF.write_text(exim_conf())
    MAX_CONF.write_text(accept_max_conf())
    CLAMD_CONF.write_text(clamd_conf())
    CLAMAV_DB.mkdir(parents=True)
    (CLAMAV_DB / "eicar.ndb").write_text(eicar_ndb())
    shutil.chown(CLAMAV_DB, "clamav", "clamav")
    trusted = TRUSTED.read_text().splitlines() if TRUSTED.exists() else []
    for conf in (CONF, MAX_CONF):
        if str(conf) not in trusted:
            trusted.append(str(conf))
    TRUSTED.parent.mkdir(parents=True, exist_ok=True)
    TRUSTED.write_text("\n".join(trusted) + "\n")
    TRUSTED.chmod(0o644)
    for d in (SPOOL, MAX_SPOOL, LOG, RUN):
        d.mkdir(parents=True, exist_ok=True)
    for d in (SPOOL, MAX_SPOOL, LOG):
        shutil.chown(d, "Debian-exim", "Debian-exim")
    shutil.chown(RUN, "clamav", "clamav")
    RUN.chmod(0o777)
    return list(listeners())
