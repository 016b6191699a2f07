"""Gmail's own bounces (before Gmail switched to RFC 3464): "Delivery to the following recipient failed
permanently" / "has been delayed", then "Technical details of ... failure" and the remote server's reply."""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import DOTALL, IGNORECASE, lazy
from .base import fill_from_text

_HEAD = lazy(r"delivery to the following recipients? (failed permanently|has been delayed|failed)", IGNORECASE)
_RETURNED = lazy(r"the error that the other server returned was:\s*(.{1,2000}?)(?:\s*$|\n\n)",
                 IGNORECASE | DOTALL)
_DETAILS = lazy(r"technical details of (?:permanent|temporary) failure:\s*(.{1,2000}?)(?:\n\n|$)",
                IGNORECASE | DOTALL)


class Gmail:
    name = "gmail"

    def read(self, mail: Mail) -> Report | None:
        if mail.delivery_status is not None:
            return None  # Gmail's later notices and Exchange's "Delivery to the following recipients failed" are DSNs
        text = "\n".join(mail.bounce_lines)
        m = _HEAD.search(text)
        if not m:
            return None
        delayed = "delayed" in m.group(1).lower()
        rest = text[m.end():]
        rcpts: list[str] = []
        for line in rest.split("\n")[1:]:
            s = line.strip()
            if not s:
                if rcpts:
                    break
                continue
            a = addresses.first(s)
            if a is None or " " in s:
                break
            rcpts.append(a)
        if not rcpts:
            return None
        flat = rest.replace("=\n", "")  # the notice is sometimes quoted-printable inside a text/plain part
        r = _RETURNED.search(flat)
        d = _DETAILS.search(flat)
        diag = " ".join((r.group(1) if r else d.group(1) if d else "").split())
        if r and d:
            diag = " ".join(r.group(1).split())
            lead = " ".join(d.group(1).split())
            diag = diag if len(diag) > 12 else f"{lead} {diag}"
        out = []
        for a in rcpts:
            ev = Evidence(address=a, diagnostic=diag or None, evidence=diag or None,
                          action="delayed" if delayed else "failed")
            if diag:
                fill_from_text(ev, diag)
            out.append(ev)
        return Report(kind="delay" if delayed else "bounce", format=self.name, evidence=out)
