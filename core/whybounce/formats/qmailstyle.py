"""Two notices of qmail-derived MTAs (Sisimai's "X2"; Yahoo! JAPAN among their senders), using qmail's
own wording for the remote side:

    Message from example.com.                        NOTICE: Delivery Failure.
    Unable to deliver message to the following       This Delivery Status Notification is sent from MTA...
    address(es).                                     ...
                                                     Delivery failed: kijitora@example.co.jp
    <kijitora@example.org>:                          192.0.2.25 does not like recipient.
    unable to connect to remote server [...]: ...    Remote host said[Response Message]: 550 5.1.1 ...
    I'm not going to try again; this message has       Recipient address rejected: User unknown ...
    been in the queue too long.                      Giving up on 192.0.2.25.
                                                     STEP: RCPT TO
    --- Original message follows.

"I'm not going to try again; this message has been in the queue too long." is qmail's fixed sentence for
a message whose retries ran out.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, contains_any, lazy
from .base import cut_at, set_diagnostic

_STARTS = ("unable to deliver message to the following address",
           "this delivery status notification is sent from mta")
_END = ("--- original message follows", "-------------------------------------------------- original")
_ANGLED = lazy(r"^<([^\s<>@]{1,128}@[^\s<>@]{1,253})>:\s*$")
_FAILED = lazy(r"^Delivery failed:\s{0,4}<?([^\s<>@]{1,128}@[^\s<>@]{1,253})>?\s*$", IGNORECASE)
_SAID = lazy(r"^Remote host said(?:\[Response Message\])?:\s{0,4}(.{0,4000})$", IGNORECASE)
_GIVING_UP = lazy(r"^Giving up on\s{1,4}([^\s]{1,253}?)\.?$", IGNORECASE)
_DOES_NOT_LIKE = lazy(r"^([^\s]{1,253}) does not like (recipient|sender)\.?$", IGNORECASE)
_STEP = lazy(r"^STEP:\s{0,4}(.{1,40})$")
_EXPIRED = "this message has been in the queue too long"


class QmailStyle:
    name = "qmailstyle"

    def read(self, mail: Mail) -> Report | None:
        head = mail.text_lower[:2000]
        if not contains_any(head, _STARTS):
            return None
        out: list[Evidence] = []
        buf: list[str] = []
        active = False

        def flush() -> None:
            if out and buf:
                diag = " ".join(buf)
                set_diagnostic(out[-1], diag)
            buf.clear()

        for line in cut_at(mail.lines, _END):
            s = line.strip()
            if not active:
                active = any(st in s.lower() for st in _STARTS)
                continue
            if not s or set(s) == {"-"}:
                continue
            m = _ANGLED.match(s) or _FAILED.match(s)
            if m:
                flush()
                out.append(Evidence(address=addresses.normalize(m.group(1)), action="failed"))
                continue
            if not out:
                continue
            ev = out[-1]
            if said := _SAID.match(s):
                buf.clear()  # the remote reply is the diagnostic; what came before only led to it
                buf.append(said.group(1).strip())
            elif g := _GIVING_UP.match(s):
                ev.remote_mta = g.group(1).strip("[]").lower()
            elif d := _DOES_NOT_LIKE.match(s):
                ev.remote_mta = ev.remote_mta or d.group(1).strip("[]").lower()
                ev.command = "RCPT" if d.group(2).lower() == "recipient" else "MAIL"
            elif st := _STEP.match(s):
                step = st.group(1).strip().upper()
                ev.command = "DATA" if step.startswith("DATA") else smtp.normalize_command(step) or ev.command
            elif s.lower().endswith("failed after i sent the message."):
                ev.remote_mta = ev.remote_mta or s.split(" ", 1)[0].strip("[]").lower()
                ev.command = "DATA"
            else:
                buf.append(s.lstrip("/"))
        flush()
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
