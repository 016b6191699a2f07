#!/usr/bin/env python3
"""Make set 59's notices (heldout59.py): mlmmj 1.3.0 and GNU Mailman 3.3.8 behind one Postfix 3.7 instance.

- Postfix: /etc/postfix-list59 (main.cf and master.cf written here; Debian's master.cf.dist without its smtp
  listener, then smtpd on 127.0.45.3:25 and mlmmj's pipe transport as mlmmj's README.postfix gives it), its queue in
  /var/spool/postfix-list59. Posts go in by its sendmail(1) (``sendmail -C``), so that a refusal Postfix finds is its
  own bounce to the poster; the readers' mail is delivered by virtual(8) into Maildirs under the scratch folder.
- mlmmj: one list folder per case and language under <work>/mlmmj (the folders mlmmj-make-ml makes, the language's
  list texts copied from /usr/share/mlmmj/text.skel, control/relayhost 127.0.45.3), owned by the ``list`` user the
  pipe runs as.
- Mailman 3: its own mailman.cfg (sqlite under <work>/mm, LMTP on 127.0.45.4:8024, SMTP out to 127.0.45.3:25, bounces
  registered every 5 s), run as the ``list`` user; lists made by ``mailman create``, set by ``mailman shell -r``
  with this file's mm_setup / mm_reject.

Run as root, under the kit's lock (the kit's loopback block):
  flock /work/scratch/kit.lock python tools/real-mta/heldout59_run.py --work /work/scratch/r58/run --out <folder>
Each notice the case's reader receives is filed as <folder>/<engine>/<case>.eml (the Maildir copy, as Postfix's
virtual(8) delivered it: Return-Path and Delivered-To on top). Both managers and Postfix are stopped at the end.
"""

from __future__ import annotations

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
from heldout59 import (  # noqa: E402
    CASES,
    GONE,
    MAILMAN_DOMAIN,
    MAILMAN_IP,
    MLMMJ_DOMAIN,
    POSTFIX_IP,
    READERS,
    RUNNABLE,
    engines,
    list_address,
    list_name,
    poster,
)
from listkit import clear, maildir, start_mailman, stop_mailman  # noqa: E402
from receiver import dist_master, postmap, write_postfix  # noqa: E402

CONF = Path("/etc/postfix-list59")
QUEUE = Path("/var/spool/postfix-list59")
DATA = Path("/var/lib/postfix-list59")
SKEL = Path("/usr/share/mlmmj/text.skel")


def reader(cid: str, engine: str, who: str) -> str:
    """The case's reader of that role (poster, moderator, owner): a mailbox of its own under READERS."""
    return poster(cid, engine) if who == "poster" else f"{who}.{list_name(cid, engine)}@{READERS}"


def write_instance(work: Path) -> None:
    """The Postfix instance (the module's docstring)."""
    main = {
        "compatibility_level": "3.6", "queue_directory": str(QUEUE), "data_directory": str(DATA),
        "inet_interfaces": "loopback-only", "inet_protocols": "ipv4", "myhostname": "mx.heldout59.example",
        "mydomain": "heldout59.example", "myorigin": "$myhostname", "mydestination": "",
        "mynetworks": "127.0.0.0/8", "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "alias_maps": "", "alias_database": "", "syslog_name": "postfix-list59",
        "maillog_file": str(work / "postfix.log"),
        "maillog_file_prefixes": "/var, /dev/stdout, /work/scratch", "recipient_delimiter": "+",
        "virtual_alias_domains": MLMMJ_DOMAIN, "virtual_alias_maps": f"hash:{CONF}/virtual",
        "propagate_unmatched_extensions": "canonical, virtual",
        "virtual_mailbox_domains": f"{READERS}, {GONE}", "virtual_mailbox_maps": f"hash:{CONF}/mailboxes",
        "virtual_mailbox_base": str(work / "mail"), "virtual_uid_maps": "static:65534",
        "virtual_gid_maps": "static:65534", "virtual_minimum_uid": "100",
        "relay_domains": MAILMAN_DOMAIN, "transport_maps": f"hash:{CONF}/transport",
        "mlmmj_destination_recipient_limit": "1", "smtp_host_lookup": "native", "lmtp_host_lookup": "native",
        "disable_dns_lookups": "yes", "smtpd_reject_unlisted_recipient": "no", "smtputf8_enable": "no", "biff": "no",
    }
    master = dist_master()
    master.append(f"{POSTFIX_IP}:smtp inet n - n - - smtpd")
    master.append("mlmmj unix - n n - - pipe flags=ORhu user=list argv=/usr/bin/mlmmj-receive -F -L"
                  f" {work}/mlmmj/$nexthop")
    write_postfix(CONF, main, master, QUEUE, DATA, fresh=True)
    virtual, transport = [], [f"{MAILMAN_DOMAIN} lmtp:[{MAILMAN_IP}]:8024"]
    boxes = [f"colleague@{READERS}"]
    for cid in RUNNABLE:
        for engine in engines(cid):
            boxes += [reader(cid, engine, who) for who in ("poster", "owner", "moderator", "member", "someone")]
            if RUNNABLE[cid].manager == "mlmmj" and RUNNABLE[cid].action != "post-nolist":
                name = list_name(cid, engine)
                virtual.append(f"{name}@{MLMMJ_DOMAIN} {name}@localhost.mlmmj")
                transport.append(f"{name}@localhost.mlmmj mlmmj:{name}")
    (CONF / "virtual").write_text("\n".join(virtual) + "\n")
    (CONF / "transport").write_text("\n".join(transport) + "\n")
    (CONF / "mailboxes").write_text("".join(f"{b} {b.split('@')[0]}/\n" for b in boxes))
    postmap(CONF, "virtual", "transport", "mailboxes")
    (work / "mail").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "mail", "nobody", "nogroup")


def make_mlmmj_list(work: Path, cid: str, engine: str) -> None:
    """A list folder as mlmmj-make-ml makes it, the case's control files, the language's texts, one subscriber."""
    name = list_name(cid, engine)
    d = work / "mlmmj" / name
    for sub in ("incoming", "queue", "queue/discarded", "archive", "text", "subconf", "unsubconf", "bounce",
                "control", "moderation", "subscribers.d", "digesters.d", "requeue", "nomailsubs.d"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    lang = "en" if engine == "mlmmj" else engine.split("-")[1]
    for f in (SKEL / lang).iterdir():
        shutil.copy(f, d / "text" / f.name)
    control = {"listaddress": f"{name}@{MLMMJ_DOMAIN}", "owner": reader(cid, engine, "owner"),
               "relayhost": POSTFIX_IP, "smtpport": "25", **RUNNABLE[cid].settings}
    if "moderators" in control:
        control["moderators"] = reader(cid, engine, "moderator")
    for key, value in control.items():
        (d / "control" / key).write_text(value + "\n" if value else "")
    (d / "subscribers.d" / "m").write_text(reader(cid, engine, "member") + "\n")
    (d / "index").write_text("0\n")
    subprocess.run(["chown", "-R", "list:list", str(d)], check=True)


MM_CFG = Path("/work/scratch/r58/mm/mailman.cfg")  # Mailman's folder: its var_dir must be the list user's
mailman = partial(listkit.mailman, MM_CFG)


def mm_setup(mlist: object, *settings: str) -> None:
    """Run by ``mailman shell -r``: set the list's attributes ("name=value"; actions by name, numbers, booleans)."""
    from mailman.config import config
    from mailman.interfaces.action import Action

    for s in settings:
        key, value = s.split("=", 1)
        parsed: object = (Action[value] if key.endswith("_action") else value == "True" if value in ("True", "False")
                          else int(value))
        setattr(mlist, key, parsed)
    mlist.admin_immed_notify = True  # type: ignore[attr-defined]
    mlist.respond_to_post_requests = True  # type: ignore[attr-defined]
    config.db.commit()


def mm_reject(mlist: object) -> None:
    """Run by ``mailman shell -r``: the moderator rejects every held post of the list, with a comment."""
    from mailman.app.moderator import handle_message
    from mailman.config import config
    from mailman.interfaces.action import Action
    from mailman.interfaces.requests import IListRequests, RequestType

    requests = IListRequests(mlist)
    for r in list(requests.of_type(RequestType.held_message)):
        handle_message(mlist, r.id, Action.reject, "Off topic for this list; please use the users' forum.")
    config.db.commit()


def make_mailman_list(cid: str, engine: str) -> None:
    c = RUNNABLE[cid]
    if c.action == "post-nolist":
        return
    address = list_address(cid, engine)
    mailman("create", "-o", reader(cid, engine, "owner"), address)
    settings = [f"{k}={v}" for k, v in c.settings.items()]
    mailman("shell", "-l", address, "-r", "heldout59_run.mm_setup", *settings)
    members = [reader(cid, engine, "member")]
    if c.action.endswith("member"):
        members.append(poster(cid, engine))
    if c.action == "bounce-member":
        members.append(f"former.{list_name(cid, engine)}@{GONE}")
    mailman("addmembers", "-W", "-", address, stdin="\n".join(members) + "\n")


def post(cid: str, engine: str, log: Path) -> None:
    """The case's post, in by the instance's sendmail(1), its X-Case-Id naming folder and case (also in the Subject,
    which most notices repeat: labels.check_label_in_bounce looks for it)."""
    c = RUNNABLE[cid]
    to = list_address(cid, engine)
    sender = poster(cid, engine)
    subject = f"Meeting notes (X-Case-Id: {engine}/{cid})"
    if c.action == "post-subject":
        subject = f"Special offer for members (X-Case-Id: {engine}/{cid})"
    header_to = f"colleague@{READERS}" if "bcc" in c.action else to
    if "cc-member" in c.action and "bcc" not in c.action:
        header_to += "".join(f", colleague{i}@{READERS}" for i in (1, 2))
    body = "Hello all,\n\nthe notes of Monday's meeting are below.\n\n"
    if "administrivia" in c.action:
        body = "unsubscribe\n\n" + body
    if c.action == "subscribe":  # a subscription request by mail (mlmmj's +subscribe address)
        to = to.replace("@", "+subscribe@")
        header_to, subject, body = to, f"subscribe (X-Case-Id: {engine}/{cid})", "subscribe\n"

    if "big" in c.action:
        body += "".join(f"Line {i:04d} of the minutes, kept for the record of the meeting.\n" for i in range(120))
    msg = (f"From: Poster <{sender}>\nTo: {header_to}\nSubject: {subject}\nX-Case-Id: {engine}/{cid}\n"
           f"Message-ID: <{cid}.{engine}.{int(time.time() * 1000)}@{READERS}>\n"
           f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}")
    sendmail(sender, [to] + ([f"colleague@{READERS}"] if "bcc" in c.action else []), msg, log)


sendmail = partial(listkit.sendmail, CONF)


def wait_quiet(work: Path, seconds: float = 6) -> None:
    listkit.wait_quiet(CONF, work, seconds, limit=90)


def mlmmj_cookie(work: Path, cid: str, engine: str) -> str:
    """The held post's cookie (its file name in the list's moderation folder)."""
    names = [p.name for p in (work / "mlmmj" / list_name(cid, engine) / "moderation").iterdir()
             if not p.name.endswith((".sending", ".omit", ".mailfrom", ".reciptto", ".subscribers"))]
    return names[0]


def act(work: Path, cid: str, engine: str, log: Path) -> None:
    """The case's action after the post: a moderator's rejection, an expiry, a bounce to the bounce address."""
    c = RUNNABLE[cid]
    name = list_name(cid, engine)
    if c.action == "reject" and c.manager == "mlmmj":
        clear(work, poster(cid, engine))
        cookie = mlmmj_cookie(work, cid, engine)
        mod = reader(cid, engine, "moderator")
        sendmail(mod, [f"{name}+reject-{cookie}@{MLMMJ_DOMAIN}"],
                 f"From: {mod}\nTo: {name}+reject-{cookie}@{MLMMJ_DOMAIN}\nSubject: reject\n\nreject\n", log)
    elif c.action == "reject":
        clear(work, poster(cid, engine))
        mailman("shell", "-l", list_address(cid, engine), "-r", "heldout59_run.mm_reject")
    elif c.action == "expire":
        clear(work, poster(cid, engine))
        time.sleep(3)
        subprocess.run(["runuser", "-u", "list", "--", "/usr/bin/mlmmj-maintd", "-F", "-L",
                        str(work / "mlmmj" / name)], check=False, timeout=60)
    elif c.action == "bounce-unrecognised":
        sender = reader(cid, engine, "someone")
        bounces = list_address(cid, engine).replace("@", "-bounces@")
        sendmail(sender, [bounces], f"From: A Reader <{sender}>\nTo: {bounces}\nSubject: Re: Meeting notes"
                 f" (X-Case-Id: {engine}/{cid})\nX-Case-Id: {engine}/{cid}\n\nPlease take me off this list, I"
                 " never asked to be on it.\n", log)


def run(work: Path, out: Path, only: set[str] | None) -> None:
    log = work / "run.log"
    # the set's cases, or those named (a dropped case too: heldout59.DROPPED_CASES)
    cases = [cid for cid in RUNNABLE if (cid in only if only else cid in CASES)]
    for cid in cases:
        for engine in engines(cid):
            if RUNNABLE[cid].manager == "mlmmj" and RUNNABLE[cid].action != "post-nolist":
                make_mlmmj_list(work, cid, engine)
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    mm = any(RUNNABLE[c].manager == "mailman3" for c in cases)
    try:
        if mm:
            start_mailman(MM_CFG, MAILMAN_IP)
            for cid in cases:
                if RUNNABLE[cid].manager == "mailman3":
                    make_mailman_list(cid, "mailman3")
        for cid in cases:
            for engine in engines(cid):
                if RUNNABLE[cid].action != "bounce-unrecognised":  # the owner's notice of the bounce alone
                    post(cid, engine, log)
        wait_quiet(work)
        for cid in cases:
            for engine in engines(cid):
                if RUNNABLE[cid].action in ("reject", "expire", "bounce-unrecognised"):
                    act(work, cid, engine, log)
        wait_quiet(work, 12 if mm else 6)
        for cid in cases:
            for engine in engines(cid):
                file_case(work, out, cid, engine, log)
    finally:
        if mm:
            stop_mailman(MM_CFG)
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)


def file_case(work: Path, out: Path, cid: str, engine: str, log: Path) -> None:
    from run import write_free

    c = RUNNABLE[cid]
    who = c.reader
    box = maildir(work, reader(cid, engine, who))
    dest = out / engine
    dest.mkdir(parents=True, exist_ok=True)
    found = sorted(box.glob("*"), key=lambda p: p.stat().st_mtime) if box.exists() else []
    with log.open("a") as f:
        f.write(f"{engine}/{cid}: {len(found)} notice(s) for {who}\n")
    for p in found:
        write_free(dest, cid, p.read_bytes())


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the instance's Maildirs, mlmmj's lists, the log")
    ap.add_argument("--case", default="", help="only these cases (comma-separated; a dropped case too)")
    a = ap.parse_args()
    fresh_work(a.work)  # (and SIGTERM ends the run through run()'s finally, which stops the managers and Postfix)
    a.work.chmod(0o755)
    listkit.write_mailman_cfg(MM_CFG, MAILMAN_DOMAIN, "r58", POSTFIX_IP, MAILMAN_IP)
    write_instance(a.work)
    run(a.work, a.out, set(filter(None, a.case.split(","))) or None)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
