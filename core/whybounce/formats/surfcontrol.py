"""SurfControl E-mail Filter (X-Mailer: SurfControl E-mail Filter): "Your message could not be sent.
A transcript of the attempts to send the message follows.", then per attempt

    Failed to send to identified host,
    kijitora@example.com: [192.0.2.5], 550 kijitora@example.com... No such user
    --- Message non-deliverable.

next to an RFC 3464 part; the transcript line names the host that answered, which the DSN leaves out.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import dsn_with_notice, fill_from_text

_ATTEMPT = lazy(r"^([^\s<>@]{1,128}@[^\s<>@:]{1,253}):\s{0,4}\[?([^\s\],]{1,253})\]?,\s{0,4}(.{1,4000})$")
MARKER = "a transcript of the attempts to send the message follows"


class SurfControl:
    name = "surfcontrol"

    def read(self, mail: Mail) -> Report | None:
        if not (mail.root.header("x-mailer") or "").lower().startswith("surfcontrol") or \
                MARKER not in mail.text_lower[:1000]:
            return None
        found: list[Evidence] = []
        for line in mail.bounce_lines:
            m = _ATTEMPT.match(line.strip())
            if m:
                ev = Evidence(address=addresses.normalize(m.group(1)), action="failed",
                              remote_mta=m.group(2).lower(), diagnostic=m.group(3).strip(),
                              evidence=m.group(3).strip())
                fill_from_text(ev, ev.diagnostic or "")
                found.append(ev)
        return dsn_with_notice(mail, self.name, found)
