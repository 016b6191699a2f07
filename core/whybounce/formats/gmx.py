"""GMX (gmx.net, mail.com) and 1&1 IONOS (kundenserver.de), which run the same mail software.

Exim's opening sentence, but then GMX's own layout, ending at "--- The header of the original message
is following. ---":

    "kijitora@example.jp":                       <kijitora@example.jp>          kijitora@example.org
    SMTP error from remote server after RCPT command:
    host: mx.example.jp                          Reason:                        For the following reason:
    5.1.1 <kijitora@example.jp>... User Unknown  delivery retry timeout exceeded Mail size limit exceeded. ...

The address stands alone on its line (quoted, bracketed or bare, optionally with a colon); the lines
up to the next address are about it.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, contains_any, lazy
from .base import cut_at, set_diagnostic

HEADER_MARK = "--- the header of the original message is following. ---"
_FAILED = ("the following address failed", "the following addresses failed", "address failed:")
_ALONE = lazy(r"^[\"<]{0,2}([^\s<>\"@]{1,128}@[^\s<>\"@:]{1,253})[\">]{0,2}:?$")
# "SMTP error from remote server after RCPT command:" or, on one line, "... for TEXT command, host: h (ip)
# reason: 550 ..." (TEXT is the message data)
_SMTP_ERROR = lazy(
    r"^SMTP error from remote (?:server|mail server) (?:after|for) ([A-Za-z]{3,8}(?: [A-Za-z]{2,4})?) command:?,?"
    r"(?:\s{0,4}host:\s{0,4}([^\s,]{1,253})(?:\s{0,4}\([^()]{0,64}\))?)?(?:\s{0,4}reason:\s{0,4}(.{1,4000}))?$",
    IGNORECASE,
)
_HOST = lazy(r"^host:\s{0,4}(\S{1,253})$", IGNORECASE)
_LABELS = ("reason:", "for the following reason:")


class Gmx:
    name = "gmx"

    def read(self, mail: Mail) -> Report | None:
        if HEADER_MARK not in mail.text_lower:
            return None
        lines = cut_at(mail.lines, (HEADER_MARK,))
        out: list[Evidence] = []
        current: Evidence | None = None
        buf: list[str] = []
        active = False

        def flush() -> None:
            if current is not None and buf:
                diag = " ".join(buf)
                set_diagnostic(current, diag)

        for line in lines:
            s = line.strip()
            low = s.lower()
            if not active:
                active = contains_any(low, _FAILED) or low == "failed:"
                continue
            if not s or low in _LABELS:
                continue
            m = _ALONE.match(s)
            if m:
                flush()
                current, buf = Evidence(address=addresses.normalize(m.group(1)), action="failed"), []
                out.append(current)
                continue
            if current is None:
                continue
            e = _SMTP_ERROR.match(s)
            if e:
                word = e.group(1).upper()
                current.command = "DATA" if word == "TEXT" else smtp.normalize_command(word)
                if e.group(2):
                    current.remote_mta = e.group(2).strip("[]").rstrip(".").lower()
                if e.group(3):
                    buf.append(e.group(3).strip())
                continue
            h = _HOST.match(s)
            if h:
                current.remote_mta = h.group(1).strip("[]").rstrip(".").lower()
                continue
            buf.append(s)
        flush()
        if not out:
            return None
        sender = mail.from_lower + " " + mail.received_lower
        name = "einsundeins" if contains_any(sender, ("kundenserver", "1and1", "ionos", "1und1")) else self.name
        return Report(kind="bounce", format=name, evidence=out)
