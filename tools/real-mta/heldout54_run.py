#!/usr/bin/env python3
"""Make set 54's reports (heldout54.py): the kit's Postfix 3.7 (installed), Exim 4.96 and Sendmail 8.17 (Debian 12's
packages, unpacked by their setup.sh), each started as the kit starts it (run.start_mta, configurations unchanged:
Postfix's smtputf8_enable is yes at the kit's compatibility_level, Exim's exim4.conf has dsn_advertise_hosts = *),
are sent set 47's known replies' cases by SMTP in the folders' ways (heldout54.MECHANISMS):

- postfix-utf8, exim-utf8: ``MAIL FROM:<alice@...> SMTPUTF8`` to ``ユーザー@<case domain>`` (smtplib sends the
  commands in UTF-8 once SMTPUTF8 is among the MAIL options and the server offers it), a UTF-8 Subject in the message;
- postfix-idn: ``MAIL FROM:<alice@...> SMTPUTF8`` to ``user@<case>.テスト.heldout54.example`` (U-labels);
- postfix-hdrs, exim-hdrs, sendmail-hdrs: ``MAIL FROM:<alice@...> RET=HDRS`` to ``user@<case domain>``.

The reports land in alice's mailboxes (cases.MTAS) and are filed as <out>/<folder>/<case>[-delay].eml by the
X-Case-Id (<folder>/<case>) of the original they return (with RET=HDRS its headers, which carry it); what names no
folder is kept in <work>/extra/, every message received in <work>/raw/.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout54_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the MTAs, and stops them all (checked with pgrep) at the end.
"""

from __future__ import annotations

import email.utils
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47_run import case_header, kit_arguments, kit_session, log_filed, send_logged, wait_for_reports  # noqa: E402
from heldout54 import HELDOUT54, MECHANISMS, recipient  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402

MAX_WAIT = 540  # seconds the run waits (a temporary case's bounce comes after its 2 minutes in the queue)


def sender(folder: str) -> str:
    """alice at the folder's MTA's domain."""
    return f"alice@{MTAS[MECHANISMS[folder][0]].domain}"


def original(folder: str, h: Heldout) -> bytes:
    """The message sent: the X-Case-Id header names folder and case; the internationalised folders' messages have a
    UTF-8 Subject and To (RFC 6532 section 3.2: UTF-8 in header values of a message sent with SMTPUTF8)."""
    utf8 = not folder.endswith("-hdrs")
    subject = f"試験 set 54, case {h.id}" if utf8 else f"set 54, case {h.id}"
    lines = [f"From: {sender(folder)}", f"To: {recipient(folder, h)}", f"Subject: {subject}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{h.id}.{folder}@set54.heldout54.example>",
             f"X-Case-Id: {folder}/{h.id}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 8bit", "", "A test message of whybounce's set 54 (loopback only).",
             "whybounce の試験メッセージです。", ""]
    return "\r\n".join(lines).encode()


def submit(folder: str, h: Heldout, log: Path) -> None:
    """Send case ``h`` to the folder's MTA by SMTP with the folder's MAIL parameters."""
    mta = MTAS[MECHANISMS[folder][0]]
    options = ("RET=HDRS",) if folder.endswith("-hdrs") else ("SMTPUTF8", "BODY=8BITMIME")
    send_logged(mta.port, sender(folder), [recipient(folder, h)], original(folder, h), log, f"{folder} {h.id}",
                options)



def enough(folders: list[str]) -> bool:
    """Whether each folder has a bounce (not a delay notice) per case in its MTA's mailbox."""
    for name in dict.fromkeys(MECHANISMS[f][0] for f in folders):
        box = read_mailbox(Path(MTAS[name].mailbox))
        for folder in (f for f in folders if MECHANISMS[f][0] == name):
            got = {c for raw in box if run.kind_of(raw) != "delay" and (c := case_header(raw)) and c[0] == folder}
            if len(got) < len(HELDOUT54):
                return False
    return True


def file_reports(folders: list[str], work: Path, out: Path) -> list[str]:
    """File each report of the MTAs' mailboxes under its folder (see the module's docstring)."""
    written = []
    for d in ("raw", "extra"):
        (work / d).mkdir(exist_ok=True)
    for name in dict.fromkeys(MECHANISMS[f][0] for f in folders):
        for i, raw in enumerate(read_mailbox(Path(MTAS[name].mailbox))):
            (work / "raw" / f"{name}-{i:02d}.eml").write_bytes(raw)
            found = case_header(raw)
            if found is None or found[0] not in folders:
                (work / "extra" / f"{name}-{i:02d}.eml").write_bytes(raw)
                continue
            written.append(run.file_case(out, *found, raw, run.kind_of(raw) == "delay"))
    return written


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (logs, every report received)")
    ap.add_argument("--folders", default=",".join(MECHANISMS), help="comma-separated folders (default: all)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    folders = args.folders.split(",")
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master|[s]m-real-mta") as kit:
        for name in dict.fromkeys(MECHANISMS[f][0] for f in folders):
            run.start_mta(MTAS[name], kit.procs)
            run.clear_mailbox(MTAS[name])
        for folder in folders:
            for h in HELDOUT54:
                submit(folder, h, kit.log)
        start = wait_for_reports(lambda: enough(folders), MAX_WAIT, 30)  # (a late delay notice: filed too)
        log_filed(kit.log, file_reports(folders, work, out), start)


if __name__ == "__main__":
    main()
