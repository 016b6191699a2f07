#!/usr/bin/env python3
"""Make set 49's bounces (heldout49.py) with chasquid 1.11 as the SENDING MTA: Debian 12's `chasquid` 1.11-2+b2,
unpacked with `dpkg -x` into /opt/x2/chasquid (not installed), run in the foreground in a private mount namespace
whose /etc/resolv.conf names the kit's fake DNS (127.0.0.1). Its configuration directory (made here): chasquid.conf
(hostname, the listeners on 127.0.41.50-52, data_dir and mail_log_path in the scratch folder), a self-signed
certificate (submission needs AUTH, done here over STARTTLS) and the senders' domain
(heldout49.SENDER_DOMAIN) as chasquid's one local domain, with the user root made by the package's chasquid-util: a
user of the server submits as themself (a sender outside chasquid's domains would be relayed with a rewritten, SRS
envelope sender and get a report from "postmaster-dsn@unknown": a first run, not kept). Each case is submitted on
the submission listener (STARTTLS, AUTH PLAIN) as root@SENDER_DOMAIN; chasquid's queue looks up the recipient's MX
itself and, when delivery fails for good, queues its delivery status notification (internal/queue/dsn.go) to the
sender, a local user: its local courier hands it to the mail delivery agent (`mail_delivery_agent_bin`), here a
shell script that saves its standard input, the report as chasquid delivers it, to one file.

Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout49_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers and chasquid, sends each case's message, waits for the reports,
and stops everything (checked with pgrep) at the end. The files land in <folder>/chasquid/<case>.eml.
"""

from __future__ import annotations

import argparse
import smtplib
import ssl
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heldout import Heldout  # noqa: E402
from heldout47 import recipient  # noqa: E402
from heldout47_run import fresh_work, kit_servers, report_run, save, wait_for_smtp  # noqa: E402
from heldout49 import HELDOUT49, SENDER_DOMAIN  # noqa: E402
from run import stop_group  # noqa: E402

# Debian 12's chasquid 1.11-2+b2: apt-get download, dpkg -x
CHASQUID = Path("/opt/x2/chasquid/usr/bin")
SUBMISSION_IP = "127.0.41.50"
LOCAL_DOMAIN = "chasquid.heldout49.example"
SENDER = f"root@{SENDER_DOMAIN}"
PASSWORD = "set49-loopback-only"


def original(h: Heldout) -> str:
    """The message sent: the X-Case-Id header names MTA and case (labels.check_label_in_bounce looks for it)."""
    return (f"From: {SENDER}\r\nTo: {recipient(h)}\r\nSubject: set 49, case {h.id}\r\nX-Case-Id: chasquid/{h.id}\r\n"
            "Date: Sun, 06 Dec 2026 17:40:00 +0000\r\n\r\nA test message of whybounce's set 49 (loopback only).\r\n")


def config(work: Path, caught: Path) -> Path:
    """chasquid's configuration directory, a self-signed certificate, the submitting user, the delivery agent that
    saves what chasquid delivers locally; resolv.conf for /etc."""
    conf = work / "chasquid"
    (conf / "domains" / SENDER_DOMAIN).mkdir(parents=True)
    caught.mkdir()
    mda = work / "mda.sh"
    mda.write_text(f'#!/bin/sh\ncat > "{caught}/$(date +%s.%N).eml"\n')
    mda.chmod(0o755)
    (conf / "certs" / LOCAL_DOMAIN).mkdir(parents=True)
    (conf / "chasquid.conf").write_text(
        f'hostname: "{LOCAL_DOMAIN}"\n'
        'smtp_address: "127.0.41.51:25"\n'
        f'submission_address: "{SUBMISSION_IP}:587"\n'
        'submission_over_tls_address: "127.0.41.52:465"\n'
        f'data_dir: "{work / "data"}"\n'
        f'mail_log_path: "{work / "mail.log"}"\n'
        f'mail_delivery_agent_bin: "{mda}"\n'
        'mail_delivery_agent_args: "%to%"\n')
    certs = conf / "certs" / LOCAL_DOMAIN
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    f"/CN={LOCAL_DOMAIN}", "-keyout", str(certs / "privkey.pem"), "-out", str(certs / "fullchain.pem")],
                   check=True, capture_output=True)
    subprocess.run([str(CHASQUID / "chasquid-util"), f"--configdir={conf}", "user-add", SENDER,
                    f"--password={PASSWORD}"], check=True, capture_output=True)
    etc = work / "etc"
    etc.mkdir()
    (etc / "resolv.conf").write_text("nameserver 127.0.0.1\n")
    return conf


def run_chasquid(work: Path, caught: Path, log: Path, wait: float) -> None:
    conf = config(work, caught)
    mounts = f"mount -t overlay overlay -o lowerdir={work / 'etc'}:/etc /etc &&"
    clog = (work / "chasquid.log").open("w")
    p = subprocess.Popen(["unshare", "-m", "--propagation", "private", "sh", "-c",
                          f"{mounts} exec {CHASQUID / 'chasquid'} -config_dir {conf} -v 1 -alsologtostderr"],
                         stdout=clog, stderr=subprocess.STDOUT, start_new_session=True)
    tls = ssl.create_default_context()
    tls.check_hostname, tls.verify_mode = False, ssl.CERT_NONE  # the self-signed certificate made above
    try:
        wait_for_smtp(SUBMISSION_IP, 587)
        for h in HELDOUT49:
            with smtplib.SMTP(SUBMISSION_IP, 587, timeout=30) as s:
                s.starttls(context=tls)
                s.login(SENDER, PASSWORD)
                refused = s.sendmail(SENDER, [recipient(h)], original(h).encode())
            with log.open("a") as f:
                print(f"chasquid {h.id}: submitted {refused or ''}", file=f)
        deadline = time.time() + wait
        while time.time() < deadline and len(list(caught.glob("*.eml"))) < len(HELDOUT49):
            time.sleep(1)
    finally:
        stop_group(p)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--work", type=Path, required=True, help="a scratch folder (configuration, queue)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--wait", type=float, default=90, help="seconds to wait for chasquid's reports")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    fresh_work(work)
    caught, log = work / "caught", work / "run.log"
    with kit_servers(work):
        run_chasquid(work, caught, log, args.wait)
    for path in sorted(caught.glob("*.eml")):
        save(path.read_bytes(), out, ("chasquid",), HELDOUT49)
    report_run(log, "[c]hasquid -config_dir")


if __name__ == "__main__":
    main()
