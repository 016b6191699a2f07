"""An unknown MTA (Sisimai's "X3"; "Mail Delivery System", subject "Delivery status notification"),
banner lines of "=" around two sections:

          This is an automatically generated Delivery Status Notification.
    Delevery to the following recipients failed permanently:       (sic; or "... was aborted after 5.0 hour(s):")
      * kijitora@example.co.jp
    ==========================================================================
                                 Technical details:
    SMTP:RCPT host 192.0.2.233: 553 5.3.0 <kijitora@example.co.jp>... No such user here
    Routing: Could not find a gateway for kijitora@example.co.jp

"was aborted after <time>" is the MTA saying it gave up after retrying that long: when no SMTP reply
explains the failure, the recipient expired.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import set_diagnostic

_BANNER = "this is an automatically generated delivery status notification"
_DETAILS = "technical details:"
_ITEM = lazy(r"^\*\s{1,4}<?([^\s<>@]{1,128}@[^\s<>@]{1,253})>?\s*$")
_SMTP = lazy(r"^SMTP:([A-Za-z]{3,8})\s{1,4}(?:host\s{1,4}([^\s:]{1,253}):\s{0,4})?(.{1,4000})$")
_OTHER = lazy(r"^([A-Za-z][A-Za-z \-]{1,30}):\s{1,4}(.{1,4000})$")
_ABORTED = lazy(r"was aborted after (\d{1,6}(?:\.\d{1,3})?) ([a-z]{1,10})", IGNORECASE)


class TechnicalDetails:
    name = "technicaldetails"

    def read(self, mail: Mail) -> Report | None:
        low = mail.text_lower[:3000]
        if _BANNER not in low or _DETAILS not in low:
            return None
        out: list[Evidence] = []
        details: list[tuple[str | None, str | None, str]] = []  # (command, host, text)
        section = "recipients"
        for line in mail.bounce_lines:
            s = line.strip()
            if not s or set(s) == {"="}:
                continue
            if s.lower() == _DETAILS:
                section = "details"
                continue
            if section == "recipients":
                m = _ITEM.match(s)
                if m:
                    out.append(Evidence(address=addresses.normalize(m.group(1)), action="failed"))
            elif m := _SMTP.match(s):
                details.append((smtp.normalize_command(m.group(1)), m.group(2), m.group(3).strip()))
            elif o := _OTHER.match(s):
                details.append((None, None, s if o.group(1).lower() != "diagnostic-code" else o.group(2)))
        if not out:
            return None
        aborted = _ABORTED.search(low)
        gave_up = None
        if aborted is not None and float(aborted.group(1)) > 0:
            gave_up = f"delivery was aborted after {aborted.group(1)} {aborted.group(2)}"
        for ev in out:
            mine = [d for d in details if ev.address and ev.address.lower() in d[2].lower()] or details
            if mine:
                command, host, text = mine[0]
                ev.command, ev.remote_mta = command, host.strip("[]").lower() if host else None
                set_diagnostic(ev, text)
            if gave_up and ev.reply_code is None:
                ev.notice = gave_up
        return Report(kind="bounce", format=self.name, evidence=out)
