"""The twenty-third held-out set: a REAL receiving Haraka, configured so that a known cause makes it refuse or defer.

Sets 17 to 21 put a real Postfix, Exim, Sendmail and OpenSMTPD on the receiving side; this set puts Haraka there
(the npm package ``Haraka`` 3.3.4, the current 3.x release, which runs on this machine's Node.js 20, with the
official plugins it installs as optional dependencies), installed by ``npm install`` into HARAKA_DIR (never
globally). Haraka runs one plugin list per instance, so each case is its own Haraka instance with its own
configuration directory (made by ``haraka -i``, under ETC/<case>), listening on the case's loopback address from
127.0.5.1 (the MX of the case's domain, under heldout23.example). run.py starts every instance in the kit's DNS
namespace, in the foreground, and stops them by their pids.

Each cause is one core setting or one plugin of Haraka's (its core ``plugins`` directory, or an official
``haraka-plugin-*`` package) with the setting its README documents; the reply text is whatever Haraka says (its
defaults: no case sets a message of its own). The label is the configured cause. Every instance ends its plugin
list with ``rcpt_to.in_host_list`` (the case's domain in ``host_list``, so the recipient is accepted unless the
cause refuses it first) and ``queue/discard`` (with YES_REALLY_DO_DISCARD set, what is accepted is thrown away), so
a cause that fails to refuse leaves no file rather than a wrong one.

Not built, with the reason (the README's list): ``dns-list`` (dnsbl), ``spf``, ``fcrdns`` and ``karma`` skip a
client on a private address (Haraka's ``connection.remote.is_private``: 127.0.0.1, where every sender of the kit
connects from), and karma and ``limit``'s connection and rate limits need a redis server; ``tls`` documents no
requirement for inbound STARTTLS; ``max_unrecognized_commands`` (the senders send no unknown command). Dropped after
the run: the two helo.checks cases and the case without a queue plugin (DROPPED says why).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver

SUFFIX = "heldout23.example"
FIRST_IP = "127.0.5.1"
VERSION = "3.3.4"
HARAKA_DIR = Path("/opt/real-mta/haraka23")  # npm install Haraka@VERSION here (install_haraka)
HARAKA_BIN = HARAKA_DIR / "node_modules" / ".bin" / "haraka"
ETC = Path("/etc/haraka-rcv23")  # one configuration directory per case
HOSTS = ETC / "hosts"  # bind-mounted over /etc/hosts: no line for 127.0.0.1, so its name comes from the fake DNS
NAME = f"mx.{SUFFIX}"
SIZE_LIMIT = 2048
SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four
_DOCS = "Haraka 3.3.4 (npm Haraka), "
_README = "README.md of the npm package "


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on a real receiving Haraka instance: its plugins before the sink, its config files."""

    plugins: tuple[str, ...] = ()  # before rcpt_to.in_host_list and queue/discard
    files: tuple[tuple[str, str], ...] = ()  # (path under config/, content; {d}: the case's domain)
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    header: str = ""  # a header line the case's message carries besides the kit's
    body: str = ""  # a line the case's message body carries besides the kit's text
    attach: str = ""  # the file name of a small attachment the case's message carries


def _c(id: str, stage: str, cause: str, source: str, *, plugins: tuple[str, ...] = (),
       files: tuple[tuple[str, str], ...] = (), defers: bool = False, header: str = "", attach: str = "",
       body: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, plugins=plugins, files=files, defers=defers, cause=cause,
                      header=header, body=body, attach=attach)


_SIGNATURE = "Offer code QX-7731: act before midnight"  # a string signature written for this set
_HELO_INI = "[skip]\nprivate_ip=false\n[reject]\n"  # the kit's senders connect from 127.0.0.1, a private address
_ACCESS = _README + "haraka-plugin-access 1.4.0, "
_HELO = _README + "haraka-plugin-helo.checks 1.1.3, "

_CONFIGURED: list[Configured] = [
    # --- the connection and HELO
    _c("conn-ip-table", "CONN",
       "access plugin, connect check: the client address 127.0.0.1 in connect.rdns_access.blacklist",
       _ACCESS + "'Connect' (connect.rdns_access.blacklist: IPs, rDNS names)", plugins=("access",),
       files=(("access.ini", "[check]\nconn=true\n"), ("connect.rdns_access.blacklist", "127.0.0.1\n"))),
    _c("helo-tld-check", "EHLO",
       "helo.checks with reject.valid_hostname=true (and skip.private_ip=false): the senders' HELO names end in"
       " .example, which is no public top-level domain", _HELO + "'valid_hostname', '[reject]', '[skip]'",
       plugins=("helo.checks",), files=(("helo.checks.ini", _HELO_INI + "valid_hostname=true\n"),)),
    _c("helo-name-list", "EHLO",
       "helo.checks with reject.match_re=true (and skip.private_ip=false): helo.checks.regexps matches the four"
       " senders' HELO names", _HELO + "'match_re' (helo.checks.regexps)",
       plugins=("helo.checks",),
       files=(("helo.checks.ini", _HELO_INI + "match_re=true\n"),
              ("helo.checks.regexps", "".join(s.replace(".", r"\.") + "\n" for s in SENDERS)))),
    # --- the sender
    _c("mail-sender-table", "MAIL",
       "access plugin, mail check: the four senders' addresses in mail_from.access.blacklist",
       _ACCESS + "'MAIL FROM' (mail_from.access.blacklist)", plugins=("access",),
       files=(("access.ini", "[check]\nmail=true\n"),
              ("mail_from.access.blacklist", "".join(f"alice@{s}\n" for s in SENDERS)))),
    _c("mail-domain-lookup", "MAIL",
       "mail_from.is_resolvable (its default [reject] no_mx=deny): the senders' domains have no MX or address"
       " record in the fake DNS (NXDOMAIN)",
       _README + "haraka-plugin-mail_from.is_resolvable 1.3.0", plugins=("mail_from.is_resolvable",)),
    # --- the recipient
    _c("rcpt-outside-list", "RCPT",
       "rcpt_to.in_host_list with host_list holding another domain only: no plugin accepts the recipient, so"
       " Haraka's core refuses it", _DOCS + "docs/plugins/rcpt_to.in_host_list.md; connection.js"
       " rcpt_respond (its default reply when no rcpt plugin accepts)"),
    _c("rcpt-dest-config", "RCPT",
       "relay plugin with [relay] dest_domains=true; relay_dest_domains.ini lists another domain only",
       _README + "haraka-plugin-relay 1.0.2, 'Relay Destination Domains' (dest_domains)", plugins=("relay",),
       files=(("relay.ini", "[relay]\nacl=false\nforce_routing=false\nall=false\ndest_domains=true\n"),
              ("relay_dest_domains.ini", '[domains]\nother.heldout23.example = { "action": "accept" }\n'))),
    _c("rcpt-address-table", "RCPT",
       "access plugin, rcpt check: the recipient's address in rcpt_to.access.blacklist",
       _ACCESS + "'RCPT TO' (rcpt_to.access.blacklist)", plugins=("access",),
       files=(("access.ini", "[check]\nrcpt=true\n"), ("rcpt_to.access.blacklist", "user@{d}\n"))),
    _c("rcpt-qmd-absent", "RCPT",
       "qmail-deliverable checks each recipient with its qmail-deliverabled daemon, configured at 127.0.0.11:8998"
       " where nothing listens", _README + "haraka-plugin-qmail-deliverable 1.4.0 ([main] host, port)",
       plugins=("qmail-deliverable",), files=(("qmail-deliverable.ini", "[main]\nhost=127.0.0.11\nport=8998\n"),),
       defers=True),
    # --- the message
    _c("mail-2k-cap", "MAIL-SIZE",
       f"connection.ini [max] bytes={SIZE_LIMIT} (Haraka advertises SIZE {SIZE_LIMIT}); the message is about"
       " 3.5 kB", _DOCS + "config/connection.ini ([max] bytes) and docs/Connection.md"),
    _c("data-twin-subject", "DATA",
       "headers plugin with [reject] duplicate_singular=true; the message carries a second Subject: header",
       _README + "haraka-plugin-headers 1.2.0, 'duplicate_singular'", plugins=("headers",),
       files=(("headers.ini", "[reject]\nduplicate_singular=true\n"),),
       header="Subject: a second subject line"),
    _c("data-exe-part", "DATA",
       "attachment plugin (its default disallowed_extensions, exe among them); the message carries an attachment"
       " invoice.exe", _README + "haraka-plugin-attachment 1.2.1 (disallowed_extensions)",
       plugins=("attachment",), attach="invoice.exe"),
    _c("data-forward-closed", "DATA",
       "queue/smtp_forward to the domain's mail store at 127.0.0.11:25, where nothing listens (instead of the"
       " discarding sink)", _DOCS + "docs/plugins/queue/smtp_forward.md (host, port)",
       files=(("smtp_forward.ini", "host=127.0.0.11\nport=25\nenable_tls=false\n"),), defers=True),
    _c("data-no-store", "DATA",
       "no queue plugin in config/plugins (rcpt_to.in_host_list only): nothing takes the message after the data",
       _DOCS + "docs/Plugins.md ('Mail cannot even be received unless at least a 'rcpt' and 'queue' plugin are"
       " enabled'); connection.js queue_respond (its default reply)", defers=True),
    # --- made after the first run, in place of the two dropped helo.checks cases (its address is the next)
    _c("data-body-marker", "DATA",
       "data.signatures with one string signature, which the message body carries",
       _DOCS + "docs/plugins/data.signatures.md (string signatures in config/data.signatures)",
       plugins=("data.signatures",), files=(("data.signatures", f"{_SIGNATURE}\n"),), body=_SIGNATURE),
]

# Configured but dropped: Haraka refused as configured, but no sender made a file. A dropped case keeps its listener,
# so that the other cases keep the addresses their bounces show.
_ONCE = ("helo.checks 1.1.3 runs each check once per connection (should_skip: a check already run is skipped when"
         " the client greets again); Haraka answered the EHLO with 550 '{}', the four senders greeted again with HELO,"
         " which passed, and the message was accepted (and discarded): no bounce")
DROPPED: dict[str, str] = {
    "helo-tld-check": _ONCE.format("HELO host name invalid"),
    "helo-name-list": _ONCE.format("That HELO not allowed here"),
    "data-no-store": "Haraka deferred as configured, but its reply was '451  (<transaction id>)' with no words (the"
                     " queue hook ran no plugin, and the reply carried an empty message), so no file could show the"
                     " cause (as set 18's dropped ':defer:'); its eight files were removed",
}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT23: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def plugin_list(h: Configured) -> list[str]:
    """The case's config/plugins: its plugins, rcpt_to.in_host_list, then the discarding sink (the forwarding case:
    queue/smtp_forward instead)."""
    queue = {"data-forward-closed": ["queue/smtp_forward"], "data-no-store": []}.get(h.id, ["queue/discard"])
    return [*h.plugins, "rcpt_to.in_host_list", *queue]


def install_haraka() -> None:
    """npm install Haraka@VERSION into HARAKA_DIR, unless it is there already (the only step that needs network)."""
    if HARAKA_BIN.exists():
        return
    HARAKA_DIR.mkdir(parents=True, exist_ok=True)
    (HARAKA_DIR / "package.json").write_text(json.dumps({"name": "haraka-rcv23", "private": True}) + "\n")
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", f"Haraka@{VERSION}"], cwd=HARAKA_DIR, check=True)


def write_receiver() -> dict[str, Path]:
    """Make one configuration directory per case with ``haraka -i`` and write its settings; return address ->
    directory."""
    install_haraka()
    if ETC.exists():
        shutil.rmtree(ETC)
    ETC.mkdir(parents=True)
    hosts = [ln for ln in Path("/etc/hosts").read_text().splitlines()
             if not ln.split("#", 1)[0].strip().startswith("127.0.0.1")]
    HOSTS.write_text("\n".join([*hosts, f"{FIRST_IP}\t{NAME}"]) + "\n")
    dirs: dict[str, Path] = {}
    for ip, h in listeners().items():
        d = ETC / h.id
        subprocess.run([str(HARAKA_BIN), "-i", str(d)], check=True, capture_output=True)
        conf = d / "config"
        (conf / "me").write_text(NAME + "\n")
        (conf / "smtp.ini").write_text(f"listen={ip}:25\nnodes=0\n")
        (conf / "log.ini").write_text("[main]\nlevel=info\ntimestamps=true\n")
        (conf / "plugins").write_text("".join(f"{p}\n" for p in plugin_list(h)))
        (conf / "host_list").write_text(("other." + SUFFIX if h.id == "rcpt-outside-list" else h.domain) + "\n")
        for name, text in h.files:
            (conf / name).write_text(text.replace("{d}", h.domain))
        if h.id == "mail-2k-cap":  # the generated connection.ini, its [max] bytes (26214400) lowered
            ini = conf / "connection.ini"
            ini.write_text(re.sub(r"(?m)^bytes=\d+$", f"bytes={SIZE_LIMIT}", ini.read_text(), count=1))
        dirs[ip] = d
    return dirs


def daemons() -> dict[str, str]:
    """Process name -> command of each case's Haraka instance (in the foreground); queue/discard throws away what it
    is given only with YES_REALLY_DO_DISCARD set."""
    return {f"haraka-rcv23-{h.id}": f"env YES_REALLY_DO_DISCARD=1 {HARAKA_BIN} -c {ETC / h.id}"
            for h in listeners().values()}
