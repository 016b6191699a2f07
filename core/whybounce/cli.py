"""The ``whybounce`` command: thin over the library; all I/O lives here and in ``inputs``.

Each subcommand imports what it needs when it runs: ``whybounce line`` is a start-up cost in every script
that calls it, so it reads its plain forms without argparse and loads neither the MIME layer nor the
detectors (``tests/test_startup_imports.py``).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
from functools import cache

from . import __version__
from .errors import WhybounceError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from typing import Any

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(prog="whybounce", description="Explain why an email bounced.")
    p.add_argument("--version", action="version", version=f"whybounce {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("explain", help="explain bounce messages (.eml, mbox, maildir, folders, or - for stdin)")
    e.add_argument("paths", nargs="+", metavar="PATH")
    out = e.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON object per message (JSON Lines)")
    out.add_argument("--csv", action="store_true", help="one CSV row per recipient")
    out.add_argument("--summary", action="store_true", help="counts per reason and per recipient domain")
    e.add_argument("--lang", choices=("ja", "en"), help="language of the cards (default: from the locale)")
    ln = sub.add_parser("line", help="explain one SMTP reply, POP3 -ERR answer or bounce fragment")
    ln.add_argument("text", metavar="TEXT", help="the text, or - to read it from stdin")
    ln.add_argument("--json", action="store_true", help="print the result as one JSON object")
    ln.add_argument("--lang", choices=("ja", "en"), help="language of the card (default: from the locale)")
    return p


def _lang(arg: str | None) -> str:
    try:
        from .i18n import pick_lang
    except ImportError:  # pragma: no cover - i18n ships with the package
        return arg or "en"
    return pick_lang(arg, os.environ)


def _render(result: dict[str, Any], lang: str) -> str:
    try:
        from .render import render_text
    except ImportError:  # pragma: no cover
        import json

        return json.dumps(result, ensure_ascii=False, indent=2)
    return render_text(result, lang)


@cache
def _freeze_at_exit() -> None:
    """When the process ends, its last garbage collection would walk every object still alive (modules, the
    knowledge base) only to free memory the system takes back anyway: frozen objects are not walked."""
    atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> int:
    _freeze_at_exit()
    plain = plain_line_args(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(argv) if plain is None else None
    try:
        if plain is not None:
            text, as_json, lang_arg = plain
            return _line(text, as_json, _lang(lang_arg))
        assert args is not None
        lang = _lang(args.lang)
        if args.command == "line":
            return _line(args.text, args.json, lang)
        return _explain(args, lang)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def plain_line_args(argv: list[str]) -> tuple[str, bool, str | None] | None:
    """(text, --json, --lang) for the plain forms of ``whybounce line``, read without argparse, whose import
    costs more than answering the line: one TEXT with ``--json``, ``--lang ja|en`` or ``--lang=ja|en`` in any
    order.  A TEXT is what argparse takes for one: ``-``, a word not starting with ``-``, or one starting with
    a single ``-`` (not ``-h``) that holds a space (``-ERR authentication failed``).  Anything else
    (``--help``, abbreviations, ``--``, an error) is None and goes to argparse, which then says exactly what
    it always said.  ``tests/test_cli_line_args.py`` holds the two readings together."""
    if not argv or argv[0] != "line":
        return None
    text: str | None = None
    as_json = False
    lang: str | None = None
    words = iter(argv[1:])
    for word in words:
        if word == "--json":
            as_json = True
        elif word == "--lang" or word.startswith("--lang="):
            value = word[7:] if word.startswith("--lang=") else next(words, None)
            if value not in ("ja", "en"):
                return None
            lang = value
        elif text is None and (not word.startswith("-") or word == "-"
                               or (" " in word and not word.startswith(("--", "-h")))):
            text = word
        else:
            return None
    return None if text is None else (text, as_json, lang)


def _line(text: str, as_json: bool, lang: str) -> int:
    from . import explain_line

    if text == "-":
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    if not text.strip():
        print("whybounce: nothing to explain (empty text)", file=sys.stderr)
        return USAGE_ERROR
    result = explain_line(text, lang=lang).to_dict()
    if as_json:
        import json

        print(json.dumps(result, ensure_ascii=False, separators=(",", ":")))
    else:
        print(_render(result, lang))
    return 0


def _results(paths: list[str], lang: str) -> Iterator[dict[str, Any]]:
    from . import explain_bytes
    from .inputs import iter_messages

    for item in iter_messages(paths):
        if item.error is not None:
            yield {"source": item.source, "error": item.error}
            continue
        assert item.raw is not None
        try:
            yield explain_bytes(item.raw, lang=lang, source=item.source).to_dict()
        except WhybounceError as exc:
            yield {"source": item.source, "error": str(exc)}


def _explain(args: argparse.Namespace, lang: str) -> int:
    import csv
    import json

    failed = False
    out = sys.stdout
    rows: list[dict[str, Any]] = []
    writer = None
    if args.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source", "kind", "address", "reason", "status", "reply_code", "command",
                         "temporary", "remote_mta", "diagnostic", "subject", "date"])
    for result in _results(args.paths, lang):
        if "error" in result:
            failed = True
            print(f"whybounce: {result['source']}: {result['error']}", file=sys.stderr)
            if args.json:
                out.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n")
            continue
        if args.json:
            out.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n")
        elif writer is not None:
            for f in result["recipients"]:
                writer.writerow([_cell(v) for v in (
                    result["source"], result["kind"], f["address"], f["reason"], f["status"],
                    f["reply_code"], f["command"], f["temporary"], f["remote_mta"], f["diagnostic"],
                    result["original"].get("subject"), result["original"].get("date"))])
        elif args.summary:
            rows.append(result)
        else:
            out.write(_render(result, lang) + "\n")
    if args.summary:
        out.write(_summary(rows, lang))
    return 1 if failed else 0


def _cell(value: Any) -> str:
    """CSV cell that a spreadsheet will never run as a formula."""
    s = "" if value is None else str(value)
    if s and s[0] in "=+-@\t\r":
        s = "'" + s
    return s


def _summary(results: list[dict[str, Any]], lang: str) -> str:
    import io
    from collections import Counter

    kinds = Counter(r["kind"] for r in results)
    reasons = Counter(f["reason"] for r in results for f in r["recipients"])
    domains = Counter((f["address"] or "?").rpartition("@")[2] for r in results for f in r["recipients"]
                      if r["kind"] in ("bounce", "delay"))
    ja = lang == "ja"
    buf = io.StringIO()
    buf.write(("メッセージ数" if ja else "messages") + f": {len(results)}\n")
    for k, n in kinds.most_common():
        buf.write(f"  {k}: {n}\n")
    buf.write(("理由ごとの宛先数" if ja else "recipients per reason") + ":\n")
    for k, n in reasons.most_common():
        buf.write(f"  {n:6d}  {k}\n")
    buf.write(("宛先ドメインごとの不達数" if ja else "failed recipients per domain") + ":\n")
    for k, n in domains.most_common():
        buf.write(f"  {n:6d}  {k}\n")
    return buf.getvalue()


if __name__ == "__main__":
    raise SystemExit(main())
