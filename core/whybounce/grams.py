"""Which of many fixed strings may occur in one text, found in time linear in the text.

Each string is filed under one of its four-character slices, the one fewest other strings share; a text's
distinct slices are intersected with the filed ones (a set operation, in C), and only the strings filed under
a slice the text holds are candidates.  The caller confirms a candidate with ``in`` or ``str.find``.  Used for
the resolver's phrases and the providers' tokens and sentences: hundreds of strings, many sharing common
words ("mail", "user"), looked for in every reply.
"""

from __future__ import annotations

GRAM = 4


class SliceIndex:
    """``candidates(text)``: the numbers (positions in ``strings``, ascending) of the strings that may occur in
    ``text``; a string shorter than :data:`GRAM` is always a candidate."""

    __slots__ = ("by_slice", "short", "slices")

    def __init__(self, strings: list[str]) -> None:
        shared: dict[str, int] = {}  # slice -> how many strings hold it
        for s in strings:
            for g in text_grams(s):
                shared[g] = shared.get(g, 0) + 1
        self.by_slice: dict[str, list[int]] = {}
        self.short: list[int] = []
        for n, s in enumerate(strings):
            grams = text_grams(s)
            if grams:
                self.by_slice.setdefault(min(sorted(grams), key=shared.__getitem__), []).append(n)
            else:
                self.short.append(n)
        self.slices = frozenset(self.by_slice)

    def candidates(self, text: str) -> list[int]:
        found = list(self.short)
        by_slice = self.by_slice
        for g in self.slices.intersection(text_grams(text)):
            found.extend(by_slice[g])
        if len(found) > 1:
            found.sort()  # the strings' own order, whatever the order of the set
        return found


# the text of the last call and its slices: one reply is looked up in the phrases, the providers' tokens and
# the recognised providers' sentences in turn (one tuple, replaced whole, so a reader never sees a mixed pair)
_last: list[tuple[str, frozenset[str]]] = [("", frozenset())]


def text_grams(text: str) -> frozenset[str]:
    """The distinct four-character slices of ``text``."""
    last_text, grams = _last[0]
    if text != last_text:
        grams = frozenset([text[i:i + GRAM] for i in range(len(text) - GRAM + 1)])
        _last[0] = (text, grams)
    return grams
