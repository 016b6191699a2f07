#!/usr/bin/env python3
"""Make set 60's notices (heldout60.py): Sympa 6.2.70 and SmartList 3.15 behind one Postfix 3.7 instance.

- Postfix: /etc/postfix-list60 (main.cf and master.cf written here; Debian's master.cf.dist without its smtp
  listener, then smtpd on 127.0.45.5:25, Sympa's two pipe transports as Sympa's Postfix set-up for a virtual domain
  gives them — ``queue`` for the lists and the robot, ``bouncequeue`` for the -owner and VERP addresses, chosen by a
  regexp transport map — and SmartList's flist as its QuickStart's aliases give it, behind a virtual alias table),
  its queue in /var/spool/postfix-list60. Posts go in by its sendmail(1) (``sendmail -C``, as root), so that a
  refusal Postfix finds is its own bounce to the poster; the readers' mail is delivered by virtual(8) into Maildirs
  under the scratch folder.
- The list managers' outgoing mail: Postfix's sendmail(1) and postdrop take another configuration directory from a
  non-root caller only where the DEFAULT instance's alternate_config_directories names it (the kit's instance, not
  touched here), so Sympa (user sympa) and SmartList (user list) are given <conf>/smtp-sendmail, a sendmail-compatible
  command written here that hands the message to the instance's smtpd on 127.0.45.5:25 (-f, -t and the recipients as
  sendmail(1) takes them), as a relayhost would.
- Sympa: its sympa.conf (written here: robot sympa.heldout60.example, sqlite database, languages en fr de ja,
  sendmail = smtp-sendmail, no alias manager), a fresh database (``sympa.pl --health_check``), empty spools, its
  sympa_msg.pl and bulk.pl daemons run in the foreground for the run; lists made by ``sympa create`` from the
  discussion_list template, their config set per case (heldout60.CASES), members by ``sympa add --quiet``.
- SmartList: lists made by ``createlist`` as the list user under /var/list (each case's list, removed first if an
  earlier run left it), rc.custom given the set's domain, addresses, sendmail and the case's settings; subscribers in
  its dist file.

Run as root, under the kit's lock (the kit's loopback block):
  flock /work/scratch/kit.lock python tools/real-mta/heldout60_run.py --work /work/scratch/r59/run --out <folder>
Each notice the case's reader receives is filed as <folder>/<engine>/<case>.eml (the Maildir copy, as Postfix's
virtual(8) delivered it: Return-Path and Delivered-To on top). Sympa's daemons and Postfix are stopped at the end.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import listkit  # noqa: E402
from heldout47_run import fresh_work, kit_arguments  # noqa: E402
from heldout60 import (  # noqa: E402
    CASES,
    LANGS,
    MEMBERS,
    POSTFIX_IP,
    READERS,
    SMARTLIST_DOMAIN,
    SYMPA_DOMAIN,
    engines,
    lang,
    list_address,
    list_name,
    member,
    poster,
)
from listkit import clear, maildir  # noqa: E402
from receiver import dist_master, postmap, write_postfix  # noqa: E402

CONF = Path("/etc/postfix-list60")
QUEUE = Path("/var/spool/postfix-list60")
DATA = Path("/var/lib/postfix-list60")
SHIM = CONF / "smtp-sendmail"
SYMPA_CONF = Path("/etc/sympa/sympa/sympa.conf")
SYMPA_DB = Path("/var/lib/sympa/heldout60.sqlite")
SYMPA_LISTS = Path("/var/lib/sympa/list_data")
SYMPA_SPOOL = Path("/var/spool/sympa")
SYMPA_BIN = Path("/usr/lib/sympa/bin")
SMARTLIST = Path("/var/list")
HOSTNAME = "mx.heldout60.example"

# a sendmail(1) for the list managers: the message from stdin to the instance's smtpd (module docstring)
SHIM_TEXT = f'''#!/usr/bin/python3
"""sendmail(1) as Sympa and SmartList call it (-f sender, -t, recipients; -o.. and -od.. options ignored), the
message handed to the Postfix instance's smtpd on {POSTFIX_IP}:25 (heldout60_run.py writes this file)."""
import email.utils, getpass, smtplib, sys
args, sender, use_t, rcpts = sys.argv[1:], None, False, []
i = 0
while i < len(args):
    a = args[i]
    if a in ("-f", "-F", "-N", "-R", "-V", "-C", "-B", "-r"):
        if a in ("-f", "-r"):
            sender = args[i + 1]
        i += 2
        continue
    if a.startswith(("-f", "-r")) and len(a) > 2:
        sender = a[2:]
    elif a == "-t":
        use_t = True
    elif a == "--":
        rcpts += args[i + 1:]
        break
    elif not a.startswith("-"):
        rcpts.append(a)
    i += 1
data = sys.stdin.buffer.read()
if use_t:
    msg = email.message_from_bytes(data)
    rcpts += [a for _, a in email.utils.getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])
                                                   + msg.get_all("Bcc", [])) if a]
if sender is None:
    sender = getpass.getuser() + "@{HOSTNAME}"
with smtplib.SMTP("{POSTFIX_IP}", 25, local_hostname="{HOSTNAME}", timeout=60,
                  source_address=("{POSTFIX_IP}", 0)) as s:
    s.sendmail(sender, rcpts, data)
'''


def reader(cid: str, engine: str, who: str) -> str:
    """The case's reader of that role (poster, moderator, owner, member): a mailbox of its own under READERS (the
    member's under MEMBERS)."""
    if who == "member":
        return member(cid, engine)
    return poster(cid, engine) if who == "poster" else f"{who}.{list_name(cid, engine)}@{READERS}"


def write_instance(work: Path) -> None:
    """The Postfix instance (the module's docstring)."""
    sympa_re = re.escape(SYMPA_DOMAIN)
    main = {
        "compatibility_level": "3.6", "queue_directory": str(QUEUE), "data_directory": str(DATA),
        "inet_interfaces": "loopback-only", "inet_protocols": "ipv4", "myhostname": HOSTNAME,
        "mydomain": "heldout60.example", "myorigin": "$myhostname", "mydestination": "",
        "mynetworks": "127.0.0.0/8", "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "alias_maps": "", "alias_database": "", "syslog_name": "postfix-list60",
        "maillog_file": str(work / "postfix.log"),
        "maillog_file_prefixes": "/var, /dev/stdout, /work/scratch", "recipient_delimiter": "+",
        "virtual_alias_domains": SMARTLIST_DOMAIN, "virtual_alias_maps": f"hash:{CONF}/virtual",
        "virtual_mailbox_domains": f"{READERS}, {MEMBERS}", "virtual_mailbox_maps": f"hash:{CONF}/mailboxes",
        "virtual_mailbox_base": str(work / "mail"), "virtual_uid_maps": "static:65534",
        "virtual_gid_maps": "static:65534", "virtual_minimum_uid": "100",
        "relay_domains": SYMPA_DOMAIN, "transport_maps": f"regexp:{CONF}/transport_regexp, hash:{CONF}/transport",
        "sympa_destination_recipient_limit": "1", "sympabounce_destination_recipient_limit": "1",
        "smartlist_destination_recipient_limit": "1", "smtp_host_lookup": "native", "disable_dns_lookups": "yes",
        "smtpd_reject_unlisted_recipient": "no", "smtputf8_enable": "no", "biff": "no",
        # the list managers' host is a trusted client: cleanup adds a missing Date: and Message-ID: to its mail, as
        # to local submissions (SmartList's replies, made by formail -rt, have neither)
        "local_header_rewrite_clients": "permit_mynetworks",
    }
    master = dist_master()
    master.append(f"{POSTFIX_IP}:smtp inet n - n - - smtpd")
    master.append("sympa unix - n n - - pipe flags=Rhu null_sender= user=sympa"
                  f" argv={SYMPA_BIN}/queue ${{recipient}}")
    master.append("sympabounce unix - n n - - pipe flags=Rhu null_sender= user=sympa"
                  f" argv={SYMPA_BIN}/bouncequeue ${{recipient}}")
    master.append(f"smartlist unix - n n - - pipe flags=R user=list argv={SMARTLIST}/.bin/flist ${{user}}")
    write_postfix(CONF, main, master, QUEUE, DATA, fresh=True)
    (CONF / "transport_regexp").write_text(f"/-owner@{sympa_re}$/ sympabounce:\n/^bounce\\+.*@{sympa_re}$/"
                                           f" sympabounce:\n/@{sympa_re}$/ sympa:\n")
    virtual, transport = [], ["localhost.smartlist smartlist:"]
    boxes = [f"colleague@{READERS}", f"listmaster@{READERS}"]
    for cid, c in CASES.items():
        for engine in engines(cid):
            boxes += [reader(cid, engine, who) for who in ("poster", "owner", "moderator", "member")]
            if c.manager == "smartlist" and c.action != "post-nolist":
                name = list_name(cid, engine)
                for local in (name, f"{name}-request"):
                    virtual.append(f"{local}@{SMARTLIST_DOMAIN} {local}@localhost.smartlist")
    (CONF / "virtual").write_text("\n".join(virtual) + "\n")
    (CONF / "transport").write_text("\n".join(transport) + "\n")
    (CONF / "mailboxes").write_text("".join(f"{b} {b.split('@')[0]}/\n" for b in boxes))  # (local parts unique)
    postmap(CONF, "virtual", "transport", "mailboxes")
    SHIM.write_text(SHIM_TEXT)
    SHIM.chmod(0o755)
    (work / "mail").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "mail", "nobody", "nogroup")


# --- Sympa

SYMPA_CONF_TEXT = f"""\
domain\t{SYMPA_DOMAIN}
listmaster\tlistmaster@{READERS}
lang\ten
supported_lang\t{",".join(LANGS)}
db_type\tSQLite
db_name\t{SYMPA_DB}
sendmail\t{SHIM}
sendmail_args\t-oi -odi -oem
alias_manager\t/bin/true
wwsympa_url\thttp://localhost/wws
static_content_path\t/usr/share/sympa/static_content
css_path\t/var/lib/sympa/css
css_url\t/css-sympa
pictures_path\t/var/lib/sympa/pictures
pictures_url\t/pictures-sympa
"""


def sympa(*args: str, stdin: str | None = None, check: bool = True) -> str:
    r = subprocess.run([str(SYMPA_BIN / "sympa"), *args], input=stdin, capture_output=True, text=True, timeout=180)
    if check and r.returncode:
        raise RuntimeError(f"sympa {args}: {r.stdout} {r.stderr}")
    return r.stdout + r.stderr


def sympa_fresh(work: Path) -> None:
    """sympa.conf, a fresh database, no list or spooled message of an earlier run."""
    SYMPA_CONF.write_text(SYMPA_CONF_TEXT)
    shutil.chown(SYMPA_CONF, "sympa", "sympa")
    SYMPA_DB.unlink(missing_ok=True)
    for cid, c in CASES.items():
        for engine in engines(cid):
            if c.manager == "sympa":
                shutil.rmtree(SYMPA_LISTS / list_name(cid, engine), ignore_errors=True)
    for p in SYMPA_SPOOL.rglob("*"):
        if p.is_file():
            p.unlink()
    r = subprocess.run([str(SYMPA_BIN / "sympa.pl"), "--health_check"], capture_output=True, text=True, timeout=300)
    (work / "sympa-health.log").write_text(r.stdout + r.stderr)
    if r.returncode:
        raise RuntimeError(f"sympa.pl --health_check: {r.stderr}")


def make_sympa_list(work: Path, cid: str, engine: str) -> None:
    """The list from the discussion_list template, then the case's parameters in its config, its members."""
    c = CASES[cid]
    name = list_name(cid, engine)
    xml = work / f"{name}.xml"
    xml.write_text(f"""<?xml version="1.0" ?>
<list>
<listname>{name}</listname>
<type>discussion_list</type>
<subject>Set 60 list {name}</subject>
<description>A list of whybounce's set 60 (loopback only)</description>
<status>open</status>
<topic>other</topic>
<owner multiple="1"><email>{reader(cid, engine, "owner")}</email></owner>
</list>
""")
    xml.chmod(0o644)
    sympa("create", f"--input_file={xml}")
    config = SYMPA_LISTS / name / "config"
    text = config.read_text()
    params = {"send": "public", **{k: v for k, v in c.settings.items() if k != "editor" and v is not None}}
    for key, value in params.items():
        text, n = re.subn(rf"(?m)^{key} .*$", f"{key} {value}", text)
        if not n:
            text += f"\n{key} {value}\n"
    text += f"\nlang {lang(engine)}\n"
    config.write_text(text)
    shutil.chown(config, "sympa", "sympa")
    members = [reader(cid, engine, "member")] + ([poster(cid, engine)] if c.action.endswith("member") else [])
    sympa("add", "--quiet", f"{name}@{SYMPA_DOMAIN}", stdin="\n".join(members) + "\n")
    if "editor" in c.settings:  # (6.2's editors are kept in the database, as the members: not the config file)
        sympa("add", "--quiet", "--role=editor", f"{name}@{SYMPA_DOMAIN}",
              stdin=reader(cid, engine, "moderator") + "\n")


def start_sympa(work: Path) -> list[subprocess.Popen[bytes]]:
    """sympa_msg.pl (incoming: lists, commands, moderation) and bulk.pl (outgoing), in the foreground."""
    procs = []
    for daemon in ("sympa_msg.pl", "bulk.pl"):
        log = (work / f"{daemon}.log").open("w")
        procs.append(subprocess.Popen([str(SYMPA_BIN / daemon), "--foreground"], stdout=log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL, start_new_session=True))
    time.sleep(5)
    return procs


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """The daemons this run started (by their process ids)."""
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=10)


# --- SmartList

def make_smartlist_list(cid: str, engine: str) -> None:
    """createlist as the list user, then rc.custom's set-up (the set's domain and addresses, the shim, the
    maintainer, the case's settings), the case's files and the dist file's subscribers."""
    c = CASES[cid]
    name = list_name(cid, engine)
    d = SMARTLIST / name
    if d.exists():
        shutil.rmtree(d)
    subprocess.run(["runuser", "-u", "list", "--", "sh", "-c", f"cd {SMARTLIST} && .bin/createlist {name}"
                    f" {reader(cid, engine, 'owner')}"], check=True, capture_output=True, timeout=60)
    lines = ["", "# heldout60_run.py: the set's domain, addresses and sendmail",
             f"domain = {SMARTLIST_DOMAIN}", f"listid = {name}.{SMARTLIST_DOMAIN}",
             f"listaddr = {name}@{SMARTLIST_DOMAIN}", f"listreq = {name}-request@{SMARTLIST_DOMAIN}",
             f"listdist = {name}-dist@{SMARTLIST_DOMAIN}", f"listmaster = listmaster@{READERS}",
             f"maintainer = {reader(cid, engine, 'owner')}", f"SENDMAIL = {SHIM}",
             'sendmailOPT = "$sendmailOPTnorm -f$listreq"']
    for key, value in c.settings.items():
        if key.startswith("file:"):
            text = reader(cid, engine, value) + "\n" if value in ("moderator", "owner") else str(value)
            (d / key[5:]).write_text(text)
        else:
            lines.append(key if value is None else f"{key} = {value}")
    with (d / "rc.custom").open("a") as f:
        f.write("\n".join(lines) + "\n")
    members = [reader(cid, engine, "member")] + ([poster(cid, engine)] if c.action.endswith("member") else [])
    (d / "dist").write_text("".join(f"{m}\n" for m in members))
    subprocess.run(["chown", "-R", "list:list", str(d)], check=True)


# --- the posts and the actions

def post(cid: str, engine: str, log: Path) -> None:
    """The case's post (or subscription request), in by the instance's sendmail(1), its X-Case-Id naming folder and
    case (also in the Subject, which most notices repeat: labels.check_label_in_bounce looks for it)."""
    c = CASES[cid]
    to = list_address(cid, engine)
    sender = poster(cid, engine)
    subject = f"Meeting notes (X-Case-Id: {engine}/{cid})"
    header_to = f"colleague@{READERS}" if c.action == "post-bcc" else to
    body = "Hello all,\n\nthe notes of Monday's meeting are below.\n\n"
    if c.action == "subscribe":  # a subscription request by mail: Sympa's robot address, SmartList's -request
        name = list_name(cid, engine)
        to = f"sympa@{SYMPA_DOMAIN}" if c.manager == "sympa" else f"{name}-request@{SMARTLIST_DOMAIN}"
        header_to = to
        subject = f"subscribe {name}" if c.manager == "sympa" else "subscribe"
        body = f"subscribe {name} A Reader\n" if c.manager == "sympa" else "subscribe\n"
    if "big" in c.action:
        body += "".join(f"Line {i:04d} of the minutes, kept for the record of the meeting.\n" for i in range(120))
    msg = (f"From: Poster <{sender}>\nTo: {header_to}\nSubject: {subject}\nX-Case-Id: {engine}/{cid}\n"
           f"Message-ID: <{cid}.{engine}.{int(time.time() * 1000)}@{READERS}>\n"
           f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}")
    sendmail(sender, [to] + ([f"colleague@{READERS}"] if c.action == "post-bcc" else []), msg, log)


sendmail = partial(listkit.sendmail, CONF)


def spooled() -> int:
    """Files in Sympa's incoming and outgoing spools (a message not yet handled)."""
    return sum(1 for sub in ("msg", "bulk/msg", "bulk/pct", "automatic", "bounce")
               for p in (SYMPA_SPOOL / sub).rglob("*") if p.is_file())


def wait_quiet(work: Path, seconds: float = 10) -> None:
    """Until the instance's queue and Sympa's spools are empty and the maildirs stopped changing for a while (at
    most 240 s)."""
    listkit.wait_quiet(CONF, work, seconds, limit=240, busy=spooled)


def sympa_key(cid: str, engine: str) -> str:
    """The held post's key: Sympa's moderation spool names it <list>@<domain>_<key> (the key the editor's notice
    gives in its REJECT command)."""
    name = list_name(cid, engine)
    keys = [p.name.rpartition("_")[2] for p in (SYMPA_SPOOL / "moderation").glob(f"{name}@{SYMPA_DOMAIN}_*")]
    if len(keys) != 1:
        raise RuntimeError(f"{len(keys)} held posts of {name}")
    return keys[0]


def act(work: Path, cid: str, engine: str, log: Path) -> None:
    """The case's action after the post: a moderator's rejection (Sympa's REJECT command by mail)."""
    if CASES[cid].action != "reject":
        return
    clear(work, poster(cid, engine))
    key = sympa_key(cid, engine)
    mod = reader(cid, engine, "moderator")
    robot = f"sympa@{SYMPA_DOMAIN}"
    sendmail(mod, [robot], f"From: {mod}\nTo: {robot}\nSubject: REJECT {list_name(cid, engine)} {key}\n\n"
             f"REJECT {list_name(cid, engine)} {key}\n", log)


def run(work: Path, out: Path, only: set[str] | None) -> None:
    log = work / "run.log"
    cases = [cid for cid in CASES if not only or cid in only]
    sympa_fresh(work)
    for cid in cases:
        for engine in engines(cid):
            if CASES[cid].action == "post-nolist":
                continue
            if CASES[cid].manager == "sympa":
                make_sympa_list(work, cid, engine)
            else:
                make_smartlist_list(cid, engine)
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs = start_sympa(work)
        for cid in cases:
            for engine in engines(cid):
                post(cid, engine, log)
        wait_quiet(work)
        for cid in cases:
            for engine in engines(cid):
                act(work, cid, engine, log)
        wait_quiet(work, 15)
        for cid in cases:
            for engine in engines(cid):
                file_case(work, out, cid, engine, log)
    finally:
        stop(procs)
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)


def file_case(work: Path, out: Path, cid: str, engine: str, log: Path) -> None:
    from run import write_free

    who = CASES[cid].reader
    box = maildir(work, reader(cid, engine, who))
    dest = out / engine
    found = sorted(box.glob("*"), key=lambda p: p.stat().st_mtime) if box.exists() else []
    with log.open("a") as f:
        f.write(f"{engine}/{cid}: {len(found)} notice(s) for {who}\n")
    if found:
        dest.mkdir(parents=True, exist_ok=True)
    for p in found:
        write_free(dest, cid, p.read_bytes())


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the instance's Maildirs, the list files, the logs")
    ap.add_argument("--case", default="", help="only these cases (comma-separated)")
    a = ap.parse_args()
    fresh_work(a.work)  # (and SIGTERM ends the run through run()'s finally, which stops Sympa and Postfix)
    a.work.chmod(0o755)
    write_instance(a.work)
    run(a.work, a.out, set(filter(None, a.case.split(","))) or None)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
