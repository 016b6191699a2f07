"""Session 43 (K2-43): a refusal that says the From field is absent or not single reads notcompliantrfc over a
loose X.7.1.

RFC 5322 §3.6 requires exactly one From field.  OpenDKIM's RequiredHeaders check says «message does not have exactly
one From field» (opendkim.c, mlfi_eom) and Gmail's help page «Messages missing a valid address in From: header, or
having no From: header, are not accepted» (550 5.7.1).  Under X.7.1, which RFC 3463 gives any refusal by policy
(loose-status), these words read policyviolation before: no phrase or clause read "does not have exactly one" or
"having no" ("has no" was left out: Cyrus's «Message has no header/body separator» names a missing empty line,
RFC 5322 §2.1, which contenterror's card explains).  They are now predicate words of the header clause (words.yaml
``missing-or-repeated``), so the clause decides and the From-field card (notcompliantrfc.yaml, session 42 CA42) is
the one shown.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line

FROM_CARD = "The message's sender field (From) is missing or given twice"

# (id, reply, reason, the card's title or None); OpenDKIM's own reply carries 5.0.0 (the catalogue's entry), the row
# gives its words the loose X.7.1 Gmail's refusal of the same fault carries
REPLIES = [
    ("opendkim-words-571", "550 5.7.1 message does not have exactly one From field", "notcompliantrfc", FROM_CARD),
    # Gmail's words pasted without a Google host (the provider's own entry needs one)
    ("gmail-words-no-host", "550 5.7.1 Messages missing a valid address in From: header, or having no From: header, "
     "are not accepted.", "notcompliantrfc", FROM_CARD),
    # guard: an X.7.1 refusal that names no header still reads the policy
    ("guard-571-policy", "550 5.7.1 Message rejected by policy", "policyviolation", None),
]


@pytest.mark.parametrize(("reply", "reason", "title"), [r[1:] for r in REPLIES], ids=[r[0] for r in REPLIES])
def test_a_missing_or_repeated_field_decides_over_a_loose_571(reply: str, reason: str, title: str | None) -> None:
    finding = explain_line(reply).finding
    assert finding.reason == reason
    if title is not None:
        assert finding.card is not None and finding.card.title == title
