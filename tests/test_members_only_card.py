"""A list's members-only refusal that names what the sender lacks (subscribing, an account, membership) is the
sender's to act on; a bare "not allowed to post" names no such condition and stays with the list's owner (session 60,
K60A: data/reasons/rejected.yaml's members-only card variant)."""

from __future__ import annotations

import pytest
from whybounce import explain_line

# (pasted reply, who, words the English card holds)
CASES = [
    ("500 Rejected. Non-subscribers are not allowed to post to this list.", "sender", "members only"),
    ("500 Rejected. Users without an account are not allowed to post to this list.", "sender", "members only"),
    ("554 5.7.1 <team@lists.example.org>: Recipient address rejected: You must be a member to send to this address.",
     "sender", "members only"),
    ("550 5.7.1 Only members can post to this group", "sender", "members only"),
    ("500 Rejected. You are not allowed to post to this list.", "recipient-admin", "did not accept your post"),
]


@pytest.mark.parametrize(("reply", "who", "title"), CASES)
def test_members_only_who(reply: str, who: str, title: str) -> None:
    f = explain_line(reply).finding
    assert f.reason == "rejected"
    assert f.card is not None
    assert f.card.who == who
    assert title in f.card.title
    ja = explain_line(reply, lang="ja").finding
    assert ja.card is not None and ja.card.who == who
