"""A stand-in for the real whybounce host while it is being written: speaks the contract only.

It answers ping with $WHYBOUNCE_FAKE_VERSION (default 0.1.0) and explains a message as one
"userunknown" failure when its headers look like a bounce, else not-bounce. Used only to develop
the e2e harness; the e2e test itself runs the real host and core.
"""

from __future__ import annotations

import base64
import email
import json
import os
import struct
import sys
from typing import Any


def read_frame() -> Any:
    head = sys.stdin.buffer.read(4)
    if len(head) < 4:
        return None
    (length,) = struct.unpack("=I", head)
    return json.loads(sys.stdin.buffer.read(length))


def write_frame(obj: Any) -> None:
    data = json.dumps(obj).encode()
    sys.stdout.buffer.write(struct.pack("=I", len(data)) + data)
    sys.stdout.buffer.flush()


def explain(raw: bytes, lang: str) -> dict[str, Any]:
    msg = email.message_from_bytes(raw)
    sender = str(msg.get("from", "")).lower()
    bounce = msg.get_content_type() == "multipart/report" or "mailer-daemon" in sender
    if not bounce:
        return {"source": None, "kind": "not-bounce", "is_bounce": False, "recipients": [], "warnings": []}
    card = {"lang": lang, "title": "Fake: no such mailbox", "cause": "fake cause", "who": "sender",
            "actions": ["fake action"], "evidence": "fake"}
    finding = {"address": "fake@example.org", "reason": "userunknown", "status": "5.1.1", "reply_code": "550",
               "command": "RCPT", "temporary": False, "remote_mta": "mx.example.org",
               "diagnostic": "550 5.1.1 fake", "card": card}
    return {"source": None, "kind": "bounce", "is_bounce": True, "format": "fake", "recipients": [finding],
            "warnings": []}


def main() -> int:
    while True:
        req = read_frame()
        if req is None:
            return 0
        if req.get("op") == "ping":
            write_frame({"id": req.get("id"), "ok": True,
                         "result": {"version": os.environ.get("WHYBOUNCE_FAKE_VERSION", "0.1.0")}})
        elif req.get("op") == "explain":
            result = explain(base64.b64decode(req["raw"]), req.get("lang", "en"))
            write_frame({"id": req.get("id"), "ok": True, "result": result})
        else:
            write_frame({"id": req.get("id"), "ok": False, "error": {"code": "bad-request", "message": "op"}})


if __name__ == "__main__":
    sys.exit(main())
