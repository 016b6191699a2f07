"""The layout a newcomer reads names every module there is: README.md's "Layout" each module of the core (the
detectors of ``formats/`` are one per file, found by name), docs/host.md's tables each host module and test file.

Why: the lists drifted as modules were added (session 51, RV51, found eleven core modules, onpath.py and three host
test files missing); a module added without a line in the docs now fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# files that are no module a reader looks for: the package marker, ``python -m``'s entry, the version string
NOT_LISTED = {"__init__.py", "__main__.py", "_version.py"}


def _section(text: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same level."""
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:end if end >= 0 else len(text)]


def _modules(folder: str) -> list[str]:
    return sorted(p.name for p in (ROOT / folder).glob("*.py") if p.name not in NOT_LISTED)


LAYOUT = _section((ROOT / "README.md").read_text(encoding="utf-8"), "## Layout")
HOST_DOC = (ROOT / "docs" / "host.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", _modules("core/whybounce"))
def test_readme_layout_names_the_module(name: str) -> None:
    assert f"`{name}`" in LAYOUT, f"README.md's Layout does not name {name}"


@pytest.mark.parametrize("name", _modules("native_host/whybounce_host"))
def test_host_doc_names_the_module(name: str) -> None:
    assert f"| `{name}`" in HOST_DOC or f", `{name}`" in HOST_DOC, f"docs/host.md's module table does not name {name}"


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests").glob("test_host_*.py")))
def test_host_doc_names_the_test(name: str) -> None:
    assert f"| `{name}` |" in HOST_DOC, f"docs/host.md's test table does not name {name}"
