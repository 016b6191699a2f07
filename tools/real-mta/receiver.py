"""What the sets with a real receiving MTA (heldout17.py to heldout37.py) have in common, in one place.

Each of those sets configures a real MTA on the receiving side: a table of configured cases, one listening address
per case from the set's first address (dropped cases included, so that the others keep the addresses their bounces
show), and the cases whose files the set has (the table less its dropped ones). Every script used to repeat the same
small functions over its own table (``listeners``, ``by_ip``, ``_case``), the receiving Postfix instances (sets 17,
21, 22, 26, 27, 28 and 29) the same base main.cf and the same writing of an instance (its directories, main.cf,
master.cf, postconf and postmap), sets 22 and 29 the same Dovecot passwd-files and full mailboxes, and the
receiving Exims (sets 18 and 31) the same guarded ACL statements. They live
here once; each script keeps its own data: its cases, its dropped ones and the settings only its receiver needs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Generic

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import H, Heldout, addresses


class Deferring:
    """The base of a set's ``Configured`` case (before Heldout): whether the configured cause defers is the case's
    ``defers`` field, since its reply is the receiving MTA's own and not a scripted one that Heldout.temporary reads."""

    defers: bool  # a field of each set's Configured dataclass

    @property
    def temporary(self) -> bool:
        return self.defers


class Receiver(Generic[H]):
    """A set's configured cases on its receiving MTA's consecutive addresses from ``first_ip``, less the dropped
    ones (id -> why) for the cases the set has."""

    def __init__(self, first_ip: str, configured: Sequence[H], dropped: Mapping[str, str]) -> None:
        self.first_ip = first_ip
        self.configured = configured
        self.dropped = dropped

    def kept(self) -> list[H]:
        """The cases whose files the set has: the table less its dropped cases (the set's HELDOUTn table)."""
        return [h for h in self.configured if h.id not in self.dropped]

    def listeners(self) -> dict[str, H]:
        """Receiving server address -> configured case, dropped ones included (the receiver's listeners)."""
        return addresses(self.first_ip, self.configured)

    def by_ip(self) -> dict[str, Heldout]:
        """Receiving server address -> the configured case of the set it serves: the listeners less the dropped
        cases (a dropped case keeps its listener, so that the others keep the addresses their bounces show)."""
        return {ip: h for ip, h in self.listeners().items() if h.id not in self.dropped}

    def case(self, id: str) -> H:
        """The configured case with this id (dropped ones included)."""
        return next(h for h in self.configured if h.id == id)

    def ip(self, id: str) -> str:
        """The listening address of the case with this id."""
        return next(ip for ip, h in self.listeners().items() if h.id == id)


# The kit's short queue (tools/real-mta/postfix/setup.sh), for a receiving Postfix that sends reports of its own
QUEUE_SHORT: dict[str, str] = {
    "maximal_queue_lifetime": "2m",
    "bounce_queue_lifetime": "2m",
    "delay_warning_time": "1m",
    "queue_run_delay": "15s",
    "minimal_backoff_time": "15s",
    "maximal_backoff_time": "30s",
}

# A receiving Postfix's transports where every message is discarded (sets 17, 21, 26, 27): a message the receiver
# accepts by mistake leaves no file rather than a wrong one
DISCARD_ALL: dict[str, str] = {
    "local_transport": "discard:",
    "virtual_transport": "discard:",
    "relay_transport": "discard:",
    "default_transport": "discard:",
}


def postfix_main_cf(instance: str, suffix: str, queue: Path, data: Path, own: Mapping[str, str], *,
                    host: str = "mx", reports: bool = False) -> dict[str, str]:
    """main.cf of a receiving Postfix instance (sets 17, 21, 22, 26, 27, 28): its own name, queue, data directory
    and log, then the set's ``own`` settings in their order, then no TLS and Debian's biff and append_dot_mydomain.

    ``reports``: the instance sends mail of its own (bounces, probes) back to the senders' MTAs (sets 22 and 28),
    so it has an origin, the kit's short queue and no client TLS, and its inet_interfaces names only what its SMTP
    client's loop detection counts as its own (postconf(5) inet_interfaces; Postfix 3.7 src/smtp/smtp_connect.c
    checks destinations on port 25 only): with loopback-only (127.0.0.1), its reports to the sending Postfix on
    127.0.0.1:25 would bounce as "mail for 127.0.0.1 loops back to myself". Its listeners are master.cf's explicit
    addresses either way."""
    main = {
        "compatibility_level": "3.6",
        "queue_directory": str(queue),
        "data_directory": str(data),
        "syslog_name": instance,
        "maillog_file": f"/var/log/real-mta/{instance}.log",
        "myhostname": f"{host}.{suffix}",
        "mydomain": suffix,
    }
    if reports:
        main.update({"myorigin": f"{host}.{suffix}", "inet_interfaces": "[::1]", "inet_protocols": "all"})
    else:
        main.update({"inet_interfaces": "loopback-only", "inet_protocols": "ipv4"})
    main["mynetworks"] = "127.0.0.254/32"
    main.update(own)
    if reports:
        main.update({**QUEUE_SHORT, "smtp_tls_security_level": ""})
    main.update({"smtpd_tls_security_level": "", "smtpd_tls_cert_file": "", "smtpd_tls_key_file": "",
                 "biff": "no", "append_dot_mydomain": "no"})
    return main


def write_postfix(conf: Path, main: Mapping[str, str], master: Sequence[str], queue: Path, data: Path, *,
                  fresh: bool = False) -> None:
    """Write a receiving Postfix instance (sets 17, 21, 22, 26, 27, 28, 29): ``conf`` afresh with its main.cf and
    master.cf, no service chrooted (postconf -F), then its queue and data directories, the data directory the
    postfix user's. ``fresh``: the queue and data directories are emptied as well (no queue file, postscreen cache
    or verify result of an earlier run); otherwise what they hold is kept."""
    if conf.exists():
        shutil.rmtree(conf)
    conf.mkdir(parents=True)
    (conf / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in main.items()))
    (conf / "master.cf").write_text("\n".join(master) + "\n")
    subprocess.run(["postconf", "-c", str(conf), "-F", "*/*/chroot = n"], check=True)
    for d in (queue, data):
        if fresh and d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True, exist_ok=True)
    shutil.chown(data, "postfix", "postfix")


def postmap(conf: Path, *names: str) -> None:
    """Build the instance's hash tables of these names in ``conf`` (postmap(1), with the instance's main.cf)."""
    for name in names:
        subprocess.run(["postmap", "-c", str(conf), f"hash:{conf}/{name}"], check=True)


def dist_master() -> list[str]:
    """Debian's master.cf.dist without its default smtp listener: each receiving instance names its own addresses."""
    return [line for line in Path("/usr/share/postfix/master.cf.dist").read_text().splitlines()
            if not line.startswith("smtp      inet")]


def overrides(settings: Sequence[str]) -> str:
    """A case's ``settings`` ("name=value") as master.cf -o overrides."""
    return " ".join("-o {{ {} = {} }}".format(*s.split("=", 1)) for s in settings)


def postfix_master(servers: Mapping[str, Any], syslog: str) -> list[str]:
    """master.cf lines of a real receiving Postfix (sets 17, 21 and 22): dist_master(), then one smtpd per case on
    its own address, with the case's settings as -o overrides and its id in the syslog name."""
    master = dist_master()
    for ip, h in servers.items():
        master.append(f"{ip}:smtp inet n - n - - smtpd -o syslog_name={syslog}/{h.id} {overrides(h.settings)}")
    return master


def exim_acl(servers: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """The receiving Exim's ACL statements (sets 18 and 31): each case's ``acl`` (its verb, then its conditions and
    modifiers) with the case's guard first, so that the statement's other conditions are tested for its own
    messages only (its domain at RCPT, its listening address at DATA). Returns the RCPT and the DATA statements."""
    rcpt: list[str] = []
    data: list[str] = []
    for ip, h in servers.items():
        if not h.acl:
            continue
        verb, *rest = h.acl
        at_data = f"condition = ${{if eq{{$received_ip_address}}{{{ip}}}}}"
        guard = at_data if h.stage == "DATA" else f"domains = {h.domain}"
        (data if h.stage == "DATA" else rcpt).extend(
            [f"  # {h.id}", f"  {verb:6s}{guard}", *(f"        {line}" for line in rest)])
    return rcpt, data


def dovecot_passwd_files(users: Path, cases: Iterable[Any], mail: Path, *, unreadable: Any = None) -> None:
    """Dovecot's passdb and userdb of a receiving set (sets 22 and 29): one passwd-file per case's domain in
    ``users`` (user:password:uid:gid:gecos:home:shell:extra fields, the mail user's uid and gid 8), holding user@ the
    domain with the case's ``user`` extra fields, or only the domain's postmaster where the case's user does not exist
    (``user`` None); each file mode 0644, the ``unreadable`` case's 0600 (root's: Dovecot's auth process, the dovecot
    user, cannot read it)."""
    users.mkdir()
    for h in cases:
        user = "postmaster" if h.user is None else "user"
        f = users / h.domain
        f.write_text(f"{user}@{h.domain}:{{PLAIN}}unused:8:8::{mail / h.domain / user}::{h.user or ''}\n")
        f.chmod(0o600 if h is unreadable else 0o644)


def stored_message(maildir: Path, suffix: str) -> None:
    """A 4 kB message already stored in a Maildir user's cur/ (sets 22 and 29): over a 1K storage quota, at a
    1-message count quota."""
    cur = maildir / "cur"
    cur.mkdir(parents=True)
    body = "".join(f"Stored line {n:03d} of an earlier message, kept in the mailbox.\n" for n in range(64))
    (cur / "1700000000.M1P1.mx,S=4096:2,S").write_text(f"From: someone@{suffix}\nSubject: an earlier message\n\n{body}")


def greylistd_conf(socket: Path, owner: str, statefile: Path, tripletfile: Path) -> str:
    """greylistd's configuration (sets 31 and 32): Debian 12's /etc/greylistd/config's timeouts and data options, with
    the set's own socket, its owner (the MTA's user that asks it) and state files."""
    return f"""[timeouts]
retryMin     = 600
retryMax     = 28800
expire       = 5184000

[socket]
path         = {socket}
owner        = {owner}
mode         = 0660

[data]
update       = 600
statefile    = {statefile}
tripletfile  = {tripletfile}
savetriplets = true
singlecheck = false
singleupdate = false
"""
