"""The documented-reply catalogue (tests/fixtures/documented-replies): every reply as its provider, MTA or filter
documents it, made into the bounce a Postfix sender gets, must be read as the catalogue's labels say.

The labels were made from the documentation alone (the catalogue's README); where the resolver disagreed, the
knowledge was re-derived from the documented reply, never the label bent (the few alternates the lead added carry
a note saying why).  A pasted reply has no SMTP stage and no answering host, so it is held to a measured floor.
"""

from __future__ import annotations

from typing import Any

import pytest
from documented import entries, postfix_bounce
from whybounce import explain_bytes, explain_line

ENTRIES = entries()
# Judgement differences the knowledge cannot settle without bending a label: each names its argument. Strict: a
# difference that goes away must be taken off this list.
KNOWN_DIFFERENCES = {
    "mimecast-email-rejected-due-to-security-policies":
        "Mimecast's code article, as go-sisimai quotes it, names a virus signature first (or a spam score over the"
        " maximum), so the Mimecast rule reads virusdetected; the catalogue took spam scoring first from Suped's"
        " account. The words ('security policies') fit both; neither side's source settles it.",
    "cyrus-550-5-7-1-permission-denied":
        "Cyrus's 'Permission denied' is a mailbox ACL (the owner's setting: filtered); the words alone are any "
        "server's permission error, so the resolver keeps the X.7.1 policy reading (policyviolation)",
    "rfc5321-554-transaction-failed":
        "RFC 5321's bare 'Transaction failed' names no cause: labelled undefined, while the resolver files words it "
        "cannot read under onhold; both say 'no reason given'",
}
LINE_FLOOR = 0.95  # measured 578/606 = 0.954: a bare reply lacks the stage and the host that name a provider


def test_the_catalogue_is_large_enough_to_mean_something() -> None:
    assert len(ENTRIES) >= 300
    assert len({e["file"] for e in ENTRIES}) >= 30


@pytest.mark.parametrize("entry", [
    pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=KNOWN_DIFFERENCES[e["id"]]))
    if e["id"] in KNOWN_DIFFERENCES else e for e in ENTRIES], ids=[e["id"] for e in ENTRIES])
def test_documented_reply_in_a_postfix_bounce(entry: dict[str, Any]) -> None:
    result = explain_bytes(postfix_bounce(entry))
    (finding,) = result.recipients
    assert finding.reason in entry["reasons"], (finding.rule, entry["reply"])
    assert finding.temporary is entry["temporary"], (result.kind, entry["reply"])


def test_documented_replies_pasted_alone() -> None:
    ok = sum(explain_line(" ".join(str(e["reply"]).split())).finding.reason in e["reasons"] for e in ENTRIES)
    assert ok / len(ENTRIES) >= LINE_FLOOR, f"{ok}/{len(ENTRIES)}"


def test_known_differences_name_catalogue_entries() -> None:
    ids = {e["id"] for e in ENTRIES}
    assert set(KNOWN_DIFFERENCES) <= ids, set(KNOWN_DIFFERENCES) - ids
