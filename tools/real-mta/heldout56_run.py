#!/usr/bin/env python3
"""Make set 56's reports (heldout56.py): each message of heldout56.MESSAGES, to several recipients at set 56's fake
servers (one per known reply, and the mixed server where the local part names the reply), sent by SMTP to each of
the kit's four MTAs, started as the kit starts them (run.start_mta, configurations unchanged: Postfix 3.7's short
queue and delay_warning_time 1m, Exim 4.96's dsn_advertise_hosts = * and delay_warning 1m, Sendmail 8.17, OpenSMTPD
6.8), with ``MAIL FROM:<alice@...> ENVID=<mta>.<message> RET=HDRS`` and, where the message asks it, ``NOTIFY=`` on
every RCPT TO (RFC 3461 sections 4.1, 4.3 and 4.4).

The reports land in alice's mailboxes (cases.MTAS) and are filed as <out>/<mta>/<message>[-delay][-N].eml by the
X-Case-Id (<mta>/<message>) of the original they return (with RET=HDRS its headers, which carry it); what names none
is kept in <work>/extra/, every message received in <work>/raw/.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout56_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the MTAs, and stops them all (checked with pgrep) at the end.
"""

from __future__ import annotations

import email.utils
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout47_run import (  # noqa: E402
    case_header,
    file_mailbox_reports,
    kit_arguments,
    kit_session,
    log_filed,
    send_logged,
    wait_for_reports,
)
from heldout56 import MESSAGES, Message  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402

MAX_WAIT = 600  # seconds the run waits (a temporary refusal's final report comes after its 2 minutes in the queue)
ENGINES = ("postfix", "exim", "opensmtpd", "sendmail")


def sender(mta: str) -> str:
    """alice at the MTA's domain."""
    return f"alice@{MTAS[mta].domain}"


def original(mta: str, m: Message, stamp: str) -> bytes:
    """The message sent: To names every recipient, as a user writing to several people does; the X-Case-Id header
    names MTA and message."""
    lines = [f"From: Alice Example <{sender(mta)}>", f"To: {', '.join(m.rcpts)}", f"Subject: set 56, message {m.id}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{m.id}.{mta}.{stamp}@{MTAS[mta].domain}>",
             f"X-Case-Id: {mta}/{m.id}", "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii", "",
             "A test message of whybounce's set 56 (loopback only), to several recipients.", ""]
    return "\r\n".join(lines).encode()


def submit(mta: str, m: Message, stamp: str, log: Path) -> None:
    """Send message ``m`` to the MTA by SMTP, one transaction with every recipient."""
    send_logged(MTAS[mta].port, sender(mta), list(m.rcpts), original(mta, m, stamp), log, f"{mta} {m.id}",
                (f"ENVID={mta}.{m.id}", "RET=HDRS"), (f"NOTIFY={m.notify}",) if m.notify else ())



def reported(raw: bytes) -> set[str]:
    """The recipients a report's DSN fields name (Final-Recipient and Original-Recipient), lower-cased."""
    return {a.decode().lower() for a in
            re.findall(rb"^(?:Final|Original)-Recipient:\s*rfc822;\s*<?([^\s>]+)>?", raw, re.MULTILINE | re.I)}


def enough() -> bool:
    """Whether every recipient of every message is named by a report that is not a delay notice, in each MTA's
    mailbox: each has failed or been delivered (as far as the MTAs report)."""
    for mta in ENGINES:
        done: dict[str, set[str]] = {}
        for raw in read_mailbox(Path(MTAS[mta].mailbox)):
            found = case_header(raw)
            if found and run.kind_of(raw) != "delay":
                done.setdefault(found[1], set()).update(reported(raw))
        if any(not {r.lower() for r in m.rcpts} <= done.get(m.id, set()) for m in MESSAGES):
            return False
    return True


def file_reports(work: Path, out: Path) -> list[str]:
    """File each report of the MTAs' mailboxes (see the module's docstring): heldout47_run.file_mailbox_reports, a
    report kept where its X-Case-Id names the MTA whose mailbox holds it."""
    return file_mailbox_reports(work, out, [(mta, Path(MTAS[mta].mailbox)) for mta in ENGINES],
                                lambda name, found: found[0] == name)


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (logs, every report received)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    stamp = str(int(time.time()))
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master|[s]m-real-mta|[s]mtpd -d") as kit:
        for mta in ENGINES:
            run.start_mta(MTAS[mta], kit.procs)
            run.clear_mailbox(MTAS[mta])
        for mta in ENGINES:
            for m in MESSAGES:
                submit(mta, m, stamp, kit.log)
        start = wait_for_reports(enough, MAX_WAIT, 45)  # (a late delay notice or copy: filed too)
        log_filed(kit.log, file_reports(work, out), start)


if __name__ == "__main__":
    main()
