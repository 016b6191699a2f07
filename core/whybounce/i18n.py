"""Language choice and the localised labels of the text output.

Only two languages exist (``ja`` and ``en``); everything that is not Japanese falls back to English, so
a caller can pass any locale string without checking it first.  The labels themselves live in
``data/cards.yaml`` (sections ``ui``, ``kinds``, ``protocols``, ``who_labels``) and, for the command line's
tables, ``data/cli.yaml``, not in code.
"""

from __future__ import annotations

import os

from .knowledge import section, section_rest
from .memo import lru_cache

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping  # (annotations only: collections.abc imports collections)
    from typing import Any

LANGS = ("en", "ja")
DEFAULT_LANG = "en"
# POSIX precedence: the first of these that is set and non-empty decides the message language.
LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


def normalize_lang(lang: str | None) -> str:
    """``"ja"`` for any Japanese tag (``ja``, ``ja-JP``, ``ja_JP.UTF-8``), else ``"en"``."""
    if not lang:
        return DEFAULT_LANG
    primary = lang.strip().lower().replace("_", "-").split("-", 1)[0].split(".", 1)[0]
    return "ja" if primary == "ja" else DEFAULT_LANG


def pick_lang(cli_lang: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The output language: ``--lang`` if given, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    if cli_lang:
        return normalize_lang(cli_lang)
    env = os.environ if environ is None else environ
    for name in LOCALE_VARS:
        value = env.get(name)
        if value:
            return "ja" if value.strip().lower().startswith("ja") else DEFAULT_LANG
    return DEFAULT_LANG


def _cards() -> Mapping[str, Any]:
    data: Mapping[str, Any] = section_rest("cards")  # (the POP3 answers' cards apart: knowledge.APART)
    return data


def label(key: str, lang: str, group: str = "ui") -> str:
    """One localised label, e.g. ``label("what_to_do", "ja")`` or ``label("bounce", "en", "kinds")``."""
    entry = _cards()[group].get(key)
    if entry is None:
        return key
    text: str = entry[normalize_lang(lang)]
    return text


def who_label(who: str | None, lang: str, *, pop3: bool = False, report: bool = False) -> str:
    """Who must act, said to a sender (or, for a POP3 answer, to the mailbox owner).  ``report``: the finding
    is no failure (delivered, an auto-reply, a complaint), so "nobody" is not about retries."""
    labels = _cards()["who_labels_pop3" if pop3 else "who_labels"]
    if report and who == "nobody":
        labels = _cards()["who_labels_report"]
    entry = labels.get(who or "")
    if entry is None:
        return who or ""
    text: str = entry[normalize_lang(lang)]
    return text


def reason_title(reason: str | None, lang: str) -> str:
    """A reason's name for people (``userunknown`` -> "Unknown recipient", 「宛先不明」), as the CSV and
    ``--summary`` show it; a POP3 topic's card title.  The one place that knows where reason names come
    from; the reason word itself when there is none."""
    if not reason:
        return ""
    entry = _cards()["reason_names"].get(reason) or section("cards#topics").get(reason)
    if not isinstance(entry, dict):  # the knowledge's mappings are dicts (collections.abc imports collections)
        return reason
    found = entry[normalize_lang(lang)]
    title: str = found["title"] if isinstance(found, dict) else found
    return title


@lru_cache(maxsize=256)  # a few dozen reasons and topics, two languages
def reason_label(reason: str | None, lang: str) -> str:
    """The name with the reason word: "Unknown recipient (userunknown)", 「宛先不明（userunknown）」."""
    if not reason:
        return ""
    name = reason_title(reason, lang)
    if name == reason:
        return reason
    return f"{name}（{reason}）" if normalize_lang(lang) == "ja" else f"{name} ({reason})"


def cli_label(group: str, key: str, lang: str) -> str:
    """One label of the command line's tables (``data/cli.yaml``), e.g. ``cli_label("csv_columns", "reason", "ja")``."""
    text: str = section("cli")[group][key][normalize_lang(lang)]
    return text
