"""m-FILTER (Digital Arts' mail gateway; X-Mailer: m-FILTER, and look-alikes with another name in the
Japanese lead): labelled sections after a list of addresses,

    以下のメールアドレスへの送信に失敗しました。
    kijitora@example.com

    -------server message
    550 unknown user <kijitora@example.com>

    -------SMTP command
    DATA

    -------original message   (or "-------original mail info")

The command is the last one m-FILTER sent: with pipelining that is DATA even when the server refused the
recipient earlier, so a reply in Postfix's RCPT- or MAIL-stage wording ("Recipient address rejected",
"Sender address rejected") names the command it really answered.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from .base import set_diagnostic

_SERVER = "-------server message"
_COMMAND = "-------smtp command"
_ORIGINAL = ("-------original message", "-------original mail info")


class MFilter:
    name = "mfilter"

    def read(self, mail: Mail) -> Report | None:
        low = mail.text_lower
        if _SERVER not in low or _COMMAND not in low:
            return None
        out: list[Evidence] = []
        reply: list[str] = []
        command: str | None = None
        section = "addresses"
        for line in mail.lines:
            s = line.strip()
            sl = s.lower()
            if sl.startswith(_ORIGINAL):
                break
            if sl == _SERVER:
                section = "server"
                continue
            if sl == _COMMAND:
                section = "command"
                continue
            if not s:
                continue
            if section == "addresses":
                addr = addresses.normalize(s) if " " not in s and "@" in s else None
                if addr:
                    out.append(Evidence(address=addr, action="failed"))
            elif section == "server":
                reply.append(s)
            elif section == "command" and command is None:
                word = s.split(":")[0].strip().upper()
                command = "DATA" if word.startswith("DATA") else smtp.normalize_command(word)
        if not out:
            return None
        diag = " ".join(reply)
        if command == "DATA":
            stage = diag.lower()
            if "recipient address rejected" in stage:
                command = "RCPT"
            elif "sender address rejected" in stage:
                command = "MAIL"
        for ev in out:
            ev.command = command
            if diag:
                set_diagnostic(ev, diag)
        return Report(kind="bounce", format=self.name, evidence=out)
