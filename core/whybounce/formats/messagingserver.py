"""Oracle (Sun, iPlanet) Communications Messaging Server and its ancestor PMDF: "This report relates to a
message you sent with the following header fields:", the original's headers, then one block per recipient:

      Recipient address: kijitora@example.jp
      Original address: kijitora@example.net
      Reason: Remote SMTP server has rejected address
      Diagnostic code: smtp; 550 5.1.1 <kijitora@example.jp>... User Unknown
      Remote system: dns; mx.example.jp (TCP|192.0.2.1|34321|192.0.2.12|25) (mx.example.jp ESMTP ...)

The blocks complete the RFC 3464 part when there is one (it often lacks a Diagnostic-Code), and stand
alone when there is not.  "Remote system" carries the connection details after the host name; only the
host is kept.
"""

from __future__ import annotations

from .. import addresses
from ..dsn import typed_value
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import dsn_report, set_diagnostic, supplement_from_text

MARKER = "this report relates to a message you sent with the following header fields"
_FIELD = lazy(
    r"^\s{0,8}(Recipient address|Original address|Reason|Diagnostic code|Remote system):\s{0,4}(.{0,4000})$",
    IGNORECASE,
)
_DELAYED = ("has been enqueued and undeliverable", "has not yet been delivered")


class MessagingServer:
    name = "messagingserver"

    def read(self, mail: Mail) -> Report | None:
        if MARKER not in mail.text_lower[:1500]:
            return None
        found = _blocks(mail.bounce_lines)
        report = dsn_report(mail, self.name)
        if report is None:
            if not found:
                return None
            delayed = any(d in mail.text_lower[:3000] for d in _DELAYED)
            for ev in found:
                ev.action = "delayed" if delayed else "failed"
            return Report(kind="delay" if delayed else "bounce", format=self.name, evidence=found)
        for ev in report.evidence:
            if ev.remote_mta:
                ev.remote_mta = _host(ev.remote_mta)
        supplement_from_text(report, found)
        return report


def _blocks(lines: list[str]) -> list[Evidence]:
    out: list[Evidence] = []
    reasons: dict[int, str] = {}
    for line in lines:
        m = _FIELD.match(line)
        if not m:
            continue
        key, value = m.group(1).lower(), m.group(2).strip()
        if key == "recipient address":
            # "@relay:user@host" source routes name the final hop; the address is after the colon
            out.append(Evidence(address=addresses.normalize(value.rsplit(":", 1)[-1]) or addresses.first(value)))
            continue
        if not out:
            continue
        ev = out[-1]
        if key == "original address":
            ev.original_address = addresses.normalize(value)
            if ev.original_address:
                ev.address = ev.original_address
        elif key == "reason":
            reasons[len(out) - 1] = value
        elif key == "diagnostic code":
            diag = " ".join(typed_value(value)[1].split())
            if diag:
                set_diagnostic(ev, diag)
        elif key == "remote system":
            ev.remote_mta = _host(typed_value(value)[1]) or None
    for i, ev in enumerate(out):
        if not ev.diagnostic and reasons.get(i):
            set_diagnostic(ev, reasons[i])
    return out


def _host(value: str) -> str:
    """"mx.example.jp (TCP|...) (banner)" -> "mx.example.jp"."""
    head = value.strip().split(" ", 1)[0].split("(", 1)[0]
    return head.strip("[];").rstrip(".").lower()
