"""The eighteenth held-out set: a REAL receiving Exim, configured so that a known cause makes it refuse or defer.

Set 17 put a second Postfix on the receiving side; this set puts a second Exim 4.96 instance there (the Debian 12
package exim4-daemon-light that the kit already unpacks under /opt/x for the sending side), with its own
configuration file (/etc/exim4-rcv18/exim4.conf, written by write_receiver below and listed in the binary's
TRUSTED_CONFIG_LIST, /etc/exim4/trusted_configs, so that ``-C`` keeps root), spool, log and pid file. run.py starts it
in the kit's DNS namespace; it listens on one loopback address per case from 127.0.2.190 (the MX of the case's
domain, under heldout18.example). Each cause is an ACL statement, a router or a main option, as Exim's own
specification (4.96, "The Exim specification", Debian's /usr/share/doc/exim4-base/spec.txt.gz) describes it; a few
refusals carry an administrator's wording taken from Exim's configure.default or Debian's exim4-config, the others
Exim's default words. The reply text is whatever Exim really says; the label is the configured cause.

A case's ``reply`` is empty (the words are the receiving MTA's); ``acl`` is the statement of the receiver's RCPT or
DATA ACL that makes the refusal (the case's guard, ``domains = <its domain>`` at RCPT or its listening address at
DATA, is added by the writer), ``defers`` says whether the configured cause is temporary, ``source`` names the part
of Exim's documentation (and, for an administrator's wording, the file it is quoted from). Every message the
receiver accepts by mistake is discarded (a last redirect router to :blackhole:), so a cause that fails to refuse
leaves no file rather than a wrong one.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver, exim_acl

SUFFIX = "heldout18.example"
FIRST_IP = "127.0.2.190"
CONF_DIR = Path("/etc/exim4-rcv18")
CONF = CONF_DIR / "exim4.conf"
SPOOL = Path("/var/spool/exim4-rcv18")
LOG = Path("/var/log/exim4-rcv18")
PID = Path("/run/exim4-rcv18.pid")
TRUSTED = Path("/etc/exim4/trusted_configs")  # the binary's TRUSTED_CONFIG_LIST (exim4 -bV; strings)
_DNSBL = f"listed.{SUFFIX}"
_SPEC = "Exim 4.96, The Exim specification (Debian 12 exim4-base, /usr/share/doc/exim4-base/spec.txt.gz), "
_DEBIAN = "Debian 12 exim4-config 4.96, /etc/exim4/conf.d/"
_SENDERS = "senders = *@mta-pf.example : *@mta-ex.example : *@mta-os.example : *@mta-sm.example"  # the kit's four


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Exim: the ACL statement (or router) that makes it, and whether it
    defers."""

    acl: tuple[str, ...] = ()  # the verb and the conditions and modifiers of its RCPT (or DATA) ACL statement
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    wording: str = "default"  # "default": Exim's own words; else where the administrator's words are quoted from


def _c(id: str, stage: str, acl: tuple[str, ...], defers: bool, cause: str, source: str,
       wording: str = "default") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, acl, defers, cause, wording)


_CONFIGURED: list[Configured] = [
    _c("rcpt-local-lookup", "RCPT", ("deny", "!verify = recipient"), False,
       "the domain is local (local_domains) and no system user of the name exists: an accept router with"
       " check_local_user declines, no router is left, and verify = recipient fails",
       _SPEC + "44.45 'verify = recipient'; 'check_local_user' (generic router options)"),
    _c("rcpt-local-lookup-debian", "RCPT", ("deny", "!verify = recipient"), False,
       "as rcpt-local-lookup, the local_user router carrying Debian's cannot_route_message = Unknown user",
       _SPEC + "'cannot_route_message' (generic router options); " + _DEBIAN + "router/900_exim4-config_local_user",
       _DEBIAN + "router/900_exim4-config_local_user: cannot_route_message = Unknown user"),
    _c("rcpt-alias-gone", "RCPT", ("deny", "!verify = recipient"), False,
       "a redirect router (allow_fail) whose alias file maps the recipient to ':fail: Gone away, no forwarding"
       " address'", _SPEC + "22.6, 'Special items in redirection lists' (:fail:)",
       _SPEC + "22.6 'X.Employee:  :fail: Gone away, no forwarding address'"),
    _c("rcpt-alias-hold", "RCPT", ("deny", "!verify = recipient"), True,
       "a redirect router (allow_defer) whose alias file maps the recipient to ':defer:' (no text): the mailbox is"
       " held by its administrator", _SPEC + "22.6, 'Special items in redirection lists' (:defer::"
       " 'By default for verify, Exim sends a 451 SMTP code for a :defer:')"),
    _c("rcpt-other-domain", "RCPT", (), False,
       "the MX points at a server that serves the domain neither as local nor as relay domain: the RCPT ACL's"
       " 'require domains = +local_domains : +relay_to_domains' (configure.default's relay check) fails",
       _SPEC + "7 'The default configuration file' (acl_check_rcpt)",
       "Exim 4.96 src/src/configure.default and " + _DEBIAN + "acl/30_exim4-config_check_rcpt:"
       " message = relay not permitted"),
    _c("rcpt-sender-deny", "RCPT", ("deny", _SENDERS), False,
       "an ACL deny on the envelope sender's address (senders = the four senders' domains), with no message",
       _SPEC + "44 'Access control lists', 'senders = <address list>'; 'The deny verb'"),
    _c("rcpt-sender-deny-debian", "RCPT", (
        "deny", "message = sender envelope address $sender_address is locally blacklisted here. If you think this"
        " is wrong, get in touch with postmaster",
        _SENDERS), False,
       "the same deny on the envelope sender with the administrator's message of Debian's local_sender_blacklist"
       " check", _SPEC + "44 'senders = <address list>', 'message = <text>'",
       _DEBIAN + "acl/30_exim4-config_check_rcpt (local_sender_blacklist)"),
    _c("rcpt-host-deny-debian", "RCPT", (
        "deny", "message = sender IP address $sender_host_address is locally blacklisted here. If you think this is"
        " wrong, get in touch with postmaster",
        "hosts = 127.0.0.1"), False,
       "an ACL deny on the client address (hosts = 127.0.0.1) with the administrator's message of Debian's"
       " local_host_blacklist check", _SPEC + "44 'hosts = <host list>', 'message = <text>'",
       _DEBIAN + "acl/30_exim4-config_check_rcpt (local_host_blacklist)"),
    _c("rcpt-sender-verify", "RCPT", ("deny", "!verify = sender"), False,
       "verify = sender: the envelope sender's domain has no DNS record (the fake DNS answers NXDOMAIN for the"
       " senders' domains), so the sender address cannot be routed",
       _SPEC + "44.45 'verify = sender/<options>'"),
    _c("rcpt-reverse-name", "RCPT", ("deny", "!verify = reverse_host_lookup"), False,
       "verify = reverse_host_lookup: the client 127.0.0.1 has no PTR record (the fake DNS answers NXDOMAIN;"
       " host_lookup_order = bydns, so /etc/hosts is not asked)",
       _SPEC + "44.45 'verify = reverse_host_lookup/<options>'; 'host_lookup_order' (main options)"),
    _c("rcpt-helo-verify", "RCPT", ("deny", "!verify = helo"), False,
       "verify = helo: the sending server's HELO name has no DNS record, so it cannot be verified against the"
       " client address", _SPEC + "14 'helo_verify_hosts' (main options); 44.45 'verify = helo'"),
    _c("rcpt-listed-zone", "RCPT", (
        "deny", "message = rejected because $sender_host_address is in a black list at $dnslist_domain\\n"
        "$dnslist_text",
        f"dnslists = {_DNSBL}"), False,
       f"dnslists: the client address is listed in a DNS block list ({_DNSBL}, served by the fake DNS: 127.0.0.2"
       " for 1.0.0.127)", _SPEC + "44.27 'dnslists = <list of domain names and other data>'",
       "Exim 4.96 src/src/configure.default (the commented dnslists example in acl_check_rcpt)"),
    _c("rcpt-rate-zero", "RCPT", (
        "defer", "ratelimit = 0 / 1h / strict",
        "message = Sender rate exceeds $sender_rate_limit messages per $sender_rate_period"), True,
       "ratelimit: a limit of 0 messages per hour per client address (strict), so every message exceeds it",
       _SPEC + "44.39 'Rate limiting incoming messages' (ratelimit = 0 / 1h / strict)",
       _SPEC + "44.39's example 'message = Sender rate exceeds $sender_rate_limit messages per"
       " $sender_rate_period'"),
    _c("mail-2k-cap", "MAIL-SIZE", (), False,
       "message_size_limit of 2k on this address (the main option, expanded on $received_ip_address); the"
       " message is about 3.5 kB", _SPEC + "14 'message_size_limit' (main options)"),
    _c("data-subject-rule", "DATA", ("deny", "condition = ${if match{$h_subject:}{bounce test}}"), False,
       "the DATA ACL denies a message whose Subject matches a pattern of the administrator's, with no message",
       _SPEC + "44 'acl_smtp_data', 'condition = <string>', 'The deny verb'; 11.7 'Expansion conditions' (match)"),
    _c("data-from-verify-debian", "DATA", (
        "deny", "!verify = header_sender", "message = No verifiable sender address in message headers"), False,
       "verify = header_sender in the DATA ACL: the From: address's domain (the sender's) has no DNS record, so no"
       " sender address of the headers can be verified", _SPEC + "44.45 'verify = header_sender/<options>'",
       _DEBIAN + "acl/40_exim4-config_check_data (CHECK_DATA_VERIFY_HEADER_SENDER)"),
    _c("rcpt-store-callout", "RCPT", ("deny", "!verify = recipient/callout=10s"), True,
       "recipient verification by callout to the domain's internal mail store (a manualroute router to 127.0.0.11,"
       " where nothing listens): the callout cannot connect, so the verification defers",
       _SPEC + "44.46 'Callout verification'; 20 the manualroute router"),
    _c("rcpt-listed-zone-plain", "RCPT", ("deny", f"dnslists = {_DNSBL}"), False,
       f"the same DNS block list ({_DNSBL}) with no message: Exim's default words",
       _SPEC + "44.27 'dnslists = <list of domain names and other data>'"),
]

# Configured but dropped: the receiver refused as configured, but its reply carries no words ("451 " and nothing
# else: ':defer:' without a text, and neither the spec nor Debian's configuration has a text for it), so no bounce can
# show the cause; its files were removed. Its listener stays (127.0.2.193) so that the other cases keep the addresses
# their bounces show.
DROPPED: dict[str, str] = {"rcpt-alias-hold": "Exim answered '451 ' with no text: no bounce shows the cause"}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT18: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case
_ip = _RECEIVER.ip


LOCAL = ("rcpt-local-lookup", "rcpt-local-lookup-debian", "rcpt-alias-gone", "rcpt-alias-hold")


def exim_conf() -> str:
    """The receiving instance's configuration file."""
    servers = listeners()
    local = " : ".join(_case(i).domain for i in LOCAL)
    relay = " : ".join(h.domain for h in _CONFIGURED if h.id not in (*LOCAL, "rcpt-other-domain"))
    rcpt, data = exim_acl(servers)
    size_ip = _ip("mail-2k-cap")
    debian = _case("rcpt-local-lookup-debian").domain
    plain = _case("rcpt-local-lookup").domain
    aliases = f"{_case('rcpt-alias-gone').domain} : {_case('rcpt-alias-hold').domain}"
    return f"""# The receiving Exim of held-out set 18 (tools/real-mta/heldout18.py writes this file)
primary_hostname = mx.{SUFFIX}
qualify_domain = mx.{SUFFIX}
domainlist local_domains = {local}
domainlist relay_to_domains = {relay}
local_interfaces = {" : ".join(servers)}
daemon_smtp_ports = 25
disable_ipv6 = true
spool_directory = {SPOOL}
log_file_path = {LOG}/%slog
pid_file_path = {PID}
exim_user = Debian-exim
exim_group = Debian-exim
never_users = root
host_lookup =
host_lookup_order = bydns
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
message_size_limit = ${{if eq{{$received_ip_address}}{{{size_ip}}}{{2k}}{{50M}}}}
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_data = acl_check_data

begin acl
acl_check_rcpt:
  # configure.default's relay check
  require message = relay not permitted
          domains = +local_domains : +relay_to_domains
{chr(10).join(rcpt)}
  accept

acl_check_data:
{chr(10).join(data)}
  accept

begin routers
aliases:
  driver = redirect
  domains = {aliases}
  allow_fail
  allow_defer
  data = ${{lookup{{$local_part@$domain}}lsearch{{{CONF_DIR}/aliases}}}}

local_user:
  driver = accept
  domains = {plain}
  check_local_user
  transport = sink

# the internal mail store of rcpt-store-callout: nothing listens on 127.0.0.11 (topology.REFUSED_IP)
mail_store:
  driver = manualroute
  domains = {_case('rcpt-store-callout').domain}
  route_list = * 127.0.0.11
  transport = to_store
  no_more

# verify = sender looks the senders' domains up in the (fake) DNS; verification only, nothing is sent anywhere
sender_domains:
  driver = dnslookup
  verify_only
  no_verify_recipient
  domains = ! +local_domains
  transport = sink
  no_more

# anything accepted by mistake is discarded: the case then leaves no file (never used to verify)
discard_all:
  driver = redirect
  no_verify
  domains = ! {plain} : ! {debian} : ! {_case('rcpt-alias-gone').domain} : ! {_case('rcpt-alias-hold').domain}
  data = :blackhole:

# the last router, as in Debian's configuration: its cannot_route_message is the one used (the spec's
# 'cannot_route_message': "taken from the last router that is considered ... includes a router that is skipped"),
# Debian's words for its own domain only (a forced expansion failure leaves the default for the others)
local_user_debian:
  driver = accept
  domains = {debian}
  check_local_user
  transport = sink
  cannot_route_message = ${{if eq{{$domain}}{{{debian}}}{{Unknown user}}fail}}

begin transports
sink:
  driver = appendfile
  file = /dev/null
  user = Debian-exim

to_store:
  driver = smtp
  port = 25
  hosts_try_fastopen = :

begin retry
*   *   F,1h,15m
"""


def write_receiver() -> list[str]:
    """Write /etc/exim4-rcv18 (the configuration and the alias file), list it as trusted, clear the spool and
    return the listening addresses."""
    if CONF_DIR.exists():
        shutil.rmtree(CONF_DIR)
    CONF_DIR.mkdir(parents=True)
    CONF.write_text(exim_conf())
    (CONF_DIR / "aliases").write_text(
        f"user@{_case('rcpt-alias-gone').domain}: :fail: Gone away, no forwarding address\n"
        f"user@{_case('rcpt-alias-hold').domain}: :defer:\n")
    trusted = TRUSTED.read_text().splitlines() if TRUSTED.exists() else []
    if str(CONF) not in trusted:
        TRUSTED.write_text("\n".join([*trusted, str(CONF)]) + "\n")
    TRUSTED.chmod(0o644)
    if SPOOL.exists():
        shutil.rmtree(SPOOL)
    for d in (SPOOL, LOG):
        d.mkdir(parents=True, exist_ok=True)
        shutil.chown(d, "Debian-exim", "Debian-exim")
    return list(listeners())
