"""Answer objects and their encoding, cut down when needed to fit Thunderbird's 1 MB frame limit.

A result that is too large is trimmed in steps that lose as little as possible: first long texts
(diagnostics, card texts, warnings, the original's headers) are cut, more and more; only then are
trailing recipients left out.  Every step taken is said in the result's ``warnings``, so the user is
never shown a shortened explanation as if it were complete.
"""

from __future__ import annotations

from . import jsontext
from .framing import MAX_ANSWER_BYTES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

BAD_REQUEST = "bad-request"
TOO_LARGE = "too-large"
INTERNAL = "internal"

ELLIPSIS = "…"

TEXT_CAPS = (2000, 500, 160, 60, 20)
"""Successive limits, in characters, for the long texts of a result that does not fit."""

IDENTITY_CAP = 200
"""Limit for identifying fields (addresses, codes, ...) once cutting texts was not enough."""

LIST_CAPS = (50, 10)
"""Successive limits, in items, for the lists of a result (the original's To, a card's actions,
warnings), tried before any recipient is left out."""

IDENTITY_KEYS = frozenset(
    {"address", "reason", "status", "reply_code", "command", "remote_mta", "kind", "format", "lang",
     "who", "protocol", "topic", "source", "message_id"}
)
"""Fields that name or classify rather than describe: cut only as a last resort, since a cut address
or code is misleading where a cut explanation is merely shorter."""

NEVER_CUT_KEYS = frozenset({"warnings"})
"""Texts never cut: the result's warnings are the core's own short sentences, and a cut one would no longer
say what was left out (list caps still apply to them)."""

AnswerId = int | float | str | None


def ok(answer_id: AnswerId, result: dict[str, Any]) -> dict[str, Any]:
    """A successful answer."""
    return {"id": answer_id, "ok": True, "result": result}


def error(answer_id: AnswerId, code: str, message: str) -> dict[str, Any]:
    """A failed answer; ``message`` is for the user and must not quote the message being explained."""
    return {"id": answer_id, "ok": False, "error": {"code": code, "message": message}}


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON; falls back to ASCII escapes when a text holds a lone surrogate."""
    try:
        return jsontext.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return jsontext.dumps(obj, ensure_ascii=True).encode("ascii")


def encode_answer(answer: dict[str, Any], budget: int = MAX_ANSWER_BYTES) -> bytes:
    """Encode ``answer`` in at most ``budget`` bytes, trimming its result if it must."""
    data = dumps(answer)
    if len(data) <= budget:
        return data
    result = answer.get("result")
    if isinstance(result, dict):
        fitted = _fit_result(result, lambda r: _fits({**answer, "result": r}, budget))
        if fitted is not None:
            return fitted
    return dumps(error(answer.get("id"), INTERNAL, "the answer was too large to send, even after trimming"))


def _fits(answer: dict[str, Any], budget: int) -> bytes | None:
    data = dumps(answer)
    return data if len(data) <= budget else None


def _fit_result(result: dict[str, Any], attempt: Callable[[dict[str, Any]], bytes | None]) -> bytes | None:
    """Try ever smaller versions of ``result``; each carries warnings that say what was cut."""
    for cap in TEXT_CAPS:
        data = attempt(_with_warnings(_cap_texts(result, cap, None), [_cut_note(cap)]))
        if data is not None:
            return data
    texts_cut = _cap_texts(result, TEXT_CAPS[-1], None)
    smallest = _cap_texts(texts_cut, IDENTITY_CAP, None, identities=True)
    notes = [_cut_note(TEXT_CAPS[-1])]
    if smallest != texts_cut:
        notes.append(f"answer trimmed to fit Thunderbird's 1 MB limit: addresses, codes and other identifying "
                     f"fields longer than {IDENTITY_CAP} characters were cut")
    data = attempt(_with_warnings(smallest, notes))
    if data is not None:
        return data
    for cap in LIST_CAPS:
        shorter = _cap_lists(smallest, cap, None)
        note = f"answer trimmed to fit Thunderbird's 1 MB limit: lists were cut to their first {cap} items"
        data = attempt(_with_warnings(shorter, [*notes, note]))
        if data is not None:
            return data
    smallest = shorter
    notes.append(note)
    items = smallest.get("recipients")
    if not isinstance(items, list) or not items:
        return None
    total = len(items)

    def shortened(keep: int) -> bytes | None:  # a closure, not functools.partial: the host imports no functools
        return _keep_first(smallest, "recipients", total, notes, attempt, keep)

    best = shortened(0)
    if best is None:
        return None
    low, high = 0, total  # shortened(low) fits; with all of them it does not
    while high - low > 1:
        middle = (low + high) // 2
        data = shortened(middle)
        if data is None:
            high = middle
        else:
            low, best = middle, data
    return best


def _keep_first(
    result: dict[str, Any], key: str, total: int, notes: list[str],
    attempt: Callable[[dict[str, Any]], bytes | None], keep: int,
) -> bytes | None:
    """Try ``result`` with only the first ``keep`` items of the list ``key``."""
    items = result[key]
    note = f"answer trimmed to fit Thunderbird's 1 MB limit: only the first {keep} of {total} {key} are kept"
    return attempt(_with_warnings({**result, key: items[:keep]}, [*notes, note]))


def _cut_note(cap: int) -> str:
    return f"answer trimmed to fit Thunderbird's 1 MB limit: texts longer than {cap} characters were cut"


def _with_warnings(result: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """Append ``notes`` to the result's warnings (creating the list when the result has none)."""
    warnings = result.get("warnings")
    existing = warnings if isinstance(warnings, list) else []
    return {**result, "warnings": [*existing, *notes]}


def _cap_lists(value: Any, cap: int, key: str | None) -> Any:
    """Copy ``value`` with every list but the recipients cut to its first ``cap`` items."""
    if isinstance(value, dict):
        return {k: _cap_lists(v, cap, k) for k, v in value.items()}
    if isinstance(value, list):
        kept = value if key == "recipients" else value[:cap]
        return [_cap_lists(v, cap, None) for v in kept]
    return value


def _cap_texts(value: Any, cap: int, key: str | None, identities: bool = False) -> Any:
    """Copy ``value`` with its long strings cut to ``cap`` characters (identity fields only if asked)."""
    if isinstance(value, dict):
        return {k: _cap_texts(v, cap, k, identities) for k, v in value.items()}
    if isinstance(value, list):
        return [_cap_texts(v, cap, key, identities) for v in value]
    if (isinstance(value, str) and len(value) > cap and key not in NEVER_CUT_KEYS
            and (identities or key not in IDENTITY_KEYS)):
        return value[: cap - 1] + ELLIPSIS
    return value
