"""Clause readings: what a reply refuses and how, in words no phrase lists.

A server that words its own refusal still names a subject (the recipient's account, the sending host, the
message, the receiving system) and a predicate (unknown, disabled, full, too big, refused, failed, too many).
RFC 3463 builds its codes the same way (subject X.1-X.7, then the detail).  A clause of a reason file pairs a
subject class with a predicate class of ``data/words.yaml``; it reads a reply when a subject word is followed,
within one clause of text (at most :data:`WORDS` words and :data:`GAP` characters, no sentence end between), by
a predicate word ("Account Closed", "user is locked"), or, for ``order: both``, directly preceded by one
("closed account", "invalid user").  Words match whole, lower-case; every subject word is looked up once per
text and every look after it is bounded, so the cost is linear in the text.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

GAP = 40  # characters between the end of the subject and the predicate: one clause, not the whole reply
WORDS = 4  # words between them ("user email address is marked as invalid"; not "message ... in the queue too long")
BEFORE = 24  # how far before a subject a preceding predicate may start ("unknown local user")
_FUNCTION_WORDS = frozenset({"by", "for", "of", "to", "from", "with", "in", "on", "at", "the", "a", "an", "and", "or",
                             "as", "your", "our", "this", "that"})
_SENTENCE_END = (". ", ": ", ";", "!", "?", " | ")  # a clause ends there ("... remote mail server after DATA: 552 ...")


class Clause:
    """One ``clauses`` entry of a reason file, with its word classes resolved."""

    __slots__ = ("both", "predicates", "reason", "rule", "side", "source")

    def __init__(self, reason: str, spec: dict[str, Any], words: dict[str, Any]) -> None:
        subject = words["subjects"][spec["subject"]]
        self.reason = reason
        self.rule = f"reason.{reason}.{spec['id']}"
        self.side: str = subject["side"]
        self.predicates = tuple(str(w).lower() for w in words["predicates"][spec["predicate"]]["words"])
        order = spec.get("order", "after")
        if order not in ("after", "both"):
            raise ValueError(f"{self.rule}: order {order!r}")
        self.both = order == "both"
        self.source = spec.get("source")


class ClauseIndex:
    """Every clause of the reason files, filed under its subject words."""

    __slots__ = ("subjects",)

    def __init__(self, reasons: dict[str, Any], words: dict[str, Any]) -> None:
        filed: dict[str, tuple[tuple[str, ...], list[Clause]]] = {}
        for name, spec in sorted(reasons.items()):
            for entry in spec.get("clauses") or ():
                clause = Clause(name, entry, words)
                subject = words["subjects"][entry["subject"]]
                not_after = tuple(str(w).lower() + " " for w in subject.get("not_after") or ())
                for word in subject["words"]:
                    filed.setdefault(str(word).lower(), (not_after, []))[1].append(clause)
        self.subjects = [(word, not_after, clauses) for word, (not_after, clauses) in filed.items()]

    def find(self, text: str) -> list[tuple[Clause, int, int, str]]:
        """(clause, weight, position, matched words) for every clause that reads ``text`` (lower-case)."""
        found: dict[str, tuple[Clause, int, int, str]] = {}
        for word, not_after, clauses in self.subjects:
            start = text.find(word)
            while start >= 0:
                end = start + len(word)
                if _whole(text, start, end) and not (not_after and text.endswith(not_after, 0, start)):
                    for clause in clauses:
                        hit = _after(text, end, clause.predicates)
                        words = f"{word} … {hit}"
                        if not hit and clause.both:
                            hit = _before(text, start, clause.predicates)
                            words = f"{hit} {word}"
                        if hit:
                            reading = (clause, len(word) + len(hit), start, words)
                            had = found.get(clause.rule)
                            if had is None or (-reading[1], reading[2]) < (-had[1], had[2]):
                                found[clause.rule] = reading
                start = text.find(word, start + 1)
        return list(found.values())


def _whole(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is whole words: no letter or digit runs on either side."""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _after(text: str, end: int, predicates: tuple[str, ...]) -> str | None:
    """The first predicate that follows ``end`` within one clause."""
    window = text[end:end + GAP]
    for stop in _SENTENCE_END:
        cut = window.find(stop)
        if cut >= 0:
            window = window[:cut]
    best: tuple[int, str] | None = None
    for pred in predicates:
        at = window.find(pred)
        while at >= 0 and not _whole(window, at, at + len(pred)):
            at = window.find(pred, at + 1)
        if at >= 0 and (best is None or at < best[0]) and window.count(" ", 0, at) <= WORDS + 1:
            best = (at, pred)
    return best[1] if best else None


def _before(text: str, start: int, predicates: tuple[str, ...]) -> str | None:
    """A predicate that ends right before ``start``, or one word before it ("unknown local user")."""
    head = text[max(0, start - BEFORE):start].rstrip()
    tries = [head]
    if " " in head:
        rest, _, skipped = head.rpartition(" ")
        if skipped not in _FUNCTION_WORDS:  # "unknown local user", not "closed by user"
            tries.append(rest.rstrip())
    for part in tries:
        for pred in predicates:
            if part.endswith(pred) and (len(part) == len(pred) or not part[-len(pred) - 1].isalnum()):
                return pred
    return None
