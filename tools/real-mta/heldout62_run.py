#!/usr/bin/env python3
"""Make tests/fixtures/real-mta-heldout62 (set 62): Postfix 3.7's own local(8) delivery failures.

The set's table is heldout62.py (each case's alias target); this file runs it:

- Postfix: /etc/postfix-local-r60b, one smtpd on 127.0.45.9:25; the cases' domains are ``mydestination`` (local(8)
  delivers them, each recipient an alias of /etc/postfix-local-r60b/aliases, root's, so that commands and files run
  as ``default_privs``, nobody); the senders' domain is virtual(8) Maildirs, where Postfix's reports arrive.
- local(8)'s limits for the run: ``command_time_limit = 5s``, ``mailbox_size_limit = 20000`` (``message_size_limit``
  10000, which it may not be below); ``allow_mail_to_commands`` and ``allow_mail_to_files`` at their defaults (alias,
  forward). The queue's times are short so that a deferred case gives its delay notice and its final report within
  the run: ``delay_warning_time = 10s``, ``maximal_queue_lifetime = 45s``.

Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python3 tools/real-mta/heldout62_run.py --work /work/scratch/r60b/run --out <folder>
Each report reaching the sender's Maildir is filed as <folder>/local/<case>[-delay][-N].eml (a delay notice by its
``Action: delayed``).
"""

from __future__ import annotations

import os
import shutil
import smtplib
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout47_run import fresh_work, kit_arguments  # noqa: E402
from heldout62 import ADDRESS, HELDOUT62, SUFFIX, Local62  # noqa: E402
from listkit import maildir, wait_quiet  # noqa: E402
from receiver import dist_master, postmap, write_postfix  # noqa: E402
from run import file_case  # noqa: E402

CONF = Path("/etc/postfix-local-r60b")
QUEUE = Path("/var/spool/postfix-local-r60b")
DATA = Path("/var/lib/postfix-local-r60b")
SENDERS = f"senders.{SUFFIX}"
HOP = f"hop.{SUFFIX}"  # the forward-loop case's virtual alias domain


def sender(h: Local62) -> str:
    return f"sender.{h.id}@{SENDERS}"


def alias(h: Local62) -> str:
    return f"rcpt.{h.id}"


def rcpt(h: Local62) -> str:
    return f"{alias(h)}@{h.domain}"


def write_postfix_instance(work: Path) -> None:
    main = {
        "compatibility_level": "3.6", "queue_directory": str(QUEUE), "data_directory": str(DATA),
        "inet_interfaces": "loopback-only", "inet_protocols": "ipv4", "myhostname": f"mx.{SUFFIX}",
        "mydomain": SUFFIX, "myorigin": "$myhostname",
        # $myhostname too: aliases(5) qualifies a bare name with $myorigin, which the alias-loop case names
        "mydestination": ", ".join(["$myhostname", *(h.domain for h in HELDOUT62)]), "mynetworks": "127.0.0.0/8",
        "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "alias_maps": f"hash:{CONF}/aliases", "alias_database": f"hash:{CONF}/aliases",
        "local_recipient_maps": "$alias_maps", "syslog_name": "postfix-local-r60b",
        "maillog_file": str(work / "postfix.log"), "maillog_file_prefixes": "/var, /dev/stdout, /work/scratch",
        "virtual_mailbox_domains": SENDERS, "virtual_mailbox_maps": f"hash:{CONF}/mailboxes",
        "virtual_mailbox_base": str(work / "mail"), "virtual_uid_maps": "static:65534",
        "virtual_gid_maps": "static:65534", "virtual_minimum_uid": "100",
        "virtual_alias_domains": HOP, "virtual_alias_maps": f"hash:{CONF}/virtual",
        "smtp_host_lookup": "native", "disable_dns_lookups": "yes", "smtputf8_enable": "no", "biff": "no",
        "smtpd_tls_security_level": "", "smtp_tls_security_level": "", "notify_classes": "",
        "command_time_limit": "5s", "message_size_limit": "10000", "mailbox_size_limit": "20000",
        "delay_warning_time": "10s", "queue_run_delay": "3s", "minimal_backoff_time": "3s",
        "maximal_backoff_time": "6s", "maximal_queue_lifetime": "45s", "bounce_queue_lifetime": "45s",
        "default_privs": "nobody",
    }
    master = [*dist_master(), f"{ADDRESS}:smtp inet n - n - - smtpd"]
    write_postfix(CONF, main, master, QUEUE, DATA, fresh=True)
    files, ro = work / "files", work / "ro"
    for d in (files, ro):
        d.mkdir(parents=True, exist_ok=True)
    shutil.chown(files, "nobody", "nogroup")
    lines, virtual = [], []
    for h in HELDOUT62:
        t, a = h.target, alias(h)
        if t.startswith("|"):
            lines.append(f'{a}: "{t}"')
        elif t.startswith("file-ro:"):
            lines.append(f"{a}: {ro / t.split(':', 1)[1]}")
        elif t.startswith("maildir-ro:"):
            lines.append(f"{a}: {ro / t.split(':', 1)[1]}/")
        elif t.startswith("file-dir:"):
            d = files / t.split(":", 1)[1]
            d.mkdir(exist_ok=True)
            shutil.chown(d, "nobody", "nogroup")
            lines.append(f"{a}: {d}")
        elif t.startswith("file-full:"):
            full = files / t.split(":", 1)[1]
            full.write_text("".join(f"Line {i:05d} of earlier mail kept in the shared file.\n"
                                    for i in range(19000 // 48)))
            shutil.chown(full, "nobody", "nogroup")
            lines.append(f"{a}: {full}")
        elif t == "include-missing":
            lines.append(f"{a}: :include:{work / 'lists' / 'missing.list'}")
        elif t.startswith("include:"):
            entry = t.split(":", 1)[1]
            if entry.startswith("file:"):
                entry = str(files / entry.split(":", 1)[1])
            lst = work / f"{h.id}.list"
            lst.write_text(f'"{entry}"\n' if entry.startswith("|") else f"{entry}\n")
            lines.append(f"{a}: :include:{lst}")
        elif t == "fwd-loop":
            lines.append(f"{a}: {a}@{HOP}")
            virtual.append(f"{a}@{HOP} {rcpt(h)}")
        elif t == "alias-loop":
            lines += [f"{a}: {a}.second", f"{a}.second: {a}"]
        else:
            raise ValueError(t)
    (CONF / "aliases").write_text("".join(f"{line}\n" for line in lines))
    subprocess.run(["postalias", "-c", str(CONF), f"hash:{CONF}/aliases"], check=True)
    (CONF / "virtual").write_text("".join(f"{line}\n" for line in virtual))
    (CONF / "mailboxes").write_text("".join(f"{sender(h)} {sender(h).split('@')[0]}/\n" for h in HELDOUT62))
    postmap(CONF, "mailboxes", "virtual")
    (work / "mail").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "mail", "nobody", "nogroup")


def message(h: Local62) -> bytes:
    """The case's message as the sender's mail program would send it (its X-Case-Id naming the case)."""
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())
    head = [f"From: Sender <{sender(h)}>", f"To: <{rcpt(h)}>", f"Subject: Minutes of the meeting (X-Case-Id:"
            f" local/{h.id})", f"Date: {date}", f"Message-ID: <{h.id}.local.{int(time.time() * 1000)}@{SENDERS}>",
            f"X-Case-Id: local/{h.id}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii"]
    body = "Hello,\n\nthe minutes of Tuesday's meeting follow below.\n\n1. Budget: agreed.\n2. Next meeting: in" \
           " two weeks.\n\nRegards,\nthe sender\n"
    return ("\n".join(head) + "\n\n" + body).replace("\n", "\r\n").encode()


def submit(h: Local62, log: Path) -> None:
    """By SMTP to the instance's smtpd, with an ENVID naming the case (RFC 3461)."""
    with smtplib.SMTP(ADDRESS, 25, source_address=(ADDRESS, 0), timeout=60) as s:
        s.ehlo(f"client.{SENDERS}")
        refused = s.sendmail(sender(h), [rcpt(h)], message(h), mail_options=[f"ENVID=local.{h.id}"])
    with log.open("a") as f:
        f.write(f"sent {h.id}: refused {refused}\n")


def delayed(raw: bytes) -> bool:
    """A delay notice: its delivery-status part says ``Action: delayed`` (RFC 3464 section 2.3.3)."""
    return b"\nAction: delayed" in raw.replace(b"\r\n", b"\n")


def collect(work: Path, out: Path, log: Path) -> None:
    for h in HELDOUT62:
        box = maildir(work, sender(h))
        found = sorted(box.glob("*"), key=lambda p: p.stat().st_mtime) if box.exists() else []
        for p in found:
            raw = p.read_bytes()
            written = file_case(out, "local", h.id, raw, delayed(raw))
            with log.open("a") as f:
                f.write(f"{h.id}: {written}\n")
        if not found:
            with log.open("a") as f:
                f.write(f"{h.id}: NO REPORT\n")


def run(work: Path, out: Path) -> None:
    log = work / "run.log"
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    try:
        for h in HELDOUT62:
            submit(h, log)
        time.sleep(20)
        wait_quiet(CONF, work, 20, limit=300)
        collect(work, out, log)
    finally:
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the Maildirs, the files and lists the aliases name")
    a = ap.parse_args()
    fresh_work(a.work)
    a.work.chmod(0o755)
    os.umask(0o022)
    write_postfix_instance(a.work)
    run(a.work, a.out)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
