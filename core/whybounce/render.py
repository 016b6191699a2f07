"""Human-readable text of a result: what ``whybounce explain`` and ``whybounce line`` print without --json.

Input is the contract JSON (``MessageResult.to_dict()``, ``LineResult.to_dict()`` or an error object), so
the text and the JSON can never disagree.  Labels are localised from ``data/cards.yaml``.  Everything
that came from the bounce is printed as plain text; control characters (ANSI escapes, bidi overrides)
are shown as visible escapes so a hostile bounce cannot drive the terminal.  Given a width (the CLI passes
the terminal's, or 80), long lines wrap with a hanging indent; the server's own words wrap too but stay
verbatim (``wrap.py``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from .i18n import label, normalize_lang, reason_label, who_label

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_COLON = {"en": ": ", "ja": "："}
_BULLET = "■ "
# Invisible characters that reorder or hide text on a terminal.
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class Line:
    """One output line before wrapping: its indent, its text, how far wrapped lines hang, and whether the
    text must survive wrapping verbatim (the server's words).  A plain class: ``typing.NamedTuple`` would
    import typing on the start-up path of ``whybounce line``."""

    __slots__ = ("hang", "indent", "text", "verbatim")

    def __init__(self, indent: int, text: str, hang: int = 2, verbatim: bool = False) -> None:
        self.indent = indent
        self.text = text
        self.hang = hang
        self.verbatim = verbatim

    def shifted(self, by: int) -> Line:
        return Line(self.indent + by, self.text, self.hang, self.verbatim)


def _lines_text(lines: Sequence[Line], width: int | None) -> str:
    out: list[str] = []
    for line in lines:
        if width is None or not line.text:
            out.append(" " * line.indent + line.text)
        else:
            from .wrap import wrap

            out.extend(wrap(line.text, width, line.indent, line.indent + line.hang, verbatim=line.verbatim))
    return "\n".join(out) + "\n"


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


def _facts_lines(finding: Mapping[str, Any], lang: str) -> list[str]:
    """The facts at a glance: the reason by name, whether delivery goes on, and the codes the bounce gave
    (a status whybounce inferred is marked as such, never shown as the server's)."""
    out: list[str] = []
    reason, topic = finding.get("reason"), finding.get("topic")
    if reason is not None:
        out.append(_field("reason", plain(reason_label(str(reason), lang)), lang))
    elif topic:
        out.append(_field("topic", plain(reason_label(str(topic), lang)), lang))
    timing = finding.get("timing")
    state = timing.get("state") if isinstance(timing, Mapping) else None
    if state:
        out.append(_field("state", label(f"state_{state}", lang), lang))
    sep = ", " if lang == "en" else "、"
    codes = [plain(finding["reply_code"])] if finding.get("reply_code") else []
    if finding.get("status"):
        status = plain(finding["status"])
        codes.append(label("inferred_code", lang).format(code=status) if finding.get("status_inferred") else status)
    if codes:
        out.append(_field("codes", sep.join(codes), lang))
    return out


def _shift(lines: Sequence[Line], by: int) -> list[Line]:
    return [line.shifted(by) for line in lines]


# The caption of the quoted words when they are not a mail server's reply: an auto-reply's, a complaint report's.
_EVIDENCE_LABELS = {"vacation": "evidence_vacation", "feedback": "evidence_feedback"}


def _card_lines(finding: Mapping[str, Any], lang: str, *, pop3: bool, given: str | None = None) -> list[Line]:
    """``given``: the pasted text of a `line` that is no reply, shown as the user's words."""
    card = finding.get("card")
    if not isinstance(card, Mapping):
        return [Line(2, label("no_card", lang))]
    lines = [Line(0, _BULLET + plain(card.get("title")))]
    lines.append(Line(2, _field("what_happened", plain(card.get("cause")), lang)))
    timing = finding.get("timing")
    report = not (isinstance(timing, Mapping) and timing.get("state"))
    who = who_label(card.get("who"), lang, pop3=pop3, report=report)
    lines.append(Line(2, _field("who", plain(who), lang)))
    actions: Sequence[Any] = card.get("actions") or ()
    if actions:
        lines.append(Line(2, label("what_to_do", lang) + _COLON[lang].rstrip()))
        for n, a in enumerate(actions, 1):
            number = f"{n}. "
            lines.append(Line(4, number + plain(a), hang=len(number)))
    evidence_key = "evidence_given" if given else _EVIDENCE_LABELS.get(str(finding.get("reason")), "evidence")
    lines.append(Line(2, label(evidence_key, lang) + _COLON[lang].rstrip()))
    evidence = given or card.get("evidence")
    if evidence:
        lines.append(Line(4, plain(evidence), hang=0, verbatim=True))
    else:
        lines.append(Line(4, label("no_evidence", lang)))
    admin = card.get("admin")
    if admin:
        lines.append(Line(2, label("admin", lang) + _COLON[lang].rstrip()))
        lines.extend(Line(4, plain(line)) for line in str(admin).splitlines())
    return lines


def _trace_lines(finding: Mapping[str, Any], lang: str) -> list[Line]:
    """``--trace``: every reading the resolver saw, best first; the first is the one that decided."""
    trace: Sequence[Mapping[str, Any]] = finding.get("trace") or ()
    if not trace:
        return []
    lines = [Line(0, label("trace", lang) + _COLON[lang].rstrip())]
    for n, c in enumerate(trace):
        mark = "→" if n == 0 else " "
        lines.append(Line(2, f"{mark} {plain(c.get('tier'))}: {plain(c.get('reason'))}  [{plain(c.get('rule'))}]"
                             f"  {plain(c.get('evidence'))}"))
    return lines


def _notes_lines(result: Mapping[str, Any], lang: str) -> list[Line]:
    """The result's warnings under their heading, one a line (a message's and a pasted line's alike)."""
    warnings: Sequence[Any] = result.get("warnings") or ()
    if not warnings:
        return []
    return [Line(0, label("notes", lang) + _COLON[lang].rstrip())] + [Line(2, f"- {plain(w)}") for w in warnings]


def _original_lines(original: Mapping[str, Any], lang: str) -> list[Line]:
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
    return [Line(0, label("original", lang) + _COLON[lang].rstrip())] + [Line(2, p) for p in parts]


def _render_error(result: Mapping[str, Any], lang: str, width: int | None) -> str:
    lines = []
    if result.get("source") is not None:
        lines.append(Line(0, _field("input", plain(result["source"]), lang)))
    lines.append(Line(0, label("error", lang) + _COLON[lang] + plain(result.get("error"))))
    return _lines_text(lines, width)


def _render_message(result: Mapping[str, Any], lang: str, width: int | None) -> str:
    lines: list[Line] = []
    if result.get("source") is not None:
        lines.append(Line(0, _field("input", plain(result["source"]), lang)))
    kind = str(result.get("kind") or "not-bounce")
    kind_text = label(kind, lang, "kinds")
    if result.get("format"):
        kind_text += f" [{label('format', lang)}{_COLON[lang]}{plain(result['format'])}]"
    lines.append(Line(0, _field("kind", kind_text, lang)))
    original = result.get("original")
    if isinstance(original, Mapping):
        lines.extend(_original_lines(original, lang))
    lines.extend(_notes_lines(result, lang))
    recipients: Sequence[Mapping[str, Any]] = result.get("recipients") or ()
    if not recipients:
        lines.append(Line(0, ""))
        lines.append(Line(0, label("not_bounce" if kind == "not-bounce" else "no_recipients", lang)))
        return _lines_text(lines, width)
    lines.append(Line(0, label("recipient_count", lang).format(count=len(recipients))))
    for n, finding in enumerate(recipients, 1):
        lines.append(Line(0, ""))
        address = plain(finding.get("address")) if finding.get("address") else label("unknown_recipient", lang)
        lines.append(Line(0, f"[{n}/{len(recipients)}] {address}"))
        lines.extend(Line(2, fact) for fact in _facts_lines(finding, lang))
        lines.extend(_shift(_card_lines(finding, lang, pop3=False), 2))
        lines.extend(_shift(_trace_lines(finding, lang), 2))
    return _lines_text(lines, width)


def _unrecognised(result: Mapping[str, Any]) -> bool:
    """A pasted text in which nothing is a reply's fact (line._unrecognised; the add-on's model.js unrecognised):
    no known words, no reply code, no status of the server's, no address, no stage."""
    status_given = bool(result.get("status")) and not result.get("status_inferred")
    return (result.get("rule") == "none.unknown-words" and result.get("protocol") != "pop3"
            and not (result.get("reply_code") or status_given or result.get("address") or result.get("command")))


def _render_line(result: Mapping[str, Any], lang: str, width: int | None) -> str:
    lines: list[Line] = []
    protocol = result.get("protocol")
    unrecognised = _unrecognised(result)
    if protocol and not unrecognised:  # a text that is no reply is no "part of a bounce" either
        lines.append(Line(0, _field("protocol", label(str(protocol), lang, "protocols"), lang)))
    if result.get("address"):
        lines.append(Line(0, _field("recipient", plain(result["address"]), lang)))
    if not unrecognised:  # its "onhold" is no finding (cards.unrecognised_card)
        lines.extend(Line(0, fact) for fact in _facts_lines(result, lang))
    lines.extend(_notes_lines(result, lang))
    lines.append(Line(0, ""))
    given = str(result.get("diagnostic") or "") if unrecognised else None  # the user's words, not a server's
    lines.extend(_card_lines(result, lang, pop3=protocol == "pop3" or bool(result.get("topic")), given=given))
    lines.extend(_trace_lines(result, lang))
    return _lines_text(lines, width)


def render_text(result: Mapping[str, Any], lang: str, width: int | None = None) -> str:
    """The text printed for one message result, one line result or one error object; wrapped to
    ``width`` columns when given."""
    lang = normalize_lang(lang)
    if "recipients" in result or "kind" in result:
        return _render_message(result, lang, width)
    if "error" in result and "card" not in result:
        return _render_error(result, lang, width)
    return _render_line(result, lang, width)
