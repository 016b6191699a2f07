#!/usr/bin/env python3
"""Make set 52's reports (heldout52.py): the kit's Postfix 3.7 (installed), Exim 4.96 and Sendmail 8.17 (Debian
12's packages, unpacked by their setup.sh) send set 47's known replies' cases with one documented option each
(heldout52.MECHANISMS), the configuration changed only in copies:

- Postfix: tools/real-mta/postfix/setup.sh configures /etc/postfix as for every kit run; a copy of it with
  ``notify_classes = bounce, delay, 2bounce, resource, software`` (postconf -c) is bind-mounted over /etc/postfix in
  the kit's DNS namespace where ``postfix start`` runs. Each case is sent twice: from alice (the postmaster's copies
  of her bounce and delay notices: postfix-pmcopy) and from user@<case domain> itself, so that the bounce to that
  address meets the case's refusal again and Postfix sends the postmaster the undeliverable bounce
  (postfix-2bounce). The postmaster is pm (the kit's aliases: postmaster -> pm), whose Maildir is /home/pm/Maildir.
- Exim: the kit's exim4.conf with ``bounce_message_text`` (heldout52-templates/exim-bounce-text.txt) in its main
  section, bind-mounted over /etc/exim4/exim4.conf in the namespace of ``exim -bdf -q15s``.
- Sendmail: the kit's sendmail-real-mta.mc with the option's define added, built with m4 (as sendmail/setup.sh
  builds the kit's own) into /etc/mail-real-mta/heldout52-<folder>.cf, started with ``-C`` on it; the ErrorHeader
  file is /etc/mail-real-mta/heldout52-error-header. One Sendmail round per option (one daemon on the kit's port).

The reports land in alice's mailboxes (cases.MTAS) and pm's Maildir, and are filed as <out>/<folder>/<case>[-delay]
.eml by the X-Case-Id (<folder>/<case>) of the original they return; what does not belong to the folder's kind (the
postmaster's copies of the bounces to user@<case domain>) is kept in <work>/extra/. Every message received is also
kept in <work>/raw/.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout52_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the MTAs, and stops them all (checked with pgrep) at the end.
"""

from __future__ import annotations

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
from cases import MTA, MTAS  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47_run import case_header, kit_arguments, kit_session, send_logged, wait_for_reports  # noqa: E402
from heldout52 import HELDOUT52, MECHANISMS  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402

TEMPLATE_DIR = HERE / "heldout52-templates"
EXIM_ETC = Path("/etc/exim4-real-mta")  # made by exim/setup.sh, readable by the Exim user
SENDMAIL_ETC = Path("/etc/mail-real-mta")  # made by sendmail/setup.sh
PM = MTA("postfix", "mta-pf.example", 25, "/home/pm/Maildir")  # the kit's postmaster (aliases: postmaster -> pm)
ROUNDS = (("postfix-pmcopy", "postfix-2bounce", "exim-text", "sendmail-errheader"), ("sendmail-plain",))
MAX_WAIT = 600  # seconds a round waits (a double bounce comes after the original's 2 min and the bounce's 2 min)


def recipient(h: Heldout) -> str:
    """The case's recipient, at its domain (the fake DNS points the domain's MX at the case's fake server)."""
    return f"user@{h.domain}"


def sender(folder: str, h: Heldout) -> str:
    """alice at the MTA's domain; for postfix-2bounce the case's own address, where the bounce fails again."""
    return recipient(h) if folder == "postfix-2bounce" else f"alice@{MTAS[MECHANISMS[folder][0]].domain}"


def original(folder: str, h: Heldout) -> bytes:
    """The message sent: the X-Case-Id header names folder and case (labels.check_label_in_bounce looks for it)."""
    lines = [f"From: {sender(folder, h)}", f"To: {recipient(h)}", f"Subject: set 52, case {h.id}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{h.id}.{folder}@set52.heldout52.example>",
             f"X-Case-Id: {folder}/{h.id}", "", "A test message of whybounce's set 52 (loopback only).", ""]
    return "\r\n".join(lines).encode()


def postfix_etc(work: Path) -> Path:
    """A copy of the kit's /etc/postfix with the postmaster notified of bounces, delays and double bounces."""
    etc = work / "etc-postfix"
    shutil.copytree("/etc/postfix", etc, symlinks=True)
    subprocess.run(["postconf", "-c", str(etc), "-e", MECHANISMS["postfix-pmcopy"][1]], check=True)
    return etc


def exim_conf(work: Path) -> Path:
    """The kit's exim4.conf with bounce_message_text in its main section."""
    text = (TEMPLATE_DIR / "exim-bounce-text.txt").read_text().strip()
    conf = (HERE / "exim" / "exim4.conf").read_text()
    path = work / "exim4-text.conf"
    path.write_text(conf.replace("begin acl\n", f"bounce_message_text = {text}\n\nbegin acl\n", 1))
    return path


def sendmail_cf(folder: str) -> Path:
    """The kit's sendmail.cf built again with the folder's option (and, for ErrorHeader, its file installed)."""
    shutil.copy(TEMPLATE_DIR / "sendmail-error-header.txt", SENDMAIL_ETC / "heldout52-error-header")
    (SENDMAIL_ETC / "heldout52-error-header").chmod(0o644)
    mc = (HERE / "sendmail" / "sendmail-real-mta.mc").read_text()
    define = MECHANISMS[folder][1] + "dnl\n"
    mc = mc.replace("DAEMON_OPTIONS(", define + "DAEMON_OPTIONS(", 1)
    (SENDMAIL_ETC / f"heldout52-{folder}.mc").write_text(mc)
    cf_dir = f"{run.X}/sendmail-cf/usr/share/sendmail/cf"
    cf = SENDMAIL_ETC / f"heldout52-{folder}.cf"
    with cf.open("w") as f:
        subprocess.run(["m4", f"-D_CF_DIR_={cf_dir}/", f"{cf_dir}/m4/cf.m4",
                        str(SENDMAIL_ETC / f"heldout52-{folder}.mc")], stdout=f, check=True)
    return cf


def submit(folder: str, h: Heldout, log: Path) -> None:
    """Send case ``h`` to the folder's MTA by SMTP."""
    mta = MTAS[MECHANISMS[folder][0]]
    send_logged(mta.port, sender(folder, h), [recipient(h)], original(folder, h), log, f"{folder} {h.id}")


def mailbox(folder: str) -> MTA:
    """Where the folder's reports land: pm's Maildir for Postfix's postmaster notices, else alice's."""
    return PM if folder.startswith("postfix-") else MTAS[MECHANISMS[folder][0]]


def double_bounce(raw: bytes) -> bool:
    """Whether a postmaster's notice is about an undeliverable bounce: its delivery report's first X-Postfix-Sender
    is Postfix's own bounce sender (MAILER-DAEMON), not the original's sender."""
    m = re.search(rb"^X-Postfix-Sender: rfc822; (\S+)", raw, re.MULTILINE)
    return m is not None and m[1].lower().startswith(b"mailer-daemon@")


def enough(folders: tuple[str, ...]) -> bool:
    """Whether every report the round waits for is there: a bounce per case in alice's mailboxes; in pm's, a copy
    per case (postfix-pmcopy) and a notice of an undeliverable bounce per case (postfix-2bounce: the temporary
    cases' come last, after the original's 2 minutes in the queue and the bounce's 2)."""
    for folder in folders:
        box = read_mailbox(Path(mailbox(folder).mailbox))
        if folder == "postfix-2bounce":
            got = len({case_header(raw) for raw in box if double_bounce(raw)})
        elif folder == "postfix-pmcopy":
            got = len([raw for raw in box if b"X-Case-Id: postfix-pmcopy/" in raw and kind(raw) == "copy"])
        else:
            got = len([raw for raw in box if kind(raw) == "bounce"])
        if got < len(HELDOUT52):
            return False
    return True


def kind(raw: bytes) -> str:
    """delay, copy (Postfix's notice to the postmaster: Subject 'Postmaster Copy' or 'Postmaster Warning'; the
    notice of an undeliverable bounce is one too, bounce_notify_service.c) or bounce, and '-delay' for a copy of a
    delay notice."""
    head = raw.split(b"\n\n", 1)[0]
    delay = run.kind_of(raw) == "delay"
    if re.search(rb"^Subject: Postmaster (Copy|Warning)", head, re.MULTILINE):
        return "copy-delay" if delay else "copy"
    return "delay" if delay else "bounce"



def file_reports(folders: tuple[str, ...], work: Path, out: Path) -> list[str]:
    """File each report of the round's mailboxes under its folder (see the module's docstring)."""
    written = []
    (work / "raw").mkdir(exist_ok=True)
    (work / "extra").mkdir(exist_ok=True)
    for box in {mailbox(f).mailbox: mailbox(f) for f in folders}.values():
        for i, raw in enumerate(read_mailbox(Path(box.mailbox))):
            label = f"{Path(box.mailbox).name}-{folders[0]}-{i:02d}"
            (work / "raw" / f"{label}.eml").write_bytes(raw)
            found = case_header(raw)
            k = kind(raw)
            # pm's Maildir also holds the copies of the reports on postfix-2bounce's originals (X-Case-Id
            # postfix-2bounce): only the notices of the undeliverable bounces are the folder's
            if found is None or found[0] not in folders or (found[0] == "postfix-2bounce" and not double_bounce(raw)):
                (work / "extra" / f"{label}-{k}.eml").write_bytes(raw)
                continue
            written.append(run.file_case(out, *found, raw, k.endswith("delay")))
    return written


def one_round(folders: tuple[str, ...], work: Path, out: Path, log: Path) -> None:
    """Start the MTAs with the round's options, send every case for each folder, wait for the reports, file, stop."""
    procs = run.Processes()
    try:
        for mta_name in dict.fromkeys(MECHANISMS[f][0] for f in folders):
            mta = MTAS[mta_name]
            subprocess.run([str(HERE / mta.name / "setup.sh")], check=True, capture_output=True)
            if mta.name == "postfix":
                etc = postfix_etc(work)
                subprocess.run(run.in_namespace("postfix start", f"mount --bind {etc} /etc/postfix &&"), check=True)
                procs.postfix = True
                run.clear_mailbox(PM)
            elif mta.name == "exim":
                procs.start("exim-set52", run.in_namespace(f"{run.EXIM_BIN} -bdf -q15s",
                                                           f"mount --bind {exim_conf(work)} /etc/exim4/exim4.conf &&"))
            else:
                (folder,) = [f for f in folders if f.startswith("sendmail-")]
                cf = sendmail_cf(folder)
                procs.start(f"sendmail-set52-{folder}",
                            run.in_namespace(f"{run.SENDMAIL_BIN} -C {cf} -bD -q15s -L sm-set52"))
            run.wait_port(mta.port, 120)
            run.clear_mailbox(mta)
        for folder in folders:
            for h in HELDOUT52:
                submit(folder, h, log)
        start = wait_for_reports(lambda: enough(folders), MAX_WAIT, 30)  # (a late delay notice or copy: filed too)
        files = file_reports(folders, work, out)
        with log.open("a") as f:
            print(f"{', '.join(folders)}: {len(files)} reports filed after {time.time() - start:.0f} s", file=f)
    finally:
        procs.stop_all()


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (configuration copies, logs)")
    ap.add_argument("--round", default="", help="comma-separated folders of one round (default: every round)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    rounds = (tuple(args.round.split(",")),) if args.round else ROUNDS
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master|[s]m-set52") as kit:  # (each round starts its MTAs)
        for folders in rounds:
            one_round(folders, work, out, kit.log)


if __name__ == "__main__":
    main()
