"""Google Groups: a post the group refused (no such group, or the sender may not post to it).

The notice is translated into the sender's language, so it is recognised by its sender and headers,
not by its wording; the failed group is in X-Failed-Recipients.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report


class GoogleGroups:
    name = "googlegroups"

    def read(self, mail: Mail) -> Report | None:
        failed = mail.root.header("x-failed-recipients") or ""
        if "googlegroups.com" not in failed.lower() and "googlegroups.com" not in mail.from_lower:
            return None
        if not mail.is_from_daemon or mail.delivery_status is not None:
            return None
        body = " ".join(" ".join(mail.bounce_lines).split())
        out = []
        for addr in addresses.find_all(failed):
            out.append(Evidence(address=addr,
                                diagnostic=body[:600] or None, evidence=body[:600] or None))
        if not out:
            return None
        return Report(kind="bounce", format=self.name, evidence=out)
