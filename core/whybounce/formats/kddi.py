"""au by KDDI's ISP mail (au one net, dion.ne.jp): a Japanese lead, then per recipient

    Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
         Could not be delivered to: <kijitora@example.dion.ne.jp>
         As their mailbox is full.

The indented sentence after the address is one of a few fixed ones, each naming its reason.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import contains_any, lazy
from .base import set_diagnostic

_TO = lazy(r"^\s{1,12}Could not be delivered to:\s{0,4}<?([^\s<>@]{1,128}@[^\s<>@]{1,253})>?\s*$")
_MARKS = ("your mail sent on:", "your mail attempted to be delivered on:")


class Kddi:
    name = "kddi"

    def read(self, mail: Mail) -> Report | None:
        sender = mail.from_lower
        received = mail.received_lower
        if not (".dion.ne.jp" in sender or "auone-net.jp" in received
                or (mail.root.header("reply-to") or "").strip().lower() == "no-reply@app.auone-net.jp"):
            return None
        if not contains_any(mail.text_lower, _MARKS):
            return None
        out: list[Evidence] = []
        current: Evidence | None = None
        buf: list[str] = []

        def flush() -> None:
            if current is not None and buf:
                diag = " ".join(buf)
                set_diagnostic(current, diag)

        for line in mail.bounce_lines:
            m = _TO.match(line)
            if m:
                flush()
                current, buf = Evidence(address=addresses.normalize(m.group(1)), action="failed"), []
                out.append(current)
                continue
            s = line.strip()
            if current is None:
                continue
            if not s or s.lower().startswith(_MARKS) or not line.startswith((" ", "\t")):
                flush()
                current, buf = None, []
                continue
            buf.append(s)
        flush()
        if (mail.root.header("x-spasign") or "").strip().upper() == "NG":
            for ev in out:
                ev.flags = (("x-spasign", "ng"),)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
