"""The core's fast paths read exactly what the plain way of reading reads.

Each speed-up of the core reads the same text a cheaper way: a pattern that starts with the character it
needs and looks back from there instead of a leading look-behind, a look-ahead holding the first letters of
the alternatives, a case-insensitive search run on lower-cased ASCII text, header fields cut by one regex
scan, white-space folding skipped when there is none to fold.  Each is held here against the plain form it
stands for, on tables of tricky text and on generated text, so that a later edit of one pattern (a new
alternative whose first letter the look-ahead lacks, a capital letter in a pattern searched without case)
fails here instead of silently missing a match.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whybounce import cards, clauses, dsn, limits, mime, patterns, resolve, smtp, wrap
from whybounce.mail import Mail

FAST = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])

# (fast pattern, the plain pattern it stands for)
LOOK_BACK_FORMS = [
    (smtp.STATUS, r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)"),
    (smtp.REPLY_WITH_STATUS, r"(?<![\d.])([245][0-5]\d)[ \-]\(?#?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)"),
    (smtp._CONTINUATION, r"(?<=\S)\s+[245]\d\d[ \-](?:#?[245]\.\d{1,3}\.\d{1,3}\s)?"),
]
CODE_TEXT = st.lists(st.sampled_from([*"0123456789.- \t\n#(ax\u00a0", "550", "5.1.1", " 550-"]),
                     max_size=20).map("".join)
CODE_CASES = ["5.1.1", "x5.1.1", "1.5.1.1", "v2.5.1.1", "550 5.1.1 user", "550-5.1.1", ".550 5.1.1", "10.4.2.1",
              "a 550 b", "a  550-5.7.1 b", "a 550 #5.1.1 x", "550 550 x", "x 550-  551 z", "\u00a0550 5.1.1"]

CASELESS = [smtp._COMMAND_CONTEXT, smtp._REPLY_INSIDE, smtp._HOST_SAID]
CASELESS_CASES = [
    "550 5.1.1 <a@example.jp>... User unknown (in reply to RCPT TO command)",
    "SMTP error from remote mail server after initial connection: 554 5.7.1",
    "host mx.Example.JP[192.0.2.1] said: 550 5.1.1 unknown (In Reply To Rcpt To Command)",
    "Remote Server returned '550 5.7.1 Access denied'",
    "MTA mx.example.org SMTP error",
    "IN REPLY TO END OF DATA COMMAND",
    "in reply to ſend",  # long s: "s" only without case, never after lower()
    "HOST \u212aelvin.example.jp SAID: 550",  # the Kelvin sign folds to "k"
    "İn reply to RCPT TO",  # dotted capital I folds to "i", but lower() makes it two characters
    "sERVER a.b RePlIeD: 451 try later",
]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# the first-letter tries (P59B) as plain lists of words and phrases, in the order whose first match wins: the trie
# must find what the list finds, at the same place and with the same phrase (command_in's first group, else the match)
TRIE_FORMS = {
    "command": (
        r"(?:in reply to (?:the )?(starttls|[a-z]{4}(?: to| from)?)|error from remote (?:mail server|mailer) after "
        r"(?:pipelined )?(initial connection|end of data|starttls|[a-z]{4}(?: to| from)?)|"
        r"after (starttls|[a-z]{4}(?: to| from)?) command|(?:after|to) (end of data|initial connection|data)|"
        r"(?:most progress was|for) (rcpt to|mail from|data|ehlo|helo) response|\[(rcpt_to|mail_from|data|ehlo|helo)\]|"
        r"(?:unexpected response to|while sending) (rcpt|mail|data|ehlo|helo)|does not like (recipient|sender)|"
        r"but (sender|my name) was rejected|(failed after i sent the message)|refused to (talk to me)|"
        r"refused to (start tls)|by the (?:ehlo|helo)|in (?:the )?(?:smtp )?(greeting|banner))"),
    "reply-inside": (
        r"(?:said|says|reply|response|returned|error|answered|smtp|replied|status|code|reason|failed|connection:|"
        r"data:|\]:)[:=]?\s{0,4}[\"'(\[]?\s{0,2}#?([245][0-5]\d)(?:[ \-.]|$)"),
}
TRIES = {"command": smtp._COMMAND_CONTEXT, "reply-inside": smtp._REPLY_INSIDE}


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The plain list a trie stands for; the pattern itself where it is no trie."""
    name = next((n for n, p in TRIES.items() if p is pattern), None)
    return re.compile(TRIE_FORMS[name] if name else pattern.pattern, pattern.flags)


def _phrases(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), next((g for g in m.groups() if g), m.group(0))) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("fast", "plain"), LOOK_BACK_FORMS, ids=["status", "reply-with-status", "continuation"])
@pytest.mark.parametrize("text", CODE_CASES)
def test_character_first_patterns_match_as_their_look_behind_form(fast: re.Pattern[str], plain: str,
                                                                  text: str) -> None:
    assert _matches(fast, text) == _matches(re.compile(plain), text)
    assert fast.sub(" ", text) == re.sub(plain, " ", text)


@pytest.mark.parametrize(("fast", "plain"), LOOK_BACK_FORMS, ids=["status", "reply-with-status", "continuation"])
@FAST
@given(text=CODE_TEXT)
def test_character_first_patterns_on_generated_text(fast: re.Pattern[str], plain: str, text: str) -> None:
    assert _matches(fast, text) == _matches(re.compile(plain), text)


@pytest.mark.parametrize("pattern", CASELESS + [rx for rx, _ in smtp._COMMANDS],
                         ids=["command", "reply-inside", "host-said"] + [f"word-{n}" for _, n in smtp._COMMANDS])
def test_caseless_patterns_are_written_in_lower_case(pattern: re.Pattern[str]) -> None:
    """search_caseless runs them without IGNORECASE on lower-cased text: a capital letter outside a
    character class would never match there."""
    assert not pattern.flags & re.IGNORECASE
    outside_classes = re.sub(r"\[(?:\\.|[^\]\\])*\]|\\.", "", pattern.pattern)
    assert outside_classes == outside_classes.lower()


def _same_as_ignorecase(pattern: re.Pattern[str], text: str) -> None:
    want = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE).search(text)
    got = smtp.search_caseless(pattern, text)
    assert (got is None) == (want is None), text
    if got is not None and want is not None:
        assert got.span() == want.span(), text
        assert [g and g.lower() for g in got.groups()] == [g and g.lower() for g in want.groups()], text


@pytest.mark.parametrize("pattern", CASELESS + [rx for rx, _ in smtp._COMMANDS],
                         ids=["command", "reply-inside", "host-said"] + [f"word-{n}" for _, n in smtp._COMMANDS])
@pytest.mark.parametrize("text", CASELESS_CASES)
def test_caseless_search_is_a_search_without_case(pattern: re.Pattern[str], text: str) -> None:
    _same_as_ignorecase(pattern, text)


@pytest.mark.parametrize("pattern", CASELESS, ids=["command", "reply-inside", "host-said"])
@FAST
@given(data=st.data())
def test_caseless_search_on_generated_text(pattern: re.Pattern[str], data: st.DataObject) -> None:
    """Text that matches (made from the pattern itself), in any case, with non-ASCII letters around it."""
    plain = _plain(pattern)
    core = data.draw(st.from_regex(plain, fullmatch=True))
    mixed = "".join(c.upper() if data.draw(st.booleans()) else c for c in core)
    text = data.draw(st.sampled_from(["", "x ", "é ", "ſ"])) + mixed + data.draw(st.sampled_from(["", " .", " \u212a"]))
    _same_as_ignorecase(pattern, text)


@pytest.mark.parametrize("name", TRIES)
@pytest.mark.parametrize("text", [*CASELESS_CASES, "Failed after I sent the message", "in the SMTP greeting",
                                  "after data command", "to end of data", "by the HELO", "refused to start TLS",
                                  "for mail from response", "but my name was rejected", "reason: 550 x", "]: 421"])
def test_first_letter_tries_find_what_their_plain_lists_find(name: str, text: str) -> None:
    trie, plain = TRIES[name], TRIE_FORMS[name]
    for flags in (trie.flags, trie.flags | re.IGNORECASE):
        for t in (text, text.lower()):
            assert _phrases(re.compile(trie.pattern, flags), t) == _phrases(re.compile(plain, flags), t)


@pytest.mark.parametrize("name", TRIES)
@FAST
@given(data=st.data())
def test_first_letter_tries_on_generated_text(name: str, data: st.DataObject) -> None:
    """Text made from the plain list, with text before and after: the trie finds the same phrases."""
    made = data.draw(st.from_regex(TRIE_FORMS[name], fullmatch=True))
    text = data.draw(st.sampled_from(["", "x ", "r", "in "])) + made + data.draw(st.sampled_from(["", " 550 ", " to"]))
    assert _phrases(TRIES[name], text) == _phrases(re.compile(TRIE_FORMS[name]), text)


def test_first_letter_tries_keep_the_scan_in_c() -> None:
    """Each trie's every top-level alternative starts with a literal, so the search skips to candidate letters
    (the speed the tries are for; a leading look-ahead or group would hide it)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    for trie in TRIES.values():
        assert _compiler._get_charset_prefix(_parser.parse(trie.pattern), 0) is not None


CASELESS_WORDS = [(smtp._COMMAND_CONTEXT, smtp._COMMAND_CONTEXT_WORDS), (smtp._HOST_SAID, smtp._HOST_SAID_WORDS),
                  # D56: the server as the sending MTA names it (Postfix, Sendmail)
                  (smtp._OWN_HOST, smtp._OWN_HOST_WORDS), (smtp._OWN_HOST_SENDMAIL, smtp._OWN_HOST_SENDMAIL_WORDS)]
CASELESS_WORDS_IDS = ["command", "host-said", "own-host", "own-host-sendmail"]


@pytest.mark.parametrize(("pattern", "words"), CASELESS_WORDS, ids=CASELESS_WORDS_IDS)
@FAST
@given(data=st.data())
def test_every_match_holds_one_of_the_words_that_gate_its_search(pattern: re.Pattern[str], words: tuple[str, ...],
                                                                  data: st.DataObject) -> None:
    """search_caseless does not search ASCII text that holds none of the words: text made from any alternative
    of the pattern holds one (a new alternative needs its word)."""
    text = data.draw(st.from_regex(_plain(pattern), fullmatch=True))
    assert any(word in text.lower() for word in words), text


@pytest.mark.parametrize(("pattern", "words"), CASELESS_WORDS, ids=CASELESS_WORDS_IDS)
@pytest.mark.parametrize("text", [*CASELESS_CASES, "550 5.1.1 user unknown", "to data", "x [rcpt_to] y",
                                  "Host a.b [192.0.2.1] SAYS", "in the smtp banner"])
def test_a_search_gated_by_words_finds_what_the_plain_search_finds(pattern: re.Pattern[str],
                                                                    words: tuple[str, ...], text: str) -> None:
    gated, plain = smtp.search_caseless(pattern, text, words), smtp.search_caseless(pattern, text)
    assert (gated and (gated.span(), gated.groups())) == (plain and (plain.span(), plain.groups()))


def _content_type_read_plainly(value: str) -> tuple[str, dict[str, str]]:
    """mime.parse_content_type as it read every value before its fast paths: the pattern with quoted pairs."""
    if not value:
        return "text/plain", {}
    value = value.replace("\n", " ")
    main = value.split(";", 1)[0].strip().lower() or "text/plain"
    params: dict[str, str] = {}
    for m in mime._PARAM.finditer(value):
        raw = m.group(2) if m.group(2) is not None else (m.group(3) or "")
        params.setdefault(m.group(1).lower().rstrip("*"), raw.replace('\\"', '"'))
    return (main if "/" in main else "text/plain"), params


CONTENT_TYPE_CASES = ["", "text/plain", 'text/plain; charset="UTF-8"',
                      'multipart/report; report-type=delivery-status;\n\tboundary="=_x"',
                      'a/b; x=""; x=1', 'a/b; Name*="q\\"t"; n=v', "TEXT; charset=iso-2022-jp",
                      'a/b;b="', 'a/b; k=v;k=w']


@pytest.mark.parametrize("value", CONTENT_TYPE_CASES)
def test_content_type_fast_paths(value: str) -> None:
    assert mime.parse_content_type(value) == _content_type_read_plainly(value)


@FAST
@given(value=st.lists(st.sampled_from([";", " ", "=", '"', "\\", "\n", "a", "B*", "charset", "utf-8", "text/plain",
                                       "boundary", "\t"]), max_size=16).map("".join))
def test_content_type_fast_paths_on_generated_text(value: str) -> None:
    assert mime.parse_content_type(value) == _content_type_read_plainly(value)


# --- header fields -------------------------------------------------------------------------------

HEADER_CASES = [
    (b"Subject: hi\nTo: a@b.jp\n\nbody", [("subject", "hi"), ("to", "a@b.jp")], b"body"),
    (b"Received: from a\n\tby b\n  with c\nX-A:v\n\n", [("received", "from a\n\tby b\n  with c"), ("x-a", "v")], b""),
    (b" leading continuation\nA: 1\n\nb", [("a", "1")], b"b"),  # no field before it: skipped
    (b"A: 1\nstray line\n more\nB: 2\n\n", [("a", "1\n more"), ("b", "2")], b""),  # continues A past the stray
    (b"not a header\nA: 1\n\nbody", [], b"not a header\nA: 1\n\nbody"),  # body text, not headers
    (b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nA: 1\n\n", [("a", "1")], b""),  # mbox separator
    (b"A : 1\nName With Space: x\n\n", [("a", "1")], b""),  # a space inside the name: no field
    (b"A:   \n b\n\n", [("a", "\n b")], b""),
    (b"A: 1\r\n b\r\n\n", [("a", "1\r\n b\r")], b""),  # CRLF inside a decoded attachment
    (b"X: " + b"y" * 80 + b"\n" + b"Z" * 77 + b": too long a name\n\n", [("x", "y" * 80)], b""),
    (b"A: 1\nA: 2\n", [("a", "1"), ("a", "2")], b""),  # no blank line: all headers
    (b"\nbody", [], b"body"),
]


@pytest.mark.parametrize(("data", "headers", "body"), HEADER_CASES)
def test_header_fields(data: bytes, headers: list[tuple[str, str]], body: bytes) -> None:
    warnings: list[str] = []
    assert mime.split_headers(data, mime._Budget(warnings)) == (headers, body)
    assert warnings == []


def test_header_fields_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first line over the limit is cut; continuation lines are added while the value is under the limit
    (so the last one added may take it over)."""
    monkeypatch.setattr(limits, "MAX_HEADER_CHARS", 5)
    warnings: list[str] = []
    data = b"A: 123456789\n more\nB: 12\n 3\n 45678\nC: ok\nD: 1\n 2345678\n\n"
    assert mime.split_headers(data, mime._Budget(warnings)) == (
        [("a", "12345"), ("b", "12\n 3"), ("c", "ok"), ("d", "1\n 2345678")], b"")
    assert len(warnings) == 1 and "only its start was read" in warnings[0]


@FAST
@given(raw=st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b"a", b"\r\r\n", b" "]), max_size=16).map(b"".join))
def test_line_endings_made_lf_as_the_one_regex_makes_them(raw: bytes) -> None:
    """normalize_newlines replaces CRLF first and reads a lone CR with the regex: the same bytes as the regex."""
    from whybounce import read

    assert read.normalize_newlines(raw) == re.sub(rb"\r\n?", b"\n", raw)


HEADER_LINES = st.lists(st.one_of(
    st.sampled_from(["Subject: hi", "To: a@b.jp", " continued", "\tfolded", "stray line", "", "A:", "B : x",
                     "X-Long: " + "y" * 60, "Name With Space: x", "From x", "é: 1"]),
    st.text(alphabet="ab: \t-é", max_size=12),
), max_size=12)


@FAST
@given(lines=HEADER_LINES, limit=st.sampled_from([5, 20, limits.MAX_HEADER_CHARS]))
def test_header_fields_at_once_are_the_fields_read_one_by_one(lines: list[str], limit: int) -> None:
    """split_headers keeps a whole block of plain fields in one step; read match by match (``_fields``, the
    plain form) every block gives the same fields, warnings and body."""
    data = ("\n".join(lines) + "\n\nbody").encode("utf-8")
    text = data[: data.find(b"\n\n") + 1].decode("latin-1")
    old = limits.MAX_HEADER_CHARS
    limits.MAX_HEADER_CHARS = limit
    try:
        fast_warnings: list[str] = []
        fast = mime.split_headers(data, mime._Budget(fast_warnings))
        plain_warnings: list[str] = []
        if data.startswith(b"\n"):
            plain: tuple[list[tuple[str, str]], bytes] = ([], data[1:])
        else:
            if text.startswith("From ") and ":" not in text.split("\n", 1)[0].split(" ", 2)[1:2][0:1]:
                text = text.partition("\n")[2]
            read = mime._fields(mime._FIELD.findall(text), mime._Budget(plain_warnings))
            plain = (read, data[data.find(b"\n\n") + 2:]) if read is not None else ([], data)
    finally:
        limits.MAX_HEADER_CHARS = old
    assert fast == plain
    assert fast_warnings == plain_warnings


# session 46 (P46): the line patterns' possessive repeats ("*+") against the same patterns with plain (backtracking)
# repeats, which they replaced: every block gives the same matches
BACKTRACKING_FORMS = [
    (mime._FIELD, r"^(?:([!-9;-~]{1,76})[ \t]*:[ \t]*)?(.*(?:\n[ \t].*)*)"),
    (dsn._LINES, r"^(?:([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*)?(.*)$"),
]
LINE_TEXT = st.lists(st.one_of(
    st.sampled_from(["Subject: hi", "Status: 5.1.1", " continued", "\tfolded", "stray line", "", "A:", "B : x",
                     "X" * 80 + ": long name", "Name With Space: x", "a-b:\t c", "1x: y", "é: 1", ":", " : "]),
    st.text(alphabet="aZ9-: \t\r\né!~;", max_size=14),
), max_size=10).map("\n".join)


@pytest.mark.parametrize(("pattern", "plain"), BACKTRACKING_FORMS, ids=["mime._FIELD", "dsn._LINES"])
@FAST
@given(text=LINE_TEXT)
def test_possessive_line_patterns_match_as_backtracking_ones(pattern: re.Pattern[str], plain: str,
                                                             text: str) -> None:
    """A possessive repeat gives back nothing; here what follows each repeat is a character it cannot take, so the
    matches are those of the plain form (which the patterns were up to session 45)."""
    assert "*+" in pattern.pattern
    assert pattern.findall(text) == re.compile(plain, re.MULTILINE).findall(text)


def test_a_repeated_header_reads_as_its_first() -> None:
    part = mime.parse(b"Content-Type: text/html\nX-A: 1\ncontent-type: text/plain\n\nhi", [])
    assert part.header("Content-Type") == "text/html" and part.content_type == "text/html"
    assert part.header_all("content-type") == ["text/html", "text/plain"]


# --- text ----------------------------------------------------------------------------------------


@FAST
@given(text=st.text())
def test_one_spaced_is_white_space_runs_made_one_space(text: str) -> None:
    assert cards._one_spaced(text) == re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(("parts", "text"), [
    ([("text/plain", "plain words"), ("text/html", "<p>html words</p>")], "plain words"),
    ([("text/plain", "  \n "), ("text/html", "<p>html words</p>")], "html words"),  # blank plain part
    ([("text/html", "<b>a</b>"), ("text/html", "b<br>c")], "a\nb\nc"),
])
def test_html_is_read_only_when_no_plain_text_is_there(parts: list[tuple[str, str]], text: str) -> None:
    body = b"".join(b"--B\nContent-Type: " + ctype.encode() + b"\n\n" + content.encode() + b"\n"
                    for ctype, content in parts)
    mail = Mail(b"Content-Type: multipart/alternative; boundary=B\n\n" + body + b"--B--\n")
    assert mail.text.strip() == text


HTML_MARKUP = [
    "<p>a</p><br/>b<BR >c< br>d</ P >e</h3>f</h>g</pre>h",
    "a < b and c > d",  # a "<" whose ">" is text, not a tag: the subs take "< b and c >" out as well
    "<br <b>x</b>",  # a "<" left open
    "<a \n b>",  # a line break inside a tag
    "x>y<p>z",  # a ">" before any "<"
    "<" + "a" * 2000 + ">kept<" + "a" * 2001 + ">",  # a tag's inside of 2,000 characters at most
    "<" + "a" * 1999 + ">" + "<" + "a" * 1999 + "<" + "a" * 5 + ">",  # a "<" before the ">"
    "<>", "<", ">", "", "<\n/li\n>",
]
HTML_PIECES = st.lists(st.sampled_from(["<", ">", "br", "BR", "/p", "/div", " ", "\n", "a", "b", "x" * 199, "\u00a0",
                                        "/h1", "/li", "<br>", "</p >"]), max_size=16).map("".join)


@pytest.mark.parametrize("split_always", [True, False])
@pytest.mark.parametrize("html", HTML_MARKUP)
def test_tags_out_by_one_split_is_the_sub(html: str, split_always: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """(split_always: the split however dense the markup, which is otherwise left to the regex)"""
    from whybounce import mail

    if split_always:
        monkeypatch.setattr(mail, "_CHARS_PER_TAG", 0)
    assert mail._tags_out(html) == mail._HTML_TAG.sub("", html)


@FAST
@given(html=HTML_PIECES)
def test_tags_out_on_generated_markup(html: str) -> None:
    from whybounce import mail

    dense = mail._CHARS_PER_TAG
    try:
        mail._CHARS_PER_TAG = 0  # (hypothesis runs the function many times: no monkeypatch fixture)
        assert mail._tags_out(html) == mail._HTML_TAG.sub("", html)
    finally:
        mail._CHARS_PER_TAG = dense


def _bounce_lines_plain(text: str) -> list[str]:
    """Mail.bounce_lines the plain way: every line looked at, stripped and lower-cased."""
    from whybounce.mail import _ORIGINAL_STARTS, RETURNED_MARKERS

    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.lower().strip()
        if s in RETURNED_MARKERS or (s.startswith("--- ") and "below this line" in s):
            return lines[:i]
        if i and line.startswith(_ORIGINAL_STARTS):
            return lines[:i]
    return lines


BOUNCE_TEXTS = [
    "The mail system\n\n<a@example.jp>: user unknown\n\n--- Below this line is a copy of the message.\n\nSubject: x",
    "intro\n  ------ This is a copy of the message, including all the headers. ------  \nReceived: from x",
    "intro\n----- Original message -----\r\nbody",
    "intro\n--- the rest is below this line, with more words\nbody",
    "intro\n---below this line\nbody",  # no space after the dashes: no marker
    "Received: from first.line (kept: the first line never starts the original)\nmore\nReceived: from x",
    "intro\n\u00a0original message follows.\u2003\nbody",  # white space as str.strip sees it
    "intro\nnot original message follows. here\nbody",
    "no marker at all\njust text\n",
    "",
]
BOUNCE_PIECES = st.lists(st.sampled_from(["\n", " ", "\t", "\r", "\u00a0", "x", "--- ", "below this line",
                                          "original message follows.", "Received: from ", "RECEIVED: FROM ",
                                          "----- Original Message -----", "Return-Path: <"]), max_size=14).map("".join)


def test_every_returned_marker_holds_a_marker_word() -> None:
    from whybounce.mail import _MARKER_WORDS, RETURNED_MARKERS

    assert all(any(w in m for w in _MARKER_WORDS) for m in RETURNED_MARKERS)


@pytest.mark.parametrize("text", BOUNCE_TEXTS)
def test_bounce_lines_are_those_a_look_at_every_line_finds(text: str) -> None:
    assert Mail(b"Content-Type: text/plain; charset=utf-8\n\n" + text.encode()).bounce_lines == _bounce_lines_plain(
        Mail(b"Content-Type: text/plain; charset=utf-8\n\n" + text.encode()).text)


@FAST
@given(BOUNCE_PIECES)
def test_bounce_lines_on_generated_text(text: str) -> None:
    mail = Mail(b"Content-Type: text/plain; charset=utf-8\n\n" + text.encode())
    assert mail.bounce_lines == _bounce_lines_plain(mail.text)


ADDRESS_CASES = ["550 5.1.1 <user@example.com>: Recipient address rejected: User unknown", "a@b", "@", "x@", "@x",
                 "a@b@c", "a@b.c@d.e x@y", "<a@b> (c@d) [e@f] \"g@h\"", "a" * 70 + "@example.org", "a" * 64 + "@x",
                 "mailto:a@b;c@d,e@f", "a.b-c+d@-x.y", "ü@x ü@ü", "x" * 200 + " a@b " + "y@" * 30,
                 "no address at all", "a@b\n c@d\te@f"]
ADDRESS_TEXT = st.lists(st.sampled_from([*"ab@.- <>;:\n\"(", "xn--", "a" * 63, "example.org", "@@"]),
                        max_size=24).map("".join)


@pytest.mark.parametrize("text", ADDRESS_CASES)
def test_addresses_as_at_is_the_one_sub(text: str) -> None:
    """smtp.addresses_as_at starts each search near the next "@": it gives what one ``sub`` over the text gives."""
    plain = smtp._ADDRESS if isinstance(smtp._ADDRESS, re.Pattern) else smtp._ADDRESS.compiled
    assert smtp.addresses_as_at(text) == plain.sub("@", text)


@FAST
@given(ADDRESS_TEXT)
def test_addresses_as_at_on_generated_text(text: str) -> None:
    plain = smtp._ADDRESS if isinstance(smtp._ADDRESS, re.Pattern) else smtp._ADDRESS.compiled
    assert smtp.addresses_as_at(text) == plain.sub("@", text)


CONTINUATION_CASES = [*CODE_CASES, "", " ", " 550 x", "\t 550-x", "x\n\n550 y", "550 x", " \u00a0550 5.1.1 a 451 b",
                      "a\u2003550 b", "a 5501 b", "a 550x 451-y"]


@pytest.mark.parametrize("text", CONTINUATION_CASES)
def test_continues_is_a_search_of_the_continuation(text: str) -> None:
    """smtp._continues finds a continued reply exactly where _CONTINUATION.search finds one."""
    assert smtp._continues(text) == (smtp._CONTINUATION.search(text) is not None)


@FAST
@given(CODE_TEXT)
def test_continues_on_generated_text(text: str) -> None:
    assert smtp._continues(text) == (smtp._CONTINUATION.search(text) is not None)


HOST_NAME_CASES = ["host mx.example.net[192.0.2.1] said: 550", "mx.example.net [192.0.2.1]", "[192.0.2.1]",
                   "a.b.c[1.2.3.4] and d.e.fg [::1] x.y[zz]", "(mx.example.com[1.2.3.4])", "x[1]y.example.com[1.2]",
                   "mx.example.com. [1.2.3.4]", "mx.example.com  [1.2.3.4]", "é.example.com[1.2.3.4]",
                   "a.bc[1.2.3.4", "a.bc]1[2.3]", " [1] a.bc[2]", "spam.mx.antispam.example.net[10.0.0.1]: spam"]
HOST_NAME_TEXT = st.lists(st.sampled_from([*"ab.-[] 1:é", "mx", ".example.net", "[192.0.2.1]", " [::1]"]),
                          max_size=20).map("".join)


def _host_names_plain(text: str) -> str:
    plain = smtp._HOST_NAME if isinstance(smtp._HOST_NAME, re.Pattern) else smtp._HOST_NAME.compiled
    return plain.sub(lambda m: "#" * len(m.group(0)), text)


@pytest.mark.parametrize("text", HOST_NAME_CASES)
def test_host_names_blanked_as_the_one_sub_blanks_them(text: str) -> None:
    """smtp.without_host_names searches only from the last space before each bracket: it blanks what one sub does."""
    assert smtp.without_host_names(text) == _host_names_plain(text)


@FAST
@given(HOST_NAME_TEXT)
def test_host_names_blanked_on_generated_text(text: str) -> None:
    assert smtp.without_host_names(text) == _host_names_plain(text)


def _fill_by_sub(text: str, values: dict[str, str | None]) -> str:
    """cards.fill as two regex substitutions (what it did before its templates were cut once)."""
    if "<<" not in text:
        return text

    def segment(m: re.Match[str]) -> str:
        inner = m.group(1)
        names = re.findall(r"\{(\w+)\}", inner)
        if all(values.get(n) for n in names):
            return re.sub(r"\{(\w+)\}", lambda f: str(values[f.group(1)]), inner)
        return ""

    return re.sub(r"<<([^<>]{0,2000})>>", segment, text)


FILL_VALUES = [{}, {"address": "a@example.jp"}, {"address": "a@example.jp", "domain": "example.jp", "limit": ""},
               {"list": "Spamhaus", "list_site": "https://check.spamhaus.org/", "until": "Tue, 1 Dec"}]
FILL_CASES = ["no segment {address}", "<<>>", "<<{address}>>", "a << ({address})>> b", "<<{domain} {address}>>x<<y>>",
              "<<{nope}>> kept", "<< <<{address}>> >>", "<<{address}>>>", "<<<{address}>>", "<<{ address}>>",
              "<<{address}{address}>>", "<<（{list_site}）>>", "<<{limit}>> z", "a<<{until}>>b<<{list}>>c<<"]


def _card_texts() -> list[str]:
    """Every text of every card in the knowledge (each language), where the templates come from."""
    from whybounce import knowledge

    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    for name in knowledge._SHIPPED.names():
        if "#card" in name:
            walk(knowledge._SHIPPED.section(name))
    walk(knowledge.section("cards"))
    return [t for t in out if "<<" in t]


@pytest.mark.parametrize("values", FILL_VALUES, ids=["none", "address", "empty-limit", "lists"])
def test_fill_by_templates_is_fill_by_substitution(values: dict[str, str | None]) -> None:
    texts = FILL_CASES + _card_texts()
    assert len(texts) > len(FILL_CASES) + 50  # the knowledge's own segments are there
    for text in texts:
        assert cards.fill(text, values) == _fill_by_sub(text, values), text


@FAST
@given(text=st.lists(st.sampled_from(["<<", ">>", "<", ">", "{", "}", "address", "domain", "nope", " ", "（", "x"]),
                     max_size=14).map("".join))
def test_fill_by_templates_on_generated_text(text: str) -> None:
    for values in FILL_VALUES:
        assert cards.fill(text, values) == _fill_by_sub(text, values)


def _dsn_lines_plain(text: str) -> list[tuple[str, str]]:
    """dsn._lines as it cut a report before one scan did: a split, then a match per line ((name, value) for a
    field line, ("", line) for any other).  Only the cutting: how lines make groups is dsn.parse's own logic, held
    to written-out groups below (DSN_GROUPS), not to a second copy of itself."""
    field = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*(.*)$")
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        m = field.match(line)
        out.append((m.group(1), m.group(2)) if m else ("", line))
    return out


DSN_CASES = [
    "", "\n", "\n\n\n",
    "Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; a@b\nAction: failed\nStatus: 5.1.1\n",
    "Final-Recipient: rfc822; a@b\nDiagnostic-Code: smtp; 550\n  5.1.1 folded\n\tagain\nStatus: 5.1.1",
    "Final-Recipient: rfc822; a@b\nFinal-Recipient: rfc822; c@d\n", "stray\n continued after a stray line\nA:b",
    "Action: failed\nFinal-Recipient: rfc822; a@b\nStatus: 4.0.0\nOriginal-Recipient: rfc822; a@b\n",
    " leading continuation\nX: 1\r\n\r\nY : 2\n\x85\n\u2028\nZ:\x0b3\x0b",
    "a" * 62 + ": too long a name\nb:" + "c" * 70,
    "Status:5.1.1\n \n\t\nStatus: 5.2.2\nstatus: 5.3.3",
]
DSN_TEXT = st.lists(st.sampled_from(["Status", "Final-Recipient", "Original-Recipient", "X-1", "a", ":", ": ", " ",
                                     "\t", "\n", "\n", "\n\n", "rfc822; a@b", "5.1.1", "\r", "\x85", "é", "-", "1"]),
                    max_size=30).map("".join)


@pytest.mark.parametrize("text", DSN_CASES)
@pytest.mark.parametrize("chunk", [1, 7, dsn.CHUNK])
def test_dsn_lines_by_one_scan_are_the_lines_read_one_by_one(text: str, chunk: int,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """dsn.parse cuts a report into lines and fields with one findall (in pieces of CHUNK characters cut at line
    breaks): the same lines and fields as a split and a match per line."""
    monkeypatch.setattr(dsn, "CHUNK", chunk)
    assert list(dsn._lines(text)) == _dsn_lines_plain(text)


# dsn.parse's groups, written out (RFC 3464 §2.1: a per-message group, then one group per recipient, blank lines
# between; real DSNs that leave a blank line out start a new recipient group at a repeated recipient field)
DSN_GROUPS = [
    ("Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; a@b\nAction: failed\nStatus: 5.1.1\n",
     {"reporting-mta": "dns; a.example"}, [{"final-recipient": "rfc822; a@b", "action": "failed", "status": "5.1.1"}]),
    # continuation lines (RFC 5322 §2.2.3 folding) join their field with one space
    ("Final-Recipient: rfc822; a@b\nDiagnostic-Code: smtp; 550\n  5.1.1 folded\n\tagain\nStatus: 5.1.1",
     {}, [{"final-recipient": "rfc822; a@b", "diagnostic-code": "smtp; 550 5.1.1 folded again", "status": "5.1.1"}]),
    # no blank line between two recipients: the repeated Final-Recipient opens the second group
    ("Final-Recipient: rfc822; a@b\nFinal-Recipient: rfc822; c@d\n", {},
     [{"final-recipient": "rfc822; a@b"}, {"final-recipient": "rfc822; c@d"}]),
    # an Original-Recipient after a group's Status belongs to the next recipient
    ("Action: failed\nFinal-Recipient: rfc822; a@b\nStatus: 4.0.0\nOriginal-Recipient: rfc822; c@d\n", {},
     [{"action": "failed", "final-recipient": "rfc822; a@b", "status": "4.0.0"},
      {"original-recipient": "rfc822; c@d"}]),
    # an indented line after a line that is no field continues nothing
    ("stray\n continued after a stray line\nA:b", {"a": "b"}, []),
    # a later group without a recipient field adds to the per-message group (and a repeated field is joined)
    ("Status:5.1.1\n \n\t\nStatus: 5.2.2\nstatus: 5.3.3", {"status": "5.2.2 5.3.3"}, []),
    # ... or, after the recipients, to the last recipient's fields it lacks
    ("Final-Recipient: rfc822; a@b\nStatus: 5.1.1\n\nStatus: 4.0.0\nX-Note: late\n", {},
     [{"final-recipient": "rfc822; a@b", "status": "5.1.1", "x-note": "late"}]),
]


@pytest.mark.parametrize(("text", "message", "recipients"), DSN_GROUPS)
def test_dsn_groups(text: str, message: dict[str, str], recipients: list[dict[str, str]]) -> None:
    assert dsn.parse(text) == dsn.DeliveryStatus(message, recipients)


@FAST
@given(text=DSN_TEXT, chunk=st.sampled_from([1, 2, 5, 16, dsn.CHUNK]))
def test_dsn_lines_by_one_scan_on_generated_text(text: str, chunk: int) -> None:
    old = dsn.CHUNK
    dsn.CHUNK = chunk
    try:
        assert list(dsn._lines(text)) == _dsn_lines_plain(text)
    finally:
        dsn.CHUNK = old


ASCII_TEXT = st.lists(st.sampled_from([*"ab.,:;!?%()\"'-", " ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\x1c",
                                       "\x1f", "\x00", "\x7f", "word", "550", "5.1.1"]), max_size=30).map("".join)
WRAP_CASES = ["", " ", "   ", "a", " a", "a ", "  a  b  ", "550 5.1.1 <taro@example.jp>... User unknown",
              "a\tb\nc\x1cd\x1fe", "word  word\r\nword", "(paren) [x] {y}", "a.b,c;d:e!f?g%h"]


@pytest.mark.parametrize("text", WRAP_CASES)
def test_ascii_pieces_are_the_general_pieces(text: str) -> None:
    assert wrap._ascii_pieces(text) == wrap._general_pieces(text)
    assert wrap.display_width(text) == sum(wrap.char_width(ch) for ch in text)


@FAST
@given(ASCII_TEXT)
def test_ascii_pieces_are_the_general_pieces_generated(text: str) -> None:
    assert wrap._pieces(text) == wrap._general_pieces(text)
    assert wrap.display_width(text) == sum(wrap.char_width(ch) for ch in text) == len(text)


def test_every_ascii_character_is_one_column() -> None:
    """``display_width``'s ASCII path counts characters: no ASCII character is wide, combining or a format one."""
    assert [wrap.char_width(chr(c)) for c in range(128)] == [1] * 128


# --- plain loops for generator tests (session 37) -------------------------------------------------


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("", (), False),
    ("", ("",), True),  # the empty string is in every text, as `in` says
    ("user unknown", ("unknown",), True),
    ("user unknown", ("nobody", "user u"), True),
    ("user unknown", ("User",), False),  # case counts, as for `in`
    ("user unknown", ["nobody", "mailbox"], False),
])
def test_contains_any_is_any_word_in_text(text: str, words: tuple[str, ...], expected: bool) -> None:
    assert patterns.contains_any(text, words) is expected is any(w in text for w in words)


def test_contains_any_asks_a_mapping_for_its_keys() -> None:
    group = {"final-recipient": "rfc822; a@example.org", "status": "5.1.1"}
    assert patterns.contains_any(group, ("original-recipient", "final-recipient"))
    assert not patterns.contains_any(group, ("action", "rfc822; a@example.org"))


@FAST
@given(text=st.text(), words=st.lists(st.text(max_size=4), max_size=6))
def test_contains_any_on_generated_text(text: str, words: list[str]) -> None:
    assert patterns.contains_any(text, words) == any(w in text for w in words)


def test_ascii_word_table_is_the_test_per_character() -> None:
    """``resolve._names_recipient`` cuts ASCII text into words by one ``translate``: each character that is not a
    letter, a digit, an apostrophe or a hyphen becomes a space, as its test per character makes it."""
    every = "".join(map(chr, range(128)))
    assert every.translate(resolve._ASCII_NOT_WORD) == "".join(
        c if c.isalnum() or c in "'-" else " " for c in every)


@pytest.mark.parametrize(("plain", "expected"), [
    ("550 5.1.1 user unknown", True),
    ("550 mailbox_full", True),  # an underscore parts words, as any other mark does
    ("550 5.7.1 (user) rejected", True),
    ("550 5.7.1 superuser rejected", False),
    ("550 l'utilisateur n'existe pas", False),  # "l'utilisateur" is one word to this test
    ("550 utilisateur inconnu", True),
    ("550 benutzer ünbekannt", True),  # not ASCII: the test per character
    ("550 nobody here", False),
])
def test_names_recipient_reads_words_of_their_own(plain: str, expected: bool) -> None:
    words = resolve.knowledge().recipient_words
    padded = " " + "".join(c if c.isalnum() or c in "'-" else " " for c in plain) + " "
    assert resolve._names_recipient(plain, words) is expected is any(f" {w} " in padded for w in words)


class _EveryClass:
    """A container that holds every predicate class: the clause index then tries every clause of a subject."""

    def __contains__(self, name: object) -> bool:
        return True


def _clause_words() -> list[str]:
    """The words the clause index reads (every word of its subjects and predicates, as stored: predicates without
    their inflection), some inflected, and words that join, end or open clauses, to make replies of."""
    index = resolve.knowledge().clauses
    stored = {w.lstrip(clauses._AS_WRITTEN) for table in (index.subjects, index.predicates)
              for entries in table.values() for _n, phrase, _name in entries for w in phrase}
    return sorted({*stored, *(w + "ed" for w in sorted(stored)[::7]), "by", "from", "for", "is", "the", "this", "your",
                   "192.0.2.1", "<a@example.org>", "rejected:", "denied.", "user:", "and", "temporarily", "that"})


CLAUSE_TEXT_CASES = [
    "recipient address rejected: inactive",
    "user unknown",
    "unknown local user",
    "rejected by this user",
    "ip address blacklisted by recipient",
    "connection refused from 192.0.2.1",
    "not allowed to send mail from this ip",
    "sender address rejected: domain not found",
    "the ip you're using to send mail is not authorized to send email directly to our servers",
    "mailbox full, quota exceeded; message too big for system",
]


@pytest.mark.parametrize("text", CLAUSE_TEXT_CASES)
def test_clauses_tried_only_for_the_classes_in_the_text_read_as_all_tried(text: str,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The clause index tries a subject's clauses only when their predicate class is in the text (session 57):
    every way a clause reads needs one.  A new way to read a clause without its predicate would read less here."""
    index = resolve.knowledge().clauses
    fast = index.read(text)
    monkeypatch.setattr(clauses, "_classes_in", lambda starts: _EveryClass())
    assert index.read(text) == fast


@FAST
@given(data=st.data())
def test_clauses_tried_only_for_the_classes_in_the_text_on_generated_text(data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(_clause_words()), min_size=2, max_size=12))
    text = " ".join(words)
    index = resolve.knowledge().clauses
    fast = index.read(text)
    every = clauses._classes_in
    clauses._classes_in = lambda starts: _EveryClass()  # (no monkeypatch fixture under hypothesis's examples)
    try:
        assert index.read(text) == fast
    finally:
        clauses._classes_in = every


@FAST
@given(data=st.data())
def test_clause_table_entries_at_a_word_are_those_whose_words_are_there(data: st.DataObject) -> None:
    """``clauses._at`` compares an entry of several words only when its second word follows (session 57): the same
    entries as comparing every entry's words with the text's."""
    index = resolve.knowledge().clauses
    words = data.draw(st.lists(st.sampled_from(_clause_words()), min_size=1, max_size=8))
    for table in (index.subjects, index.predicates):
        for seq in (words, [clauses._stem(w) for w in words], [clauses._AS_WRITTEN + w for w in words]):
            for i in range(len(seq)):
                plain = [(n, name) for n, phrase, name in table.get(seq[i], ()) if tuple(seq[i:i + n]) == phrase]
                assert clauses._at(table, seq, i) == plain


# --- the typo hint's letters test (session 58) ----------------------------------------------------------------------


def _plain_chars(text: str) -> int:
    bits = 0
    for c in text:
        bits |= 1 << (ord(c) & 127)
    return bits


DOMAIN_TEXT = st.text(alphabet=st.sampled_from([*"abcdeglmoqstz.-", "\u00e9", "\uff47", "\u3002", "\u0080"]),
                      max_size=30)


@FAST
@given(text=DOMAIN_TEXT)
def test_typo_chars_of_ascii_text_are_the_plain_bits(text: str) -> None:
    """``typo._chars`` adds up the bits of an ASCII text's distinct characters: the or of every character's bit."""
    from whybounce import typo

    assert typo._chars(text) == _plain_chars(text)


def _plain_nearest(typed: str) -> str | None:
    """``typo._nearest`` with the letters test as it was written first: each side's missing characters counted."""
    from whybounce import typo

    index = typo._index()
    found: dict[str, int] = {}
    for labels in index.label_counts:
        prefix, tail = typo._last_labels(typed, labels)
        chars = _plain_chars(tail)
        for length in range(len(tail) - 2, len(tail) + 3):
            for entry in index.entries((labels, length)):
                if (entry.letters & ~chars).bit_count() > 2 or (chars & ~entry.letters).bit_count() > 2:
                    continue
                slips = typo._slip(tail, entry, index)
                if slips is not None:
                    found[f"{prefix}.{entry.domain}" if prefix else entry.domain] = slips
    if not found:
        return None
    best = min(found.values())
    winners = [d for d, n in found.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def _slips_of(domain: str) -> list[str]:
    """Every domain one deletion, doubling, swap or replacement away from ``domain``, and ``domain`` itself."""
    out = [domain]
    for i in range(len(domain)):
        out += [domain[:i] + domain[i + 1:], domain[:i] + domain[i] + domain[i:], domain[:i] + "x" + domain[i + 1:]]
        if i + 1 < len(domain):
            out.append(domain[:i] + domain[i + 1] + domain[i] + domain[i + 2:])
    return out


def test_typo_nearest_with_the_xor_test_first_is_the_plain_test() -> None:
    """The letters test of ``typo._nearest`` counts the characters either side lacks (one XOR) first and skips a
    domain over four apart: the same domains pass as with each side counted, so every answer is the same, over the
    slips of every listed domain and two slips of some with long names."""
    from whybounce import typo

    index = typo._index()
    listed = sorted(d for domains in index.by_shape.values() for d in domains)
    long_names = [d for d in listed if len(d.split(".")[0]) >= typo.LONG_NAME][::4]  # two slips allowed
    typed = sorted({s for d in listed for s in _slips_of(d)} | {t for d in long_names for s in _slips_of(d)
                                                                for t in _slips_of(s)})
    assert len(typed) > 5_000
    differ = [t for t in typed if typo._nearest.__wrapped__(t) != _plain_nearest(t)]
    assert differ == []
    assert sum(typo._nearest.__wrapped__(t) is not None for t in typed) > 1_000, "too few slips corrected"


FILL_CASES = [*CASELESS_CASES,
              "host mx.example.jp[192.0.2.1] said: 550 5.1.1 <a@b>: unknown (in reply to RCPT TO command)",
              "lost connection with mx.example.org[192.0.2.9] while sending RCPT TO",
              "reply: read error from mx.example.net", "Remote host said: 554 rejected (in the greeting)",
              "550 Helo command rejected: in reply to helo command by the EHLO", "status: 421 try again",
              "Mta mx.EXAMPLE.com SMTP error: 530 5.7.0 (failed after I sent the message)"]


@pytest.mark.parametrize("text", FILL_CASES)
def test_fill_from_text_lower_cases_once_and_reads_as_each_search_alone(text: str) -> None:
    """fill_from_text lower-cases the reply once for its searches (P59B): it must read what reply_code_in,
    command_in and remote_host_in read from the text themselves."""
    from whybounce.model import Evidence

    ev = Evidence()
    smtp.fill_from_text(ev, text)
    reply = smtp.failed_reply(text)
    assert (ev.reply_code, ev.command, ev.remote_mta) == (
        smtp.reply_code_in(reply), smtp.command_in(reply), smtp.remote_host_in(reply))
