"""grams.SliceIndex: every string that occurs in a text is a candidate, in the strings' own order."""

from __future__ import annotations

import random

import pytest
from whybounce.grams import SliceIndex, text_grams

STRINGS = ["user unknown", "mailbox full", "mail", "unknown user", "no such user", "ab", "over quota", "quota"]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("550 5.1.1 user unknown", ["user unknown"]),
        ("552 mailbox full (over quota)", ["mailbox full", "mail", "over quota", "quota"]),
        ("", []),
        ("abc", ["ab"]),  # shorter than a slice: always a candidate
        ("unknown user, no such user", ["unknown user", "no such user"]),
    ],
)
def test_strings_in_the_text_are_candidates(text: str, present: list[str]) -> None:
    index = SliceIndex(STRINGS)
    found = index.candidates(text)
    assert found == sorted(found)
    assert STRINGS.index("ab") in found
    assert {STRINGS[n] for n in found if STRINGS[n] in text} == set(present)


def test_random_texts_never_miss_a_string() -> None:
    rng = random.Random(7)
    alphabet = "abcde "
    strings = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(200)]
    index = SliceIndex(strings)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        found = index.candidates(text)
        assert found == sorted(set(found))
        assert {n for n, s in enumerate(strings) if s in text} <= set(found)


def test_slices_of_the_same_text_are_reused_and_right() -> None:
    assert text_grams("abcdef") == {"abcd", "bcde", "cdef"}
    assert text_grams("abcdef") is text_grams("abcdef")
    assert text_grams("abc") == frozenset()
