"""Imports every module of the packages under test, so that atheris instruments all of them up front.

The core imports some modules lazily (``explain_bytes`` loads the engine on first use); imported here,
inside ``atheris.instrument_imports``, they are instrumented like the rest.
"""

from __future__ import annotations

import importlib
import pkgutil

import whybounce
import whybounce.formats

PACKAGES = ["whybounce", "whybounce.formats", "whybounce_host"]
SKIP = {"whybounce_host.__main__"}


def import_all() -> list[str]:
    """Import the modules of every package in ``PACKAGES`` that is installed; return their names."""
    names: list[str] = []
    for pkg_name in PACKAGES:
        try:
            pkg = importlib.import_module(pkg_name)
        except ImportError:
            continue
        for info in pkgutil.iter_modules(pkg.__path__, pkg_name + "."):
            if info.name in SKIP or info.ispkg:
                continue
            importlib.import_module(info.name)
            names.append(info.name)
    return names


MODULES = import_all()
__all__ = ["MODULES", "whybounce"]
