"""Compile ``data/*.yaml`` into ``data/knowledge.msgpack`` (run: ``python -m whybounce.build_knowledge``).

The compiled file ships in the package; ``--check`` exits 1 when it is out of date with the YAML, which
the test suite uses so a stale cache can never be released.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import msgpack
import yaml

from .knowledge import COMPILED, DATA_DIR


def compile_sources(data_dir: Path = DATA_DIR) -> bytes:
    """Every ``data/*.yaml`` is a section named by its stem; every folder (``data/reasons/``) is a section
    mapping its files' stems to their content."""
    merged: dict[str, Any] = {}
    for path in sorted(data_dir.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            merged[path.stem] = yaml.safe_load(fh)
    for folder in sorted(p for p in data_dir.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        files: dict[str, Any] = {}
        for path in sorted(folder.glob("*.yaml")):
            with path.open(encoding="utf-8") as fh:
                files[path.stem] = yaml.safe_load(fh)
        merged[folder.name] = files
    packed: bytes = msgpack.packb(merged, use_bin_type=True)
    return packed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    fresh = compile_sources()
    if "--check" in args:
        if not COMPILED.exists() or COMPILED.read_bytes() != fresh:
            print(f"{COMPILED} is out of date: run python -m whybounce.build_knowledge", file=sys.stderr)
            return 1
        return 0
    COMPILED.write_bytes(fresh)
    print(f"wrote {COMPILED} ({len(fresh)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
