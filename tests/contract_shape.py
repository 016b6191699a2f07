"""Checks that a result has the shape of ``shared/contract.md``: keys, types and closed vocabularies.

Shared by the hostile-input tests, the property tests and the fuzz targets, so that "well-formed" means
the same thing everywhere.  The reason and POP3-topic vocabularies are read from ``shared/README.md``
(the source of truth), not copied here.  Each check raises ``ShapeError`` naming the offending path.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

KINDS = ("bounce", "delay", "delivered", "vacation", "feedback", "not-bounce")
WHO = ("sender", "sender-admin", "recipient", "recipient-admin", "nobody")
COMMANDS = ("CONN", "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT")
PROTOCOLS = ("smtp", "pop3", "bounce-text")
STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
REPLY_CODE = re.compile(r"[1-5]\d\d")


class ShapeError(AssertionError):
    """A result that breaks the contract."""


@cache
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(reason words, POP3 topics) as listed in shared/README.md."""
    text = (SHARED / "README.md").read_text(encoding="utf-8")
    reasons_part = text.split("## Bounce reasons", 1)[1].split("## POP3 topics", 1)[0]
    pop3_part = text.split("## POP3 topics", 1)[1]
    reasons = set(re.findall(r"^\| ([a-z]+) \|", reasons_part, re.MULTILINE)) - {"reason"}
    not_failures = reasons_part.split("Not failures", 1)[1]
    reasons |= set(re.findall(r"`([a-z]+)`", not_failures))
    topics = set(re.findall(r"`([a-z0-9-]+)`", pop3_part))
    if len(reasons) < 30 or len(topics) < 5:
        raise RuntimeError("could not read the vocabularies from shared/README.md")
    return frozenset(reasons), frozenset(topics)


def _fail(path: str, what: str, value: Any) -> ShapeError:
    return ShapeError(f"{path}: {what} (got {value!r:.200})")


def _opt_str(d: dict[str, Any], key: str, path: str, *, one_line: bool = False) -> None:
    if key not in d:
        raise _fail(path, f"missing key {key!r}", sorted(d))
    v = d[key]
    if v is not None and not isinstance(v, str):
        raise _fail(f"{path}.{key}", "must be str or null", v)
    if one_line and v is not None and ("\n" in v or "\r" in v):
        raise _fail(f"{path}.{key}", "must be one line", v)


def _encodable(obj: Any, path: str) -> None:
    """The CLI writes UTF-8 JSON: a lone surrogate would crash it at print time."""
    try:
        json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError) as exc:
        raise _fail(path, f"not writable as UTF-8 JSON: {exc}", obj) from exc


def check_card(card: Any, path: str) -> None:
    if not isinstance(card, dict):
        raise _fail(path, "card must be an object", card)
    if card.get("lang") not in ("en", "ja"):
        raise _fail(f"{path}.lang", "must be en or ja", card.get("lang"))
    for key in ("title", "cause"):
        if not isinstance(card.get(key), str):
            raise _fail(f"{path}.{key}", "must be str", card.get(key))
    if card.get("who") not in WHO:
        raise _fail(f"{path}.who", f"must be one of {WHO}", card.get("who"))
    actions = card.get("actions")
    if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
        raise _fail(f"{path}.actions", "must be a list of str", actions)
    _opt_str(card, "evidence", path)


def check_finding(f: Any, path: str, *, reason_may_be_null: bool = False) -> None:
    reasons, _ = vocabulary()
    if not isinstance(f, dict):
        raise _fail(path, "finding must be an object", f)
    for key in ("address", "remote_mta"):
        _opt_str(f, key, path)
    _opt_str(f, "diagnostic", path, one_line=True)
    reason = f.get("reason", "<missing>")
    if not (reason in reasons or (reason is None and reason_may_be_null)):
        raise _fail(f"{path}.reason", "not a word of the reason vocabulary", reason)
    status = f.get("status", "<missing>")
    if status is not None and not (isinstance(status, str) and STATUS.fullmatch(status)):
        raise _fail(f"{path}.status", "must be an enhanced status code or null", status)
    code = f.get("reply_code", "<missing>")
    if code is not None and not (isinstance(code, str) and REPLY_CODE.fullmatch(code)):
        raise _fail(f"{path}.reply_code", "must be a three-digit string or null", code)
    command = f.get("command", "<missing>")
    if command is not None and command not in COMMANDS:
        raise _fail(f"{path}.command", f"must be one of {COMMANDS} or null", command)
    if not isinstance(f.get("temporary"), bool):
        raise _fail(f"{path}.temporary", "must be a bool", f.get("temporary"))
    address = f["address"]
    if address is not None and (address.startswith("<") or address.endswith(">")):
        raise _fail(f"{path}.address", "must have no angle brackets", address)
    check_card(f.get("card"), f"{path}.card")


def check_message(d: Any) -> None:
    """One result of ``explain_bytes(...).to_dict()`` / ``whybounce explain --json``."""
    if not isinstance(d, dict):
        raise _fail("$", "result must be an object", d)
    _opt_str(d, "source", "$")
    if d.get("kind") not in KINDS:
        raise _fail("$.kind", f"must be one of {KINDS}", d.get("kind"))
    if d.get("is_bounce") is not (d["kind"] in ("bounce", "delay")):
        raise _fail("$.is_bounce", "must be true exactly for bounce and delay", d.get("is_bounce"))
    _opt_str(d, "format", "$")
    original = d.get("original")
    if not isinstance(original, dict):
        raise _fail("$.original", "must be an object", original)
    for key in ("message_id", "subject", "date"):
        if key in original and not isinstance(original[key], str):
            raise _fail(f"$.original.{key}", "must be str", original[key])
    if "to" in original and not (isinstance(original["to"], list)
                                 and all(isinstance(a, str) for a in original["to"])):
        raise _fail("$.original.to", "must be a list of str", original["to"])
    recipients = d.get("recipients")
    if not isinstance(recipients, list):
        raise _fail("$.recipients", "must be a list", recipients)
    if d["kind"] == "not-bounce" and recipients:
        raise _fail("$.recipients", "a not-bounce has no recipients", len(recipients))
    for i, f in enumerate(recipients):
        check_finding(f, f"$.recipients[{i}]")
    warnings = d.get("warnings")
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        raise _fail("$.warnings", "must be a list of str", warnings)
    _encodable(d, "$")


def check_line(d: Any) -> None:
    """One result of ``explain_line(...).to_dict()`` / ``whybounce line --json``."""
    _, topics = vocabulary()
    if not isinstance(d, dict):
        raise _fail("$", "result must be an object", d)
    protocol = d.get("protocol")
    if protocol not in PROTOCOLS:
        raise _fail("$.protocol", f"must be one of {PROTOCOLS}", protocol)
    check_finding(d, "$", reason_may_be_null=protocol == "pop3")
    topic = d.get("topic", "<missing>")
    if protocol == "pop3":
        if topic is not None and topic not in topics:
            raise _fail("$.topic", "not a POP3 topic of the vocabulary", topic)
    elif topic is not None:
        raise _fail("$.topic", "only a POP3 answer has a topic", topic)
    _encodable(d, "$")


def check_error_line(d: Any) -> None:
    """An input that could not be read: ``{"source": ..., "error": "..."}``."""
    if not isinstance(d, dict) or set(d) != {"source", "error"}:
        raise _fail("$", "an error result has exactly source and error", d)
    if not isinstance(d["error"], str) or not d["error"].strip() or "\n" in d["error"]:
        raise _fail("$.error", "must be a one-line non-empty str", d["error"])
