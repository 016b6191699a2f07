"""``explain --csv``: one row per recipient, one per message without recipients, one per unreadable input.

So the rows account for every input: a row's ``kind`` says what the message was (``not-bounce`` rows have
no address), and an input that could not be read has only ``source`` and ``error``.  Booleans are
``true``/``false``; ``--lang`` picks the header row and the ``reason_title`` and ``card_title`` columns (``who``
and ``state`` are the JSON's words: ``card.who`` and ``timing.state``).  Cells are
spreadsheet-safe (a leading ``= + - @``, tab or CR gets an apostrophe, as OWASP advises).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .i18n import cli_label, reason_title

COLUMNS = ("source", "kind", "address", "reason", "reason_title", "card_title", "who", "state", "status", "reply_code",
           "command", "temporary", "remote_mta", "diagnostic", "subject", "date", "error")


def header(lang: str) -> list[str]:
    return [cli_label("csv_columns", column, lang) for column in COLUMNS]


def cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will never run as a formula."""
    if value is None:
        return ""
    s = ("true" if value else "false") if isinstance(value, bool) else str(value)
    if s and s[0] in "=+-@\t\r":
        s = "'" + s
    return s


def rows(result: Mapping[str, Any], lang: str) -> Iterator[list[str]]:
    """The CSV rows of one result (a message, or an ``{"source", "error"}`` object)."""
    if "error" in result and "kind" not in result:
        yield [cell(result.get(c)) if c in ("source", "error") else "" for c in COLUMNS]
        return
    original = result.get("original") or {}
    base = {"source": result.get("source"), "kind": result.get("kind"), "subject": original.get("subject"),
            "date": original.get("date")}
    findings = result.get("recipients") or [{}]
    for finding in findings:
        values = {**base, **{c: finding.get(c) for c in COLUMNS if c in finding}}
        if finding:
            values["reason_title"] = reason_title(finding.get("reason"), lang)
            card = finding.get("card") or {}
            values["card_title"] = card.get("title")  # the card's heading, in the card's language
            values["who"] = card.get("who")
            values["state"] = (finding.get("timing") or {}).get("state")
        else:
            values["temporary"] = None
        yield [cell(values.get(c)) for c in COLUMNS]
