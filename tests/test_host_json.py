"""The host's JSON without ``json`` (``whybounce_host.jsontext``) reads and writes exactly what ``json`` does.

The host calls the interpreter's C scanner and encoder the way ``json.loads`` and ``json.dumps`` call them, so that
its start imports no ``re``.  Held here to ``json`` itself: the same values from the same text, the same error class,
message and position for text that is not JSON, the same bytes written, the same errors for values JSON cannot hold;
and the host's language-tag check to the pattern it stands for.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whybounce_host import jsontext
from whybounce_host.serve import is_language_tag

FAST = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)

TEXTS = ["", " ", "{}", " {} ", "{\"id\": 1, \"op\": \"explain\"}\n", "[1, 2", "{\"a\": 1} x", "{\"a\": 1}}",
         "NaN", "-Infinity", "[Infinity]", "\"\\ud800\"", "\"a\nb\"", "tru", "01", "1e400", "{\"a\" 1}", "\t\r\n[]\t",
         "{\"id\": 12345678901234567890}", "\"日本語\"", "[1,]", "{,}", "\ufeff{}", " \u00a0{}", "[" * 50 + "]" * 50]


def _outcome(read: object, text: str) -> object:
    try:
        return ("value", repr(read(text)))  # type: ignore[operator]
    except json.JSONDecodeError as exc:
        return ("error", exc.msg, exc.pos, exc.lineno, exc.colno)
    except ValueError as exc:
        return ("value-error", str(exc))


@pytest.mark.parametrize("text", TEXTS)
def test_loads_is_json_loads(text: str) -> None:
    assert _outcome(jsontext.loads, text) == _outcome(json.loads, text)


def _refuse(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


@pytest.mark.parametrize("text", ["NaN", "[1, -Infinity]", "{\"a\": Infinity}", "[1]"])
def test_loads_calls_parse_constant_as_json_does(text: str) -> None:
    mine = _outcome(lambda t: jsontext.loads(t, parse_constant=_refuse), text)
    assert mine == _outcome(lambda t: json.loads(t, parse_constant=_refuse), text)


def test_default_constants_are_json_s() -> None:
    assert math.isnan(jsontext.loads("NaN")) and jsontext.loads("[-Infinity]") == json.loads("[-Infinity]")


@FAST
@given(VALUES)
def test_written_and_read_as_json_writes_and_reads(value: object) -> None:
    for ascii_only in (False, True):
        mine = jsontext.dumps(value, ensure_ascii=ascii_only)
        assert mine == json.dumps(value, ensure_ascii=ascii_only, separators=(",", ":"), allow_nan=False)
        assert repr(jsontext.loads(mine)) == repr(json.loads(mine))


@FAST
@given(st.text(max_size=40))
def test_any_text_reads_as_json_reads_it(text: str) -> None:
    assert _outcome(jsontext.loads, text) == _outcome(json.loads, text)


@pytest.mark.parametrize("value", [float("nan"), [float("inf")], {"a": -math.inf}, {"a": {1, 2}}, object(), b"x",
                                   {(1, 2): 3}])
def test_values_json_cannot_write_fail_as_in_json(value: object) -> None:
    def outcome(write: object) -> object:
        try:
            return ("ok", write(value))  # type: ignore[operator]
        except (TypeError, ValueError) as exc:
            return (type(exc).__name__, str(exc))

    assert outcome(lambda v: jsontext.dumps(v, ensure_ascii=False)) == outcome(
        lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def test_a_lone_surrogate_is_written_as_json_writes_it() -> None:
    value = {"t": "a\ud800b"}
    assert jsontext.dumps(value, ensure_ascii=True) == json.dumps(value, separators=(",", ":"), allow_nan=False)
    assert jsontext.dumps("x\u00e9", ensure_ascii=False) == json.dumps("x\u00e9", ensure_ascii=False)


LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
LANG_CASES = ["en", "ja", "ja-JP", "en_US", "zh-Hant-TW", "en-a-b-c", "en-a-b-c-d", "e", "engl", "en-", "-en", "en--x",
              "en-123456789", "en-12345678", "ja\n", "én", "en-ü", "x1", "EN", "en US", "", "de-DE_x", "１２"]


@pytest.mark.parametrize("value", LANG_CASES)
def test_language_tags_are_the_pattern_s(value: str) -> None:
    assert is_language_tag(value) == bool(LANG.fullmatch(value))


@FAST
@given(st.text(alphabet=st.sampled_from([*"aZé1-_ \n", "\u0660"]), max_size=14))
def test_language_tags_are_the_pattern_s_generated(value: str) -> None:
    assert is_language_tag(value) == bool(LANG.fullmatch(value))


def test_errors_are_json_s_in_a_process_that_never_imported_json() -> None:
    """The C scanner finds ``JSONDecodeError`` only once ``json`` is imported; the host's first bad frame must still
    get json's error, not an internal one."""
    texts = ['{"a" 1}', "[1,]", '"a\x01b"', '{"a":1}}', "", "[1, 2", "{,}"]
    code = ("import sys\n"
            "from whybounce_host import jsontext\n"
            "assert 'json' not in sys.modules\n"
            "out = []\n"
            f"for text in {texts!r}:\n"
            "    try:\n"
            "        jsontext.loads(text)\n"
            "    except ValueError as exc:\n"
            "        out.append([type(exc).__name__, exc.msg, exc.pos])\n"
            "import json; print(json.dumps(out))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = []
    for text in texts:
        with pytest.raises(json.JSONDecodeError) as caught:
            json.loads(text)
        expected.append(["JSONDecodeError", caught.value.msg, caught.value.pos])
    assert json.loads(done.stdout) == expected
