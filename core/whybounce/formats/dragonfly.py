"""DragonFly Mail Agent (dma, DragonFly BSD's and Debian's small MTA): one recipient, its reason inline."""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import set_diagnostic

_TO = lazy(r"there was an error delivering your mail to <([^>]{1,320})>", IGNORECASE)
_DID_NOT_LIKE = lazy(r"^(\S+)(?: \[[^\]]{1,64}\])? did not like our ([A-Za-z ]{2,20}?):?\s*$", IGNORECASE)


MARKER = "this is the dragonfly mail agent"

class DragonFly:
    name = "dragonfly"

    def read(self, mail: Mail) -> Report | None:
        if MARKER not in mail.text_lower[:500]:
            return None
        m = _TO.search(mail.text)
        if not m:
            return None
        ev = Evidence(address=addresses.normalize(m.group(1)))
        buf: list[str] = []
        started = False
        start = next((i for i, ln in enumerate(mail.lines) if _TO.search(ln)), None)
        if start is None:  # the sentence is wrapped: read from the line where it ends
            start = next((i for i, ln in enumerate(mail.lines) if m.group(1) in ln), len(mail.lines))
        for line in mail.lines[start + 1 :]:
            s = line.strip()
            if s.lower().startswith("message headers follow") or s.lower().startswith("original message follows"):
                break
            if not s and started and buf:
                continue
            if s:
                started = True
                dl = _DID_NOT_LIKE.match(s)
                if dl:
                    ev.remote_mta = dl.group(1).lower()
                    word = dl.group(2).lower().replace("final ", "")
                    ev.command = smtp.normalize_command(word)
                    continue
                buf.append(s)
        diag = " ".join(buf)
        if diag:
            set_diagnostic(ev, diag)
        return Report(kind="bounce", format=self.name, evidence=[ev])
