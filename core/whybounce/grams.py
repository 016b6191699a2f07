"""Which of many fixed strings may occur in one text, found in time linear in the text.

Each string is filed under two four-character slices that overlap by three (a five-character window of it,
the one whose slices fewest other strings share); a text's distinct slices that start at an even position are
intersected with the filed ones (a set operation, in C), and only the strings filed under a slice the text holds
are candidates.  Wherever a string occurs in the text, one of its window's two slices starts at an even
position, so slicing every other position misses none and costs half.  A Latin-1 text (nearly every reply) is sliced
as numbers, its bytes read four at a time by ``array("I")``, so no string is made per slice; the filed slices are
kept as those numbers too.  The caller confirms a candidate with
``in`` or ``str.find``.  Used for the resolver's phrases and the providers' tokens and sentences: hundreds of
strings, many sharing common words ("mail", "user"), looked for in every reply.

Filing costs milliseconds, a plain scan of every string microseconds: a process that reads one reply
(``whybounce line``) scans, and the index is built once a process has looked up :data:`SCANS_BEFORE_INDEX`
texts, so bulk runs pay for it once.  A short list is always scanned.  Where the index was filed ahead
(``build_knowledge`` stores :func:`filed` of the resolver's phrases, the providers' tokens and sentences, the status
names), filing only makes its dicts from the stored lists, in C, and costs about five scans of the list, so such an
index is filed after :data:`SCANS_BEFORE_FILING_CHOSEN`.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

GRAM = 4
WINDOW = GRAM + 1  # two slices, at a window's first and second character: a text is sliced at every other position
SCANS_BEFORE_INDEX = 32
SCANS_BEFORE_FILING_CHOSEN = 4  # filed ahead: making the dicts of 1,170 phrases costs 0.2 ms, one scan 50 µs
SHORT_LIST = 48  # up to this many strings a scan costs no more than slicing the text


class SliceIndex:
    """``candidates(text)``: the numbers (positions in ``strings``, ascending) of the strings that may occur in
    ``text``; a string shorter than :data:`WINDOW` is always a candidate."""

    __slots__ = ("by_number", "by_slice", "chosen", "numbers", "scans", "short", "slices", "strings")

    def __init__(self, strings: list[str], chosen: Callable[[], dict[str, Any] | None] | None = None) -> None:
        self.strings = strings
        self.chosen = chosen  # the index filed ahead (:func:`filed` of the strings), asked for when filing
        # scans left before filing; -1: always scanned
        self.scans = -1 if len(strings) <= SHORT_LIST else SCANS_BEFORE_INDEX if chosen is None \
            else SCANS_BEFORE_FILING_CHOSEN
        self.by_slice: dict[str, list[int]] = {}
        self.by_number: dict[int, list[int]] = {}  # the same, for the slices Latin-1 spells, keyed by number()
        self.short: list[int] = []
        self.slices: frozenset[str] | None = None  # None until filed
        self.numbers: frozenset[int] = frozenset()

    def candidates(self, text: str) -> list[int]:
        slices = self.slices
        if slices is None:
            if self.scans != 0:
                if self.scans > 0:
                    self.scans -= 1
                return [n for n, s in enumerate(self.strings) if s in text]
            slices = self.file()
        found = list(self.short)
        grams = text_grams(text)
        if isinstance(grams, frozenset):
            by_slice = self.by_slice
            for g in slices.intersection(grams):
                found.extend(by_slice[g])
        else:  # a Latin-1 text's slices as numbers
            by_number = self.by_number
            for n in self.numbers.intersection(grams):
                found.extend(by_number[n])
        if len(found) > 1:
            # the strings' own order, whatever the order of the set; once each (both slices of a window may occur)
            found = sorted(set(found))
        return found

    def file(self) -> frozenset[str]:
        """File the strings under their rarest windows' slices now (done by itself after the first scans): from the
        index filed ahead when it is one of these very strings, else filed now (:func:`filed`)."""
        stored = self.chosen() if self.chosen is not None else None
        if stored is None or stored["strings"] != "\0".join(self.strings):
            stored = filed(self.strings)  # none stored, or stored for other strings (a tree of other data files)
        latin, lists = stored["latin"], stored["lists"]
        self.by_slice = dict(zip(latin, lists, strict=True))
        self.by_slice.update(stored["other"])
        self.short = stored["short"]
        array = _array()
        if array:
            # a slice with another character is in no Latin-1 text; the others made numbers all at once, as a text's
            self.by_number = dict(zip(array("I", "".join(latin).encode("latin-1")), lists, strict=True))
        self.numbers = frozenset(self.by_number)
        self.slices = frozenset(self.by_slice)
        return self.slices


def filed(strings: list[str]) -> dict[str, Any]:
    """The index of ``strings`` as plain lists (msgpack's types), which :meth:`SliceIndex.file` makes its dicts from
    without a loop in Python: ``strings`` joined by NULs (what it was filed for), the numbers of the strings shorter
    than a window (``short``), and each slice of a chosen window (:func:`choose_slices`) with the numbers of the
    strings filed under it, the Latin-1 slices (``latin``, ``lists``: :func:`number` reads them) apart from the
    others (``other``)."""
    by_slice: dict[str, list[int]] = {}
    short = []
    for n, key in enumerate(choose_slices(strings)):
        if key:
            for g in dict.fromkeys((key[:GRAM], key[1:])):  # (in order: the stored file is the same every build)
                by_slice.setdefault(g, []).append(n)
        else:
            short.append(n)
    latin = [g for g in by_slice if g.isascii() or max(g) <= "\xff"]
    kept = set(latin)
    return {"strings": "\0".join(strings), "short": short, "latin": latin, "lists": [by_slice[g] for g in latin],
            "other": {g: numbers for g, numbers in by_slice.items() if g not in kept}}


def choose_slices(strings: list[str]) -> list[str]:
    """For each string the five-character window whose two slices fewest other strings share (the first in sort
    order among equally rare ones, so the choice is the same in every run), or "" for a string shorter than a
    window."""
    from collections import Counter  # (only where no slices were stored: build_knowledge, tests)

    sliced = [_all_slices(s) for s in strings]
    shared: Counter[str] = Counter()  # slice -> how many strings hold it
    for grams in sliced:
        shared.update(grams)

    def cost(window: str) -> tuple[int, str]:
        return shared[window[:GRAM]] + shared[window[1:]], window

    return [min(_windows(s), key=cost) if len(s) >= WINDOW else "" for s in strings]


def _all_slices(text: str) -> frozenset[str]:
    """Every four-character slice of ``text``, at every position (choosing a window looks at all of them)."""
    return frozenset([text[i:i + GRAM] for i in range(len(text) - GRAM + 1)])


def _windows(text: str) -> set[str]:
    return {text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1)}


# the text of the last call and its slices: one reply is looked up in the phrases, the providers' tokens and
# the recognised providers' sentences in turn (one tuple, replaced whole, so a reader never sees a mixed pair)
_last: list[tuple[str, frozenset[str] | set[int]]] = [("", frozenset())]
# array.array, once an index is filed (a process that only scans, such as ``whybounce line``, never imports it), when
# its "I" reads four bytes as one number (on every usual platform); None before, False where it does not
_ARRAY: list[Any] = [None]


def _array() -> Any:
    """array.array, imported now if it was not yet, or False where an "I" is not four bytes."""
    if _ARRAY[0] is None:
        from array import array

        _ARRAY[0] = array if array("I").itemsize == 4 else False
    return _ARRAY[0]


def number(piece: str) -> int:
    """A four-character Latin-1 slice as the number ``array("I")`` reads from its four bytes."""
    return int.from_bytes(piece.encode("latin-1"), sys.byteorder)


def text_grams(text: str) -> frozenset[str] | set[int]:
    """The distinct four-character slices of ``text`` that start at an even position: as :func:`number` gives
    them when the text is Latin-1 (nearly every reply: no string is made per slice), else as strings."""
    last_text, grams = _last[0]
    if text != last_text:
        grams = _numbers(text) if _ARRAY[0] and (text.isascii() or max(text) <= "\xff") else _slices(text)
        _last[0] = (text, grams)
    return grams


def _numbers(text: str) -> set[int]:
    """:func:`_slices` of a Latin-1 text as numbers: its bytes read four at a time from position 0, then from
    position 2 (two arrays made in C: no string and no tuple per slice)."""
    array = _ARRAY[0]
    data = text.encode("latin-1")
    size = len(data)
    found = set(array("I", data[: size - size % 4]))
    if size >= 6:
        found.update(array("I", data[2 : size - (size - 2) % 4]))
    return found


def _slices(text: str) -> frozenset[str]:
    """The four-character slices of ``text`` at positions 0, 2, 4, ...: the characters at i, i+1, i+2 and i+3
    joined, for each even i (zip stops at the shortest, so a text under four characters has none)."""
    return frozenset(map("".join, zip(text[::2], text[1::2], text[2::2], text[3::2], strict=False)))
