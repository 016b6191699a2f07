"""Human-readable text of a result: what ``whybounce explain`` and ``whybounce line`` print without --json.

Input is the contract JSON (``MessageResult.to_dict()``, ``LineResult.to_dict()`` or an error object), so
the text and the JSON can never disagree.  Labels are localised from ``data/cards.yaml``.  Everything
that came from the bounce is printed as plain text; control characters (ANSI escapes, bidi overrides)
are shown as visible escapes so a hostile bounce cannot drive the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from .i18n import label, normalize_lang, who_label

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_COLON = {"en": ": ", "ja": "："}
_BULLET = "■ "
_INDENT = "  "
# Invisible characters that reorder or hide text on a terminal.
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain(value: object) -> str:
    """``value`` as one safe line: control and bidi characters become visible ``\\x..``/``\\u....`` escapes."""
    text = "" if value is None else str(value)
    out: list[str] = []
    for ch in text:
        if ch in _BIDI or (unicodedata.category(ch) == "Cc" and ch != "\t"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _field(key: str, value: str, lang: str) -> str:
    return f"{label(key, lang)}{_COLON[lang]}{value}"


def _state(finding: Mapping[str, Any], lang: str) -> str | None:
    # Reports are not failures, and an expired message is over whatever its last code said.
    if finding.get("reason") in ("delivered", "vacation", "feedback", "expired") or finding.get("topic"):
        return None
    return label("temporary" if finding.get("temporary") else "permanent", lang)


def _facts_line(finding: Mapping[str, Any], lang: str) -> str | None:
    """``Reason: userunknown (5.1.1, 550, permanent)``: the codes at a glance."""
    name = finding.get("reason")
    key = "reason"
    if name is None and finding.get("topic"):
        name, key = finding.get("topic"), "topic"
    if name is None:
        return None
    sep = ", " if lang == "en" else "、"
    extra = [plain(v) for v in (finding.get("status"), finding.get("reply_code")) if v]
    state = _state(finding, lang)
    if state:
        extra.append(state)
    tail = ""
    if extra:
        tail = f" ({sep.join(extra)})" if lang == "en" else f"（{sep.join(extra)}）"
    return _field(key, plain(name) + tail, lang)


def _card_lines(finding: Mapping[str, Any], lang: str, *, pop3: bool) -> list[str]:
    card = finding.get("card")
    if not isinstance(card, Mapping):
        return [_INDENT + label("no_card", lang)]
    lines = [_BULLET + plain(card.get("title"))]
    lines.append(_INDENT + _field("what_happened", plain(card.get("cause")), lang))
    lines.append(_INDENT + _field("who", plain(who_label(card.get("who"), lang, pop3=pop3)), lang))
    actions: Sequence[Any] = card.get("actions") or ()
    if actions:
        lines.append(_INDENT + label("what_to_do", lang) + _COLON[lang].rstrip())
        lines.extend(f"{_INDENT * 2}{n}. {plain(a)}" for n, a in enumerate(actions, 1))
    lines.append(_INDENT + label("evidence", lang) + _COLON[lang].rstrip())
    evidence = card.get("evidence")
    lines.append(_INDENT * 2 + (plain(evidence) if evidence else label("no_evidence", lang)))
    admin = card.get("admin")
    if admin:
        lines.append(_INDENT + label("admin", lang) + _COLON[lang].rstrip())
        lines.extend(_INDENT * 2 + plain(line) for line in str(admin).splitlines())
    return lines


def _original_lines(original: Mapping[str, Any], lang: str) -> list[str]:
    parts: list[str] = []
    if original.get("subject"):
        parts.append(_field("subject", plain(original["subject"]), lang))
    to = original.get("to")
    if to:
        names = to if isinstance(to, list) else [to]
        parts.append(_field("to", ", ".join(plain(t) for t in names), lang))
    if original.get("date"):
        parts.append(_field("date", plain(original["date"]), lang))
    if original.get("message_id"):
        parts.append(_field("message_id", plain(original["message_id"]), lang))
    if not parts:
        return []
    return [label("original", lang) + _COLON[lang].rstrip()] + [_INDENT + p for p in parts]


def _render_error(result: Mapping[str, Any], lang: str) -> str:
    lines = []
    if result.get("source") is not None:
        lines.append(_field("input", plain(result["source"]), lang))
    lines.append(label("error", lang) + _COLON[lang] + plain(result.get("error")))
    return "\n".join(lines) + "\n"


def _render_message(result: Mapping[str, Any], lang: str) -> str:
    lines: list[str] = []
    if result.get("source") is not None:
        lines.append(_field("input", plain(result["source"]), lang))
    kind = str(result.get("kind") or "not-bounce")
    kind_text = label(kind, lang, "kinds")
    if result.get("format"):
        kind_text += f" [{label('format', lang)}{_COLON[lang]}{plain(result['format'])}]"
    lines.append(_field("kind", kind_text, lang))
    original = result.get("original")
    if isinstance(original, Mapping):
        lines.extend(_original_lines(original, lang))
    warnings: Sequence[Any] = result.get("warnings") or ()
    if warnings:
        lines.append(label("notes", lang) + _COLON[lang].rstrip())
        lines.extend(f"{_INDENT}- {plain(w)}" for w in warnings)
    recipients: Sequence[Mapping[str, Any]] = result.get("recipients") or ()
    if not recipients:
        lines.append("")
        lines.append(label("not_bounce" if kind == "not-bounce" else "no_recipients", lang))
        return "\n".join(lines) + "\n"
    lines.append(label("recipient_count", lang).format(count=len(recipients)))
    for n, finding in enumerate(recipients, 1):
        lines.append("")
        address = plain(finding.get("address")) if finding.get("address") else label("unknown_recipient", lang)
        lines.append(f"[{n}/{len(recipients)}] {address}")
        facts = _facts_line(finding, lang)
        if facts:
            lines.append(_INDENT + facts)
        lines.extend(_INDENT + line for line in _card_lines(finding, lang, pop3=False))
    return "\n".join(lines) + "\n"


def _render_line(result: Mapping[str, Any], lang: str) -> str:
    lines: list[str] = []
    protocol = result.get("protocol")
    if protocol:
        lines.append(_field("protocol", label(str(protocol), lang, "protocols"), lang))
    if result.get("address"):
        lines.append(_field("recipient", plain(result["address"]), lang))
    facts = _facts_line(result, lang)
    if facts:
        lines.append(facts)
    lines.append("")
    lines.extend(_card_lines(result, lang, pop3=protocol == "pop3" or bool(result.get("topic"))))
    return "\n".join(lines) + "\n"


def render_text(result: Mapping[str, Any], lang: str) -> str:
    """The text printed for one message result, one line result or one error object."""
    lang = normalize_lang(lang)
    if "recipients" in result or "kind" in result:
        return _render_message(result, lang)
    if "error" in result and "card" not in result:
        return _render_error(result, lang)
    return _render_line(result, lang)
