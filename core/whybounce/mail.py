"""The view of one message that detectors read: decoded headers, body text, DSN parts, the returned original.

Everything is computed lazily and once, so a detector that gives up after a header check costs little.
"""

from __future__ import annotations

from . import dsn, limits, mime
from .memo import cached_property  # functools' without its lock (a Mail is never shared between threads)
from .notes import note
from .patterns import IGNORECASE, contains_any, escape, lazy
from .read import decode_header, normalize_newlines

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re


# where a text bounce stops and the returned message starts (checked per line, lower-cased, stripped)
RETURNED_MARKERS = (
    "--- below this line is a copy of the message.",
    "------ this is a copy of the message, including all the headers. ------",
    "------ this is a copy of the message's headers. ------",
    "------ this is a copy of your message, including all the headers. ------",
    "------ this is a copy of the body of the message, without the headers. ------",
    "----- original message -----",
    "----- original message follows -----",
    "------ original message ------",
    "----- the header of the original message is following. -----",
    "----- the following is a copy of the original message -----",
    "--- original message follows ---",
    "--- original message follows.",
    "original message follows.",
    "--- the header of the original message is following. ---",
    "----- unsent message below -----",
    "----- unsent message follows -----",
    "---- unsent message follows ----",
    "------ unsent message follows ------",
    "-------- original message --------",
    "original message follows:",
    "---------- original message ----------",
    "this is a copy of the original message.",
    "original message headers:",
    # OpenSMTPD 6.8.0p2 (/usr/sbin/smtpd, bounce.c): the notice's last line; a delivered or relayed recipient's line
    # ("ok@rcpt.example: ") carries no text, and without this marker the line was shown as the server's words
    "below is a copy of the original message:",
)
_RETURNED_MARKER_SET = frozenset(RETURNED_MARKERS)
# words of a sender (From or Return-Path, lower-cased) that is a mail system, not a person
_DAEMON_WORDS = ("mailer-daemon", "postmaster", "mail delivery", "<>", "mail-daemon", "mailerdaemon", "bounce",
                 "delivery subsystem", "mdaemon")
# every marker line holds one of these words (a test keeps it so): only lines holding one are looked at
_MARKER_WORDS = ("message", "below this line")
_ORIGINAL_FIELD = lazy(r"^(Message-ID|Subject|To|Date):\s*(.*)$", IGNORECASE)
# how the returned message's own header block starts when it is inlined without a marker (str.startswith)
_ORIGINAL_STARTS = ("Received: from ", "Received: by ", "Return-Path: <", "DKIM-Signature: ", "X-Received: ",
                    "ARC-Seal: ")
_ORIGINAL_START_LINE = lazy(r"\n(?:" + "|".join(escape(m) for m in _ORIGINAL_STARTS) + ")")  # not the first line
_HTML_TAG = lazy(r"<[^<>]{0,2000}>")
_CHARS_PER_TAG = 32  # below this many characters a "<", markup is tags more than text: _tags_out leaves it to the regex
_HTML_BREAK = lazy(r"<\s*(?:br|/p|/div|/tr|/li|/h\d)\b[^<>]{0,200}>", IGNORECASE)
_HTML_HIDDEN_OPEN = lazy(r"<(style|script|head)\b", IGNORECASE)
_ENTITY = lazy(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": " "}


def _drop_hidden(html: str) -> str:
    """Remove <style>, <script> and <head> elements in one pass (an unclosed one hides the rest)."""
    low = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        m = _HTML_HIDDEN_OPEN.search(html, pos)
        if not m:
            out.append(html[pos:])
            break
        out.append(html[pos : m.start()])
        close = low.find("</" + m.group(1).lower(), m.end())
        if close < 0:
            break
        end = low.find(">", close)
        pos = len(html) if end < 0 else end + 1
        out.append(" ")
    return "".join(out)


def _tags_out(html: str) -> str:
    """``_HTML_TAG.sub("", html)`` by one ``str.split`` at the "<"s instead of a regex scan that tests each character
    of a tag against a class: a "<" starts a tag that ends at the first ">" after it when no "<" comes first (the
    pattern cannot pass either) and its inside is at most 2,000 characters, and each "<" is read apart from the
    others, so the text between two "<"s is one tag and what follows it (tests/test_fast_paths.py).  Markup with a
    "<" in every 32 characters or more (no page's: the corpus's run one in 130) is left to the regex, which reads a
    run of "<"s without making a string and a list entry for each (hostile input: 25 MB for a million "<"s)."""
    if html.count("<") * _CHARS_PER_TAG > len(html):
        return _HTML_TAG.sub("", html)
    pieces = html.split("<")
    out = [pieces[0]]
    for piece in pieces[1:]:
        end = piece.find(">", 0, 2001)
        out.append(piece[end + 1 :] if end >= 0 else "<" + piece)
    return "".join(out)


def html_to_text(html: str) -> str:
    html = _drop_hidden(html)
    text = _tags_out(_HTML_BREAK.sub("\n", html))

    def ent(m: re.Match[str]) -> str:
        name = m.group(1)
        try:
            if name.startswith("#"):
                code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
                # surrogates and out-of-range numbers are not characters: keep a visible replacement
                return "\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)
        except (ValueError, OverflowError):
            return m.group(0)
        return _ENTITIES.get(name.lower(), m.group(0))

    return _ENTITY.sub(ent, text)


def _cut_long_lines(text: str, warnings: list[str]) -> str:
    """Lines over ``MAX_FIELD_CHARS`` cut to that length, ending in ``…``, with a warning.

    Detectors read a line with patterns bounded to that length (linear time); a longer line would match
    none of them, and a bounce whose one diagnostic line is padded would silently read as no bounce."""
    cap = limits.MAX_FIELD_CHARS
    if len(text) <= cap:
        return text
    lines = text.split("\n")
    if max(map(len, lines)) <= cap:
        return text
    warnings.append(note("line_cut", n=cap))
    return "\n".join(line if len(line) <= cap else line[: cap - 1] + "…" for line in lines)


def _any_words(texts: list[str]) -> bool:
    """Whether one of ``texts`` holds more than white space (a loop: asked once per message)."""
    for text in texts:
        if text.strip():
            return True
    return False


class Mail:
    def __init__(self, raw: bytes, warnings: list[str] | None = None) -> None:
        self.warnings: list[str] = warnings if warnings is not None else []
        self.root = mime.parse(normalize_newlines(raw), self.warnings)

    # --- headers -----------------------------------------------------------------------------
    def header(self, name: str) -> str:
        return decode_header(self.root.header(name))

    @cached_property
    def subject(self) -> str:
        return self.header("subject")

    @cached_property
    def subject_lower(self) -> str:
        return self.subject.lower()

    @cached_property
    def from_(self) -> str:
        return self.header("from")

    @cached_property
    def from_lower(self) -> str:
        return self.from_.lower()

    @cached_property
    def received_lower(self) -> str:
        """All Received fields, joined by spaces and lower-cased: several detectors look for a relay's name."""
        return " ".join(self.root.header_all("received")).lower()

    @cached_property
    def is_from_daemon(self) -> bool:
        f = self.from_lower + " " + (self.root.header("return-path") or "").lower()
        return contains_any(f, _DAEMON_WORDS)

    # --- structure ---------------------------------------------------------------------------
    @cached_property
    def parts(self) -> list[mime.Part]:
        return self.root.walk()

    @cached_property
    def own_parts(self) -> list[mime.Part]:
        """Parts of this message itself, not of a message attached to it."""
        out: list[mime.Part] = []
        stack = [self.root]
        while stack:
            p = stack.pop()
            out.append(p)
            if p.content_type in ("message/rfc822", "message/global"):
                continue
            stack.extend(reversed(p.children))
        return out

    @cached_property
    def delivery_status(self) -> dsn.DeliveryStatus | None:
        cap = limits.MAX_DSN_CHARS
        texts = [p.text(cap) for p in self.own_parts
                 if p.content_type in ("message/delivery-status", "message/global-delivery-status")]
        if not texts:
            return self._inline_delivery_status()
        if max(map(len, texts)) >= cap:  # (texts holds one at least)
            self.warnings.append(note("dsn_cut", n=cap))
        return dsn.parse("\n\n".join(texts))

    def _inline_delivery_status(self) -> dsn.DeliveryStatus | None:
        """RFC 3464 fields pasted into the text (a report whose MIME structure was lost on the way)."""
        text = self.text
        if "final-recipient:" not in self.text_lower or "status:" not in self.text_lower:
            return None
        start = self.text_lower.find("reporting-mta:")
        if start < 0:
            start = self.text_lower.find("final-recipient:")
        found = dsn.parse(text[start:])
        if not found.recipients or not any("status" in g or "action" in g for g in found.recipients):
            return None
        return found

    @cached_property
    def returned(self) -> mime.Part | None:
        """The original message the bounce returns (full or headers only), if attached."""
        for p in self.own_parts:
            if p.content_type in ("message/rfc822", "message/global") and p.children:
                return p.children[0]
            if p.content_type in ("text/rfc822-headers", "message/rfc822-headers", "text/rfc822-header"):
                headers, _ = mime.split_headers(p.payload().replace(b"\r\n", b"\n") + b"\n\n")
                return mime.Part(headers=headers, body=b"")
        return None

    @cached_property
    def text(self) -> str:
        """The human-readable text of the message (text parts outside attached messages)."""
        plain: list[str] = []
        html: list[mime.Part] = []
        cap = limits.MAX_SCAN_CHARS + 1  # one more than we keep, to know when something was cut
        cut = False
        for p in self.own_parts:
            if p.children or p is self.returned:
                continue
            if p.content_type == "text/plain":
                plain.append(p.text(cap))
                cut = cut or p.text_cut
            elif p.content_type == "text/html":
                html.append(p)  # converted only if no plain text is there to read instead
            elif p.content_type.startswith("text/") and p.content_type not in (
                "text/rfc822-headers", "text/calendar", "text/x-vcard", "text/vcard", "text/csv"):
                plain.append(p.text(cap))
                cut = cut or p.text_cut
        if _any_words(plain):
            chosen = plain
        else:  # markup takes more characters than the text it holds: more of it is read, then converted
            chosen = [html_to_text(p.text(limits.MAX_HTML_CHARS)) for p in html]
            cut = cut or any(p.text_cut for p in html)
        text = "\n".join(chosen)
        if len(text) > limits.MAX_SCAN_CHARS:
            cut = True
            text = text[: limits.MAX_SCAN_CHARS]
        if cut:
            cap = limits.MAX_SCAN_CHARS
            self.warnings.append(note("message_text_cut", n=cap))
        return _cut_long_lines(text, self.warnings)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def text_lower(self) -> str:
        return self.text.lower()

    @cached_property
    def bounce_lines(self) -> list[str]:
        """Body lines before the returned message starts (for text bounces that inline the original): up to a
        marker line, or to the returned message's own header block inlined without a marker.  Only the lines
        holding a marker's word are looked at; lower-casing keeps the line breaks, so line i of text_lower is
        line i of the text."""
        lines = self.lines
        low = self.text_lower
        cut = len(lines)
        for word in _MARKER_WORDS:
            pos = low.find(word)
            while pos >= 0:
                start = low.rfind("\n", 0, pos) + 1
                end = low.find("\n", pos)
                end = len(low) if end < 0 else end
                s = low[start:end].strip()
                if s in _RETURNED_MARKER_SET or (s.startswith("--- ") and "below this line" in s):
                    cut = min(cut, low.count("\n", 0, start))
                    break
                pos = low.find(word, end)
        m = _ORIGINAL_START_LINE.search(self.text)
        if m:
            cut = min(cut, self.text.count("\n", 0, m.start()) + 1)
        return lines[:cut]

    @cached_property
    def original(self) -> dict[str, object]:
        """Message-ID, Subject, To and Date of the returned message, when the bounce carries them."""
        ret = self.returned
        fields: dict[str, object] = {}
        if ret is not None:
            get = ret.header
            mid, subj, to, date = get("message-id"), get("subject"), get("to"), get("date")
        else:
            mid = subj = to = date = None
            found: dict[str, str] = {}
            for line in self.lines[len(self.bounce_lines) :]:  # the returned message, inlined
                m = _ORIGINAL_FIELD.match(line) if ":" in line else None  # most body lines hold no field
                if m and m.group(1).lower() not in found:
                    found[m.group(1).lower()] = m.group(2)
                    if len(found) == 4:
                        break  # all four fields found: the first of each counts
            mid, subj, to, date = found.get("message-id"), found.get("subject"), found.get("to"), found.get("date")
        if mid:
            fields["message_id"] = decode_header(mid).strip().strip("<>")
        if subj:
            fields["subject"] = decode_header(subj)
        if to:
            fields["to"] = [a for a in map(str.strip, decode_header(to).split(",")) if a]
        if date:
            fields["date"] = decode_header(date)
        return fields
