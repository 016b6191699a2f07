"""The ``whybounce`` command: thin over the library; all I/O lives here and in ``inputs``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from . import __version__
from .errors import WhybounceError

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
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
        return json.dumps(result, ensure_ascii=False, indent=2)
    return render_text(result, lang)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = _lang(args.lang)
    if sys.stdout is None:  # started with stdout closed (>&-)
        _error("standard output is closed")
        return 1
    try:
        if args.command == "line":
            status = _line(args.text, args.json, lang)
        else:
            status = _explain(args, lang)
        sys.stdout.flush()  # a full disk (> /dev/full) shows only now: report it here, not at exit
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as exc:
        _drop_stdout()
        _error(f"cannot write the output: {exc.strerror or type(exc).__name__}")
        return 1
    return status


def _error(text: str, source: str | None = None) -> None:
    """One ``whybounce:`` line on stderr; a file name is escaped as in the text output, so a name holding
    a newline or an escape sequence can neither forge a second line nor drive the terminal."""
    if source is not None:
        from .render import plain

        text = f"{plain(source)}: {text}"
    print(f"whybounce: {text}", file=sys.stderr)


def _drop_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's final flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def _line(text: str, as_json: bool, lang: str) -> int:
    from . import explain_line

    if text == "-":
        from .inputs import read_stdin

        item = read_stdin()
        if item.raw is None:
            _error(item.error or "cannot be read", "-")
            return 1
        text = item.raw.decode("utf-8", errors="replace")
    if not text.strip():
        print("whybounce: nothing to explain (empty text)", file=sys.stderr)
        return USAGE_ERROR
    result = explain_line(text, lang=lang).to_dict()
    if as_json:
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
            _error(result["error"], result["source"])
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
