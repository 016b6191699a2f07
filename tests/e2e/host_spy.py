"""A see-through native host for the e2e test: it starts the real whybounce host and passes every frame
through unchanged, noting the ``op`` of each request the extension sends (``ping``, ``explain``, ``line``),
and only that, one per line in ``$WHYBOUNCE_SPY_LOG``. So the test can tell exactly what reached the host
(for a failed send without the opt-in: nothing) without reading what was explained.

Usage (as a native-messaging manifest's wrapper): ``host_spy.py REAL_LAUNCHER [Thunderbird's arguments]``.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import threading
from typing import BinaryIO


def read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (length,) = struct.unpack("=I", head)
    body = stream.read(length)
    return head + body if len(body) == length else None


def op_of(frame: bytes) -> str:
    try:
        request = json.loads(frame[4:])
    except ValueError:
        return "(not JSON)"
    return str(request.get("op")) if isinstance(request, dict) else "(not an object)"


def pump_answers(source: BinaryIO, sink: BinaryIO) -> None:
    while (frame := read_frame(source)) is not None:
        sink.write(frame)
        sink.flush()


def main() -> int:
    real, args = sys.argv[1], sys.argv[2:]
    log = os.environ["WHYBOUNCE_SPY_LOG"]
    host = subprocess.Popen([real, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert host.stdin is not None and host.stdout is not None
    answers = threading.Thread(target=pump_answers, args=(host.stdout, sys.stdout.buffer), daemon=True)
    answers.start()
    while (frame := read_frame(sys.stdin.buffer)) is not None:
        with open(log, "a", encoding="utf-8") as f:
            f.write(op_of(frame) + "\n")
        host.stdin.write(frame)
        host.stdin.flush()
    host.stdin.close()
    answers.join(10)
    return host.wait(10)


if __name__ == "__main__":
    sys.exit(main())
