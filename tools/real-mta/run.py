#!/usr/bin/env python3
"""Make the real-MTA bounce fixtures: start the fake Internet, run the MTAs, send every case,
wait for the bounces and file them under tests/fixtures/real-mta/<mta>/.

Run as root on a Debian 12 machine (see tests/fixtures/real-mta/README.md), with a Python that
has dnslib:  python tools/real-mta/run.py [--mta postfix,exim] [--case ID,...]
Everything listens on 127.0.0.0/8 only, and every process started here is stopped (by its pid)
before the script ends, whatever happens.
"""

from __future__ import annotations

import argparse
import ctypes
import email.utils
import os
import re
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from cases import CASE_SETS, MTA, MTAS, Case, build_message, envid, recipients  # noqa: E402
from mailbox_io import read_mailbox  # noqa: E402

REPO = HERE.parent.parent
RESOLV = "/opt/real-mta/resolv/resolv.conf"
X = "/opt/x"
SENDMAIL_CF = "/etc/mail-real-mta/sendmail.cf"
SENDMAIL_BIN = f"{X}/sendmail-bin/usr/libexec/sendmail/sendmail"
EXIM_BIN = f"{X}/exim4-daemon-light/usr/sbin/exim4"
SMTPD_BIN = f"{X}/opensmtpd/usr/sbin/smtpd"
LOGDIR = Path("/var/log/real-mta")


def in_namespace(cmd: str, extra_mounts: str = "") -> list[str]:
    """Wrap a shell command so it runs with /etc/resolv.conf pointing at the fake DNS server."""
    mounts = f"mount --bind {RESOLV} /etc/resolv.conf && {extra_mounts}"
    return ["unshare", "-m", "--propagation", "private", "sh", "-c", f"{mounts} exec {cmd}"]


def stop_group(p: subprocess.Popen[bytes], grace: float = 10) -> None:
    """Stop a process started in a session of its own (``start_new_session``) with all it forked: SIGTERM to its
    process group, then SIGKILL if it has not ended within ``grace`` seconds. The one stop of every runner here
    (Processes.stop_all, heldout48_run.py's and heldout49_run.py's MTAs)."""
    if p.poll() is not None:
        return
    os.killpg(p.pid, signal.SIGTERM)
    try:
        p.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()


def run_in_session(argv: list[str], stdin: bytes | None = None,
                   timeout: float = 90) -> subprocess.CompletedProcess[bytes]:
    """Run ``argv`` to its end in a session of its own, its output captured (``stdin``: its input, else none);
    past ``timeout`` seconds its whole process group is killed, what it started too, and TimeoutExpired raised with
    the output so far (heldout47_run.py's MTAs, heldout50_run.py's fetchmail)."""
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        stdout, stderr = p.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        stdout, stderr = p.communicate()
        raise subprocess.TimeoutExpired(p.args, timeout, stdout, stderr) from None
    return subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr)


class Processes:
    """Every process this run started, stopped by pid in reverse order."""

    def __init__(self) -> None:
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.postfix = False
        # the configuration directory of the set's receiving Postfix (start_postfix_receiver), once started
        self.receiver: str | None = None
        # mount namespaces whose every process is ours (set 24's Courier daemons, which leave their process group)
        self.namespaces: list[str] = []
        # set 28: a second receiving Postfix's configuration directory, and connections held open to the receiver
        self.backend: str | None = None
        self.held: list[socket.socket] = []

    def start(self, name: str, argv: list[str]) -> subprocess.Popen[bytes]:
        """Start a long-running process with its output in LOGDIR/<name>.log."""
        log = open(LOGDIR / f"{name}.log", "ab")
        p = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append((name, p))
        time.sleep(1)
        if p.poll() is not None:
            raise SystemExit(f"{name} exited at once (status {p.returncode}); see {LOGDIR}/{name}.log")
        return p

    def hold(self, ip: str) -> None:
        """Open an SMTP connection to the receiver on ``ip`` and keep it open until the run ends (sets 28, 31, 34 and
        36 configure a limit on connections that a held one uses up)."""
        held = socket.create_connection((ip, 25), timeout=30)
        self.held.append(held)
        print(f"receiver: held connection to {ip}: {held.recv(512).decode(errors='replace').strip()}", flush=True)

    def stop_all(self) -> None:
        """SIGTERM each process group we started, then SIGKILL what is left."""
        for ns in self.namespaces:
            for pid in in_mount_namespace(ns):
                os.kill(pid, signal.SIGTERM)
                print(f"stopped pid {pid} of namespace {ns}")
            time.sleep(2)
            for pid in in_mount_namespace(ns):
                os.kill(pid, signal.SIGKILL)
                print(f"killed leftover pid {pid} of namespace {ns}")
        if self.postfix:
            subprocess.run(["postfix", "stop"], check=False)
        for held in self.held:
            held.close()
        if self.receiver:
            subprocess.run(["postfix", "-c", self.receiver, "stop"], check=False)
        if self.backend:
            subprocess.run(["postfix", "-c", self.backend, "stop"], check=False)
        for name, p in reversed(self.procs):
            stop_group(p)
            print(f"stopped {name} (pid {p.pid})")
        # children that left the group (daemons that forked a queue runner) are ours too
        for name, p in self.procs:
            leftover = subprocess.run(["pgrep", "-s", str(p.pid)], capture_output=True, text=True).stdout.split()
            for pid in map(int, leftover):
                os.kill(pid, signal.SIGKILL)
                print(f"killed leftover pid {pid} of {name}")


def in_mount_namespace(ns: str) -> list[int]:
    """The processes of one mount namespace (a link text of /proc/PID/ns/mnt), this one excepted."""
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit() and int(d.name) != os.getpid():
            try:
                if os.readlink(d / "ns/mnt") == ns:
                    pids.append(int(d.name))
            except OSError:
                continue
    return pids


def become_subreaper() -> None:
    """Adopt the orphans of daemons started here (Postfix's master forks away and its children
    outlive it for a moment) so they are reaped here instead of lingering as zombies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def reap_orphans() -> None:
    """Wait for adopted children after the daemons were stopped (at most 15 s)."""
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.5)


def start_mta(mta: MTA, procs: Processes, after_setup: Callable[[], None] | None = None) -> None:
    """Configure one MTA with its setup.sh and start it in its own mount namespace; ``after_setup``, when given, runs
    between the two (set 57: its own additions to the kit's configuration)."""
    subprocess.run([str(HERE / mta.name / "setup.sh")], check=True)
    if after_setup is not None:
        after_setup()
    if mta.name == "postfix":
        subprocess.run(in_namespace("postfix start"), check=True)
        procs.postfix = True
    elif mta.name == "exim":
        procs.start("exim", in_namespace(f"{EXIM_BIN} -bdf -q15s"))
    elif mta.name == "opensmtpd":
        mailname = "mount --bind /opt/real-mta/resolv/mailname-os /etc/mailname &&"
        if not Path("/etc/mailname").exists():
            Path("/etc/mailname").write_text("localhost\n")
        procs.start("opensmtpd", in_namespace(f"{SMTPD_BIN} -d -f /etc/smtpd-real-mta/smtpd.conf", mailname))
    elif mta.name == "sendmail":
        procs.start("sendmail", in_namespace(f"{SENDMAIL_BIN} -C {SENDMAIL_CF} -bD -q15s -L sm-real-mta"))
    wait_port(mta.port, 120)


def start_postfix_receiver(procs: Processes, conf: Path, ips: list[str], extra_mounts: str = "") -> None:
    """Start a set's receiving Postfix instance in the kit's DNS namespace (stopped by ``postfix -c ... stop``), then
    wait until each of its listeners accepts connections (sets 17, 21, 22, 26, 27, 28 and 29)."""
    subprocess.run(in_namespace(f"postfix -c {conf} start", extra_mounts), check=True)
    procs.receiver = str(conf)
    for ip in ips:
        wait_port(25, 60, ip)


def start_dovecot(procs: Processes, name: str, conf: Path, lmtp_socket: Path, quota_status: tuple[str, int]) -> None:
    """Start a set's Dovecot with its own configuration in the kit's DNS namespace, in the foreground (stopped by its
    pid), then wait for its LMTP socket and its quota-status policy service (sets 22 and 29)."""
    procs.start(name, in_namespace(f"dovecot -F -c {conf}"))
    deadline = time.time() + 60
    while not lmtp_socket.exists() and time.time() < deadline:
        time.sleep(1)
    wait_port(quota_status[1], 60, quota_status[0])


def start_receiver(procs: Processes) -> None:
    """Set 17: postgrey and the receiving Postfix instance of heldout17.py on 127.0.2.160 up, with the fake DNS.

    Then one message's MAIL FROM from 127.0.0.1 uses up the anvil rate limit of its case (one per hour)."""
    import heldout17

    Path("/var/lib/postgrey-rcv17").mkdir(exist_ok=True)
    shutil.chown("/var/lib/postgrey-rcv17", "postgrey", "postgrey")
    host, port = heldout17.POSTGREY
    procs.start("postgrey", ["postgrey", f"--inet={host}:{port}", "--delay=3600", "--dbdir=/var/lib/postgrey-rcv17",
                             "--pidfile=/run/postgrey-rcv17.pid"])
    ips = heldout17.write_receiver()
    start_postfix_receiver(procs, heldout17.CONF, ips, f"mount --bind {heldout17.HOSTS} /etc/hosts &&")
    anvil = next(ip for ip, h in heldout17.by_ip().items() if h.id == "mail-anvil-one")
    with smtplib.SMTP(anvil, 25, local_hostname="warmup.example", timeout=30) as s:
        code, _ = s.mail("warmup@warmup.example")
        print(f"receiver: anvil case's first MAIL FROM answered {code}", flush=True)


def start_exim_receiver(procs: Processes) -> None:
    """Set 18: the receiving Exim instance of heldout18.py (its own configuration, spool and log) on 127.0.2.190 up,
    in the kit's DNS namespace, in the foreground (-bdf) so that it is stopped by its pid like the others."""
    import heldout18

    ips = heldout18.write_receiver()
    procs.start("exim-rcv18", in_namespace(f"{EXIM_BIN} -C {heldout18.CONF} -bdf -odi"))
    for ip in ips:
        wait_port(25, 60, ip)


def start_sendmail_receiver(procs: Processes) -> None:
    """Set 19: the receiving Sendmail daemons of heldout19.py (each its own sendmail.cf, queue, access DB and pid
    file) on 127.0.2.220 up, in the kit's DNS namespace with heldout19.HOSTS over /etc/hosts (no line for 127.0.0.1),
    in the foreground (-bD) so that each is stopped by its pid like the others.

    Then one connection from 127.0.0.1 uses up the ratecontrol limit of its case (one per minute, renewed by the
    senders' own attempts)."""
    import heldout19

    hosts = f"mount --bind {heldout19.HOSTS} /etc/hosts &&"
    ips = heldout19.write_receiver(lambda cmd: in_namespace(cmd, hosts))
    for name in heldout19.instances():
        cf = heldout19.ETC / name / "sendmail.cf"
        procs.start(f"sendmail-rcv19-{name}",
                    in_namespace(f"{SENDMAIL_BIN} -C {cf} -bD -L sm-rcv19-{name}", hosts))
    for ip in ips:
        wait_port(25, 60, ip)
    rate = next(ip for ip, h in heldout19.by_ip().items() if h.id == "conn-rate-one")
    try:  # wait_port's connection was already one
        with smtplib.SMTP(rate, 25, local_hostname="warmup.example", timeout=30) as s:
            print(f"receiver: rate case's warm-up EHLO answered {s.ehlo()[0]}", flush=True)
    except smtplib.SMTPConnectError as e:
        print(f"receiver: rate case's warm-up connection answered {e.smtp_code}", flush=True)


def start_opensmtpd(procs: Processes, name: str, receiver: ModuleType, ips: list[str]) -> None:
    """A receiving OpenSMTPD of set module ``receiver`` on ``ips`` up, in the foreground (-d) so that it is stopped by
    its pid like the others. Its spool and control socket are compiled in, so it runs in a mount namespace of its
    own: the kit's DNS, the set's HOSTS over /etc/hosts (no line for 127.0.0.1), its MAILNAME over /etc/mailname, its
    SPOOL over /var/spool/smtpd and an empty RUN over /run (its own /var/run/smtpd.sock). Sets 20 and 35."""
    mounts = (f"mount --bind {receiver.HOSTS} /etc/hosts && mount --bind {receiver.MAILNAME} /etc/mailname &&"
              f" mount --bind {receiver.SPOOL} /var/spool/smtpd && mount --bind {receiver.RUN} /run &&")
    procs.start(name, in_namespace(f"{SMTPD_BIN} -d -f {receiver.CONF}", mounts))
    for ip in ips:
        wait_port(25, 60, ip)


def start_opensmtpd_receiver(procs: Processes) -> None:
    """Set 20: the receiving OpenSMTPD of heldout20.py on 127.0.2.240 up (start_opensmtpd)."""
    import heldout20

    start_opensmtpd(procs, "opensmtpd-rcv20", heldout20, heldout20.write_receiver())


def start_courier_receiver(procs: Processes) -> None:
    """Set 24: the receiving Courier of heldout24.py on 127.0.8.1 up, unpacked under /opt/x/courier. Its paths are
    compiled in, so it runs in a mount namespace of its own (heldout24.mounts: overlays and binds, then the kit's
    DNS); its start script starts courierd, authdaemond and one couriertcpd per case, which daemonize, then sleeps:
    procs.stop_all stops that process, and every other process of its namespace is stopped by its pid here."""
    import heldout24

    ips = heldout24.write_receiver()
    p = procs.start("courier-rcv24", ["unshare", "-m", "--propagation", "private", "sh", "-c",
                                      f"{heldout24.mounts()} mount --bind {RESOLV} /etc/resolv.conf &&"
                                      f" exec sh {heldout24.START}"])
    procs.namespaces.append(os.readlink(f"/proc/{p.pid}/ns/mnt"))
    for ip in ips:
        wait_port(25, 60, ip)


def start_filter_receiver(procs: Processes) -> None:
    """Set 21: the filters of heldout21.py (spamd and spamass-milter, OpenDMARC, OpenDKIM, amavisd-new; policyd-spf is
    spawned by the receiver itself) and the receiving Postfix instance on 127.0.3.1 up, all in the kit's DNS namespace
    (the filters in the foreground, stopped by their pids; the receiver by ``postfix -c ... stop``)."""
    import heldout21

    ips = heldout21.write_receiver()
    for name, argv in heldout21.daemons().items():
        procs.start(name, in_namespace(" ".join(argv)))
    for host, port in (heldout21.SPAMD, heldout21.SPAMASS_MILTER, heldout21.OPENDMARC, heldout21.OPENDKIM,
                       heldout21.AMAVIS):
        wait_port(port, 120, host)
    start_postfix_receiver(procs, heldout21.CONF, ips)


def start_dovecot_receiver(procs: Processes) -> None:
    """Set 22: the Dovecot of heldout22.py (LMTP, Sieve, quota-status; its own -c configuration and base_dir, in the
    foreground, stopped by its pid) and the receiving Postfix instance on 127.0.4.1 that delivers to it, both in the
    kit's DNS namespace (the receiver stopped by ``postfix -c ... stop``)."""
    import heldout22

    ips = heldout22.write_receiver()
    start_dovecot(procs, "dovecot-rcv22", heldout22.DOVECOT_CONF, heldout22.LMTP_SOCKET, heldout22.QUOTA_STATUS)
    start_postfix_receiver(procs, heldout22.CONF, ips)
    wait_port(heldout22.REINJECT[1], 60, heldout22.REINJECT[0])


def start_haraka_receiver(procs: Processes) -> None:
    """Set 23: one Haraka instance per case of heldout23.py (127.0.5.1 up), each with its own configuration
    directory, in the kit's DNS namespace with heldout23.HOSTS over /etc/hosts (no line for 127.0.0.1, so that the
    client's name comes from the fake DNS, which has none), in the foreground (stopped by their pids)."""
    import heldout23

    dirs = heldout23.write_receiver()
    for name, cmd in heldout23.daemons().items():
        procs.start(name, in_namespace(cmd, f"mount --bind {heldout23.HOSTS} /etc/hosts &&"))
    for ip in dirs:
        wait_port(25, 60, ip)


def start_qpsmtpd_receiver(procs: Processes) -> None:
    """Set 25: one qpsmtpd-forkserver per case of heldout25.py (127.0.9.1 up), each with its own configuration
    directory and spool, unpacked under /opt/x/qpsmtpd, in the kit's DNS namespace, in the foreground (stopped by
    their pids; the children a forkserver forks for its connections are in its process group)."""
    import heldout25

    dirs = heldout25.write_receiver()
    for name, cmd in heldout25.daemons().items():
        procs.start(name, in_namespace(cmd))
    for ip in dirs:
        wait_port(25, 60, ip)


def start_rspamd_receiver(procs: Processes) -> None:
    """Set 26: redis-server and one rspamd per case of heldout26.py (each its own LOCAL_CONFDIR, its proxy a milter
    on the case's address, port 11332), in the kit's DNS namespace, in the foreground (stopped by their pids), then
    the receiving Postfix instance on 127.0.10.1 up that asks them (stopped by ``postfix -c ... stop``).

    Then one message to the recipient of each warm-up case (the ratelimit bucket) goes through from 127.0.0.1."""
    import heldout26

    ips = heldout26.write_receiver()
    for name, cmd in heldout26.daemons().items():
        procs.start(name, in_namespace(cmd))
        if name.startswith("redis"):
            wait_port(heldout26.REDIS[1], 60, heldout26.REDIS[0])
    for ip in ips:
        wait_port(heldout26.MILTER_PORT, 180, ip)
    start_postfix_receiver(procs, heldout26.CONF, ips)
    for ip, rcpt in heldout26.warmups():
        with smtplib.SMTP(ip, 25, local_hostname="warmup.example", timeout=120) as s:
            s.sendmail("warmup@warmup.example", [rcpt], (
                f"From: warmup@warmup.example\r\nTo: {rcpt}\r\nSubject: warm-up\r\n"
                f"Date: {email.utils.formatdate()}\r\nMessage-ID: {email.utils.make_msgid()}\r\n\r\n"
                "warm-up\r\n").encode())
            print(f"receiver: warm-up message to {rcpt} accepted", flush=True)


def start_postscreen_receiver(procs: Processes) -> None:
    """Set 27: the receiving Postfix instance of heldout27.py (postscreen or smtpd listeners on 127.0.11.1 up), in the
    kit's DNS namespace (stopped by ``postfix -c ... stop``).

    wait_port's connection to each listener is the first from 127.0.0.1 (it uses up the connection rate case's one per
    hour); then one more connection to that case, and one RCPT TO to the recipient rate case, from 127.0.0.1."""
    import heldout27

    ips = heldout27.write_receiver()
    start_postfix_receiver(procs, heldout27.CONF, ips)
    for ip, what, rcpt in heldout27.warmups():
        try:
            with smtplib.SMTP(ip, 25, local_hostname="warmup.example", timeout=30) as s:
                if what == "rcpt":
                    s.mail("warmup@warmup.example")
                    code, _ = s.rcpt(rcpt)
                    print(f"receiver: warm-up RCPT TO {rcpt} answered {code}", flush=True)
                else:
                    print(f"receiver: warm-up EHLO on {ip} answered {s.ehlo()[0]}", flush=True)
        except smtplib.SMTPConnectError as e:
            print(f"receiver: warm-up connection to {ip} answered {e.smtp_code}", flush=True)


def start_verifying_receiver(procs: Processes) -> None:
    """Set 28: the second Postfix of heldout28.py (on heldout28.BACKEND_IP, what the verification probes reach), then
    the receiving Postfix instance (one smtpd per case on 127.0.12.1 up), both in the kit's DNS namespace (stopped by
    ``postfix -c ... stop``). Then one connection from 127.0.0.1 to each connection count case is opened and held
    until the run ends (closed by procs.stop_all)."""
    import heldout28

    ips = heldout28.write_receiver()
    backend = str(heldout28.BACKEND_CONF)
    subprocess.run(in_namespace(f"postfix -c {backend} start"), check=True)
    procs.backend = backend
    wait_port(25, 60, heldout28.BACKEND_IP)
    start_postfix_receiver(procs, heldout28.CONF, ips)
    time.sleep(2)  # wait_port's connections are closed: anvil has counted them out
    for ip in heldout28.holds():
        procs.hold(ip)


def start_dovecot_submission_receiver(procs: Processes) -> None:
    """Set 29: the Dovecot of heldout29.py (LMTP with quota, Sieve and proxying, quota-status, and its submission
    server on one case's address; its own -c configuration and base_dir, in the foreground, stopped by its pid) and
    the receiving Postfix instance on 127.0.13.1 up that delivers to it, both in the kit's DNS namespace (the receiver
    stopped by ``postfix -c ... stop``)."""
    import heldout29

    ips = heldout29.write_receiver()
    start_dovecot(procs, "dovecot-rcv29", heldout29.DOVECOT_CONF, heldout29.LMTP_SOCKET, heldout29.QUOTA_STATUS)
    wait_port(25, 60, heldout29.SUBMISSION_IP)
    start_postfix_receiver(procs, heldout29.CONF, ips)
    wait_port(heldout29.REINJECT[1], 60, heldout29.REINJECT[0])


def start_policy_receiver(procs: Processes) -> None:
    """Set 30: one policy daemon instance per case of heldout30.py (sqlgrey, policyd-weight, policyd-rate-limit; each
    its own configuration, state and port on 127.0.0.1, in the foreground, stopped by their pids) and the receiving
    Postfix instance on 127.0.14.1 up that asks them, all in the kit's DNS namespace, the receiver with heldout30.HOSTS
    over /etc/hosts (stopped by ``postfix -c ... stop``).

    Then one MAIL FROM and RCPT TO from 127.0.0.1 to each warm-up case (sqlgrey's pending triplet, the rate limit's
    one message)."""
    import heldout30

    ips = heldout30.write_receiver()
    procs.start("devlog-rcv30", [sys.executable, str(HERE / "devlog.py"), str(LOGDIR / "policyd-weight-rcv30.log"),
                                 str(heldout30.SYSLOG)])
    for name, (cmd, leaves) in heldout30.daemons().items():
        if not leaves:
            procs.start(name, in_namespace(cmd))
            continue
        p = procs.start(name, ["unshare", "-m", "--propagation", "private", "sh", "-c",
                               f"mount --bind {RESOLV} /etc/resolv.conf && {cmd}"])
        procs.namespaces.append(os.readlink(f"/proc/{p.pid}/ns/mnt"))
    for h in heldout30.HELDOUT30:
        wait_port(heldout30.port(h), 60, "127.0.0.1")
    conf = str(heldout30.CONF)
    subprocess.run(in_namespace(f"postfix -c {conf} start", f"mount --bind {heldout30.HOSTS} /etc/hosts &&"),
                   check=True)
    procs.receiver = conf
    for ip in ips:
        wait_port(25, 60, ip)
    for ip, rcpt in heldout30.warmups():
        with smtplib.SMTP(ip, 25, local_hostname="warmup.example", timeout=60) as s:
            s.mail("warmup@warmup.example")
            code, text = s.rcpt(rcpt)
            print(f"receiver: warm-up RCPT TO {rcpt} answered {code} {text.decode(errors='replace')}", flush=True)


def start_exim_callout_receiver(procs: Processes) -> None:
    """Set 31: greylistd (heldout31.GREYLISTD with its own configuration, state and socket; in the foreground, stopped
    by its pid), the backend Exim that the callouts reach (on heldout31.BACKEND_IP and BOUNCELESS_IP) and the
    receiving Exim instance on 127.0.15.1 up, both in the kit's DNS namespace in the foreground (-bdf), stopped by
    their pids. Then one connection from 127.0.0.1 is held open to the connection limit case until the run ends
    (closed by procs.stop_all)."""
    import heldout31

    ips = heldout31.write_receiver()
    procs.start("greylistd-rcv31", ["python3", str(heldout31.GREYLISTD), str(heldout31.GREYLISTD_CONF)])
    procs.start("exim-rcv31b", in_namespace(f"{EXIM_BIN} -C {heldout31.BACKEND_CONF} -bdf -odi"))
    for ip in (heldout31.BOUNCELESS_IP, heldout31.BACKEND_IP):
        wait_port(25, 60, ip)
    procs.start("exim-rcv31", in_namespace(f"{EXIM_BIN} -C {heldout31.CONF} -bdf -odi"))
    for ip in ips:
        wait_port(25, 60, ip)
    time.sleep(2)  # wait_port's connections are closed and their processes gone
    for ip in heldout31.holds():
        procs.hold(ip)

def start_chasquid_receiver(procs: Processes) -> None:
    """Set 32: a second fake DNS server without TXT records (heldout32.DNS_IP), greylistd and rspamd (in the foreground,
    stopped by their pids), then one chasquid per case of heldout32.py on 127.0.16.1 up, in the foreground, stopped by
    their pids: the SPF case's in the kit's DNS namespace, the others in a mount namespace of their own whose
    /etc/resolv.conf names the second DNS server (the greylisting case's with heldout32.RUN over /run, where its hook's
    greylist client finds greylistd's socket). Then warm-up messages fill the queue of the case that has them."""
    import heldout32

    ips = heldout32.write_receiver()
    procs.start("fake_dns-rcv32", [sys.executable, str(HERE / "fake_dns.py"), "--address", heldout32.DNS_IP,
                                   "--no-txt"])
    for name, (cmd, mounts) in heldout32.daemons().items():
        if mounts:
            procs.start(name, ["unshare", "-m", "--propagation", "private", "sh", "-c", f"{mounts} exec {cmd}"])
        else:
            procs.start(name, in_namespace(cmd))
    wait_port(11334, 60, "127.0.0.1")  # rspamd's controller, which the hook's rspamc asks
    for ip in ips:
        wait_port(25, 60, ip)
    for ip, rcpt, count in heldout32.warmups():
        with smtplib.SMTP(ip, 25, local_hostname="warmup.example", timeout=60) as s:
            for n in range(count):
                s.sendmail("warmup@warmup.example", [rcpt], f"Subject: warm-up {n}\r\n\r\nwarm-up\r\n")
        print(f"receiver: {count} warm-up messages to {rcpt} queued", flush=True)


def start_cyrus_receiver(procs: Processes) -> None:
    """Set 33: Cyrus IMAP's master (heldout33.master_command: its own imapd.conf and cyrus.conf; imapd and timsieved
    for the set-up, lmtpd on its Unix socket) in the kit's DNS namespace, in the foreground, stopped by its pid; then
    each case's mailbox made over IMAP, ManageSieve and LMTP (heldout33.provision), then the receiving Postfix
    instance on 127.0.17.1 up that delivers to Cyrus's lmtpd (stopped by ``postfix -c ... stop``)."""
    import heldout33

    ips = heldout33.write_receiver()
    procs.start("cyrus-rcv33", in_namespace(heldout33.master_command()))
    wait_port(143, 60, heldout33.ADMIN_IP)
    wait_port(4190, 60, heldout33.ADMIN_IP)
    deadline = time.time() + 60
    while not heldout33.LMTP_SOCKET.exists() and time.time() < deadline:
        time.sleep(1)
    heldout33.provision()
    start_postfix_receiver(procs, heldout33.CONF, ips)


def start_sendmail_feature_receiver(procs: Processes) -> None:
    """Set 34: the two more fake DNS servers of heldout34.DNS_SERVERS (one answering SERVFAIL, one a PTR name without
    an address), then one receiving Sendmail daemon per case of heldout34.py on 127.0.18.1 up (each its own
    sendmail.cf, queue, access DB and pid file), in the kit's DNS namespace with heldout34.HOSTS over /etc/hosts (no
    line for 127.0.0.1) and, where the case asks one of the two servers, its own resolv.conf over /etc/resolv.conf; in
    the foreground (-bD), stopped by their pids. Then the connections of heldout34.holds() are held open from
    127.0.0.1 until the run ends (closed by procs.stop_all)."""
    import heldout34

    ips = heldout34.write_receiver(lambda cmd: in_namespace(cmd, heldout34.mounts(None)))
    for resolver, (address, flags) in heldout34.DNS_SERVERS.items():
        procs.start(f"fake_dns-rcv34-{resolver}", [sys.executable, str(HERE / "fake_dns.py"), "--address", address,
                                                   *flags])
    for h in heldout34.listeners().values():
        cf = heldout34.ETC / heldout34.name(h) / "sendmail.cf"
        procs.start(f"sendmail-rcv34-{heldout34.name(h)}",
                    in_namespace(f"{SENDMAIL_BIN} -C {cf} -bD -L sm-rcv34-{heldout34.name(h)}", heldout34.mounts(h)))
    for ip in ips:
        wait_port(25, 60, ip)
    time.sleep(2)  # wait_port's connections are closed and their processes gone
    for ip, count in heldout34.holds():
        for _ in range(count):
            procs.hold(ip)


def start_opensmtpd_filter_receiver(procs: Processes) -> None:
    """Set 35: redis-server and the two rspamd instances of heldout35.daemons() (each its normal worker on its own
    address), in the kit's DNS namespace, in the foreground (stopped by their pids), then the receiving OpenSMTPD of
    heldout35.py on 127.0.19.1 up, with its filter-rspamd and filter-senderscore filters (OpenSMTPD's proc-exec
    children), in a mount namespace of its own as set 20's (start_opensmtpd)."""
    import heldout35

    ips = heldout35.write_receiver()
    for name, cmd in heldout35.daemons().items():
        procs.start(name, in_namespace(cmd))
        if name.startswith("redis"):
            wait_port(heldout35.REDIS[1], 60, heldout35.REDIS[0])
    for address in heldout35.RSPAMDS.values():
        wait_port(heldout35.RSPAMD_PORT, 180, address)
    start_opensmtpd(procs, "opensmtpd-rcv35", heldout35, ips)


def start_exim_scanning_receiver(procs: Processes) -> None:
    """Set 36: spamd and clamd of heldout36.daemons() (each on its own address), then the two receiving Exim instances
    of heldout36.py (Debian's exim4-daemon-heavy: the content-scanning one on 127.0.20.1 up, the smtp_accept_max one on
    its case's address), all in the kit's DNS namespace, in the foreground (stopped by their pids). Then one
    connection from 127.0.0.1 to each address of heldout36.holds() is held until the run ends (procs.stop_all)."""
    import heldout36

    ips = heldout36.write_receiver()
    for name, argv in heldout36.daemons().items():
        procs.start(name, in_namespace(" ".join(argv)))
    for host, port in (heldout36.SPAMD, heldout36.CLAMD):
        wait_port(port, 180, host)
    for name, conf in heldout36.instances().items():
        procs.start(name, in_namespace(f"{heldout36.EXIM_HEAVY} -C {conf} -bdf"))
    for ip in ips:
        wait_port(25, 60, ip)
    time.sleep(2)  # wait_port's connections are closed and their processes gone
    for ip in heldout36.holds():
        procs.hold(ip)


def start_milter_receiver(procs: Processes) -> None:
    """Set 37: the milters of heldout37.daemons() (two pyspf-milters, MIMEDefang's multiplexor and its mimedefang
    milter, vrfydmn; each on its own port of heldout37.MILTERS, in the foreground, stopped by their pids), in the
    kit's DNS namespace except the second pyspf-milter, whose own resolv.conf names an address where nothing listens;
    then the receiving Postfix instance of heldout37.py on 127.0.21.1 up (stopped by ``postfix -c ... stop``)."""
    import heldout37

    ips = heldout37.write_receiver()
    for name, (argv, resolv) in heldout37.daemons().items():
        if resolv:
            procs.start(name, ["unshare", "-m", "--propagation", "private", "sh", "-c",
                               f"mount --bind {resolv} /etc/resolv.conf && exec {' '.join(argv)}"])
        else:
            procs.start(name, in_namespace(" ".join(argv)))
    for host, port in heldout37.milter_ports():
        wait_port(port, 120, host)
    start_postfix_receiver(procs, heldout37.CONF, ips)


def start_restricting_receiver(procs: Processes) -> None:
    """Set 38: the receiving Postfix instance of heldout38.py on 127.0.22.1 up, in the kit's DNS namespace with
    heldout38.HOSTS over /etc/hosts (no line for 127.0.0.1), stopped by ``postfix -c ... stop``."""
    import heldout38

    ips = heldout38.write_receiver()
    start_postfix_receiver(procs, heldout38.CONF, ips, f"mount --bind {heldout38.HOSTS} /etc/hosts &&")


# The held-out sets whose cases a real receiving MTA answers (the others are the fake server's), and what starts it
RECEIVERS: dict[str, Callable[[Processes], None]] = {
    "heldout17": start_receiver,
    "heldout18": start_exim_receiver,
    "heldout19": start_sendmail_receiver,
    "heldout20": start_opensmtpd_receiver,
    "heldout21": start_filter_receiver,
    "heldout22": start_dovecot_receiver,
    "heldout23": start_haraka_receiver,
    "heldout24": start_courier_receiver,
    "heldout25": start_qpsmtpd_receiver,
    "heldout26": start_rspamd_receiver,
    "heldout27": start_postscreen_receiver,
    "heldout28": start_verifying_receiver,
    "heldout29": start_dovecot_submission_receiver,
    "heldout30": start_policy_receiver,
    "heldout31": start_exim_callout_receiver,
    "heldout32": start_chasquid_receiver,
    "heldout33": start_cyrus_receiver,
    "heldout34": start_sendmail_feature_receiver,
    "heldout35": start_opensmtpd_filter_receiver,
    "heldout36": start_exim_scanning_receiver,
    "heldout37": start_milter_receiver,
    "heldout38": start_restricting_receiver,
}


def wait_port(port: int, timeout: float, host: str = "127.0.0.1") -> None:
    """Wait until something accepts connections on host:port (Sendmail starts slowly)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection((host, port), timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"nothing listens on {host}:{port} after {timeout:.0f}s")


def clear_mailbox(mta: MTA) -> None:
    """Empty alice's mailbox for this MTA so only this run's bounces are collected."""
    p = Path(mta.mailbox)
    if mta.name == "sendmail":
        if p.exists():
            p.write_bytes(b"")
        return
    for sub in ("new", "cur", "tmp"):
        if (p / sub).is_dir():
            for f in (p / sub).iterdir():
                f.unlink()


def submit(case: Case, mta: MTA, stamp: str) -> str:
    """Send one case to the MTA by SMTP (with DSN options) or by its sendmail command."""
    msg = build_message(case, mta, stamp)
    rcpts = recipients(case, mta)
    sender = f"alice@{mta.domain}"
    if mta.name in case.by_command:
        flags = ["-f", sender, "-V", envid(case, mta)]
        if case.notify:
            flags += ["-N", case.notify.lower()]
        if case.ret:
            flags += ["-R", case.ret.lower()]
        cmd = ["/usr/sbin/sendmail"] if mta.name == "postfix" else [SENDMAIL_BIN, "-C", SENDMAIL_CF]
        argv = in_namespace(" ".join(cmd + flags + ["-oi", "--"] + rcpts))
        # the command exits non-zero when it refuses a recipient itself (the bounce still follows)
        done = subprocess.run(argv, input=msg.replace(b"\r\n", b"\n"), check=False)
        return f"command (exit {done.returncode})"
    mail_opts = [f"ENVID={envid(case, mta)}"] + ([f"RET={case.ret}"] if case.ret else [])
    rcpt_opts = [f"NOTIFY={case.notify}"] if case.notify else []
    with smtplib.SMTP("127.0.0.1", mta.port, local_hostname="submit.example", timeout=30) as s:
        refused = s.sendmail(sender, rcpts, msg, mail_opts, rcpt_opts)
    return f"smtp{' refused ' + str(refused) if refused else ''}"


def wait_for_bounces(mtas: list[MTA], min_wait: float, max_wait: float, quiet: float) -> None:
    """Wait at least min_wait s, then until no new message arrived for quiet s (max_wait cap)."""
    start = time.time()
    last_count, last_change = -1, start
    while True:
        count = sum(len(read_mailbox(Path(m.mailbox))) for m in mtas)
        now = time.time()
        if count != last_count:
            last_count, last_change = count, now
            print(f"  {int(now - start):4d}s: {count} messages in the senders' mailboxes", flush=True)
        if now - start >= max_wait or (now - start >= min_wait and now - last_change >= quiet):
            return
        time.sleep(5)


CASE_ID_RE = re.compile(rb"X-Case-Id:\s*([a-z]+)/([a-z0-9-]+)", re.I)
ENVID_RE = re.compile(rb"Original-Envelope-Id:\s*([a-z]+)\.([a-z0-9-]+)", re.I)
MSGID_RE = re.compile(rb"<([a-z0-9-]+)\.([a-z]+)\.\d+@mta-", re.I)


def case_of(raw: bytes) -> tuple[str, str] | None:
    """(mta, case id) of the original a bounce reports on, from the marker it quotes."""
    for rx in (CASE_ID_RE, ENVID_RE):
        m = rx.search(raw)
        if m:
            return m.group(1).decode().lower(), m.group(2).decode()
    m = MSGID_RE.search(raw)
    if m:
        return m.group(2).decode().lower(), m.group(1).decode()
    return None


def kind_of(raw: bytes) -> str:
    """bounce, delay or delivered, from the DSN Action fields (or the warning wording).

    OpenSMTPD 6.8 words its expiry bounce as a delay notice ("Action: delayed", status 4.4.7)
    although the envelope is deleted: "Envelope expired" makes it a bounce.
    """
    if b"Envelope expired" in raw:
        return "bounce"
    actions = {a.lower() for a in re.findall(rb"^Action:\s*(\w+)", raw, re.I | re.M)}
    if actions and actions <= {b"delayed"}:
        return "delay"
    if actions and actions <= {b"delivered", b"relayed", b"expanded"}:
        return "delivered"
    if not actions and re.search(rb"^Subject:.*(warning|delayed)", raw, re.I | re.M):
        return "delay"
    return "bounce"


def write_free(dest: Path, stem: str, raw: bytes) -> str:
    """Write ``raw`` as ``dest``/<stem>.eml, or <stem>-2.eml, -3, ... if taken (a second report of one case: a delay
    notice and its bounce, a retry's copy); the name written. Every runner files its reports so."""
    name, n = f"{stem}.eml", 1
    while (dest / name).exists():
        n += 1
        name = f"{stem}-{n}.eml"
    (dest / name).write_bytes(raw)
    return name


def file_case(out: Path, folder: str, case: str, raw: bytes, delay: bool) -> str:
    """File ``raw`` as out/<folder>/<case>[-delay][-N].eml (:func:`write_free`); "<folder>/<name>", as every runner
    lists what it wrote."""
    dest = out / folder
    dest.mkdir(parents=True, exist_ok=True)
    return f"{folder}/{write_free(dest, case + ('-delay' if delay else ''), raw)}"


def collect(mta: MTA, out: Path, unmatched: Path) -> list[str]:
    """File each message of alice's mailbox as out/<mta>/<case>[-delay|...].eml."""
    dest = out / mta.name
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("*.eml"):
        old.unlink()
    written: list[str] = []
    for i, raw in enumerate(read_mailbox(Path(mta.mailbox))):
        found = case_of(raw)
        if not found or found[0] != mta.name:
            unmatched.mkdir(parents=True, exist_ok=True)
            (unmatched / f"{mta.name}-{i:02d}.eml").write_bytes(raw)
            print(f"  {mta.name}: message {i} matches no case; saved in {unmatched}")
            continue
        written.append(file_case(out, mta.name, found[1], raw, kind_of(raw) == "delay"))
    return written


def main() -> None:
    """Run the whole matrix for the chosen MTAs."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mta", default=",".join(MTAS), help="comma-separated MTAs (default: all four)")
    ap.add_argument("--case", default="", help="comma-separated case ids (default: all)")
    ap.add_argument("--set", choices=sorted(CASE_SETS), default="tuned",
                    help="tuned: the 40 cases of tests/fixtures/real-mta; heldout: the documented replies of"
                         " heldout.py, filed under tests/fixtures/real-mta-heldout; heldout2 to heldout36: those of"
                         " heldout2.py to heldout37.py, filed under tests/fixtures/real-mta-heldout2 to -heldout37"
                         " (heldout17 to heldout37: a real receiving Postfix, Exim, Sendmail, OpenSMTPD, a Postfix"
                         " with real filters, a Postfix delivering to Dovecot, Haraka, Courier, qpsmtpd, a Postfix"
                         " with rspamd, a Postfix with postscreen, a Postfix verifying addresses, a Postfix with"
                         " Dovecot's LMTP, quota-status and submission, a Postfix asking greylisting, scoring and"
                         " rate-limit policy daemons, an Exim verifying by callouts with greylistd, chasquid with its"
                         " hooks, a Postfix delivering to Cyrus IMAP's lmtpd, Sendmail daemons with features set 19 did"
                         " not use, an OpenSMTPD with its rspamd and senderscore filters, an Exim"
                         " with content scanning (spamd, clamd), MIME and DATA ACLs, a Postfix with milters"
                         " (pyspf-milter, MIMEDefang, vrfydmn, a milter down), a Postfix with restrictions"
                         " and limits sets 17, 27 and 28 did not use (heldout38), instead of the fake server;"
                         " heldout39 to heldout46: documented replies again; heldout47 is made by"
                         " heldout47_run.py with dma and nullmailer, heldout48 by heldout48_run.py with Haraka's"
                         " outbound and Courier, heldout49 by heldout49_run.py with chasquid, not by this script)")
    ap.add_argument("--out", default="", help="default: the set's fixture folder")
    ap.add_argument("--min-wait", type=float, default=300, help="seconds to wait at least (expiry is 2 min)")
    ap.add_argument("--max-wait", type=float, default=600)
    ap.add_argument("--quiet", type=float, default=60, help="stop once no bounce arrived for this long")
    ap.add_argument("--no-syslog-sink", action="store_true",
                    help="do not bind /dev/log for Sendmail's log when no syslog daemon runs (its log is then lost)")
    ap.add_argument("--no-collect", action="store_true", help="send and wait, but leave the fixtures alone")
    ap.add_argument("--collect-only", action="store_true", help="only file what is in the mailboxes now")
    args = ap.parse_args()
    cases = CASE_SETS[args.set]
    if not args.out:
        folder = {"tuned": "real-mta", "catalogue43": "real-mta-catalogue"}.get(args.set, f"real-mta-{args.set}")
        args.out = str(REPO / "tests/fixtures" / folder)
    if os.geteuid() != 0:
        sys.exit("run.py must run as root (it starts MTAs and binds port 25 and 53 on loopback)")
    mtas = [MTAS[m] for m in args.mta.split(",") if m]
    chosen = set(args.case.split(",")) - {""}
    if args.collect_only:
        for mta in mtas:
            print(f"{mta.name}: {len(collect(mta, Path(args.out), LOGDIR / 'unmatched'))} fixtures written")
        return
    LOGDIR.mkdir(parents=True, exist_ok=True)
    become_subreaper()
    procs = Processes()
    stamp = str(int(time.time()))
    try:
        if not Path("/dev/log").exists() and not args.no_syslog_sink:
            procs.start("devlog", [sys.executable, str(HERE / "devlog.py"), str(LOGDIR / "syslog.log")])
        procs.start("fake_dns", [sys.executable, str(HERE / "fake_dns.py")])
        procs.start("fake_smtp", [sys.executable, str(HERE / "fake_smtp.py")])
        receiver = RECEIVERS.get(args.set)
        if receiver is not None:
            receiver(procs)
        for mta in mtas:
            start_mta(mta, procs)
            clear_mailbox(mta)
        for mta in mtas:
            for case in cases:
                if mta.name not in case.mtas or (chosen and case.id not in chosen):
                    continue
                try:
                    how = submit(case, mta, stamp)
                except (smtplib.SMTPException, OSError, subprocess.CalledProcessError) as e:
                    how = f"FAILED: {e!r}"
                print(f"{mta.name:9s} {case.id:36s} {how}", flush=True)
        wait_for_bounces(mtas, args.min_wait, args.max_wait, args.quiet)
        if not args.no_collect:
            out = Path(args.out)
            for mta in mtas:
                files = collect(mta, out, LOGDIR / "unmatched")
                print(f"{mta.name}: {len(files)} fixtures written")
    finally:
        procs.stop_all()
        reap_orphans()


if __name__ == "__main__":
    main()
