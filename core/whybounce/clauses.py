"""Clause readings: what a reply refuses and how, in words no phrase lists.

A server that words its own refusal still names a subject (the recipient's account, the sending host, the
message, the receiving system) and a predicate (unknown, disabled, full, too big, refused, failed, too many).
RFC 3463 builds its codes the same way (subject X.1-X.7, then the detail).  A clause of a reason file pairs a
subject class with a predicate class of ``data/words.yaml``; it reads a reply when a subject is followed, within
one clause of text (at most :data:`WORDS` words, no sentence end between), by a predicate ("Account Closed",
"user is locked"), or, for ``order: both``, directly preceded by one ("closed account", "unknown local user"), or,
for ``order: agent``, named after it as who refused ("rejected by this user": the passive voice's agent).
A subject that frames a refusal ends its clause at a colon, and the predicate may open the words after it
("Recipient address rejected: inactive", Postfix's access(5) REJECT text); a colon that opens a value of one word
ending the text ("El usuario esta en estado: inactivo", "<what>: <value>") ends no clause.
Predicates match without their inflection ("exceed", "exceeds", "exceeded"), except a class marked ``inflect: false``
(data/words.yaml), whose words match only as written: there the inflection is the grammar, the active "blocks" or
"has blocked" making the subject the one who blocks (filtered: the recipient blocks the sender) and the participle
"blocked" making it the one blocked (suspend: "the recipient account is blocked"), which one stem would merge.
The text is cut into words once and every word is looked up in a table, so the cost is linear in the text.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Container, Iterator
    from typing import Any

WORDS = 4  # words between subject and predicate ("user email address is marked as invalid"; not "message has
#            been in the queue too long", where 'too long' is the queue's)
# up to two words between a predicate and its subject may be adjectives ("unknown local user", "blacklisted high
# risk file extension") or a determiner (the object of a verb: "don't exist that user"), not a preposition or
# conjunction ("closed by user", "blocked because its content")
_FUNCTION_WORDS = frozenset({"by", "for", "of", "to", "from", "with", "in", "on", "at", "and", "or", "as", "because",
                             "due", "since", "if", "when", "but",
                             # session 39 (K2-39): the other prepositions ("rejected per sender's SPF policy":
                             # Proofpoint's refusal names the sender's policy, not the sender refused)
                             "per", "via", "after", "before", "about", "against", "under", "without", "within",
                             "into", "than", "upon"})
# a negated verb is two words, as the predicate lists write it: "isn't" is "is not", "can't" is "can not"
_NEGATED = {"can't": ("can", "not"), "won't": ("will", "not"), "cannot": ("can", "not")}
_STRIP = "<>()[]{}\"'`.,;:!?*+"  # a trailing "+" too: a product named "AntiSpam+" is its words
_ELIDED = frozenset("dlnsjc")  # French articles and pronouns elided before a vowel (d', l', n', s', j', c')
# a relative clause between a subject and its verb ("the IP you're using to send mail is ...", "the address that you
# entered was ..."): its opening words, its verbs, and how long it may be
_RELATIVE = frozenset({"you're", "you", "that", "which", "who", "we", "i"})
_COPULAS = frozenset({"is", "are", "was", "were", "has", "have"})
_CONJUNCTIONS = frozenset({"but", "and", "or", "while", "however", "although"})  # a new clause opens after one
RELATIVE = 8
# the nouns that may finish a subject's name without saying anything of it ("sender mail address", "sender host name")
_NAMING = frozenset({"address", "name", "domain", "ip", "hostname", "mail", "email", "e-mail"})
_CLAUSE_END = ".;:!?|"  # a word ending so ends the clause ("... remote mail server after end of data: 552 ...")
_AS_WRITTEN = "="  # marks a predicate word of an ``inflect: false`` class in the table (no text word holds one)


class Clause:
    """One ``clauses`` entry of a reason file, with its word classes resolved."""

    __slots__ = ("across", "agent", "both", "not_destination", "only_refuses", "predicate", "reason", "rule", "side",
                 "source", "subject")

    def __init__(self, reason: str, spec: dict[str, Any], words: dict[str, Any]) -> None:
        self.reason = reason
        self.rule = f"reason.{reason}.{spec['id']}"
        self.subject: str = spec["subject"]
        self.predicate: str = spec["predicate"]
        # a predicate may say whose the matter is whatever its subject: a count over a period is a rate, how fast
        # the sending side sent ("500 messages in the last hour"), not the state of a mailbox
        self.side: str = words["predicates"][self.predicate].get("side") or words["subjects"][self.subject]["side"]
        # what the clause names is no state of the destination mailbox (the sending side, or a header field of the
        # message): a status about that mailbox (X.1.1-X.1.6, X.2.x) is then contradicted (resolve._statuses)
        self.not_destination: bool = self.side == "sender" or bool(
            words["subjects"][self.subject].get("contradicts_destination"))
        order = spec.get("order", "after")
        if order not in ("after", "both", "agent"):
            raise ValueError(f"{self.rule}: order {order!r}")
        self.both = order == "both"
        self.agent = order == "agent"
        # session 53 (K53A): with ``order: both``, the words that may stand between the predicate and the subject
        # after it ("Connection refused from 192.0.2.1", "Access denied for host 192.0.2.1"): _across
        self.across: frozenset[str] = frozenset(spec.get("across", ()))
        self.source = spec.get("source")
        # says only that the client may not ("You are not allowed to ..."), not why: yields to a clause that says why
        self.only_refuses: bool = bool(spec.get("only_refuses"))


def _table(classes: dict[str, Any], stem: bool = False) -> dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]:
    """First word -> [(how many words, the words, class name)], longest first: 'your ip address' before 'your ip'.
    With ``stem``, the words without their inflection (predicates: "exceeded" is "exceed"), but those of a class
    marked ``inflect: false`` as written, each marked with :data:`_AS_WRITTEN` (the text's words are looked up both
    ways: :meth:`ClauseIndex.read`)."""
    table: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for name, spec in classes.items():
        exact = stem and spec.get("inflect") is False
        for phrase in spec["words"]:
            words = tuple(_split(str(phrase).lower())[0])
            if exact:
                words = tuple(_AS_WRITTEN + w for w in words)
            elif stem:
                words = tuple(_stem(w) for w in words)
            table.setdefault(words[0], []).append((len(words), words, name))
    return {first: tuple(sorted(entries, key=lambda e: -e[0])) for first, entries in table.items()}


def _stem(word: str) -> str:
    """A predicate word without its inflection, so "exceed", "exceeds" and "exceeded" are one word."""
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):  # "exceed" is not a past tense
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# a comma is a space; a bracket stands apart from the word it touches (one pass over the text)
_APART = str.maketrans({",": " ", "(": " (", ")": ") ", "[": " [", "]": "] "})


def _tokens(text: str) -> list[str]:
    """The whitespace-separated pieces of ``text``; two words joined by a slash ("invalid/inactive user", "spam/virus")
    or an underscore ("mailbox_full", "user_unknown": a program's identifier for the same words) are two words,
    unless the piece is a URL or a host's path (a dot or a colon in it); brackets stand apart from the word they
    touch ("failure[0]": the bracket holds a code, not more of the word)."""
    out: list[str] = []
    for raw in text.translate(_APART).split():
        if ("/" in raw or "_" in raw) and "." not in raw and ":" not in raw:
            out.extend(part for part in raw.replace("_", "/").split("/") if part)
        else:
            out.append(raw)
    return out


# session 53 (K53C): a size written with its number ("1.5mb", "10MB") is its unit, a word of the mail-volume class
_SIZE_UNITS = {"kb": "kilobytes", "kib": "kilobytes", "mb": "megabytes", "mib": "megabytes", "gb": "gigabytes",
               "gib": "gigabytes"}


# session 60 (k60b): a time interval written as MTAs configure it, a number and the letter of its unit: Exim's time
# intervals (specification ch. 6 "Time intervals": w, d, h, m, s; the ratelimit condition's period, which its
# $sender_rate_period expands to as written, «per 1h»), Postfix's time units (postconf(5): s, m, h, d, w; mox's
# «in past 24h0m0s» prints Go's duration so too); after "per" or "every" it is the unit's word ("per 1d" is "per day")
_TIME_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week"}
# str.translate's table that deletes what a time interval is written with, digits and unit letters
_DELETE_INTERVAL_CHARACTERS = {ord(c): None for c in "0123456789smhdw"}


def _interval_unit(word: str) -> str:
    """The unit's word of a time interval written "<number><unit letter>" ("1h", "300s", "24h0m0s": its first unit),
    or "" when ``word`` is not one."""
    digits = len(word) - len(word.lstrip("0123456789"))
    if not digits or word[digits:digits + 1] not in _TIME_UNITS:
        return ""
    rest = word[digits + 1:]
    # more units after the first ("24h0m0s") only as numbers and unit letters
    if rest and not (rest.translate(_DELETE_INTERVAL_CHARACTERS) == "" and rest[-1] in _TIME_UNITS):
        return ""
    return _TIME_UNITS[word[digits]]


def _quantity(word: str, before: str) -> str:
    """A word that starts with a digit: a count of periods after "per" or "every" is no word ("max 1.5mb per 10
    minutes" counts per minutes, a rate, as "per minute" does), and a time interval there is its unit's word ("per
    1h"); a size with its unit is the unit's word; any other number stays as written."""
    if before in ("per", "every"):
        if word.isdigit():
            return ""
        if interval := _interval_unit(word):
            return interval
    unit = _SIZE_UNITS.get(word.lstrip("0123456789.,"))
    return unit or word


_DEMONSTRATIVE = frozenset({"that", "this"})


def _split(text: str) -> tuple[list[str], list[str]]:
    """The words of a lower-case text, and for each the mark that ends a clause after it ("" if none).  An IPv4
    literal is the word "ip", an address after "from" the word "sender", an RFC's number after "rfc" no word ("not RFC
    2822 compliant" is "not rfc compliant")."""
    words: list[str] = []
    ends: list[str] = []
    for raw in _tokens(text):
        word = raw.strip(_STRIP)
        if word.endswith("'s"):
            word = word[:-2]
        elif word[1:2] == "'" and word[:1] in _ELIDED and len(word) > 3:
            word = word[2:]  # French elision: "d'authentification", "l'adresse" are the word after the apostrophe
        elif word.count(".") == 3 and word.replace(".", "").isdigit():
            word = "ip"  # an IPv4 literal ("192.0.2.1 is blocked") names a host by its address
        elif word.endswith(("n't", "cannot")):
            first, second = _NEGATED.get(word) or (word[:-3], "not")
            words.append(first)
            ends.append("")
            word = second
        elif word.isdigit() and words and words[-1] == "rfc" and not ends[-1]:
            word = ""  # an RFC's number says which standard ("not RFC 2822 compliant" is "not RFC compliant")
        elif word[:1].isdigit():
            word = _quantity(word, words[-1] if words and not ends[-1] else "")
        if word:
            words.append(word)
            ends.append(raw[-1] if raw[-1] in _CLAUSE_END else "")
        elif ends and raw[-1] in _CLAUSE_END:
            ends[-1] = raw[-1]
    if "@" in text:
        # session 53 (K53B): an address that mail comes "from" is its sender's ("Mail from <a@b> refused"): the
        # envelope sender (RFC 5321 §3.3, MAIL FROM), as an IPv4 literal is a host (an address is "@" in the words read)
        for j in range(1, len(words)):
            if "@" in words[j] and words[j - 1] == "from" and not ends[j - 1]:
                words[j] = "sender"
    if "from address" in text:
        # session 55 (K55A): "from address" names MAIL FROM's address (data/words.yaml's sender), but before an IPv4
        # literal the address is the client's («Connection from address 192.0.2.1 refused»): read as that literal
        for j in range(len(words) - 2, 0, -1):
            if words[j + 1] == "ip" and words[j] == "address" and words[j - 1] == "from" and not ends[j - 1] \
                    and not ends[j]:
                del words[j], ends[j]
    if "from th" in text:
        # session 54 (K54A): "from that domain", "from this domain": the domain mail comes from, which the reply
        # named before (Coremail's «<a>: Mail originating from that domain is not welcome here»): the sender's
        for j in range(2, len(words)):
            if words[j] == "domain" and words[j - 1] in _DEMONSTRATIVE and words[j - 2] == "from" \
                    and not ends[j - 2] and not ends[j - 1]:
                words[j] = "sender"
    return words, ends


def _at(table: dict[str, tuple[tuple[int, tuple[str, ...], str], ...]], words: list[str], i: int) \
        -> list[tuple[int, str]]:
    """(length, class) of every entry of ``table`` whose words start at ``words[i]``.  An entry of more words is
    compared whole only when its second word is the next one (a first word such as "not" opens some 80 predicates:
    each slice of the text made for nothing cost more than the comparison)."""
    following = words[i + 1] if i + 1 < len(words) else None
    return [(n, name) for n, phrase, name in table.get(words[i], ())
            if n == 1 or (phrase[1] == following and tuple(words[i:i + n]) == phrase)]


def inner_words(words: dict[str, Any]) -> frozenset[str]:
    """The words inside a longer subject ("virus" of "virus scanner", "spam" of "spam filter"): where a reason's
    phrase is only that, it may name what a clause is about rather than a verdict (resolve.py).  Compiled into the
    knowledge (``words#inner``), so a reply with a phrase need not build the clause tables to ask."""
    return frozenset(" ".join(ws[a:b]) for entries in _table(words["subjects"]).values() for n, ws, _name in entries
                     for a in range(n) for b in range(a + 1, n + 1) if b - a < n)


def verdict_words(words: dict[str, Any]) -> frozenset[str]:
    """The predicates as written ("blacklisted", "black list"): where a reason's phrase is only one of them, it says
    how something was refused but not what, and a clause that names the subject decides (resolve.py: "your sender
    address has been blacklisted" refuses the sender, not the sending host).  Compiled as ``words#verdicts``."""
    return frozenset(" ".join(_split(str(phrase).lower())[0]) for spec in words["predicates"].values()
                     for phrase in spec["words"])


def word_tables(words: dict[str, Any]) -> dict[str, Any]:
    """The word classes of ``data/words.yaml`` cut into words once: the subjects' and the predicates' tables
    (:func:`_table`) and each subject's ``not_after`` words.  Compiled into the knowledge (``words#tables``, decoded
    with its arrays as tuples: knowledge.AS_TUPLES), so the first reply that reaches the clause tier neither splits and
    stems some 450 phrases (0.4 ms) nor makes its tuples again."""
    return {"subjects": _table(words["subjects"]), "predicates": _table(words["predicates"], stem=True),
            "not_after": {name: sorted(set(_split(" ".join(spec.get("not_after") or ()))[0]))
                          for name, spec in words["subjects"].items()}}


def word_sides(words: dict[str, Any]) -> dict[str, Any]:
    """``data/words.yaml`` with only what :class:`ClauseIndex` reads of it once given :func:`word_tables`: each
    subject's and predicate's ``side``, and a subject's ``contradicts_destination`` (compiled as ``words#sides``: 2 of
    the file's 47 KB)."""
    keep = ("side", "contradicts_destination")
    return {kind: {name: {k: v for k, v in spec.items() if k in keep} for name, spec in words[kind].items()}
            for kind in ("subjects", "predicates")}


def sender_cues(subjects: dict[str, tuple[tuple[int, tuple[str, ...], str], ...]]) -> tuple[str, ...]:
    """The shortest strings a reply must hold to name the envelope sender as a subject: the ``sender`` class's words,
    and an address after "from" (an address is "@" in the words read, ``_split``); resolve's cheap test before
    :meth:`ClauseIndex.after_the_sender` needs no clause index (session 53)."""
    cues = {"from <@", "from @", *(" ".join(phrase) for entries in subjects.values()
                                   for _n, phrase, name in entries if name == "sender")}
    return tuple(sorted(c for c in cues if not any(o != c and o in c for o in cues)))


class ClauseIndex:
    """Every clause of the reason files, by subject class, over the word tables of ``data/words.yaml``."""

    __slots__ = ("by_subject", "exact", "not_after", "predicates", "refusal_ends", "sides", "subjects")

    def __init__(self, reasons: dict[str, Any], words: dict[str, Any], tables: dict[str, Any] | None = None) -> None:
        """``tables``: :func:`word_tables` of ``words`` as compiled (``words#tables``), or None to build them; with
        ``tables``, ``words`` may be :func:`word_sides` of them (``words#sides``)."""
        tables = word_tables(words) if tables is None else tables
        self.subjects: dict[str, tuple[tuple[int, tuple[str, ...], str], ...]] = tables["subjects"]
        self.predicates: dict[str, tuple[tuple[int, tuple[str, ...], str], ...]] = tables["predicates"]
        # the last word of every "refused" predicate: a refusal's frame ends with one ("rejected", "not allowed")
        self.refusal_ends = frozenset(phrase[-1] if phrase else first for first, entries in self.predicates.items()
                                      for _, phrase, name in entries if name == "refused")
        self.exact = any(first.startswith(_AS_WRITTEN) for first in self.predicates)  # an ``inflect: false`` class
        self.not_after = {name: frozenset(found) for name, found in tables["not_after"].items()}
        self.sides = {name: spec["side"] for name, spec in words["subjects"].items()}
        self.by_subject: dict[str, list[Clause]] = {}
        for name, spec in sorted(reasons.items()):
            for entry in spec.get("clauses") or ():
                clause = Clause(name, entry, words)
                self.by_subject.setdefault(clause.subject, []).append(clause)

    def find(self, text: str) -> list[tuple[Clause, int, int, str, str]]:
        """(clause, weight, position in words, matched words, subject words) for every clause that reads ``text``
        (lower-case); a clause read more than once keeps its longest, then earliest, reading."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[list[tuple[Clause, int, int, str, str]], int]:
        """:meth:`find`'s readings, and where the first refusal frame of ``text`` ends (:func:`_frame_end`; -1 if
        none): a clause read before it says what was refused, one after it why."""
        words, ends = _split(text)
        subjects = [i for i, word in enumerate(words) if word in self.subjects]
        if not subjects:
            return [], -1
        starts: dict[int, list[tuple[int, str]]] = {}  # where a predicate starts -> (its length, its class)
        stops: dict[int, list[tuple[int, str]]] = {}  # where one stops (the index after it) -> (its start, class)
        stems = [_stem(word) for word in words]
        written = [_AS_WRITTEN + word for word in words] if self.exact else []
        for j in range(len(words)):
            for seq in (stems, written) if written else (stems,):
                if seq[j] not in self.predicates:
                    continue
                for n, name in _at(self.predicates, seq, j):
                    starts.setdefault(j, []).append((n, name))
                    stops.setdefault(j + n, []).append((j, name))
        if not starts:
            return [], -1
        present = _classes_in(starts)  # a clause whose predicate class is not in the text is not tried
        found: dict[str, tuple[Clause, int, int, str, str]] = {}
        for i, n, subject in self._subjects_of(words, ends, subjects):
            clauses = self.by_subject.get(subject)
            if not clauses:
                continue
            said = " ".join(words[i:i + n])
            framed: tuple[int, ...] | None = None  # where a framed refusal's reason may open (_frame_openings)
            for clause in clauses:
                if clause.predicate not in present:
                    continue
                if clause.agent:
                    pred = self._agent(words, ends, stops, i, clause.predicate)
                    matched = pred and f"{pred} … {said}"
                else:
                    pred = _after(words, ends, starts, i + n, clause.predicate)
                    matched = pred and f"{said} … {pred}"
                pos = i
                if not pred and clause.both:
                    pred = _before(words, ends, stops, i, clause.predicate)
                    matched = pred and f"{pred} {said}"
                    if not pred and clause.across:
                        pred = _across(words, ends, stops, i, clause.predicate, clause.across)
                        matched = pred and f"{pred} {said}"
                if not pred and not clause.agent:
                    if framed is None:
                        framed = _frame_openings(words, ends, stops, i + n)
                    pos, pred = _opening(words, starts, framed, clause.predicate)
                    matched = pred and f"{said} … {pred}"
                if not pred or not matched:
                    continue
                weight = len(said) + len(pred)
                had = found.get(clause.rule)
                if had is None or (-weight, pos) < (-had[1], had[2]):
                    found[clause.rule] = (clause, weight, pos, matched, said)
        return list(found.values()), _frame_end(ends, stops)

    def subjects_named(self, text: str) -> set[str]:
        """session 57 (K57C): the subject classes ``text`` (lower-case) names as words of their own, whether or not a
        predicate follows (resolve._the_subject_refused_at_rcpt): each at its longest reading ("sender ip address" is
        the sending host, not the sender), not where a ``not_after`` word before it makes it another's thing."""
        words, ends = _split(text)
        subjects = [i for i, word in enumerate(words) if word in self.subjects]
        return {subject for _i, _n, subject in self._subjects_of(words, ends, subjects)}

    def _subjects_of(self, words: list[str], ends: list[str], subjects: list[int]) -> Iterator[tuple[int, int, str]]:
        """(start, length, class) of each subject the words name, at the indexes ``subjects`` where one may start: at
        its longest reading ("sender ip address" is the sending host, not the sender; a word inside a subject read is
        part of it: "address" of "email address"), and not where a ``not_after`` word before it owns it (session 39,
        K2-39: a word that ends its own clause, "error writing message: disk quota exceeded", is not the owner: the
        colon or full stop stands between them).  One walk for :meth:`read` and :meth:`subjects_named`."""
        covered = 0  # where the last subject read ends
        for i in subjects:
            if i < covered:
                continue
            at = _at(self.subjects, words, i)
            longest = at[0][0] if at else 0
            covered = i + longest
            for n, subject in at:
                if n < longest:
                    break
                if not (i and words[i - 1] in self.not_after[subject] and not ends[i - 1]):
                    yield i, n, subject

    def anothers_subjects(self, text: str, phrase: str) -> list[str]:
        """The subjects, as their words, that make every occurrence of ``phrase`` (a word or words inside a longer
        subject: "virus" of "virus scanner") in ``text`` someone else's, by one of their ``not_after`` words ("update
        your virus scanner": the sender's scanner, not the receiving system's, words.yaml), or [] when an occurrence
        stands outside them: such words name that one's thing, not a verdict of this reply (session 44, K2-44; the
        subjects themselves since session 59, K59C, for the evidence tier)."""
        words = _split(text)[0]
        target = _split(phrase)[0]
        n = len(target)
        if not n:
            return []
        owned: list[tuple[int, int]] = []
        for i, word in enumerate(words):
            if i and word in self.subjects:
                for k, name in _at(self.subjects, words, i):
                    if k > n and words[i - 1] in self.not_after[name]:
                        owned.append((i, i + k))
        found = [i for i in range(len(words) - n + 1) if words[i:i + n] == target]
        subjects: set[str] = set()
        for i in found:  # each occurrence's subject: the first owned span that holds it
            span = next(((a, b) for a, b in owned if a <= i and i + n <= b), None)
            if span is None:
                return []  # this occurrence is the reply's own words
            subjects.add(" ".join(words[span[0]:span[1]]))
        return sorted(subjects)

    def after_the_sender(self, text: str, at: int) -> bool:
        """Whether what starts at ``text[at]`` is said of the envelope sender: it follows, in the same clause, a
        subject that names the sender (the ``sender`` class of data/words.yaml), directly ("Sender domain not found",
        "sender address does not exist", "<a> sender rejected: user unknown") or after its name and a verb ("Sender
        domain example.org has no MX record", at most :data:`WORDS` words, none of them another subject, a conjunction
        or a preposition), as RFC 3463's X.1.7/X.1.8 are the sender's own address statuses (session 53, K53B)."""
        words, ends = _split(text[max(0, at - 160):at])
        n = len(words)
        for gap in range(min(WORDS, n - 1) + 1):
            stop = n - gap  # the subject would end right before words[stop]
            if any(ends[stop - 1:]):
                return False  # a clause ends between them
            if gap and (words[stop] in _CONJUNCTIONS or words[stop] in _FUNCTION_WORDS or any(
                    name != "sender" for _n, name in _at(self.subjects, words, stop))):
                # another subject's clause ("Sender OK, recipient unknown"), another clause, or a preposition's
                # object ("Mail from <a> to <b> blocked by the recipient": <b> is the recipient)
                return False
            for k in range(min(stop, 4), 0, -1):
                tail = tuple(words[stop - k:stop])
                entries = self.subjects.get(tail[0], ())
                if any(m == k and phrase == tail and name == "sender" for m, phrase, name in entries):
                    if any(ends[stop - k:stop - 1]):
                        return False
                    return not gap or not self._opens_another(text, at)
        return False

    def subject_opening(self, text: str) -> tuple[str, str] | None:
        """(the subject class, its words) of the longest subject whose words open ``text`` and end its clause (a
        value that stands alone: "system policy: sender mail address", "Denied by policy - sender"), or None; words
        after it in the same clause (a predicate, a verb) leave it to the clause readings (session 57, K57B)."""
        words, ends = _split(text[:80])
        if not words or words[0] not in self.subjects:
            return None
        at = _at(self.subjects, words, 0)
        if not at:
            return None  # the first word of a longer subject only ("virus" of "virus scanner")
        n, name = at[0]
        if any(ends[:n - 1]):
            return None  # a clause ends inside the words
        # up to two words more may finish the subject's name ("sender mail address", "sender host name"): nouns of
        # naming, nothing that says what happened to it; any other word in the clause leaves it to the clauses
        extra = 0
        while n < len(words) and not ends[n - 1]:
            if words[n] not in _NAMING or extra == 2:
                return None
            n, extra = n + 1, extra + 1
        return name, " ".join(words[:n])

    def _opens_another(self, text: str, at: int) -> bool:
        """Whether the words at ``text[at]`` open with a subject other than the sender ("user unknown")."""
        words = _split(text[at:at + 40])[0]
        return bool(words) and any(name != "sender" for _n, name in _at(self.subjects, words, 0))

    def frame_colon(self, text: str) -> int:
        """Where (a character offset in ``text``) the colon of the first refusal framed "<what> <refused>: <why>"
        stands, as :func:`_frame_end` finds it among the words, or -1: the words before it say what was refused, those
        after it why (resolve.py reads the phrases so)."""
        at = text.find(":")
        while at >= 0:
            # most colons follow no refusal word ("said:", "12:34:56"): skip them without splitting the words
            if _stem(word_before(text, at)) not in self.refusal_ends:
                at = text.find(":", at + 1)
                continue
            words = _split(text[max(0, at - 40):at])[0][-3:]  # a refusal word is at most three words ("not allowed")
            stems = [_stem(w) for w in words]
            for k in range(len(stems)):
                if any(name == "refused" and n == len(stems) - k for n, name in _at(self.predicates, stems, k)):
                    return at
            at = text.find(":", at + 1)
        return -1

    def _agent(self, words: list[str], ends: list[str], stops: dict[int, list[tuple[int, str]]], start: int,
               predicate: str) -> str | None:
        """The words of a ``predicate`` that the subject at ``start`` did as its agent ("rejected by this user"),
        unless the sending side is what the clause refused ("IP address blacklisted by recipient": the host is
        refused, whoever refused it)."""
        by = _agent_at(words, ends, start)
        if by < 1 or ends[by - 1]:
            return None
        for first, name in stops.get(by, ()):
            if name != predicate:
                continue
            for j in range(first - 1, max(first - 1 - WORDS, -1), -1):
                if ends[j]:
                    break
                if any(self.sides.get(s) == "sender" for _n, s in _at(self.subjects, words, j)):
                    return None
            return " ".join(words[first:by])
        return None


def _classes_in(starts: dict[int, list[tuple[int, str]]]) -> Container[str]:
    """The predicate classes found in the text (``starts``).  Every way a clause reads (after its subject, before it,
    across a preposition, as its agent, at a frame's opening) needs a predicate of its own class, so a clause whose
    class is not among them cannot read and is not tried: a reply holds a predicate or two, a subject has up to eight
    clauses (session 57: the clause tier's reading 36.5 -> 28.7 M instructions over a steady pass)."""
    return {name for entries in starts.values() for _n, name in entries}


def _agent_at(words: list[str], ends: list[str], start: int) -> int:
    """Where the "by" that names ``words[start]`` as an agent stands ("by user", "by this user", or with its
    owner's name between: "by NetEase AntiSpam"), or -1."""
    for by in (start - 1, start - 2):
        if by < 1 or words[by] != "by" or ends[by] or (by < start - 1 and ends[by + 1]):
            continue
        return by
    return -1


def _after(words: list[str], ends: list[str], starts: dict[int, list[tuple[int, str]]], start: int,
           predicate: str, relative: bool = True) -> str | None:
    """The words of a ``predicate`` within :data:`WORDS` words after ``start``, in the same clause, or after the
    verb that follows a relative clause opening there ("The IP you're using to send mail is not authorized")."""
    if start and ends[start - 1]:
        return None
    for j in range(start, min(start + WORDS + 1, len(words))):
        for n, name in starts.get(j, ()):
            if name == predicate:
                return " ".join(words[j:j + n])
        if ends[j] and not _value_follows(ends, j):
            return None
    verb = _relative_clause_end(words, ends, start) if relative else -1
    return _after(words, ends, starts, verb, predicate, relative=False) if verb > start else None  # one, so linear


def word_before(text: str, at: int) -> str:
    """The word that ends right before ``text[at]`` (spaces and closing marks skipped), lower-cased."""
    end = at
    while end > 0 and text[end - 1] in " \t)]>'\"":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


def _value_follows(ends: list[str], j: int) -> bool:
    """Whether the colon after ``words[j]`` opens a value of one word that ends the text or its clause: "<what>:
    <value>", one statement ("El usuario esta en estado: inactivo"), as a header field's name and body are one
    field (RFC 5322 §2.2) and a DSN's "Action: failed" (RFC 3464 §2.3.3)."""
    return ends[j] == ":" and j + 1 < len(ends) and (j + 2 == len(ends) or bool(ends[j + 1]))


def _relative_clause_end(words: list[str], ends: list[str], start: int) -> int:
    """Where the main verb stands after a relative clause that opens at ``start`` and ends, within
    :data:`RELATIVE` words and the same clause, before "is", "are", "was", "were" or "has/have been"; else -1."""
    if start >= len(words) or words[start] not in _RELATIVE:
        return -1
    for j in range(start + 1, min(start + RELATIVE + 1, len(words) - 1)):
        if ends[j - 1]:
            return -1
        if words[j] in _COPULAS:
            return j + 1 if words[j] not in ("has", "have") else (j + 2 if words[j + 1] == "been" else -1)
    return -1


def _frame_end(ends: list[str], stops: dict[int, list[tuple[int, str]]]) -> int:
    """The word index after the colon of the first refusal framed "<what> <refused>: <why>" (Postfix's
    restriction replies, postconf(5): "Client host rejected: ...", and the servers that copy the form), or -1."""
    for j in range(len(ends)):
        if _closes_frame(ends, stops, j):
            return j + 1
    return -1


def _closes_frame(ends: list[str], stops: dict[int, list[tuple[int, str]]], j: int) -> bool:
    """``words[j]`` is a refusal word ("rejected", "denied") a colon ends: the frame of "<what> rejected: <why>"."""
    return ends[j] == ":" and any(name == "refused" for _first, name in stops.get(j + 1, ()))


def _frame_openings(words: list[str], ends: list[str], stops: dict[int, list[tuple[int, str]]],
                    start: int) -> tuple[int, ...]:
    """Where the reason may open when the subject ending before ``start`` frames a refusal whose reason follows a
    colon: "Recipient address rejected: inactive" (Postfix's access(5) REJECT with text, "<address>: Recipient
    address rejected: <text>").  The words after the colon must open with the predicate, or with one adverb before
    it ("temporarily inactive"); a noun there ("Domain not found") is another subject.  () when there is no frame."""
    for j in range(start, min(start + WORDS, len(words))):
        if not ends[j]:
            continue
        if not _closes_frame(ends, stops, j):
            return ()
        adverb = j + 2 < len(words) and words[j + 1].endswith("ly") and not ends[j + 1]
        return (j + 1, j + 2) if adverb else (j + 1,)
    return ()


def _opening(words: list[str], starts: dict[int, list[tuple[int, str]]], openings: tuple[int, ...],
             predicate: str) -> tuple[int, str | None]:
    """Where and what ``predicate`` is at the first of ``openings`` (:func:`_frame_openings`) that starts one."""
    for k in openings:
        for n, name in starts.get(k, ()):
            if name == predicate:
                return k, " ".join(words[k:k + n])
    return -1, None


def _not_adjectives(words: list[str], ends: list[str], first: int, stop: int) -> bool:
    """Whether one of ``words[first:stop]`` (none to two) is a function word or ends a clause (a loop: the
    generator it replaced cost more than its tests, asked three times per clause read before its subject)."""
    for k in range(first, stop):
        if words[k] in _FUNCTION_WORDS or ends[k]:
            return True
    return False


# the words that may stand between "from"/"for" and the subject after it: a determiner, an adjective, or a noun that
# names what the subject is ("from this IP", "for host 192.0.2.1", "from your current IP address")
_BETWEEN_PREPOSITION_AND_SUBJECT = frozenset({"host", "client", "server", "address", "this", "that", "the", "your",
                                              "current"})
# how many words may stand between the predicate and the preposition ("not allowed to send mail from this IP")
_ACROSS_GAP = 3


def _across(words: list[str], ends: list[str], stops: dict[int, list[tuple[int, str]]], start: int,
            predicate: str, across: frozenset[str]) -> str | None:
    """The words from a ``predicate`` to the subject at ``start``, where one of ``across`` ("from", "for") names the
    subject as what the predicate refused, all in one clause: "refused from 192.0.2.1", "denied for host 192.0.2.1",
    "not allowed to send mail from this IP" (up to three words of :data:`_BETWEEN_PREPOSITION_AND_SUBJECT` between the
    preposition and the subject, up to :data:`_ACROSS_GAP` words between the predicate and the preposition)."""
    k = start - 1
    while k >= 1 and k >= start - 3 and words[k] not in across:
        if words[k] not in _BETWEEN_PREPOSITION_AND_SUBJECT or ends[k]:
            return None
        k -= 1
    if k < 1 or words[k] not in across or ends[k]:
        return None
    for stop in range(k, max(k - _ACROSS_GAP, 0) - 1, -1):
        if stop < 1 or ends[stop - 1]:
            return None
        # with words between, only a participle refuses what comes after them ("not allowed to send mail from"):
        # an active verb has a subject of its own that does the refusing or allowing («example.com doesn't allow
        # sending mails from 192.0.2.10», an SPF verdict; mox's «not accepting email for ip», an IP as a domain)
        if stop < k and not words[stop - 1].endswith("ed"):
            continue
        for first, name in stops.get(stop, ()):
            if name == predicate:
                return " ".join(words[first:start])
    return None


def _before(words: list[str], ends: list[str], stops: dict[int, list[tuple[int, str]]], start: int,
            predicate: str) -> str | None:
    """The words of a ``predicate`` that ends right before ``start``, or one or two adjectives before it."""
    for gap in (0, 1, 2):
        stop = start - gap
        if stop < 1 or ends[stop - 1] or _not_adjectives(words, ends, stop, start):
            continue
        for first, name in stops.get(stop, ()):
            if name == predicate:
                return " ".join(words[first:stop])
    return None
