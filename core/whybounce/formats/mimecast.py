"""Mimecast delivery failure alerts: "-- address", "The problem appears to be : -- ...",
"Additional information follows : -- <the remote reply>"."""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import set_diagnostic


class Mimecast:
    name = "mimecast"

    def read(self, mail: Mail) -> Report | None:
        low = mail.text_lower[:3000]
        if "the problem appears to be" not in low or "could not be delivered" not in low:
            return None
        section = ""
        out: list[Evidence] = []
        problem: list[str] = []
        info: list[str] = []
        for line in mail.bounce_lines:
            s = line.strip()
            sl = s.lower()
            if sl.startswith("the problem appears to be"):
                section = "problem"
                continue
            if sl.startswith("additional information follows"):
                section = "info"
                continue
            if sl.startswith("this condition occurred") or sl.startswith("if you sent"):
                section = ""
                continue
            if not s.startswith("--"):
                if section == "info" and s:
                    info.append(s)
                continue
            value = s[2:].strip()
            if section == "problem":
                problem.append(value)
            elif section == "info":
                info.append(value)
            else:
                addr = addresses.first(value)
                if addr:
                    out.append(Evidence(address=addr))
        diag = " ".join([*info, *problem]).strip()
        for ev in out:
            if diag:
                set_diagnostic(ev, diag)
        return Report(kind="bounce", format=self.name, evidence=out) if out else None
