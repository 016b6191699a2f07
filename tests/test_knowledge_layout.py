"""The compiled knowledge file: one blob per YAML file behind an index, each section decoded on its own first use.

Built from small YAML trees in a temporary folder, so the layout is tested apart from today's data files
(which move to one file per reason and per provider: ``data/reasons/*.yaml`` must work the day it exists).
"""

from __future__ import annotations

from pathlib import Path

import msgpack
import pytest
import yaml
from whybounce import build_knowledge, knowledge
from whybounce.knowledge import LANGS, KnowledgeFile, grouped_entry, grouped_names, grouped_rest, section_in


def _tree(root: Path, files: dict[str, object]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    out = root / "knowledge.msgpack"
    out.write_bytes(build_knowledge.compile_sources(root))
    return out


TREE = {
    "cards.yaml": {"ui": {"a": 1}},
    "reasons/userunknown.yaml": {"phrases": ["user unknown"]},
    "reasons/mailboxfull.yaml": {"phrases": ["mailbox full"]},
    "providers/cox.yaml": {"domains": ["cox.net"]},
    "providers/extra/kddi.yaml": {"domains": ["ezweb.ne.jp"]},
}


def test_the_keys_apart_are_sections_of_their_own(tmp_path: Path) -> None:
    """``cards``' POP3 answers (knowledge.APART) are decoded only by a card that shows one: ``cards#rest`` is the file
    without them, and ``cards`` stays whole."""
    cards = {"ui": {"a": 1}, "topics": {"login": {"en": {"title": "Login"}}}, "pop3_unknown": {"en": {"t": "?"}}}
    kf = KnowledgeFile(str(_tree(tmp_path, {"cards.yaml": cards})))
    assert kf.section("cards") == cards
    assert kf.section("cards#rest") == {"ui": {"a": 1}}
    assert kf.section("cards#topics") == cards["topics"] and kf.section("cards#pop3_unknown") == cards["pop3_unknown"]


def test_sections_by_file_and_by_folder(tmp_path: Path) -> None:
    kf = KnowledgeFile(str(_tree(tmp_path, TREE)))
    assert kf.names() == ["cards", "cards#rest", "providers", "providers/cox", "providers/extra/kddi", "reasons",
                          "reasons/mailboxfull", "reasons/userunknown"]
    assert kf.section("cards") == {"ui": {"a": 1}} == kf.section("cards#rest")  # (no key of knowledge.APART)
    assert kf.section("reasons/userunknown") == TREE["reasons/userunknown.yaml"]
    assert list(kf.section("reasons")) == ["mailboxfull", "userunknown"]  # file-name order
    assert kf.section("reasons")["mailboxfull"] == TREE["reasons/mailboxfull.yaml"]
    assert kf.section("providers") == {"cox": {"domains": ["cox.net"]}, "extra/kddi": {"domains": ["ezweb.ne.jp"]}}
    assert kf.section("providers/extra") == {"kddi": {"domains": ["ezweb.ne.jp"]}}  # a subfolder is a folder too
    with pytest.raises(KeyError):
        kf.section("phrases")
    with pytest.raises(KeyError):
        kf.section("providers/ext")
    with pytest.raises(KeyError):
        kf.section("reason")  # a prefix of a folder's name is not the folder


def test_a_folder_file_compiles_without_sources_and_with_its_card_apart(tmp_path: Path) -> None:
    """What only people read (sources, notes) stays in the YAML; a card is decoded only when a card needs it."""
    tree = {"reasons/userunknown.yaml": {"phrases": [{"id": "a", "match": ["user unknown"], "source": "RFC 3463",
                                                      "note": "n"}],
                                         "means": "m", "card": {"who": "sender"}},
            "cards.yaml": {"ui": {"a": 1}, "source": "kept: not a folder's file"}}
    kf = KnowledgeFile(str(_tree(tmp_path, tree)))
    assert kf.section("reasons/userunknown") == {"phrases": [{"id": "a", "match": ["user unknown"]}]}
    assert kf.section("reasons") == {"userunknown": {"phrases": [{"id": "a", "match": ["user unknown"]}]}}
    assert kf.section("reasons/userunknown#card/en") == kf.section("reasons/userunknown#card/ja") == {"who": "sender"}
    assert kf.section("cards") == tree["cards.yaml"]


def test_a_card_is_compiled_once_per_language(tmp_path: Path) -> None:
    """A card shown in English decodes no Japanese: each language's section holds the texts of that language."""
    card = {"who": "sender", "en": {"title": "Unknown"}, "ja": {"title": "宛先不明"},
            "variants": [{"when": {"text": ["en"]}, "en": {"title": "E"}, "ja": {"title": "J"}}]}
    kf = KnowledgeFile(str(_tree(tmp_path, {"reasons/userunknown.yaml": {"card": card}})))
    assert kf.section("reasons/userunknown#card/en") == {
        "who": "sender", "en": {"title": "Unknown"}, "variants": [{"when": {"text": ["en"]}, "en": {"title": "E"}}]}
    assert kf.section("reasons/userunknown#card/ja") == {
        "who": "sender", "ja": {"title": "宛先不明"}, "variants": [{"when": {"text": ["en"]}, "ja": {"title": "J"}}]}
    with pytest.raises(KeyError):
        kf.section("reasons/userunknown#card")  # no section holds every language


def test_the_shipped_cards_put_together_are_the_yaml() -> None:
    """knowledge.card_part puts each shipped card's languages back together: exactly what its YAML file says."""
    for name, path in build_knowledge.sources().items():
        if "/" not in name:
            continue
        content = build_knowledge.load_yaml(path.open(encoding="utf-8"))
        for key in knowledge.CARD_PARTS:
            assert knowledge.card_part(name, key) == content.get(key), (name, key)


def test_each_of_a_files_cards_is_a_section_of_its_own(tmp_path: Path) -> None:
    """A provider documents dozens of replies: showing one card decodes that card and the list of names only."""
    cards = {"ip-block": {"who": "sender-admin"}, "no-user": {"who": "sender"}}
    tree = {"providers/cox.yaml": {"domains": ["cox.net"], "cards": cards}}
    kf = KnowledgeFile(str(_tree(tmp_path, tree)))
    assert kf.section("providers/cox") == {"domains": ["cox.net"]}
    assert kf.section("providers/cox#cards") == ["ip-block", "no-user"]  # the YAML's order
    assert kf.section("providers/cox#cards/no-user/en") == {"who": "sender"}
    assert set(kf._loaded) == {"providers/cox", "providers/cox#cards", "providers/cox#cards/no-user/en"}
    assert kf.section("providers") == {"cox": {"domains": ["cox.net"]}}  # card parts are no folder members
    with pytest.raises(KeyError):
        kf.section("providers/cox#card")  # a part the file lacks


def test_card_part_gives_a_files_cards_whole_and_the_library_one_at_a_time() -> None:
    whole = knowledge.card_part("providers/microsoft", "cards")
    assert whole and list(whole) == knowledge.card_names("providers/microsoft")
    name = next(iter(whole))
    for lang in knowledge.LANGS:
        one = knowledge.card("providers/microsoft", name, lang)
        assert one is knowledge.card("providers/microsoft", name, lang)  # decoded once, then kept
        assert one == build_knowledge._lean(knowledge.in_language(whole[name], lang))  # without its sources
    assert knowledge.card_names("providers/nonexistent") == []
    assert knowledge.card_part("reasons/userunknown", "cards") is None


def test_a_cards_sources_are_a_section_of_their_own(tmp_path: Path) -> None:
    """Session 46 (P2-46): a card shown decodes its texts, not the ``source`` of each variant (a third of the bytes
    of the shipped cards); ``card_part`` puts them back where they were written."""
    card = {"who": "sender", "en": {"title": "T"}, "ja": {"title": "J"},
            "variants": [{"when": {"text": ["a"]}, "source": {"url": "https://a.example"}, "en": {"title": "A"}},
                         {"when": {"text": ["b"]}, "en": {"title": "B"}},
                         {"when": {"text": ["c"]}, "en": {"title": "C", "note": "only people read this"}}]}
    cards = {"no-user": {"who": "sender", "source": {"url": "https://c.example"}, "en": {"title": "N"}},
             "plain": {"who": "sender"}}
    kf = KnowledgeFile(str(_tree(tmp_path, {"reasons/userunknown.yaml": {"card": card},
                                            "providers/cox.yaml": {"cards": cards}})))
    shown = kf.section("reasons/userunknown#card/en")
    assert [v.get("source") for v in shown["variants"]] == [None, None, None]
    assert shown["variants"][2]["en"] == {"title": "C"}
    assert kf.section("providers/cox#cards/no-user/en") == {"who": "sender", "en": {"title": "N"}}
    assert kf.section(knowledge.CARD_NOTES) == {  # one section for every card's (one name in the index)
        "reasons/userunknown#card": {"variants": [{"source": {"url": "https://a.example"}}, None,
                                                  {"en": {"note": "only people read this"}}]},
        "providers/cox#cards/no-user": {"source": {"url": "https://c.example"}}}  # plain: nothing only people read
    assert not [n for n in kf._open() if n.endswith("/notes")]


def test_no_shipped_card_shown_decodes_a_source() -> None:
    """Every card section a card being shown decodes (``#card/LANG``, ``#cards/NAME/LANG``) is without its sources."""
    def holds_notes(value: object) -> bool:
        if isinstance(value, dict):
            return any(k in build_knowledge.NOT_AT_RUN_TIME or holds_notes(v) for k, v in value.items())
        return isinstance(value, list) and any(holds_notes(v) for v in value)

    shown = [n for n in knowledge._SHIPPED._open() if "#card" in n and n.rsplit("/", 1)[1] in LANGS]
    assert len(shown) > 200
    assert [n for n in shown if holds_notes(knowledge.section(n))] == []


def test_only_the_asked_sections_are_decoded(tmp_path: Path) -> None:
    kf = KnowledgeFile(str(_tree(tmp_path, TREE)))
    kf.section("reasons/userunknown")
    assert set(kf._loaded) == {"reasons/userunknown"}
    assert kf.section("cards") is kf.section("cards")  # decoded once, then kept
    assert set(kf._loaded) == {"reasons/userunknown", "cards"}


def test_index_comes_first_and_blobs_are_plain_msgpack(tmp_path: Path) -> None:
    data = _tree(tmp_path, TREE).read_bytes()
    unpacker = msgpack.Unpacker(raw=False)
    unpacker.feed(data)
    head = unpacker.unpack()
    start = unpacker.tell()
    assert head["format"] == knowledge.FORMAT
    offset, length = head["sections"]["providers/cox"]
    assert msgpack.unpackb(data[start + offset : start + offset + length], raw=False) == {"domains": ["cox.net"]}


def test_a_file_and_a_folder_of_the_same_name_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="both be section 'reasons'"):
        _tree(tmp_path, {"reasons.yaml": {"a": 1}, "reasons/x.yaml": {"b": 2}})


def test_a_file_of_another_layout_is_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.msgpack"
    old.write_bytes(msgpack.packb({"cards": {"ui": {}}}))  # the one-map layout before the index
    with pytest.raises(RuntimeError, match="make knowledge"):
        KnowledgeFile(str(old)).section("cards")


def test_shipped_sections_are_the_yaml_files() -> None:
    data_dir = Path(knowledge.DATA_DIR)
    for path in sorted(data_dir.rglob("*.yaml")):
        name = path.relative_to(data_dir).with_suffix("").as_posix()
        for part, value in build_knowledge.split_parts(name, yaml.safe_load(path.read_text(encoding="utf-8"))):
            if "#" in part and part.endswith(f"/{knowledge.NOTES}"):  # a card's notes: gathered in one section
                assert knowledge.section(knowledge.CARD_NOTES)[part.removesuffix(f"/{knowledge.NOTES}")] == value
            else:
                assert knowledge.section(part) == value, part


def test_a_key_repeated_in_one_mapping_is_refused(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys without a word; a second card under a used name would hide the first."""
    from whybounce.build_knowledge import load_yaml

    (tmp_path / "p.yaml").write_text("cards:\n  a: {who: sender}\n  b: {who: sender}\n  a: {who: recipient}\n")
    with (tmp_path / "p.yaml").open() as fh, pytest.raises(ValueError, match="'a' appears twice"):
        load_yaml(fh)
    (tmp_path / "q.yaml").write_text("cards:\n  a: {who: sender}\n  b: {who: recipient}\n")
    with (tmp_path / "q.yaml").open() as fh:
        assert load_yaml(fh) == {"cards": {"a": {"who": "sender"}, "b": {"who": "recipient"}}}


def test_the_registries_by_language_are_the_whole_in_one_language() -> None:
    """Each file of knowledge.BY_LANGUAGE is compiled once per language as well: its texts of that language alone."""
    for name in knowledge.BY_LANGUAGE:
        whole = knowledge.section(name)
        for lang in knowledge.LANGS:
            assert knowledge.section_in(name, lang) == knowledge.in_language(whole, lang), (name, lang)


@pytest.mark.parametrize("first", [1, 7, 64 * 1024])
def test_the_index_is_read_from_pieces_of_the_file(monkeypatch: pytest.MonkeyPatch, first: int) -> None:
    """The unpacker gets the shipped file's head a piece at a time (``INDEX_READ``, then twice what it had) until the
    index is whole: whatever the first piece, the same sections at the same places."""
    whole = msgpack.Unpacker(raw=False, strict_map_key=False, use_list=False)
    data = Path(knowledge.COMPILED).read_bytes()
    whole.feed(data)
    head = whole.unpack()
    monkeypatch.setattr(knowledge, "INDEX_READ", first)
    kf = KnowledgeFile(knowledge.COMPILED)
    assert kf._open() == head["sections"]
    assert bytes(kf._blobs) == data[whole.tell():]
    assert kf.section("reasons/userunknown") == knowledge.section("reasons/userunknown")


def test_a_cut_file_is_refused(tmp_path: Path) -> None:
    cut = tmp_path / "cut.msgpack"
    cut.write_bytes(_tree(tmp_path, TREE).read_bytes()[:20])  # inside the index
    with pytest.raises(msgpack.OutOfData):
        KnowledgeFile(str(cut)).section("cards")


@pytest.mark.parametrize("lang", LANGS)
def test_the_status_registry_by_group_is_the_registry(lang: str) -> None:
    """A card reads one status of the registry through its group (knowledge.GROUPED): every registered code, in
    every language, is the whole registry's, and the rest of the registry is the same without its codes."""
    whole = section_in("status_codes", lang)
    assert grouped_names("status_codes") == list(whole["codes"]) and len(whole["codes"]) > 60
    assert {code: grouped_entry("status_codes", code, lang) for code in whole["codes"]} == whole["codes"]
    assert grouped_rest("status_codes", lang) == {k: v for k, v in whole.items() if k != "codes"}
    assert grouped_entry("status_codes", "X.1.99", lang) is None
    assert grouped_entry("status_codes", "X.99.1", lang) is None  # (a subject with no group)


def test_grouped_sections_are_compiled_per_group(tmp_path: Path) -> None:
    registry = {"meta": {"x": 1}, "codes": {"X.1.1": {"en": {"name": "a"}, "ja": {"name": "あ"}},
                                            "X.1.2": {"en": {"name": "b"}, "ja": {"name": "い"}},
                                            "X.2.1": {"en": {"name": "c"}, "ja": {"name": "う"}}}}
    kf = KnowledgeFile(str(_tree(tmp_path, {"status_codes.yaml": registry})))
    assert kf.section("status_codes#codes") == ["X.1.1", "X.1.2", "X.2.1"]
    assert kf.section("status_codes#en/codes/X.1") == {"X.1.1": {"en": {"name": "a"}}, "X.1.2": {"en": {"name": "b"}}}
    assert kf.section("status_codes#ja/codes/X.2") == {"X.2.1": {"ja": {"name": "う"}}}
    assert kf.section("status_codes#en/rest") == {"meta": {"x": 1}}
