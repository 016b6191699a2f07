"""RFC 8098 disposition notifications: a rejection (a Sieve ``reject``, RFC 5429: automatic action, disposition
``deleted``) is a bounce; read receipts and a person's own deletion are not.  The rejections are a real Dovecot's
(tests/fixtures/dovecot-lda, made by tools/dovecot_rejections.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from whybounce import explain_bytes

HERE = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(("path", "kind", "fmt", "reason"), [
    ("dovecot-lda/sieve-reject.eml", "bounce", "mdn", "filtered"),           # Pigeonhole's reject: an MDN
    ("dovecot-lda/quota-reject.eml", "bounce", "rfc3464", "mailboxfull"),    # dovecot-lda's own DSN, 5.2.2
    ("not-bounces/mdn-deleted-without-display.eml", "not-bounce", None, None),  # manual-action: the reader's
    ("not-bounces/mdn-automatic-action-processed.eml", "not-bounce", None, None),
    ("not-bounces/mdn-read-receipt.eml", "not-bounce", None, None),
])
def test_a_disposition_notification_is_a_bounce_only_when_it_rejects(path: str, kind: str, fmt: str | None,
                                                                      reason: str | None) -> None:
    result = explain_bytes((HERE / path).read_bytes())
    assert result.kind == kind
    if fmt is not None:
        assert result.format == fmt
        (finding,) = result.recipients
        assert finding.reason == reason


def test_the_sieve_rejection_names_the_recipient_and_the_scripts_reason() -> None:
    (finding,) = explain_bytes((HERE / "dovecot-lda" / "sieve-reject.eml").read_bytes()).recipients
    assert finding.address == "bob@example.net"
    assert finding.diagnostic is not None and "I do not accept messages from this address." in finding.diagnostic
    assert finding.card is not None and finding.card.who == "recipient"


def test_a_rejection_mdn_whose_text_is_long_is_cut_with_a_warning() -> None:
    raw = (HERE / "dovecot-lda" / "sieve-reject.eml").read_bytes()
    raw = raw.replace(b"I do not accept messages from this address.", b"word " * 2000)
    result = explain_bytes(raw)
    (finding,) = result.recipients
    assert finding.diagnostic is not None and len(finding.diagnostic) <= 4000
    assert any("only its start was read" in w for w in result.warnings)
