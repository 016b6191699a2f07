"""Apache James (and Verizon's vtext.com gateway, which runs it): the notice of James's notify mailets,

    Error: Invalid user address                    (optional: a notice the operator configured)

    Error message below:
    550 - Requested action not taken: no such user here

    Message details:
      Subject: Test message
      MAIL FROM: shironeko@example.jp
      RCPT TO: kijitora@vtext.example.com

The failed recipients are the "RCPT TO:" lines of the details; the error message is the remote reply
as James recorded it.  Some of these notices come with a multipart/alternative part whose boundary
parameter is folded without indentation, so the text is also looked for in unsplit parts.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import fill_from_text, orphan_text

_ERROR = "error message below:"
_DETAILS = "message details:"


class ApacheJames:
    name = "apachejames"

    def read(self, mail: Mail) -> Report | None:
        mid = (mail.root.header("message-id") or "").lower()
        received = mail.received_lower
        if not (".javamail." in mid or mail.subject.strip() == "[BOUNCE]" or "james smtp server" in received
                or mail.from_lower.strip().endswith("post_master@vtext.com")):
            return None
        if not (mail.is_from_daemon or "post_master@" in mail.from_lower):
            return None  # Java mail clients stamp ".JavaMail." on ordinary mail too
        text = mail.text if _ERROR in mail.text_lower else orphan_text(mail)
        if _ERROR not in text.lower() or _DETAILS not in text.lower():
            return None
        error: list[str] = []
        rcpts: list[str] = []
        section = ""
        for line in text.split("\n"):
            s = line.strip()
            low = s.lower()
            if low == _ERROR:
                section = "error"
                continue
            if low == _DETAILS:
                section = "details"
                continue
            if section == "error" and s:
                error.append(s)
            elif section == "details":
                if low.startswith("rcpt to:"):
                    rcpts.extend(addresses.find_all(s[8:]))
                elif not s or s.startswith("--"):
                    section = ""
        if not rcpts:
            return None
        diag = " ".join(error)
        out = []
        for addr in rcpts:
            ev = Evidence(address=addr, action="failed", diagnostic=diag or None, evidence=diag or None)
            if diag:
                fill_from_text(ev, diag)
            out.append(ev)
        name = "verizon" if "@vtext.com" in mail.from_lower else self.name
        if name == "verizon" and "error: invalid user address" in text.lower():
            for ev in out:  # Verizon's gateway looked the number up itself and says so in its heading
                ev.flags = (("error", "invalid user address"),)
        return Report(kind="bounce", format=name, evidence=out)
