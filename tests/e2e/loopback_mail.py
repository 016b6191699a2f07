"""Loopback mail servers for the e2e test: an SMTP server that refuses every recipient, a POP3 server
that refuses everything, each with a reply chosen by the test.

They speak just enough of RFC 5321 / RFC 1939 for Thunderbird to get to the refusal, record the
commands they received (never a message: the SMTP server refuses before DATA), and listen on
127.0.0.1 only. Each runs in a daemon thread of the test process and is stopped by ``close()``.
"""

from __future__ import annotations

import socketserver
import threading
from typing import Any


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, handler: type[socketserver.StreamRequestHandler], reply: str) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.reply = reply
        self.commands: list[str] = []
        self.lock = threading.Lock()

    def record(self, line: str) -> None:
        with self.lock:
            self.commands.append(line)


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def say(self, text: str) -> None:
        self.wfile.write(text.encode("utf-8") + b"\r\n")
        self.wfile.flush()

    def lines(self) -> Any:
        """Commands as they arrive, one line each (no line is longer than 4 KiB here)."""
        while True:
            raw = self.rfile.readline(4096)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            self.server.record(line)
            yield line


class _SmtpHandler(_Handler):
    def handle(self) -> None:
        self.say("220 mail.example.test ESMTP whybounce-e2e")
        for line in self.lines():
            verb = line.split(" ", 1)[0].split(":", 1)[0].upper()
            if verb == "EHLO":
                self.say("250-mail.example.test")
                self.say("250 8BITMIME")
            elif verb in ("HELO", "MAIL", "RSET", "NOOP"):
                self.say("250 2.0.0 Ok")
            elif verb == "RCPT":
                self.say(self.server.reply)
            elif verb == "QUIT":
                self.say("221 2.0.0 Bye")
                return
            elif verb == "DATA" and self.server.reply.startswith("2"):
                self.say("354 End data with <CR><LF>.<CR><LF>")
                while (raw := self.rfile.readline(65536)) and raw.rstrip(b"\r\n") != b".":
                    pass  # an accepting server (the control case) swallows the message unread
                self.say("250 2.0.0 Ok: queued")
            else:  # every recipient was refused: no DATA
                self.say("503 5.5.1 Error: no valid recipients")


class _Pop3Handler(_Handler):
    def handle(self) -> None:
        # Refused at the greeting and again at USER, before Thunderbird asks for a password: its dialog then
        # quotes the reply (Thunderbird 153 stops at the greeting; 140 goes on to USER).
        self.say(self.server.reply)
        for line in self.lines():
            if line.split(" ", 1)[0].upper() == "QUIT":
                self.say("+OK Bye")
                return
            self.say(self.server.reply)


class LoopbackServer:
    """One server in a background thread: ``LoopbackServer("smtp", "550 5.7.1 ... Relaying denied")``."""

    def __init__(self, protocol: str, reply: str) -> None:
        handler = {"smtp": _SmtpHandler, "pop3": _Pop3Handler}[protocol]
        self._server = _Server(handler, reply)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def commands(self) -> list[str]:
        with self._server.lock:
            return list(self._server.commands)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
