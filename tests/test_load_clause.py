"""Load, shortage and failure of the receiving system, each read by its own clause (table-driven).

Session 40 (K2-40) parted load from failure.  Session 43 (K4-43) parted "busy" from a named shortage: the reason table
(../shared/README.md) calls a system "out of disk or resources" systemfull and an internal error systemerror.  Words
that name the shortage ("overloaded", "out of resources", as Exchange's «452 4.3.1 Insufficient system resources» and
postscreen's «421 4.3.2 No system resources») read systemfull by `receiving-system-overloaded`; "busy", which
providers use for their connection limits as much as for load, stays systemerror's (`receiving-system-busy`); a
failure stays `receiving-system-failed`.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line
from whybounce.resolve import knowledge
from whybounce.smtp import for_matching

CLAUSES = ("receiving-system-busy", "receiving-system-overloaded", "receiving-system-failed")
ROWS = [
    # (id, documented or representative reply, clause that must read it, reason)
    # catalogue qvsp-550-system-is-busy; set 6's conn-421-kbit-tistory (labelled systemerror)
    ("qvsp-system-is-busy", "550 System is busy.", "receiving-system-busy", "systemerror"),
    ("server-too-busy", "421 Server too busy.", "receiving-system-busy", "systemerror"),
    ("system-overloaded", "451 4.3.2 System overloaded, try again later", "receiving-system-overloaded", "systemfull"),
    ("server-out-of-resources", "421 4.3.2 Server out of resources, try again later", "receiving-system-overloaded",
     "systemfull"),
    ("queue-overloaded", "451 4.3.0 Mail queue overloaded", "receiving-system-overloaded", "systemfull"),
    ("system-failure", "451 Temporary local problem - please try later: system failure", "receiving-system-failed",
     "systemerror"),
    ("relay-not-ready", "451 Relay Server Not Ready.", "receiving-system-failed", "systemerror"),
    ("queue-unavailable", "450 queue unavailable.", "receiving-system-failed", "systemerror"),
]


def clause_rules(text: str) -> set[str]:
    return {clause.rule.rsplit(".", 1)[1] for clause, *_ in knowledge().clauses.find(for_matching(text))}


@pytest.mark.parametrize(("reply", "clause", "reason"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_each_state_of_the_receiving_system_has_its_clause(reply: str, clause: str, reason: str) -> None:
    rules = clause_rules(reply)
    assert clause in rules
    assert not (rules & set(CLAUSES)) - {clause}
    finding = explain_line(reply).finding
    assert finding.reason == reason
    # a longer phrase may decide first ("temporary local problem"); a clause of another state never does
    others = {f"reason.{r}.{c}" for r in ("systemerror", "systemfull") for c in CLAUSES if c != clause}
    assert finding.rule not in others


# session 43 (K4-43): the receiving server out of memory, in its documented words: a shortage (systemfull), where the
# knowledge read a software fault (systemerror) before
MEMORY = [
    ("netqmail-die-nomem", "421 out of memory (#4.3.0)"),           # netqmail 1.06 qmail-smtpd.c die_nomem()
    ("msmtpd-enomem", "554 Cannot allocate memory"),                # catalogue msmtpd-554-cannot-allocate-memory
    ("cn-mail-out-of-memory", "450 out of memory."),                # catalogue cn-mail-450-out-of-memory
]


@pytest.mark.parametrize("reply", [r[1] for r in MEMORY], ids=[r[0] for r in MEMORY])
def test_out_of_memory_is_a_shortage(reply: str) -> None:
    finding = explain_line(reply).finding
    assert (finding.reason, finding.rule) == ("systemfull", "reason.systemfull.out-of-memory")
