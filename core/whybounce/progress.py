"""A progress line on stderr for long ``explain`` runs: messages done, messages per second, the current input.

Shown only when stderr is a terminal (never in a pipe or a log file), only once a run has lasted
``DELAY`` seconds, redrawn at most every ``INTERVAL`` seconds on one line, and cleared before anything else
is written to stderr and at the end.  ``--quiet`` turns it off.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import TextIO

from .i18n import cli_label
from .render import plain
from .wrap import char_width, display_width

DELAY = 1.0
INTERVAL = 0.2


class Progress:
    def __init__(self, stream: TextIO, lang: str, *, enabled: bool,
                 clock: Callable[[], float] = time.monotonic, columns: int | None = None) -> None:
        self.stream = stream
        self.lang = lang
        self.enabled = enabled
        self.clock = clock
        self.columns = columns
        self.start = clock()
        self.done = 0
        self.next_draw = self.start + DELAY
        self.shown = False

    @classmethod
    def for_terminal(cls, stream: TextIO, lang: str, *, quiet: bool) -> Progress:
        """Enabled when ``stream`` is a terminal and the user did not ask for quiet."""
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        return cls(stream, lang, enabled=tty and not quiet)

    def step(self, source: object) -> None:
        """One more message done; ``source`` is the input it came from."""
        self.done += 1
        if not self.enabled:
            return
        now = self.clock()
        if now < self.next_draw:
            return
        self.next_draw = now + INTERVAL
        rate = self.done / max(now - self.start, 1e-9)
        template = cli_label("progress", "line", self.lang)
        fixed = template.format(done=f"{self.done:,}", rate=f"{rate:,.0f}", source="")
        room = max(self._width() - 1, 20) - display_width(fixed)  # the last column makes some terminals wrap
        self.stream.write("\r\x1b[K" + fixed + _tail(plain(source), room))
        self.stream.flush()
        self.shown = True

    def _width(self) -> int:
        if self.columns is not None:
            return self.columns
        return shutil.get_terminal_size((80, 24)).columns

    def clear(self) -> None:
        """Take the line away (before an error line, and at the end)."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _tail(text: str, room: int) -> str:
    """The end of ``text`` in at most ``room`` columns (a path's file name matters more than its folders)."""
    if display_width(text) <= room:
        return text
    kept: list[str] = []
    used = 1  # the ellipsis
    for ch in reversed(text):
        used += char_width(ch)
        if used > room:
            break
        kept.append(ch)
    return "…" + "".join(reversed(kept))
