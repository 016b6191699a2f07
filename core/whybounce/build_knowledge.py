"""Compile every YAML file under ``data/`` into ``data/knowledge.msgpack`` (``python -m whybounce.build_knowledge``).

Each file becomes one msgpack blob behind an index (the layout and the section names are described in
``knowledge.py``), so a process decodes only the sections it uses.  The compiled file ships in the
package; ``--check`` exits 1 when it is out of date with the YAML, which the test suite uses so a stale
cache can never be released.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import msgpack
import yaml

from .knowledge import (
    APART,
    BY_LANGUAGE,
    CARD_NOTES,
    CARD_PARTS,
    COMPILED,
    DATA_DIR,
    FORMAT,
    GROUPED,
    LANGS,
    NOTES,
    PER_CARD,
    in_language,
)


def sources(data_dir: str | os.PathLike[str] = DATA_DIR) -> dict[str, Path]:
    """Section name -> YAML file, for every ``*.yaml`` under ``data_dir`` (subfolders included)."""
    root = Path(data_dir)
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.yaml")):
        found[path.relative_to(root).with_suffix("").as_posix()] = path
    for name in found:
        if "/" in name and name.split("/", 1)[0] in found:
            folder = name.split("/", 1)[0]
            raise ValueError(f"{root / folder}.yaml and the folder {root / folder}/ would both be section {folder!r}")
    return found


# what only people and tools read (the library never does): left out of the compiled folder files, whose
# every entry the resolver decodes at start-up; the YAML keeps them, and tests/test_knowledge_sources.py
# checks them there
NOT_AT_RUN_TIME = frozenset({"source", "sources", "note", "means"})


def split_parts(name: str, content: Any) -> list[tuple[str, Any]]:
    """The sections one YAML file compiles to: a folder's file without what only people read, and its card
    texts (knowledge.CARD_PARTS) as sections of their own, one per language (``DIR/STEM#card/en``, with the
    other languages' texts left out: knowledge.in_language): the resolver reads every reason and provider file
    at start-up, a card needs one card in one language.  A provider's ``cards`` (name -> card) become one
    section per card and language, ``DIR/STEM#cards/NAME/en``, behind the list of their names,
    ``DIR/STEM#cards``: a provider documents dozens of replies (Microsoft's cards are 100 KB), and a bounce
    shows one of them.  A file of knowledge.APART is compiled whole, without its keys apart (``NAME#rest``) and
    each of those (``NAME#KEY``).  A file of knowledge.BY_LANGUAGE is compiled whole and once per language
    (``NAME#en``), and one of knowledge.GROUPED by its entries' groups as well."""
    if name in APART and isinstance(content, dict):  # whole, without its keys apart, and each of them
        apart = [key for key in APART[name] if key in content]
        return [(name, content), (f"{name}#rest", {k: v for k, v in content.items() if k not in apart}),
                *((f"{name}#{key}", content[key]) for key in apart)]
    if name in BY_LANGUAGE:  # whole, and once per language (knowledge.section_in)
        by_language = [(name, content), *((f"{name}#{lang}", in_language(content, lang)) for lang in LANGS)]
        key = GROUPED.get(name)
        if key and isinstance(content, dict) and isinstance(content.get(key), dict):  # and its entries by group
            groups: dict[str, dict[str, Any]] = {}
            for entry, value in content[key].items():
                groups.setdefault(str(entry).rpartition(".")[0], {})[entry] = value
            by_language.append((f"{name}#{key}", [str(entry) for entry in content[key]]))
            rest = {k: v for k, v in content.items() if k != key}
            for lang in LANGS:
                by_language.append((f"{name}#{lang}/rest", in_language(rest, lang)))
                by_language.extend((f"{name}#{lang}/{key}/{group}", in_language(entries, lang))
                                   for group, entries in groups.items())
        return by_language
    if "/" not in name or not isinstance(content, dict):
        return [(name, content)]
    parts: list[tuple[str, Any]] = []
    for key in CARD_PARTS:
        if key not in content:
            continue
        value = content[key]
        if key in PER_CARD and isinstance(value, dict):
            parts.append((f"{name}#{key}", list(value)))
            for card, text in value.items():
                parts.extend(_card_parts(f"{name}#{key}/{card}", text))
        else:
            parts.extend(_card_parts(f"{name}#{key}", value))
    rest = {k: _lean(v) for k, v in content.items() if k not in CARD_PARTS and k not in NOT_AT_RUN_TIME}
    return [(name, rest), *parts]


def _card_parts(part: str, card: Any) -> list[tuple[str, Any]]:
    """One card's sections: ``PART/LANG`` per language, without what only people read (the ``source`` of each
    variant: a third of a card's bytes, which a card being shown decoded for nothing), and ``PART/notes`` holding
    that, when there is any (:func:`_notes`); compile_sources gathers those into the one section
    knowledge.CARD_NOTES, and knowledge.card_part puts them back together."""
    parts = [(f"{part}/{lang}", _lean(in_language(card, lang))) for lang in LANGS]
    notes = _notes(card)
    if notes:
        parts.append((f"{part}/{NOTES}", notes))
    return parts


def _gather_notes(parts: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """``parts`` with every card's ``PART/notes`` taken out into one section, knowledge.CARD_NOTES (PART -> notes):
    a section of its own per card would add 250 names to the index that every start decodes."""
    kept: list[tuple[str, Any]] = []
    notes: dict[str, Any] = {}
    for name, value in parts:
        if name == CARD_NOTES:
            raise ValueError(f"a data file compiles to {CARD_NOTES!r}, the section of the cards' notes")
        if "#" in name and name.endswith(f"/{NOTES}"):
            notes[name.removesuffix(f"/{NOTES}")] = value
        else:
            kept.append((name, value))
    return [*kept, (CARD_NOTES, notes)] if notes else kept


def _notes(value: Any) -> Any:
    """What :func:`_lean` leaves out of ``value``, where it was: the keys of NOT_AT_RUN_TIME, in mappings holding
    no other key but those that lead to one; a list whose items hold any keeps its length (None for an item with
    none), so that knowledge._merge puts each back in its place.  None when ``value`` holds none."""
    if isinstance(value, dict):
        kept = {}
        for k, v in value.items():
            inner = v if k in NOT_AT_RUN_TIME else _notes(v)
            if inner is not None:
                kept[k] = inner
        return kept or None
    if isinstance(value, list):
        items = [_notes(v) for v in value]
        return items if any(item is not None for item in items) else None
    return None


def _lean(value: Any) -> Any:
    """``value`` without the keys of NOT_AT_RUN_TIME, at any depth."""
    if isinstance(value, dict):
        return {k: _lean(v) for k, v in value.items() if k not in NOT_AT_RUN_TIME}
    if isinstance(value, list):
        return [_lean(v) for v in value]
    return value


def phrase_slices(reasons: dict[str, Any]) -> dict[str, Any]:
    """The resolver's phrases filed under their windows' slices (grams.filed), here rather than in every process that
    reads many replies: the phrases as ``resolve.Knowledge`` lists them, from the compiled files."""
    from .grams import filed
    from .resolve import Knowledge

    return filed(Knowledge(reasons).index.slices.strings)


def provider_slices(providers: dict[str, Any]) -> list[tuple[str, Any]]:
    """What recognising a provider needs of every file (``providers#index``: providers.compile_index), and the
    providers' tokens (``providers#slices``, the tokens as ``providers._text_tokens`` lists them) and each
    provider's sentences (``providers/NAME#slices``, for a provider with more sentences than are always scanned)
    filed under their windows' slices as the phrases are (grams.filed), from the compiled files."""
    from .grams import SHORT_LIST, filed
    from .providers import Provider, compile_index
    from .resolve import Condition

    found = [Provider(name, spec) for name, spec in sorted(providers.items())]
    parts = [("providers#index", compile_index(providers)),
             ("providers#slices", filed([t for p in found for t in p.texts]))]
    for p in found:
        items, rows = p.sentences
        for _reason, _rule, _tier, when, _source in rows:
            if when:
                Condition(when)  # (checks its keys: a process makes a sentence's entry only when its words match)
        if len(items) > SHORT_LIST:
            parts.append((f"providers/{p.name}#slices", filed([pieces[0] for pieces, _n in items])))
    return parts


class _UniqueKeyLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses a key repeated in one mapping: YAML would keep the last silently, so a second
    card or entry under a name already used would replace the first without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"{key_node.start_mark}: the key {key!r} appears twice in one mapping")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(fh: Any) -> Any:
    """One knowledge file, with every mapping's keys unique."""
    return yaml.load(fh, Loader=_UniqueKeyLoader)  # a SafeLoader subclass: no arbitrary objects


def status_names(codes: dict[str, Any]) -> list[list[str]]:
    """[name, code] of each registered status whose English name (RFC 3463, RFC 4954, the IANA registry) says
    something of its own, lower-case and folded as the replies they are matched in: "bad destination mailbox
    address" is X.1.1 in words, and so is a name RFC 1893 gave before RFC 3463 renamed it (``former_names``:
    "Routing server failure" is X.4.3).  A subject's own name ("Other or undefined network or routing status",
    X.4.0) says its subject; X.0.0's says nothing and is left out, as are names of fewer than three words:
    "conversion failed" (X.6.5) or "syntax error" (X.5.2) occur in replies about other things."""
    from .smtp import fold

    out = []
    for code, spec in codes.items():
        if spec.get("deprecated") or code == "X.0.0":
            continue
        for raw in [spec["en"]["name"], *(f["name"] for f in spec.get("former_names") or ())]:
            name = " ".join(str(raw).lower().split())
            if len(name.split()) >= 3:
                out.append([fold(name), code])
    return sorted(out)


def compile_sources(data_dir: str | os.PathLike[str] = DATA_DIR) -> bytes:
    blobs: list[bytes] = []
    index: dict[str, list[int]] = {}
    offset = 0
    reasons: dict[str, Any] = {}
    providers: dict[str, Any] = {}
    words: Any = None
    status_codes: Any = None
    evidence: Any = None
    parts: list[tuple[str, Any]] = []
    for name, path in sources(data_dir).items():
        with path.open(encoding="utf-8") as fh:
            content: Any = load_yaml(fh)
        for part, value in split_parts(name, content):
            parts.append((part, value))
            if part.startswith("reasons/") and "#" not in part:
                reasons[part.split("/", 1)[1]] = value
            elif part.startswith("providers/") and "#" not in part:
                providers[part.split("/", 1)[1]] = value
            elif part == "words":
                words = value
            elif part == "status_codes":
                status_codes = value
            elif part == "evidence":
                evidence = value
    if reasons and all(isinstance(spec, dict) and "reason" in spec for spec in reasons.values()):
        from .resolve import compile_table

        parts.append(("reasons#table", compile_table(reasons)))  # what resolve.Knowledge is made from
        parts.append(("reasons#slices", phrase_slices(reasons)))  # (a tree of other files has none to derive)
    if providers and all(isinstance(spec, dict) and "provider" in spec for spec in providers.values()):
        parts.extend(provider_slices(providers))
    if isinstance(words, dict) and "subjects" in words:
        from .clauses import inner_words, sender_cues, verdict_words, word_sides, word_tables

        parts.append(("words#inner", sorted(inner_words(words))))
        parts.append(("words#verdicts", sorted(verdict_words(words))))
        parts.append(("words#standard", sorted((words.get("standard_texts") or {}).get("words") or ())))
        parts.append(("words#retry", sorted((words.get("retry_words") or {}).get("words") or ())))
        parts.append(("words#retry-not", sorted((words.get("retry_words") or {}).get("not_of") or ())))
        parts.append(("words#greeting-frame", sorted((words.get("greeting_frame_words") or {}).get("words") or ())))
        tables = word_tables(words)
        parts.append(("words#tables", tables))
        # what resolve tests before asking whether words are said of the sender (no clause index for that test)
        parts.append(("words#sender-cues", list(sender_cues(tables["subjects"]))))
        parts.append(("words#sides", word_sides(words)))
        parts.append(("words#recipient", [str(w) for w in words["subjects"]["recipient"]["words"]]))
    if isinstance(evidence, dict) and isinstance(evidence.get("rows"), list):
        from .evidence import table_of

        # what the evidence tier reads (evidence._table): feature -> (reason, weight), not the rows and families
        parts.append(("evidence#table", table_of(evidence["rows"])))
        if reasons:
            from .evidence import limited_by_hand, said_after_by_hand

            # the commands a derived row may vote at, where the hand-written word of its reason is limited (session 58)
            parts.append(("evidence#commands", limited_by_hand(evidence["rows"], reasons)))
            # the words after which a derived row does not vote, where the hand-written words of its reason do not
            # read (session 60)
            parts.append(("evidence#not-after", said_after_by_hand(evidence["rows"], reasons)))
    if isinstance(status_codes, dict) and "codes" in status_codes:
        from .grams import filed

        names = status_names(status_codes["codes"])
        parts.append(("status_codes#names", names))
        # resolve.Knowledge.status_name_index's names, filed here as the phrases are
        parts.append(("status_codes#slices", filed([name for name, _code in names])))
    for part, value in _gather_notes(parts):
        blob: bytes = msgpack.packb(value, use_bin_type=True)
        index[part] = [offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    head: bytes = msgpack.packb({"format": FORMAT, "sections": index}, use_bin_type=True)
    return head + b"".join(blobs)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    fresh = compile_sources()
    compiled = Path(COMPILED)
    if "--check" in args:
        if not compiled.exists() or compiled.read_bytes() != fresh:
            print(f"{compiled} is out of date: run python -m whybounce.build_knowledge", file=sys.stderr)
            return 1
        return 0
    replace_file(compiled, fresh)
    print(f"wrote {compiled} ({len(fresh)} bytes)")
    return 0


def replace_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` as ``path`` in one step: a sibling file renamed over it, so a process starting meanwhile (a
    host, a test) reads the old file or the new one whole, never one cut short while it is rewritten in place."""
    temporary = f"{os.fspath(path)}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as fh:
            fh.write(data)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


if __name__ == "__main__":
    raise SystemExit(main())
