"""The thirty-first held-out set: a second REAL receiving Exim 4.96 with the verifications, lists, limits and
greylisting set 18 did not configure, refusing configured everyday causes in Exim's default words (or, where an ACL
needs a message, Debian's exim4-config's or greylistd's own).

Set 18 put a receiving Exim 4.96 there with `verify = recipient` against local routers and aliases, a sender deny
list, `verify = sender` (the senders' domains unknown to the DNS, Exim's default words), `verify =
reverse_host_lookup`, `verify = helo`, `dnslists` on the client address (with configure.default's message and
without), a `ratelimit` of 0 with the spec's message, `message_size_limit` at MAIL, a DATA subject rule, `verify =
header_sender` and a recipient callout whose mail store was down. This set puts a second receiving Exim 4.96 instance
there (the Debian 12 package exim4-daemon-light the kit unpacks under /opt/x; its own configuration
/etc/exim4-rcv31/exim4.conf listed in the binary's TRUSTED_CONFIG_LIST, spool, log and pid file; one listening
address per case from 127.0.15.1), with a third Exim instance behind it (/etc/exim4-rcv31b, on 127.0.15.62 and
127.0.15.63) that its callouts reach, and one greylistd (Debian 12 package greylistd 0.9.0.2+nmu1, unpacked under
/opt/x/greylistd; its own configuration, state and socket) that its greylisting ACL asks. Each cause is an ACL
statement of Debian's exim4-config (/etc/exim4/conf.d/acl/30_exim4-config_check_rcpt and 40_exim4-config_check_data,
4.96-15+deb12u11), of greylistd's documented ACL (/usr/share/doc/greylistd/examples/exim4-acl-example.txt) or a main
option, as Exim's own specification (4.96, Debian's /usr/share/doc/exim4-base/spec.txt.gz) describes it:

- recipient callout verification (Debian's `deny !verify = recipient/callout` for the recipients of its
  local_rcpt_callout file) to the domain's mail store, the backend, which has no such user;
- sender callout verification (Debian's `deny !verify = sender/callout` for the senders of its local_sender_callout
  file, with `no_cache` since two cases verify the same senders): the senders' domains' mail store (the backend)
  has no user alice; and one whose mail store refuses the null sender of the callout's MAIL FROM:<> (Exim's long
  default text on servers that refuse bounces);
- `verify = sender` with Debian's CHECK_RCPT_VERIFY_SENDER message ("Sender verification failed"): the senders'
  domains are unknown to the DNS;
- `dnslists` on the envelope sender's domain (an RHSBL, Debian's CHECK_RCPT_DOMAIN_DNSBLS form
  `<zone>/$sender_address_domain`), as a deny with Exim's default words;
- greylistd's greylisting (its documented ACL and message; retryMin 600 s, Debian's /etc/greylistd/config): the
  kit's senders give up after two minutes;
- `ratelimit` of one message a day per client address (strict), which the first message already reaches (the
  condition is false only while the rate is less than the limit), as a defer with Exim's default words;
- `smtp_accept_max_per_host` 1 on this address (expanded on $received_ip_address), with one connection from
  127.0.0.1 held open by run.py for the whole run: Exim's own 421 at the greeting;
- `verify = header_syntax` in the DATA ACL with Debian's message ("header syntax"): the message carries a Reply-To:
  whose display name is an unquoted address.

Dropped: Sendmail's file of the header syntax case (the receiver accepted Sendmail's copy, so its Reply-To: arrived
well-formed: Sendmail rewrites the addresses of address headers as it relays). Not used, with the reason (the README
says more): `message_size_limit`, `verify = reverse_host_lookup` and `dnslists` on the client address (set 18 has
them, in the same words); `verify = sender` at Exim's default words (set 18's); Debian's "restricted characters in
address" and "Rejected for too many bad recipients" (the kit sends one plain recipient per case); a `ratelimit` with
a message of the spec's (set 18's). Option (c) of the brief, chasquid, was not tried: this receiver ran.

A case's ``reply`` is empty (the words are Exim's, Debian's or greylistd's); ``acl`` is the statement of the
receiver's RCPT or DATA ACL that makes the refusal (the case's guard, ``domains = <its domain>`` at RCPT or its
listening address at DATA, is added by the writer; CONN cases are main options), ``defers`` says whether the
configured cause is temporary, ``header`` a header line the kit adds to the message, ``source`` names the part of
the documentation (and the file an administrator's wording is quoted from). Every message the receiver accepts by
mistake is discarded (a last redirect router to :blackhole:), so a cause that fails to refuse leaves no file rather
than a wrong one.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver, exim_acl
from receiver import greylistd_conf as receiver_greylistd_conf

SUFFIX = "heldout31.example"
FIRST_IP = "127.0.15.1"
BACKEND_IP = "127.0.15.63"  # the mail store the callouts reach: knows no user of these domains
BOUNCELESS_IP = "127.0.15.62"  # the same backend's listener that refuses the null sender
CONF_DIR = Path("/etc/exim4-rcv31")
CONF = CONF_DIR / "exim4.conf"
BACKEND_CONF = Path("/etc/exim4-rcv31b/exim4.conf")
SPOOL = Path("/var/spool/exim4-rcv31")
BACKEND_SPOOL = Path("/var/spool/exim4-rcv31b")
LOG = Path("/var/log/exim4-rcv31")
RUN = Path("/run/rcv31")
STATE = Path("/var/lib/rcv31")  # greylistd's state and triplet files
GREYLISTD = Path("/opt/x/greylistd/usr/sbin/greylistd")  # Debian 12 greylistd 0.9.0.2+nmu1, unpacked
GREYLISTD_CONF = CONF_DIR / "greylistd.conf"
GREY_SOCKET = RUN / "greylistd.sock"
TRUSTED = Path("/etc/exim4/trusted_configs")  # the binary's TRUSTED_CONFIG_LIST (exim4 -bV; strings)
ZONE = f"domains.{SUFFIX}"  # the RHSBL of sender domains; lists the kit's four
SENDER_DOMAINS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")
_SPEC = "Exim 4.96, The Exim specification (Debian 12 exim4-base, /usr/share/doc/exim4-base/spec.txt.gz), "
_DEBIAN = "Debian 12 exim4-config 4.96, /etc/exim4/conf.d/"
_GREY = ("greylistd 0.9.0.2 (Debian 12 greylistd 0.9.0.2+nmu1), /usr/share/doc/greylistd/examples/"
         "exim4-acl-example.txt (the ACL statement and its message) and /etc/greylistd/config (retryMin 600)")


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on the real receiving Exim: the ACL statement (or main option) that makes it, whether it
    defers, and a header line the kit adds to the case's message."""

    acl: tuple[str, ...] = ()  # the verb and the conditions and modifiers of its RCPT (or DATA) ACL statement
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    wording: str = "default"  # "default": Exim's own words; else where the administrator's words are quoted from
    header: str = ""  # a header line added to the kit's message (cases.py)
    warmup: str = ""  # "hold": run.py holds one connection from 127.0.0.1 open to the case's address


def _c(id: str, stage: str, acl: tuple[str, ...], defers: bool, cause: str, source: str,
       wording: str = "default", header: str = "", warmup: str = "") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, acl, defers, cause, wording, header, warmup)


_GREY_ACL = (
    "defer",
    "message = $sender_host_address is not yet authorized to deliver mail from <$sender_address> to"
    " <$local_part@$domain>. Please try later.",
    "log_message = greylisted.",
    "!senders = :",
    "!authenticated = *",
    "verify = recipient/callout=20s,use_sender,defer_ok",
    f"condition = ${{readsocket{{{GREY_SOCKET}}}{{--grey $sender_host_address $sender_address"
    " $local_part@$domain}{5s}{}{false}}",
)

_CONFIGURED: list[Configured] = [
    _c("rcpt-callout-stranger", "RCPT", ("deny", "!verify = recipient/callout"), False,
       "recipient callout verification (Debian's statement for the recipients of local_rcpt_callout): a verify_only"
       " manualroute router sends the domain to its mail store, the backend Exim on 127.0.15.63, which has no such"
       " user and answers the callout's RCPT TO with 550 Unrouteable address",
       _SPEC + "44.46 'Callout verification'; " + _DEBIAN + "acl/30_exim4-config_check_rcpt (local_rcpt_callout)"),
    _c("rcpt-callout-sender", "RCPT", ("deny", "!verify = sender/callout=no_cache"), False,
       "sender callout verification (Debian's statement for the senders of local_sender_callout): a verify_only"
       " manualroute router sends the senders' domains to their mail store, the backend Exim on 127.0.15.63, which"
       " has no user alice and answers the callout's RCPT TO with 550 Unrouteable address (no_cache: the two sender"
       " callout cases verify the same sender addresses, so neither reads the other's cached result)",
       _SPEC + "44.46 'Callout verification', 44.47 (no_cache); " + _DEBIAN
       + "acl/30_exim4-config_check_rcpt (local_sender_callout)"),
    _c("rcpt-callout-bounceless", "RCPT", ("deny", "!verify = sender/callout=no_cache"), False,
       "the same sender callout, to a mail store (the backend's listener on 127.0.15.62) that refuses the null"
       " sender: its MAIL FROM:<> is answered 550, so the senders' domains are taken not to accept bounces",
       _SPEC + "44.46 'Callout verification' (a sender callout sends MAIL FROM:<>, to test whether a bounce could be"
       " delivered), 44.47 'Additional parameters for callouts' (no_cache); " + _DEBIAN
       + "acl/30_exim4-config_check_rcpt (local_sender_callout)"),
    _c("rcpt-sender-unresolvable", "RCPT", (
        "deny", "!verify = sender", "message = Sender verification failed"), False,
       "verify = sender with Debian's CHECK_RCPT_VERIFY_SENDER statement and message: the senders' domains have no"
       " DNS record (the fake DNS answers NXDOMAIN), so a verify_only dnslookup router cannot route alice@ them",
       _SPEC + "44.45 'verify = sender/<options>'",
       _DEBIAN + "acl/30_exim4-config_check_rcpt (CHECK_RCPT_VERIFY_SENDER: message = Sender verification failed)"),
    _c("rcpt-sender-zone", "RCPT", ("deny", f"dnslists = {ZONE}/$sender_address_domain"), False,
       f"dnslists on the envelope sender's domain (an RHSBL, Debian's CHECK_RCPT_DOMAIN_DNSBLS form"
       f" '<zone>/$sender_address_domain'): {ZONE} lists the kit's four sender domains (127.0.0.2 for"
       " mta-pf.example.<zone>, ...); a deny with no message: Exim's default words",
       _SPEC + "44.29 'DNS lists keyed on domain names'; "
       + _DEBIAN + "acl/30_exim4-config_check_rcpt (CHECK_RCPT_DOMAIN_DNSBLS)"),
    _c("rcpt-greylistd-triplet", "RCPT", _GREY_ACL, True,
       "greylistd's documented ACL statement: the triplet (client address, sender, recipient) is new to greylistd,"
       " which answers 'grey' until retryMin (600 s, Debian's configuration) has passed; the recipient verifies (a"
       " :blackhole: router); the kit's senders give up after two minutes",
       _SPEC + "11.5 '${readsocket'; " + _GREY, _GREY),
    _c("rcpt-ratelimit-client", "RCPT", ("defer", "ratelimit = 1 / 1d / strict"), True,
       "ratelimit: one message a day per client address (the default key, $sender_host_address; strict, so every"
       " refused attempt counts too); the condition holds unless the client's smoothed rate is less than 1, which"
       " its first message already makes it, and the kit's four senders are one client (127.0.0.1); a defer with no"
       " message: Exim's default words",
       _SPEC + "44.39 'Rate limiting incoming messages' ('ratelimit = <m> / <p> / <options> / <key>': 'If the"
       " average client sending rate is less than m messages per time period p then the condition is false;"
       " otherwise it is true'; the strict mode)"),
    _c("conn-one-per-host", "CONN", (), True,
       "smtp_accept_max_per_host 1 on this listening address (expanded on $received_ip_address, 0 = no limit on the"
       " others; smtp_accept_max 100); run.py holds one connection from 127.0.0.1 open to it for the whole run, so"
       " every sender's connection is the second from 127.0.0.1: Exim's 421 at the greeting",
       _SPEC + "14 'smtp_accept_max_per_host' (main options: 'additional connection attempts from the same host are"
       " rejected with error code 421')", warmup="hold"),
    _c("data-reply-to-syntax", "DATA", (
        "deny", "!verify = header_syntax", "message = header syntax",
        "log_message = header syntax ($acl_verify_message)"), False,
       "verify = header_syntax in the DATA ACL with Debian's statement and message: the message's Reply-To: has an"
       " unquoted address as its display name ('replies@heldout31.example <replies@heldout31.example>'), which RFC"
       " 5322's address syntax does not allow",
       _SPEC + "44.45 'verify = header_syntax'; RFC 5322 section 3.4",
       _DEBIAN + "acl/40_exim4-config_check_data (message = header syntax)",
       header=f"Reply-To: replies@{SUFFIX} <replies@{SUFFIX}>"),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep theirs.
# (Sendmail's file of data-reply-to-syntax is missing for another reason: the receiver accepted that copy; the
# module docstring and the README say why.)
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT31: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip
_case = _RECEIVER.case
_ip = _RECEIVER.ip


def dns_names() -> dict[str, str]:
    """A records for the kit's DNS (topology.OTHER_HOSTS): the set's RHSBL lists the four sender domains
    (<domain>.<zone>; 127.0.0.2, RFC 5782 section 5)."""
    return {f"{d}.{ZONE}": "127.0.0.2" for d in SENDER_DOMAINS}


def exim_conf() -> str:
    """The receiving instance's configuration file."""
    servers = listeners()
    rcpt, data = exim_acl(servers)
    senders = " : ".join(SENDER_DOMAINS)
    callout_ips = f"{_ip('rcpt-callout-sender')} : {_ip('rcpt-callout-bounceless')}"
    return f"""# The receiving Exim of held-out set 31 (tools/real-mta/heldout31.py writes this file)
primary_hostname = mx.{SUFFIX}
qualify_domain = mx.{SUFFIX}
domainlist relay_to_domains = {" : ".join(h.domain for h in _CONFIGURED)}
local_interfaces = {" : ".join(servers)}
daemon_smtp_ports = 25
disable_ipv6 = true
spool_directory = {SPOOL}
log_file_path = {LOG}/%slog
pid_file_path = {RUN}/exim4-rcv31.pid
exim_user = Debian-exim
exim_group = Debian-exim
never_users = root
host_lookup =
host_lookup_order = bydns
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
smtp_accept_max = 100
smtp_accept_max_per_host = ${{if eq{{$received_ip_address}}{{{_ip('conn-one-per-host')}}}{{1}}{{0}}}}
smtp_receive_timeout = 30m
acl_smtp_rcpt = acl_check_rcpt
acl_smtp_data = acl_check_data

begin acl
acl_check_rcpt:
  require message = relay not permitted
          domains = +relay_to_domains
{chr(10).join(rcpt)}
  accept

acl_check_data:
{chr(10).join(data)}
  accept

begin routers
# the senders' domains' mail store for the two sender callout cases (verification only): the backend, on its
# listener that refuses the null sender for rcpt-callout-bounceless
sender_store:
  driver = manualroute
  verify_only
  no_verify_recipient
  domains = {senders}
  condition = ${{if match_ip{{$received_ip_address}}{{{callout_ips}}}}}
  route_data = ${{if eq{{$received_ip_address}}{{{_ip('rcpt-callout-bounceless')}}}{{{BOUNCELESS_IP}}}{{{BACKEND_IP}}}}}
  transport = remote_smtp
  no_more

# verify = sender for the other cases looks the senders' domains up in the (fake) DNS: NXDOMAIN, so unroutable
sender_domains:
  driver = dnslookup
  verify_only
  no_verify_recipient
  domains = {senders}
  transport = remote_smtp
  no_more

# the mail store of rcpt-callout-stranger (verification only): the backend, which has no such user
recipient_store:
  driver = manualroute
  verify_only
  no_verify_sender
  domains = {_case('rcpt-callout-stranger').domain}
  route_list = * {BACKEND_IP}
  transport = remote_smtp
  no_more

# anything accepted by mistake is discarded, so that a cause that fails to refuse leaves no file (it also makes
# greylistd's statement's recipient verification succeed)
discard_all:
  driver = redirect
  domains = {" : ".join(f"! {d}" for d in SENDER_DOMAINS)}
  data = :blackhole:

begin transports
remote_smtp:
  driver = smtp
  port = 25
  hosts_try_fastopen = :

begin retry
*   *   F,1h,15m
"""


def backend_conf() -> str:
    """The backend instance: the mail store the callouts reach (listening on BACKEND_IP and BOUNCELESS_IP), which
    knows only postmaster of the callout domains and refuses the null sender on BOUNCELESS_IP; it never delivers."""
    domains = " : ".join([_case("rcpt-callout-stranger").domain, *SENDER_DOMAINS])
    return f"""# The backend Exim of held-out set 31 (tools/real-mta/heldout31.py writes this file)
primary_hostname = store.{SUFFIX}
qualify_domain = store.{SUFFIX}
domainlist local_domains = {domains}
local_interfaces = {BOUNCELESS_IP} : {BACKEND_IP}
daemon_smtp_ports = 25
disable_ipv6 = true
spool_directory = {BACKEND_SPOOL}
log_file_path = {LOG}/backend-%slog
pid_file_path = {RUN}/exim4-rcv31b.pid
exim_user = Debian-exim
exim_group = Debian-exim
never_users = root
host_lookup =
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
acl_smtp_mail = acl_check_mail
acl_smtp_rcpt = acl_check_rcpt

begin acl
acl_check_mail:
  deny    condition = ${{if eq{{$received_ip_address}}{{{BOUNCELESS_IP}}}}}
          senders = :
  accept

acl_check_rcpt:
  require domains = +local_domains
  require verify = recipient
  accept

begin routers
postmaster:
  driver = redirect
  domains = +local_domains
  local_parts = postmaster
  data = :blackhole:
"""


def greylistd_conf() -> str:
    """greylistd's configuration: Debian's timeouts, this set's socket and state files (receiver.greylistd_conf)."""
    return receiver_greylistd_conf(GREY_SOCKET, "Debian-exim:Debian-exim", STATE / "states", STATE / "triplets")


def holds() -> list[str]:
    """The listening addresses to which run.py holds one connection from 127.0.0.1 open for the whole run."""
    return [ip for ip, h in listeners().items() if h.warmup == "hold"]


def write_receiver() -> list[str]:
    """Write /etc/exim4-rcv31 (the receiver's and greylistd's configuration) and /etc/exim4-rcv31b (the backend's),
    list both as trusted, clear the spools and greylistd's state, and return the receiver's listening addresses."""
    for d in (CONF_DIR, BACKEND_CONF.parent, SPOOL, BACKEND_SPOOL, STATE, RUN):
        if d.exists():
            shutil.rmtree(d)
    CONF_DIR.mkdir(parents=True)
    BACKEND_CONF.parent.mkdir(parents=True)
    CONF.write_text(exim_conf())
    BACKEND_CONF.write_text(backend_conf())
    GREYLISTD_CONF.write_text(greylistd_conf())
    trusted = TRUSTED.read_text().splitlines() if TRUSTED.exists() else []
    for conf in (CONF, BACKEND_CONF):
        if str(conf) not in trusted:
            trusted.append(str(conf))
    TRUSTED.parent.mkdir(parents=True, exist_ok=True)
    TRUSTED.write_text("\n".join(trusted) + "\n")
    TRUSTED.chmod(0o644)
    for d in (SPOOL, BACKEND_SPOOL, LOG, STATE, RUN):
        d.mkdir(parents=True, exist_ok=True)
    for d in (SPOOL, BACKEND_SPOOL, LOG):
        shutil.chown(d, "Debian-exim", "Debian-exim")
    return list(listeners())
