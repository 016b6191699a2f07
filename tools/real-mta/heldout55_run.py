#!/usr/bin/env python3
"""Make set 55's reports (heldout55.py): set 47's known replies met by mail that the kit's MTAs FORWARDED (an alias
to a remote address) or RELAYED (the sender's Postfix handing it to a smarthost), reported by that hop.

The kit's four MTAs are configured by their setup.sh as every run configures them, then, for this run only:

- Postfix 3.7 (the sender's MTA, and one of the forwarders): master.cf gains an smtpd on heldout55.SENDER_IP:25 (the
  MX of alice's domain, where the other MTAs send their reports), ``mydestination`` adds heldout55.SENDER_DOMAIN,
  ``sender_dependent_relayhost_maps`` sends alice+exim@, alice+sendmail@ and alice+opensmtpd@'s mail to the kit's
  Exim (127.0.0.1:2526), Sendmail (:2528) and OpenSMTPD (:2527), and /etc/aliases gains one fwd-<case> entry per
  case of fwd-postfix; main.cf, master.cf and /etc/aliases are put back at the end;
- Exim 4.96, Sendmail 8.17, OpenSMTPD 6.8: their alias files (the kit's copies under /etc) gain the fwd-<case>
  entries of their folder (Sendmail's rebuilt with -bi, before each daemon starts); the kit's copies are put back
  at the end.

Each case of each of its wraps (heldout55.WRAPS) is sent by SMTP: fwd-* to fwd-<case>@<the forwarder's domain> at
the forwarder, relay-* to the final recipient at Postfix from alice+<smarthost>@SENDER_DOMAIN. Every report lands in
alice's Postfix Maildir and is filed as <out>/<folder>/<case>[-delay].eml by the X-Case-Id (<folder>/<case>) of the
original it returns; what names none is kept in <work>/extra/, every message received in <work>/raw/.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout55_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the MTAs, and stops them all (checked with pgrep) at the end.
"""

from __future__ import annotations

import email.utils
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47_run import case_header, kit_arguments, kit_session, log_filed, send_logged, wait_for_reports  # noqa: E402
from heldout55 import (  # noqa: E402
    HELDOUT55,
    PORTS,
    RELAYS,
    SENDER_DOMAIN,
    SENDER_IP,
    WRAP_SOURCES,
    WRAPS,
    alias,
    final_recipient,
    sender,
    sent_to,
)
from mailbox_io import read_mailbox  # noqa: E402

MAX_WAIT = 600  # seconds: a temporary case's bounce comes after its 2 minutes in the forwarder's or smarthost's queue
ALICE = Path(MTAS["postfix"].mailbox)
ALIAS_FILES = {"postfix": Path("/etc/aliases"), "exim": Path("/etc/exim4-real-mta/aliases"),
               "opensmtpd": Path("/etc/smtpd-real-mta/aliases"), "sendmail": Path("/etc/mail-real-mta/aliases")}
RELAYHOST_MAP = Path("/etc/postfix/heldout55-relayhost")
MAIN_CF = Path("/etc/postfix/main.cf")
MASTER_CF = Path("/etc/postfix/master.cf")


def aliases_of(mta: str) -> str:
    """The fwd-<case> alias lines of the MTA's forwarding folder, in aliases(5) form (all four MTAs read it)."""
    folder = f"fwd-{mta}"
    return "".join(f"{alias(h)}: {final_recipient(h)}\n" for h in HELDOUT55 if folder in WRAPS[h.id])


def setup_postfix(work: Path) -> None:
    """The kit's Postfix configuration, then this set's additions (see the module's docstring); main.cf saved to
    <work>/main.cf first."""
    subprocess.run([str(HERE / "postfix" / "setup.sh")], check=True)
    shutil.copy2(MAIN_CF, work / "main.cf")
    RELAYHOST_MAP.write_text("".join(f"{sender(f)} [127.0.0.1]:{PORTS[WRAP_SOURCES[f][0]]}\n" for f in RELAYS))
    subprocess.run(["postmap", str(RELAYHOST_MAP)], check=True)
    shutil.copy2(MASTER_CF, work / "master.cf")
    subprocess.run(["postconf", "-e", f"mydestination=mta-pf.example, localhost, {SENDER_DOMAIN}",
                    "recipient_delimiter=+", f"sender_dependent_relayhost_maps=hash:{RELAYHOST_MAP}"], check=True)
    # a second smtpd on SENDER_IP (inet_interfaces names only addresses an interface has; master.cf's host:port
    # service binds the loopback address itself, master(5))
    subprocess.run(["postconf", "-M", f"{SENDER_IP}:smtp/inet={SENDER_IP}:smtp inet n - n - - smtpd"], check=True)
    with ALIAS_FILES["postfix"].open("a") as f:
        f.write(aliases_of("postfix"))
    subprocess.run(["newaliases"], check=True)


def start_mtas(procs: run.Processes, work: Path) -> None:
    """Configure and start the four MTAs as run.start_mta does, with this set's additions before each starts."""
    setup_postfix(work)
    subprocess.run(run.in_namespace("postfix start"), check=True)
    procs.postfix = True
    run.wait_port(25, 120)
    run.wait_port(25, 60, SENDER_IP)
    for name in ("exim", "sendmail", "opensmtpd"):
        subprocess.run([str(HERE / name / "setup.sh")], check=True)
        with ALIAS_FILES[name].open("a") as f:
            f.write(aliases_of(name))
        if name == "exim":
            procs.start("exim", run.in_namespace(f"{run.EXIM_BIN} -bdf -q15s"))
        elif name == "sendmail":
            subprocess.run([run.SENDMAIL_BIN, "-C", run.SENDMAIL_CF, "-bi"], check=True)
            daemon = f"{run.SENDMAIL_BIN} -C {run.SENDMAIL_CF} -bD -q15s -L sm-real-mta"
            procs.start("sendmail", run.in_namespace(daemon))
        else:
            mailname = "mount --bind /opt/real-mta/resolv/mailname-os /etc/mailname &&"
            if not Path("/etc/mailname").exists():
                Path("/etc/mailname").write_text("localhost\n")
            procs.start("opensmtpd", run.in_namespace(f"{run.SMTPD_BIN} -d -f /etc/smtpd-real-mta/smtpd.conf",
                                                      mailname))
        run.wait_port(PORTS[name], 120)


def restore(work: Path) -> None:
    """Put back the kit's configuration files this run changed (main.cf, the four alias files)."""
    if (work / "main.cf").exists():
        shutil.copy2(work / "main.cf", MAIN_CF)
    if (work / "master.cf").exists():
        shutil.copy2(work / "master.cf", MASTER_CF)
    for p in (RELAYHOST_MAP, RELAYHOST_MAP.with_suffix(".db")):
        p.unlink(missing_ok=True)
    shutil.copy2(HERE / "postfix" / "aliases", ALIAS_FILES["postfix"])
    subprocess.run(["newaliases"], check=False)
    for name in ("exim", "sendmail", "opensmtpd"):
        if ALIAS_FILES[name].parent.is_dir():
            shutil.copy2(HERE / name / "aliases", ALIAS_FILES[name])
    subprocess.run([run.SENDMAIL_BIN, "-C", run.SENDMAIL_CF, "-bi"], check=False)


def original(folder: str, h: Heldout) -> bytes:
    """The message sent: the X-Case-Id header names folder and case."""
    lines = [f"From: {sender(folder)}", f"To: {sent_to(folder, h)}", f"Subject: set 55, case {h.id}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{h.id}.{folder}@set55.{SENDER_DOMAIN}>",
             f"X-Case-Id: {folder}/{h.id}", "", "A test message of whybounce's set 55 (loopback only).", ""]
    return "\r\n".join(lines).encode()


def submit(folder: str, h: Heldout, log: Path) -> None:
    """Send case ``h`` of ``folder``: to the forwarder (fwd-*) or to the sender's Postfix (relay-*)."""
    port = PORTS[WRAP_SOURCES[folder][0]] if folder.startswith("fwd-") else PORTS["postfix"]
    send_logged(port, sender(folder), [sent_to(folder, h)], original(folder, h), log, f"{folder} {h.id}")



def enough() -> bool:
    """Whether alice's mailbox holds a report that is not a delay notice for every case of every wrap."""
    got = {c for raw in read_mailbox(ALICE) if run.kind_of(raw) != "delay" and (c := case_header(raw))}
    return all((f, h.id) in got for h in HELDOUT55 for f in WRAPS[h.id])


def file_reports(work: Path, out: Path) -> list[str]:
    """File each report of alice's mailbox under its folder (see the module's docstring)."""
    written = []
    for d in ("raw", "extra"):
        (work / d).mkdir(exist_ok=True)
    for i, raw in enumerate(read_mailbox(ALICE)):
        (work / "raw" / f"{i:03d}.eml").write_bytes(raw)
        found = case_header(raw)
        if found is None or found[0] not in WRAP_SOURCES:
            (work / "extra" / f"{i:03d}.eml").write_bytes(raw)
            continue
        written.append(run.file_case(out, *found, raw, run.kind_of(raw) == "delay"))
    return written


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (logs, every report received)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    with kit_session(work, "[e]xim4 -bdf|[p]ostfix/master|[s]m-real-mta|[s]mtpd -d", lambda: restore(work)) as kit:
        start_mtas(kit.procs, work)
        run.clear_mailbox(MTAS["postfix"])
        for h in HELDOUT55:
            for folder in WRAPS[h.id]:
                submit(folder, h, kit.log)
        start = wait_for_reports(enough, MAX_WAIT, 30)  # (a late delay notice: filed too)
        log_filed(kit.log, file_reports(work, out), start)


if __name__ == "__main__":
    main()
