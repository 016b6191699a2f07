"""The evidence tier (whybounce.evidence, data/evidence.yaml): derived from the documented-reply catalogue, never
edited by hand, each row backed by several families, and read only when nothing more specific reads a reply."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from whybounce import explain_line
from whybounce.evidence import features, stem, vote, words
from whybounce.knowledge import section

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import derive_evidence  # noqa: E402
from documented import CATALOGUE, entries  # noqa: E402

TABLE = yaml.safe_load(derive_evidence.OUT.read_text(encoding="utf-8"))
REASONS = set(section("reasons"))


def test_the_table_is_what_the_catalogue_gives() -> None:
    """Regenerate with `tools/derive_evidence.py` (then `make knowledge`) after the catalogue changes."""
    assert derive_evidence.OUT.read_text(encoding="utf-8") == derive_evidence.render(
        derive_evidence.derive(entries(CATALOGUE)))


def test_the_compiled_knowledge_holds_the_table() -> None:
    assert section("evidence") == TABLE


def test_the_tier_reads_the_table_compiled_from_the_rows() -> None:
    """Session 46 (P2-46): build_knowledge compiles the rows into ``evidence#table`` (feature -> (reason, weight)),
    so a process decodes 359 pairs instead of the rows with their families; the weights are table_of's, bit for bit."""
    from whybounce import evidence
    from whybounce.evidence import table_of

    compiled = section("evidence#table")
    assert compiled == table_of(TABLE["rows"])
    assert all(type(v) is tuple and type(v[1]) is float for v in compiled.values())
    assert evidence._table() is compiled


@pytest.mark.parametrize("row", TABLE["rows"], ids=[r["feature"] for r in TABLE["rows"]])
def test_every_row_has_several_sourced_families(row: dict[str, object]) -> None:
    families = row["families"]
    assert isinstance(families, list) and len(families) >= TABLE["min_families"] >= 2
    assert all(f in TABLE["families"] and TABLE["families"][f] for f in families)
    assert float(str(row["precision"])) >= TABLE["min_precision"]
    assert row["reason"] in REASONS


def test_one_vendors_wording_quoted_by_another_is_not_two_families() -> None:
    """qmail's notice quoting Exim's "421 ...: Too much load; please try again later" is one wording."""
    rows = derive_evidence.derive_rows([
        {"id": "a", "file": "one.yaml", "reply": "421 Too much load; please try again later",
         "reasons": ["systemfull"]},
        {"id": "b", "file": "two.yaml", "reply": "Remote host said: 421 Too much load; please try again later",
         "reasons": ["systemfull"]},
    ])
    assert "load" not in {r["feature"] for r in rows}
    rows = derive_evidence.derive_rows([
        {"id": "a", "file": "one.yaml", "reply": "421 Too much load", "reasons": ["systemfull"]},
        {"id": "b", "file": "two.yaml", "reply": "451 Server load too high", "reasons": ["systemfull"]},
    ])
    assert "load" in {r["feature"] for r in rows}



_RELAY = [("one", "550 Relaying not permitted"), ("two", "550 5.7.1 relaying not permitted for you"),
          ("three", "554 Relay not permitted here")]
_ELSEWHERE = [("four", "553 Non-ASCII addresses not permitted", "notcompliantrfc"),
              ("five", "550 IP not permitted by the domain owner", "authfailure")]


@pytest.mark.parametrize(("alone", "kept"), [
    ([("six", "550 192.0.2.10 not permitted")], False),  # one family says it alone, two replies otherwise: proxy
    ([("six", "550 192.0.2.10 not permitted"), ("seven", "550 Sender not permitted")], True),  # two families alone
    ([], False),
])
def test_a_word_that_means_its_reason_only_beside_the_reasons_other_words_is_no_row(
        alone: list[tuple[str, str]], kept: bool) -> None:
    """Session 59 (E59): "not permitted" is a relay refusal's word only beside "relay" ("Relaying not permitted");
    where it stands without the reason's other rows, the catalogue's other replies outnumber it, so it needs replies
    of two families that say it alone (derive_evidence._stands_alone); "relay" keeps its row."""
    catalogue = [{"id": f"{fam}-{i}", "file": f"{fam}.yaml", "reply": reply, "reasons": ["norelaying"]}
                 for i, (fam, reply) in enumerate(_RELAY + alone)]
    catalogue += [{"id": f"{fam}-x", "file": f"{fam}.yaml", "reply": reply, "reasons": [reason]}
                  for fam, reply, reason in _ELSEWHERE]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(derive_evidence, "MIN_PRECISION", 0.5)  # (the toy catalogue is small: the rule under test only)
        features = {r["feature"]: r["reason"] for r in derive_evidence.derive_rows(catalogue)}
        assert features.get("relay") == "norelaying"
        assert ("not permitt" in features) is kept
        mp.setattr(derive_evidence, "OWN_SUPPORT", False)
        assert "not permitt" in {r["feature"] for r in derive_evidence.derive_rows(catalogue)}

@pytest.mark.parametrize(("text", "expected"), [
    ("Rejected", ["reject"]),
    ("550 5.1.1 <kijitora@example.net>: user unknown", ["", "", "user", "unknown"]),
    ("host mx.example.net[192.0.2.1] said: Mailbox full", ["host", "", "said", "mailbox", "full"]),
    ("see https://example.org/why", ["see", ""]),
    ("Empfänger unbekannt", ["empfanger", "unbekannt"]),
])
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_stems_keep_short_words() -> None:
    assert [stem(w) for w in ("rejected", "rejects", "rejecting", "bus", "used")] == [
        "reject", "reject", "reject", "bus", "used"]


def test_features_pair_only_words_that_say_something() -> None:
    assert features("The mailbox is full") == {"mailbox", "full"}
    assert features("mailbox full") == {"mailbox", "full", "mailbox full"}
    assert features("mailbox <a@b.c> full") == {"mailbox", "full"}  # no pair across an address


def test_a_vote_names_its_words_and_ignores_unknown_ones() -> None:
    rows = {r["feature"]: r["reason"] for r in TABLE["rows"]}
    word, reason = next((f, r) for f, r in sorted(rows.items()) if " " not in f)
    v = vote(f"zzqx {word} qqzx")
    assert v is not None and v.reason == reason and v.words == [word]
    assert vote("zzqx qqzx") is None


def _tier(line: str) -> str:
    trace = explain_line(line, trace=True).finding.trace or []
    return str(trace[0]["tier"])


def test_the_tier_reads_words_nothing_above_reads() -> None:
    # "auth" is in documented refusals of a login by several families; "451" alone is RFC 5321's local error
    assert _tier("451 frobnicated auth widget") == "evidence"
    assert explain_line("451 frobnicated auth widget").finding.reason == "securityerror"


def test_a_loose_status_outranks_the_tier() -> None:
    assert _tier("451 4.3.0 frobnicated auth widget") == "loose-status"


def test_pasted_words_with_no_code_are_not_read_as_a_reply() -> None:
    result = explain_line("frobnicated auth widget")
    assert result.finding.rule == "none.unknown-words"
    assert "not_a_reply" in [getattr(w, "key", None) for w in result.warnings]


@pytest.mark.parametrize(("lang", "words_of_note"), [("en", "likely, not certain"), ("ja", "推定")])
def test_the_card_of_an_evidence_reading_says_it_is_a_likelihood(lang: str, words_of_note: str) -> None:
    card = explain_line("451 frobnicated auth widget", lang=lang).finding.card
    assert card is not None and words_of_note in card.cause
    plain = explain_line("451 4.7.0 Authentication failed", lang=lang).finding.card
    assert plain is not None and words_of_note not in plain.cause


def test_a_card_chosen_by_the_replys_own_words_needs_no_note() -> None:
    """The words pick a card that names their cause (policyviolation's "too many attachments"): no hedge then."""
    finding = explain_line("510 The number of attachments is achieved the maximum threshold").finding
    assert finding.rule.startswith("evidence.") and finding.card is not None
    assert "attachments" in finding.card.title and "likely, not certain" not in finding.card.cause


# session 43 (K3-43): the tier votes on the server's reply, not on the reporting system's own sentence beside it
# (the X3 layout's "delivery was aborted after 5.0 hour(s)" voted 'hour', a rate limit's word, on f147216)
@pytest.mark.parametrize(("diagnostic", "notice", "not_read"), [
    ("Routing: Could not find a gateway for kijitora@example.co.jp", "delivery was aborted after 5.0 hour(s)",
     "speeding"),
])
def test_the_tier_does_not_vote_on_a_notice_beside_the_reply(diagnostic: str, notice: str, not_read: str) -> None:
    from whybounce.model import Evidence
    from whybounce.resolve import resolve

    assert vote(notice) is not None and vote(notice).reason == not_read  # the notice alone would vote so
    res = resolve(Evidence(address="kijitora@example.co.jp", action="failed", diagnostic=diagnostic,
                           notice=notice))
    assert all(c.reason != not_read for c in res.candidates if c.tier == "evidence")


def test_a_derived_row_keeps_the_command_limit_of_its_hand_written_word() -> None:
    """Session 58: 'password' reads a login only before the data (securityerror.yaml's hint, RFC 4954 §4); the derived
    row of the same word and reason takes the same limit, so «the attachment is password protected» after the data
    is not read as a login by the evidence tier either (it was, when a catalogue batch tipped the weights)."""
    from whybounce.evidence import barred_at, commands_of, limited_by_hand

    reasons = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
               for p in (ROOT / "core" / "whybounce" / "data" / "reasons").glob("*.yaml")}
    rows = yaml.safe_load((ROOT / "core" / "whybounce" / "data" / "evidence.yaml").read_text(encoding="utf-8"))["rows"]
    assert commands_of() == limited_by_hand(rows, reasons)  # the compiled section is what the YAML gives
    assert "password" in barred_at("DATA")
    assert "password" not in barred_at("AUTH") and "password" not in barred_at(None)
    assert "attachment" not in barred_at("DATA")


@pytest.mark.parametrize(("feature", "replies", "expected"), [
    ("many fail", [("too", "many", "fail", "login", "attempt"), ("too", "many", "fail", "attempt"),
                   ("", "too", "many", "fail", "authentication")], "too many fail"),
    ("syntax error", [("syntax", "error"), ("sender", "addres", "syntax", "error")], "syntax error"),
    ("rate exceed", [("hourly", "send", "rate", "exceed"), ("mail", "send", "rate", "exceed", "try")],
     "send rate exceed"),
])
def test_a_rows_phrase_is_the_words_around_it_in_every_reply(
        feature: str, replies: list[tuple[str, ...]], expected: str) -> None:
    """Session 59 (E59): the words that stand around a row's feature in every reply of its reason (a gap, an address
    or a host, ends them)."""
    assert derive_evidence.phrase(feature, replies) == expected


def test_a_derived_row_whose_support_is_a_limited_hand_phrase_keeps_its_limit() -> None:
    """Session 59 (E59): 'many fail' rests on «Too many failed ... attempts» in every catalogue reply behind it, the
    words of securityerror.yaml's login-locked-after-failures, which reads them only at AUTH (after the data they may
    count recipients); the derived row takes the same limit, as 'password' takes its hint's."""
    from whybounce.evidence import barred_at, limited_by_hand

    reasons = {"securityerror": {"reason": "securityerror", "phrases": [
        {"id": "x", "match": ["too many failed"], "when": {"command": ["AUTH"]}}]}}
    row = {"feature": "many fail", "reason": "securityerror", "families": ["a", "b"], "replies": 2, "precision": 1.0}
    assert limited_by_hand([{**row, "phrase": "too many fail"}], reasons) == {"many fail": ["AUTH"]}
    assert limited_by_hand([row], reasons) == {}
    assert limited_by_hand([{**row, "reason": "blocked", "phrase": "too many fail"}], reasons) == {}
    assert "many fail" in barred_at("DATA") and "many fail" not in barred_at("AUTH")


def test_a_derived_row_keeps_the_not_after_words_of_its_hand_written_phrase() -> None:
    """Session 60 (E60): speeding.yaml's «rate exceeded» does not read a rate of bounces, complaints, errors, nulls or
    spam (K56D: the sender's standing, not its volume); the derived 'rate exceed' row of the same words and reason takes
    those words, so «Bounce rate exceeded» is not read as a sending-rate limit by the evidence tier either."""
    from whybounce.evidence import not_after_of, said_after_by_hand

    reasons = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
               for p in (ROOT / "core" / "whybounce" / "data" / "reasons").glob("*.yaml")}
    rows = yaml.safe_load((ROOT / "core" / "whybounce" / "data" / "evidence.yaml").read_text(encoding="utf-8"))["rows"]
    compiled = said_after_by_hand(rows, reasons)
    assert not_after_of() == {f: frozenset(ws) for f, ws in compiled.items()}  # the section is what the YAML gives
    assert {"bounce", "complaint", "spam"} <= not_after_of()["rate exceed"]
    row = {"feature": "rate exceed", "reason": "speeding", "families": ["a", "b"], "replies": 2, "precision": 1.0}
    hand = {"speeding": {"reason": "speeding", "phrases": [
        {"id": "x", "match": ["rate exceeded"], "not_after": ["bounce", "complaints"]}]}}
    assert said_after_by_hand([row], hand) == {"rate exceed": ["bounce", "complaint"]}
    assert said_after_by_hand([{**row, "reason": "blocked"}], hand) == {}


@pytest.mark.parametrize(("text", "votes"), [
    ("550 5.7.1 Bounce rate exceeded", False),             # only after "bounce"
    ("421 Complaints rate exceeded", False),               # "complaints" stems to "complaint"
    ("450 4.7.0 Mail sending rate exceeded", True),        # mailfromd's documented reply
    ("454 Throttling failure: Maximum sending rate exceeded", True),  # SES: "failure" is not before the feature
    ("Bounce rate exceeded; sending rate exceeded", True),  # one place it stands free is enough
])
def test_a_feature_only_after_its_not_after_words_does_not_vote(text: str, votes: bool) -> None:
    """Session 60 (E60): the evidence tier's 'rate exceed' votes where a word before it is not one of the hand
    phrase's ``not_after`` words, at least once."""
    from whybounce.evidence import not_after_of, vote

    v = vote(text, not_after=not_after_of())
    assert (v is not None and "rate exceed" in v.words) is votes
