"""Yahoo! Mail (and senders using its bounce service): "Sorry, we were unable to deliver your message to
the following address.", then per recipient

    <kijitora@example.org>:
    Remote host said: 550 5.1.1 <kijitora@example.org>... User Unknown [RCPT_TO]

or "550: 5.2.2 <...>... Mailbox Full" (Yahoo writes the reply code with a colon), or Yahoo's own text
("No mx record found for domain=..."), up to "--- Below this line is a copy of the message.".
The bracketed "[RCPT_TO]" / "[MAIL_FROM]" / "[DATA]" is Yahoo's note of the command the reply answered;
it is taken out of the server's words.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import fill_from_text

MARKER = "sorry, we were unable to deliver your message to the following address"
_ADDR = lazy(r"^<([^\s<>@]{1,128}@[^\s<>@]{1,253})>:\s*$")
_STEP = lazy(r"\s{0,4}\[(RCPT_TO|MAIL_FROM|DATA|EHLO|HELO|CONN|STARTTLS|BDAT)\]\s*$", IGNORECASE)
_COLON_CODE = lazy(r"^([245]\d\d):\s")
_SAID = "remote host said:"


class Yahoo:
    name = "yahoo"

    def read(self, mail: Mail) -> Report | None:
        if MARKER not in mail.text_lower[:500]:
            return None
        out: list[Evidence] = []
        buf: list[str] = []

        def flush() -> None:
            if not out or not buf:
                return
            ev = out[-1]
            text = " ".join(buf)
            step = _STEP.search(text)
            if step:
                word = step.group(1).upper()
                ev.command = "DATA" if word == "DATA" else smtp.normalize_command(word.replace("_", " "))
                text = text[: step.start()].rstrip()
            if text.lower().startswith(_SAID):
                text = text[len(_SAID):].strip()
            code = _COLON_CODE.match(text)
            if code:
                ev.reply_code = code.group(1)
            ev.diagnostic = ev.evidence = text or None
            if text:
                fill_from_text(ev, text)
            buf.clear()

        for line in mail.bounce_lines:
            s = line.strip()
            m = _ADDR.match(s)
            if m:
                flush()
                out.append(Evidence(address=addresses.normalize(m.group(1)), action="failed"))
                continue
            if not out:
                continue
            if s:
                buf.append(s)
            elif buf:
                flush()
        flush()
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
