"""Session 60 (k60b): a receiving Postfix whose own delivery agent could not write the recipient's mailbox reports it
in its local(8) or virtual(8) frame before the operating system's error (src/local/mailbox.c, maildir.c,
src/virtual/mailbox.c), with 5.2.0 or 4.2.0.  The frame reads systemerror (the receiving system's own set-up:
permissions, the mailbox's owner, a lock); where a rule reads the error after it (a quota, a full disk), that decides.
Each row is read from a Postfix DSN as local(8) writes it, as a bounce (5.2.0) and as a delay notice (4.2.0)."""

from __future__ import annotations

import pytest
from whybounce import explain_bytes

LOCAL_MAILBOX = [
    # (the reason after the frame, the rule, the text after "<bob@example.com>: ")
    ("systemerror", "reason.systemerror.local-mailbox-not-written",
     "cannot update mailbox /var/mail/bob for user bob. cannot open file: Permission denied"),
    ("systemerror", "reason.systemerror.local-mailbox-not-written",
     "cannot update mailbox /var/mail/bob for user bob. destination /var/mail/bob is not owned by recipient"),
    ("systemerror", "reason.systemerror.local-mailbox-not-written",
     "maildir delivery failed: create maildir file /home/bob/Maildir/tmp/1764633600.P4321.mx.example.com: Permission "
     "denied"),
    ("systemerror", "reason.systemerror.local-mailbox-not-written",
     "delivery failed to mailbox /var/vmail/example.com/bob: cannot open file: Permission denied"),
    # the error after the frame names another reason: it decides (the catalogue's Postfix local rows, go-sisimai's pair)
    ("mailboxfull", "", "cannot update mailbox /var/mail/bob for user bob. error writing message: Disk quota exceeded"),
    ("mailboxfull", "", "maildir delivery failed: create maildir file /home/bob/Maildir/tmp/1764633600.P4321.mx: Disk "
     "quota exceeded"),
    ("mailboxfull", "reason.mailboxfull.maildir-quota",
     "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later."),
    ("systemfull", "",
     "cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device"),
]


def _postfix_local_dsn(text: str, status: str) -> bytes:
    action = "delayed" if status.startswith("4") else "failed"
    return f"""From: MAILER-DAEMON@mx.example.com (Mail Delivery System)
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

                   The mail system

<bob@example.com>: {text}

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; bob@example.com
Original-Recipient: rfc822;bob@example.com
Action: {action}
Status: {status}
Diagnostic-Code: X-Postfix; {text}

--B--
""".encode()


@pytest.mark.parametrize(("reason", "rule", "text"), LOCAL_MAILBOX, ids=[r[2][:60] for r in LOCAL_MAILBOX])
@pytest.mark.parametrize("status", ["5.2.0", "4.2.0"])
def test_a_mailbox_the_receiving_system_could_not_write(reason: str, rule: str, text: str, status: str) -> None:
    (finding,) = explain_bytes(_postfix_local_dsn(text, status)).recipients
    assert finding.reason == reason, finding.rule
    if rule:
        assert finding.rule == rule
    if rule == "reason.systemerror.local-mailbox-not-written":
        # a fault of the receiving side's own files persists while retried: its administrator acts, in a delay too
        assert finding.card is not None and finding.card.who == "recipient-admin", finding.card and finding.card.who
