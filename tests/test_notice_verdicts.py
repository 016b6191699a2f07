"""Facts a notice states besides the reply it quotes, read as the knowledge says (session 43, helper K3-43).

Each row is a labelled corpus file (../shared, read in place) whose reading turns on such a fact, with the rule that
must decide it and the source that rule names; every row failed on f147216.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from whybounce import explain_bytes

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "sisimai" / "bounces"

# (file, reason, rule, why)
ROWS = [
    ("lhost-verizon-02.eml", "userunknown", "provider.verizon.error-invalid-user-address",
     "Verizon's gateway heads its notice 'Error: Invalid user address' (go-sisimai lhost/via-verizon.go): its own "
     "verdict, which the detector reports as a flag; the provider reads the flag"),
]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the labelled corpus (../shared) is not here")
@pytest.mark.parametrize(("name", "reason", "rule", "why"), ROWS, ids=[r[0] for r in ROWS])
def test_notice_fact_decides(name: str, reason: str, rule: str, why: str) -> None:
    (finding,) = explain_bytes((CORPUS / name).read_bytes()).recipients
    assert (finding.reason, finding.rule) == (reason, rule), why
