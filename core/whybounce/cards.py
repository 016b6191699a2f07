"""Explanation cards: what one finding means for the person who sent the mail, in Japanese or English.

Every sentence comes from data: a reason's ``card`` in ``data/reasons/<reason>.yaml``, a provider's
``cards`` in ``data/providers/<provider>.yaml``, the shared parts in ``data/cards.yaml`` (and the code
registries ``status_codes``, ``reply_codes``, ``known_replies``), so the wording can be reviewed and
corrected as data.  This module only chooses:

* the text: the card written for the resolver's rule (a provider's own reply: Microsoft's 5.7.606, docomo's
  domain filter), else the first of the reason's ``variants`` whose conditions hold, else the reason's own;
* the first action, from the finding's timing: still being retried (with until when, as the report says),
  a temporary refusal, given up after retries, or permanent;
* for phase-sensitive reasons, a sentence saying the refusal stage and who that puts in charge;
* the key facts of the reply put into the cause: the checks it names (SPF, DKIM, DMARC), the block list,
  the limit, the host;
* the administrator details: what the codes mean (a status the bounce did not give is marked as inferred),
  the SMTP stage, the answering host, and what a well-known reply wording means.

The server's own words are copied verbatim into ``evidence``; cards are plain text, never markup.
"""

from __future__ import annotations

from datetime import date  # msgpack imports datetime anyway

from .addresses import parent_lookup
from .i18n import normalize_lang, reason_label
from .knowledge import card, grouped_entry, grouped_rest, section, section_in, section_rest
from .memo import cache, lru_cache
from .model import Card, Finding
from .patterns import IGNORECASE, contains_any, lazy
from .record import Record
from .smtp import has_reply_lines, one_reply

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping  # (annotations only: collections.abc imports collections)
    from typing import Any

    from .timing import Period, Timing

_STATUS_RE = lazy(r"^([245])\.(\d{1,3})\.(\d{1,3})$")
_REPLY_RE = lazy(r"^[2-5]\d\d$")
_OPTIONAL = lazy(r"<<([^<>]{0,2000})>>")  # an optional segment of a card template
_FIELD = lazy(r"\{(\w+)\}")
_SPACES = lazy(r"\s+")
# what a reply gives besides its words: the reply code and enhanced status before them, <addresses> (the ``says``
# condition takes them and the punctuation at either end out)
_NOT_WORDS = lazy(r"^(?:[245]\d\d[ -])?(?:[245]\.\d{1,3}\.\d{1,3}\s)?|<[^<>]{0,300}>")
# How two sentences are joined: English needs a space, Japanese does not.
_SENTENCE_GAP = {"en": " ", "ja": ""}
CONDITION_KEYS = frozenset({"command", "temporary", "action", "status", "reply", "text", "says", "carrier", "rule",
                            "state", "context", "checks", "passed_on"})
PLACEHOLDERS = frozenset({"address", "domain", "remote", "carrier", "checks", "list", "list_site", "limit", "until",
                          "more", "age", "tried", "passed_on_to"})
# the checks a reply may name, in the order a person reads them (RFC 7208 SPF, RFC 6376 DKIM, RFC 7489 DMARC)
_CHECKS = (("spf", "SPF"), ("dkim", "DKIM"), ("dmarc", "DMARC"))
_WORD_EDGE = lazy(r"[a-z0-9]")
_LIMIT = lazy(r"\b(\d[\d,.]{0,15})\s?(bytes|kb|mb|gb|kib|mib|gib)\b", IGNORECASE)
# session 59 (CA59): the size after the word "limit" or "maximum" is the limit, when a reply states the message's own
# size first (Courier's «523 Message length (20971520 bytes) exceeds administrative limit(10485760).», courier/submit.C;
# Synchronet's «552 Message size (15728640) exceeds maximum: 10485760 bytes»); without its own unit it takes the unit
# the reply gives the other size
_LIMIT_NAMED = lazy(r"\b(?:limit|maximum)\b\D{0,16}?\b(\d[\d,.]{0,15})(?:\s?(bytes|kb|mb|gb|kib|mib|gib)\b)?",
                    IGNORECASE)
# session 59 (CA59B): a size the reply calls "declared" is the client's own estimate (RFC 1870 §1: the SIZE parameter
# of MAIL FROM is "the client's estimate of the message size"), not the server's limit (kotlin-smtp's «552 5.3.4 Message
# size exceeds declared SIZE (1048576 bytes)», DataCommand): with no limit named beside it, no limit is stated
_LIMIT_DECLARED = lazy(r"\bdeclared\s+size\b\D{0,16}?\d", IGNORECASE)


class Facts(Record):
    """What a card may adapt to, normalised once from a :class:`Finding`."""

    __slots__ = (
        "action",
        "address",
        "carrier",
        "command",
        "context",
        "domain",
        "passed_on_to",
        "remote",
        "reply",
        "rule",
        "status",
        "status_from_reply_code",
        "status_inferred",
        "temporary",
        "text",
        "timing",
    )

    def __init__(self, command: str | None, temporary: bool, action: str | None, status: str | None,
                 reply: str | None, text: str, address: str | None, domain: str | None, remote: str | None,
                 carrier: Mapping[str, Any] | None = None, rule: str = "", status_inferred: bool = False,
                 status_from_reply_code: bool = False,
                 timing: Timing | None = None, context: str = "bounce", passed_on_to: str | None = None) -> None:
        self.command = command
        self.temporary = temporary
        self.action = action
        self.status = status
        self.reply = reply
        self.text = text
        self.address = address
        self.domain = domain
        self.remote = remote
        self.carrier = carrier
        self.rule = rule  # the resolver's rule id: the card written for it, or variants keyed on it
        self.status_inferred = status_inferred  # ``status`` is implied by the reason, not in the bounce
        self.status_from_reply_code = status_from_reply_code  # the reporting MTA made ``status`` from the code
        self.timing = timing
        # bounce (read from a message), line (a pasted reply: a mail program showed it) or submission (a reply the
        # sender's own outgoing server gave their mail program, quoted in its error message: wrappers.py); a
        # ``context: [line]`` condition holds for a submission too, which is a reply a mail program showed
        self.context = context
        self.passed_on_to = passed_on_to  # Finding.passed_on_to: the address an alias or forwarding passed it on to

    @property
    def state(self) -> str | None:
        """delayed / temporary / given-up / limit / permanent (timing.Timing); None for reports."""
        return self.timing.state if self.timing is not None else None

    @classmethod
    def of(cls, finding: Finding, context: str = "bounce") -> Facts:
        address = (finding.address or "").strip() or None
        domain = address.rsplit("@", 1)[1].lower() if address and "@" in address else None
        command = (finding.command or "").strip().upper().split(" ", 1)[0] or None
        text = finding.diagnostic or ""
        if has_reply_lines(text):  # a multi-line reply's words, read without its lines' codes, as the phrases read them
            text = one_reply(text)
        return cls(
            command=command,
            temporary=bool(finding.temporary),
            action=(finding.action or "").strip().lower() or None,
            status=(finding.status or "").strip() or None,
            reply=(finding.reply_code or "").strip() or None,
            text=_one_spaced(text).lower(),
            address=address,
            domain=domain,
            remote=(finding.remote_mta or "").strip() or None,
            carrier=carrier_of(domain),
            rule=finding.rule or "",
            status_inferred=finding.status_inferred,
            status_from_reply_code=finding.status_from_reply_code,
            timing=finding.timing,
            context=context,
            passed_on_to=finding.passed_on_to,
        )


def _one_spaced(text: str) -> str:
    """Runs of white space made one space.  A diagnostic usually has none to fold (detectors join its lines),
    and when it is printable with no double space, its only white space is single spaces: no regex pass."""
    if text.isprintable() and "  " not in text:  # every white-space character but " " is unprintable
        return text
    return _SPACES.sub(" ", text)


@cache  # (asked four times a card: one call of C, not three of Python, once decoded)
def _cards() -> Mapping[str, Any]:
    data: Mapping[str, Any] = section_rest("cards")  # (the POP3 answers' cards apart: knowledge.APART)
    return data


@cache
def _carrier_index() -> dict[str, Mapping[str, Any]]:
    return {d: entry for entry in _cards()["carriers"] for d in entry["domains"]}


def carrier_of(domain: str | None) -> Mapping[str, Any] | None:
    """The Japanese mobile carrier whose mail domain this is (sub-domains included), if any."""
    if not domain:
        return None
    found: Mapping[str, Any] | None = parent_lookup(domain.lower().rstrip("."), _carrier_index())
    return found


def status_key(status: str | None) -> tuple[str, str, str] | None:
    """``("5", "7", "X.7.26")`` for ``"5.7.26"``: class, subject and registry key; None if malformed."""
    m = _STATUS_RE.match(status or "")
    if not m:
        return None
    klass, subject, detail = m.group(1), str(int(m.group(2))), str(int(m.group(3)))
    return klass, subject, f"X.{subject}.{detail}"


def _status_matches(want: str, status: str | None) -> bool:
    key = status_key(status)
    if key is None:
        return False
    if want.startswith("X."):
        return key[2] == want
    return status == want


def condition_holds(cond: Mapping[str, Any], facts: Facts) -> bool:
    """True when every key of one ``when`` mapping holds for the facts."""
    for key, want in cond.items():
        if key == "command":
            ok = facts.command in want
        elif key == "temporary":
            ok = facts.temporary is bool(want)
        elif key == "action":
            ok = facts.action in want
        elif key == "status":  # the bounce's own status: one whybounce inferred says nothing about the reply
            ok = (not facts.status_inferred and not facts.status_from_reply_code
                  and any(_status_matches(w, facts.status) for w in want))
        elif key == "reply":
            ok = facts.reply in want
        elif key == "text":
            ok = contains_any(facts.text, want)
        elif key == "says":  # the reply says nothing else: a default that names no cause, not the same words before one
            ok = _NOT_WORDS.sub("", facts.text).strip(" .:;,!-") in want
        elif key == "carrier":
            ok = (facts.carrier is not None) is bool(want)
        elif key == "rule":
            ok = contains_any(facts.rule, want)
        elif key == "state":
            ok = facts.state in want
        elif key == "context":
            ok = facts.context in want or (facts.context == "submission" and "line" in want)
        elif key == "passed_on":  # session 39: the report names the address the mail was passed on to
            ok = (facts.passed_on_to is not None) is bool(want)
        elif key == "checks":  # session 39 (CA39): exactly these authentication checks are named ("SPF" alone)
            ok = [name for word, name in _CHECKS if _has_word(facts.text, word)] == list(want)
        else:
            raise ValueError(f"unknown card condition {key!r}")
        if not ok:
            return False
    return True


def pick_variant(entry: Mapping[str, Any], facts: Facts) -> Mapping[str, Any]:
    """The first variant whose ``when`` holds (a list in ``when`` means any of them), else ``{}``."""
    for variant in entry.get("variants", ()):
        when = variant["when"]
        if isinstance(when, list):  # a list of alternatives (one mapping, the usual ``when``, needs no generator)
            holds = False
            for c in when:
                if condition_holds(c, facts):
                    holds = True
                    break
        else:
            holds = condition_holds(when, facts)
        if holds:
            result: Mapping[str, Any] = variant
            return result
    return {}


def _reads_words(variant: Mapping[str, Any], facts: Facts) -> bool:
    """Whether ``variant`` was chosen by words of the reply (a ``text`` condition that holds): its card then names
    the cause those words state ("The number of attachments ..."), whatever tier read the reason."""
    when = variant.get("when")
    conditions = when if isinstance(when, list) else [when] if when else []
    return any("text" in c and condition_holds({"text": c["text"]}, facts) for c in conditions)


def fill(text: str, values: Mapping[str, str | None]) -> str:
    """Resolve ``<<...{name}...>>`` segments: kept with the values when all are known, else dropped."""
    if "<<" not in text:  # nearly every card text: nothing to resolve, no regex pass
        return text
    out: list[str] = []
    for piece in _template(text):
        if isinstance(piece, str):
            out.append(piece)
            continue
        literals, names = piece
        for name in names:
            if not values.get(name):
                break  # a value unknown: the segment is dropped
        else:
            out.append(literals[0])
            for name, literal in zip(names, literals[1:], strict=True):
                out.append(str(values[name]))
                out.append(literal)
    return "".join(out)


@lru_cache(maxsize=1024)  # card texts with segments: about a hundred in each language
def _template(text: str) -> tuple[str | tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """``text`` cut once into what :func:`fill` does with it: its literal pieces, and for each ``<<...>>`` segment
    the literal pieces and the placeholder names between them (what ``_OPTIONAL.sub`` and ``_FIELD.sub`` read, in
    the same order), so filling a card text costs no regex pass."""
    out: list[str | tuple[tuple[str, ...], tuple[str, ...]]] = []
    for i, piece in enumerate(_OPTIONAL.split(text)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
            continue
        parts = _FIELD.split(piece)
        out.append((tuple(parts[0::2]), tuple(parts[1::2])))
    return tuple(out)


class _Values(dict[str, "str | None"]):
    """The placeholders' values, each worked out when a text first asks for it (most texts ask for none)."""

    def __init__(self, facts: Facts, lang: str) -> None:
        super().__init__()
        self.facts = facts
        self.lang = lang

    def __missing__(self, name: str) -> str | None:
        f, lang = self.facts, self.lang
        if name in ("address", "domain", "remote", "passed_on_to"):
            value: str | None = getattr(f, name)
        elif name == "carrier":
            value = f.carrier[lang] if f.carrier is not None else None
        elif name == "checks":
            value = _checks(f.text, lang)
        elif name in ("list", "list_site"):
            listed = _blocklist(f.text)
            value = None if not listed else listed[0] if name == "list" else listed[1]
        elif name == "limit":
            value = _limit(f.text, lang)
        elif name in ("until", "more", "age", "tried"):
            value = _periods(f.timing, lang)[name]
        else:
            raise KeyError(name)
        self[name] = value
        return value

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            return self[name]
        except KeyError:
            return default


def _checks(text: str, lang: str) -> str | None:
    """The authentication checks the reply names, joined for a sentence ("SPF and DKIM", 「SPF と DKIM」)."""
    named = [name for word, name in _CHECKS if _has_word(text, word)]
    if not named:
        return None
    words = _cards()["words"]
    if len(named) == 1:
        return named[0]
    joined: str = words["and"][lang].format(a=", ".join(named[:-1]) if lang == "en" else "、".join(named[:-1]),
                                            b=named[-1])
    return joined


def _has_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a word of its own (not inside "dkim1" or "spfcheck")."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not _WORD_EDGE.match(before) and not _WORD_EDGE.match(after):
            return True
        start = text.find(word, start + 1)
    return False


@cache
def _blocklists() -> tuple[tuple[str, str, str], ...]:
    """(lower-case token, name, site) for every block list of data/blocklists.yaml, longest token first."""
    found = [(str(t).lower(), e["name"], e["site"]) for e in section("blocklists")["lists"] for t in e["match"]]
    return tuple(sorted(found, key=lambda x: -len(x[0])))


def _blocklist(text: str) -> tuple[str, str] | None:
    """(name, look-up site) of the public block list the reply names (Spamhaus, SpamCop, ...)."""
    for token, name, site in _blocklists():
        if token in text:
            return name, site
    return None


# session 42 (CA42): the unit as a reader writes it: the words are matched lower-cased, so "10 MB" came out as
# "10 mb", and a Japanese card said "10485760 bytes" in English
_LIMIT_UNITS = {"bytes": ("bytes", "バイト"), "kb": ("KB", "KB"), "mb": ("MB", "MB"), "gb": ("GB", "GB"),
                "kib": ("KiB", "KiB"), "mib": ("MiB", "MiB"), "gib": ("GiB", "GiB")}


def _limit(text: str, lang: str = "en") -> str | None:
    """A size the reply states ("10 MB", "10485760 bytes"): its number as written, its unit in the card's language."""
    m = _LIMIT.search(text)
    if not m:
        return None
    number, unit = m.group(1), m.group(2)
    named = _LIMIT_NAMED.search(text)
    if not named and _LIMIT_DECLARED.search(text):
        return None
    if named and (named.group(2) or (named.group(1).isdigit() and len(named.group(1)) >= 3)):  # not "5.3.4"
        number, unit = named.group(1), named.group(2) or unit
    en, ja = _LIMIT_UNITS[unit.lower()]
    return f"{number} {ja if lang == 'ja' else en}"


def _periods(timing: Timing | None, lang: str) -> dict[str, str | None]:
    """{until}, {more}, {age}, {tried} of the timing sentences: one of the first three (the most precise the
    report gives), and how long it was tried."""
    out: dict[str, str | None] = {"until": None, "more": None, "age": None, "tried": None}
    if timing is None:
        return out
    if timing.retry_until:
        out["until"] = until_text(timing.retry_until, lang)
    elif timing.retry_for is not None:
        out["more"] = period_text(timing.retry_for, lang)
    elif timing.max_age is not None:
        out["age"] = period_text(timing.max_age, lang)
    if timing.tried_for is not None:
        out["tried"] = period_text(timing.tried_for, lang)
    return out


_JA_WEEKDAYS = "月火水木金土日"


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ZONES = {"ut": 0, "utc": 0, "gmt": 0, "z": 0, "edt": -240, "est": -300, "cdt": -300, "cst": -360, "mdt": -360,
          "mst": -420, "pdt": -420, "pst": -480, "jst": 540}


def rfc5322_date(value: str) -> tuple[int, int, int, int, int, int, int] | None:
    """Year, month, day, hour, minute, second and the offset in minutes of an RFC 5322 date-time (§3.3, with the
    obsolete zone names of §4.3), or None. Written out rather than taken from ``email.utils``, which would import the
    email package (and ``re``, ``socket``, ``random`` behind it) into every start-up that renders a card."""
    words = value.replace(",", " ").split()
    if words and words[0][:3].lower() in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        words = words[1:]
    if len(words) < 4 or not words[0].isdigit() or words[1][:3].lower() not in _MONTHS or not words[2].isdigit():
        return None
    day, month, year = int(words[0]), _MONTHS.index(words[1][:3].lower()) + 1, int(words[2])
    year += 2000 if year < 50 else 1900 if year < 1000 else 0
    clock = words[3].split(":")
    if len(clock) not in (2, 3) or not all(part.isdigit() and len(part) <= 2 for part in clock):
        return None
    hour, minute, second = int(clock[0]), int(clock[1]), int(clock[2]) if len(clock) == 3 else 0
    zone = words[4] if len(words) > 4 else "-0000"
    if zone[:1] in "+-" and len(zone) == 5 and zone[1:].isdigit():
        offset = (int(zone[1:3]) * 60 + int(zone[3:])) * (-1 if zone[0] == "-" else 1)
    elif zone.lower() in _ZONES:
        offset = _ZONES[zone.lower()]
    else:
        return None
    if not (1 <= day <= 31 and hour < 24 and minute < 60 and second <= 60):
        return None
    return year, month, day, hour, minute, second, offset


def until_text(value: str, lang: str) -> str:
    """{until}: a report's date (Will-Retry-Until, RFC 3464 §2.3.9, an RFC 5322 date-time) as written in English; in
    Japanese the same instant in Japanese date order, its offset kept (session 42, CA42: a Japanese card said «再送は
    Wed, 2 Dec 2026 05:20:40 +0000 (UTC) まで»). A value that is not a date stays as written."""
    if lang != "ja":
        return value
    parsed = rfc5322_date(value)
    if parsed is None:
        return value
    year, month, day_of_month, hour, minute, second, minutes = parsed   # -0000: UTC, local zone unknown (RFC 5322)
    try:
        weekday = date(year, month, day_of_month).weekday()
    except ValueError:
        return value
    day = f"{year}年{month}月{day_of_month}日（{_JA_WEEKDAYS[weekday]}）"
    clock = f"{hour:02d}:{minute:02d}:{second:02d}"
    if minutes == 540:
        return f"日本時間 {day}{clock}"
    sign = "+" if minutes > 0 else "-"
    zone = "UTC" if minutes == 0 else f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{day}{clock} {zone}"


def period_text(period: Period, lang: str) -> str:
    """``5 days`` / ``5 日``."""
    unit = _cards()["units"][period.unit]
    if lang == "ja":
        return f"{period.n}{unit['ja']}"
    return f"{period.n} {unit['en'] if period.n == 1 else unit['en_plural']}"


def _timing_note(facts: Facts, lang: str, values: Mapping[str, str | None], who: str | None = None,
                 said: bool = False) -> str | None:
    """The first action: whether delivery goes on, and until when; None for reports that are not failures.
    ``said``: the card's cause already says what the sending server's retries do (``says_retries``)."""
    if facts.state is None:
        return None
    kb = _cards()
    # a send error: no mail server holds the message and retries it (timing_submission in cards.yaml)
    own = kb["timing_submission"].get(facts.state) if facts.context == "submission" else None
    if own is None and who not in (None, "nobody"):
        # session 41 (CA41): someone must act, so the retries alone do not get past it (timing_acting in cards.yaml)
        # session 41 (CA2-41): a cause that says it already gets the short line, not the same sentence twice
        own = kb["timing_acting_said" if said else "timing_acting"].get(facts.state)
    if own is None and said:
        # session 41 (CA3-41): nobody acts (or a delay notice) and the cause says the retries: timing_said in cards.yaml
        own = kb["timing_said"].get(facts.state)
    note: str = (own or kb["timing"][facts.state])[lang]
    return fill(note, values)


def known_wording(text: str | None, protocol: str) -> Mapping[str, Any] | None:
    """The ``known_replies`` entry whose words all occur in ``text`` (whitespace-insensitive), if any, in every
    language."""
    if not text:
        return None
    return _known_in(_SPACES.sub(" ", text).lower(), protocol, None)


def _known_in(haystack: str, protocol: str, lang: str | None) -> Mapping[str, Any] | None:
    """:func:`known_wording` for a text already lower-cased with its white space runs made single spaces; the entry
    with the texts of ``lang`` only (None: of every language)."""
    for first, rest, entry in _known(protocol, lang):
        if first in haystack and all(word in haystack for word in rest):
            return entry
    return None


@cache
def _known(protocol: str, lang: str | None) -> tuple[tuple[str, tuple[str, ...], Mapping[str, Any]], ...]:
    """(first word, other words, entry): the first word alone rules out most entries cheaply."""
    entries = section("known_replies") if lang is None else section_in("known_replies", lang)
    return tuple((e["match"][0], tuple(e["match"][1:]), e) for e in entries[protocol])


def _status_name(status: str, lang: str) -> str:
    """The registry's name of a status ("Bad destination mailbox address"), or "" when it has none."""
    key = status_key(status)
    code = grouped_entry("status_codes", key[2], lang) if key else None
    return str(code[lang]["name"]) if code else ""


@lru_cache(maxsize=1024)  # a few dozen codes occur in practice; the line depends on nothing else
def _status_line(status: str, lang: str) -> str:
    lines = _cards()["admin_lines"]
    registry = grouped_rest("status_codes", lang)  # (its classes and subjects; the code alone of its codes)
    key = status_key(status)
    if key is None or key[1] not in registry["subjects"]:
        template: str = lines["status_malformed"][lang]
        return template.format(code=status)
    klass = registry["classes"][key[0]][lang]["name"]
    subject = registry["subjects"][key[1]][lang]["name"]
    code = grouped_entry("status_codes", key[2], lang)
    if code is None:
        template = lines["status_unregistered"][lang]
        return template.format(code=status, klass=klass, subject=subject)
    template = lines["status"][lang]
    return template.format(
        code=status, klass=klass, subject=subject, name=code[lang]["name"], meaning=code[lang]["meaning"]
    )


@lru_cache(maxsize=1024)  # likewise
def _reply_line(reply: str, lang: str) -> str | None:
    if not _REPLY_RE.match(reply):
        return None
    lines = _cards()["admin_lines"]
    registry = section_in("reply_codes", lang)
    code = registry["codes"].get(reply)
    if code is not None:
        template: str = lines["reply"][lang]
        return template.format(code=reply, name=code[lang]["name"], meaning=code[lang]["meaning"])
    first = registry["first_digit"][reply[0]][lang]
    second = registry["second_digit"].get(reply[1])
    meaning = first if second is None else f"{first} ({second[lang]})" if lang == "en" else f"{first}（{second[lang]}）"
    template = lines["reply_class"][lang]
    return template.format(code=reply, meaning=meaning)


def _admin_details(facts: Facts, lang: str, hint: str | None, *, pop3: bool, reason: str | None,
                   provider_card: bool = False) -> str | None:
    lines_kb = _cards()["admin_lines"]
    out: list[str] = []
    if not pop3:
        if facts.status and facts.status_inferred:  # never glossed as if the server had sent it
            out.append(lines_kb["status_inferred"][lang].format(code=facts.status,
                                                                 name=_status_name(facts.status, lang)))
        elif facts.status:
            line = _status_line(facts.status, lang)
            if facts.status_from_reply_code and facts.reply:  # Sendmail's translation of the bare code
                line = lines_kb["status_from_reply_code"][lang].format(line=line, reply=facts.reply)
            elif provider_card and _status_name(facts.status, lang):
                line = lines_kb["provider_reading"][lang].format(line=line)
            out.append(line)
        if facts.reply:
            reply_line = _reply_line(facts.reply, lang)
            if reply_line:
                out.append(reply_line)
        if not facts.reply and (not facts.status or facts.status_inferred) and reason not in (
                "delivered", "vacation", "feedback"):
            out.append(lines_kb["no_code"][lang])
        phase = _cards()["commands"].get(facts.command or "")
        if phase is not None:
            out.append(lines_kb["command"][lang].format(phase=phase[lang]))
        if facts.remote:
            out.append(lines_kb["remote"][lang].format(remote=facts.remote))
    # Facts.text is normalised already: no second white-space pass
    # a generic gloss of the wording would contradict a card written for this provider's own reply
    known = _known_in(facts.text, "pop3" if pop3 else "smtp", lang) if facts.text and not provider_card else None
    if known is not None:
        out.append(lines_kb["known"][lang].format(meaning=known[lang]))
    if hint:
        out.append(hint)
    return "\n".join(out) if out else None


def _typo_hint(reason: str | None, facts: Facts, lang: str) -> str | None:
    """For an unknown recipient or domain: the common mail domain the recipient's domain is likely a slip for,
    said as a guess (typo.py), never as the server's word."""
    if reason not in ("hostunknown", "userunknown") or not facts.domain:
        return None
    guess = _suggest()(facts.domain)
    if guess is None:
        return None
    text: str = _cards()["typo_hint"][lang]
    return text.format(domain=facts.domain, suggestion=guess)


@cache
def _suggest() -> Callable[[str], str | None]:
    """typo.suggest, imported when a card first needs it (an import statement per card costs about 1 µs)."""
    from .typo import suggest

    return suggest


@cache
def _card_for() -> Callable[[str, str], Mapping[str, Any] | None]:
    """providers.card_for, imported when the first card is built (a POP3 answer's card needs no provider)."""
    from .providers import card_for

    return card_for


def reason_card(reason: str | None, lang: str) -> Mapping[str, Any] | None:
    """The ``card`` of ``data/reasons/<reason>.yaml``, with the texts of ``lang`` (knowledge.LANGS)."""
    if not reason:
        return None
    try:
        found: Mapping[str, Any] = card(f"reasons/{reason}", None, lang)
    except KeyError:
        return None
    return found


def _card_entry(finding: Finding, facts: Facts, topic: str | None,
                lang: str) -> tuple[Mapping[str, Any], bool, str | None, bool]:
    """Which card explains the finding: (the card's entry, whether it is a POP3 answer's, the reason whose card it
    is or stands for, whether it is a provider's card of its own reply).  A POP3 answer's topic names its card; a
    provider's own reply has the provider's card; else the reason's, and ``undefined``'s for a reason without one."""
    if finding.reason is None:
        if topic is not None and (entry := section("cards#topics").get(topic)) is not None:
            return entry, True, None, False
        if facts.rule == "pop3.unknown":
            # session 40 (CA40): a POP3 answer no topic names is still a POP3 answer, not an undelivered message
            return section("cards#pop3_unknown"), True, None, False
    reason = finding.reason
    own_card = reason_card(reason, lang)
    if own_card is None:
        reason, own_card = "undefined", reason_card("undefined", lang)
        assert own_card is not None, "data/reasons/undefined.yaml has a card"
    provider_card = _card_for()(facts.rule, lang)  # what this provider's own reply means
    if provider_card is not None:
        return provider_card, False, reason, True
    return own_card, False, reason, False


def build_card(finding: Finding, lang: str, *, topic: str | None = None, evidence: str | None = None,
               context: str = "bounce") -> Card:
    """The explanation card of one finding (``lang`` "ja" or "en"; anything else gives English).

    A POP3 answer has ``finding.reason`` None and names its ``topic``; an unknown reason or topic gets
    the ``undefined`` card rather than an error, because a card must always be shown.  ``evidence``: the
    words that decided, when they are not the diagnostic (a notice's own sentence).
    """
    lang = normalize_lang(lang)
    kb = _cards()
    facts = Facts.of(finding, context)
    entry, pop3, reason, provider_card = _card_entry(finding, facts, topic, lang)
    variant = pick_variant(entry, facts)
    texts: dict[str, Any] = dict(entry[lang])
    own: Mapping[str, Any] = variant.get(lang, {})
    if "title" in own:  # a different situation: the base hint for administrators may not fit it
        texts.pop("admin", None)
    texts.update(own)
    values = _Values(facts, lang)
    who: str = variant.get("who", entry["who"])
    title = fill(texts["title"], values)
    cause = fill(texts["cause"], values)
    actions = [fill(a, values) for a in texts["actions"]]
    hint = fill(texts["admin"], values) if texts.get("admin") else None

    if not pop3:
        phase = kb["phases"].get(facts.command or "")
        if entry.get("phase_sensitive") and phase is not None and "who" not in variant:
            cause = cause + _SENTENCE_GAP[lang] + phase[lang]
            who = phase.get("who", who)
        if facts.rule.startswith("evidence.") and not _reads_words(variant, facts):
            # read from words other servers use for the reason, and no card text names these words: a likelihood
            cause = cause + _SENTENCE_GAP[lang] + kb["evidence_note"][lang]
        typo = _typo_hint(reason, facts, lang)
        if typo:
            actions.insert(0, typo)
        said = bool(variant.get("says_retries", entry.get("says_retries", False)))
        note = (_timing_note(facts, lang, values, who, said) if variant.get("timing", entry.get("timing", True))
                else None)
        if note:
            actions.insert(0, note)
        if facts.state == "delayed" and not variant.get("says_delayed"):
            title = kb["delayed_title"][lang].replace("{title}", title)

    return Card(
        lang=lang,
        title=title,
        cause=cause,
        who=who,
        actions=actions,
        evidence=evidence if evidence is not None else finding.diagnostic,
        admin=_admin_details(facts, lang, hint, pop3=pop3, reason=reason, provider_card=provider_card),
        reason_name=reason_label(topic if pop3 else finding.reason, lang) or None,
    )


def unrecognised_card(lang: str, evidence: str | None) -> Card:
    """The card of a pasted text that is no reply whybounce knows (``whybounce line "hello world"``): it says
    so, and how to get an answer, instead of a reason and a timing it cannot know."""
    lang = normalize_lang(lang)
    entry = _cards()["unrecognised"]
    texts = entry[lang]
    return Card(lang=lang, title=texts["title"], cause=texts["cause"], who=entry["who"],
                actions=list(texts["actions"]), evidence=evidence, admin=None)
