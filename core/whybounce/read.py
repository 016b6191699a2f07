"""Charsets, line endings and header decoding.

Everything here is best effort: broken encodings and lying charsets degrade to replacement characters
and warnings, never to exceptions.
"""

from __future__ import annotations

import binascii
import codecs

from .memo import lru_cache
from .patterns import lazy

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

_ENCODED_WORD = lazy(r"=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=")
_ISO2022_ESC = lazy(rb"\x1b[\$\(][@BJ]")
# codecs Python knows that no mail charset label may select: they refuse to decode, or decode code
_NOT_MAIL_CODECS = frozenset({"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape"})

# charset labels that Python does not know, or that lie in practice, and what they really are
_CHARSET_ALIASES = {
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp_ext",
    "iso-2022-jp-1": "iso2022_jp_ext",
    "iso-2022-jp-2": "iso2022_jp_2",
    "iso-2022-jp-3": "iso2022_jp_3",
    "windows-31j": "cp932",
    "cp932": "cp932",
    "us-ascii": "utf-8",  # 8-bit text labelled us-ascii is nearly always UTF-8 in the wild
    "ascii": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
    "utf8": "utf-8",
    "latin1": "latin-1",
}


_CR = lazy(rb"\r\n?")


def normalize_newlines(raw: bytes) -> bytes:
    """Make LF the only line ending: CRLF and lone CR both become LF (one copy of a big message at a time).

    A message written with CRLF throughout (one in seven of the corpus) is one ``bytes.replace``, ten times
    faster than the regex; only a message with a lone CR left after it is read by the regex, from the start.
    (``find``, not ``in``: CPython's ``bytes in bytes`` first tries the needle as an integer, making and clearing
    a TypeError each time, about 1,700 instructions; ``find`` takes a buffer as it is.)"""
    if raw.find(b"\r") < 0:
        return raw
    out = raw.replace(b"\r\n", b"\n")
    if out.find(b"\r") < 0:
        return out
    del out  # (freed before the regex makes its copy)
    return _CR.sub(b"\n", raw)


@lru_cache(maxsize=256)  # a message names a handful of labels; looking each up again costs more than decoding
def codec_for(charset: str | None) -> str:
    name = (charset or "").strip().strip('"').lower()
    if not name:
        return "utf-8"
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # unknown, or a hostile label (ValueError: a NUL in the name)
        return "utf-8"
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_MAIL_CODECS:
        return "utf-8"  # base64, zlib, rot13 ... are not charsets; "undefined", "idna" refuse to decode
    return name


@lru_cache(maxsize=256)
def _is_wide(codec: str) -> bool:
    """UTF-16 or UTF-32, under any of their names."""
    return codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Bytes of a text part -> str, trusting the label only as far as the bytes allow."""
    if data.find(b"\x1b") >= 0 and _ISO2022_ESC.search(data):  # (find: see normalize_newlines)
        try:
            return data.decode("iso2022_jp_ext")
        except UnicodeDecodeError:
            pass
    codec = codec_for(charset)
    if _is_wide(codec) and data.find(b"\x00", 0, 4096) < 0:
        codec = "utf-8"  # UTF-16/32 text always has NUL bytes; without them the label lies
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        pass
    for guess in ("utf-8", "cp932", "euc_jp"):
        if guess == codec:
            continue
        try:
            return data.decode(guess)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode(codec, errors="replace")
    except (UnicodeError, LookupError):  # a codec that ignores errors="replace" (punycode)
        return data.decode("utf-8", errors="replace")


def decode_header(value: str | None) -> str:
    """A raw header value (bytes as latin-1 chars) -> readable text: RFC 2047 words, raw 8-bit, ISO-2022-JP."""
    if not value:
        return ""
    if "\x1b" in value or not value.isascii():
        value = decode_text(value.encode("latin-1", errors="replace"))
    if "=?" in value:
        value = _ENCODED_RUN.sub(_decode_run, value)
    return _unfold(value)


_ENCODED_RUN = lazy(r"=\?[^?\s]{1,40}\?[bBqQ]\?[^?\s]*\?=(?:\s*=\?[^?\s]{1,40}\?[bBqQ]\?[^?\s]*\?=)*")


def _decode_run(m: re.Match[str]) -> str:
    """Adjacent encoded words: the white space between them goes, bytes of one charset are joined first
    (senders split multi-byte characters across words more often than the RFC allows)."""
    chunks: list[tuple[str, bytes]] = []
    for w in _ENCODED_WORD.finditer(m.group(0)):
        charset, enc, text = w.group(1).split("*")[0].lower(), w.group(2).lower(), w.group(3)
        try:
            if enc == "b":
                data = binascii.a2b_base64(text + "=" * (-len(text) % 4))  # base64.b64decode, without its import
            else:
                data = binascii.a2b_qp(text.replace("_", " ").encode("ascii", "replace"), header=True)
        except (binascii.Error, ValueError):
            data = w.group(0).encode("ascii", "replace")
        if chunks and chunks[-1][0] == charset:
            chunks[-1] = (charset, chunks[-1][1] + data)
        else:
            chunks.append((charset, data))
    return "".join(decode_text(data, cs) for cs, data in chunks)


# (?<!\s): start only at the beginning of a run of white space; without it, every position of a long
# run of spaces with no line break in it would rescan the run to its end (quadratic time)
_FOLD = lazy(r"(?<!\s)\s*\n[ \t]*")


def _unfold(text: str) -> str:
    return _FOLD.sub(" ", text).strip() if "\n" in text else text.strip()


