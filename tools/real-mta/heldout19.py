"""The nineteenth held-out set: a REAL receiving Sendmail, configured so that a known cause makes it refuse or defer.

Set 17 put a second Postfix on the receiving side, set 18 a second Exim; this set puts Sendmail 8.17 there (the Debian
12 packages sendmail-bin and sendmail-cf that the kit already unpacks under /opt/x for the sending side). Sendmail's
options and FEATUREs act on the whole daemon, not on one listening address, so the receiver is a few Sendmail
daemons ("instances"), each with its own sendmail.cf built with m4 from its own .mc, its own queue, access DB,
aliases, statistics and pid file under /etc/mail-rcv19/<instance> and /var/spool/mqueue-rcv19/<instance>: one
instance carries every cause keyed on the recipient's domain (the local user table, the virtual user table, the
access DB's To: entries, relaying), and each cause that acts on the whole daemon (the access DB's From: and Connect:
entries, MaxMessageSize, FEATURE(dnsbl), FEATURE(require_rdns), the check_mail test of the sender's domain,
FEATURE(ratecontrol)) has an instance of its own. run.py starts them in the kit's DNS namespace, with an /etc/hosts
that has no line for 127.0.0.1 (so that the client's name comes from the fake DNS, which has no PTR record); each
listens on its cases' loopback addresses from 127.0.2.220 (the MX of the case's domain, under heldout19.example).

The reply text is whatever Sendmail really says; the label is the configured cause. A case's ``reply`` is empty;
``instance`` names the daemon that serves it, ``mc`` the lines of that daemon's .mc that make the cause (besides the
base every instance shares), ``access`` its access DB entries, ``virtuser`` its virtual user table entries,
``defers`` whether the configured cause is temporary, ``source`` the part of Sendmail's documentation (cf/README, the
"Sendmail Installation and Operation Guide" op.me, the cf/ m4 files of 8.17.1) that describes it. Every instance
keeps accepted mail in its queue (DeliveryMode queueonly, no queue runner), so a cause that fails to refuse leaves no
file rather than a wrong one.
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

SUFFIX = "heldout19.example"
FIRST_IP = "127.0.2.220"
ETC = Path("/etc/mail-rcv19")
QUEUE = Path("/var/spool/mqueue-rcv19")
HOSTS = ETC / "hosts"  # bind-mounted over /etc/hosts by run.py: no line for 127.0.0.1
X = "/opt/x"
SENDMAIL_BIN = f"{X}/sendmail-bin/usr/libexec/sendmail/sendmail"
MAKEMAP = f"{X}/sendmail-bin/usr/libexec/sendmail/makemap"
CF_DIR = f"{X}/sendmail-cf/usr/share/sendmail/cf"
_DNSBL = f"listed.{SUFFIX}"
_SENDERS = ("mta-pf.example", "mta-ex.example", "mta-os.example", "mta-sm.example")  # the kit's four
_README = "Sendmail 8.17.1 cf/README (Debian 12 sendmail-doc, /usr/share/doc/sendmail-doc/cf.README.gz), "
_OP = "Sendmail 8.17.1 Installation and Operation Guide (op.me; Debian 12 sendmail-doc, op/op.txt.gz), "
_PROTO = "Sendmail 8.17.1 cf/m4/proto.m4 (Debian 12 sendmail-cf)"


@dataclass(frozen=True)
class Configured(Deferring, Heldout):
    """A cause configured on a receiving Sendmail instance."""

    instance: str = "main"
    mc: tuple[str, ...] = ()  # lines of the instance's .mc that make the cause
    access: tuple[str, ...] = ()  # access DB entries (the instance's)
    virtuser: tuple[str, ...] = ()  # virtual user table entries (the main instance's)
    local: bool = False  # the domain is one of the instance's local domains (class w)
    defers: bool = False
    cause: str = ""  # the configured cause in words (the README's table)
    wording: str = "default"  # "default": Sendmail's own words; else where the administrator's words are quoted from


def _c(id: str, stage: str, instance: str, cause: str, source: str, *, mc: tuple[str, ...] = (),
       access: tuple[str, ...] = (), virtuser: tuple[str, ...] = (), local: bool = True, defers: bool = False,
       wording: str = "default") -> Configured:
    return Configured(id, stage, (), source, None, SUFFIX, instance, mc, access, virtuser, local, defers, cause,
                      wording)


def _d(id: str) -> str:
    return f"{id}.{SUFFIX}"


_CONFIGURED: list[Configured] = [
    # --- the main instance: causes keyed on the recipient's domain or address
    _c("rcpt-local-lookup", "RCPT", "main",
       "the domain is one of the receiver's local domains (class w) and no system user or alias 'user' exists: the"
       " local mailer has the 'w' flag, so the recipient is looked up at RCPT",
       _OP + "5.4 'M -- Define Mailer' (flag w: the user must have a valid account); " + _PROTO),
    _c("rcpt-table-nouser", "RCPT", "main",
       "the virtual user table maps the recipient to the error mailer with cf/README's example"
       " 'error:nouser 550 No such user here'",
       _README + "'virtusertable' (the error:nouser example)",
       virtuser=(f"user@{_d('rcpt-table-nouser')}\terror:nouser 550 No such user here",), local=False,
       wording=_README + "virtusertable: 'joe@bar.com error:nouser 550 No such user here'"),
    _c("rcpt-table-invalid", "RCPT", "main",
       "the virtual user table maps the recipient to the error mailer with cf/README's example"
       " 'error:5.7.0:550 Address invalid'",
       _README + "'virtusertable' (the error:D.S.N:code example)",
       virtuser=(f"user@{_d('rcpt-table-invalid')}\terror:5.7.0:550 Address invalid",), local=False,
       wording=_README + "virtusertable: 'jax@bar.com error:5.7.0:550 Address invalid'"),
    _c("rcpt-other-domain", "RCPT", "main",
       "the MX points at a server that serves the domain neither as local nor as virtual, has no FEATURE(relay_...)"
       " and no RELAY entry for it or for the client: the default relay check (check_rcpt) refuses",
       _README + "'ANTI-SPAM CONFIGURATION CONTROL' (relaying is denied by default); " + _PROTO, local=False),
    _c("rcpt-to-entry", "RCPT", "main",
       "FEATURE(blocklist_recipients) and the access DB entry 'To:user@<domain> REJECT' (an address of the domain"
       " that should not receive mail)", _README + "'blocklist_recipients', 'The access database' (REJECT)",
       mc=("FEATURE(`blocklist_recipients')",), access=(f"To:user@{_d('rcpt-to-entry')}\tREJECT",)),
    _c("rcpt-to-host-words", "RCPT", "main",
       "the access DB entry 'To:<domain> ERROR:\"550 That host does not accept mail\"' (cf/README's example for a"
       " host of one's own domain that takes no mail)", _README + "'blocklist_recipients' (To:host.my.TLD example)",
       access=(f"To:{_d('rcpt-to-host-words')}\tERROR:\"550 That host does not accept mail\"",),
       wording=_README + "blocklist_recipients: 'To:host.my.TLD ERROR:550 That host does not accept mail'"),
    _c("rcpt-to-quota-words", "RCPT", "main",
       "the access DB entry 'To:user@<domain> ERROR:4.2.2:450 mailbox full' (cf/README's example of a temporary"
       " access error with a matching enhanced code)", _README + "'The access database' (ERROR:D.S.N:code)",
       access=(f"To:user@{_d('rcpt-to-quota-words')}\tERROR:4.2.2:450 mailbox full",), defers=True,
       wording=_README + "'Use \"ERROR:4.2.2:450 mailbox full\" instead.'"),
    # --- one instance per cause that acts on the whole daemon
    _c("mail-from-entry", "MAIL", "fromtag",
       "the access DB entries 'From:<sender's domain> REJECT' for the kit's four senders' domains",
       _README + "'The access database' (From:, REJECT)",
       access=tuple(f"From:{s}\tREJECT" for s in _SENDERS)),
    _c("mail-from-words", "MAIL", "fromwords",
       "the access DB entries 'From:<sender's domain> ERROR:\"550 We don't accept mail from spammers\"' for the four"
       " senders' domains (cf/README's example)", _README + "'The access database' (From:, ERROR:)",
       access=tuple(f"From:{s}\tERROR:\"550 We don't accept mail from spammers\"" for s in _SENDERS),
       wording=_README + "'From:cyberspammer.com ERROR:\"550 We don't accept mail from spammers\"'"),
    _c("conn-client-entry", "CONN", "connect",
       "the access DB entry 'Connect:127.0.0.1 REJECT' (the client's address)",
       _README + "'The access database' (Connect:, REJECT)", access=("Connect:127.0.0.1\tREJECT",)),
    _c("mail-2k-cap", "MAIL-SIZE", "size",
       "MaxMessageSize 2048 (SIZE 2048 advertised); the message is about 3.5 kB",
       _OP + "5.6 'O -- Set Option' (MaxMessageSize); " + _README + "confMAX_MESSAGE_SIZE",
       mc=("define(`confMAX_MESSAGE_SIZE', `2048')",)),
    _c("conn-listed-zone", "CONN", "dnsbl",
       f"FEATURE(dnsbl, {_DNSBL}): the client address is listed in a DNS block list (served by the fake DNS:"
       " 127.0.0.2 for 1.0.0.127)", _README + "'dnsbl'; cf/feature/dnsbl.m4",
       mc=(f"FEATURE(`dnsbl', `{_DNSBL}')",)),
    _c("conn-reverse-name", "CONN", "rdns",
       "FEATURE(require_rdns): the client 127.0.0.1 has no PTR record (the fake DNS answers NXDOMAIN; the"
       " receiver's /etc/hosts has no line for it)", _README + "'require_rdns'; cf/feature/require_rdns.m4",
       mc=("FEATURE(`require_rdns')",)),
    _c("mail-sender-nx", "MAIL", "resolve",
       "FEATURE(accept_unresolvable_domains) absent: check_mail looks the sender's domain up, and the fake DNS"
       " answers NXDOMAIN for the kit's senders' domains",
       _README + "'accept_unresolvable_domains'; " + _PROTO + " (check_mail, 'Domain of sender address')"),
    _c("conn-rate-one", "CONN", "rate",
       "FEATURE(ratecontrol) with the access DB entry 'ClientRate:127.0.0.1 1' (one connection per"
       " ConnectionRateWindowSize, 60 s); run.py uses the one connection first",
       _README + "'ratecontrol'; " + _PROTO + " (check_relay, 'Connection rate limit exceeded')",
       mc=("FEATURE(`ratecontrol', `', `terminate')",), access=("ClientRate:127.0.0.1\t1",), defers=True),
]

# Configured but dropped: Sendmail's Relay_ok ruleset (cf/m4/proto.m4) answers RELAY for a client address 127.0.0.1
# ("originated locally") before any access DB or class R test, and the kit's senders all connect from 127.0.0.1, so the
# receiver relayed (it answered "250 2.1.5 ... Recipient ok"); the case is not sent, its listener stays (127.0.2.223)
# so that the other cases keep their addresses.
DROPPED: dict[str, str] = {"rcpt-other-domain": "Sendmail relays for a client 127.0.0.1 ('originated locally'),"
                                                " the address every sender of the kit connects from"}
_RECEIVER = Receiver(FIRST_IP, _CONFIGURED, DROPPED)  # listeners, by_ip and the set's cases: receiver.py
HELDOUT19: list[Configured] = _RECEIVER.kept()
listeners = _RECEIVER.listeners
by_ip = _RECEIVER.by_ip


def instances() -> dict[str, dict[str, Configured]]:
    """Instance name -> its listening addresses and cases, in table order."""
    out: dict[str, dict[str, Configured]] = {}
    for ip, h in listeners().items():
        out.setdefault(h.instance, {})[ip] = h
    return out


def mc(name: str) -> str:
    """The .mc of one receiving instance."""
    cases = instances()[name]
    d = ETC / name
    lines = [
        "divert(-1)",
        f"# The receiving Sendmail of held-out set 19, instance {name} (tools/real-mta/heldout19.py writes this file)",
        "divert(0)dnl",
        f"VERSIONID(`whybounce held-out set 19, receiver {name}')dnl",
        "OSTYPE(`linux')dnl",
        f"define(`confDOMAIN_NAME', `mx-{name}.{SUFFIX}')dnl",
        "define(`confDONT_PROBE_INTERFACES', `True')dnl",
        f"define(`QUEUE_DIR', `{QUEUE / name}')dnl",
        f"define(`ALIAS_FILE', `{d}/aliases')dnl",
        f"define(`STATUS_FILE', `{d}/statistics')dnl",
        f"define(`HELP_FILE', `{d}/helpfile')dnl",
        f"define(`confPID_FILE', `{d}/sendmail.pid')dnl",
        f"define(`confCW_FILE', `{d}/local-host-names')dnl",
        # queue-only keeps accepted mail in the queue (no queue runner); the main instance keeps Sendmail's default
        # (background), in which the local mailer's 'w' flag looks the local user up at RCPT
        *(["define(`confDELIVERY_MODE', `queueonly')dnl"] if name != "main" else []),
        "define(`confTO_INITIAL', `20s')dnl",
        f"define(`LOCAL_MAILER_PATH', `{X}/sendmail-bin/usr/libexec/sendmail/mail.local')dnl",
        "define(`LOCAL_MAILER_ARGS', `mail.local -d $u')dnl",
        "FEATURE(`no_default_msa')dnl",
        "FEATURE(`use_cw_file')dnl",
        *(f"DAEMON_OPTIONS(`Family=inet, Name=R{ip.rsplit('.', 1)[1]}, Port=25, Addr={ip}')dnl" for ip in cases),
        f"FEATURE(`access_db', `hash -o -T<TMPF> {d}/access')dnl",
    ]
    if name != "resolve":
        lines.append("FEATURE(`accept_unresolvable_domains')dnl")
    if any(h.virtuser for h in cases.values()):
        lines.append(f"FEATURE(`virtusertable', `hash -o {d}/virtusertable')dnl")
        lines += [f"VIRTUSER_DOMAIN(`{h.domain}')dnl" for h in cases.values() if h.virtuser]
    for h in cases.values():
        lines += [f"{line}dnl" for line in h.mc]
    lines += ["MAILER(`local')dnl", "MAILER(`smtp')dnl"]
    return "\n".join(lines) + "\n"


def write_receiver(wrap: Callable[[str], list[str]]) -> list[str]:
    """Write /etc/mail-rcv19/<instance> (sendmail.cf, access DB, aliases, virtual user table), the hosts file and
    the queues; return the listening addresses. ``wrap`` makes the command line that runs a shell command in the
    receiver's namespace (run.py's fake DNS and hosts file: outside it, Sendmail's lookup of its own name can hang)."""
    if ETC.exists():
        shutil.rmtree(ETC)
    if QUEUE.exists():
        shutil.rmtree(QUEUE)
    ETC.mkdir(parents=True)
    hosts = [ln for ln in Path("/etc/hosts").read_text().splitlines()
             if not ln.split("#", 1)[0].strip().startswith("127.0.0.1")]
    HOSTS.write_text("\n".join([*hosts, f"{FIRST_IP}\tmx-main.{SUFFIX} {socket.gethostname()}"]) + "\n")
    for name, cases in instances().items():
        d = ETC / name
        d.mkdir()
        q = QUEUE / name
        q.mkdir(parents=True)
        q.chmod(0o700)
        (d / "sendmail.mc").write_text(mc(name))
        with open(d / "sendmail.cf", "w") as cf:
            subprocess.run(["m4", f"-D_CF_DIR_={CF_DIR}/", f"{CF_DIR}/m4/cf.m4", str(d / "sendmail.mc")],
                           stdout=cf, check=True)
        local = [h.domain for h in cases.values() if h.local]
        (d / "local-host-names").write_text("".join(f"{x}\n" for x in local))
        # the main instance has no alias 'user' (rcpt-local-lookup); the others file it into /dev/null, which they
        # never reach (queue-only delivery, no queue runner)
        (d / "aliases").write_text("postmaster: root\n" + ("" if name == "main" else "user: /dev/null\n"))
        (d / "access").write_text("".join(f"{a}\n" for h in cases.values() for a in h.access))
        (d / "statistics").touch()
        cfp = str(d / "sendmail.cf")
        subprocess.run([MAKEMAP, "-C", cfp, "hash", str(d / "access")], stdin=open(d / "access"), check=True)
        virt = [v for h in cases.values() for v in h.virtuser]
        if virt:
            (d / "virtusertable").write_text("".join(f"{v}\n" for v in virt))
            subprocess.run([MAKEMAP, "-C", cfp, "hash", str(d / "virtusertable")], stdin=open(d / "virtusertable"),
                           check=True)
        done = subprocess.run(wrap(f"{SENDMAIL_BIN} -C {cfp} -bi"), capture_output=True, text=True, timeout=60)
        if done.returncode:
            raise SystemExit(f"{name}: newaliases failed: {done.stdout}{done.stderr}")
    return list(listeners())
