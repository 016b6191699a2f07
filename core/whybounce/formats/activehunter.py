"""Active!Hunter (TransWARE's mail filter, X-AHMAILID header): a sendmail-like notice whose recipients are
written ">>> addr <addr>" and whose "transcript" is only the remote server's reply:

      ----- The following addresses had permanent fatal errors -----

    >>> kijitora@example.ed.jp <kijitora@example.ed.jp>

      ----- Transcript of session follows -----
    550 <kijitora@example.ed.jp>: Recipient address rejected: User unknown in local recipient table
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import set_diagnostic

_ERRORS = "----- the following addresses had permanent fatal errors -----"
_TRANSCRIPT = "----- transcript of session follows -----"
_RCPT = lazy(r"^>>>\s{1,4}([^\s<>@]{1,128}@[^\s<>@]{1,253})(?:\s{1,4}<[^<>]{0,320}>)?\s*$")


class ActiveHunter:
    name = "activehunter"

    def read(self, mail: Mail) -> Report | None:
        boundary = mail.root.params.get("boundary", "").lower()
        if mail.root.header("x-ahmailid") is None and "active!hunter" not in boundary:
            return None
        out: list[Evidence] = []
        replies: list[str] = []
        section = ""
        for line in mail.bounce_lines:
            s = line.strip()
            low = s.lower()
            if low in (_ERRORS, _TRANSCRIPT):
                section = low
                continue
            if not s:
                continue
            if section == _ERRORS and (m := _RCPT.match(s)):
                out.append(Evidence(address=addresses.normalize(m.group(1)), action="failed"))
            elif section == _TRANSCRIPT:
                replies.append(s)
        if not out:
            return None
        for ev in out:
            mine = [r for r in replies if ev.address and ev.address.lower() in r.lower()] or replies
            diag = " ".join(mine)
            if diag:
                set_diagnostic(ev, diag)
        return Report(kind="bounce", format=self.name, evidence=out)
