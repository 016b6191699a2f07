"""Native-messaging host of the test-only helper extension: the test's channel into Thunderbird.

Frames are Mozilla native messaging (4-byte native-order length + UTF-8 JSON). Everything the
helper reports is appended to ``$WHYBOUNCE_E2E_OUT/events.jsonl``; JSON command files the test
drops into ``$WHYBOUNCE_E2E_OUT/cmd/`` are forwarded to the helper in name order. Thunderbird
starts this host and it inherits Thunderbird's environment, which carries the directory.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import threading
import time
from pathlib import Path
from typing import Any

_write_lock = threading.Lock()


def read_frame() -> Any:
    """The next message from the helper, or None at end of input (port closed)."""
    head = sys.stdin.buffer.read(4)
    if len(head) < 4:
        return None
    (length,) = struct.unpack("=I", head)
    return json.loads(sys.stdin.buffer.read(length).decode("utf-8"))


def write_frame(obj: Any) -> None:
    """Send one message to the helper."""
    data = json.dumps(obj).encode("utf-8")
    with _write_lock:
        sys.stdout.buffer.write(struct.pack("=I", len(data)) + data)
        sys.stdout.buffer.flush()


def append_event(out: Path, obj: dict[str, Any]) -> None:
    """Record one observation for the test, stamped with the host's clock."""
    line = json.dumps(dict(obj, host_time=time.time()), ensure_ascii=False)
    with _write_lock, open(out / "events.jsonl", "a", encoding="utf-8") as f:
        f.write(line + "\n")


def pump_commands(cmd_dir: Path) -> None:
    """Forward command files to the helper, oldest name first; a half-written file waits."""
    while True:
        for path in sorted(cmd_dir.glob("*.json")):
            try:
                command = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            path.rename(path.with_suffix(".sent"))
            write_frame(command)
        time.sleep(0.02)


def main() -> int:
    """Serve until Thunderbird closes the port."""
    out = Path(os.environ["WHYBOUNCE_E2E_OUT"])
    cmd_dir = out / "cmd"
    cmd_dir.mkdir(parents=True, exist_ok=True)
    threading.Thread(target=pump_commands, args=(cmd_dir,), daemon=True).start()
    while True:
        msg = read_frame()
        if msg is None:
            return 0
        append_event(out, msg)


if __name__ == "__main__":
    sys.exit(main())
