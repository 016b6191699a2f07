#!/usr/bin/env python3
"""Set 58's fake smarthosts (heldout58.SCRIPTS): one relay per case on its loopback address, port 25, speaking
ESMTP with real STARTTLS (Python's ssl, the certificate heldout58_run.py made for that address with openssl) and
the AUTH extension (PLAIN and LOGIN, RFC 4954 section 4), refusing where the case's script says so. Messages that get
through are read and discarded. The log names addresses, commands and reply codes only, never credentials or
message content.

  python smarthost58.py --certs <folder with ca.pem, <ip>.pem, <ip>.key>
Traffic stays on 127.0.0.0/8; it runs until SIGTERM.
"""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import socketserver
import ssl
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout58 import SCRIPTS, Script, by_ip

LOG = logging.getLogger("smarthost58")


class Session:
    """One connection: its script, whether TLS and AUTH succeeded, the sender."""

    def __init__(self, sock: socket.socket, script: Script, host: str, context: ssl.SSLContext | None) -> None:
        self.sock, self.script, self.host, self.context = sock, script, host, context
        self.file = sock.makefile("rb")
        self.tls = self.authed = False
        self.sender = ""
        self.client_ip = sock.getpeername()[0]
        self.log: list[str] = []

    def send(self, line: str) -> None:
        self.sock.sendall(line.encode() + b"\r\n")

    def readline(self) -> str:
        raw = self.file.readline(4096)
        if not raw:
            raise ConnectionError("closed")
        return raw.decode("utf-8", "replace").rstrip("\r\n")

    def fill(self, reply: str, rcpt: str = "") -> str:
        return reply.replace("{sender}", self.sender).replace("{rcpt}", rcpt).replace("{client_ip}", self.client_ip)

    def reply(self, verb: str, line: str) -> None:
        self.log.append(f"{verb}:{line[:3]}")
        self.send(line)

    def ehlo(self) -> None:
        offers = ["PIPELINING", "SIZE 10240000", "ENHANCEDSTATUSCODES", "8BITMIME",
                  *(self.script.post if self.tls else self.script.pre)]
        lines = [self.host, *offers]
        for i, text in enumerate(lines):
            self.send(f"250{' ' if i == len(lines) - 1 else '-'}{text}")
        self.log.append("EHLO:250")

    def starttls(self) -> bool:
        """STARTTLS: the script's refusal, or 220 and the handshake; False when the connection is gone."""
        if self.tls or "STARTTLS" not in self.script.pre:
            self.reply("STARTTLS", "503 5.5.1 Error: STARTTLS not offered")
            return True
        if self.script.starttls:
            self.reply("STARTTLS", self.script.starttls)
            return True
        self.reply("STARTTLS", "220 2.0.0 Ready to start TLS")
        assert self.context is not None
        try:
            self.sock = self.context.wrap_socket(self.sock, server_side=True)
        except (ssl.SSLError, OSError) as e:
            self.log.append(f"handshake-failed:{type(e).__name__}")
            return False
        self.file = self.sock.makefile("rb")
        self.tls = True
        self.log.append("tls")
        return True

    def auth(self, line: str) -> None:
        """AUTH PLAIN [initial] or AUTH LOGIN: the script's refusal at the command or after the credentials."""
        offered = self.script.post if self.tls else self.script.pre
        parts = line.split()
        mech = parts[1].upper() if len(parts) > 1 else ""
        if not any(o.startswith("AUTH ") and mech in o.split()[1:] for o in offered):
            self.reply("AUTH", "504 5.5.4 Unrecognized authentication type")
            return
        if self.script.auth_at_command:
            self.reply("AUTH", self.script.auth_at_command)
            return
        if mech == "PLAIN" and len(parts) < 3:
            self.send("334 ")
            self.readline()
        elif mech == "LOGIN":
            for prompt in ("334 VXNlcm5hbWU6", "334 UGFzc3dvcmQ6"):
                if len(parts) > 2 and prompt.endswith("VXNlcm5hbWU6"):
                    continue  # the user name came with the command (RFC 4954 section 4 initial response)
                self.send(prompt)
                self.readline()
        if self.script.auth:
            self.reply("AUTH", self.script.auth)
            return
        self.authed = True
        self.reply("AUTH", "235 2.7.0 Authentication successful")

    def data(self) -> None:
        self.send("354 End data with <CR><LF>.<CR><LF>")
        while self.readline() != ".":
            pass
        self.reply("DATA", "250 2.0.0 Ok: queued as RELAY58")

    def run(self) -> None:
        self.send(f"220 {self.host} ESMTP relay")
        while True:
            line = self.readline()
            verb = line.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self.ehlo() if verb == "EHLO" else self.reply(verb, f"250 {self.host}")
            elif verb == "STARTTLS":
                if not self.starttls():
                    return
            elif verb == "AUTH":
                self.auth(line)
            elif verb == "MAIL":
                self.sender = line.partition("<")[2].partition(">")[0]
                if self.script.mail:
                    self.reply("MAIL", self.fill(self.script.mail))
                elif self.script.need_auth and not self.authed:
                    self.reply("MAIL", "530 5.7.0 Authentication required")
                else:
                    self.reply("MAIL", "250 2.1.0 Ok")
            elif verb == "RCPT":
                rcpt = line.partition("<")[2].partition(">")[0]
                self.reply("RCPT", self.fill(self.script.rcpt, rcpt) if self.script.rcpt else "250 2.1.5 Ok")
            elif verb == "DATA":
                self.data()
            elif verb in ("RSET", "NOOP"):
                self.reply(verb, "250 2.0.0 Ok")
            elif verb == "QUIT":
                self.reply(verb, "221 2.0.0 Bye")
                return
            else:
                self.reply(verb, "502 5.5.2 Error: command not recognized")


class Handler(socketserver.BaseRequestHandler):
    """One connection to one relay address."""

    def handle(self) -> None:
        ip = self.request.getsockname()[0]
        server: Server = self.server  # type: ignore[assignment]
        s = Session(self.request, SCRIPTS[server.case], f"mx.{server.domain}", server.context)
        self.request.settimeout(120)
        try:
            s.run()
        except (ConnectionError, TimeoutError, OSError, ssl.SSLError):
            s.log.append("closed")
        finally:
            LOG.info("%s %s %s", ip, server.case, " ".join(s.log))


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, ip: str, case: str, domain: str, context: ssl.SSLContext | None, port: int = 25) -> None:
        self.case, self.domain, self.context = case, domain, context
        super().__init__((ip, port), Handler)


def context_for(certs: Path, ip: str) -> ssl.SSLContext | None:
    """The TLS context of a relay, with the certificate made for its address (none where it has none)."""
    if not (certs / f"{ip}.pem").exists():
        return None
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certs / f"{ip}.pem", certs / f"{ip}.key")
    return ctx


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--certs", type=Path, required=True)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    servers = [Server(ip, h.id, h.domain, context_for(args.certs, ip)) for ip, h in by_ip().items()]
    for srv in servers:
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    LOG.info("smarthost58 listening on %s port 25", ", ".join(by_ip()))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    for srv in servers:
        srv.shutdown()
        srv.server_close()


if __name__ == "__main__":
    main()
