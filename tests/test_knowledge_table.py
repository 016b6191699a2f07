"""The resolver's tables as compiled (``reasons#table``, resolve.compile_table): the same readings as the reason files
they come from, and a process that reads one reply neither decodes those files nor makes the entries it does not match
(nor decodes the POP3 answers' cards).
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from whybounce.knowledge import section
from whybounce.resolve import Entry, Knowledge, compile_table


def _rows(value: Any) -> Any:
    """``value`` with every tuple a list (msgpack gives the compiled table's arrays as tuples)."""
    if isinstance(value, (list, tuple)):
        return [_rows(v) for v in value]
    if isinstance(value, dict):
        return {k: _rows(v) for k, v in value.items()}
    return value


def test_the_compiled_table_is_the_reason_files_compiled() -> None:
    assert _rows(section("reasons#table")) == _rows(compile_table(section("reasons")))


def test_the_table_reads_as_the_reason_files_do() -> None:
    """Every phrase and entry of a Knowledge made from the stored table is the one made from the files."""
    stored, built = Knowledge(table=section("reasons#table")), Knowledge(section("reasons"))
    assert [p for p, _n in stored.index.items] == [p for p, _n in built.index.items]
    assert len(stored.index.items) > 1000
    assert {c: (s.reason, s.rule, s.tier) for c, s in stored.statuses.items()} == \
        {c: (s.reason, s.rule, s.tier) for c, s in built.statuses.items()}
    assert stored.rule_only_hints == built.rule_only_hints and stored.implied == built.implied
    assert stored.not_after == built.not_after and stored.not_after
    assert {k: [f.rule for f in v] for k, v in stored.fallbacks.items()} == \
        {k: [f.rule for f in v] for k, v in built.fallbacks.items()}
    reply = "550 5.1.1 <a@example.org>: recipient address rejected: user unknown in virtual mailbox table"
    assert [(e.rule, w, p, m) for e, w, p, m in stored.index.find(reply)] == \
        [(e.rule, w, p, m) for e, w, p, m in built.index.find(reply)]


@pytest.mark.parametrize(("spec", "message"), [
    ({"x": {"reason": "y"}}, "names reason 'y'"),
    ({"a": {"reason": "a", "statuses": [{"code": "5.1.1"}]}, "b": {"reason": "b", "statuses": [{"code": "5.1.1"}]}},
     "status 5.1.1 is claimed by a and b"),
    ({"a": {"reason": "a", "phrases": [{"id": "p", "match": ["words"], "when": {"stage": ["RCPT"]}}]}},
     "unknown condition"),
    ({"a": {"reason": "a", "phrases": [{"id": "p", "match": [["one", ""]]}]}}, "empty piece"),
])
def test_compiling_checks_the_files(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compile_table(spec)


def test_an_entry_is_made_when_it_first_matches_and_once() -> None:
    k = Knowledge({"userunknown": {"reason": "userunknown", "phrases": [
        {"id": "unknown", "match": ["user unknown", ["no such", "user"]]},
        {"id": "bound", "match": ["no mailbox"], "when": {"command": ["RCPT"]}}]}})
    assert k.index.entries == [None, None]
    first = k.index.find("550 user unknown")
    assert [e.rule for e, *_ in first] == ["reason.userunknown.unknown"] and k.index.entries[1] is None
    again = k.index.find("550 no such local user")
    assert again[0][0] is first[0][0] and isinstance(again[0][0], Entry)
    (bound, *_), = k.index.find("no mailbox here")
    assert bound.rule == "reason.userunknown.bound" and bound.condition is not None
    assert bound.condition.commands == frozenset({"RCPT"})


PROBE = """
import sys
from whybounce import knowledge, resolve
from whybounce.line import explain_text
explain_text("550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table")
made = sum(e is not None for e in resolve.knowledge().index.entries)
print(made, len(resolve.knowledge().index.entries))
print(*sorted(knowledge._SHIPPED._loaded))
"""


def test_one_reply_decodes_no_reason_file_and_makes_only_the_entries_it_matched() -> None:
    """Nor the POP3 answers' cards (knowledge.APART): ``cards#rest`` is all a bounce's card reads of cards.yaml."""
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True)
    counts, decoded = done.stdout.splitlines()
    made, entries = map(int, counts.split())
    assert 0 < made < 40 and entries > 800, done.stdout
    assert {"reasons#table", "cards#rest", "reasons/userunknown#card/en"} <= set(decoded.split()), decoded
    assert not {"reasons", "cards", "cards#topics", "cards#pop3_unknown"} & set(decoded.split()), decoded
