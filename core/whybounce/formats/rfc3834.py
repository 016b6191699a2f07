"""RFC 3834 automatic responses (out-of-office, vacation): reported as ``vacation``, not as a bounce."""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import contains_any
from .generic import looks_like_bounce

_SUBJECTS = (
    "auto reply", "auto-reply", "autoreply", "automatic reply", "auto response", "autoresponse",
    "auto-response", "out of office", "out of the office", "out-of-office", "vacation", "away from",
    "on leave", "abwesenheit", "absence", "自動応答", "自動返信", "不在", "休暇", "お休み",
)
_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-mail-autoreply", "x-vacation")


class Rfc3834:
    name = "rfc3834"

    def read(self, mail: Mail) -> Report | None:
        if mail.delivery_status is not None or _daemon(mail.from_lower) or looks_like_bounce(mail):
            return None
        auto = (mail.root.header("auto-submitted") or "").strip().lower()
        precedence = (mail.root.header("precedence") or "").strip().lower()
        subject = mail.subject_lower
        by_header = auto.startswith("auto-replied") or any(mail.root.header(h) for h in _HEADERS) or \
            precedence == "auto_reply" or (mail.root.header("x-auto-response-suppress") is not None
                                           and subject.startswith(("automatic reply", "自動応答")))
        by_subject = contains_any(subject, _SUBJECTS)
        if not (by_header or (by_subject and (auto.startswith("auto-") or precedence in ("bulk", "junk")))):
            if not (by_subject and subject.startswith(("auto", "automatic reply", "out of office autoreply",
                                                       "out of office reply", "自動", "不在"))):
                return None
        addr = addresses.first(mail.from_) or addresses.first(mail.header("reply-to"))
        first_line = next((ln.strip() for ln in mail.lines if ln.strip()), "")
        ev = Evidence(address=addr,
                      diagnostic=first_line[:300] or None, evidence=mail.subject or first_line or None)
        return Report(kind="vacation", format=self.name, evidence=[ev])


def _daemon(from_: str) -> bool:
    """Bounces are auto-submitted too; they come from the mail system, not from a person."""
    return contains_any(from_, ("mailer-daemon", "postmaster", "mail delivery", "mail-daemon"))
