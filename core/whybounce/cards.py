"""Explanation cards (lead's interim version: the card engineer replaces it with the YAML-driven one)."""

from __future__ import annotations

from .model import Card, Finding


def build_card(finding: Finding, lang: str, *, topic: str | None = None) -> Card:
    title = topic or finding.reason or "undefined"
    return Card(lang="ja" if lang == "ja" else "en", title=title, cause=title, who="nobody", actions=[],
                evidence=finding.diagnostic)
