"""What the runners of mailing-list managers behind a Postfix instance of their own have in common, in one place.

listmanagers_run.py (mlmmj and Mailman 3), sympa_run.py and smartlist_run.py (tests/fixtures/list-managers),
heldout59_run.py (set 59) and heldout60_run.py (set 60, Sympa and SmartList) each used to carry the same small
functions: a reader's Maildir under the scratch folder, a post by the instance's sendmail(1), waiting until the
instance is quiet; the mlmmj/Mailman runners also Mailman 3 run as the ``list`` user from a mailman.cfg of its own
(written, started, asked, stopped). They live here once, with the case's post as the three fixture runners write it
and the notices a reader's Maildir holds; each runner keeps its cases, its Postfix main.cf, its list folders and what
only its managers need (the ``mailman shell -r`` functions, Sympa's daemons and spools).

Only the standard library is imported: ``mailman shell -r <runner>.<function>`` imports the runner, and with it this
module, in Mailman's own Python.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def maildir(work: Path, address: str) -> Path:
    """Where virtual(8) delivers the address's mail: <work>/mail/<local part>/new (the mailboxes map's layout)."""
    return work / "mail" / address.split("@")[0] / "new"


def clear(work: Path, address: str) -> None:
    """Empty the address's Maildir (before an action whose notice is the one to keep)."""
    for p in maildir(work, address).glob("*"):
        p.unlink()


def sendmail(conf: Path, sender: str, rcpts: list[str], msg: str, log: Path) -> None:
    """Hand a message to the instance by its sendmail(1) (``sendmail -C``), as root; the outcome goes to the log."""
    r = subprocess.run(["/usr/sbin/sendmail", "-C", str(conf), "-f", sender, "--", *rcpts], input=msg.encode(),
                       capture_output=True, timeout=60)
    with log.open("a") as f:
        f.write(f"sendmail {sender} -> {rcpts}: rc={r.returncode} {r.stderr.decode()}\n")


def post_message(engine: str, cid: str, sender: str, to: str, subject: str, body: str) -> str:
    """A case's post as the runners write it: from "Poster <sender>", its ``X-Case-Id: <engine>/<cid>`` (the header the
    fixtures' labels are matched by), a Message-ID on the sender's domain naming case, engine and the time, the date
    now, plain UTF-8 text."""
    return (f"From: Poster <{sender}>\nTo: {to}\nSubject: {subject}\nX-Case-Id: {engine}/{cid}\n"
            f"Message-ID: <{cid}.{engine}.{int(time.time() * 1000)}@{sender.rpartition('@')[2]}>\n"
            f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}")


def notices(work: Path, address: str) -> list[Path]:
    """The messages in the address's Maildir, oldest first (none when nothing was delivered to it)."""
    box = maildir(work, address)
    return sorted(box.glob("*"), key=lambda p: p.stat().st_mtime) if box.exists() else []


def wait_quiet(conf: Path, work: Path, seconds: float, limit: float, busy: Callable[[], int] | None = None) -> None:
    """Until the instance's queue is empty, ``busy`` (a list manager's own spool, if given) says 0, and the Maildirs
    stopped changing for ``seconds`` (at most ``limit``)."""
    end = time.time() + limit
    last, since = -1, time.time()
    while time.time() < end:
        count = sum(1 for _ in (work / "mail").rglob("new/*"))
        queued = subprocess.run(["postqueue", "-c", str(conf), "-j"], capture_output=True, text=True).stdout.strip()
        if count != last or queued or (busy is not None and busy()):
            last, since = count, time.time()
        elif time.time() - since > seconds:
            return
        time.sleep(1)


# Mailman's own configuration (schema.cfg of 3.3.8 for the names): sqlite, its LMTP runner where Postfix hands the
# list domain, SMTP out to the Postfix instance, no archivers, bounces taken up and scored every few seconds
MAILMAN_CFG = """\
[mailman]
site_owner: siteadmin@{site}
noreply_address: noreply
default_language: en
layout: {layout}
[paths.{layout}]
var_dir: {mm}/var
queue_dir: $var_dir/queue
bin_dir: /usr/lib/mailman3/bin
list_data_dir: $var_dir/lists
log_dir: $var_dir/logs
lock_dir: $var_dir/locks
data_dir: $var_dir/data
cache_dir: $var_dir/cache
etc_dir: {mm}
ext_dir: $var_dir/ext
messages_dir: $var_dir/messages
archive_dir: $var_dir/archives
template_dir: $var_dir/templates
pid_file: $var_dir/master.pid
lock_file: $lock_dir/master.lck
[database]
class: mailman.database.sqlite.SQLiteDatabase
url: sqlite:///$DATA_DIR/mailman.db
[webservice]
hostname: {mailman_ip}
port: 8001
admin_user: restadmin
admin_pass: {layout}-test-only
[mta]
incoming: mailman.mta.null.NullMTA
outgoing: mailman.mta.deliver.deliver
smtp_host: {postfix_ip}
smtp_port: 25
lmtp_host: {mailman_ip}
lmtp_port: 8024
[archiver.prototype]
enable: no
[archiver.mhonarc]
enable: no
[archiver.mail_archive]
enable: no
[runner.nntp]
start: no
[bounces]
register_bounces_every: 5s
[runner.bounces]
sleep_time: 2s
"""


def write_mailman_cfg(cfg: Path, site: str, layout: str, postfix_ip: str, mailman_ip: str) -> None:
    """mailman.cfg (MAILMAN_CFG for this site) and an empty var folder (no list of an earlier run), all the list
    user's: Mailman runs as that user, and its var_dir must be its own."""
    mm = cfg.parent
    var = mm / "var"
    if var.exists():
        shutil.rmtree(var)
    var.mkdir(parents=True)
    cfg.write_text(MAILMAN_CFG.format(mm=mm, site=site, layout=layout, postfix_ip=postfix_ip, mailman_ip=mailman_ip))
    subprocess.run(["chown", "-R", "list:list", str(mm)], check=True)


def mailman(cfg: Path, *args: str, stdin: str | None = None) -> str:
    """One ``mailman`` command as the list user, this folder on its PYTHONPATH (for ``shell -r <runner>.<f>``)."""
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    r = subprocess.run(["runuser", "-u", "list", "--", "mailman", "-C", str(cfg), *args], input=stdin,
                       capture_output=True, text=True, env=env, timeout=120)
    if r.returncode:
        raise RuntimeError(f"mailman {args}: {r.stdout} {r.stderr}")
    return r.stdout


def start_mailman(cfg: Path, mailman_ip: str) -> None:
    """Mailman's master and runners, until its LMTP runner answers on mailman_ip:8024 (at most 60 s)."""
    # the master daemon keeps no pipe of ours open (its output goes to its log)
    subprocess.run(["runuser", "-u", "list", "--", "mailman", "-C", str(cfg), "start", "--force"],
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, timeout=60)
    end = time.time() + 60
    while time.time() < end:
        try:
            with socket.create_connection((mailman_ip, 8024), timeout=2):
                time.sleep(3)  # the other runners come up with it
                return
        except OSError:
            time.sleep(1)
    raise RuntimeError("Mailman's LMTP runner did not come up")


def stop_mailman(cfg: Path) -> None:
    """``mailman stop``, then until its master's pid file is gone (the runners exit after their current step; at
    most 30 s)."""
    subprocess.run(["runuser", "-u", "list", "--", "mailman", "-C", str(cfg), "stop"], check=False,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, timeout=60)
    pid = cfg.parent / "var" / "master.pid"
    for _ in range(30):
        if not pid.exists():
            break
        time.sleep(1)
