#!/usr/bin/env python3
"""Make set 47's bounces (heldout47.py): DragonFly Mail Agent 0.13 and nullmailer 2.2, each from Debian 12's package
unpacked (`apt-get download dma nullmailer`, `dpkg -x` into /opt/x2/dma and /opt/x2/nullmailer; not installed: they
conflict with the installed Postfix), run in a private mount namespace where their compiled-in paths are overlays
or bind mounts of scratch folders:

- dma (`dma -D -f root <rcpt>`): /etc/dma/dma.conf (MAILNAME dma.heldout47.example, no SMARTHOST: dma looks up the
  recipient domain's MX itself) and /etc/resolv.conf (nameserver 127.0.0.1, the kit's fake DNS) over /etc; its spool
  and /var/mail are scratch folders; /usr/lib/dma/dma-mbox-create from the package. Its bounce is delivered by dma
  itself into the local sender's mbox, /var/mail/root, split here into one file per bounce.
- nullmailer (`nullmailer-inject -f root@nm.heldout47.example <rcpt>`, then `nullmailer-send` in one-shot mode,
  pausetime 0): /etc/nullmailer/remotes names the case's fake server as the smarthost. On a permanent refusal, or
  when a message has been queued longer than queuelifetime (20 s here), nullmailer-send moves it to the failed queue
  and queues nullmailer-dsn's RFC 3464 report to the sender, which it sends to the smarthost like any mail: the
  remotes are then switched to catcher47.py (127.0.39.60), which saves the report as received.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout47_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and the catcher, and stops them (and checks no MTA process is
left) at the end. The files land in <folder>/dma/<case>.eml and <folder>/nullmailer/<case>.eml.

Sets 48-58's runners (heldout48_run.py to heldout58_run.py) import their common steps from here: fresh_work,
kit_servers, wait_for_smtp, save, quoted_case, wait_for_reports, file_mailbox_reports and report_run; sets 51-58's
main() is kit_arguments, then kit_session (scratch folder, fake servers, the MTAs' processes, the set's own servers,
teardown and the closing report) around the set's own steps, with case_header, send_logged (sets 51-56's
submissions), submit_notify, final_reports_in and restore_kit_files (sets 57 and 58) and log_filed; the kit's
process helpers (stop_group, run_in_session, write_free) are run.py's.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47 import CATCHER_IP, HELDOUT47, by_ip, recipient  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402
from run import file_case, kind_of, run_in_session  # noqa: E402

DMA = Path("/opt/x2/dma")
NULLMAILER = Path("/opt/x2/nullmailer")
SENDER_DMA = "root"
SENDER_NM = "root@nm.heldout47.example"
QUEUELIFETIME = 20
# Cases a relay-only MTA cannot meet: nullmailer hands every message to its smarthost and never looks up the
# recipient's domain, so a domain that does not exist is the smarthost's to report.
NOT_FOR_NULLMAILER = {"host-nx-domain"}
# the kit's configuration files sets 57 and 58 add to for one run (restore_kit_files puts them back)
TLS_POLICY = Path("/etc/postfix/tls_policy")
EXIM_CONF = Path("/etc/exim4/exim4.conf")
SENDMAIL_ACCESS = Path("/etc/mail-real-mta/access")
SMTPD_CONF = Path("/etc/smtpd-real-mta/smtpd.conf")


def original(mta: str, h: Heldout, sender: str) -> bytes:
    """The message sent: the X-Case-Id header names MTA and case (labels.check_label_in_bounce looks for it)."""
    return (f"From: {sender}\nTo: {recipient(h)}\nSubject: set 47, case {h.id}\nX-Case-Id: {mta}/{h.id}\n\n"
            "A test message of whybounce's set 47 (loopback only).\n").encode()


def in_namespace(mounts: str, cmd: str, stdin: bytes | None = None,
                 timeout: float = 90) -> subprocess.CompletedProcess[bytes]:
    """Run cmd in a private mount namespace after the mounts; on timeout its whole process group is killed (the
    MTA too) and TimeoutExpired raised (run.run_in_session)."""
    return run_in_session(["unshare", "-m", "--propagation", "private", "sh", "-c", f"{mounts} {cmd}"], stdin,
                          timeout)


def dma_mounts(work: Path) -> str:
    """The shell mounts that give dma its configuration, the fake DNS, the package's binaries and scratch spools."""
    etc = work / "dma-etc"
    (etc / "dma").mkdir(parents=True, exist_ok=True)
    (etc / "dma" / "dma.conf").write_text("MAILNAME dma.heldout47.example\nSPOOLDIR /var/spool/dma\n"
                                          "ALIASES /etc/dma/aliases\n")
    (etc / "dma" / "aliases").write_text("")
    (etc / "resolv.conf").write_text("nameserver 127.0.0.1\n")
    for d in ("dma-spool", "dma-mail"):
        (work / d).mkdir(exist_ok=True)
    return (f"mount -t overlay overlay -o lowerdir={etc}:/etc /etc &&"
            f" mount -t overlay overlay -o lowerdir={DMA}/usr/lib:/usr/lib /usr/lib &&"
            f" mount -t overlay overlay -o lowerdir={DMA}/usr/sbin:/usr/sbin /usr/sbin &&"
            f" mount --bind {work}/dma-spool /var/spool && mount --bind {work}/dma-mail /var/mail &&"
            " mkdir -p /var/spool/dma && chown root:mail /var/spool/dma && chmod 2775 /var/spool/dma &&"
            " chown root:mail /var/mail && chmod 1777 /var/mail &&")


def nm_mounts(work: Path) -> str:
    """The shell mounts that give nullmailer its configuration (the remotes file is rewritten per case), the fake DNS,
    the package's binaries and a scratch queue."""
    etc, conf = work / "nm-etc", work / "nm-conf"
    (etc / "nullmailer").mkdir(parents=True, exist_ok=True)
    conf.mkdir(exist_ok=True)
    (etc / "mailname").write_text("nm.heldout47.example\n")
    (etc / "resolv.conf").write_text("nameserver 127.0.0.1\n")
    for name, value in (("defaultdomain", "heldout47.example"), ("pausetime", "0"),
                        ("queuelifetime", str(QUEUELIFETIME)), ("sendtimeout", "30")):
        (conf / name).write_text(value + "\n")
    (work / "nm-spool").mkdir(exist_ok=True)
    q = "/var/spool/nullmailer"
    return (f"mount -t overlay overlay -o lowerdir={etc}:/etc /etc && mount --bind {conf} /etc/nullmailer &&"
            f" mount -t overlay overlay -o lowerdir={NULLMAILER}/usr/lib:/usr/lib /usr/lib &&"
            f" mount -t overlay overlay -o lowerdir={NULLMAILER}/usr/sbin:/usr/sbin /usr/sbin &&"
            f" mount -t overlay overlay -o lowerdir={NULLMAILER}/usr/bin:/usr/bin /usr/bin &&"
            f" mount --bind {work}/nm-spool /var/spool && mkdir -p {q}/queue {q}/tmp {q}/failed &&"
            f" {{ [ -p {q}/trigger ] || mkfifo {q}/trigger; }} && chown -R mail:root {q} && chmod 750 {q}/queue &&")


def run_dma(work: Path, out: Path, log: Path) -> None:
    """Each case through dma in the foreground; a temporary refusal keeps dma retrying (its first retry waits
    minutes, it gives up after days), so a case whose dma still runs after 30 s is stopped and leaves no bounce."""
    mounts = dma_mounts(work)
    for h in HELDOUT47:
        try:
            r = in_namespace(mounts, f"/usr/sbin/dma -D -f {SENDER_DMA} {recipient(h)}",
                             original("dma", h, f"{SENDER_DMA}@dma.heldout47.example"), timeout=30)
            how = f"exit {r.returncode} {r.stderr.decode(errors='replace').strip()[:200]}"
        except subprocess.TimeoutExpired:
            how = "still retrying after 30 s (stopped)"
        with log.open("a") as f:
            print(f"dma {h.id}: {how}", file=f)
    mbox = (work / "dma-mail" / "root").read_bytes() if (work / "dma-mail" / "root").exists() else b""
    split_mbox(mbox, "dma", out / "dma")


def split_mbox(mbox: bytes, mta: str, folder: Path) -> None:
    """One file per message of an mbox (the separator line dropped), named by the case its X-Case-Id gives."""
    folder.mkdir(parents=True, exist_ok=True)
    for part in re.split(rb"^From MAILER-DAEMON [^\n]*\n", mbox, flags=re.MULTILINE):
        if part.strip():
            save(part, folder.parent, (mta,), HELDOUT47, unmatched=folder)


def quoted_case(raw: bytes, mtas: tuple[str, ...], cases: list[Heldout]) -> tuple[str, Heldout] | None:
    """The MTA (or delivery path) and case of the X-Case-Id header (mta/case) of the original a bounce quotes, the
    first of ``mtas`` and ``cases`` that matches; None when it quotes none (sets 47-50)."""
    text = raw.decode("utf-8", "replace")
    for mta in mtas:
        for h in cases:
            if f"X-Case-Id: {mta}/{h.id}\n" in text:
                return mta, h
    return None


def save(raw: bytes, out: Path, mtas: tuple[str, ...], cases: list[Heldout], unmatched: Path | None = None) -> None:
    """Write one bounce as <out>/<mta>/<case>.eml by the X-Case-Id (mta/case) of the original it quotes; one that
    quotes none is kept as unmatched-*.eml in ``unmatched`` (``out`` if not given). Sets 48 and 49 save theirs so,
    set 50 its unmatched reports."""
    found = quoted_case(raw, mtas, cases)
    if found is None:
        ((unmatched or out) / f"unmatched-{time.time():.6f}.eml").write_bytes(raw)
        return
    mta, h = found
    (out / mta).mkdir(parents=True, exist_ok=True)
    (out / mta / f"{h.id}.eml").write_bytes(raw.rstrip(b"\n") + b"\n")


def wait_for_smtp(ip: str, port: int) -> None:
    """Until the MTA just started answers on ``ip``:``port`` (up to 30 s)."""
    for _ in range(60):
        try:
            smtplib.SMTP(ip, port, timeout=5).quit()
            return
        except OSError:
            time.sleep(0.5)


def fresh_work(work: Path) -> None:
    """Make ``work`` an empty scratch folder, and let SIGTERM end the run through ``finally`` so that the servers and
    MTAs it started are stopped (sets 47-50's runners begin so)."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped by SIGTERM"))
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)


@contextlib.contextmanager
def kit_servers(work: Path, catcher: list[str] | None = None) -> Iterator[None]:
    """The kit's fake DNS and fake SMTP servers (and catcher47.py with ``catcher``'s arguments, when given), logging
    to <work>/<name>.log, started once fake_smtp says it is listening and stopped on leaving (sets 47-50's runs)."""
    py = sys.executable
    names = ("dns", "smtp", "catcher") if catcher is not None else ("dns", "smtp")
    logs = {name: (work / f"{name}.log").open("w") for name in names}
    procs = [subprocess.Popen([py, str(HERE / "fake_dns.py")], stdout=logs["dns"], stderr=subprocess.STDOUT),
             subprocess.Popen([py, str(HERE / "fake_smtp.py")], stdout=logs["smtp"], stderr=subprocess.STDOUT)]
    if catcher is not None:
        procs.append(subprocess.Popen([py, str(HERE / "catcher47.py"), *catcher], stdout=logs["catcher"],
                                      stderr=subprocess.STDOUT))
    try:
        # fake_smtp binds over a thousand addresses: wait for its "listening" line (set 47's first run slept 3 s,
        # and nullmailer's first case met a refused connection once before its retry)
        for _ in range(120):
            if "listening" in (work / "smtp.log").read_text():
                break
            time.sleep(0.5)
        yield
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=10)


def wait_for_reports(done: Callable[[], bool], max_wait: float, settle: float) -> float:
    """Wait until ``done()`` (every report a round expects has come), checking every 10 s for at most ``max_wait`` s,
    then ``settle`` s more so that a late one (a second delay notice, a copy) is filed too; the time it started."""
    start = time.time()
    while time.time() - start < max_wait:
        if done():
            time.sleep(settle)
            break
        time.sleep(10)
    return start


def case_header(raw: bytes) -> tuple[str, str] | None:
    """(folder, case) of a report: the X-Case-Id (<folder>/<case>) of the original it returns (sets 51-57)."""
    found = re.search(rb"X-Case-Id: ([a-z0-9-]+)/([a-z0-9-]+)", raw)
    return (found[1].decode(), found[2].decode()) if found else None


def file_mailbox_reports(work: Path, out: Path, boxes: list[tuple[str, Path]],
                         belongs: Callable[[str, tuple[str, str]], bool]) -> list[str]:
    """File every report of the mailboxes ``boxes`` ((name, path): a Maildir or an mbox) as
    <out>/<folder>/<case>[-delay][-N].eml by its X-Case-Id (run.file_case); each message received is kept in
    <work>/raw/<name>-<i>.eml, and one that names no case, or a case ``belongs(name, (folder, case))`` refuses (another
    MTA's), in <work>/extra/ too. The list of files written. Sets 51-56's runners each wrote this loop themselves;
    set 57's (heldout57_run.py) and set 56's use this one."""
    written = []
    for d in ("raw", "extra"):
        (work / d).mkdir(exist_ok=True)
    for name, box in boxes:
        for i, raw in enumerate(read_mailbox(box)):
            (work / "raw" / f"{name}-{i:03d}.eml").write_bytes(raw)
            found = case_header(raw)
            if found is None or not belongs(name, found):
                (work / "extra" / f"{name}-{i:03d}.eml").write_bytes(raw)
                continue
            written.append(file_case(out, *found, raw, kind_of(raw) == "delay"))
    return written


def report_run(log: Path, pattern: str) -> None:
    """Print the run's log, then what is still running that matches ``pattern`` (pgrep -af): every runner ends so."""
    left = subprocess.run(["pgrep", "-af", pattern], capture_output=True, text=True).stdout
    print(log.read_text() if log.exists() else "", end="")
    print(f"left running: {left.strip() or 'nothing'}")


def kit_arguments(doc: str | None, work_help: str) -> argparse.ArgumentParser:
    """The options every runner takes: --work (a scratch folder, emptied first) and --out (where the reports are
    filed: any folder, a scratch one to compare a re-run with the committed set); a runner adds its own."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, required=True, help=work_help)
    ap.add_argument("--out", type=Path, required=True, help="the folder the reports are filed in")
    return ap


class KitSession:
    """What a run inside kit_session has: its scratch folder, its log (<work>/run.log), the MTA processes it starts
    (run.Processes) and the set's own servers (start_helper), all stopped when the session ends."""

    __slots__ = ("helpers", "log", "procs", "work")

    def __init__(self, work: Path) -> None:
        self.work = work
        self.log = work / "run.log"
        self.procs = run.Processes()
        self.helpers: list[subprocess.Popen[bytes]] = []

    def start_helper(self, script: str, *args: str) -> None:
        """Start the set's own server HERE/``script`` (set 58's smarthost58.py) with ``args``, its output in
        <work>/<script's stem>.log; kit_session stops it after the MTAs and the restore."""
        log = (self.work / f"{Path(script).stem}.log").open("w")
        self.helpers.append(subprocess.Popen([sys.executable, str(HERE / script), *args], stdout=log,
                                             stderr=subprocess.STDOUT))

    def stop_helpers(self) -> None:
        """SIGTERM the set's own servers, then wait for each (at most 10 s)."""
        for p in self.helpers:
            p.terminate()
        for p in self.helpers:
            p.wait(timeout=10)


@contextlib.contextmanager
def kit_session(work: Path, left_pattern: str, restore: Callable[[], None] | None = None) -> Iterator[KitSession]:
    """One run of the kit (sets 51-58's main()): ``work`` emptied (fresh_work), the kit's log folder made, this
    process the subreaper of what the MTAs leave, the fake DNS and SMTP servers up (kit_servers); on leaving, every
    MTA process started through ``procs`` stopped, ``restore`` (configuration files put back) called and the set's
    own servers (start_helper) stopped, even after an error; then, after a run that ended normally, orphans reaped
    and the log printed with what still runs that matches ``left_pattern`` (report_run)."""
    fresh_work(work)
    run.LOGDIR.mkdir(parents=True, exist_ok=True)
    run.become_subreaper()
    session = KitSession(work)
    with kit_servers(work):
        try:
            yield session
        finally:
            try:
                session.procs.stop_all()
                if restore is not None:
                    restore()
            finally:
                session.stop_helpers()
    run.reap_orphans()
    report_run(session.log, left_pattern)


def send_logged(port: int, sender: str, rcpts: list[str], raw: bytes, log: Path, name: str,
                mail_options: tuple[str, ...] = (), rcpt_options: tuple[str, ...] = ()) -> None:
    """Submit one message to the MTA on 127.0.0.1:``port`` by SMTP (HELO submit.example) and append «<name>: accepted
    [refused {...}]» or «<name>: FAILED: <error>» to the run's log (sets 51-56's submit step)."""
    try:
        with smtplib.SMTP("127.0.0.1", port, local_hostname="submit.example", timeout=30) as s:
            refused = s.sendmail(sender, rcpts, raw, list(mail_options), list(rcpt_options))
        how = f"accepted{' refused ' + str(refused) if refused else ''}"
    except (smtplib.SMTPException, OSError) as e:
        how = f"FAILED: {e!r}"
    with log.open("a") as f:
        print(f"{name}: {how}", file=f)


def alice(mta: str) -> str:
    """The sender of sets 57 and 58: alice at the kit MTA's domain (cases.MTAS), whose mailbox gets the reports."""
    return f"alice@{MTAS[mta].domain}"


def submit_notify(mta: str, case: str, rcpt: str, raw: bytes, log: Path) -> bool:
    """Send ``raw`` from alice to ``rcpt`` through the kit's MTA ``mta`` by SMTP (HELO submit.example) with
    ``MAIL FROM:<alice@...> ENVID=<mta>.<case> RET=HDRS`` and ``NOTIFY=DELAY,FAILURE`` (RFC 3461), and append
    «<mta> <case>: accepted [refused {...}]» or «... REFUSED at submission: <error>» to the run's log (an MTA that
    refuses it in the session leaves no report); whether the MTA accepted it (sets 57 and 58)."""
    try:
        with smtplib.SMTP("127.0.0.1", MTAS[mta].port, local_hostname="submit.example", timeout=60) as s:
            refused = s.sendmail(alice(mta), [rcpt], raw, [f"ENVID={mta}.{case}", "RET=HDRS"], ["NOTIFY=DELAY,FAILURE"])
        how, ok = f"accepted{' refused ' + str(refused) if refused else ''}", not refused
    except (smtplib.SMTPException, OSError) as e:
        how, ok = f"REFUSED at submission: {e!r}", False
    with log.open("a") as f:
        print(f"{mta} {case}: {how}", file=f)
    return ok


def final_reports_in(expected: set[tuple[str, str]]) -> bool:
    """Whether the kit MTAs' mailboxes hold, for each (mta, case) of ``expected``, a report of that MTA on that case
    (its X-Case-Id) that is not a delay notice (sets 57 and 58: every accepted message's final report has come)."""
    got = set()
    for mta in {m for m, _ in expected}:
        for raw in read_mailbox(Path(MTAS[mta].mailbox)):
            found = case_header(raw)
            if found and found[0] == mta and kind_of(raw) != "delay":
                got.add(found)
    return expected <= got


def restore_kit_files() -> None:
    """Put back the kit's own Postfix TLS policy map, Exim configuration, Sendmail access map and OpenSMTPD
    configuration (each rebuilt where the MTA reads a map) where a run changed them (sets 57 and 58)."""
    if TLS_POLICY.exists():
        shutil.copy2(HERE / "postfix" / "tls_policy", TLS_POLICY)
        subprocess.run(["postmap", str(TLS_POLICY)], check=False)
    if EXIM_CONF.exists():
        shutil.copy2(HERE / "exim" / "exim4.conf", EXIM_CONF)
    if SENDMAIL_ACCESS.exists():
        shutil.copy2(HERE / "sendmail" / "access", SENDMAIL_ACCESS)
        with SENDMAIL_ACCESS.open("rb") as f:
            subprocess.run([f"{run.SENDMAIL_BIN.rsplit('/', 1)[0]}/makemap", "-C", run.SENDMAIL_CF, "hash",
                            str(SENDMAIL_ACCESS)], stdin=f, check=False)
    if SMTPD_CONF.exists():
        shutil.copy2(HERE / "opensmtpd" / "smtpd.conf", SMTPD_CONF)


def log_filed(log: Path, files: list[str], start: float) -> None:
    """The run's closing line: how many reports were filed, how long after the first message was sent."""
    with log.open("a") as f:
        print(f"{len(files)} reports filed after {time.time() - start:.0f} s", file=f)


def run_nullmailer(work: Path, out: Path, caught: Path, log: Path) -> None:
    """Each case: the case's server as smarthost, one queue run (twice, QUEUELIFETIME apart, while the message
    stays queued after a temporary refusal), then the catcher as smarthost for nullmailer's own report."""
    mounts = nm_mounts(work)
    ip = {h.id: a for a, h in by_ip().items()}
    remotes = work / "nm-conf" / "remotes"
    for h in HELDOUT47:
        if h.id in NOT_FOR_NULLMAILER:
            continue
        remotes.write_text(f"{ip[h.id]} smtp\n")
        inject = f"/usr/bin/nullmailer-inject -f {SENDER_NM} {recipient(h)} && /usr/sbin/nullmailer-send"
        r = in_namespace(mounts, inject, original("nullmailer", h, SENDER_NM))
        notes = [r.stderr.decode(errors="replace")]
        if "remain" in r.stdout.decode() and " 0 message(s) remain" not in r.stdout.decode():
            time.sleep(QUEUELIFETIME + 2)
            r = in_namespace(mounts, "/usr/sbin/nullmailer-send")
            notes.append(r.stderr.decode(errors="replace"))
        remotes.write_text(f"{CATCHER_IP} smtp\n")
        r = in_namespace(mounts, "/usr/sbin/nullmailer-send")
        with log.open("a") as f:
            print(f"nullmailer {h.id}: " + " | ".join(n.strip().replace("\n", " / ")[:300] for n in notes), file=f)
    (out / "nullmailer").mkdir(parents=True, exist_ok=True)
    for path in sorted(caught.glob("*.eml")):
        save(path.read_bytes(), out, ("nullmailer",), HELDOUT47, unmatched=out / "nullmailer")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--work", type=Path, required=True, help="a scratch folder (configs, spools, mailboxes)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--mta", default="dma,nullmailer")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    fresh_work(work)
    caught, log = work / "caught", work / "run.log"
    with kit_servers(work, catcher=[str(caught)]):
        if "dma" in args.mta:
            run_dma(work, out, log)
        if "nullmailer" in args.mta:
            run_nullmailer(work, out, caught, log)
    report_run(log, "[d]ma -D|[n]ullmailer-")


if __name__ == "__main__":
    main()
