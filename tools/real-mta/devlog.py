#!/usr/bin/env python3
"""Minimal syslog sink on /dev/log: Sendmail and OpenSMTPD's helpers log only through syslog,
and this machine runs no syslog daemon. Appends each datagram as one line to the given file.

A second argument names another socket path to bind instead of /dev/log (set 30's policyd-weight instances, told
to log there, so that /dev/log is left alone)."""

from __future__ import annotations

import os
import signal
import socket
import sys


def main() -> None:
    """Bind /dev/log (or the given path) and copy datagrams to the log file until SIGTERM, then remove the socket."""
    out = sys.argv[1] if len(sys.argv) > 1 else "/var/log/real-mta-devlog.log"
    path = sys.argv[2] if len(sys.argv) > 2 else "/dev/log"
    if os.path.exists(path):
        sys.exit(f"devlog: {path} already exists; a syslog daemon is running")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    os.chmod(path, 0o666)

    def stop(*_: object) -> None:
        os.unlink(path)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    with open(out, "ab", buffering=0) as f:
        while True:
            f.write(sock.recv(65536) + b"\n")


if __name__ == "__main__":
    main()
