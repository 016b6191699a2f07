"""Run-time access to the knowledge base.

The YAML files in ``data/`` are the source; ``build_knowledge`` compiles them into one msgpack file so
that start-up neither imports yaml nor parses YAML.  Everything is loaded once, lazily.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
COMPILED = DATA_DIR / "knowledge.msgpack"


@cache
def knowledge() -> dict[str, Any]:
    import msgpack

    with COMPILED.open("rb") as fh:
        data: dict[str, Any] = msgpack.unpackb(fh.read(), raw=False, strict_map_key=False)
    return data


def section(name: str) -> Any:
    """A YAML file's content by stem (``cards``: data/cards.yaml), or a folder's files by stem (``reasons``)."""
    return knowledge()[name]
