"""Session 40 (K2-40): a receiving system that is busy or overloaded is load, not a failure (table-driven).

RFC 3463 names load apart from failure: X.3.2 "System not accepting network messages" ("an imminent shutdown,
excessive load, or system maintenance") and X.4.5 "Mail system congestion".  The clause `receiving-system-overloaded`
(data/words.yaml class `overloaded`) reads such words; the reason stays systemerror (it holds X.4.5 and a temporary
X.3.2), but the rule no longer claims the system failed.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line
from whybounce.resolve import knowledge
from whybounce.smtp import for_matching

LOAD = [
    # (id, documented reply)
    ("qvsp-system-is-busy", "550 System is busy."),                    # catalogue qvsp-550-system-is-busy
    ("server-too-busy", "421 Server too busy."),                       # a server refusing connections for load
    ("system-overloaded", "451 4.3.2 System overloaded, try again later"),
]
FAILED = [
    ("system-failure", "451 Temporary local problem - please try later: system failure"),
    ("relay-not-ready", "451 Relay Server Not Ready."),
    ("queue-unavailable", "450 queue unavailable."),
]


def clause_rules(text: str) -> set[str]:
    return {clause.rule.rsplit(".", 1)[1] for clause, *_ in knowledge().clauses.find(for_matching(text))}


@pytest.mark.parametrize("reply", [r[1] for r in LOAD], ids=[r[0] for r in LOAD])
def test_load_is_read_as_load_not_failure(reply: str) -> None:
    rules = clause_rules(reply)
    assert "receiving-system-overloaded" in rules
    assert "receiving-system-failed" not in rules
    assert explain_line(reply).finding.reason == "systemerror"


@pytest.mark.parametrize("reply", [r[1] for r in FAILED], ids=[r[0] for r in FAILED])
def test_a_failure_is_still_a_failure(reply: str) -> None:
    rules = clause_rules(reply)
    assert "receiving-system-failed" in rules
    assert "receiving-system-overloaded" not in rules
