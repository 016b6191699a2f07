#!/usr/bin/env python3
"""Make tests/fixtures/list-managers/sympa-*.eml: Sympa 6.2.70 (Debian 12's sympa 6.2.70~dfsg-2+deb12u2) refusing,
holding and passing on posts and commands, behind a Postfix 3.7 instance of its own (session 60's Sympa reader).

Not a held-out set: its cases are this file's CASES, chosen from Sympa's own texts (mail_tt2/
delivery_status_notification.tt2's statuses, report.tt2's 'auth' reasons the send scenarios name, reject.tt2,
message_report.tt2, moderate.tt2, command_report.tt2), and the reader (formats/sympa.py) was built beside them.

- Postfix: /etc/postfix-list-l60, smtpd on 127.0.45.7:25; every address of the Sympa domain goes by a pipe transport
  to a two-line script that files the mail in this run's own incoming spool the way Sympa's queue(1) names it
  (Sympa::Spool::Incoming's "<local>@<domain>.<time>.<pid>,<rand>"): queue(1) reads only /etc/sympa/sympa/sympa.conf,
  and this run keeps to a sympa.conf of its own; the readers' mail is delivered by virtual(8) into Maildirs.
- Sympa: its own sympa.conf (SQLite, spools and list_data under --work, sendmail = the instance's sendmail(1)),
  sympa_msg.pl and bulk.pl in the foreground as the ``sympa`` user; lists written as list_data/<list>/config,
  members put in its subscriber_table.

Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python3 tools/real-mta/sympa_run.py --work /work/scratch/l60/run --out <folder>
Each notice the case's reader receives is filed as <folder>/sympa[-<lang>]-<case>.eml (the Maildir copy).
"""

from __future__ import annotations

import email
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import listkit  # noqa: E402
from heldout47_run import fresh_work, kit_arguments  # noqa: E402
from listkit import clear, maildir  # noqa: E402
from receiver import dist_master, postmap, write_postfix  # noqa: E402
from run import write_free  # noqa: E402

CONF = Path("/etc/postfix-list-l60")
QUEUE = Path("/var/spool/postfix-list-l60")
DATA = Path("/var/lib/postfix-list-l60")
POSTFIX_IP = "127.0.45.7"
DOMAIN, READERS = "sympa.l60.example", "readers.l60.example"
SYMPA_BIN = Path("/usr/lib/sympa/bin")


@dataclass(frozen=True)
class Case:
    action: str  # post, post-big, post-command, post-unknown, post-multipart, command, reject, subscribe
    reader: str  # whose mailbox holds the notice: poster, member, moderator, someone
    config: dict[str, str] = field(default_factory=dict)  # list config parameters (Sympa's list config file)
    member: bool = False  # the poster is a subscriber
    langs: tuple[str, ...] = ("en",)
    body: str = ""  # a command's body (action command)


ALL = ("en", "fr", "de", "ja")  # the languages this run's sympa.conf supports (supported_lang)
CASES: tuple[tuple[str, Case], ...] = (
    # delivery_status_notification.tt2, status 5.7.1 with report.tt2's 'auth' reasons the send scenarios give
    ("send-subscriber", Case("post", "poster", {"send": "private"}, langs=ALL)),  # send.private: send_subscriber
    ("send-closed", Case("post", "poster", {"send": "closed"}, member=True, langs=("en", "fr"))),  # send_closed
    ("send-editor", Case("post", "poster", {"send": "newsletter"}, member=True, langs=("en", "de"))),  # send_editor
    ("send-owner", Case("post", "poster", {"send": "owner"}, member=True)),  # send.owner: send_owner
    ("send-bcc", Case("post-bcc", "poster", {"send": "public_nobcc"}, member=True)),  # reject, no reason
    # status 5.2.3 (max_size), 5.6.0 (a command line in a post), 5.1.1 (no such list), 5.6.1 (no command)
    ("too-big", Case("post-big", "poster", {"send": "public", "max_size": "3000"}, member=True, langs=ALL)),
    ("command-in-post", Case("post-command", "poster", {"send": "public"}, member=True, langs=("en", "ja"))),
    ("unknown-list", Case("post-unknown", "poster")),
    ("no-command", Case("command", "poster", body="Could you tell me how this works?\n")),
    # command_report.tt2: a command for a list that does not exist
    ("command-unknown-list", Case("command", "poster", body="subscribe no-such-list\n")),
    # moderation: message_report.tt2 (moderating_message) to the poster, moderate.tt2 to the moderator, reject.tt2
    ("moderated", Case("post", "poster", {"send": "editorkey"}, member=True, langs=("en", "fr", "ja"))),
    ("moderate", Case("post", "moderator", {"send": "editorkey"}, member=True)),
    ("moderator-reject", Case("reject", "poster", {"send": "editorkey"}, member=True, langs=("en", "de", "ja"))),
    # session 60 (l60b): send.publickey's request_auth (send_auth.tt2: the poster asked to confirm the post), and
    # subscribe.auth's (request_auth.tt2: the subscriber asked to confirm, after command_report.tt2)
    ("confirm-post", Case("post", "poster", {"send": "publickey"}, member=True, langs=("en", "ja"))),
    ("subscribe-confirm", Case("subscribe", "someone", {"send": "public", "subscribe": "auth"}, langs=("en", "de"))),
    # not refusals: a list post, a subscription's welcome (welcome.tt2) and command report
    ("list-post", Case("post", "member", {"send": "public"}, member=True)),
    ("welcome", Case("subscribe", "someone", {"send": "public", "subscribe": "open"})),
)


def engine(lang: str) -> str:
    return "sympa" if lang == "en" else f"sympa-{lang}"


def list_name(cid: str, lang: str) -> str:
    return f"sy-{cid}-{lang}"


def list_address(cid: str, lang: str) -> str:
    return f"{list_name(cid, lang)}@{DOMAIN}"


def reader(cid: str, lang: str, who: str) -> str:
    return f"{who}.{list_name(cid, lang)}@{READERS}"


ONLY: set[str] = set()  # --case: the cases (<case> or <case>:<lang>) this run makes; empty: all


def every() -> list[tuple[str, Case, str]]:
    return [(cid, c, lang) for cid, c in CASES for lang in c.langs
            if not ONLY or cid in ONLY or f"{cid}:{lang}" in ONLY]


def write_postfix_instance(work: Path, domain: str, transport: str, pipe: str, boxes: list[str]) -> None:
    """The Postfix instance this runner and smartlist_run.py share (never at the same time): smtpd on POSTFIX_IP,
    every address of ``domain`` handed one at a time to the master.cf pipe service ``transport`` (``pipe``: its
    flags, user and argv), the readers' ``boxes`` delivered by virtual(8) into Maildirs under <work>/mail."""
    main = {
        "compatibility_level": "3.6", "queue_directory": str(QUEUE), "data_directory": str(DATA),
        "inet_interfaces": "loopback-only", "inet_protocols": "ipv4", "myhostname": "mx.l60.example",
        "mydomain": "l60.example", "myorigin": "$myhostname", "mydestination": "",
        "mynetworks": "127.0.0.0/8", "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "alias_maps": "", "alias_database": "", "syslog_name": "postfix-list-l60",
        "maillog_file": str(work / "postfix.log"), "maillog_file_prefixes": "/var, /dev/stdout, /work/scratch",
        "virtual_mailbox_domains": READERS, "virtual_mailbox_maps": f"hash:{CONF}/mailboxes",
        "virtual_mailbox_base": str(work / "mail"), "virtual_uid_maps": "static:65534",
        "virtual_gid_maps": "static:65534", "virtual_minimum_uid": "100",
        "relay_domains": domain, "transport_maps": f"hash:{CONF}/transport",
        f"{transport}_destination_recipient_limit": "1", "smtp_host_lookup": "native",
        "disable_dns_lookups": "yes", "smtpd_reject_unlisted_recipient": "no", "smtputf8_enable": "no", "biff": "no",
    }
    master = dist_master()
    master.append(f"{POSTFIX_IP}:smtp inet n - n - - smtpd")
    master.append(f"{transport} unix - n n - - pipe {pipe}")
    write_postfix(CONF, main, master, QUEUE, DATA, fresh=True)
    (CONF / "transport").write_text(f"{domain} {transport}:\n")
    (CONF / "mailboxes").write_text("".join(f"{b} {b.split('@')[0]}/\n" for b in boxes))
    postmap(CONF, "transport", "mailboxes")
    (work / "mail").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "mail", "nobody", "nogroup")


def write_instance(work: Path) -> None:
    """The instance with Sympa's domain piped to this run's inject script, and a Maildir for every case's readers."""
    boxes = [f"colleague@{READERS}", f"listmaster@{READERS}"]
    for cid, _c, lang in every():
        boxes += [reader(cid, lang, who) for who in ("poster", "owner", "moderator", "member", "someone")]
    write_postfix_instance(work, DOMAIN, "sympa", f"flags=R user=sympa argv={work}/sympa/inject ${{recipient}}", boxes)


SENDMAIL = """#!/usr/bin/python3
import smtplib, sys
args = sys.argv[1:]
sender = args[args.index("-f") + 1] if "-f" in args else ""
rcpts = args[args.index("--") + 1:]
with smtplib.SMTP("{ip}", 25) as s:
    s.sendmail(sender, rcpts, sys.stdin.buffer.read())
"""
SPOOLS = ("msg", "auth", "automatic", "bounce", "bulk", "digest", "moderation", "outgoing", "subscribe", "task",
          "topic", "tmp", "viewmail", "arc", "wwsbounce", "static")


def write_sympa(work: Path) -> Path:
    """sympa.conf of this run (Config/Schema.pm's names), its folders, the inject script; the config's path."""
    s = work / "sympa"
    for sub in ("etc", "list_data", *SPOOLS):
        (s / sub).mkdir(parents=True, exist_ok=True)
    (s / "etc" / "data_structure.version").write_text("# automatically created file\n6.2.70\n")
    # Sympa::Mailer runs "<sendmail> <sendmail_args> -f <sender> -- <rcpt>...": this one hands the mail to the
    # instance by SMTP (sendmail -C is for root: Sympa runs as its own user)
    (s / "sendmail").write_text(SENDMAIL.format(ip=POSTFIX_IP))
    # the queue(1) name: Sympa::Spool::Incoming's _marshal_format '%s@%s.%ld.%ld,%d'
    (s / "inject").write_text(f"#!/bin/sh\nf=\"$1.$(date +%s).$$,$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')\"\n"
                              f"cat > {s}/msg/T.$f && mv {s}/msg/T.$f \"{s}/msg/$f\"\n")
    for f in ("sendmail", "inject"):
        (s / f).chmod(0o755)
    conf = {
        "domain": DOMAIN, "listmaster": f"listmaster@{READERS}", "email": "sympa", "lang": "en",
        "supported_lang": ",".join(ALL), "db_type": "SQLite", "db_name": str(s / "sympa.sqlite"),
        "sendmail": str(s / "sendmail"), "sendmail_args": "-oi -odi -oem", "alias_manager": "/bin/true",
        "home": str(s / "list_data"), "etc": str(s / "etc"), "spool": str(s),
        "queue": str(s / "msg"), "queueauth": str(s / "auth"), "queueautomatic": str(s / "automatic"),
        "queuebounce": str(s / "bounce"), "queuebulk": str(s / "bulk"), "queuedigest": str(s / "digest"),
        "queuemod": str(s / "moderation"), "queueoutgoing": str(s / "outgoing"),
        "queuesubscribe": str(s / "subscribe"), "queuetask": str(s / "task"), "queuetopic": str(s / "topic"),
        "tmpdir": str(s / "tmp"), "viewmail_dir": str(s / "viewmail"), "arc_path": str(s / "arc"),
        "bounce_path": str(s / "wwsbounce"), "static_content_path": str(s / "static"),
        "css_path": str(s / "static" / "css"), "pictures_path": str(s / "static" / "pictures"),
        "log_level": "2", "process_archive": "off", "cache_list_config": "none",
    }
    path = s / "sympa.conf"
    path.write_text("".join(f"{k}\t{v}\n" for k, v in conf.items()))
    subprocess.run(["chown", "-R", "sympa:sympa", str(s)], check=True)
    return path


def make_list(s: Path, cid: str, c: Case, lang: str) -> None:
    d = s / "list_data" / list_name(cid, lang)
    d.mkdir(parents=True, exist_ok=True)
    # one paragraph per parameter, paragraphs apart by an empty line (Sympa::List::_load_list_config_file)
    paragraphs = [f"subject Minutes of the {cid} group", "status open", "visibility noconceal", f"lang {lang}",
                  *(f"{k} {v}" for k, v in c.config.items()),
                  f"owner\n  email {reader(cid, lang, 'owner')}\n  profile normal"]
    if c.config.get("send") in ("editorkey", "newsletter"):
        paragraphs.append(f"editor\n  email {reader(cid, lang, 'moderator')}")
    (d / "config").write_text("\n\n".join(paragraphs) + "\n")


def add_members(s: Path) -> None:
    """The members straight into Sympa's subscriber_table (its schema: Sympa::DatabaseDescription)."""
    now = int(time.time())
    with sqlite3.connect(s / "sympa.sqlite") as db:
        for cid, c, lang in every():
            for who in ["member"] + (["poster"] if c.member else []):
                db.execute(
                    "INSERT INTO subscriber_table (user_subscriber, list_subscriber, robot_subscriber,"
                    " date_epoch_subscriber, update_epoch_subscriber, reception_subscriber, visibility_subscriber,"
                    " subscribed_subscriber) VALUES (?,?,?,?,?,'mail','noconceal',1)",
                    (reader(cid, lang, who), list_name(cid, lang), DOMAIN, now, now))
            # owners and editors live in admin_table too (6.2 reads the config's owner/editor only when it makes a
            # list): without them moderate.tt2 goes to the listmaster ("No editor and owner defined")
            for role, who in [("owner", "owner")] + ([("editor", "moderator")] if c.config.get("send") in (
                    "editorkey", "newsletter") else []):
                db.execute(
                    "INSERT INTO admin_table (user_admin, list_admin, robot_admin, role_admin, date_epoch_admin,"
                    " update_epoch_admin, profile_admin, reception_admin, visibility_admin, subscribed_admin)"
                    " VALUES (?,?,?,?,?,?,'normal','mail','noconceal',1)",
                    (reader(cid, lang, who), list_name(cid, lang), DOMAIN, role, now, now))


sendmail = partial(listkit.sendmail, CONF)


def post(cid: str, c: Case, lang: str, log: Path) -> None:
    """The case's mail, its X-Case-Id naming engine and case (also in the Subject)."""
    sender, tag = reader(cid, lang, "poster"), f"{engine(lang)}/{cid}"
    to = f"sympa@{DOMAIN}" if c.action == "command" else \
        f"no-such-list-{lang}@{DOMAIN}" if c.action == "post-unknown" else list_address(cid, lang)
    subject = f"Minutes of the meeting (X-Case-Id: {tag})"
    body = c.body or "Hello all,\n\nthe minutes of Tuesday's meeting are below.\n\n"
    if c.action == "post-command":  # DoMessage::_check_command: a body of five lines at most, a line matching
        body = f"subscribe {list_name(cid, lang)}\n"  # misaddressed_commands_regexp ("subscribe\s+(\S+)", ...)
    if c.action == "post-big":
        body += "".join(f"Item {i:04d} of the minutes, kept for the record of the meeting.\n" for i in range(100))
    header_to = f"colleague@{READERS}" if c.action == "post-bcc" else to
    msg = listkit.post_message(engine(lang), cid, sender, header_to, subject, body)
    sendmail(sender, [to] + ([f"colleague@{READERS}"] if c.action == "post-bcc" else []), msg, log)


def _decoded(path: Path) -> str:
    """A notice's headers and its parts' decoded text: moderate.tt2 in Japanese is sent in base64."""
    msg = email.message_from_bytes(path.read_bytes())
    parts = [p.get_payload(decode=True) or b"" for p in msg.walk() if not p.is_multipart()]
    return str(msg) + "\n".join(b.decode("utf-8", "replace") for b in parts)


_REJECT = re.compile(r"REJECT\s+(\S+)\s+([0-9a-f]{16,})", re.I)


def act(work: Path, cid: str, c: Case, lang: str, log: Path) -> None:
    """After the post: the moderator's REJECT command (with the key moderate.tt2 gave), a subscription."""
    if c.action == "reject":
        moderator = reader(cid, lang, "moderator")
        keys = [m for p in maildir(work, moderator).glob("*") for m in _REJECT.findall(_decoded(p))]
        with log.open("a") as f:
            f.write(f"{engine(lang)}/{cid}: moderator keys {keys}\n")
        if keys:
            clear(work, reader(cid, lang, "poster"))
            name, key = keys[0]
            sendmail(moderator, [f"sympa@{DOMAIN}"], f"From: {moderator}\nTo: sympa@{DOMAIN}\nSubject: REJECT"
                     f" {name} {key}\n\nREJECT {name} {key}\n", log)
    elif c.action == "subscribe":
        someone = reader(cid, lang, "someone")
        sendmail(someone, [f"sympa@{DOMAIN}"], f"From: {someone}\nTo: sympa@{DOMAIN}\nSubject: subscribe"
                 f" {list_name(cid, lang)}\nX-Case-Id: {engine(lang)}/{cid}\n\nsubscribe {list_name(cid, lang)}"
                 " Some One\n", log)


PROBE = ('$Conf::sympa_config = shift; Conf::load($Conf::sympa_config, "no_db") or die "load";'
         ' Sympa::DatabaseManager::probe_db() or die "probe"; print "ok"')


def run(work: Path, out: Path, conf: Path) -> None:
    log, s = work / "run.log", conf.parent
    for cid, c, lang in every():
        make_list(s, cid, c, lang)
    subprocess.run(["chown", "-R", "sympa:sympa", str(s)], check=True)
    # the database's tables, as "sympa check" makes them (that command takes no --config)
    probe = subprocess.run(["runuser", "-u", "sympa", "--", "perl", "-I/usr/share/sympa/lib", "-MConf",
                            "-MSympa::DatabaseManager", "-e", PROBE, str(conf)], capture_output=True, text=True,
                           timeout=300)
    with log.open("a") as f:
        f.write(f"probe_db rc={probe.returncode} {probe.stdout} {probe.stderr[-2000:]}\n")
    add_members(s)
    daemons = [subprocess.Popen(["runuser", "-u", "sympa", "--", str(SYMPA_BIN / d), f"--config={conf}",
                                 "--foreground"], stdin=subprocess.DEVNULL, stdout=(work / f"{d}.log").open("w"),
                                stderr=subprocess.STDOUT) for d in ("sympa_msg.pl", "bulk.pl")]
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    busy = lambda: sum(1 for d in ("msg", "bulk") for p in (s / d).rglob("*")  # noqa: E731
                       if p.is_file() and "bad" not in p.parts)  # bad/: what Sympa could not process
    try:
        time.sleep(5)
        for cid, c, lang in every():
            if c.action != "subscribe":
                post(cid, c, lang, log)
        listkit.wait_quiet(CONF, work, 10, limit=240, busy=busy)
        for cid, c, lang in every():
            act(work, cid, c, lang, log)
        listkit.wait_quiet(CONF, work, 15, limit=240, busy=busy)
        for cid, c, lang in every():
            found = listkit.notices(work, reader(cid, lang, c.reader))
            with log.open("a") as f:
                f.write(f"{engine(lang)}/{cid}: {len(found)} notice(s) for {c.reader}\n")
            out.mkdir(parents=True, exist_ok=True)
            for p in found:
                write_free(out, f"{engine(lang)}-{cid}", p.read_bytes())
    finally:
        for p in daemons:
            p.terminate()
        for p in daemons:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the instance's Maildirs, Sympa's spools, the log")
    ap.add_argument("--case", action="append", default=[], help="only this case (<case> or <case>:<lang>); repeatable")
    a = ap.parse_args()
    ONLY.update(a.case)
    fresh_work(a.work)
    a.work.chmod(0o755)
    write_instance(a.work)
    conf = write_sympa(a.work)
    run(a.work, a.out, conf)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
