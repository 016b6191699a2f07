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

from . import __version__
from .errors import WhybounceError
from .memo import cache

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from typing import Any

USAGE_ERROR = 2


EXIT_STATUS = """exit status:
  0    every input was read (ordinary mail is no error: it is reported as not-bounce; a folder holding
       no files is no error either: a note on stderr says so)
  1    some input could not be read (missing, unreadable, over 80 MiB): one line on stderr each,
       and the other inputs are still explained
  2    usage error
  130  interrupted (Ctrl-C)"""


def _parser() -> argparse.ArgumentParser:
    import argparse

    class _HelpFormatter(argparse.HelpFormatter):
        """Descriptions wrap to the terminal; text laid out by hand (examples, exit status) keeps its lines."""

        def _fill_text(self, text: str, width: int, indent: str) -> str:
            if "\n" in text:
                return "".join(indent + line for line in text.splitlines(keepends=True))
            return super()._fill_text(text, width, indent)

    fmt = _HelpFormatter
    p = argparse.ArgumentParser(
        prog="whybounce", formatter_class=fmt,
        description="Explain why an email bounced: for every recipient that failed, why, who has to act and "
                    "what to do, in Japanese or English. Nothing leaves your machine.",
        epilog="Run 'whybounce COMMAND --help' for a command's arguments, examples and exit status.")
    p.add_argument("--version", action="version", version=f"whybounce {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    e = sub.add_parser(
        "explain", formatter_class=fmt,
        help="explain bounce messages (.eml, mbox, maildir, folders, or - for stdin)",
        description="Read bounce messages and explain every recipient they report: the reason, who has to act "
                    "and what to do, with the server's own words. By default a readable card per message, "
                    "wrapped to the terminal's width (80 columns when the output is not a terminal). On a "
                    "terminal, long runs show their progress on stderr.",
        epilog="examples:\n"
               "  whybounce explain bounce.eml\n"
               "  whybounce explain --json ~/Mail/bounces.mbox > results.jsonl\n"
               "  whybounce explain --csv --lang ja maildir/ > bounces.csv\n"
               "  whybounce explain --summary ~/Mail/bounces.mbox\n\n" + EXIT_STATUS)
    e.add_argument("paths", nargs="+", metavar="PATH",
                   help="a message file (.eml), an mbox file, a maildir, a folder of messages (read with its "
                        "subfolders), or - for standard input; any number of them")
    out = e.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true",
                     help="one JSON object per message (JSON Lines); an unreadable input gives "
                          '{"source": ..., "error": ...}')
    out.add_argument("--csv", action="store_true",
                     help="one CSV row per recipient, plus one per message without recipients and per "
                          "unreadable input (its error column says why); headers and reason titles follow --lang")
    out.add_argument("--summary", action="store_true",
                     help="only counts: messages per kind, recipients per reason, failed recipients per domain "
                          "(memory stays flat however big the mailbox)")
    e.add_argument("--lang", choices=("ja", "en"),
                   help="language of the cards, CSV headers and summary (default: from the locale, "
                        "LC_ALL / LC_MESSAGES / LANG; English unless Japanese)")
    e.add_argument("--trace", action="store_true",
                   help="also show, per recipient, every reading the resolver saw and why the winner won")
    e.add_argument("-q", "--quiet", action="store_true",
                   help="no progress line on stderr (it is shown only on a terminal, once a run lasts a second)")
    ln = sub.add_parser(
        "line", formatter_class=fmt,
        help="explain one SMTP reply, POP3 -ERR answer or bounce fragment",
        description="Explain one pasted SMTP reply (\"550 5.1.1 ... User unknown\"), POP3 -ERR answer or "
                    "fragment of a bounce: the reason, who has to act and what to do.",
        epilog="examples:\n"
               '  whybounce line "550 5.1.1 <taro@example.jp>... User unknown"\n'
               '  whybounce line --json --lang ja "-ERR authentication failed"\n'
               "  whybounce line - < reply.txt\n"
               '  whybounce line --to taro@gmail.com "421 4.7.0 Try again later, closing connection."\n\n'
               "exit status:\n"
               "  0    explained (text that names no known reason still gets a best-effort card)\n"
               "  2    usage error, or empty text\n"
               "  130  interrupted (Ctrl-C)")
    ln.add_argument("text", metavar="TEXT", help="the text (quoting is optional: the words are joined), or - to read "
                                                 "it from stdin")
    ln.add_argument("--json", action="store_true", help="print the result as one JSON object")
    ln.add_argument("--lang", choices=("ja", "en"), help="language of the card (default: from the locale)")
    ln.add_argument("--trace", action="store_true",
                    help="also show every reading the resolver saw and why the winner won")
    ln.add_argument("--to", metavar="ADDRESS",
                    help="the recipient the reply was about: a reply alone does not say which provider gave it, "
                         "and the recipient's domain lets that provider's own knowledge apply")
    return p


def _lang(arg: str | None) -> str:
    try:
        from .i18n import pick_lang
    except ImportError:  # pragma: no cover - i18n ships with the package
        return arg or "en"
    return pick_lang(arg, os.environ)


def _render(result: dict[str, Any], lang: str, width: int | None = None) -> str:
    try:
        from .render import render_text
    except ImportError:  # pragma: no cover
        import json

        return json.dumps(result, ensure_ascii=False, indent=2)
    return render_text(result, lang, width)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _text_width(stream: Any) -> int:
    """The terminal's width for wrapped text; 80 columns when the output is not a terminal."""
    if _isatty(stream):
        import shutil

        return max(shutil.get_terminal_size((80, 24)).columns, 20)
    return 80


def _stdin_hint(lang: str) -> None:
    """Say so when a person at a terminal is expected to type (or paste) the input."""
    if _isatty(sys.stdin):
        from .i18n import cli_label

        eof = "Ctrl-Z, Enter" if os.name == "nt" else "Ctrl-D"
        print(cli_label("progress", "stdin", lang).format(eof=eof), file=sys.stderr)


@cache
def _freeze_at_exit() -> None:
    """When the process ends, its last garbage collection would walk every object still alive (modules, the
    knowledge base) only to free memory the system takes back anyway: frozen objects are not walked."""
    atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> int:
    _freeze_at_exit()
    argv = line_words(sys.argv[1:] if argv is None else argv)
    plain = plain_line_args(argv)
    args = _parser().parse_args(argv) if plain is None else None
    if sys.stdout is None:  # started with stdout closed (>&-)
        _error("standard output is closed")
        return 1
    try:
        if plain is not None:
            text, as_json, lang_arg = plain
            status = _line(text, as_json, _lang(lang_arg))
        elif args is None:
            raise AssertionError("argparse or the plain reading gives the arguments")
        elif args.command == "line":
            lang = _lang(args.lang)
            status = _line(args.text, args.json, lang, args.trace, args.to)
        else:
            status = _explain(args, _lang(args.lang))
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


def _empty_folder(path: str, lang: str) -> None:
    """Say that a folder named on the command line held no file: an empty or mistyped folder is no error (exit
    status 0, nothing could not be read), but silence would look like a run that found no bounce in it."""
    from .i18n import cli_label
    from .inputs import display_name
    from .render import plain

    print(cli_label("progress", "empty_folder", lang).format(source=plain(display_name(path))), file=sys.stderr)


def _drop_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's final flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def line_words(argv: list[str]) -> list[str]:
    """``whybounce line -ERR authentication failed`` unquoted: the run of words that is the text becomes one
    argument, as if it had been quoted (a text starting with "-", like a POP3 ``-ERR``, would otherwise read
    as an option).  Options (``--...``, ``-h``) and the values of ``--lang`` and ``--to`` are not text; only the first
    run is joined, so ``line a --json b`` stays an error.  Other commands are left alone."""
    if not argv or argv[0] != "line" or "--" in argv:
        return list(argv)
    out = ["line"]
    run: list[str] | None = None  # the words of the text, while they keep coming
    at = 0  # where the text stands in ``out`` (0: no text yet)
    words = iter(argv[1:])
    for word in words:
        if word.startswith("--") or word == "-h" or (word.startswith("-h") and not word[1:2].isupper()):
            run = None
            out.append(word)
            if word in ("--lang", "--to"):
                value = next(words, None)
                if value is not None:
                    out.append(value)
        elif run is not None:
            run.append(word)
            out[at] = " ".join(run)
        elif not at:
            run, at = [word], len(out)
            out.append(word)
        else:
            out.append(word)  # a second run of words: left for argparse to refuse
    if at and out[at].startswith("-") and out[at] != "-":
        # a text that starts like an option ("-ERR ..."): put it last, after "--", where argparse takes it as text
        out += ["--", out.pop(at)]
    return out


def plain_line_args(argv: list[str]) -> tuple[str, bool, str | None] | None:
    """(text, --json, --lang) for the plain forms of ``whybounce line``, read without argparse, whose import
    costs more than answering the line: one TEXT with ``--json``, ``--lang ja|en`` or ``--lang=ja|en`` in any
    order.  A TEXT is what argparse takes for one: ``-``, a word not starting with ``-``, or one starting with
    a single ``-`` (not ``-h``) that holds a space (``-ERR authentication failed``).  Anything else
    (``--help``, abbreviations, ``--``, an error) is None and goes to argparse, which then says exactly what
    it always said.  ``tests/test_cli_line_args.py`` holds the two readings together."""
    if not argv or argv[0] != "line":
        return None
    argv = line_words(argv)
    text: str | None = None
    as_json = False
    lang: str | None = None
    words = iter(argv[1:])
    for word in words:
        if word == "--" and text is None:
            rest = list(words)
            if len(rest) != 1:
                return None
            text = rest[0]
        elif word == "--json":
            as_json = True
        elif word == "--lang" or word.startswith("--lang="):
            value = word[7:] if word.startswith("--lang=") else next(words, None)
            if value not in ("ja", "en"):
                return None
            lang = value
        elif text is None and (not word.startswith("-") or word == "-"
                               or (" " in word and not word.startswith(("--", "-h")))
                               or word.upper().startswith("-ERR")):
            text = word
        else:
            return None
    return None if text is None else (text, as_json, lang)


def _line(text: str, as_json: bool, lang: str, trace: bool = False, to: str | None = None) -> int:
    from . import explain_line

    if to is not None:
        from .addresses import first

        bare = to.strip().strip("<>")
        if first(to) != bare:
            _error(f"--to needs one email address (name@domain), not {to!r}")
            return USAGE_ERROR
        to = bare

    if text == "-":
        from .inputs import read_stdin

        _stdin_hint(lang)
        item = read_stdin()
        if item.raw is None:
            _error(item.error or "cannot be read", "-")
            return 1
        text = item.raw.decode("utf-8", errors="replace")
    if not text.strip():
        from .i18n import cli_label

        print(cli_label("progress", "empty_text", lang), file=sys.stderr)
        return USAGE_ERROR
    result = explain_line(text, lang=lang, trace=trace, to=to).to_dict()
    if as_json:
        import json

        print(json.dumps(result, ensure_ascii=False, separators=(",", ":")))
    else:
        print(_render(result, lang, _text_width(sys.stdout)))
    return 0


def _results(paths: list[str], lang: str, trace: bool = False) -> Iterator[dict[str, Any]]:
    from . import explain_bytes
    from .inputs import iter_messages

    for path in paths:
        empty = True
        for item in iter_messages([path]):
            empty = False
            if item.error is not None:
                yield {"source": item.source, "error": item.error}
                continue
            assert item.raw is not None
            try:
                yield explain_bytes(item.raw, lang=lang, source=item.source, trace=trace).to_dict()
            except WhybounceError as exc:
                yield {"source": item.source, "error": str(exc)}
        if empty and path != "-" and os.path.isdir(path):
            yield {"source": path, "empty": True}


def _explain(args: argparse.Namespace, lang: str) -> int:
    import csv
    import json

    from . import table
    from .progress import Progress
    from .summary import Summary

    failed = False
    out = sys.stdout
    if "-" in args.paths:
        _stdin_hint(lang)
    # cards, JSON or CSV on the terminal are progress enough; --summary prints only at the end
    progress = Progress.for_terminal(sys.stderr, lang, quiet=args.quiet or (not args.summary and _isatty(out)))
    summary = Summary() if args.summary else None
    writer = csv.writer(out, lineterminator="\n") if args.csv else None
    if writer is not None:
        writer.writerow(table.header(lang))
    width = _text_width(out)
    for result in _results(args.paths, lang, args.trace):
        if "empty" in result:  # a folder with no file: a note, not a result (stdout keeps one line per message)
            progress.clear()
            _empty_folder(result["source"], lang)
            continue
        progress.step(result.get("source"))
        if "error" in result:
            failed = True
            progress.clear()
            _error(result["error"], result["source"])
        if summary is not None:
            summary.add(result)
        elif args.json:
            out.write(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n")
        elif writer is not None:
            writer.writerows(table.rows(result, lang))
        elif "error" not in result:
            out.write(_render(result, lang, width) + "\n")
    progress.clear()
    if summary is not None:
        out.write(summary.text(lang))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
