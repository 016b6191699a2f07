"""Provider knowledge (``data/providers/<name>.yaml``): whose server answered, and what its own codes,
statuses, fixed sentences and header flags mean.

A provider (a mailbox provider, a filtering service, a product, or the notice format of one) is recognised
by the recipient's domain, the answering or reporting host, a token only its servers write, or the detector
that read its notice.  Its readings enter the resolver in the ``provider`` tier, above the general rules;
where it says nothing, the general rules decide.
"""

from __future__ import annotations

from .addresses import parent_lookup
from .grams import SliceIndex
from .knowledge import card, card_names, grouped_names, section, stored_slices
from .memo import cache
from .model import Evidence
from .patterns import lazy
from .smtp import fold, host_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .resolve import Candidate, Condition

_CODE = lazy(r"[A-Za-z0-9_\-]{1,40}")  # a provider's code token after its marker
_NON_DIGITS = lazy(r"\D")

# weights inside the provider tier: a code or a status the provider documents outranks its words (unless the
# status row is `shared`: given to several cases, where the provider's own sentence names which)
_CODE_WEIGHT = 10_000
_STATUS_WEIGHT = 5_000
_SHARED_STATUS_WEIGHT = 0  # a status marked ``shared``: any sentence of the provider's own outranks it


class Provider:
    """One ``data/providers/<name>.yaml``, ready to match (a plain class: nothing to pay for at start-up)."""

    __slots__ = ("_cards", "_sentences", "_spec", "code_ranges", "codes", "digits", "domains", "flags", "formats",
                 "has_sentences", "hosts", "markers", "name", "notice", "prefixes", "shared_statuses", "source",
                 "status_ranges", "statuses", "texts")

    def __init__(self, name: str, spec: dict[str, Any]) -> None:
        if spec.get("provider") != name:
            raise ValueError(f"data/providers/{name}.yaml names provider {spec.get('provider')!r}")
        rec = spec.get("recognise") or {}
        self.name = name
        self.source = spec.get("sources")
        self.domains = tuple(d.lower() for d in rec.get("domains") or ())
        self.hosts = tuple(h.lower() for h in rec.get("hosts") or ())
        self.texts = tuple(fold(t.lower()) for t in rec.get("text") or ())
        self.formats = frozenset(rec.get("formats") or ())
        codes = spec.get("codes") or {}
        self.markers = tuple(codes.get("after") or ())
        self.digits = int(codes.get("digits") or 0)
        # the rule id of each row names the row as written ("code.1300-1340", "status.5.7.606-649"), so a
        # card written for a row applies to every code it covers
        self.codes: dict[str, tuple[str, Any, str]] = {}
        self.prefixes: list[tuple[str, str, Any, str]] = []
        self.code_ranges: list[tuple[int, int, str, Any, str]] = []
        for row in codes.get("table") or ():
            key, reason, src = str(row["code"]), row["reason"], row.get("source")
            if key.endswith("*"):
                self.prefixes.append((key[:-1], reason, src, key))
            elif "-" in key and all(part.isdigit() for part in key.split("-", 1)):
                low, high = key.split("-", 1)
                self.code_ranges.append((int(low), int(high), reason, src, key))
            else:
                self.codes[key] = (reason, src, key)
        self.statuses: dict[str, tuple[str, Any, str]] = {}
        self.status_ranges: list[tuple[str, int, int, str, Any, str]] = []
        shared: set[str] = set()
        for row in spec.get("statuses") or ():
            code, reason, src = str(row["code"]), row["reason"], row.get("source")
            if row.get("shared"):
                shared.add(code)
            head, _, last = code.rpartition(".")
            if "-" in last:
                low, high = last.split("-", 1)
                self.status_ranges.append((head, int(low), int(high), reason, src, code))
            else:
                self.statuses[code] = (reason, src, code)
        # a status the provider documents with several sentences of different meaning: its sentence decides
        self.shared_statuses = frozenset(shared)
        self.has_sentences = bool(spec.get("sentences"))
        self._sentences: tuple[list[tuple[tuple[str, ...], int]], list[tuple[str, str, str, Any, Any]]] | None = None
        self.flags = tuple((f["field"].lower(), str(f["value"]).lower(), f["reason"],
                            f"provider.{name}.{_flag_rule(f)}",
                            f.get("source")) for f in spec.get("flags") or ())
        notice = spec.get("notice")
        self.notice = (notice["reason"], f"provider.{name}.notice", notice.get("source")) if notice else None
        self._spec = spec
        self._cards: dict[str, str] | None = None

    @property
    def sentences(self) -> tuple[list[tuple[tuple[str, ...], int]], list[tuple[str, str, str, Any, Any]]]:
        """The sentences as :class:`resolve.PhraseIndex` reads them, made when the provider is first recognised (most
        never are): (the folded pieces of a ``match`` item, the number of its sentence) and each sentence's row
        (:class:`resolve.Entry`'s arguments), from which the index makes an entry when its words first match, not
        one for each of the provider's sentences (build_knowledge checks every row's condition ahead)."""
        if self._sentences is None:
            from .resolve import match_items

            items: list[tuple[tuple[str, ...], int]] = []
            rows: list[tuple[str, str, str, Any, Any]] = []
            for s in self._spec.get("sentences") or ():
                items.extend((pieces, len(rows)) for pieces in match_items(s["match"]))
                rule = f"provider.{self.name}.{s['id']}"
                rows.append((s["reason"], rule, "provider", s.get("when"), s.get("source")))
            self._sentences = (items, rows)
        return self._sentences

    @property
    def cards(self) -> dict[str, str]:
        """Rule id -> the name of its card, built on first use (each card's texts are a section of their own)."""
        if self._cards is None:
            self._cards = _card_index(self.name, self._spec)
        return self._cards

    def code_reading(self, raw: str) -> tuple[str, str, Any, str] | None:
        """(reason, code as printed, source, the table's key) for the provider's own code in the server's text."""
        lowered = raw.lower()
        for marker in self.markers:
            pos = lowered.rfind(marker.lower())  # printed "OFR005_505" at one time, "ofr_506" at another
            if pos < 0:
                continue
            m = _CODE.match(raw, pos + len(marker))
            if not m:
                continue
            code = m.group(0)
            key = code
            if self.digits:
                key = _NON_DIGITS.sub("", code)[-self.digits:]
                if len(key) != self.digits:
                    continue
                for low, high, reason, src, row in self.code_ranges:
                    if low <= int(key) <= high and key not in self.codes:
                        return reason, marker.strip() + code, src, row
            if key in self.codes:
                reason, src, row = self.codes[key]
                return reason, marker.strip() + code, src, row
            for prefix, reason, src, row in self.prefixes:
                if key.startswith(prefix):
                    return reason, marker.strip() + code, src, row
        return None

    def status_reading(self, status: str | None) -> tuple[str, Any, str] | None:
        """(reason, source, the table's key) for a status this provider documents."""
        if not status:
            return None
        if status in self.statuses:
            return self.statuses[status]
        head, _, last = status.rpartition(".")
        for h, low, high, reason, src, row in self.status_ranges:
            if h == head and last.isdigit() and low <= int(last) <= high:
                return reason, src, row
        return None


def _card_index(name: str, spec: dict[str, Any]) -> dict[str, str]:
    """Rule id -> card name, from the ``card:`` of each entry and the names of the file's ``cards:`` (what a
    provider's own reply means for the person who sent the mail: who acts and what they do)."""
    cards = frozenset(card_names(f"providers/{name}"))
    out: dict[str, str] = {}
    rows: list[tuple[str, Any]] = []
    rows += [(f"code.{str(r['code']).lower()}", r) for r in (spec.get("codes") or {}).get("table") or ()]
    rows += [(f"status.{r['code']}", r) for r in spec.get("statuses") or ()]
    rows += [(str(r["id"]), r) for r in spec.get("sentences") or ()]
    rows += [(_flag_rule(f), f) for f in spec.get("flags") or ()]
    if spec.get("notice"):
        rows.append(("notice", spec["notice"]))
    for rule, row in rows:
        named = row.get("card")
        if named is None:
            continue
        if named not in cards:
            raise ValueError(f"data/providers/{name}.yaml: {rule} names card {named!r}, which cards: lacks")
        out[f"provider.{name}.{rule}"] = named
    return out


def _flag_rule(flag: dict[str, Any]) -> str:
    """The rule id's last part for a flag: its field and value ("x-spasign-ng")."""
    return f"{flag['field'].lower()}-{str(flag['value']).lower().replace(' ', '-')}"


def card_for(rule: str, lang: str) -> dict[str, Any] | None:
    """The provider card written for this rule id (``provider.microsoft.status.5.7.606-649``), if any, with the
    texts of ``lang`` (knowledge.LANGS)."""
    if not rule.startswith("provider."):
        return None
    p = provider(rule.split(".", 2)[1])
    name = None if p is None else p.cards.get(rule)
    return None if p is None or name is None else card(f"providers/{p.name}", name, lang)


def compile_index(specs: dict[str, Any]) -> dict[str, Any]:
    """What recognising a provider needs of every provider file (name -> content), by name: ``build_knowledge``
    stores it as ``providers#index``, so a process recognises providers without decoding every file and building
    every :class:`Provider` (a ``whybounce line`` or a bounce from an unknown host builds none).  ``domains``,
    ``hosts``, ``formats``: each key to the first provider (in name order) that lists it; ``texts``: (token,
    provider) in the providers' order; ``status_owners``: the providers with statuses of their own."""
    found = [Provider(name, spec) for name, spec in sorted(specs.items())]
    tables: dict[str, Any] = {"names": [p.name for p in found], "domains": {}, "hosts": {}, "formats": {}}
    for p in found:
        for key, values in (("domains", p.domains), ("hosts", p.hosts), ("formats", sorted(p.formats))):
            for value in values:
                tables[key].setdefault(value, p.name)
    tables["texts"] = [[t, p.name] for p in found for t in p.texts]
    tables["status_owners"] = [p.name for p in found if p.statuses or p.status_ranges]
    return tables


@cache
def _tables() -> dict[str, Any]:
    """The compiled ``providers#index`` (:func:`compile_index`); made from every file when the knowledge lacks it."""
    try:
        tables: dict[str, Any] = section("providers#index")
    except KeyError:
        tables = compile_index(section("providers"))
    return tables


@cache
def _by_name() -> dict[str, Provider]:
    """The providers built so far, by name (:func:`provider` adds each on its first use)."""
    return {}


@cache
def _names() -> frozenset[str]:
    return frozenset(_tables()["names"])


def provider(name: str) -> Provider | None:
    """The provider of ``data/providers/<name>.yaml``, built when first asked for (its file decoded then); None
    for a name no file has."""
    made = _by_name()
    found = made.get(name)
    if found is None and name in _names():
        found = made[name] = Provider(name, section(f"providers/{name}"))
    return found


@cache
def providers() -> tuple[Provider, ...]:
    """Every provider, in name order (for tools and tests: recognising one builds only that one)."""
    return tuple(provider(name) for name in _tables()["names"])  # type: ignore[misc]


@cache
def _registered() -> frozenset[str]:
    """The enhanced status codes of the IANA registry ("X.1.1", ...), from data/status_codes.yaml (their names
    only, ``status_codes#codes``)."""
    return frozenset(grouped_names("status_codes"))


def token_texts() -> list[str]:
    """The texts of the providers' tokens (glued.py's known words)."""
    return [t for t, _name in _tables()["texts"]]


@cache
def _text_tokens() -> tuple[SliceIndex, tuple[tuple[str, str], ...]]:
    """(token, provider name) for every token only one provider's servers write, in the providers' order."""
    tokens = tuple((t, name) for t, name in _tables()["texts"])
    return SliceIndex([t for t, _name in tokens], lambda: stored_slices("providers#slices")), tokens


def _named_in(text: str) -> list[Provider | None]:
    """The providers whose own tokens occur in ``text``, in the providers' order."""
    index, tokens = _text_tokens()
    return [provider(tokens[n][1]) for n in index.candidates(text) if tokens[n][0] in text]


@cache
def _status_owners() -> tuple[Provider, ...]:
    return tuple(provider(name) for name in _tables()["status_owners"])  # type: ignore[misc]


def _own_status_of(status: str) -> list[Provider]:
    """The providers that document ``status`` as their own, outside the IANA registry (Microsoft's 5.7.508):
    only their servers send it, so it names the provider even in a pasted reply."""
    if "X." + status.partition(".")[2] in _registered():
        return []
    return [p for p in _status_owners() if p.status_reading(status) is not None]


@cache
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(recipient domain -> provider name, host suffix -> provider name, format -> provider name); the first file
    wins."""
    tables = _tables()
    return tables["domains"], tables["hosts"], tables["formats"]


def _lookup(name: str | None, table: dict[str, str]) -> Provider | None:
    """The provider for ``name`` or for one of its parent domains (``mx1.mail.cox.net`` -> ``cox.net``)."""
    if not name or not table:
        return None
    found: str | None = parent_lookup(name.lower().rstrip("."), table)
    return None if found is None else provider(found)


def recognise(ev: Evidence, text: str = "", fmt: str | None = None, status: str | None = None,
              given_up_on: str | None = None) -> list[Provider]:
    """The providers whose knowledge applies to this recipient, most direct first: the detector's own format,
    the recipient's domain, the answering host, the reporting host, then a token in the reply or a status code
    only the provider uses (``status``, or ``given_up_on``: the status of the reply a final report's X.4.7 gave up
    on)."""
    by_domain, by_host, by_format = _index()
    named = by_format.get(fmt or "")
    found: list[Provider | None] = [
        None if named is None else provider(named),
        _lookup((ev.address or "").rpartition("@")[2], by_domain),
        _lookup(host_of(ev.remote_mta), by_host),
        _lookup(host_of(ev.reporting_mta), by_host),
    ]
    if text:
        found.extend(_named_in(text))
    for st in (status, given_up_on):
        if st:
            found.extend(_own_status_of(st))
    out: list[Provider] = []
    for p in found:
        if p is not None and p not in out:
            out.append(p)
    return out


@cache
def _candidate() -> type[Candidate]:
    """resolve.Candidate, looked up once: resolve imports this module, so this one cannot import it at the top."""
    from .resolve import Candidate

    return Candidate


def candidates(ev: Evidence, text: str, status: str | None, fmt: str | None,
               given_up_on: str | None = None) -> list[Candidate]:
    """The provider-tier readings of one recipient (``text`` is the lower-cased reply, see smtp.for_matching).
    ``given_up_on``: the status of the reply a final report's X.4.7 gave up on (Sendmail 8.17's Status 4.4.7 over
    "451 4.7.500 ..."), read as a provider's status too, as Exim's report (5.0.0, the reply's status read:
    resolve.cause_status) and Postfix's (the reply's status) of the same reply read it (session 47, X47)."""
    make = _candidate()
    out: list[Candidate] = []
    for p in recognise(ev, text, fmt, status, given_up_on):
        raw = ev.diagnostic or ""
        code = p.code_reading(raw) if p.markers and raw else None
        if code is not None:
            out.append(make(code[0], f"provider.{p.name}.code.{code[3].lower()}", "provider", code[1],
                            weight=_CODE_WEIGHT, source=code[2] or p.source))
        for said, st in ((status, p.status_reading(status)),
                         (given_up_on, p.status_reading(given_up_on) if given_up_on else None)):
            if st is not None:
                weight = _SHARED_STATUS_WEIGHT if st[2] in p.shared_statuses else _STATUS_WEIGHT
                out.append(make(st[0], f"provider.{p.name}.status.{st[2]}", "provider", f"status {said}",
                                weight=weight, source=st[1] or p.source))
        for field, value, reason, rule, src in p.flags:
            if (field, value) in ev.flags:
                out.append(make(reason, rule, "provider", f"{field}: {value}", weight=_CODE_WEIGHT,
                                source=src or p.source))
        if p.notice is not None and fmt in p.formats:
            reason, rule, src = p.notice
            out.append(make(reason, rule, "provider", f"a notice of {p.name}", source=src or p.source))
        if p.has_sentences and text:
            for entry, weight, pos, words in _sentence_index(p.name).find(text):
                cond: Condition | None = entry.condition
                if cond is not None and not cond.holds(ev, status, fmt):
                    continue
                out.append(make(entry.reason, entry.rule, "provider", words, weight=weight,
                                bound=cond is not None, pos=pos, source=entry.source or p.source))
    return out


@cache
def _sentence_index(name: str) -> Any:
    from .resolve import PhraseIndex

    p = provider(name)
    assert p is not None, name
    items, rows = p.sentences
    return PhraseIndex(items, [None] * len(rows), rows, chosen=lambda: stored_slices(f"providers/{name}#slices"))
