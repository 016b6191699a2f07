#!/usr/bin/env python3
"""Make set 51's bounces (heldout51.py): the kit's Postfix 3.7 (installed) and Exim 4.96 (Debian 12's package,
unpacked by tools/real-mta/exim/setup.sh) send set 47's known replies' cases, with their bounce text customised by an
administrator's template (heldout51.TEMPLATES, the files in heldout51-templates/):

- Postfix: tools/real-mta/postfix/setup.sh configures /etc/postfix as for every kit run (delay_warning_time 1m,
  maximal_queue_lifetime 2m); a copy of /etc/postfix with ``bounce_template_file`` set (postconf -c) and the template
  is bind-mounted over /etc/postfix in the kit's DNS namespace (run.in_namespace) where ``postfix start`` runs, so the
  installed configuration itself is not changed. One round per Postfix template (the bounce daemon reads the file
  when it starts). The Japanese template is written in ISO-2022-JP with its "$" bytes doubled (bounce(5)) and its
  Subject as an RFC 2047 encoded-word (template headers are ASCII only).
- Exim: tools/real-mta/exim/setup.sh installs the kit's exim4.conf; a copy with ``bounce_message_file`` and
  ``warn_message_file`` (the files copied to /etc/exim4-real-mta/, the kit's own folder) is bind-mounted over
  /etc/exim4/exim4.conf in the namespace of ``exim -bdf -q15s`` (delay_warning 1m, retry F,2m,15s).

Each case is sent by SMTP to the sending MTA (alice@<its domain> to user@<case domain>, no NOTIFY: failures and
delays are reported, the MTAs' default), the case's fake server (127.0.43.x, fake_smtp.py) refuses, and the bounces
and delay notices land in alice's maildir (cases.MTAS), filed as <out>/<template>/<case>[-delay].eml by the
X-Case-Id (<template>/<case>) of the original they return.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout51_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the MTAs, and stops them all (checked with pgrep) at the end.
"""

from __future__ import annotations

import email.header
import email.utils
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47_run import kit_arguments, kit_session, send_logged, wait_for_reports  # noqa: E402
from heldout51 import HELDOUT51, TEMPLATES  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402

TEMPLATE_DIR = HERE / "heldout51-templates"
EXIM_ETC = Path("/etc/exim4-real-mta")  # made by exim/setup.sh, readable by the Exim user
# The rounds: the templates used together (one Postfix template per round: its bounce daemon reads one file)
ROUNDS = (("postfix-custom", "exim-custom"), ("postfix-ja",))
MAX_WAIT = 600  # seconds a round waits for its reports (Postfix and Exim give up on a 4xx after 2 min)


def recipient(h: Heldout) -> str:
    """The case's recipient, at its domain (the fake DNS points the domain's MX at the case's fake server)."""
    return f"user@{h.domain}"


def original(folder: str, h: Heldout, sender: str) -> bytes:
    """The message sent: the X-Case-Id header names template and case (labels.check_label_in_bounce looks for it)."""
    lines = [f"From: {sender}", f"To: {recipient(h)}", f"Subject: set 51, case {h.id}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{h.id}.{folder}@set51.heldout51.example>",
             f"X-Case-Id: {folder}/{h.id}", "", "A test message of whybounce's set 51 (loopback only).", ""]
    return "\r\n".join(lines).encode()


def iso2022jp_template(text: str) -> bytes:
    """A UTF-8 Postfix template as ISO-2022-JP: each Subject an RFC 2047 encoded-word, every "$" byte of the JIS
    runs doubled (in the text "$" starts a parameter, "$$" gives one; bounce(5))."""
    text = re.sub(r"^Subject: (.+)$",
                  lambda m: "Subject: " + email.header.Header(m[1], "iso-2022-jp").encode(maxlinelen=998),
                  text, flags=re.MULTILINE)
    return b"".join(part.encode("ascii") if part.isascii() else part.encode("iso-2022-jp").replace(b"$", b"$$")
                    for part in re.split(r"([^\x00-\x7f]+)", text))


def postfix_etc(work: Path, folder: str) -> Path:
    """A copy of the kit's /etc/postfix with the template of ``folder`` as its bounce_template_file."""
    etc = work / f"etc-{folder}"
    shutil.copytree("/etc/postfix", etc, symlinks=True)
    (name,) = TEMPLATES[folder][1]
    text = (TEMPLATE_DIR / name).read_text(encoding="utf-8")
    (etc / "heldout51-bounce.cf").write_bytes(iso2022jp_template(text) if folder.endswith("-ja") else text.encode())
    subprocess.run(["postconf", "-c", str(etc), "-e", "bounce_template_file = /etc/postfix/heldout51-bounce.cf"],
                   check=True)
    return etc


def exim_conf(work: Path, folder: str) -> Path:
    """The kit's exim4.conf with bounce_message_file and warn_message_file (copied into EXIM_ETC) in its main
    section."""
    bounce, warn = TEMPLATES[folder][1]
    for name in (bounce, warn):
        shutil.copy(TEMPLATE_DIR / name, EXIM_ETC / f"heldout51-{name}")
        (EXIM_ETC / f"heldout51-{name}").chmod(0o644)
    conf = (HERE / "exim" / "exim4.conf").read_text()
    extra = (f"bounce_message_file = {EXIM_ETC}/heldout51-{bounce}\n"
             f"warn_message_file = {EXIM_ETC}/heldout51-{warn}\n\n")
    path = work / f"exim4-{folder}.conf"
    path.write_text(conf.replace("begin acl\n", extra + "begin acl\n", 1))
    return path


def submit(folder: str, h: Heldout, log: Path) -> None:
    """Send case ``h`` to the template's MTA by SMTP."""
    mta = MTAS[TEMPLATES[folder][0]]
    sender = f"alice@{mta.domain}"
    send_logged(mta.port, sender, [recipient(h)], original(folder, h, sender), log, f"{folder} {h.id}")


def expected(folder: str) -> int:
    """Reports a template's round should bring: one bounce per case, one delay notice per temporary case."""
    return len(HELDOUT51) + sum(h.temporary for h in HELDOUT51)


def file_reports(folder: str, out: Path) -> list[str]:
    """File the reports in the MTA's mailbox for alice as <out>/<folder>/<case>[-delay][-N].eml."""
    mta = MTAS[TEMPLATES[folder][0]]
    (out / folder).mkdir(parents=True, exist_ok=True)  # the folder stands even when the round brought nothing
    written = []
    for i, raw in enumerate(read_mailbox(Path(mta.mailbox))):
        m = re.search(rb"X-Case-Id: ([a-z-]+)/([a-z0-9-]+)", raw)
        if not m or m[1].decode() != folder:
            (out / f"unmatched-{folder}-{i:02d}.eml").write_bytes(raw)
            continue
        written.append(run.file_case(out, folder, m[2].decode(), raw, run.kind_of(raw) == "delay"))
    return written


def one_round(folders: tuple[str, ...], work: Path, out: Path, log: Path) -> None:
    """Start the MTAs with the round's templates, send every case to each, wait for the reports, file them, stop."""
    procs = run.Processes()
    try:
        for folder in folders:
            mta = MTAS[TEMPLATES[folder][0]]
            subprocess.run([str(HERE / mta.name / "setup.sh")], check=True, capture_output=True)
            if mta.name == "postfix":
                etc = postfix_etc(work, folder)
                subprocess.run(run.in_namespace("postfix start", f"mount --bind {etc} /etc/postfix &&"), check=True)
                procs.postfix = True
            else:
                conf = exim_conf(work, folder)
                procs.start("exim-set51", run.in_namespace(f"{run.EXIM_BIN} -bdf -q15s",
                                                           f"mount --bind {conf} /etc/exim4/exim4.conf &&"))
            run.wait_port(mta.port, 120)
            run.clear_mailbox(mta)
        for folder in folders:
            for h in HELDOUT51:
                submit(folder, h, log)
        # (20 s more: a late second delay notice would be filed too)
        start = wait_for_reports(lambda: all(len(read_mailbox(Path(MTAS[TEMPLATES[f][0]].mailbox))) >= expected(f)
                                             for f in folders), MAX_WAIT, 20)
        for folder in folders:
            files = file_reports(folder, out)
            with log.open("a") as f:
                print(f"{folder}: {len(files)} reports filed after {time.time() - start:.0f} s", file=f)
    finally:
        procs.stop_all()


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (configuration copies, logs)")
    ap.add_argument("--round", default="", help="comma-separated templates of one round (default: every round)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    rounds = (tuple(args.round.split(",")),) if args.round else ROUNDS
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master") as kit:  # (each round starts and stops its MTAs)
        for folders in rounds:
            one_round(folders, work, out, kit.log)


if __name__ == "__main__":
    main()
