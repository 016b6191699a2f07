"""Wrapping text to a terminal's width, counting columns as a terminal does (CJK characters take two).

Lines break after spaces, and between Japanese (or other wide) characters except before closing
punctuation such as 、。」） or after opening punctuation such as 「（ (a simple kinsoku).  A word longer
than the line is cut where the line ends.  In ``verbatim`` mode (a server's own words) nothing is dropped:
the spaces at a break stay at the end of the line, so joining the pieces gives back the exact text.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

NO_LINE_START = frozenset(
    "、。，．,.:;!?！？）」』】〉》〕］｝〙〗・ー…‥%％"  # closing punctuation and marks
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"  # small kana
)
NO_LINE_END = frozenset("（「『【〈《〔［｛〘〖")


def char_width(ch: str) -> int:
    """Columns one character takes on a terminal: 2 for wide (CJK), 0 for combining marks, else 1."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)  # no ASCII character is wide, combining or a format character
    return sum(char_width(ch) for ch in text)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _pieces(text: str) -> list[str]:
    """``text`` cut at every place a line may break; the pieces keep their trailing spaces."""
    return _ascii_pieces(text) if text.isascii() else _general_pieces(text)


def _general_pieces(text: str) -> list[str]:
    """``_pieces`` character by character: a break before a word after white space, and around a wide character
    unless the punctuation beside it may not start or end a line."""
    pieces: list[str] = []
    start = 0
    for i in range(1, len(text)):
        prev, cur = text[i - 1], text[i]
        if cur.isspace():
            continue
        if prev.isspace() or (
            (_wide(prev) or _wide(cur)) and cur not in NO_LINE_START and prev not in NO_LINE_END
        ):
            pieces.append(text[start:i])
            start = i
    pieces.append(text[start:])
    return pieces


def _ascii_pieces(text: str) -> list[str]:
    """``_pieces`` of ASCII text, where no character is wide: cut before each word that follows white space (the
    words ``str.split`` finds, whose white space is ``str.isspace``'s), without a step per character."""
    cuts = [0]
    at = 0
    for word in text.split():
        at = text.find(word, at)  # only white space lies between the previous word's end and this one
        if at:
            cuts.append(at)
        at += len(word)
    cuts.append(len(text))
    return [text[a:b] for a, b in pairwise(cuts)]


def _cut(piece: str, room: int) -> tuple[str, str]:
    """The longest head of ``piece`` that fits in ``room`` columns (at least one character), and the rest."""
    used = 0
    for i, ch in enumerate(piece):
        used += char_width(ch)
        if used > room and i > 0:
            return piece[:i], piece[i:]
    return piece, ""


def wrap(text: str, width: int, indent: int = 0, hang: int | None = None, *, verbatim: bool = False) -> list[str]:
    """``text`` as lines of at most ``width`` columns: the first indented by ``indent`` spaces, the others by
    ``hang`` (default: the same).  In verbatim mode ``"".join(line[indent or hang:] ...)`` is ``text``."""
    hang = indent if hang is None else hang
    lines: list[str] = []
    line = ""
    used = 0
    margin = indent

    def room() -> int:
        return max(width - margin, 8)

    def flush() -> None:
        nonlocal line, used, margin
        lines.append(" " * margin + (line if verbatim else line.rstrip()))
        line, used, margin = "", 0, hang

    def need(piece: str) -> int:
        # spaces at a break vanish, except in verbatim mode, where they must fit on the line too
        return display_width(piece if verbatim else piece.rstrip())

    for piece in _pieces(text):
        if line and used + need(piece) > room():
            flush()
        while need(piece) > room() - used:
            body = piece.rstrip()
            if verbatim and body != piece and display_width(body) <= room() - used:
                head, piece = body, piece[len(body):]  # the word fits, its spaces start the next line
            else:
                head, piece = _cut(piece, room() - used)
            line += head
            flush()
            if not piece:
                break
        if not piece:
            continue
        line += piece
        used += display_width(piece)
    if line or not lines:
        lines.append(" " * margin + (line if verbatim else line.rstrip()))
    return lines
