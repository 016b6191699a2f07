"""Run-time access to the knowledge base, one section at a time.

The YAML files under ``data/`` are the source; ``build_knowledge`` compiles them into one msgpack file so
that start-up neither imports yaml nor parses YAML.  Sections, by where their YAML lives:

* ``data/NAME.yaml`` is the section ``NAME`` (its content);
* ``data/DIR/STEM.yaml`` is the section ``DIR/STEM`` (one file's content), and ``DIR`` is the section of
  the whole folder: a dict of ``STEM`` -> content, in file-name order (subfolders: ``SUB/STEM`` keys);
  a file's ``card`` is a section of its own instead, one per language: ``DIR/STEM#card/en`` holds the card with
  its English texts only (``card_part`` gives it whole), and each of a file's ``cards`` (name -> card) likewise
  ``DIR/STEM#cards/NAME/en``, with ``DIR/STEM#cards`` the list of the names; what only people read of a card (its
  variants' ``source``) is left out of those, in the one section :data:`CARD_NOTES` instead.
  A folder and a file of the same name cannot both exist.
* ``NAME#en`` (``section_in``): a file of :data:`BY_LANGUAGE` with the texts of one language only.

Layout of ``knowledge.msgpack``: first one msgpack map, the index ``{"format": 3, "sections": {name:
[offset, length]}}`` (offsets count from the end of the index), then one msgpack blob per section (format 1
held a provider's cards in one section, format 2 a card's texts in both languages).
A process reads the file's bytes once and decodes only the blobs of the sections it asks for, on first
use, so ``whybounce line`` never decodes what only a MIME bounce needs (and the other way round).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
COMPILED = os.path.join(DATA_DIR, "knowledge.msgpack")
FORMAT = 3
CARD_PARTS = ("card", "cards")
"""Keys of a folder's file kept as a section of their own, ``DIR/STEM#KEY`` (a reason's ``card``, a provider's
``cards``): the texts of one card are decoded only when a card needs them, not with the knowledge the resolver
reads on every start."""
PER_CARD = ("cards",)
"""Of those, the keys whose cards are each a section, ``DIR/STEM#KEY/NAME`` (``DIR/STEM#KEY`` lists the names):
showing one of a provider's cards decodes that card, not all of them."""
LANGS = ("en", "ja")
"""The languages of the card texts.  A card is compiled once per language, with the mappings keyed by the other
languages left out (``in_language``): a card shown in English decodes no Japanese (half of a card's bytes)."""
NOTES = "notes"
CARD_NOTES = "card-notes"
"""The section of what only people and tools read of the cards (each variant's ``source``), left out of their
sections per language, which a card being shown decodes: ``DIR/STEM#card`` (``DIR/STEM#cards/NAME``) -> that
card's notes, for ``card_part`` to merge back.  One section for all: one name in the index every start decodes."""
AS_TUPLES = frozenset({"reasons#table", "words#tables", "evidence#table"})
"""Sections decoded with their lists as tuples (msgpack's ``use_list=False``): tables of rows that the run time
only reads (``resolve.compile_table``, ``clauses.word_tables``, ``evidence.table_of``: each feature's (reason,
weight)), used as decoded, not copied into tuples."""
APART = {"cards": ("topics", "pop3_unknown")}
"""Keys of a file of ``data/`` (not in a folder) compiled as sections of their own too, ``NAME#KEY``, with
``NAME#rest`` the file without them (``section_rest``): a bounce's card reads ``cards#rest`` and never decodes the
POP3 answers' cards (34 KB of the 57).  ``NAME`` stays whole, for tools and tests."""
GROUPED = {"status_codes": "codes"}
"""Files of :data:`BY_LANGUAGE` whose mapping under the key named here is compiled in groups as well, by each entry's
name up to its last dot: ``NAME#en/KEY/X.1`` holds the English entries ``X.1.0`` to ``X.1.10``, ``NAME#en/rest``
the file's other keys in English, ``NAME#KEY`` the entries' names (``grouped_entry``, ``grouped_rest``,
``grouped_names``): a card quotes one status of the registry's 81, and decodes its subject's few."""
BY_LANGUAGE = ("known_replies", "reply_codes", "status_codes")
"""Files of ``data/`` (not in a folder) compiled once per language as well, ``NAME#en`` holding the English texts
only (``section_in``): a card's lines for administrators read one language of these registries, and a card shown
in English decodes no Japanese.  ``NAME`` stays whole, for tools and tests."""


class KnowledgeFile:
    """One compiled knowledge file: its bytes are read on first use, each section decoded on its own first use."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._index: dict[str, tuple[int, int]] | None = None
        self._blobs = memoryview(b"")
        self._loaded: dict[str, Any] = {}
        self._folders: dict[str, list[str]] | None = None

    def _open(self) -> dict[str, tuple[int, int]]:
        """The index (the file is read once; only the index is decoded here)."""
        if self._index is None:
            import msgpack

            with open(self.path, "rb") as fh:
                data = fh.read()
            # use_list=False: each [offset, length] a tuple, which the collector stops tracking, not one of 600 lists
            # every start would make it walk
            unpacker = msgpack.Unpacker(raw=False, strict_map_key=False, use_list=False)
            head = _index_of(unpacker, memoryview(data))
            if not isinstance(head, dict) or head.get("format") != FORMAT:
                raise RuntimeError(f"{self.path} is not a knowledge file of format {FORMAT}: run `make knowledge`")
            self._blobs = memoryview(data)[unpacker.tell():]
            self._index = head["sections"]  # name -> (offset, length), as decoded (600 sections: no copy)
        return self._index

    def _members(self, folder: str) -> list[str]:
        """The sections of the files under ``folder`` (``reasons/userunknown``, ...), sorted; [] when it is none.
        Every folder's are found in one pass over the index, the first time any folder is asked for."""
        if self._folders is None:
            folders: dict[str, list[str]] = {}
            for name in self._open():
                if "/" in name and "#" not in name:
                    parts = name.split("/")
                    for depth in range(1, len(parts)):  # each folder it is in (a subfolder is a section too)
                        folders.setdefault("/".join(parts[:depth]), []).append(name)
            for members in folders.values():
                members.sort()
            self._folders = folders
        return self._folders.get(folder, [])

    def names(self) -> list[str]:
        """Every section name: one per YAML file, and one per folder of them."""
        index = self._open()
        return sorted(set(index) | {name.split("/", 1)[0] for name in index if "/" in name})

    def section(self, name: str) -> Any:
        """One section (see the module's docstring for the names); KeyError when there is none."""
        value = self._loaded.get(name, _NONE)
        if value is not _NONE:
            return value
        import msgpack

        where = self._open().get(name)
        if where is not None:
            offset, length = where
            value = msgpack.unpackb(self._blobs[offset : offset + length], raw=False, strict_map_key=False,
                                    use_list=name not in AS_TUPLES)
        elif "#" in name:
            raise KeyError(name)  # a card part the file lacks (asked for again and again: no scan of the index)
        else:
            members = self._members(name)
            if not members:
                raise KeyError(name)
            cut = len(name) + 1
            value = {member[cut:]: self.section(member) for member in members}
        self._loaded[name] = value
        return value


INDEX_READ = 64 * 1024
"""How many bytes of the file the unpacker is first given to decode the index from (the index of 629 sections is
28 KB): it copies what it is fed into a buffer of its own, and the whole file (1.7 MB) cost a start 1.7 million
instructions to copy for an index at its head."""


def _index_of(unpacker: Any, data: memoryview) -> Any:
    """The first value of ``data`` (the index), the unpacker fed a piece at a time (each twice the one before)
    until it has the whole of it; ``unpacker.tell()`` is then where the index ends."""
    import msgpack

    fed = 0
    while True:
        size = max(INDEX_READ, fed)
        unpacker.feed(data[fed : fed + size])
        fed += size
        try:
            return unpacker.unpack()
        except msgpack.OutOfData:
            if fed >= len(data):
                raise


_NONE = object()  # what no section decodes to (a section may be None)
_SHIPPED = KnowledgeFile(COMPILED)


def section(name: str) -> Any:
    """One section of the shipped knowledge, decoded on its first use: ``section("cards")`` for
    ``data/cards.yaml``, ``section("reasons/userunknown")`` for one file of ``data/reasons/``,
    ``section("reasons")`` for all of them (``{"userunknown": ..., ...}``)."""
    return _SHIPPED.section(name)


def section_in(name: str, lang: str) -> Any:
    """One of :data:`BY_LANGUAGE` with the texts of ``lang`` (one of :data:`LANGS`) only, decoded on its first use."""
    return _SHIPPED.section(f"{name}#{lang}")


def section_rest(name: str) -> Any:
    """A file of :data:`APART` without its keys kept apart (``section(f"{name}#{key}")`` each), decoded on first use."""
    return _SHIPPED.section(f"{name}#rest")


def grouped_entry(name: str, entry: str, lang: str) -> Any:
    """One entry of a file of :data:`GROUPED` (``grouped_entry("status_codes", "X.1.1", "en")``) with the texts of
    ``lang``, or None when it has none; only its group is decoded."""
    try:
        return _SHIPPED.section(f"{name}#{lang}/{GROUPED[name]}/{entry.rpartition('.')[0]}").get(entry)
    except KeyError:
        return None


def grouped_rest(name: str, lang: str) -> Any:
    """A file of :data:`GROUPED` in ``lang`` without its grouped key (the status registry's classes and subjects)."""
    return _SHIPPED.section(f"{name}#{lang}/rest")


def grouped_names(name: str) -> list[str]:
    """The names of the entries of a file of :data:`GROUPED` (the registered statuses, ``X.1.1`` ...), none decoded."""
    names: list[str] = _SHIPPED.section(f"{name}#{GROUPED[name]}")
    return names


def stored_slices(name: str) -> dict[str, Any] | None:
    """An index of phrases as ``build_knowledge`` filed it (``reasons#slices``, ``providers#slices``,
    ``providers/NAME#slices``, ``status_codes#slices``: grams.filed), or None when it stored none (a tree of other
    data files)."""
    try:
        chosen: dict[str, Any] = _SHIPPED.section(name)
    except KeyError:
        return None
    return chosen


def card_part(name: str, key: str) -> Any:
    """The ``key`` part (``card`` or ``cards``) of the folder file ``name`` (``reasons/userunknown``) as written, in
    every language, or None; ``cards`` whole, name -> card (for tools and tests: the library asks for one card in
    one language, ``card_names``, ``card``)."""
    if key in PER_CARD:
        names = card_names(name, key)
        return {n: _all_languages(f"{name}#{key}/{n}") for n in names} if names else None
    try:
        return _all_languages(f"{name}#{key}")
    except KeyError:
        return None


def _all_languages(part: str) -> Any:
    """A card as written: its sections of every language (``part/en``, ...) and its notes (``part/notes``) merged."""
    merged: Any = None
    for lang in LANGS:
        value = _SHIPPED.section(f"{part}/{lang}")
        merged = value if merged is None else _merge(merged, value)
    try:
        notes = _SHIPPED.section(CARD_NOTES).get(part)
    except KeyError:
        notes = None  # no card has any
    return merged if notes is None else _merge(merged, notes)


def _merge(a: Any, b: Any) -> Any:
    """Two languages of one card merged (``in_language``'s parts put back together), or a card and its notes (an
    item of the notes that is None adds nothing)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = _merge(out[k], v) if k in out else v
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [_merge(x, y) for x, y in zip(a, b, strict=True)]
    return a


def in_language(value: Any, lang: str) -> Any:
    """``value`` without the mappings keyed by another of :data:`LANGS`, at any depth (the compiled card of
    ``lang``)."""
    if isinstance(value, dict):
        return {k: in_language(v, lang) for k, v in value.items() if k == lang or k not in LANGS}
    if isinstance(value, list):
        return [in_language(v, lang) for v in value]
    return value


def sections_of_language(lang: str) -> list[Any]:
    """Every card section in ``lang`` (one of :data:`LANGS`), decoded: whybounce's own texts in that language (the
    words glued.py never splits are those of the English ones)."""
    end = f"/{lang}"
    return [_SHIPPED.section(name) for name in sorted(_SHIPPED._open()) if name.endswith(end) and "#" in name]


def card_names(name: str, key: str = "cards") -> list[str]:
    """The names of the folder file's ``cards`` (``providers/microsoft``), none decoded; [] when it has none."""
    try:
        names: list[str] = _SHIPPED.section(f"{name}#{key}")
    except KeyError:
        return []
    return names


def card(name: str, card_name: str | None, lang: str) -> Any:
    """The folder file's ``card`` (``card_name`` None) or one of its ``cards``, with the texts of ``lang`` (one of
    :data:`LANGS`), decoded on its first use; KeyError when there is none."""
    part = f"{name}#card" if card_name is None else f"{name}#cards/{card_name}"
    return _SHIPPED.section(f"{part}/{lang}")


def knowledge() -> dict[str, Any]:
    """Every section of the shipped knowledge, by name (for tools and tests; the library asks for one at a time)."""
    return {name: _SHIPPED.section(name) for name in _SHIPPED.names() if "/" not in name}
