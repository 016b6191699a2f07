"""Trend Micro InterScan Messaging Security Suite: "Sent <<< RCPT TO:<a>" / "Received >>> 550 ..." pairs,
or "Unable to deliver message to <a>" with an optional "Reason:" line."""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, lazy
from .base import set_diagnostic

_SENT = lazy(r"^\s*Sent <<<\s?(.{0,1000})$")
_RECEIVED = lazy(r"^\s*Received >>>\s?(.{0,4000})$")
_UNABLE = lazy(r"unable to deliver message to <([^<>\s]{1,320})>", IGNORECASE)


class TrendMicro:
    name = "trendmicro"

    def read(self, mail: Mail) -> Report | None:
        if "interscan" not in mail.text_lower[:3000] and "interscan" not in mail.from_lower:
            return None
        out: list[Evidence] = []
        rcpt: str | None = None
        command: str | None = None
        for line in mail.bounce_lines:
            m = _SENT.match(line)
            if m:
                sent = m.group(1)
                command = smtp.normalize_command(sent.split(":")[0].split("<")[0].strip())
                rcpt = addresses.first(sent) if command == "RCPT" else rcpt
                continue
            m = _RECEIVED.match(line)
            if m and rcpt:
                diag = m.group(1).strip()
                ev = Evidence(address=rcpt, command=command)
                set_diagnostic(ev, diag)
                out.append(ev)
                rcpt = None
        if not out:
            body = " ".join(" ".join(mail.bounce_lines).split())
            for m in _UNABLE.finditer(body):
                addr = addresses.normalize(m.group(1))
                # the sentence and the one after it ("Please check if address is correct."), up to the banner
                end = body.find(".", m.end())
                end = body.find(".", end + 1) if end >= 0 else -1
                sentence = body[m.start(): end + 1 if end >= 0 else len(body)].split("*", 1)[0].strip()
                if addr and not any(e.address == addr for e in out):
                    ev = Evidence(address=addr)
                    set_diagnostic(ev, sentence)
                    out.append(ev)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
