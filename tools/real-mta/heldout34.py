"""The thirty-fourth held-out set: REAL receiving Sendmail 8.17 daemons with features and options set 19 did not use,
refusing configured everyday causes in Sendmail's own default words.

Set 19 put Sendmail on the receiving side with the access DB's REJECT and ERROR: entries, the virtual user table,
MaxMessageSize, FEATURE(dnsbl), FEATURE(require_rdns) for a client without a PTR record, check_mail's test of a sender
domain that does not exist and FEATURE(ratecontrol). This set runs the same Debian 12 packages (sendmail-bin and
sendmail-cf 8.17.1.9-2+deb12u2, unpacked under /opt/x for the kit's sending Sendmail) with what set 19 did not
configure: FEATURE(conncontrol) (too many open connections from the client), FEATURE(require_rdns) for a PTR look-up
that fails temporarily and for a PTR name that does not resolve back (a "forged" name), FEATURE(enhdnsbl) against the
kit's fake DNS, the access DB on a map that cannot be reached (Sendmail's temporary failure of an access look-up,
-T<TMPF>), check_mail's test of a sender domain whose look-up fails temporarily, confMIN_FREE_BLOCKS (not enough free
disk space for the queue) and confMAX_HEADERS_LENGTH (the message's header block over the limit). Sendmail's options and
FEATUREs act on the whole daemon, so each case has a daemon ("instance") of its own, with its own sendmail.cf built with
m4 from its own .mc, its own queue, access DB, aliases, statistics and pid file under /etc/mail-rcv34/<case> and
/var/spool/mqueue-rcv34/<case>. run.py starts them in the kit's DNS namespace with an /etc/hosts that has no line for
127.0.0.1 (so that the client's name comes from DNS), each on its case's loopback address from 127.0.18.1 (the MX of the
case's domain, under heldout34.example). The DNS failures come from two more fake DNS servers of the kit's
(fake_dns.py), whose address the instances that need them find in a resolv.conf of their own: 127.0.18.53 answers every
question with SERVFAIL (a resolver that cannot get an answer now), 127.0.18.54 answers the PTR question of 127.0.0.1
with a name that has no address record.

The cases whose id begins with conn- are tested when the client connects (check_relay, or the ConnControl ruleset
Sendmail calls from it); Sendmail greets such a client and answers its MAIL FROM (and every later command) with the
refusal, but for conncontrol's 'terminate', a 421 greeting: their ``stage`` is where the senders meet it.

The reply text is whatever Sendmail really says (its cf/m4/proto.m4 and feature files' default texts, its binary's own);
the label is the configured cause. A case's ``reply`` is empty; ``mc`` names the lines of its daemon's .mc that make the
cause (besides the base every instance shares), ``access`` its access DB entries, ``resolver`` the fake DNS server it
asks ("" the kit's, "servfail" or "forged"), ``access_map`` the access DB's map when it is not the usual hash file,
``holds`` how many connections run.py opens to it from 127.0.0.1 and holds before the senders come, ``defers`` whether
the configured cause is temporary, ``source`` the part of Sendmail 8.17.1's documentation or files that describes it.
Every instance keeps accepted mail in its queue (DeliveryMode queueonly, no queue runner), so a cause that fails to
refuse leaves no file rather than a wrong one.

Options considered and not used, with the reason: milter-greylist (the brief's first choice) is not packaged in
Debian 12 (apt-cache policy milter-greylist: no candidate), and Sendmail has no greylisting of its own;
FEATURE(greet_pause) refuses only a client that talks before the greeting, which none of the kit's four senders does;
confMAX_RCPTS_PER_MESSAGE answers the surplus recipients with a temporary 452, which a sender delivers in a next
transaction, and the kit sends one recipient per case anyway; confBAD_RCPT_THROTTLE only slows a client down after
bad recipients (a pause, no refusal); confMAX_MESSAGE_SIZE and check_mail for a sender domain that does not exist
are set 19's (the same words); a local mailer's size limit (LOCAL_MAILER_MAX) is checked when Sendmail delivers, after
the queue (sendmail/deliver.c), not in the SMTP session; FEATURE(rhsbl) needs the sender's domain canonified by DNS,
which the kit's senders' domains are not (NXDOMAIN); enhdnsbl's temporary look-up failure would have made the set
larger than its 56 files (seven temporary causes, each with delay notices). Option (b), OpenSMTPD 6.8 with
Debian 12's opensmtpd-filter-rspamd and opensmtpd-filter-senderscore, was not tried: this Sendmail receiver ran.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from receiver import Deferring, Receiver

SUFFIX = "heldout34.example"
FIRST_IP = "127.0.18.1"
ETC = Path("/etc/mail-rcv34")
QUEUE = Path("/var/spool/mqueue-rcv34")
HOSTS = ETC / "hosts"  # bind-mounted over /etc/hosts by run.py: no line for 127.0.0.1
X = "/opt/x"
SENDMAIL_BIN = f"{X}/sendmail-bin/usr/libexec/sendmail/sendmail"
MAKEMAP = f"{X}/sendmail-bin/usr/libexec/sendmail/makemap"
CF_DIR = f"{X}/sendmail-cf/usr/share/sendmail/cf"
# The two more fake DNS servers (fake_dns.py's options) and the resolver name of the instances that ask them
DNS_SERVERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "servfail": ("127.0.18.53", ("--servfail-all",)),
    "forged": ("127.0.18.54", ("--ptr-name", f"forged-name.{SUFFIX}")),
}
UNREACHABLE_MAP = "inet:9@127.0.18.61"  # the access DB's socket map: nothing listens there
_DNSBL = f"listed.{SUFFIX}"
_README = "Sendmail 8.17.1 cf/README (Debian 12 sendmail-doc, /usr/share/doc/sendmail-doc/cf.README.gz), "
_OP = "Sendmail 8.17.1 Installation and Operation Guide (op.me; Debian 12 sendmail-doc, op/op.txt.gz), "
_PROTO = "Sendmail 8.17.1 cf/m4/proto.m4 (Debian 12 sendmail-cf 8.17.1.9-2+deb12u2)"
_BIN = "Sendmail 8.17.1.9 (Debian 12 sendmail-bin 8.17.1.9-2+deb12u2)"


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on a receiving Sendmail instance of its own."""

    mc: tuple[str, ...] = ()  # lines of the instance's .mc that make the cause
    access: tuple[str, ...] = ()  # access DB entries
    resolver: str = ""  # "": the kit's fake DNS; else a DNS_SERVERS key
    access_map: str = ""  # the access DB's map when it is not the instance's hash file
    holds: int = 0  # connections run.py opens to the instance from 127.0.0.1 and holds (those it greets stay open)
    resolvable: bool = True  # FEATURE(accept_unresolvable_domains): check_mail does not test the sender's domain
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)


def _c(id: str, stage: str, cause: str, source: str, *, mc: tuple[str, ...] = (), access: tuple[str, ...] = (),
       resolver: str = "", access_map: str = "", holds: int = 0, resolvable: bool = True,
       defers: bool = False) -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, mc, access, resolver, access_map, holds, resolvable,
                      defers, cause)


_CONFIGURED: list[Configured] = [
    _c("conn-too-many-open", "CONN",
       "FEATURE(conncontrol) with its 'terminate' argument and the access DB entry 'ClientConn:127.0.0.1 1' (one open"
       " connection per client); run.py opens two connections from 127.0.0.1 to the instance and holds them for the"
       " whole run (Sendmail counts the new connection too, so the first is greeted and stays open, the second gets"
       " the 421 and is closed), so every sender's connection is over the limit: Sendmail's 421 at the greeting",
       _README + "'conncontrol' ('ClientConn:', the 'terminate' argument: a 421 and the connection closed); "
       + _PROTO + " (ConnControl: 'Too many open connections.')",
       mc=("FEATURE(`conncontrol', `', `terminate')",), access=("ClientConn:127.0.0.1\t1",), holds=2, defers=True),
    _c("conn-rdns-tempfail", "MAIL",
       "FEATURE(require_rdns); the instance's resolver answers SERVFAIL (the receiver's /etc/hosts has no line for"
       " 127.0.0.1), so the client address's PTR look-up fails temporarily (${client_resolve} TEMP): Sendmail's"
       " temporary refusal of a client whose address does not resolve",
       _README + "'require_rdns' (a temporary failure of the look-up: a temporary refusal); "
       + _PROTO + " (check_relay: TEMP, 'Client IP address ... does not resolve'); cf/feature/require_rdns.m4",
       mc=("FEATURE(`require_rdns')",), resolver="servfail", defers=True),
    _c("conn-rdns-forged", "MAIL",
       "FEATURE(require_rdns); the instance's resolver answers the PTR question of 127.0.0.1 with"
       f" forged-name.{SUFFIX},"
       " a name without an address record, so the reverse name does not resolve back to the client"
       " (${client_resolve} FORGED): Sendmail's temporary refusal of a possibly forged host name",
       _README + "'require_rdns' (a PTR name whose forward look-up does not give the address back: FORGED); "
       + _PROTO + " (check_relay: FORGED, 'Possibly forged hostname for ...'); " + _OP
       + "'${client_resolve}' (OK, FAIL, FORGED, TEMP)",
       mc=("FEATURE(`require_rdns')",), resolver="forged", defers=True),
    _c("conn-listed-enhdnsbl", "MAIL",
       f"FEATURE(enhdnsbl, {_DNSBL}) with its default message and match (any address record): the client address is"
       " listed in a DNS block list (served by the fake DNS: 127.0.0.2 for 1.0.0.127)",
       _README + "'enhdnsbl'; cf/feature/enhdnsbl.m4 (the default message 'Rejected: ... listed at ...');"
       " RFC 5782 section 5 (127.0.0.2)",
       mc=(f"FEATURE(`enhdnsbl', `{_DNSBL}')",)),
    _c("conn-access-tempfail", "MAIL",
       f"FEATURE(access_db) on a socket map that cannot be reached ({UNREACHABLE_MAP}: nothing listens there), with"
       " the -T<TMPF> flag cf/README asks for: the Connect: look-up of the client fails temporarily, and Sendmail"
       " answers with its temporary system failure text (an access map server down)",
       _README + "'access_db' (-T<TMPF>: 'a temporary failure of the map lookup' gives a temporary error);"
       " Sendmail 8.17.1 cf/m4/cfhead.m4 (_TMPFMSG_); " + _PROTO + " (check_relay); " + _OP + "'socket' maps",
       access_map=f"socket -T<TMPF> {UNREACHABLE_MAP}", defers=True),
    _c("mail-sender-tempfail", "MAIL",
       "FEATURE(accept_unresolvable_domains) absent: check_mail looks the sender's domain up, and the instance's"
       " resolver answers SERVFAIL: Sendmail's temporary refusal of a sender domain that does not resolve (now)",
       _README + "'accept_unresolvable_domains'; " + _PROTO + " (Basic_check_mail: TEMP, 'Domain of sender address"
       " ... does not resolve')",
       resolver="servfail", resolvable=False, defers=True),
    _c("mail-disk-space", "MAIL",
       "confMIN_FREE_BLOCKS 2000000000 (MinFreeBlocks: the queue's file system must keep that many blocks free, which"
       " no disk here has): Sendmail refuses every MAIL FROM for lack of disk space, temporarily",
       _OP + "5.6 'O -- Set Option' (MinFreeBlocks); " + _README + "confMIN_FREE_BLOCKS; " + _BIN
       + " ('452 4.4.5 Insufficient disk space; try again later')",
       mc=("define(`confMIN_FREE_BLOCKS', `2000000000')",), defers=True),
    _c("data-headers-large", "DATA",
       "confMAX_HEADERS_LENGTH 256 (MaxHeadersLength: the header block of a message may be 256 bytes at most); the"
       " kit's message's headers, with the sending MTA's Received: line, are longer: Sendmail refuses the message"
       " after the data",
       _OP + "5.6 'O -- Set Option' (MaxHeadersLength); " + _README + "confMAX_HEADERS_LENGTH; " + _BIN
       + " (collect: 'Headers too large')",
       mc=("define(`confMAX_HEADERS_LENGTH', `256')",)),
]

# Configured but dropped (none so far). A dropped case keeps its listener, so that the others keep the addresses their
# bounces show.
DROPPED: dict[str, str] = {}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT34: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def dns_names() -> dict[str, str]:
    """A records for the kit's DNS (topology.OTHER_HOSTS): enhdnsbl's list lists the client address 127.0.0.1
    (1.0.0.127.<zone>; 127.0.0.2, RFC 5782 section 5)."""
    return {f"1.0.0.127.{_DNSBL}": "127.0.0.2"}


def mounts(h: Configured | None) -> str:
    """The mounts of an instance's namespace after the kit's resolv.conf: the hosts file without 127.0.0.1, and the
    instance's own resolv.conf where it asks one of DNS_SERVERS."""
    out = f"mount --bind {HOSTS} /etc/hosts &&"
    if h is not None and h.resolver:
        out += f" mount --bind {ETC / f'resolv-{h.resolver}.conf'} /etc/resolv.conf &&"
    return out


def holds() -> list[tuple[str, int]]:
    """(address, count) of the connections run.py holds open from 127.0.0.1 for the whole run."""
    return [(ip, h.holds) for ip, h in by_ip().items() if h.holds]


def name(h: Configured) -> str:
    """The instance's name (its directories, its log name)."""
    return h.id


def mc(h: Configured, ip: str) -> str:
    """The .mc of one case's receiving instance."""
    d = ETC / name(h)
    access_map = h.access_map or f"hash -o -T<TMPF> {d}/access"
    lines = [
        "divert(-1)",
        f"# The receiving Sendmail of held-out set 34, instance {name(h)} (tools/real-mta/heldout34.py writes it)",
        "divert(0)dnl",
        f"VERSIONID(`whybounce held-out set 34, receiver {name(h)}')dnl",
        "OSTYPE(`linux')dnl",
        f"define(`confDOMAIN_NAME', `mx-{name(h)}.{SUFFIX}')dnl",
        "define(`confDONT_PROBE_INTERFACES', `True')dnl",
        f"define(`QUEUE_DIR', `{QUEUE / name(h)}')dnl",
        f"define(`ALIAS_FILE', `{d}/aliases')dnl",
        f"define(`STATUS_FILE', `{d}/statistics')dnl",
        f"define(`HELP_FILE', `{d}/helpfile')dnl",
        f"define(`confPID_FILE', `{d}/sendmail.pid')dnl",
        f"define(`confCW_FILE', `{d}/local-host-names')dnl",
        # queue-only keeps accepted mail in the queue (no queue runner)
        "define(`confDELIVERY_MODE', `queueonly')dnl",
        "define(`confTO_INITIAL', `20s')dnl",
        f"define(`LOCAL_MAILER_PATH', `{X}/sendmail-bin/usr/libexec/sendmail/mail.local')dnl",
        "define(`LOCAL_MAILER_ARGS', `mail.local -d $u')dnl",
        "FEATURE(`no_default_msa')dnl",
        "FEATURE(`use_cw_file')dnl",
        f"DAEMON_OPTIONS(`Family=inet, Name=R{ip.rsplit('.', 1)[1]}, Port=25, Addr={ip}')dnl",
        f"FEATURE(`access_db', `{access_map}')dnl",
    ]
    if h.resolvable:
        lines.append("FEATURE(`accept_unresolvable_domains')dnl")
    lines += [f"{line}dnl" for line in h.mc]
    lines += ["MAILER(`local')dnl", "MAILER(`smtp')dnl"]
    return "\n".join(lines) + "\n"


def write_receiver(wrap: Callable[[str], list[str]]) -> list[str]:
    """Write /etc/mail-rcv34/<case> (sendmail.cf, access DB, aliases), the hosts file, the resolv.conf files and the
    queues; return the listening addresses. ``wrap`` makes the command line that runs a shell command in the
    receiver's namespace (run.py's fake DNS and hosts file: outside it, Sendmail's lookup of its own name can hang)."""
    if ETC.exists():
        shutil.rmtree(ETC)
    if QUEUE.exists():
        shutil.rmtree(QUEUE)
    ETC.mkdir(parents=True)
    hosts = [ln for ln in Path("/etc/hosts").read_text().splitlines()
             if not ln.split("#", 1)[0].strip().startswith("127.0.0.1")]
    HOSTS.write_text("\n".join([*hosts, f"{FIRST_IP}\tmx.{SUFFIX} {socket.gethostname()}"]) + "\n")
    for resolver, (address, _) in DNS_SERVERS.items():
        (ETC / f"resolv-{resolver}.conf").write_text(f"nameserver {address}\noptions attempts:1 timeout:2\n")
    for ip, h in listeners().items():
        d = ETC / name(h)
        d.mkdir()
        q = QUEUE / name(h)
        q.mkdir(parents=True)
        q.chmod(0o700)
        (d / "sendmail.mc").write_text(mc(h, ip))
        with open(d / "sendmail.cf", "w") as cf:
            subprocess.run(["m4", f"-D_CF_DIR_={CF_DIR}/", f"{CF_DIR}/m4/cf.m4", str(d / "sendmail.mc")],
                           stdout=cf, check=True)
        (d / "local-host-names").write_text(f"{h.domain}\n")
        # user@ each case's domain is a local address filed into /dev/null, which no instance reaches (queue-only
        # delivery, no queue runner)
        (d / "aliases").write_text("postmaster: root\nuser: /dev/null\n")
        (d / "access").write_text("".join(f"{a}\n" for a in h.access))
        (d / "statistics").touch()
        cfp = str(d / "sendmail.cf")
        subprocess.run([MAKEMAP, "-C", cfp, "hash", str(d / "access")], stdin=open(d / "access"), check=True)
        done = subprocess.run(wrap(f"{SENDMAIL_BIN} -C {cfp} -bi"), capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise SystemExit(f"{name(h)}: newaliases failed: {done.stdout}{done.stderr}")
    return list(listeners())
