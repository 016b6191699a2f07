#!/usr/bin/env python3
"""Make tests/fixtures/list-managers/smartlist-*.eml: SmartList 3.15 (Debian 12's smartlist 3.15-26 on procmail
3.22) refusing and passing on posts, behind a Postfix 3.7 instance of its own (session 60's SmartList reader).

Not a held-out set: its cases are this file's CASES, chosen from SmartList's own scripts (.etc/rc.submit: a post from
an address not on the accept list answered with the list's accept.txt and forwarded to the maintainer with
"X-Diagnostic: Not on the accept list"; a post over size_limit forwarded to the maintainer; .etc/rc.request and
.bin/confirm: a subscription's confirmation request; help.txt), and the reader (formats/smartlist.py) was built
beside them.

- Postfix: /etc/postfix-list-l60 (the same instance as sympa_run.py, not run at the same time), smtpd on
  127.0.45.7:25; every address of the SmartList domain goes by a pipe transport to ``flist <local part>`` as the
  ``list`` user, as createlist's alias lines say; the readers' mail is delivered by virtual(8) into Maildirs.
- SmartList: one list per case made by .bin/createlist in /var/list (the package's only home: flist finds it by
  its owner), named l60-<case>; each list's rc.custom gets the case's settings and SENDMAIL = a wrapper that hands
  the mail to the instance by SMTP (sendmail -C is for root). The lists are removed at the end.

Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python3 tools/real-mta/smartlist_run.py --work /work/scratch/l60/sl --out <folder>
Each notice the case's reader receives is filed as <folder>/smartlist-<case>.eml (the Maildir copy).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import listkit  # noqa: E402
from heldout47_run import fresh_work, kit_arguments  # noqa: E402
from run import write_free  # noqa: E402
from sympa_run import CONF, POSTFIX_IP, READERS, write_postfix_instance  # noqa: E402

DOMAIN = "smartlist.l60.example"
HOME = Path("/var/list")
# the list's accept.txt: the maintainer writes it (none ships); rc.submit sends it, after the poster's own text
ACCEPT = ("Only subscribers of this list may post to it. Subscribe first by sending a message with the subject\n"
          "\"subscribe\" to the list's -request address.\n")


@dataclass(frozen=True)
class Case:
    action: str  # post, post-big, request
    readers: tuple[str, ...]  # whose mailboxes hold its notices: poster, maintainer, member, someone
    custom: dict[str, str] = field(default_factory=dict)  # rc.custom assignments ("" unsets)
    member: bool = False
    accept_txt: bool = False
    subject: str = ""


CASES: tuple[tuple[str, Case], ...] = (
    # (a second list for the maintainer's copy was tried and dropped: multigram's fuzzy match took its poster for its
    # member, whose address differs in one word, and the post was distributed)
    ("not-on-accept-list", Case("post", ("poster", "maintainer"), {"foreign_submit": ""}, accept_txt=True)),
    ("size-limit", Case("post-big", ("maintainer",), {"size_limit": "3000"}, member=True)),
    ("subscribe-confirm", Case("request", ("someone",), subject="subscribe")),
    ("help", Case("request", ("someone",), subject="help")),
    ("list-post", Case("post", ("member",), member=True)),
)

SENDMAIL = """#!/usr/bin/python3
import email.utils, smtplib, sys
from email.parser import BytesParser
args, data = sys.argv[1:], sys.stdin.buffer.read()
sender, rcpts, i = "", [], 0
while i < len(args):
    a = args[i]
    if a == "-f":
        sender, i = args[i + 1], i + 1
    elif a.startswith("-f"):
        sender = a[2:]
    elif not a.startswith("-"):
        rcpts.append(a)
    i += 1
if "-t" in args:
    h = BytesParser().parsebytes(data, headersonly=True)
    rcpts += [a for _, a in email.utils.getaddresses(h.get_all("to", []) + h.get_all("cc", []) + h.get_all("bcc", []))]
with smtplib.SMTP("{ip}", 25) as s:
    s.sendmail(sender, rcpts, data)
"""


def list_name(cid: str) -> str:
    return f"l60-{cid}"


def reader(cid: str, who: str) -> str:
    return f"{who}.{list_name(cid)}@{READERS}"


def write_instance(work: Path) -> None:
    """sympa_run.py's instance, the SmartList domain piped to ``flist <local part>``; a Maildir per reader."""
    boxes = [f"colleague@{READERS}"] + [reader(cid, who) for cid, _ in CASES
                                        for who in ("poster", "maintainer", "member", "someone")]
    write_postfix_instance(work, DOMAIN, "smartlist", f"flags=R user=list argv={HOME}/.bin/flist ${{user}}", boxes)


def make_list(work: Path, cid: str, c: Case) -> None:
    name = list_name(cid)
    if (HOME / name).exists():
        shutil.rmtree(HOME / name)
    subprocess.run(["runuser", "-u", "list", "--", f"{HOME}/.bin/createlist", name, reader(cid, "maintainer")],
                   cwd=HOME, check=True, capture_output=True)
    d = HOME / name
    members = [reader(cid, "member")] + ([reader(cid, "poster")] if c.member else [])
    (d / "dist").write_text("".join(f"{m}\n" for m in members))
    settings = {"SENDMAIL": str(work / "sendmail"), "domain": DOMAIN, "listaddr": f"{name}@{DOMAIN}",
                "listreq": f"{name}-request@{DOMAIN}", **c.custom}
    with (d / "rc.custom").open("a") as f:
        f.write("\n# tools/real-mta/smartlist_run.py\n")
        f.write("".join(f"{k}\n" if v == "" else f"{k}={v}\n" for k, v in settings.items()))
    if c.accept_txt:
        (d / "accept.txt").write_text(ACCEPT)
    subprocess.run(["chown", "-R", "list:list", str(d)], check=True)


sendmail = partial(listkit.sendmail, CONF)


def post(cid: str, c: Case, log: Path) -> None:
    sender, tag = reader(cid, "poster" if c.action != "request" else "someone"), f"smartlist/{cid}"
    to = f"{list_name(cid)}{'-request' if c.action == 'request' else ''}@{DOMAIN}"
    subject = c.subject or f"Minutes of the meeting (X-Case-Id: {tag})"
    body = "Hello all,\n\nthe minutes of Tuesday's meeting are below.\n\n" if c.action != "request" else "\n"
    if c.action == "post-big":
        body += "".join(f"Item {i:04d} of the minutes, kept for the record of the meeting.\n" for i in range(100))
    msg = listkit.post_message("smartlist", cid, sender, to, subject, body)
    sendmail(sender, [to], msg, log)


def run(work: Path, out: Path) -> None:
    log = work / "run.log"
    (work / "sendmail").write_text(SENDMAIL.replace("{ip}", POSTFIX_IP))
    (work / "sendmail").chmod(0o755)
    for cid, c in CASES:
        make_list(work, cid, c)
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    try:
        for cid, c in CASES:
            post(cid, c, log)
        listkit.wait_quiet(CONF, work, 10, limit=180)
        for cid, c in CASES:
            for who in c.readers:
                found = listkit.notices(work, reader(cid, who))
                with log.open("a") as f:
                    f.write(f"smartlist/{cid}: {len(found)} notice(s) for {who}\n")
                out.mkdir(parents=True, exist_ok=True)
                stem = f"smartlist-{cid}" + ("" if who == c.readers[0] else f"-{who}")
                for p in found:
                    write_free(out, stem, p.read_bytes())
    finally:
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)
        for cid, _ in CASES:
            shutil.rmtree(HOME / list_name(cid), ignore_errors=True)


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the instance's Maildirs, the log")
    a = ap.parse_args()
    fresh_work(a.work)
    a.work.chmod(0o755)
    write_instance(a.work)
    run(a.work, a.out)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
