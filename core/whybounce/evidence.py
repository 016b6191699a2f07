"""Words that documented replies of several vendors share for one reason: the resolver's ``evidence`` tier.

The reasons' phrases and clauses are written by hand, each with its source, and read a reply only in the
wordings they name.  A reply in words none of them names used to fall through to the bare reply code, the DSN's
action or the stage's last guess, which the first reads of the documented-reply catalogue's batches found right
about one time in six.  ``data/evidence.yaml`` holds, derived from that catalogue by
``tools/derive_evidence.py``, the single words and word pairs that replies of **at least two independent
families** (vendors, MTAs, filters: one catalogue file each, each with its published source) use for one reason
and seldom for another.  When nothing above the tier reads a reply, the words of it that are in the table vote,
each by how many families stand behind it; the reason with the most weight wins, and the trace names the words.

:func:`features` is the one tokeniser: the derivation and the resolver cut text the same way.
"""

from __future__ import annotations

from itertools import pairwise

from .knowledge import section
from .memo import cache
from .patterns import lazy
from .smtp import fold

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    T = TypeVar("T")

# words that say nothing about a cause (English, German and French function words among them), and the words a
# sending MTA wraps a reply in ("host ... said: ... (in reply to RCPT TO command)"), which documented replies lack
STOP = frozenset("""
a an the of to for in on at by is are was were be been being this that these those it its your you we our us i
from with and or as has have had do does did please try again later message messages mail email e-mail smtp
server see more information info http https www com net org html htm said reply command rcpt data end host example
further details detail contact administrator postmaster help visit refer
me my get gets got either neither such so if than then there which what when where who whom whose can could will
would should may might must shall all any some other only also just yet into about because due via say says
der die das und ist hat ein eine le la les de des du et est un une
""".split())
_WORD = lazy(r"[a-z]+")
_NAME = lazy(r"[a-z0-9]\.[a-z0-9]")  # a host name, an IP address, a status: a dot between letters or digits
_SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A light stem ("rejected", "rejects", "rejecting" -> "reject"), so one table row serves a word's forms."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased, without accents (as the resolver's text: smtp.fold) and stemmed.  An
    address, a URL, a host name or an IP address is left out (it names a case, not a cause) and leaves a gap
    (``""``) that no pair of words spans."""
    out: list[str] = []
    for token in fold(text.lower()).split():
        if "@" in token or "/" in token or _NAME.search(token):
            out.append("")
        else:
            out.extend(stem(w) for w in _WORD.findall(token))
    return out


def features(text: str) -> set[str]:
    """The :func:`words` of ``text`` not in :data:`STOP`, and each pair of adjacent ones."""
    ws = words(text)
    out = {w for w in ws if w not in STOP and len(w) > 1}
    for a, b in pairwise(ws):
        if a and b and a not in STOP and b not in STOP:
            out.add(f"{a} {b}")
    return out


class Vote:
    """The evidence tier's reading of one text: the reason and the table rows that voted for it."""

    __slots__ = ("reason", "weight", "words")

    def __init__(self, reason: str, weight: float, words: list[str]) -> None:
        self.reason = reason
        self.weight = weight
        self.words = words


Table = dict[str, tuple[str, float]]


def table_of(rows: list[dict[str, Any]]) -> Table:
    """feature -> (reason, weight) for the rows of a derived table: a row's weight grows with the number of
    families behind it (log) and its precision (the share of the catalogue's replies holding the feature that have
    that reason)."""
    import math  # (build_knowledge and the tools: a reading takes the table compiled, evidence#table)

    return {r["feature"]: (r["reason"], math.log(1 + len(r["families"])) * float(r["precision"])) for r in rows}


@cache
def _table() -> Table:
    """The shipped table, decoded on first use: ``evidence#table``, which build_knowledge compiles with
    :func:`table_of` from ``data/evidence.yaml`` (its rows, each naming its families, are 62 KB to decode; the
    table is a feature's reason and weight)."""
    table: Table = section("evidence#table")
    return table


def commands_of() -> dict[str, list[str | None]]:
    """feature -> the SMTP commands at which it may vote: ``evidence#commands``, compiled by build_knowledge from the
    hand-written word of the same reason whose ``when`` limits it to some commands (session 58: 'password' is a
    login's word only before the data, RFC 4954 §4; a derived row of the same word must not read it after)."""
    try:
        limits: dict[str, list[str | None]] = section("evidence#commands")
    except KeyError:  # a knowledge tree without an evidence table
        return {}
    return limits


@cache
def barred_at(command: str | None) -> frozenset[str]:
    """The features that may not vote at ``command`` (:func:`commands_of`)."""
    return frozenset(f for f, allowed in commands_of().items() if command not in allowed)


def limited_by_hand(rows: list[dict[str, Any]], reasons: dict[str, Any]) -> dict[str, list[str | None]]:
    """For build_knowledge: each derived row whose feature is the words of a hand-written phrase or hint of the same
    reason ('password'), under a ``when`` that limits only the command, takes that entry's commands; so does a row
    whose support is that phrase (session 59, E59: its ``phrase``, the words around it in every reply of its
    reason, tools/derive_evidence.py: 'many fail' is «too many failed», a login's words only at AUTH)."""

    def commands(e: dict[str, Any]) -> list[str | None] | None:
        when = e.get("when") or {}
        return list(when["command"]) if set(when) == {"command"} else None

    return _as_by_hand(rows, reasons, commands)


def said_after_by_hand(rows: list[dict[str, Any]], reasons: dict[str, Any]) -> dict[str, list[str]]:
    """For build_knowledge: each derived row whose feature (or ``phrase``) is the words of a hand-written phrase or
    hint of the same reason that lists ``not_after`` words takes those words, stemmed as :func:`words` cuts them
    (session 60, E60: 'rate exceed' is speeding's «rate exceeded», which K56D reads only where no "bounce",
    "complaint", "error", "failure", "null" or "spam" names what the rate counts: a rate of bounces is the
    sender's standing, not its volume; the derived row voted there all the same)."""

    def before(e: dict[str, Any]) -> list[str] | None:
        return sorted({w for item in e["not_after"] for w in words(str(item)) if w}) if e.get("not_after") else None

    return _as_by_hand(rows, reasons, before)


def _as_by_hand(rows: list[dict[str, Any]], reasons: dict[str, Any],
                limit: Callable[[dict[str, Any]], T | None]) -> dict[str, T]:
    """feature -> ``limit``'s value for the hand-written phrase or hint whose words are the derived row's feature, or
    the ``phrase`` its support is, in the row's reason (entries ``limit`` gives None are not limited): one rule for
    :func:`limited_by_hand` and :func:`said_after_by_hand`, so that a derived row obeys what its hand entry obeys."""
    limits: dict[tuple[str, str], T] = {}
    for spec in reasons.values():
        for key in ("phrases", "hints"):
            for e in spec.get(key) or ():
                value = limit(e)
                if value is None:
                    continue
                for item in e.get("match") or ():
                    ws = words(str(item)) if isinstance(item, str) else []
                    if ws and all(ws):
                        limits[(" ".join(ws), spec["reason"])] = value
    out: dict[str, T] = {}
    for r in rows:
        for said in (r["feature"], r.get("phrase")):
            if said and (said, r["reason"]) in limits:
                out[r["feature"]] = limits[(said, r["reason"])]
                break
    return out


@cache
def not_after_of() -> dict[str, frozenset[str]]:
    """feature -> the words after which it does not vote: ``evidence#not-after`` (:func:`said_after_by_hand`)."""
    try:
        limits: dict[str, list[str]] = section("evidence#not-after")
    except KeyError:  # a knowledge tree without an evidence table
        return {}
    return {f: frozenset(ws) for f, ws in limits.items()}


def _only_after(feature: str, ws: list[str], before: frozenset[str]) -> bool:
    """Every place ``feature`` (one word or two) stands in ``ws`` follows one of the ``before`` words."""
    part = feature.split()
    n = len(part)
    at = [i for i in range(len(ws) - n + 1) if ws[i:i + n] == part]
    return bool(at) and all(i and ws[i - 1] in before for i in at)


def vote(text: str, table: Table | None = None, barred: frozenset[str] = frozenset(),
         not_after: dict[str, frozenset[str]] | None = None) -> Vote | None:
    """The reason the rows of ``table`` (the shipped one by default; tools/evidence_study.py passes others) found in
    ``text`` weigh most for, or None when none is in it; the ``barred`` features (:func:`barred_at`) do not vote,
    nor one that stands only after one of its ``not_after`` words (the resolver passes :func:`not_after_of`).
    Ties go to the reason first in alphabetical order (the result must not depend on a set's order)."""
    if table is None:
        table = _table()
    weights: dict[str, float] = {}
    voters: dict[str, list[str]] = {}
    ws: list[str] | None = None
    for f in sorted(features(text)):
        row = table.get(f)
        if row is not None and not_after and f in not_after:
            ws = words(text) if ws is None else ws
            if _only_after(f, ws, not_after[f]):
                continue
        if row is not None and f not in barred:
            reason, w = row
            weights[reason] = weights.get(reason, 0.0) + w
            voters.setdefault(reason, []).append(f)
    if not weights:
        return None
    best = min(weights, key=lambda r: (-round(weights[r], 9), r))
    return Vote(best, weights[best], voters[best])
