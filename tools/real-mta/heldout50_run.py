#!/usr/bin/env python3
"""Make set 50's bounces (heldout50.py): fetchmail 6.4.37 from Debian 12's package (`apt-get download fetchmail`,
`dpkg -x` into /opt/x2/fetchmail; not installed, so no service or user of the package is set up), run once in the
foreground (`fetchmail -f <rcfile> --nodetach -v --nosyslog`) as root in a private mount and UTS namespace, where:

- the hostname is fetchmail.heldout50.example and /etc/hosts (an overlay of a scratch folder over /etc, with
  resolv.conf naming the kit's fake DNS) gives it an address and maps "localhost" to heldout50.CATCHER_IP:
  fetchmail sends its report (sink.c, send_bouncemail) to the SMTP listener on "localhost" port 25, whatever the
  smtphost; there a Postfix 3.7 instance of the kit's installed Postfix (local_postfix) takes it and delivers it
  to the sender's maildir, as the sender of a fetchmail user's refused mail receives it;
- the rcfile (made here) has the global `set no softbounce` (fetchmail 6.4's default keeps a message a listener
  refuses for good on the server as if the refusal were temporary and sends no report; its manual recommends hard
  bounces once a configuration is tested) and leaves bouncemail (reports to the sender) and the empty antispam list
  at their defaults; one poll per case, on this script's fake POP3 server (heldout50.POP3_IP, the case id as user
  name, plain POP3: `sslproto ''`), with `smtphost` the case's fake server and `smtpname` the case's recipient.

The fake POP3 server (below, the POP3 side is not under test) holds one message per case, with the X-Case-Id header
(labels.check_label_in_bounce looks for it) and a Return-Path at heldout50.SENDER_DOMAIN, the envelope sender
fetchmail forwards it with and reports to. Traffic stays on 127.0.0.0/8. Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python tools/real-mta/heldout50_run.py --work <scratch> --out <folder>
It starts the kit's fake DNS and fake SMTP servers, the local Postfix, the POP3 server (and the LMTP servers), runs
fetchmail once, and stops everything (checked with pgrep) at the end. The files land in <folder>/fetchmail/<case>.eml
(<folder>/fetchmail-lmtp/ for the LMTP path, a check run: not filed, see the set's README).
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fake_smtp import Session, fill  # noqa: E402
from heldout import Heldout  # noqa: E402
from heldout47_run import fresh_work, kit_servers, quoted_case, report_run, save, wait_for_smtp  # noqa: E402
from heldout50 import CATCHER_IP, HELDOUT50, POP3_IP, SENDER_DOMAIN, by_ip  # noqa: E402
from receiver import dist_master, postfix_main_cf, write_postfix  # noqa: E402
from run import run_in_session  # noqa: E402

FETCHMAIL = Path("/opt/x2/fetchmail/usr/bin/fetchmail")
HOSTNAME = "fetchmail.heldout50.example"
HOST_IP = "127.0.42.61"  # the address /etc/hosts gives HOSTNAME (fetchmail's Reporting-MTA: host_fqdn)
SENDER = f"sender@{SENDER_DOMAIN}"
PASSWORD = "set50-loopback-only"
# The two delivery paths, each a folder of the set: fetchmail forwarding by SMTP to port 25 (its default) and by LMTP
# (RFC 2033; its `lmtp` option) to port 24 of the same address
SMTP, LMTP = "fetchmail", "fetchmail-lmtp"
PATHS = (SMTP, LMTP)


def recipient(h: Heldout) -> str:
    """The case's recipient (fetchmail's RCPT TO, its smtpname): at the case's domain, as set 47's."""
    return f"user@{h.domain}"


def original(path: str, h: Heldout) -> bytes:
    """The message the POP3 server holds for case ``h`` on delivery path ``path`` (CRLF lines, as POP3 sends
    them)."""
    lines = [f"Return-Path: <{SENDER}>", f"From: {SENDER}", f"To: {recipient(h)}", f"Subject: set 50, case {h.id}",
             "Date: Sun, 06 Dec 2026 20:00:00 +0000", f"Message-ID: <{h.id}@{SENDER_DOMAIN}>",
             f"X-Case-Id: {path}/{h.id}", "", "A test message of whybounce's set 50 (loopback only).", ""]
    return "\r\n".join(lines).encode()


class Pop3(socketserver.StreamRequestHandler):
    """A minimal POP3 server (RFC 1939: USER/PASS, STAT, LIST, UIDL, RETR, TOP, DELE, NOOP, RSET, QUIT; CAPA from
    RFC 2449; no LAST): the mailbox of user <case id> holds that case's message. Logs commands, never content."""

    messages: ClassVar[dict[str, bytes]] = {}
    log: ClassVar[list[str]] = []

    def send(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.send("+OK fake POP3 of set 50 ready")
        user, msg, deleted = "", b"", False
        while raw := self.rfile.readline():
            cmd, _, arg = raw.decode("ascii", "replace").strip().partition(" ")
            cmd = cmd.upper()
            self.log.append(f"{user or '-'} {cmd}")
            if cmd == "CAPA":
                self.wfile.write(b"+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n")
            elif cmd == "USER":
                user = arg
                self.send("+OK")
            elif cmd == "PASS":
                msg = self.messages.get(user, b"")
                self.send("+OK" if msg and arg == PASSWORD else "-ERR no such mailbox")
            elif cmd == "STAT":
                self.send(f"+OK {0 if deleted else 1} {0 if deleted else len(msg)}")
            elif cmd == "LIST" and arg:
                self.send(f"+OK 1 {len(msg)}")
            elif cmd == "LIST":
                self.wfile.write(b"+OK\r\n" + (b"" if deleted else f"1 {len(msg)}\r\n".encode()) + b".\r\n")
            elif cmd == "UIDL" and arg:
                self.send(f"+OK 1 {user}")
            elif cmd == "UIDL":
                self.wfile.write(b"+OK\r\n" + (b"" if deleted else f"1 {user}\r\n".encode()) + b".\r\n")
            elif cmd in ("RETR", "TOP"):
                # TOP msg n: the header and the first n lines of the body (fetchmail asks "TOP 1 99999999")
                head, _, body_lines = msg.partition(b"\r\n\r\n")
                count = int(arg.split()[1]) if cmd == "TOP" and len(arg.split()) > 1 else None
                kept = body_lines.splitlines(keepends=True)[:count]
                body = msg if cmd == "RETR" else head + b"\r\n\r\n" + b"".join(kept)
                stuffed = b"".join(b"." + x if x.startswith(b".") else x for x in body.splitlines(keepends=True))
                self.wfile.write(f"+OK {len(msg)} octets\r\n".encode() + stuffed + b".\r\n")
            elif cmd == "DELE":
                deleted = True
                self.send("+OK deleted")
            elif cmd == "QUIT":
                self.send("+OK bye")
                return
            elif cmd == "NOOP" or cmd == "RSET":
                deleted = deleted and cmd != "RSET"
                self.send("+OK")
            else:  # LAST (RFC 1725, gone from RFC 1939) and anything else
                self.send("-ERR unknown command")


class Lmtp(socketserver.StreamRequestHandler):
    """A fake LMTP server (RFC 2033) on each case's address, port 24: the case's reply at its stage, as fake_smtp.py
    gives it over SMTP (its ``fill`` puts in the addresses), except that at the end of the data LMTP answers once
    per accepted recipient (RFC 2033 section 4.2), each with the case's reply. Logs commands and codes only."""

    log: ClassVar[list[str]] = []

    def handle(self) -> None:
        ip = str(self.request.getsockname()[0])  # the case's address the connection arrived on
        h = by_ip()[ip]
        s = Session("scripted", f"lmtp.fake-{ip.replace('.', '-')}.example", client_ip=self.client_address[0],
                    script=h)
        self.wfile.write(f"220 {s.host} LMTP ready\r\n".encode())
        while raw := self.rfile.readline():
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            reply = self.reply(verb, line, s, h)
            self.log.append(f"{ip} {verb}:{reply[:3].decode()}")
            self.wfile.write(reply)
            if verb == "QUIT":
                return

    def reply(self, verb: str, line: str, s: Session, h: Heldout) -> bytes:
        """The reply to one command; DATA reads the message and gives the per-recipient replies."""
        address = re.search(r"<([^>]*)>", line)
        if verb == "LHLO":
            return f"250-{s.host}\r\n250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n".encode()
        if verb == "MAIL":
            s.sender, s.rcpts = (address[1] if address else ""), []
            return fill(list(h.reply), s) if h.stage == "MAIL" else b"250 2.1.0 Ok\r\n"
        if verb == "RCPT":
            rcpt = address[1] if address else ""
            if h.stage == "RCPT":
                return fill(list(h.reply), s, rcpt)
            s.rcpts.append(rcpt)
            return b"250 2.1.5 Ok\r\n"
        if verb == "DATA":
            if not s.rcpts:
                return b"503 5.5.1 No valid recipients\r\n"
            self.wfile.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
            while self.rfile.readline() not in (b".\r\n", b".\n", b""):
                pass
            each = [fill(list(h.reply), s, r) if h.stage == "DATA" else b"250 2.0.0 Ok\r\n" for r in s.rcpts]
            s.rcpts = []
            return b"".join(each)
        if verb == "QUIT":
            return b"221 2.0.0 Bye\r\n"
        return b"250 2.0.0 Ok\r\n"  # RSET, NOOP


def rcfile(work: Path, paths: tuple[str, ...], softbounce: bool) -> Path:
    """fetchmail's run control file: hard bounces, one poll per case and delivery path (see the module's
    docstring): SMTP to the case's fake server, or LMTP (`lmtp`, smtphost <address>/24) to this script's fake LMTP
    server on the same address."""
    ip = {h.id: a for a, h in by_ip().items()}
    polls = [f'poll {path}.{h.id}.pop.heldout50.example via {POP3_IP} protocol pop3 port 110 auth password\n'
             f'  user "{path}/{h.id}" there with password "{PASSWORD}" is root here\n'
             f'  smtphost {ip[h.id]}{"/24 lmtp" if path == LMTP else ""} smtpname "{recipient(h)}"'
             " sslproto '' no sslcertck\n" for path in paths for h in HELDOUT50]
    rc = work / "fetchmailrc"
    rc.write_text(("" if softbounce else "set no softbounce\n") + "set no syslog\n" + "".join(polls))
    rc.chmod(0o600)
    return rc


def namespace(work: Path) -> str:
    """The shell prefix of the namespace: hostname, /etc overlay (hosts, resolv.conf)."""
    etc = work / "etc"
    etc.mkdir()
    (etc / "hosts").write_text(f"{CATCHER_IP} localhost\n{HOST_IP} {HOSTNAME} fetchmail\n")
    (etc / "resolv.conf").write_text("nameserver 127.0.0.1\n")
    return f"hostname {HOSTNAME} && mount -t overlay overlay -o lowerdir={etc}:/etc /etc &&"


def run_fetchmail(work: Path, log: Path, paths: tuple[str, ...], softbounce: bool) -> None:
    """One fetchmail run over every case of each path, with the POP3 and LMTP servers up for it."""
    rc = rcfile(work, paths, softbounce)
    home = work / "home"
    home.mkdir()
    Pop3.messages = {f"{path}/{h.id}": original(path, h) for path in paths for h in HELDOUT50}
    socketserver.ThreadingTCPServer.allow_reuse_address = True  # a run just before leaves the port in TIME_WAIT
    servers = [socketserver.ThreadingTCPServer((POP3_IP, 110), Pop3),
               *(socketserver.ThreadingTCPServer((ip, 24), Lmtp) for ip in by_ip())]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        cmd = (f"env HOME={home} FETCHMAILHOME={home} LC_ALL=C {FETCHMAIL} -f {rc} --nodetach -v --nosyslog"
               f" -i {home}/fetchids")
        argv = ["unshare", "-m", "-u", "--propagation", "private", "sh", "-c", f"{namespace(work)} {cmd}"]
        try:
            r = run_in_session(argv, timeout=300)
        except subprocess.TimeoutExpired as hung:  # fetchmail hung: it and what it started were killed
            r = subprocess.CompletedProcess(argv, -signal.SIGKILL, hung.stdout or b"", hung.stderr or b"")
        (work / "fetchmail.out").write_bytes(r.stdout + b"\n--- stderr\n" + r.stderr)
        with log.open("a") as f:
            print(f"fetchmail exit {r.returncode}", file=f)
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
    with log.open("a") as f:
        print("pop3: " + "; ".join(Pop3.log), file=f)
        print("lmtp: " + "; ".join(Lmtp.log), file=f)


def local_postfix(work: Path) -> tuple[Path, Path]:
    """The local MTA on "localhost" (heldout50.CATCHER_IP in fetchmail's namespace): a Postfix 3.7 instance of the
    kit's installed Postfix (receiver.postfix_main_cf, write_postfix), whose one listener is CATCHER_IP:25 and whose
    one domain, heldout50.SENDER_DOMAIN, is a virtual mailbox domain delivered by virtual(8) to one maildir: the
    sender's mailbox, where fetchmail's reports land as the sender receives them (with the Return-Path, Received,
    Date and Message-ID Postfix adds). Returns the configuration directory and the maildir's ``new`` folder."""
    conf, queue, data, mail = work / "postfix", work / "pf-queue", work / "pf-data", work / "mail"
    own = {"virtual_mailbox_domains": SENDER_DOMAIN, "virtual_mailbox_base": str(mail),
           "virtual_mailbox_maps": "static:sender/", "virtual_uid_maps": "static:102", "virtual_gid_maps": "static:105",
           "maillog_file_prefixes": f"/var, /dev/stdout, {work}", "maillog_file": str(work / "postfix.log")}
    main_cf = postfix_main_cf("postfix-set50", "heldout50.example", queue, data, own, host="local")
    write_postfix(conf, main_cf, [*dist_master(), f"{CATCHER_IP}:smtp inet n - n - - smtpd"], queue, data, fresh=True)
    mail.mkdir()
    shutil.chown(mail, "postfix", "postfix")  # virtual(8) delivers as the static uid/gid above, the postfix user's
    return conf, mail / "sender" / "new"


def file_reports(delivered: list[Path], out: Path) -> None:
    """File each delivered report as <out>/<path>/<case>.eml by the X-Case-Id of the headers it returns; a second
    report on the same message (fetchmail over LMTP can send two, sink.c close_sink) as <case>-2.eml, in delivery
    order. A report that names no case is kept as unmatched-*.eml (heldout47_run.save)."""
    seen: dict[str, int] = {}
    for path in delivered:
        raw = path.read_bytes()
        found = quoted_case(raw, PATHS, HELDOUT50)
        if found is None:
            save(raw, out, PATHS, HELDOUT50)
            continue
        key = f"{found[0]}/{found[1].id}"
        seen[key] = seen.get(key, 0) + 1
        name = out / (key + (f"-{seen[key]}" if seen[key] > 1 else "") + ".eml")
        name.parent.mkdir(parents=True, exist_ok=True)
        name.write_bytes(raw.rstrip(b"\n") + b"\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--work", type=Path, required=True, help="a scratch folder (rcfile, home, logs, Postfix)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--paths", default=SMTP, help=f"comma-separated, of {', '.join(PATHS)} (the set's files: {SMTP})")
    ap.add_argument("--softbounce", action="store_true", help="keep fetchmail's default softbounce (a check run)")
    args = ap.parse_args()
    work, out = args.work.resolve(), args.out.resolve()
    fresh_work(work)
    log = work / "run.log"
    conf, maildir = local_postfix(work)
    with kit_servers(work):
        started = subprocess.run(["postfix", "-c", str(conf), "start"], capture_output=True, text=True)
        if started.returncode:
            sys.exit(f"postfix -c {conf} start: {started.stderr.strip()}")
        try:
            wait_for_smtp(CATCHER_IP, 25)
            run_fetchmail(work, log, tuple(args.paths.split(",")), args.softbounce)
            deadline = time.time() + 30  # virtual(8) delivers within seconds; wait until the queue is empty
            while time.time() < deadline and any(p.is_file() for q in ("incoming", "active", "deferred")
                                                 for p in (work / "pf-queue" / q).rglob("*")):
                time.sleep(1)
        finally:
            subprocess.run(["postfix", "-c", str(conf), "stop"], check=False, capture_output=True)
    file_reports(sorted(maildir.glob("*"), key=lambda p: (p.stat().st_mtime_ns, p.name)) if maildir.exists() else [],
                 out)
    report_run(log, f"[o]pt/x2/fetchmail|[p]ostfix-set50|-c {conf}")


if __name__ == "__main__":
    main()
