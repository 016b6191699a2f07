"""Microsoft Exchange Server 2000/2003 text notices: "did not reach the following recipient(s)" /
"could not be reached", each recipient "addr on DATE" followed by indented reason lines."""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, contains_any, lazy
from .base import set_diagnostic

_START = ("did not reach the following recipient", "the following recipient(s) could not be reached",
          "could not be delivered to the following recipient")
_RCPT = lazy(r"^\s{0,20}([^\s@]{1,128}@[^\s@]{1,253})\s+on\s+\d", IGNORECASE)


class Exchange2003:
    name = "exchange2003"

    def read(self, mail: Mail) -> Report | None:
        low = mail.text_lower[:4000]
        if not contains_any(low, _START):
            return None
        out: list[Evidence] = []
        active = False
        buf: list[str] = []

        def flush() -> None:
            if out and buf and not out[-1].diagnostic:
                diag = " ".join(" ".join(buf).split())
                set_diagnostic(out[-1], diag)
            buf.clear()

        for line in mail.bounce_lines:
            s = line.strip().lower()
            if not active:
                active = contains_any(s, _START)
                continue
            m = _RCPT.match(line)
            if m:
                flush()
                addr = addresses.normalize(m.group(1))
                if addr:
                    out.append(Evidence(address=addr))
                continue
            if out and line.startswith((" ", "\t")) and s:
                buf.append(line.strip())
            elif out and not s and buf:
                flush()
        flush()
        if not out:
            return None
        return Report(kind="bounce", format=self.name, evidence=out)
