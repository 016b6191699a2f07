#!/usr/bin/env python3
"""Make set 53's bounces (heldout53.py): the kit's Exim 4.96, Sendmail 8.17 and OpenSMTPD 6.8 (Debian 12's packages,
unpacked by their setup.sh) fail at their OWN local delivery and bounce to alice on the same host. The configuration
is changed only in copies made for this set:

- Exim: the kit's exim4.conf whose system_aliases router reads /etc/exim4-real-mta/heldout53-aliases (the kit's
  aliases and the set's lines), bind-mounted over /etc/exim4/exim4.conf in the namespace of ``exim -bdf -q15s``;
- Sendmail: the kit's sendmail-real-mta.mc with ALIAS_FILE /etc/mail-real-mta/heldout53-aliases, built with m4 into
  /etc/mail-real-mta/heldout53.cf (as sendmail/setup.sh builds the kit's own), its alias database made with -bi;
- OpenSMTPD: the kit's smtpd.conf with one action per case and a ``match from any for rcpt-to`` line for it before
  the kit's own matches, as /etc/smtpd-real-mta/heldout53.conf (checked with ``smtpd -n``); each action's alias
  table (/etc/smtpd-real-mta/heldout53-aliases) maps the case's local part to alice, the user it delivers as (a
  first run with the option ``user alice`` instead had each recipient refused at RCPT TO, "550 Invalid recipient":
  the local part must resolve to a user).

The delivery program (heldout53-exit.sh) is installed as /usr/local/bin/real-mta-h53-exit.sh; the directory the file
and maildir cases may not write in is /var/lib/real-mta-h53/locked (root's, mode 0700). Each case is sent once by
SMTP from alice@<the MTA's domain> to <case>@<the MTA's domain>; the bounces and delay notices land in alice's
mailboxes (cases.MTAS) and are filed by run.collect as <out>/<mta>/<case>[-delay].eml.

Traffic stays on 127.0.0.0/8 (the kit's fake DNS and SMTP servers run as for every set; nothing here needs them
but the MTAs' own name look-ups). Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout53_run.py --work <scratch> --out <folder>
It stops every process it started (checked with pgrep) at the end.
"""

from __future__ import annotations

import email.utils
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run  # noqa: E402
from cases import MTAS  # noqa: E402
from heldout47_run import kit_arguments, kit_session, send_logged, wait_for_reports  # noqa: E402
from heldout53 import EXIT, HELDOUT53, LOCKED, Local, recipient  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402

EXIM_ETC = Path("/etc/exim4-real-mta")
SENDMAIL_ETC = Path("/etc/mail-real-mta")
SMTPD_ETC = Path("/etc/smtpd-real-mta")
ORDER = ("exim", "sendmail", "opensmtpd")
MAX_WAIT = 480  # seconds: the deferred cases give up after 2 minutes of retries (queue runs every 15 s)


def cases(mta: str) -> list[Local]:
    return [h for h in HELDOUT53 if h.mta == mta]


def aliases(mta: str) -> str:
    """The kit's aliases file of the MTA with the set's lines added."""
    kit = (HERE / mta / "aliases").read_text()
    return kit + "".join(f"{h.id}: {h.config}\n" for h in cases(mta))


def exim_conf(work: Path) -> Path:
    (EXIM_ETC / "heldout53-aliases").write_text(aliases("exim"))
    conf = (HERE / "exim" / "exim4.conf").read_text()
    new = conf.replace("lsearch{/etc/exim4-real-mta/aliases}", "lsearch{/etc/exim4-real-mta/heldout53-aliases}")
    assert new != conf
    path = work / "exim4-heldout53.conf"
    path.write_text(new)
    return path


def sendmail_cf() -> Path:
    (SENDMAIL_ETC / "heldout53-aliases").write_text(aliases("sendmail"))
    mc = (HERE / "sendmail" / "sendmail-real-mta.mc").read_text()
    new = mc.replace("/etc/mail-real-mta/aliases", "/etc/mail-real-mta/heldout53-aliases")
    assert new != mc
    (SENDMAIL_ETC / "heldout53.mc").write_text(new)
    cf_dir = f"{run.X}/sendmail-cf/usr/share/sendmail/cf"
    cf = SENDMAIL_ETC / "heldout53.cf"
    with cf.open("w") as f:
        subprocess.run(["m4", f"-D_CF_DIR_={cf_dir}/", f"{cf_dir}/m4/cf.m4", str(SENDMAIL_ETC / "heldout53.mc")],
                       stdout=f, check=True)
    subprocess.run([run.SENDMAIL_BIN, "-C", str(cf), "-bi"], check=True)
    return cf


def smtpd_conf() -> Path:
    conf = (HERE / "opensmtpd" / "smtpd.conf").read_text()
    (SMTPD_ETC / "heldout53-aliases").write_text("".join(f"{h.id}: alice\n" for h in cases("opensmtpd")))
    actions = f"table heldout53 file:{SMTPD_ETC}/heldout53-aliases\n"
    actions += "".join(f'action "{h.id}" {h.config}\n' for h in cases("opensmtpd"))
    matches = "".join(f'match from any for rcpt-to "{recipient(h, MTAS["opensmtpd"].domain)}" action "{h.id}"\n'
                      for h in cases("opensmtpd"))
    first_match = conf.index("match ")
    path = SMTPD_ETC / "heldout53.conf"
    path.write_text(conf[:first_match] + actions + matches + conf[first_match:])
    subprocess.run([run.SMTPD_BIN, "-n", "-f", str(path)], check=True)
    return path


def prepare() -> None:
    """The delivery program and the locked directory."""
    shutil.copy(HERE / "heldout53-exit.sh", EXIT)
    Path(EXIT).chmod(0o755)
    locked = Path(LOCKED)
    locked.mkdir(parents=True, exist_ok=True)
    locked.chmod(0o700)
    for p in (locked, locked.parent):
        shutil.chown(p, "root", "root")
    locked.parent.chmod(0o755)


def original(h: Local) -> bytes:
    """The message sent: X-Case-Id names MTA and case (labels.check_label_in_bounce looks for it)."""
    domain = MTAS[h.mta].domain
    lines = [f"From: alice@{domain}", f"To: {recipient(h, domain)}", f"Subject: set 53, case {h.id}",
             f"Date: {email.utils.formatdate()}", f"Message-ID: <{h.id}.{h.mta}.1@mta-set53.heldout53.example>",
             f"X-Case-Id: {h.mta}/{h.id}", "", "A test message of whybounce's set 53 (loopback only).", ""]
    return "\r\n".join(lines).encode()


def submit(h: Local, log: Path) -> None:
    mta = MTAS[h.mta]
    send_logged(mta.port, f"alice@{mta.domain}", [recipient(h, mta.domain)], original(h), log, f"{h.mta} {h.id}")


def enough(mtas: tuple[str, ...]) -> bool:
    """A report per case and a delay notice per deferring case in each MTA's mailbox of alice."""
    for mta in mtas:
        box = read_mailbox(Path(MTAS[mta].mailbox))
        bounces = sum(run.kind_of(raw) == "bounce" for raw in box)
        delays = sum(run.kind_of(raw) == "delay" for raw in box)
        if bounces < len(cases(mta)) or delays < sum(h.defers for h in cases(mta)):
            return False
    return True


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (configuration copies, logs)")
    ap.add_argument("--mta", default=",".join(ORDER))
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    mtas = tuple(m for m in ORDER if m in args.mta.split(","))
    with kit_session(work, "[e]xim4 -bdf|[s]m-set53|[s]mtpd -d -f") as kit:
        procs, log = kit.procs, kit.log
        for name in mtas:
            subprocess.run([str(HERE / name / "setup.sh")], check=True, capture_output=True)
        prepare()
        for name in mtas:
            mta = MTAS[name]
            if name == "exim":
                procs.start("exim-set53", run.in_namespace(
                    f"{run.EXIM_BIN} -bdf -q15s", f"mount --bind {exim_conf(work)} /etc/exim4/exim4.conf &&"))
            elif name == "sendmail":
                procs.start("sendmail-set53",
                            run.in_namespace(f"{run.SENDMAIL_BIN} -C {sendmail_cf()} -bD -q15s -L sm-set53"))
            else:
                mailname = "mount --bind /opt/real-mta/resolv/mailname-os /etc/mailname &&"
                if not Path("/etc/mailname").exists():
                    Path("/etc/mailname").write_text("localhost\n")
                procs.start("opensmtpd-set53", run.in_namespace(f"{run.SMTPD_BIN} -d -f {smtpd_conf()}", mailname))
            run.wait_port(mta.port, 120)
            run.clear_mailbox(mta)
        for h in HELDOUT53:
            if h.mta in mtas:
                submit(h, log)
        start = wait_for_reports(lambda: enough(mtas), MAX_WAIT, 30)  # (a late report would be filed too)
        for name in mtas:
            files = run.collect(MTAS[name], out, work / "unmatched")
            with log.open("a") as f:
                print(f"{name}: {len(files)} reports filed after {time.time() - start:.0f} s: {files}", file=f)


if __name__ == "__main__":
    main()
