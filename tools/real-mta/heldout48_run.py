#!/usr/bin/env python3
"""Make set 48's bounces (heldout48.py) with two sending MTAs. Haraka's outbound: the npm package `Haraka` 3.3.4
installed by `npm install --prefix /opt/x2/haraka Haraka@3` (never globally), run as a relay (plugin `relay` with its
ACL allowing 127.0.0.0/8, no queue plugin: a relayed message goes to Haraka's outbound, which looks up the recipient
domain's MX itself) in a private mount namespace whose /etc/resolv.conf names the kit's fake DNS (127.0.0.1).
Haraka writes its own bounce (the package's config/outbound.bounce_message templates, copied into the
configuration directory; the original's headers attached) and sends it,
through the same outbound, to the MX of the sender's domain (heldout48.SENDER_DOMAIN): the catcher (catcher47.py on
127.0.40.60), which saves it as received. outbound.ini: `local_mx_ok=true` (every MX here is a loopback address),
`enable_tls=false`, `temp_fail_intervals=5s` (a temporary failure is retried once, 5 s later, then bounced).
Courier-MTA 1.0.16 (Debian 12's courier-mta and courier-base, unpacked with `dpkg -x` into /opt/x2/courier, not
installed: they conflict with the installed Postfix): courierd in the foreground in a private mount namespace where
overlays put the package's /usr/lib, /usr/sbin and /usr/bin on their paths and its /etc/courier (me, defaultdomain,
locals; queuetime 60 s, retryalpha 10 s, retrybeta 1, retrygamma 10 s, retrymaxdelta 1, esmtpdelay 5 s, warntime
1 h; ESMTP_USE_STARTTLS=0) and resolv.conf over /etc, tmpfs on /var/lib (the package's /var/lib/courier copied in)
and /run. Each case is submitted with Courier's sendmail; courieresmtp looks up the MX itself and courierdsn's
report goes, by courieresmtp, to the senders' domain's MX: the same catcher.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout48_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers, the catcher and each MTA in turn, sends each case's message
(Haraka: smtplib to 127.0.40.50 port 25; Courier: its sendmail), waits for the bounces, and stops everything
(checked with pgrep) at the end. The files land in <folder>/<mta>/<case>.eml.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import smtplib
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout import Heldout  # noqa: E402
from heldout47 import recipient  # noqa: E402
from heldout47_run import fresh_work, kit_servers, report_run, save, wait_for_smtp  # noqa: E402
from heldout48 import CATCHER_IP, HELDOUT48, SENDER_DOMAIN  # noqa: E402
from run import stop_group  # noqa: E402

HARAKA = Path("/opt/x2/haraka/node_modules/.bin/haraka")
HARAKA_PACKAGE = Path("/opt/x2/haraka/node_modules/Haraka")
# Debian 12's courier-mta and courier-base 1.0.16-3+b6, courier-authlib 0.71.4, libcourier-unicode4 2.1.2: dpkg -x
COURIER = Path("/opt/x2/courier")
HARAKA_IP = "127.0.40.50"
SENDER = f"root@{SENDER_DOMAIN}"


def original(mta: str, h: Heldout) -> str:
    """The message sent: the X-Case-Id header names MTA and case (labels.check_label_in_bounce looks for it)."""
    return (f"From: {SENDER}\r\nTo: {recipient(h)}\r\nSubject: set 48, case {h.id}\r\nX-Case-Id: {mta}/{h.id}\r\n"
            "Date: Sun, 06 Dec 2026 17:30:00 +0000\r\n\r\nA test message of whybounce's set 48 (loopback only).\r\n")


def haraka_config(work: Path) -> Path:
    """`haraka -i` makes the configuration directory; then the relay's settings."""
    conf_root = work / "haraka"
    subprocess.run([str(HARAKA), "-i", str(conf_root)], check=True, capture_output=True)
    conf = conf_root / "config"
    (conf / "me").write_text("haraka.heldout48.example\n")
    (conf / "smtp.ini").write_text(f"listen={HARAKA_IP}:25\nnodes=0\n")
    (conf / "log.ini").write_text("[main]\nlevel=info\ntimestamps=true\n")
    (conf / "plugins").write_text("relay\n")
    (conf / "relay.ini").write_text("[relay]\nacl=true\n")
    (conf / "relay_acl_allow").write_text("127.0.0.0/8\n")
    (conf / "outbound.ini").write_text("local_mx_ok=true\nenable_tls=false\ntemp_fail_intervals=5s\n")
    # `haraka -i` copies only connection.ini, smtp.ini, log.ini and plugins; without the package's bounce templates
    # in the configuration directory Haraka 3.3.4 sent (a first run) a report with no From, To or Subject header and
    # an empty text part. The package's own templates are its documented bounce.
    for name in ("outbound.bounce_message", "outbound.bounce_message_html", "outbound.bounce_message_image"):
        shutil.copyfile(HARAKA_PACKAGE / "config" / name, conf / name)
    etc = work / "etc"
    etc.mkdir()
    (etc / "resolv.conf").write_text("nameserver 127.0.0.1\n")
    return conf_root


def run_haraka(work: Path, caught: Path, log: Path, wait: float) -> None:
    """Haraka in its namespace; each case relayed through it by SMTP; its bounces go to the senders' domain's MX, the
    catcher, waited for up to ``wait`` seconds."""
    conf_root = haraka_config(work)
    already = len(list(caught.glob("*.eml")))
    mounts = f"mount -t overlay overlay -o lowerdir={work / 'etc'}:/etc /etc &&"
    hlog = (work / "haraka.log").open("w")
    p = subprocess.Popen(["unshare", "-m", "--propagation", "private", "sh", "-c",
                          f"{mounts} exec {HARAKA} -c {conf_root}"], stdout=hlog, stderr=subprocess.STDOUT,
                         start_new_session=True)
    try:
        wait_for_smtp(HARAKA_IP, 25)
        for h in HELDOUT48:
            with smtplib.SMTP(HARAKA_IP, 25, timeout=30) as s:
                refused = s.sendmail(SENDER, [recipient(h)], original("haraka", h).encode())
            with log.open("a") as f:
                print(f"haraka {h.id}: injected {refused or ''}", file=f)
        deadline = time.time() + wait
        while time.time() < deadline and len(list(caught.glob("*.eml"))) < len(HELDOUT48) + already:
            time.sleep(1)
    finally:
        stop_group(p)


def courier_config(work: Path) -> Path:
    """The package's /etc/courier with what a relay of this kit needs; a passwd and group with the `courier` user
    and group the binaries ask for (Debian builds them with mailuid and mailgid 0: root's ids), over /etc only in
    the namespace; /etc/resolv.conf naming the fake DNS."""
    etc = work / "courier-etc"
    shutil.copytree(COURIER / "etc" / "courier", etc / "courier")
    conf = etc / "courier"
    for name, value in (("me", "courier.heldout48.example"), ("defaultdomain", "courier.heldout48.example"),
                        ("locals", "courier.heldout48.example\nlocalhost"), ("queuetime", "60"),
                        ("retryalpha", "10"), ("retrybeta", "1"), ("retrygamma", "10"), ("retrymaxdelta", "1"),
                        ("esmtpdelay", "5"), ("warntime", "1h")):
        (conf / name).write_text(value + "\n")
    courierd = (conf / "courierd").read_text()
    (conf / "courierd").write_text(courierd.replace("ESMTP_USE_STARTTLS=1", "ESMTP_USE_STARTTLS=0")
                                   .replace("ESMTP_PREFER_IPV6_MX=1", "ESMTP_PREFER_IPV6_MX=0"))
    (etc / "passwd").write_text(Path("/etc/passwd").read_text()
                                + "courier:x:0:0:Courier (set 48, namespace only):/var/lib/courier:/usr/sbin/nologin\n")
    (etc / "group").write_text(Path("/etc/group").read_text() + "courier:x:0:\n")
    (etc / "resolv.conf").write_text("nameserver 127.0.0.1\n")
    return etc


def run_courier(work: Path, caught: Path, log: Path, wait: float) -> None:
    """courierd in the foreground in its namespace; each case submitted with Courier's sendmail; its DSNs go to
    the senders' domain's MX, the catcher."""
    etc = courier_config(work)
    already = len(list(caught.glob("*.eml")))
    script = work / "courier.sh"
    submits = "".join(f"printf '%s' {shlex.quote(original('courier', h))} | /usr/sbin/sendmail -f {SENDER}"
                      f" {recipient(h)} && echo submitted {h.id}\n" for h in HELDOUT48)
    script.write_text(
        "set -e\n"
        f"mount -t overlay overlay -o lowerdir={etc}:/etc /etc\n"
        + "".join(f"mount -t overlay overlay -o lowerdir={COURIER}/usr/{d}:/usr/{d} /usr/{d}\n"
                  for d in ("lib", "sbin", "bin"))
        + "mount -t tmpfs tmpfs /var/lib && cp -a " + f"{COURIER}/var/lib/courier /var/lib/courier\n"
        "mount -t tmpfs tmpfs /run && mkdir -p /run/courier\n"
        "cd /usr/lib/courier/courier && ./courierd &\nsleep 2\n" + submits
        + f"sleep {int(wait)}\nkill %1 || true\nwait\n")
    clog = (work / "courier.log").open("w")
    p = subprocess.Popen(["unshare", "-m", "--propagation", "private", "sh", str(script)], stdout=clog,
                         stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + wait + 30
        while time.time() < deadline and len(list(caught.glob("*.eml"))) < len(HELDOUT48) + already:
            if p.poll() is not None:
                break
            time.sleep(1)
    finally:
        stop_group(p)
    with log.open("a") as f:
        print("courier: " + (work / "courier.log").read_text().replace("\n", " / ")[:2000], file=f)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--work", type=Path, required=True, help="a scratch folder (configs, queues)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--wait", type=float, default=90, help="seconds to wait for each MTA's bounces")
    ap.add_argument("--mta", default="haraka,courier")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    fresh_work(work)
    caught, log = work / "caught", work / "run.log"
    with kit_servers(work, catcher=["--address", CATCHER_IP, str(caught)]):
        if "haraka" in args.mta:
            run_haraka(work, caught, log, args.wait)
        if "courier" in args.mta:
            run_courier(work, caught, log, args.wait)
    for path in sorted(caught.glob("*.eml")):
        save(path.read_bytes(), out, ("haraka", "courier"), HELDOUT48)
    report_run(log, "[H]araka|[h]araka -c|[c]ourierd|[c]ourieresmtp")


if __name__ == "__main__":
    main()
