"""Every piece of knowledge names its source, and the sources it names hold (issue 13: generalise, don't fit).

- Each word list entry of data/reasons/*.yaml, each status, reply code, stage and action, and each code, status,
  sentence, flag and notice of data/providers/*.yaml has a source (its own, or its file's for providers).
- A source is an RFC, a document (an MTA's source or docs, a seed document), a vendor page (url), Sisimai's lists
  (credited in NOTICE), documented-reply catalogue entries, or corpus files.
- No entry rests on a single corpus file alone.
- Cited corpus files exist and contain the words; cited catalogue entries exist and (for word lists) their reply
  contains the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from contract_shape import vocabulary
from documented import entries as catalogue_entries
from whybounce.knowledge import DATA_DIR as _DATA_DIR
from whybounce.resolve import WORD_LISTS, match_items
from whybounce.smtp import fold

DATA_DIR = Path(_DATA_DIR)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "sisimai"
SOURCE_KINDS = frozenset({"url", "doc", "rfc", "sisimai", "corpus", "catalogue"})
SOURCE_KEYS = SOURCE_KINDS | {"title", "read", "file", "what"}
REASONS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DATA_DIR / "reasons").glob("*.yaml"))}
PROVIDERS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
             for p in sorted((DATA_DIR / "providers").glob("*.yaml"))}
CATALOGUE = {e["id"]: e for e in catalogue_entries()}


def sources_of(value: Any) -> list[dict[str, Any]]:
    """A ``source`` value as a list of mappings (one mapping, or a list of them)."""
    if value is None:
        return []
    return [value] if isinstance(value, dict) else list(value)


def word_entries() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for reason, spec in REASONS.items():
        for _tier, key in WORD_LISTS:
            for e in spec.get(key) or ():
                yield reason, key, e


def provider_entries() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name, spec in PROVIDERS.items():
        for row in (spec.get("codes") or {}).get("table") or ():
            yield name, f"code {row['code']}", row
        for row in spec.get("statuses") or ():
            yield name, f"status {row['code']}", row
        for row in spec.get("sentences") or ():
            yield name, f"sentence {row['id']}", row
        for row in spec.get("flags") or ():
            yield name, f"flag {row['field']}", row
        if spec.get("notice"):
            yield name, "notice", spec["notice"]


def test_reason_files_are_named_after_a_reason_of_the_vocabulary() -> None:
    reasons, _topics = vocabulary()
    for name, spec in REASONS.items():
        assert spec["reason"] == name and name in reasons, name


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_word_ids_are_unique_within_a_reason(reason: str) -> None:
    ids = [e["id"] for _tier, key in WORD_LISTS for e in REASONS[reason].get(key) or ()]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]


def _check_sources(where: str, srcs: list[dict[str, Any]]) -> list[str]:
    problems = []
    if not srcs:
        problems.append(f"{where}: no source")
    for s in srcs:
        if not isinstance(s, dict) or not (set(s) & SOURCE_KINDS):
            problems.append(f"{where}: a source without url/doc/rfc/sisimai/corpus/catalogue: {s!r}")
        elif set(s) - SOURCE_KEYS:
            problems.append(f"{where}: unknown source keys {sorted(set(s) - SOURCE_KEYS)}")
    kinds = {k for s in srcs if isinstance(s, dict) for k in s if k in SOURCE_KINDS}
    if kinds == {"corpus"}:
        files = {f for s in srcs for f in (s["corpus"] if isinstance(s["corpus"], list) else [s["corpus"]])}
        if len(files) < 2:
            problems.append(f"{where}: supported by one corpus file alone")
    return problems


def test_every_reason_entry_names_its_source() -> None:
    problems = []
    for reason, key, e in word_entries():
        problems += _check_sources(f"reasons/{reason} {key} {e['id']}", sources_of(e.get("source")))
    for reason, spec in REASONS.items():
        for key in ("statuses", "reply_codes", "stages", "actions", "retry_only"):
            for row in spec.get(key) or ():
                problems += _check_sources(f"reasons/{reason} {key} {row}", sources_of(row.get("source")))
    assert not problems, "\n".join(problems)


def test_every_provider_entry_names_its_source() -> None:
    problems = []
    for name, what, row in provider_entries():
        srcs = sources_of(row.get("source")) or sources_of(PROVIDERS[name].get("sources"))
        problems += _check_sources(f"providers/{name} {what}", srcs)
    assert not problems, "\n".join(problems)


def _cited(key: str, srcs: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for s in srcs:
        v = s.get(key) if isinstance(s, dict) else None
        out += [] if v is None else (v if isinstance(v, list) else [v])
    return [str(x) for x in out]


def _corpus_text(name: str) -> str | None:
    name = name.removeprefix("bounces/").removeprefix("unlabelled/")
    for sub in ("bounces", "unlabelled", "not-bounces"):
        path = CORPUS / sub / name
        if path.exists():
            raw = path.read_bytes().decode("utf-8", "replace")
            return " ".join(re.sub(r"=\r?\n", "", raw).split()).lower()
    return None


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
def test_cited_corpus_files_exist_and_hold_the_words() -> None:
    problems = []
    for reason, _key, e in word_entries():
        plain = [p[0] for p in match_items(e["match"]) if len(p) == 1]
        for f in _cited("corpus", sources_of(e.get("source"))):
            text = _corpus_text(f)
            if text is None:
                problems.append(f"reasons/{reason} {e['id']}: no corpus file {f}")
            elif plain and not any(p in text for p in plain):
                problems.append(f"reasons/{reason} {e['id']}: {f} does not contain {plain}")
    for name, what, row in provider_entries():
        for f in _cited("corpus", sources_of(row.get("source")) or sources_of(PROVIDERS[name].get("sources"))):
            if _corpus_text(f) is None:
                problems.append(f"providers/{name} {what}: no corpus file {f}")
    assert not problems, "\n".join(problems)


def test_cited_catalogue_entries_exist_and_hold_the_words() -> None:
    problems = []
    for reason, _key, e in word_entries():
        items = match_items(e["match"])
        for cid in _cited("catalogue", sources_of(e.get("source"))):
            entry = CATALOGUE.get(cid)
            if entry is None:
                problems.append(f"reasons/{reason} {e['id']}: no catalogue entry {cid}")
                continue
            # folded as the resolver reads a reply (smtp.for_matching), so an accented reply holds its folded phrase
            reply = fold(" ".join(str(entry["reply"]).split()).lower())
            if not any(all(piece in reply for piece in pieces) for pieces in items):
                problems.append(f"reasons/{reason} {e['id']}: catalogue {cid} does not contain {e['match']}")
    for name, what, row in provider_entries():
        for cid in _cited("catalogue", sources_of(row.get("source"))):
            if cid not in CATALOGUE:
                problems.append(f"providers/{name} {what}: no catalogue entry {cid}")
    assert not problems, "\n".join(problems)
