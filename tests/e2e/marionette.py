"""A minimal Marionette client: just what the e2e test needs to click like a user.

Marionette is Gecko's remote protocol (Thunderbird started with ``--marionette``). The wire format
is ``<length>:<json>``; a command is ``[0, id, name, params]`` and its answer
``[1, id, error, result]``. Writing these few lines avoids a dependency on ``marionette-driver``
(and its mozrunner/mozprofile tree) for three commands.
"""

from __future__ import annotations

import base64
import json
import socket
import time
from typing import Any


class MarionetteError(RuntimeError):
    """An error answer from Marionette (its ``error`` and ``message``)."""


class Marionette:
    """One session with a running Thunderbird, in chrome context (the application's own UI)."""

    def __init__(self, port: int, host: str = "127.0.0.1", timeout: float = 30.0) -> None:
        self._sock = self._connect(host, port, timeout)
        self._sock.settimeout(timeout)
        self._buf = b""
        self._id = 0
        self.hello = self._read()
        self.capabilities = self.command("WebDriver:NewSession", {"strictFileInteractability": False})
        self.command("Marionette:SetContext", {"value": "chrome"})

    @staticmethod
    def _connect(host: str, port: int, timeout: float) -> socket.socket:
        """Connect, retrying while Thunderbird is still starting its Marionette server."""
        end = time.monotonic() + timeout
        while True:
            try:
                return socket.create_connection((host, port), timeout=2)
            except OSError:
                if time.monotonic() > end:
                    raise
                time.sleep(0.1)

    def _read(self) -> Any:
        while b":" not in self._buf:
            self._recv()
        head, _, rest = self._buf.partition(b":")
        length = int(head)
        while len(rest) < length:
            self._buf = head + b":" + rest
            self._recv()
            head, _, rest = self._buf.partition(b":")
        self._buf = rest[length:]
        return json.loads(rest[:length])

    def _recv(self) -> None:
        chunk = self._sock.recv(65536)
        if not chunk:
            raise ConnectionError("Marionette closed the connection")
        self._buf += chunk

    def command(self, name: str, params: dict[str, Any] | None = None) -> Any:
        """Send one command and return its result (raises MarionetteError on an error answer)."""
        self._id += 1
        data = json.dumps([0, self._id, name, params or {}]).encode()
        self._sock.sendall(str(len(data)).encode() + b":" + data)
        while True:
            msg = self._read()
            if isinstance(msg, list) and len(msg) == 4 and msg[0] == 1 and msg[1] == self._id:
                break
        if msg[2]:
            err = msg[2]
            raise MarionetteError(f"{err.get('error')}: {err.get('message')}")
        return msg[3]

    def script(self, source: str, *args: Any, timeout_ms: int = 20000) -> Any:
        """Run JS in the main window (``arguments`` holds args) and return its value."""
        result = self.command(
            "WebDriver:ExecuteScript",
            {"script": source, "args": list(args), "scriptTimeout": timeout_ms, "newSandbox": True},
        )
        return result.get("value") if isinstance(result, dict) else result

    def async_script(self, source: str, *args: Any, timeout_ms: int = 20000) -> Any:
        """Run async JS; the script calls ``arguments[arguments.length - 1](value)`` when done."""
        self.command("WebDriver:SetTimeouts", {"script": timeout_ms})
        result = self.command(
            "WebDriver:ExecuteAsyncScript",
            {"script": source, "args": list(args), "newSandbox": True},
        )
        return result.get("value") if isinstance(result, dict) else result

    def screenshot_png(self) -> bytes:
        """PNG of the current window."""
        result = self.command("WebDriver:TakeScreenshot", {"full": False, "hash": False})
        return base64.b64decode(result["value"] if isinstance(result, dict) else result)

    def close(self) -> None:
        """End the session and the connection (Thunderbird keeps running)."""
        try:
            self.command("WebDriver:DeleteSession")
        except (OSError, MarionetteError, ConnectionError):
            pass
        self._sock.close()
