"""Zoho Mail (X-ZohoMail / X-Mailer: Zoho Mail): Exim's opening sentence, then one line per recipient,

    kijitora@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <kijitora@...>... User Unknown

(Zoho's own label, the remote reply code, the remote text), or, for a message Zoho gave up on,

    [Status: Error, Address: <kijitora@example.co.jp>, ResponseCode 421, , Host not reachable.]

"Host not reachable" in that bracket is Zoho's fixed wording for a destination it kept failing to reach.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import fill_from_text, set_diagnostic

_LINE = lazy(r"^([^\s<>@]{1,128}@[^\s<>@]{1,253})\s{1,4}([^,]{0,80}),"
                   r"\s{0,2}ERROR_CODE\s{0,2}:\s{0,2}(.{1,4000})$")
_CODE = lazy(r"^([245]\d\d),\s{0,2}ERROR_CODE\s{0,2}:\s{0,2}(.{1,4000})$")
_STATUS = lazy(r"^\[Status:\s{0,2}[^,]{0,40},\s{0,2}Address:\s{0,2}<?([^\s<>@]{1,128}@[^\s<>@,]{1,253})>?,"
                     r"\s{0,2}ResponseCode\s{0,2}(\d{3})?[ ,]{0,6}(.{0,2000}?)\]?$")


class Zoho:
    name = "zoho"

    def read(self, mail: Mail) -> Report | None:
        if mail.root.header("x-zohomail") is None and \
                not (mail.root.header("x-mailer") or "").strip().lower().startswith("zoho mail"):
            return None
        if not mail.is_from_daemon:  # every message a Zoho user sends carries X-ZohoMail
            return None
        out: list[Evidence] = []
        for line in mail.lines:
            s = line.strip()
            if m := _LINE.match(s):
                ev = Evidence(address=addresses.normalize(m.group(1)), action="failed")
                rest = m.group(3).strip()
                c = _CODE.match(rest)
                if c:  # "550, ERROR_CODE :5.1.1 ...": the reply code, then the server's words
                    ev.reply_code, rest = c.group(1), c.group(2).strip()
                set_diagnostic(ev, rest)
                out.append(ev)
            elif st := _STATUS.match(s):
                ev = Evidence(address=addresses.normalize(st.group(1)), action="failed",
                              reply_code=st.group(2), diagnostic=s, evidence=s)
                fill_from_text(ev, st.group(3))
                out.append(ev)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
