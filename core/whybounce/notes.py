"""Warnings that can be said in either language: ``note("recipients", n=1000)``.

A warning is an English sentence wherever it travels (the JSON's ``warnings``, tests, logs), because it is
a ``str``.  It also keeps its key and values, so the result can be given in the language asked for
(``localized``) from the templates of ``data/cards.yaml`` ``warnings``; a plain string (from older code or a
caller) stays as it is.
"""

from __future__ import annotations

from .i18n import normalize_lang
from .knowledge import section_rest

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Note(str):
    """An English warning that knows its template key and values."""

    key: str
    values: dict[str, Any]


def _templates() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = section_rest("cards")["warnings"]  # (knowledge.APART)
    return found


def note(key: str, **values: Any) -> Note:
    """The warning ``key`` (data/cards.yaml ``warnings``) with its values, as English text."""
    text = Note(_templates()[key]["en"].format(**values))
    text.key = key
    text.values = values
    return text


def localized(warning: str, lang: str) -> str:
    """``warning`` in ``lang`` ("en" or "ja"): from its template when it is a :class:`Note`."""
    lang = normalize_lang(lang)
    if lang == "en" or not isinstance(warning, Note):
        return warning
    template = _templates().get(warning.key)
    return template[lang].format(**warning.values) if template and lang in template else str(warning)
