"""One md5 over every reading whybounce gives, so a speed change can show it changed none.

It dumps, in a fixed order, the full JSON (trace on, English and Japanese) of:

- every ``.eml`` and ``.txt`` under ``../shared/corpus`` and ``tests/fixtures`` read as a message;
- every entry of the documented catalogue and of its held-out collection as the Postfix bounce
  ``tests/documented.py`` makes of it;
- ``explain_line`` of every distinct diagnostic those findings hold and every catalogue reply;

and prints the counts and one md5 of all of it. It never prints a reading of its own, so it may read the
blind sets (it says nothing about which of their files are read wrongly). Run it with the installed venv:

    .venv/bin/python tools/reading_digest.py          # the md5 must be the same before and after a change
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from whybounce import explain_bytes, explain_line  # noqa: E402

from tests import documented  # noqa: E402

LANGS = ("en", "ja")


def _dump(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"


def message_files() -> list[Path]:
    folders = (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "fixtures")
    return [p for folder in folders for p in sorted(folder.rglob("*")) if p.suffix in (".eml", ".txt") and p.is_file()]


def main() -> int:
    digest = hashlib.md5()
    texts: set[str] = set()
    counts = {"files": 0, "catalogue": 0, "lines": 0}

    def explain(raw: bytes, label: str) -> None:
        for lang in LANGS:
            result = explain_bytes(raw, lang=lang, source=label, trace=True).to_dict()
            digest.update(_dump(result))
            for finding in result.get("recipients") or ():
                if finding.get("diagnostic"):
                    texts.add(finding["diagnostic"])

    for path in message_files():
        explain(path.read_bytes(), str(path.relative_to(ROOT.parent)))
        counts["files"] += 1
    for folder in (documented.CATALOGUE, documented.HELDOUT):
        for entry in documented.entries(folder):
            explain(documented.postfix_bounce(entry), f"{entry['file']}#{entry['id']}")
            texts.add(str(entry["reply"]))
            counts["catalogue"] += 1
    for text in sorted(texts):
        for lang in LANGS:
            digest.update(_dump(explain_line(text, lang=lang, trace=True).to_dict()))
        counts["lines"] += 1
    print(f"{counts['files']} files, {counts['catalogue']} catalogue replies, {counts['lines']} distinct lines "
          f"(each in {len(LANGS)} languages): md5 {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
