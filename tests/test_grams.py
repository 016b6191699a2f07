"""grams.SliceIndex: every string that occurs in a text is a candidate, in the strings' own order, both while
it scans and once it has filed its strings."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whybounce import grams
from whybounce.grams import (
    SCANS_BEFORE_FILING_CHOSEN,
    SCANS_BEFORE_INDEX,
    SHORT_LIST,
    SliceIndex,
    choose_slices,
    filed,
    number,
    text_grams,
)

STRINGS = ["user unknown", "mailbox full", "mail", "unknown user", "no such user", "ab", "over quota", "quota"]


def _index(strings: list[str], filed: bool) -> SliceIndex:
    index = SliceIndex(strings)
    if filed:
        index.file()
    return index


@pytest.mark.parametrize("filed", [False, True])
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("550 5.1.1 user unknown", ["user unknown"]),
        ("552 mailbox full (over quota)", ["mailbox full", "mail", "over quota", "quota"]),
        ("", []),
        ("abc", ["ab"]),  # shorter than a slice
        ("unknown user, no such user", ["unknown user", "no such user"]),
    ],
)
def test_strings_in_the_text_are_candidates(text: str, present: list[str], filed: bool) -> None:
    found = _index(STRINGS, filed).candidates(text)
    assert found == sorted(set(found))
    assert {STRINGS[n] for n in found if STRINGS[n] in text} == set(present)


@pytest.mark.parametrize("filed", [False, True])
def test_random_texts_never_miss_a_string(filed: bool) -> None:
    rng = random.Random(7)
    alphabet = "abcde "
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(200)]
    index = _index(strings, filed)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        found = index.candidates(text)
        assert found == sorted(set(found))
        assert {n for n, s in enumerate(strings) if s in text} <= set(found)


def test_a_long_list_is_filed_after_its_first_scans_and_a_short_one_never() -> None:
    long_list = [f"phrase number {n}" for n in range(SHORT_LIST + 1)]
    index = SliceIndex(long_list)
    for _ in range(SCANS_BEFORE_INDEX):
        assert index.candidates("phrase number 7") == [7]
        assert index.slices is None
    assert 7 in index.candidates("phrase number 7")
    assert index.slices is not None
    short = SliceIndex(STRINGS)
    for _ in range(SCANS_BEFORE_INDEX + 5):
        short.candidates("user unknown")
    assert short.slices is None


def test_a_list_with_slices_chosen_ahead_is_filed_sooner() -> None:
    """Filing from an index filed ahead costs a few scans, not hundreds: such an index stops scanning early."""
    long_list = [f"phrase number {n}" for n in range(SHORT_LIST + 1)]
    ahead = filed(long_list)
    index = SliceIndex(long_list, lambda: ahead)
    assert SCANS_BEFORE_FILING_CHOSEN < SCANS_BEFORE_INDEX
    for _ in range(SCANS_BEFORE_FILING_CHOSEN):
        assert index.candidates("phrase number 7") == [7]
        assert index.slices is None
    assert 7 in index.candidates("phrase number 7")
    assert index.slices is not None


def test_slices_of_the_same_text_are_reused_and_right() -> None:
    """A text is sliced at every other position: one of a window's two slices starts at an even one."""
    assert grams._slices("abcdefg") == {"abcd", "cdef"}
    assert grams._slices("abcd") == {"abcd"}
    assert grams._slices("abc") == frozenset()
    assert text_grams("abcdefg") is text_grams("abcdefg")
    grams._array()  # as after the first index is filed: a Latin-1 text's slices are numbers from then on
    assert text_grams("abcdefgh") == {number("abcd"), number("cdef"), number("efgh")}
    assert text_grams("漢字のテキスト") == {"漢字のテ", "のテキス"}


LATIN1_CASES = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "ÿéà\x00 x",
                "\xff" * 9]


@pytest.mark.parametrize("text", LATIN1_CASES)
def test_a_latin1_text_sliced_as_numbers_is_sliced_as_strings(text: str) -> None:
    """The numbers are the strings' slices, each read as array("I") reads its four bytes."""
    grams._array()
    assert grams._numbers(text) == {number(g) for g in grams._slices(text)}


@settings(deadline=None, max_examples=300)
@given(text=st.text(alphabet=st.characters(max_codepoint=255), max_size=40))
def test_latin1_text_sliced_as_numbers_on_generated_text(text: str) -> None:
    grams._array()
    assert grams._numbers(text) == {number(g) for g in grams._slices(text)}


@pytest.mark.parametrize("text", ["ユーザ不明です user unknown", "mailbox full ÿ", "宛先のユーザが存在しません"])
def test_strings_are_found_in_latin1_text_and_in_other_text(text: str) -> None:
    """A filed index finds its strings in a Latin-1 text (by numbers) and in any other (by strings); a slice that
    is not Latin-1 is no number, and no Latin-1 text holds it."""
    strings = [f"phrase number {n}" for n in range(SHORT_LIST)] + ["user unknown", "mailbox full", "ユーザ不明",
                                                                    "存在しません", "ÿ"]
    index = SliceIndex(strings)
    index.file()
    assert {n for n, s in enumerate(strings) if s in text} <= set(index.candidates(text))
    assert {number(g) for g in index.by_slice if max(g) <= "\xff"} == set(index.by_number)


@pytest.mark.parametrize("shift", range(4))
def test_a_string_is_found_at_any_position_of_the_text(shift: int) -> None:
    strings = [f"phrase number {n}" for n in range(SHORT_LIST + 1)]
    index = SliceIndex(strings)
    index.file()
    for n in (0, 7, SHORT_LIST):
        assert n in index.candidates("x" * shift + strings[n] + " y")


def test_slices_chosen_ahead_are_the_same_every_time() -> None:
    chosen = choose_slices(STRINGS)
    assert chosen == choose_slices(list(STRINGS))
    assert all((len(k) == 5 and k in s) if k else len(s) < 5 for k, s in zip(chosen, STRINGS, strict=True))


def _expected(strings: list[str]) -> tuple[dict[str, list[int]], list[int]]:
    """What an index files, from the windows chosen: each string under both slices of its window, or short."""
    by_slice: dict[str, list[int]] = {}
    for n, key in enumerate(choose_slices(strings)):
        for g in sorted({key[:4], key[1:]}) if key else ():
            by_slice.setdefault(g, []).append(n)
    return by_slice, [n for n, s in enumerate(strings) if len(s) < 5]


def _filed_now(strings: list[str]) -> SliceIndex:
    index = SliceIndex(strings)
    index.file()
    return index


FILED_CASES = [
    STRINGS,
    [f"phrase number {n}" for n in range(SHORT_LIST + 1)],
    ["user unknown", "ユーザ不明", "存在しません", "ÿéàü mailbox", "ab", "abcd", "宛先 user unknown", "aaaaaaa"],
]


@pytest.mark.parametrize("strings", FILED_CASES)
def test_an_index_filed_ahead_is_each_string_under_its_windows_slices(strings: list[str]) -> None:
    """build_knowledge stores grams.filed of a list; a process makes from it (and, with none stored, files itself)
    each string under both slices of its chosen window, the Latin-1 slices as numbers as well, the short ones apart;
    and every string a text holds is a candidate."""
    grams._array()
    by_slice, short = _expected(strings)
    for index in (SliceIndex(strings, lambda: filed(list(strings))), SliceIndex(strings)):
        index.file()
        assert index.by_slice == by_slice and index.short == short
        assert index.by_number == {number(g): ns for g, ns in by_slice.items() if max(g) <= "\xff"}
        assert index.slices == frozenset(by_slice) and index.numbers == frozenset(index.by_number)
        for text in ("552 mailbox full (over quota)", "宛先 user unknown ユーザ不明", "x ÿéàü mailbox y", "aaaaaaaa"):
            assert {n for n, s in enumerate(strings) if s in text} <= set(index.candidates(text))


def test_an_index_filed_ahead_for_other_strings_is_not_used() -> None:
    """A stale stored index (filed for other strings, as in a tree of other data files) is filed again rather than
    trusted: every string present is still a candidate."""
    stale = SliceIndex(STRINGS, lambda: filed(["zzzzzz", "yyyyyy"]))
    stale.file()
    assert "zzzz" not in stale.by_slice
    text = "552 mailbox full (over quota)"
    assert {STRINGS[n] for n in stale.candidates(text) if STRINGS[n] in text} == {"mailbox full", "mail",
                                                                                   "over quota", "quota"}
    shifted = SliceIndex(STRINGS, lambda: filed(STRINGS[1:] + STRINGS[:1]))  # the same strings in another order
    shifted.file()
    assert shifted.by_slice == _filed_now(STRINGS).by_slice


def test_the_shipped_phrase_slices_are_the_phrases_own() -> None:
    """The resolver files its phrases under the slices build_knowledge stored for exactly these phrases."""
    from whybounce import knowledge, resolve

    index = resolve.knowledge().index.slices
    assert knowledge.section("reasons#slices") == filed(index.strings)


def test_the_shipped_token_slices_are_the_tokens_own() -> None:
    """The providers' tokens are filed under the slices build_knowledge stored for exactly these tokens."""
    from whybounce import knowledge, providers

    index, _tokens = providers._text_tokens()
    assert index.chosen is not None
    assert knowledge.section("providers#slices") == filed(index.strings) == index.chosen()


def test_the_shipped_sentence_slices_are_each_providers_own() -> None:
    """A provider with more sentences than are always scanned files them under the slices build_knowledge stored
    for exactly these sentences; the others store none."""
    from whybounce import knowledge, providers

    stored = 0
    for p in providers.providers():
        index = providers._sentence_index(p.name).slices
        if len(index.strings) <= SHORT_LIST:
            with pytest.raises(KeyError):
                knowledge.section(f"providers/{p.name}#slices")
            continue
        stored += 1
        assert knowledge.section(f"providers/{p.name}#slices") == filed(index.strings) == index.chosen()
    assert stored >= 2  # Google's and Microsoft's


def test_the_shipped_status_name_slices_are_the_names_own() -> None:
    """The registry's status names (a status named in words) are filed under the slices build_knowledge stored for
    exactly these names, and the index passes over no name a reply holds."""
    from whybounce import knowledge, resolve

    k = resolve.knowledge()
    index = k.status_name_index
    names = [name for name, _code in k.status_names]
    assert index.strings == names and index.chosen is not None
    assert knowledge.section("status_codes#slices") == filed(names) == index.chosen()
    fresh = SliceIndex(names, chosen=index.chosen)  # a fresh one, filed now: the resolver's own files itself
    fresh.file()
    for name in names:
        reply = f"550 {name} (see the docs)"
        assert [names[n] for n in fresh.candidates(reply) if names[n] in reply] == [m for m in names if m in reply]
