"""Which of many fixed strings may occur in one text, found in time linear in the text.

Each string is filed under two four-character slices that overlap by three (a five-character window of it,
the one whose slices fewest other strings share); a text's distinct slices that start at an even position are
intersected with the filed ones (a set operation, in C), and only the strings filed under a slice the text holds
are candidates.  Wherever a string occurs in the text, one of its window's two slices starts at an even
position, so slicing every other position misses none and costs half.  The caller confirms a candidate with
``in`` or ``str.find``.  Used for the resolver's phrases and the providers' tokens and sentences: hundreds of
strings, many sharing common words ("mail", "user"), looked for in every reply.

Filing costs milliseconds, a plain scan of every string microseconds: a process that reads one reply
(``whybounce line``) scans, and the index is built once a process has looked up :data:`SCANS_BEFORE_INDEX`
texts, so bulk runs pay for it once.  A short list is always scanned.  Where the slices were chosen ahead
(``build_knowledge`` stores them for the resolver's phrases), filing only sorts the strings under them and
costs about five scans of the list, so such an index is filed after :data:`SCANS_BEFORE_FILING_CHOSEN`.
"""

from __future__ import annotations

from collections import Counter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

GRAM = 4
WINDOW = GRAM + 1  # two slices, at a window's first and second character: a text is sliced at every other position
SCANS_BEFORE_INDEX = 32
SCANS_BEFORE_FILING_CHOSEN = 4  # slices chosen ahead: filing 600 phrases costs 0.2 ms, one scan of them 37 µs
SHORT_LIST = 48  # up to this many strings a scan costs no more than slicing the text


class SliceIndex:
    """``candidates(text)``: the numbers (positions in ``strings``, ascending) of the strings that may occur in
    ``text``; a string shorter than :data:`WINDOW` is always a candidate."""

    __slots__ = ("by_slice", "chosen", "scans", "short", "slices", "strings")

    def __init__(self, strings: list[str], chosen: Callable[[], list[str] | None] | None = None) -> None:
        self.strings = strings
        self.chosen = chosen  # the windows chosen ahead (choose_slices), one per string, asked for when filing
        # scans left before filing; -1: always scanned
        self.scans = -1 if len(strings) <= SHORT_LIST else SCANS_BEFORE_INDEX if chosen is None \
            else SCANS_BEFORE_FILING_CHOSEN
        self.by_slice: dict[str, list[int]] = {}
        self.short: list[int] = []
        self.slices: frozenset[str] | None = None  # None until filed

    def candidates(self, text: str) -> list[int]:
        slices = self.slices
        if slices is None:
            if self.scans != 0:
                if self.scans > 0:
                    self.scans -= 1
                return [n for n, s in enumerate(self.strings) if s in text]
            slices = self.file()
        found = list(self.short)
        by_slice = self.by_slice
        for g in slices.intersection(text_grams(text)):
            found.extend(by_slice[g])
        if len(found) > 1:
            # the strings' own order, whatever the order of the set; once each (both slices of a window may occur)
            found = sorted(set(found))
        return found

    def file(self) -> frozenset[str]:
        """File the strings under their rarest windows' slices now (done by itself after the first scans)."""
        keys = self.chosen() if self.chosen is not None else None
        if keys is None or len(keys) != len(self.strings) or not all(
                (len(k) == WINDOW and k in s) if k else len(s) < WINDOW
                for k, s in zip(keys, self.strings, strict=True)):
            keys = choose_slices(self.strings)  # none stored, or stored for other strings: chosen now
        for n, key in enumerate(keys):
            if key:
                for g in {key[:GRAM], key[1:]}:
                    self.by_slice.setdefault(g, []).append(n)
            else:
                self.short.append(n)
        self.slices = frozenset(self.by_slice)
        return self.slices


def choose_slices(strings: list[str]) -> list[str]:
    """For each string the five-character window whose two slices fewest other strings share (the first in sort
    order among equally rare ones, so the choice is the same in every run), or "" for a string shorter than a
    window."""
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
_last: list[tuple[str, frozenset[str]]] = [("", frozenset())]


def text_grams(text: str) -> frozenset[str]:
    """The distinct four-character slices of ``text`` that start at an even position."""
    last_text, grams = _last[0]
    if text != last_text:
        grams = _slices(text)
        _last[0] = (text, grams)
    return grams


def _slices(text: str) -> frozenset[str]:
    """The four-character slices of ``text`` at positions 0, 2, 4, ...: the characters at i, i+1, i+2 and i+3
    joined, for each even i (zip stops at the shortest, so a text under four characters has none)."""
    return frozenset(map("".join, zip(text[::2], text[1::2], text[2::2], text[3::2], strict=False)))
