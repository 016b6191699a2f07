"""``whybounce line`` reads its plain forms without argparse (start-up time): that reading must be argparse's.

For every command line below, either ``plain_line_args`` leaves it to argparse (None), or it gives what
argparse gives.  The common forms must take the fast path, or it would be dead code.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
import yaml
from whybounce import cli

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "cases" / "seed-cases.yaml"

FAST = [
    ["line", "550 5.1.1 user unknown"],
    ["line", "--json", "550 5.1.1 user unknown"],
    ["line", "550 5.1.1 user unknown", "--json"],
    ["line", "--lang", "ja", "550 5.1.1 user unknown"],
    ["line", "--lang=en", "--json", "x"],
    ["line", "x", "--lang", "ja", "--lang", "en"],
    ["line", "--json", "--json", "x"],
    ["line", "-"],
    ["line", "-ERR authentication failed"],
    ["line", "-ERR [AUTH] Invalid login", "--lang", "ja"],
    ["line", ""],
    ["line", "user unknown --json"],
    ["line", "-5 x"],
    # unquoted: the words of the text are joined, and a text starting with "-" is still text
    ["line", "-ERR", "authentication", "failed"],
    ["line", "-ERR", "[AUTH]", "Invalid", "login", "--lang", "ja"],
    ["line", "--json", "550", "5.1.1", "<taro@example.jp>...", "User", "unknown"],
    ["line", "-ERR"],
    ["line", "-5"],
    ["line", "--", "-ERR"],
    ["line", "a", "b"],
    ["line", "x", "-"],
]
SLOW = [
    [],
    ["--version"],
    ["explain", "a.eml"],
    ["line"],
    ["line", "--help"],
    ["line", "-h"],
    ["line", "-help me"],
    ["line", "-hx y"],
    ["line", "--js", "x"],
    ["line", "--la", "ja", "x"],
    ["line", "--lang", "jp", "x"],
    ["line", "--lang", "x"],
    ["line", "--lang"],
    ["line", "--lang=", "x"],
    ["line", "--lang", "--json", "x"],
    ["line", "--json"],
    ["line", "a", "--json", "b"],
    ["line", "--json=1", "x"],
    ["line", "--version", "x"],
    ["line", "--j son", "x"],
    ["line", "--to", "taro@gmail.com", "421 x"],  # --to's value is not the text; argparse reads the option
    ["line", "421", "x", "--to", "taro@gmail.com"],
]


def _argparse(argv: list[str]) -> tuple[str, bool, str | None] | str:
    """What argparse makes of ``argv``: (text, --json, --lang) for ``line``, else the other outcome."""
    sink = io.StringIO()
    try:
        with contextlib.redirect_stderr(sink), contextlib.redirect_stdout(sink):
            args = cli._parser().parse_args(cli.line_words(argv))
    except SystemExit as exc:
        return f"exit {exc.code}"
    if args.command != "line":
        return args.command  # type: ignore[no-any-return]
    return args.text, args.json, args.lang


def _seed_inputs() -> list[list[str]]:
    """Every seed case's input, as the text of ``whybounce line``."""
    cases = yaml.safe_load(SEEDS.read_text(encoding="utf-8"))["cases"]
    return [["line", c["input"]] for c in cases]


@pytest.mark.parametrize("argv", FAST + SLOW + _seed_inputs(), ids=repr)
def test_fast_reading_is_argparse_reading(argv: list[str]) -> None:
    fast = cli.plain_line_args(argv)
    if fast is not None:
        assert fast == _argparse(argv)


@pytest.mark.parametrize("argv", FAST, ids=repr)
def test_common_forms_take_the_fast_path(argv: list[str]) -> None:
    assert cli.plain_line_args(argv) is not None


@pytest.mark.parametrize("argv", SLOW, ids=repr)
def test_everything_else_goes_to_argparse(argv: list[str]) -> None:
    assert cli.plain_line_args(argv) is None
