"""Last resort for text bounces of systems without a detector of their own.

It only answers for messages that say they are bounces (sender, subject or the usual sentences), and
then reads "address, then the reason" blocks; ordinary mail that merely quotes an SMTP reply is left
alone.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import IGNORECASE, contains_any, lazy
from . import text
from .base import fill_from_text, set_diagnostic

SUBJECT_WORDS = (
    "undeliver", "undelivered", "bounce notification", "mail failed", "returning to sender", "bounced mail",
    "mail bounce", "returned mail", "delivery status notification", "delivery failure",
    "failure notice", "mail delivery failed", "delivery has failed", "could not be delivered",
    "non-delivery", "nondeliverable", "non delivery", "mail system error", "delivery notification",
    "returned to sender", "failed delivery", "delivery problem", "message not delivered",
    "mail could not be delivered", "delivery final failure", "permanent delivery failure",
    "warning: could not send", "delayed mail", "delivery delayed", "delivery notice",
    "不達", "配信エラー", "配送エラー", "送信エラー", "エラーメール", "届きませんでした", "配信できません",
)
BODY_SENTENCES = (
    "could not be delivered", "couldn't be delivered", "was not delivered", "delivery has failed",
    "permanent error", "permanent fatal error", "unable to deliver", "undeliverable", "delivery failed",
    "delivery to the following recipient", "was undeliverable", "failed to deliver",
    "message could not be sent", "wasn't able to deliver", "wasn't delivered", "following addresses had",
    "could not deliver", "has not been delivered", "rejected your message", "not able to deliver",
    "delivery attempts will continue", "has been delayed", "delivery status notification",
    "届けることができません", "配送できませんでした", "送信できませんでした", "宛先不明",
)
_TRANSCRIPT = lazy(r"^\s*(?:<<<|>>>)\s")


def looks_like_bounce(mail: Mail) -> bool:
    subject = mail.subject_lower
    if contains_any(subject, SUBJECT_WORDS):
        return True
    head = "\n".join(mail.bounce_lines[:60]).lower()
    said = contains_any(head, BODY_SENTENCES)
    if mail.is_from_daemon and said:
        return True
    return bool(mail.root.header("x-failed-recipients")) and said


class Generic:
    name = "generic"

    def read(self, mail: Mail) -> Report | None:
        if not looks_like_bounce(mail):
            return None
        lines = [ln for ln in mail.bounce_lines if not _TRANSCRIPT.match(ln)]
        # a notice that labels its facts ("reject reason: ...", "target mail address: ...") says it best
        found = _labelled_fields(mail.bounce_lines) or _last_per_address(
            [e for e in text.blocks(lines) if _is_failure(e)]
        )
        failed_hdr = mail.root.header("x-failed-recipients")
        if not found and failed_hdr:
            body = " ".join(" ".join(mail.bounce_lines).split())
            for addr in addresses.find_all(failed_hdr):
                ev = Evidence(address=addr)
                ev.diagnostic = _sentence_near(body, addr)
                if ev.diagnostic:
                    fill_from_text(ev, ev.diagnostic)
                found.append(ev)
        if not found:
            return None
        return Report(kind="bounce", format=self.name, evidence=found)


_FIELD_REASON = lazy(
    r"^\s{0,8}[\w \-]{0,30}(?:reason|error|cause|diagnostic|problem)[\w \-]{0,20}:\s*(\S.{0,1000})$", IGNORECASE
)
_FIELD_ADDRESS = lazy(
    r"^\s{0,8}[\w \-]{0,30}(?:address|recipient|rcpt|mailbox)[\w \-]{0,12}:\s*<?([^\s@<>]{1,128}@[^\s>]{1,253})>?\s*$",
    IGNORECASE,
)


def _labelled_fields(lines: list[str]) -> list[Evidence]:
    """Home-made notices that label their facts: "reject reason: Mailbox full", "target mail address: a@b"."""
    reason = addr = None
    for line in lines[:200]:
        if reason is None and (m := _FIELD_REASON.match(line)):
            reason = m.group(1).strip()
        elif addr is None and (m := _FIELD_ADDRESS.match(line)):
            addr = addresses.normalize(m.group(1))
    if reason is None or addr is None:
        return []
    ev = Evidence(address=addr)
    set_diagnostic(ev, reason)
    return [ev]


_HEADERISH = lazy(r"^[A-Z][A-Za-z\-]{1,30}: ")


def _last_per_address(found: list[Evidence]) -> list[Evidence]:
    """A notice that names a recipient twice ("Your message To: a ... Subject: b" then "did not reach: a,
    reason") says most in the block whose text is not a run of header fields, else in the first."""
    best: dict[str | None, int] = {}
    for i, e in enumerate(found):
        j = best.get(e.address)
        if j is None or (_HEADERISH.match(found[j].diagnostic or "") and not _HEADERISH.match(e.diagnostic or "")):
            best[e.address] = i
    keep = set(best.values())
    return [e for i, e in enumerate(found) if i in keep]


def _is_failure(ev: Evidence) -> bool:
    """A block is a failed recipient when it says something beyond the bare address."""
    return bool(ev.diagnostic)


def _sentence_near(body: str, addr: str) -> str | None:
    i = body.lower().find(addr.lower())
    if i < 0:
        return body[:400] or None
    return body[i : i + 400]
