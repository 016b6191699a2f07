"""A likely intended domain for a mistyped recipient domain: the typo hint of hostunknown / userunknown cards.

``suggest("gmal.com")`` is ``"gmail.com"``, ``suggest("docomo.ne.lp")`` is ``"docomo.ne.jp"``; a domain
that is itself real, or that is not a clear slip for exactly one listed domain, gets ``None``.  The list is
``data/domains.yaml`` (common global and Japanese mail domains, each group with its source); nothing is
looked up on the network, so the answer is a guess from spelling alone.

How a slip is recognised.  Distances are optimal-string-alignment distances (Damerau-Levenshtein with
adjacent transpositions: ``gmial`` -> ``gmail`` is one slip).  A listed domain is split into its name and
its ending (``docomo`` + ``ne.jp``, ``yahoo`` + ``com.au``, ``gmail`` + ``com``); then

* short names (up to 4 characters: qq, aol, gmx, au, ocn) must be typed exactly; only the ending may hold
  one slip (``qq.con``, ``ocn.ne.lp``);
* other names allow one slip in the name, in the ending or across the dot (``gmial.com``, ``yahooo.co.jp``,
  ``gmail.con``, ``docomo.ne.lp``, ``gmailc.om``);
* names of 7 characters or more allow one slip in the name *and* one in the ending (``hotmial.con``), never
  two in the name (``horizon.net`` is not verizon.net, ``internet.com`` not btinternet.com);
* a changed ending is a slip only when it is not itself a real ending: ``.de``, ``.dk``, ``.co.jp``,
  ``.com.ar`` are real, so ``gmail.de``, ``hotmail.dk``, ``docomo.co.jp``, ``yahoo.com.ar`` are other real
  domains, while ``.con``, ``.ne.lp``, ``.ne.jo`` (Jordan has no ne.jo) and ``.co.jo`` are not.  The one-letter
  slips of .com and .net that are also countries' domains (``.co``, ``.cm``, ``.om``, ``.ne``) are taken as
  slips all the same (``gmail.co``); the lists are in ``data/domains.yaml`` under ``suffixes``.

Never a suggestion for: a listed domain or a subdomain of one (``xx.ocn.ne.jp``), a domain of ``not_typos``,
a parent of a listed domain (``softbank.jp`` of ``i.softbank.jp``), or a tie between two listed domains
(``gmx.ne``: gmx.net or gmx.de?).  A subdomain keeps its first labels (``ab.so-net.ne.lp`` ->
``ab.so-net.ne.jp``).  Full-width letters and dots (``ｇｍａｉｌ．ｃｏｍ``) are read as what they look like.

Cost: input much longer than a domain can be (253 characters) is refused before it is read; otherwise one
pass folds and splits it, and only listed domains of nearly the same length are compared with its last
labels, each in a band of width 5 after a cheap test: bounded work whatever the input.

How a card uses it.  Only for hostunknown and userunknown, and only as a suggestion, never as a fact:
one extra line, the first action of the card, that names the guess as a guess, e.g. "Check the address:
did you mean gmail.com? (an automatic guess from the spelling)" / 「ドメインは gmail.com の入力間違いでは
ありませんか（綴りからの自動の推測です）。」.  The card's cause, who and codes stay the bounce's own; the
address itself is never rewritten.
"""

from __future__ import annotations

from .knowledge import section
from .memo import cache, lru_cache
from .record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

MAX_DOMAIN = 253
"""RFC 1035's limit on a domain name (without its final dot): anything longer is not a domain."""
SHORT_NAME = 4
"""Names up to this length must be typed exactly (only their ending may hold a slip)."""
LONG_NAME = 7
"""Names from this length on may hold one slip in the name and one in the ending."""
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})  # 。．｡ typed for "." by a Japanese IME


class _Entry(Record):
    """One listed domain, split once: ``name`` "docomo" and ``suffix`` "ne.jp" of docomo.ne.jp."""

    __slots__ = ("domain", "labels", "letters", "name", "suffix")

    def __init__(self, domain: str, name: str, suffix: str, labels: int, letters: int) -> None:
        self.domain = domain
        self.name = name
        self.suffix = suffix
        self.labels = labels
        self.letters = letters  # _chars(domain), for the quick test in _nearest


_BIT = {chr(i): 1 << i for i in range(128)}  # an ASCII character's bit in _chars


def _chars(text: str) -> int:
    """The characters of ``text`` as bits of one number (folded to seven bits: a shared bit only lets more
    through, see _nearest)."""
    if text.isascii():  # (nearly every domain) each distinct character's bit, added up in C: no step per character
        return sum(map(_BIT.__getitem__, set(text)))
    bits = 0
    for c in text:
        bits |= 1 << (ord(c) & 127)
    return bits


class _Index(Record):
    """The list, indexed: ``real`` domains (listed and not_typos) and their subdomains are never corrected;
    listed domains ``by_shape`` (labels, length); the real endings near a listed one (``tlds`` without the
    slips, two-label ``second_levels`` such as co.jp and com.ar).  A shape's domains are split into
    :class:`_Entry` on its first use (:meth:`entries`): a domain is compared only with listed domains of nearly
    its own length, so one suggestion splits a few of them, not the whole list."""

    __slots__ = ("_entries", "by_shape", "label_counts", "real", "second_levels", "tail_labels", "tlds")

    def __init__(self, real: frozenset[str], tail_labels: int, by_shape: dict[tuple[int, int], tuple[str, ...]],
                 label_counts: tuple[int, ...], tlds: frozenset[str], second_levels: frozenset[str]) -> None:
        self.real = real
        self.tail_labels = tail_labels
        self.by_shape = by_shape
        self.label_counts = label_counts
        self.tlds = tlds
        self.second_levels = second_levels
        self._entries: dict[tuple[int, int], tuple[_Entry, ...]] = {}

    def entries(self, shape: tuple[int, int]) -> tuple[_Entry, ...]:
        """The listed domains of ``shape`` (labels, length), in the list's order, split now if they were not yet."""
        found = self._entries.get(shape)
        if found is None:
            found = self._entries[shape] = tuple(_entry(domain, self.second_levels)
                                                 for domain in self.by_shape.get(shape, ()))
        return found


def _entry(domain: str, second_levels: frozenset[str]) -> _Entry:
    name, suffix = _split(domain, second_levels)
    return _Entry(domain, name, suffix, domain.count(".") + 1, _chars(domain))


def _labels(value: Any) -> list[str]:
    return [str(x).lower() for x in (value or {}).get("labels") or ()]


@cache
def _index() -> _Index:
    """The compiled ``domains`` section, indexed once on first use."""
    data = section("domains")
    suffixes = data.get("suffixes") or {}
    second = frozenset(f"{sld}.jp" for sld in _labels(suffixes.get("jp_second_level"))) | frozenset(
        _labels(suffixes.get("second_level"))
    )
    listed = sorted({str(d).lower() for g in data.get("groups") or () for d in g.get("domains") or ()})
    others = {str(d).lower() for g in data.get("not_typos") or () for d in g.get("domains") or ()}
    shapes: dict[tuple[int, int], list[str]] = {}
    for domain in listed:
        shapes.setdefault((domain.count(".") + 1, len(domain)), []).append(domain)
    real = frozenset(listed) | frozenset(others)
    return _Index(
        real=real,
        tail_labels=max((d.count(".") + 1 for d in real), default=1),
        by_shape={k: tuple(v) for k, v in shapes.items()},
        label_counts=tuple(sorted({k for k, _ in shapes})),
        tlds=frozenset(_labels(suffixes.get("tlds"))) - frozenset(_labels(suffixes.get("slips"))),
        second_levels=second,
    )


def _split(domain: str, second_levels: Iterable[str]) -> tuple[str, str]:
    """(name, ending): the ending is a known two-label public suffix (co.jp, com.au) or the last label."""
    head, dot, tld = domain.rpartition(".")
    if not dot:
        return "", domain
    rest, dot2, sld = head.rpartition(".")
    if dot2 and f"{sld}.{tld}" in second_levels:
        return rest, f"{sld}.{tld}"
    return head, tld


def _in_use(ending: str, index: _Index) -> bool:
    """Whether a typed ending is a real one (.de, .co.jp, .com.ar) rather than a slip (.con, .ne.lp, .co)."""
    if "." not in ending:
        return ending in index.tlds
    return ending in index.second_levels


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance of ``a`` and ``b``, computed only in the band that can stay within
    ``limit``; any larger distance is returned as ``limit + 1``."""
    big = limit + 1
    if abs(len(a) - len(b)) > limit:
        return big
    if a == b:
        return 0
    # Each slip (a transposition too) spoils at most two of 2 * limit + 1 pieces of b: one piece at least
    # must then be found whole in a.  A cheap test that skips most of the table for unrelated strings.
    pieces = 2 * limit + 1
    if len(b) >= pieces and not any(
        b[k * len(b) // pieces : (k + 1) * len(b) // pieces] in a for k in range(pieces)
    ):
        return big
    width = len(b) + 1
    before: list[int] = []
    prev = [min(j, big) for j in range(width)]
    for i in range(1, len(a) + 1):
        cur = [big] * width
        cur[0] = min(i, big)
        lo, hi = max(1, i - limit), min(len(b), i + limit)
        for j in range(lo, hi + 1):
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, before[j - 2] + 1)
            cur[j] = min(v, big)
        if min(cur[lo - 1 : hi + 1]) > limit:
            return big
        before, prev = prev, cur
    return prev[len(b)]


def _last_labels(domain: str, count: int) -> tuple[str, str]:
    """(prefix, the last ``count`` labels); the whole domain when it has no more labels than that."""
    parts = domain.rsplit(".", count)
    if len(parts) <= count:
        return "", domain
    return parts[0], domain[len(parts[0]) + 1 :]


def _slip(typed: str, entry: _Entry, index: _Index) -> int | None:
    """How many slips turn ``typed`` into ``entry`` under the rules of this module, or None if it is no slip."""
    if entry.domain.endswith("." + typed):  # a parent of a listed domain (softbank.jp of i.softbank.jp)
        return None
    name, suffix = entry.name, entry.suffix
    if typed.startswith(name + "."):  # the name is intact: one slip in the ending
        ending = typed[len(name) + 1 :]
        return 1 if _distance(ending, suffix, 1) == 1 and not _in_use(ending, index) else None
    if len(name) <= SHORT_NAME:
        return None
    if typed.endswith("." + suffix):  # the ending is intact: one slip in the name
        return 1 if _distance(typed[: -len(suffix) - 1], name, 1) == 1 else None
    # Neither part is intact: one slip across the dot (gmailc.om), or, for a long name, one in each part.
    limit = 2 if len(name) >= LONG_NAME else 1
    whole = _distance(typed, entry.domain, limit)
    if whole > limit:
        return None
    typed_name, ending = _last_labels(typed, suffix.count(".") + 1)
    if _in_use(ending, index):
        return None
    if whole == 2 and (_distance(typed_name, name, 1) > 1 or _distance(ending, suffix, 1) > 1):
        return None
    return whole


def _normalise(domain: str) -> str | None:
    """The domain as compared: lower case, full-width forms folded (NFKC), no final dot; None if not one."""
    if len(domain) > MAX_DOMAIN + 64:  # before any per-character work
        return None
    text = domain
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFKC", text).translate(_DOTS)
    text = text.strip().lower()
    text = text.rpartition("@")[2].rstrip(".")
    return text if 0 < len(text) <= MAX_DOMAIN else None


def _is_real(domain: str, index: _Index) -> bool:
    """A listed or not_typos domain, or a subdomain of one."""
    labels = domain.rsplit(".", index.tail_labels)
    for i in range(len(labels)):
        if ".".join(labels[i:]) in index.real:
            return True
    return False


def suggest(domain: str) -> str | None:
    """The listed domain ``domain`` is likely a slip for (see the module's docstring), or None."""
    if not isinstance(domain, str):
        return None
    typed = _normalise(domain)
    if typed is None:
        return None
    if _is_real(typed, _index()):  # a real domain: said back only when it was typed in full-width forms
        return typed if typed != domain.strip().lower().rpartition("@")[2].rstrip(".") else None
    return _nearest(typed)


@lru_cache(maxsize=1024)
def _nearest(typed: str) -> str | None:
    index = _index()
    found: dict[str, int] = {}
    for labels in index.label_counts:
        prefix, tail = _last_labels(typed, labels)
        chars = _chars(tail)
        for length in range(len(tail) - 2, len(tail) + 3):
            for entry in index.entries((labels, length)):
                # Every slip _slip accepts keeps the whole within two edits, and an edit brings in at most one
                # character the other side lacks: more than two such characters on either side rule it out.  The
                # characters either side lacks (one XOR) settle most: over four, one side lacks three or more.
                letters = entry.letters
                apart = (letters ^ chars).bit_count()
                if apart > 4 or (apart > 2 and ((letters & ~chars).bit_count() > 2
                                                 or (chars & ~letters).bit_count() > 2)):
                    continue
                slips = _slip(tail, entry, index)
                if slips is not None:
                    found[f"{prefix}.{entry.domain}" if prefix else entry.domain] = slips
    if not found:
        return None
    best = min(found.values())
    winners = [d for d, n in found.items() if n == best]
    return winners[0] if len(winners) == 1 else None
