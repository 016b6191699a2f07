"""au by KDDI's mobile mail (EZweb, ezweb.ne.jp / au.com): "Mail System Error - Returned Mail".

A Japanese lead (ISO-2022-JP), then an English sentence that is au's own verdict for the whole message,
then the recipients, in one of three shapes:

* ``<addr>: 550 user unknown (in reply to RCPT TO command)`` (next to an RFC 3464 part);
* ``Recipient: <addr>`` with the session: ``>>> RCPT TO:<addr>`` / ``<<< 550 ... User unknown``;
* ``The following recipients did not receive this message:`` and the bare ``<addr>``.

au's English sentences are fixed and name the reason (a disabled or limited account, a full mailbox,
a message that could not be delivered within its lifetime); they decide over the remote reply, which
au words as "user unknown" whatever the cause.  ``X-SPASIGN: NG`` marks a message au's own spam filter
refused.
"""

from __future__ import annotations

from .. import addresses, smtp
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import contains_any, lazy
from .base import dsn_with_notice, fill_from_text, set_diagnostic

SUBJECT = "mail system error - returned mail"
# how au's verdict sentences start (case-sensitive, as au writes them); what each means is provider knowledge
# (data/providers/au.yaml)
VERDICT_STARTS = ("The user(s) account is ", "Your message was not delivered within ")
_ADDR = lazy(r"^\s{0,8}(?:Recipient:\s{0,4})?<([^\s<>@]{1,128}@[^\s<>@]{1,253})>:?\s{0,4}(.{0,2000})$")
_SENT = lazy(r"^\s{0,8}>>>\s{0,2}(.{1,1000})$")
_GOT = lazy(r"^\s{0,8}<<<\s{0,2}(.{1,2000})$")
_ORIGINAL = lazy(r"^-{20,}\s*$")


def is_au(mail: Mail) -> bool:
    """au's postmaster or au's subject, and a second mark (a Received or Message-ID from ezweb.ne.jp /
    au.com): an au subscriber's own mail carries those too, but not this sender or subject."""
    by_sender = contains_any(mail.from_lower, ("postmaster@ezweb.ne.jp", "postmaster@au.com"))
    by_subject = mail.subject_lower.strip() == SUBJECT
    if not (by_sender or by_subject):
        return False
    marks = by_sender + by_subject
    received = mail.received_lower
    marks += "ezweb.ne.jp (ezweb mail) with" in received or ".au.com (" in received
    mid = (mail.root.header("message-id") or "").strip().lower()
    marks += mid.endswith((".ezweb.ne.jp>", ".au.com>"))
    return marks >= 2


class EZweb:
    name = "ezweb"

    def read(self, mail: Mail) -> Report | None:
        if not is_au(mail):
            return None
        found, verdict = _read_text(mail.bounce_lines)
        report = dsn_with_notice(mail, self.name, found)
        if report is None:
            return None
        spam = (mail.root.header("x-spasign") or "").strip().upper() == "NG"
        for ev in report.evidence:
            if spam:
                ev.flags = (("x-spasign", "ng"),)
            if not ev.diagnostic and verdict:
                ev.diagnostic = ev.evidence = verdict
            elif verdict:
                ev.notice = verdict
        return report


def _read_text(lines: list[str]) -> tuple[list[Evidence], str]:
    """Recipients with the session that refused them, and au's English verdict for the message."""
    out: list[Evidence] = []
    verdict: list[str] = []
    current: Evidence | None = None
    for line in lines:
        if _ORIGINAL.match(line):
            break
        s = line.strip()
        if not s or not s.isascii():
            continue
        m = _ADDR.match(line)
        if m:
            current = Evidence(address=addresses.normalize(m.group(1)), action="failed")
            out.append(current)
            if m.group(2).strip():
                set_diagnostic(current, m.group(2).strip())
            continue
        if current is not None:
            if sent := _SENT.match(line):
                current.command = smtp.normalize_command(sent.group(1).split(":")[0].split("<")[0].strip())
                continue
            if got := _GOT.match(line):
                reply = got.group(1).strip()
                current.diagnostic = f"{current.diagnostic} {reply}" if current.diagnostic else reply
                current.evidence = current.diagnostic
                fill_from_text(current, reply)
                continue
        if contains_any(s, VERDICT_STARTS) or \
                (verdict and not out and not s.endswith(":")):
            verdict.append(s)
    return out, " ".join(verdict)
