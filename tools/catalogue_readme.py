"""Rewrite the generated part of tests/fixtures/documented-replies/README.md from the catalogue files.

The counts in that README are checked by tests/test_catalogue_format.py; run this after editing the
catalogue:  .venv/bin/python tools/catalogue_readme.py
The held-out collection's README is rewritten the same way:  .venv/bin/python tools/catalogue_readme.py heldout
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

CATALOGUE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "documented-replies"
HELDOUT = CATALOGUE.with_name("documented-replies-heldout")
BEGIN, END = "<!-- generated:begin -->", "<!-- generated:end -->"


def reasons(entry: dict) -> list[str]:
    return entry["reason"] if isinstance(entry["reason"], list) else [entry["reason"]]


def generated(folder: Path = CATALOGUE) -> str:
    per_file: dict[str, int] = {}
    per_reason: Counter[str] = Counter()
    alternates: list[tuple[str, str, str]] = []
    total = 0
    for path in sorted(folder.glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]
        per_file[path.name] = len(entries)
        total += len(entries)
        for entry in entries:
            words = reasons(entry)
            per_reason[words[0]] += 1
            if len(words) == 2:
                alternates.append((entry["id"], words[0], words[1]))
    what = "catalogue" if folder == CATALOGUE else "held-out collection"
    out = [f"The {what} holds {total} entries in {len(per_file)} files.", "",
           "## Entries per file", "", "| file | entries |", "| --- | ---: |"]
    out += [f"| `{name}` | {n} |" for name, n in per_file.items()]
    out += ["", "## Entries per reason", "",
            "Counted by the best reason (the first of `[best, alternate]`).", "",
            "| reason | entries |", "| --- | ---: |"]
    out += [f"| `{word}` | {n} |" for word, n in sorted(per_reason.items(), key=lambda kv: (-kv[1], kv[0]))]
    out += ["", "## Entries with an alternate reason", "",
            f"{len(alternates)} entries give `[best, alternate]`; each says why in its `note`.", "",
            "| id | best | alternate |", "| --- | --- | --- |"]
    out += [f"| {eid} | {best} | {alt} |" for eid, best, alt in alternates]
    return "\n".join(out)


def main() -> None:
    folder = HELDOUT if sys.argv[1:] == ["heldout"] else CATALOGUE
    readme = folder / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{BEGIN}\n{generated(folder)}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
