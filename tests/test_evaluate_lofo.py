"""tools/evaluate.py's leave-one-family-out figure: what "knowledge only family F supports" is, and that reading a
family's replies without it really reads without it (on constructed families and a constructed phrase)."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import evaluate  # noqa: E402
from documented import read_as_bounce  # noqa: E402

F = evaluate.Family("vendor-f", {
    "source": {"title": "Vendor F mail error codes", "url": "https://www.vendor-f.example/help/errors/"},
    "entries": [{"id": "vendor-f-550-frobnicated", "source": {"url": "https://vendor-f.example/help/more"}},
                {"id": "vendor-f-552-full"}]})
G = evaluate.Family("vendor-g", {
    "source": {"title": "Vendor G bounce messages", "url": "https://vendor-g.example/bounces"},
    "entries": [{"id": "vendor-g-550-gone"}]})

# (source, only F supports it)
SOURCES = [
    ({"catalogue": "vendor-f-550-frobnicated"}, True),
    ([{"catalogue": "vendor-f-550-frobnicated"}, {"catalogue": "vendor-f-552-full"}], True),
    ({"url": "http://vendor-f.example/help/errors", "title": "errors", "read": "2026-12-01"}, True),  # same page
    ({"url": "https://vendor-f.example/help/more#top"}, True),  # an entry's own source page
    ({"doc": "Vendor F mail error codes, table 2: «550 frobnicated»"}, True),  # the family's source by title
    ({"doc": "see https://www.vendor-f.example/help/errors for the table"}, True),
    ({"doc": "a reply quoted in catalogue vendor-f-552-full"}, True),
    ({"catalogue": ["vendor-f-550-frobnicated", "vendor-g-550-gone"]}, False),  # another family's reply too
    ([{"catalogue": "vendor-f-550-frobnicated"}, {"rfc": "RFC 3463 §3.2"}], False),
    ([{"catalogue": "vendor-f-550-frobnicated"}, {"url": "https://vendor-g.example/bounces"}], False),
    ({"url": "https://vendor-f.example/help"}, False),  # another page of the same site
    ({"doc": "Vendor F's administrator guide"}, False),
    ({"sisimai": "go-sisimai reason/why-userunknown.go"}, False),
    (None, False),  # no source: nothing to remove it by
]


@pytest.mark.parametrize(("source", "only_f"), SOURCES)
def test_an_entry_is_the_familys_only_when_all_its_sources_are(source: object, only_f: bool) -> None:
    assert F.alone_supports(source) is only_f
    assert not G.alone_supports(source) or source == {"url": "https://vendor-g.example/bounces"}


def _phrase(source: object) -> dict[str, object]:
    return {"id": "frobnicated-capacitor", "match": ["frobnicated flux capacitor"], "source": source}


def test_the_sections_without_a_family_drop_only_its_entries() -> None:
    reasons = {"mailboxfull": {"reason": "mailboxfull", "phrases": [
        _phrase({"catalogue": "vendor-f-550-frobnicated"}),
        {**_phrase([{"catalogue": "vendor-f-552-full"}, {"rfc": "RFC 3463"}]), "id": "kept"}]}}
    provs = {"vendorf": {"sources": [{"url": "https://vendor-f.example/help/errors"}],
                         "sentences": [{"id": "no-own-source", "match": ["frobnicated"], "reason": "userunknown"},
                                       {"id": "own", "match": ["gone"], "reason": "userunknown",
                                        "source": {"url": "https://vendor-g.example/bounces"}}]}}
    # F: its reply's phrase and the sentence its file's sources alone support go; G: the sentence G's page supports
    for fam, phrases, sentences in ((F, ["kept"], ["own"]), (G, ["frobnicated-capacitor", "kept"], ["no-own-source"])):
        patched = evaluate.knowledge_without_family(fam, reasons, provs, [])
        assert [e["id"] for e in patched["reasons"]["mailboxfull"]["phrases"]] == phrases
        assert [e["id"] for e in patched["providers/vendorf"]["sentences"]] == sentences
        assert patched["providers"]["vendorf"] == patched["providers/vendorf"]
    assert [e["id"] for e in reasons["mailboxfull"]["phrases"]] == ["frobnicated-capacitor", "kept"]  # not mutated


def test_the_evidence_table_is_derived_without_the_family() -> None:
    import derive_evidence

    prepared = [("mailboxfull", fam, [("frobnicat", (w, "frobnicat")), ("capacitor", ("capacitor",))],
                 (w, "frobnicat"))
                for fam, w in (("vendor-f", "a"), ("vendor-g", "b"), ("vendor-h", "c"))]
    assert derive_evidence.MIN_FAMILIES == 2  # two of the three families remain for each one left out
    table = evaluate.knowledge_without_family(F, {}, {}, prepared)["evidence"]["rows"]
    assert [(r["feature"], r["families"]) for r in table] == [("frobnicat", ["vendor-g", "vendor-h"])]
    rows = evaluate.knowledge_without_family(F, {}, {}, prepared[:2])["evidence"]["rows"]
    assert rows == []  # one family left: no row


def test_the_evidence_tier_reads_the_table_derived_without_the_family() -> None:
    """The tier reads the compiled table (evidence#table, session 46): a family's figure must be read with the table
    compiled again from the rows without it, not with the shipped one."""
    from whybounce import evidence
    from whybounce.evidence import table_of

    prepared = [("mailboxfull", fam, [("frobnicat", (w, "frobnicat")), ("capacitor", ("capacitor",))],
                 (w, "frobnicat"))
                for fam, w in (("vendor-f", "a"), ("vendor-g", "b"), ("vendor-h", "c"))]
    patched = evaluate.knowledge_without_family(F, {}, {}, prepared)
    assert patched["evidence#table"] == table_of(patched["evidence"]["rows"])
    with evaluate.patched_knowledge(patched):
        assert set(evidence._table()) == {"frobnicat"}
    assert "frobnicat" not in evidence._table()


def test_a_family_reads_without_the_phrase_only_it_supports() -> None:
    reasons, provs = evaluate._knowledge_yaml()
    reasons = copy.deepcopy(reasons)
    reasons["mailboxfull"]["phrases"].append(_phrase({"catalogue": "vendor-f-550-frobnicated"}))
    reply = "550 frobnicated flux capacitor"
    shipped = read_as_bounce(reply)
    assert shipped.reason != "mailboxfull"
    readings = {}
    for fam in (F, G):
        with evaluate.patched_knowledge(evaluate.knowledge_without_family(fam, reasons, provs, [])):
            readings[fam.name] = read_as_bounce(reply)
    assert (readings["vendor-g"].reason, readings["vendor-g"].rule) == \
        ("mailboxfull", "reason.mailboxfull.frobnicated-capacitor")
    assert readings["vendor-f"].reason == shipped.reason
    # and the shipped knowledge is back afterwards
    assert read_as_bounce(reply).rule == shipped.rule


def test_the_wider_figure_drops_the_providers_own_statuses_and_codes_too() -> None:
    provs = {"vendorf": {"sources": [{"url": "https://vendor-f.example/help/errors"}],
                         "statuses": [{"code": "5.7.900", "reason": "blocked"},
                                      {"code": "5.7.901", "reason": "blocked", "source": {"rfc": "RFC 3463"}}],
                         "codes": {"after": ["ERR"], "digits": 3, "table": [{"code": "101", "reason": "blocked"}]}}}
    narrow = evaluate.knowledge_without_family(F, {}, provs, [])["providers/vendorf"]
    assert narrow["statuses"] == provs["vendorf"]["statuses"] and narrow["codes"] == provs["vendorf"]["codes"]
    wide = evaluate.knowledge_without_family(F, {}, provs, [], codes=True)["providers/vendorf"]
    assert [s["code"] for s in wide["statuses"]] == ["5.7.901"]
    assert wide["codes"] == {"after": ["ERR"], "digits": 3, "table": []}
    assert evaluate.knowledge_without_family(G, {}, provs, [], codes=True)["providers/vendorf"] == provs["vendorf"]


def test_the_shipped_knowledge_is_back_after_an_error() -> None:
    """A reading that fails inside :func:`evaluate.patched_knowledge` leaves the modules reading the shipped sections
    (the rest of ``make eval`` must not read with a family left out)."""
    from whybounce import evidence, knowledge, providers, resolve

    reasons, provs = evaluate._knowledge_yaml()
    reasons = copy.deepcopy(reasons)
    reasons["mailboxfull"]["phrases"].append(_phrase({"catalogue": "vendor-g-550-gone"}))
    reply = "550 frobnicated flux capacitor"
    shipped = read_as_bounce(reply)
    with pytest.raises(RuntimeError, match="a reading failed"):
        with evaluate.patched_knowledge(evaluate.knowledge_without_family(F, reasons, provs, [])):
            assert read_as_bounce(reply).reason == "mailboxfull"
            raise RuntimeError("a reading failed")
    assert all(m.section is knowledge.section for m in (resolve, providers, evidence))
    assert read_as_bounce(reply).rule == shipped.rule


def test_a_page_two_families_draw_from_is_neither_ones_alone(tmp_path: Path) -> None:
    """An entry whose only source is a page the replies of two families come from (Microsoft's NDR page for Microsoft
    365 and Outlook.com) is co-sourced, as one naming both families' replies: it stays when either is left out."""
    shared = "https://vendor.example/ndr-reference"
    (tmp_path / "vendor-one.yaml").write_text(
        f"source: {{title: One, url: '{shared}'}}\nentries: [{{id: vendor-one-550-x}}]\n", encoding="utf-8")
    (tmp_path / "vendor-two.yaml").write_text(
        "source: {title: Two, url: 'https://vendor.example/two'}\n"
        f"entries: [{{id: vendor-two-550-y, source: {{url: '{shared}'}}}}]\n", encoding="utf-8")
    fams = evaluate.families(tmp_path)
    for fam in fams.values():
        assert not fam.alone_supports({"url": shared, "title": "the NDR reference"})
        assert not fam.alone_supports({"doc": f"see {shared}"})
    assert fams["vendor-two"].alone_supports({"url": "https://vendor.example/two"})  # its own page stays its own
    assert fams["vendor-one"].alone_supports({"catalogue": "vendor-one-550-x"})
