"""Microsoft Exchange 4.0-2003 text notices (Internet Mail Connector / Internet Mail Service): "Your message
... did not reach the following recipient(s):" (or "The following recipient(s) could not be reached:"),
then per recipient an "addr on <date>" line and indented reason lines ending in an MSEXCH diagnostic:

    kijitora@example.co.jp on Thu, 29 Apr 2007 16:51:51 -0500
        The recipient name is not recognized
        The MTS-ID of the original message is: c=jp;a= ;p=neko
    ;l=EXCHANGE000000000000000000
        MSEXCH:IMS:KIJITORA CAT:EXAMPLE:EXCHANGE 0 (000C05A6) Unknown Recipient

The eight hex digits in brackets are Exchange's own error code, and a few of them name their reason.
The date may be written any way ("on 4/29/01 11:34:45 PM", "on Thu, 29 Apr ..."); lines of the
MTS-ID are bookkeeping, not a reason.  This reads the notices ``exchange2003`` (which expects a digit
after "on") leaves unread, and adds the codes.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, contains_any, lazy
from .base import set_diagnostic

_START = ("did not reach the following recipient", "the following recipient(s) could not be reached",
          "could not be delivered to the following recipient")
_RCPT = lazy(r"^\s{0,12}<?([^\s<>()@]{1,128}@[^\s<>()@]{1,253}?)>?\s{1,4}on\s{1,4}\S")
_RCPT_X400 = lazy(r"\(SMTP=([^\s<>()@]{1,128}@[^\s<>()@]{1,253})\)\s{1,4}on\s{1,4}\S", IGNORECASE)
_CODE = lazy(r"\(([0-9A-Fa-f]{8})\)")
_HEADERS = ("internet mail service (", "microsoft exchange server internet mail connector")


class MsExch:
    name = "exchange2003"

    def read(self, mail: Mail) -> Report | None:
        low = mail.text_lower[:4000]
        if not contains_any(low, _START):
            return None
        mailer = (mail.root.header("x-mailer") or "").strip().lower()
        received = mail.received_lower
        if not (mailer.startswith(_HEADERS) or mail.root.header("x-ms-embedded-report") is not None
                or "produced by microsoft exchange" in (mail.root.header("x-mimeole") or "").lower()
                or " with internet mail service (" in received or "msexch:" in mail.text_lower):
            return None
        out: list[Evidence] = []
        buf: list[str] = []
        active = False

        def flush() -> None:
            if out and buf and not out[-1].diagnostic:
                ev = out[-1]
                diag = " ".join(buf)
                set_diagnostic(ev, diag)
                code = _CODE.search(diag[diag.find("MSEXCH:"):] if "MSEXCH:" in diag else "")
                if code:
                    ev.flags = (("msexch", code.group(1).lower()),)
            buf.clear()

        skipping = False  # inside the MTS-ID bookkeeping lines
        for line in mail.bounce_lines:
            s = line.strip()
            if not active:
                active = contains_any(s.lower(), _START)
                continue
            m = _RCPT.match(line) or (_RCPT_X400.search(line) if "SMTP=" in line.upper() else None)
            if m:
                flush()
                addr = addresses.normalize(m.group(1))
                if addr:
                    out.append(Evidence(address=addr, action="failed"))
                skipping = False
                continue
            if not out:
                continue
            if not s:
                if buf:
                    flush()
                continue
            if s.lower().startswith("the mts-id of the original message"):
                skipping = True
                continue
            if skipping and not s.startswith("MSEXCH:") and not line.startswith((" ", "\t")):
                continue  # the MTS-ID wrapped onto an unindented line (";l=...")
            skipping = False
            buf.append(s)
        flush()
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
