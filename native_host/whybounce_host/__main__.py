"""``whybounce-host``: serve Thunderbird (the default), or ``install`` / ``uninstall`` / ``doctor``.

Thunderbird starts the host with two arguments (the manifest's path and the extension's id); any
start without one of the subcommands below serves frames on stdin/stdout, as the contract says.
Only the subcommands import argparse and friends: serving must start fast.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up)
if TYPE_CHECKING:
    from typing import BinaryIO

SUBCOMMANDS = ("install", "uninstall", "doctor")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m whybounce_host``."""
    args = sys.argv[1:] if argv is None else argv
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help", "--version")):
        from .cli import run_command

        return run_command(args)
    return run_server(args)


def run_server(args: list[str]) -> int:
    """Serve frames on the process's real stdin/stdout, with every stray write diverted to stderr."""
    closed = [name for fd, name in ((0, "input"), (1, "output")) if not _is_open(fd)]
    if closed:  # started with <&- or >&-: there is no port to serve, which is worth one line, not a traceback
        verb = "is" if len(closed) == 1 else "are"
        print(f"whybounce-host: standard {' and '.join(closed)} {verb} closed: no frames to serve", file=sys.stderr)
        return 1
    try:
        _quiet_warnings()
        stdin, stdout = claim_stdio()
        if os.isatty(stdin.fileno()):  # a person at a terminal, not Thunderbird: say what is going on
            print("whybounce-host: serving native-messaging frames on stdin, as for Thunderbird (Ctrl-D ends); "
                  f"commands: {', '.join(SUBCOMMANDS)}, --help", file=sys.stderr)
        from .serve import log_exception, serve
    except Exception as exc:  # e.g. a broken install, no file descriptors left: one line, not a traceback
        print(start_failure(exc), file=sys.stderr, flush=True)
        return 1
    try:
        return serve(stdin, stdout)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug in the loop itself: say where, not what was being read
        log_exception("the serving loop", exc)
        return 1


def start_failure(exc: BaseException) -> str:
    """The one line a failed start leaves on stderr (Thunderbird's error console shows it).

    Nothing has been read from the extension yet, so the error's own words (a path, a module's name) can be
    shown, with the user's home folder as ``~`` (the line may be pasted into a bug report); the place is the
    innermost frame's file and line.  Nothing is imported here: the start may have failed because no file
    could be opened."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}" if tb is not None else ""
    words = " ".join(str(exc).split())
    home = os.environ.get("HOME") or os.environ.get("USERPROFILE") or ""
    if len(home.rstrip("/\\")) > 1:
        words = words.replace(home.rstrip("/\\"), "~")
    if len(words) > 300:
        words = words[:299] + "…"
    return f"whybounce-host: cannot start: {type(exc).__name__}{': ' + words if words else ''}{where}"


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def claim_stdio() -> tuple[BinaryIO, BinaryIO]:
    """Take the real stdin/stdout for frames and point fds 0/1 elsewhere.

    Any later write to stdout, by print() in some library or by C code writing to fd 1, lands on
    stderr instead of corrupting a frame; anything reading stdin reads an empty file.
    """
    frames_in = os.dup(0)
    frames_out = os.dup(1)
    if sys.platform == "win32":
        import msvcrt

        msvcrt.setmode(frames_in, os.O_BINARY)
        msvcrt.setmode(frames_out, os.O_BINARY)
    null_in = _null(os.O_RDONLY)
    os.dup2(null_in, 0)
    os.close(null_in)
    try:
        os.dup2(2, 1)
    except OSError:  # no usable stderr: throw stray output away rather than into the frames
        null_out = _null(os.O_WRONLY)
        os.dup2(null_out, 1)
        os.close(null_out)
    sys.stdout = sys.stderr
    return os.fdopen(frames_in, "rb"), os.fdopen(frames_out, "wb")


def _null(mode: int) -> int:
    """A descriptor that reads as empty (``O_RDONLY``) or keeps writes away from the frames (``O_WRONLY``): the
    null device, or, where ``os.devnull`` cannot be opened, one end of a pipe whose other end is closed (reads
    find its end at once; a write fails with EPIPE, and Python ignores SIGPIPE).  Serving needs no null
    device: on session 38's fresh-Debian run a ``/dev/null`` that was briefly a dangling symlink failed a start."""
    try:
        return os.open(os.devnull, mode)
    except OSError:
        readable, writable = os.pipe()
        os.close(writable if mode == os.O_RDONLY else readable)
        return readable if mode == os.O_RDONLY else writable


def _quiet_warnings() -> None:
    """Report Python warnings by category and place only: their text may quote the message."""
    import warnings

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: object = None, line: str | None = None) -> None:
        where = f"{os.path.basename(filename)}:{lineno}"
        print(f"whybounce-host: {category.__name__} at {where}", file=sys.stderr)

    warnings.showwarning = show


if __name__ == "__main__":
    sys.exit(main())
