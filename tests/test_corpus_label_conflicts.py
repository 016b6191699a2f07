"""One wording, one reading: tuned rows whose labels disagree with each other (session 51, helper s51).

Each group holds bounces that carry the same server words in the same setting (same status, same kind of report) and
that their labels name differently. No reading can agree with every label of a group, so a rule that "wins" one row
of it is a fit to that file; tests/fixtures/README.md lists these rows among the corpus's label disagreements. The
test reads every row of a group, checks that the labels really differ (so the claim in the README stays true), and
that whybounce reads them all alike, with the reading the cited sources give.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whybounce import explain_bytes

ROOT = Path(__file__).resolve().parent.parent
SISIMAI = ROOT.parent / "shared" / "corpus" / "sisimai"
REAL = ROOT / "tests" / "fixtures" / "real-mta"
SETS = {"corpus": (SISIMAI / "bounces", SISIMAI / "labels.jsonl"), "real": (REAL, REAL / "labels.jsonl")}

# (group, reason whybounce gives every row, rows as (set, file, recipient index), why)
GROUPS = [
    ("postfix-dns-inval", "networkerror",
     [("corpus", "rhost-aol-06.eml", 1), ("corpus", "lhost-postfix-17.eml", 1)],
     "Postfix's 'Name service error for name=<d> type=MX: Malformed or unexpected name server reply' with 5.4.4 "
     "(dns_lookup.c's DNS_INVAL: an MX record whose host name fails valid_hostname(); smtp_addr.c gives DNS_INVAL "
     "5.4.4) is labelled notaccept once and networkerror once"),
    ("header-error", "contenterror",
     [("corpus", "lhost-exim-03.eml", 1), ("corpus", "lhost-gmail-03.eml", 1)],
     "'554 5.7.0 Header error' after the data is labelled policyviolation once and filtered once; the words name the "
     "message's header (the vocabulary's contenterror)"),
    ("yahoo-tss04", "badreputation",
     [("corpus", "rhost-yahooinc-02.eml", 1), ("corpus", "lhost-qmail-19.eml", 1)],
     "Yahoo's '421 4.7.0 [TSS04] ... temporarily deferred due to unexpected volume or user complaints' is labelled "
     "rejected once and badreputation once; Yahoo's Sender Hub files TS codes under the sender's reputation"),
    ("user-unknown-5-2-1", "filtered",
     [("corpus", "lhost-powermta-01.eml", 1), ("corpus", "lhost-amazonworkmail-02.eml", 1),
      ("corpus", "lhost-sendmail-02.eml", 2), ("corpus", "lhost-zoho-02.eml", 1)],
     "'550 5.2.1 <a>... User Unknown' is labelled suspend once and filtered three times, from four systems"),
    ("postfix-pipe-ex-nouser", "userunknown",
     [("corpus", "lhost-postfix-01.eml", 1), ("real", "postfix/local-pipe-exit67.eml", 1)],
     "Postfix's local delivery through a command that exits EX_NOUSER (67): 'user unknown. Command output: ...', "
     "status 5.1.1, Diagnostic-Code x-unix; Sisimai's label says mailererror, this project's hand label of the same "
     "Postfix event made by a real Postfix 3.7 says userunknown"),
]


def _labels(name: str) -> dict[str, list[str]]:
    rows = (json.loads(line) for line in SETS[name][1].read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["file"]: [r["reason"] for r in row["recipients"]] for row in rows}


@pytest.mark.skipif(not SISIMAI.is_dir(), reason="the labelled corpus (../shared) is not here")
@pytest.mark.parametrize(("group", "reason", "rows", "why"), GROUPS, ids=[g[0] for g in GROUPS])
def test_one_wording_reads_one_way(group: str, reason: str, rows: list[tuple[str, str, int]], why: str) -> None:
    labels = {name: _labels(name) for name in {row[0] for row in rows}}
    assert len({labels[s][f][i - 1] for s, f, i in rows}) > 1, f"{group}: the labels no longer disagree"
    readings = {}
    for s, f, i in rows:
        found = explain_bytes((SETS[s][0] / f).read_bytes()).recipients
        readings[f"{s}/{f}#{i}"] = found[i - 1].reason
    assert set(readings.values()) == {reason}, f"{why}: {readings}"
