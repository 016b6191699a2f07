"""Reading SMTP facts out of free text: reply codes, enhanced status codes, the failed command, hosts.

All patterns here are anchored or bounded so they run in linear time on hostile input.
"""

from __future__ import annotations

from .memo import cache
from .patterns import IGNORECASE, MULTILINE, contains_any, lazy
from .patterns import compile as compile_pattern
from .record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator

    from .model import Evidence


def search_caseless(pattern: re.Pattern[str], text: str, words: tuple[str, ...] = (),
                    low: str | None = None) -> re.Match[str] | None:
    """Search ``text`` without regard to case with ``pattern``: a pattern compiled *without* IGNORECASE from a
    source whose letters are all lower case (its classes may hold both cases).

    On ASCII text, matching without case is matching the lower-cased text, and ``re`` runs a pattern without
    IGNORECASE about twice as fast.  Other text is searched with IGNORECASE (the same source, compiled on
    first need, so start-up does not pay for it), whose Unicode folding (the Kelvin sign for "k", "ſ" for
    "s") lower() lacks.  The groups of a match on ASCII text come back lower-cased: callers use them for
    digits and for words that they compare in lower case.

    ``words``: lower-case strings one of which every match holds.  ASCII text holding none of them is not
    searched: a few substring tests cost less than the pattern tried at every position of a reply.

    ``low``: ``text.lower()`` where the caller knows ``text`` is ASCII and has lower-cased it already (fill_from_text
    lower-cases a reply once for its five searches)."""
    if low is not None or text.isascii():
        if low is None:
            low = text.lower()
        if words:
            for word in words:
                if word in low:
                    break
            else:
                return None
        return pattern.search(low)
    return _with_ignorecase(pattern.pattern, pattern.flags).search(text)


@cache
def _with_ignorecase(source: str, flags: int) -> re.Pattern[str]:
    """The IGNORECASE twin of a pattern (a cached function, not a module-level table: the linear-time probe
    of the tests collects the module's patterns and must find the same ones in every process).  Patterns
    made with ``lazy(..., caseless=True)`` have their twin's program in the pattern store."""
    return compile_pattern(source, flags | IGNORECASE)


# an enhanced status code, not part of an IP address or a version number.  Patterns here that must not
# follow some character start with the first character they match and look back from after it
# ("[245](?<![\d.][245])" = a 2, 4 or 5 with no digit or dot before it): the same matches as a leading
# look-behind, but a pattern that starts with a character class lets ``re`` skip ahead to the next
# candidate character in C instead of trying the whole pattern at every position.
STATUS = lazy(r"([245])(?<![\d.][245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
# a reply code at the start of a reply, or after the usual lead-ins. Session 54 (K54B): at the start, any second digit:
# RFC 5321 §4.2 defines 0-5, but clients act on the first digit (§4.2.1, §4.3.2: by the code, not the text), and
# Postfix 3.7, Exim 4.96 and Sendmail 8.17 all retried a server's «471 Temporary problem ...» as temporary and quoted
# it in their final reports (tests/fixtures/real-mta-catalogue, nigelhorne-smtp-proxy-471): it is that reply's code.
# Elsewhere the defined range only: "smtp 465", "port 587" name ports, not replies
REPLY_AT_START = lazy(r"^\s*[(\[]?([245]\d\d)(?:[ \-]|$)")
# a reply code after a word that introduces one.  The words are written as a first-letter trie: every alternative of
# the whole starts with a literal letter, so ``re`` scans in C for the next of those letters (its search's "charset
# prefix") and tries there only the words that begin with it (session 59, P59B: a first-letter look-ahead in front
# hid that prefix; tests/test_fast_paths.py holds the trie to the plain list of words).  Lower case, searched with
# search_caseless.
_REPLY_INSIDE = lazy(
    r"(?:s(?:aid|ays|mtp|tatus)|r(?:eply|esponse|eturned|eplied|eason)|error|answered|c(?:ode|onnection:)|failed"
    # Exim: "SMTP error from remote mail server after initial connection: 554 ..." / "... [192.0.2.1]: 550 ..."
    r"|data:|\]:)"
    r"[:=]?\s{0,4}[\"'(\[]?\s{0,2}#?([245][0-5]\d)(?:[ \-.]|$)",
    caseless=True,
)
REPLY_WITH_STATUS = lazy(r"([245](?<![\d.][245])[0-5]\d)[ \-]\(?#?([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)")
QMAIL_STATUS = lazy(r"\(#([245]\.\d{1,3}\.\d{1,3})\)")

# the words that name each command, lower case, searched with search_caseless
_COMMANDS: list[tuple[re.Pattern[str], str]] = [
    (lazy(r"end of data|after data|data command|data response|message data|after sending message|"
          r"message content|end-of-data|after end of message|\bdata_?\b(?: command)?\]|"
          r"failed after i sent the message|in reply to end of data", caseless=True), "DATA"),
    (lazy(r"rcpt[ _]?to|rcpt command|\brcpt\b|recipient command|unexpected response to rcpt|"
          r"does not like recipient", caseless=True), "RCPT"),
    (lazy(r"mail[ _]from|mail command|does not like sender", caseless=True), "MAIL"),
    (lazy(r"\bstarttls\b", caseless=True), "STARTTLS"),
    (lazy(r"\bauth(?:enticat\w*)? command|\bin reply to auth\b", caseless=True), "AUTH"),
    (lazy(r"\behlo\b", caseless=True), "EHLO"),
    (lazy(r"\bhelo\b", caseless=True), "HELO"),
    (lazy(r"\bbdat\b", caseless=True), "BDAT"),
    (lazy(r"initial connection|greeting|banner|upon connect|after connect|smtp connect|"
          r"connection rejected|while connecting", caseless=True), "CONN"),
]
# only these say outright which command was answered.  Written as a first-letter trie (as _REPLY_INSIDE): every
# top-level alternative starts with a literal character, so the scan skips in C to the next candidate letter and
# tries there only the phrases that begin with it; phrases of one first letter keep their order (the first that
# matches at a position wins).  tests/test_fast_paths.py holds it to the plain list of phrases.  An alternative
# without a group ("by the ehlo", "failed after i sent the message") gives command_in the whole match.  Lower case,
# searched with search_caseless.
_COMMAND_CONTEXT = lazy(
    # STARTTLS, the one command name longer than four letters that a client sends before the envelope (RFC 3207),
    # whole: "[a-z]{4}" alone cut it to "star", which names nothing, and the refusal lost its stage
    r"(?:i(?:n reply to (?:the )?(starttls|[a-z]{4}(?: to| from)?)|n (?:the )?(?:smtp )?(greeting|banner))|"
    # Exim writes "after pipelined MAIL FROM:<...>" when it pipelined the command (Exim 4.96's own bounces,
    # tests/fixtures/real-mta-heldout/exim/mail-*.eml)
    r"error from remote (?:mail server|mailer) after (?:pipelined )?"
    r"(initial connection|end of data|starttls|[a-z]{4}(?: to| from)?)|"
    r"a(?:fter (starttls|[a-z]{4}(?: to| from)?) command|fter (end of data|initial connection|data))|"
    r"to (end of data|initial connection|data)|"
    r"most progress was (rcpt to|mail from|data|ehlo|helo) response|"
    r"f(?:or (rcpt to|mail from|data|ehlo|helo) response|ailed after i sent the message)|"
    r"\[(rcpt_to|mail_from|data|ehlo|helo)\]|"
    r"unexpected response to (rcpt|mail|data|ehlo|helo)|"
    r"while sending (rcpt|mail|data|ehlo|helo)|"
    r"does not like (recipient|sender)|"
    r"b(?:ut (sender|my name) was rejected|y the (?:ehlo|helo))|"
    # Postfix 3.7 smtp(8), smtp_proto.c smtp_helo(): «TLS is required, but host %s refused to start TLS: %s», the
    # server's reply to STARTTLS quoted after the colon
    r"refused to (talk to me|start tls))",
    caseless=True,
)
# one of these occurs in every match of _COMMAND_CONTEXT, alternative by alternative (search_caseless's words;
# tests/test_fast_paths.py holds them to the pattern): three replies in four hold none and are not searched
_COMMAND_CONTEXT_WORDS = ("in reply to ", "error from remote ", " command", "data", "initial connection", " response",
                          "[rcpt_to]", "[mail_from]", "[ehlo]", "[helo]", "while sending", "does not like ",
                          " was rejected", "failed after i sent the message", "refused to talk to me",
                          "refused to start tls", "by the ehlo", "by the helo", "greeting", "banner")


# session 56 (D56): the sending MTA's own words for the step it was at when no server reply came (the connection
# was lost or timed out, TLS failed): they name the step and quote no reply.  The contract's commands (CONN for the
# greeting, DATA for the DATA command and the end of the data) are what each step sent or awaited.
# - Postfix 3.7, smtp(8): smtp_trouble.c smtp_stream_except() writes "lost connection with HOST[ADDR] while WHERE"
#   and "conversation with HOST[ADDR] timed out while WHERE", WHERE being smtp_proto.c's stage: smtp_helo()'s
#   "receiving the initial server greeting", "performing the EHLO handshake", "performing the HELO handshake",
#   smtp_xfer()'s xfer_states[] "sending MAIL FROM", "sending RCPT TO", "sending DATA command", "sending end of
#   data -- message may be sent more than once" and "sending message body"; smtp_start_tls() writes "Cannot start
#   TLS: handshake failure".
# - Exim 4.96, transports/smtp.c: "SMTP timeout after COMMAND" (check_response()) and "Remote host closed connection
#   in response to COMMAND" (also for EHLO/HELO), COMMAND being what it sent ("RCPT TO:<a>", "MAIL FROM:<a>",
#   "EHLO name", "STARTTLS", "DATA"); its "after initial connection" / "after end of data" are _COMMAND_CONTEXT's.
# - session 57 (lead): Postfix 3.7 smtp_sasl_glue.c smtp_sasl_authenticate() writes "SASL authentication failed;
#   server HOST[ADDR] said: REPLY" when the server refused the AUTH command (RFC 4954); its "SASL authentication
#   failed; cannot authenticate to server HOST[ADDR]: WHY" comes from the client's SASL library before any AUTH was
#   sent (no common mechanism), so it names no step. And smtp_proto.c smtp_start_tls() writes "Server certificate
#   not trusted" / "Server certificate not verified" (4.7.5: the certificate check after STARTTLS, RFC 3207).
_OWN_STEPS = (
    ("while receiving the initial server greeting", "CONN"),
    ("while performing the ehlo handshake", "EHLO"),
    ("while performing the helo handshake", "HELO"),
    ("while sending mail from", "MAIL"),
    ("while sending rcpt to", "RCPT"),
    ("while sending data command", "DATA"),
    ("while sending message body", "DATA"),
    ("while sending end of data", "DATA"),
    ("cannot start tls", "STARTTLS"),
    ("sasl authentication failed; server", "AUTH"),
    ("server certificate not trusted", "STARTTLS"),
    ("server certificate not verified", "STARTTLS"),
)
_OWN_STEP_AFTER = lazy(
    r"(?:smtp timeout after|remote host closed connection in response to) (?:pipelined )?"
    r"(initial connection|end of data|[a-z]{4,8}(?: to| from)?)"
)
# what each wording holds, as the sending MTAs write it (Postfix's "while" and Exim's words lower case, Postfix's
# "Cannot start TLS" and "SASL authentication" capitalised): a text with none of them is not lower-cased and read
# further
_OWN_STEP_WORDS = ("while ", "start TLS", "timeout after", "closed connection in response to", "SASL authentication",
                   "certificate not")


def own_step_in(text: str) -> str | None:
    """The step the sending MTA says it was at when it quotes no reply (``_OWN_STEPS``, ``_OWN_STEP_AFTER``)."""
    if not contains_any(text, _OWN_STEP_WORDS):
        return None
    low = text.lower()
    for words, command in _OWN_STEPS:
        if words in low:
            return command
    m = _OWN_STEP_AFTER.search(low)
    return normalize_command(m.group(1)) if m else None


# Postfix's "refused to talk to me" reports a refused greeting and a refused EHLO/HELO alike (smtp(8),
# smtp_proto.c); a reply that names the HELO or EHLO command it refused (Postfix's own smtpd: "Helo command
# rejected") tells the two apart
_HELO_REPLY = lazy(r"\b(helo|ehlo) command rejected", caseless=True)


def command_in(text: str, low: str | None = None) -> str | None:
    """The SMTP command a diagnostic says the failure answered, if it says so (``low``: see search_caseless)."""
    m = search_caseless(_COMMAND_CONTEXT, text, _COMMAND_CONTEXT_WORDS, low)
    if not m:
        return own_step_in(text)
    phrase = next((g for g in m.groups() if g), m.group(0))
    command = normalize_command(phrase)
    if command == "CONN":
        helo = search_caseless(_HELO_REPLY, text, (), low)
        if helo:
            return helo.group(1).upper()
    return command


def normalize_command(phrase: str | None) -> str | None:
    if not phrase:
        return None
    p = phrase.strip().lower()
    if p in ("end of data", "data", "failed after i sent the message", "end-of-data"):
        return "DATA"
    if p in ("greeting", "banner", "initial connection", "conn", "connect", "talk to me"):
        return "CONN"
    if p == "start tls":
        return "STARTTLS"
    if p == "my name":
        return "EHLO"
    if p == "recipient":
        return "RCPT"
    if p == "sender":
        return "MAIL"
    for rx, name in _COMMANDS:
        if search_caseless(rx, p):
            return name
    up = p.upper()
    if up in ("CONN", "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT"):
        return up
    return None


SENT, GOT = ">>>", "<<<"
NEW_SESSION = ""
"""The ``way`` of a line that opens a session with a new host (Sendmail's "while talking to host:"): a reply
before any command in it answered the connection."""

_TRANSCRIPT_LINE = lazy(r"^[ \t]{0,8}(>>>|<<<)[ \t]?(.{0,4000})$", MULTILINE)


def session_lines(text: str) -> list[tuple[str, str]]:
    """The lines of a session transcript a report quotes (``>>> DATA`` / ``<<< 550 ...``, as Sendmail, Courier
    and others write it), for ``command_in_session``: (``>>>`` or ``<<<``, the line with its white space runs
    made single spaces)."""
    if ">>>" not in text or "<<<" not in text:
        return []
    return [(m.group(1), " ".join(m.group(2).split())) for m in _TRANSCRIPT_LINE.finditer(text)]


def session_line(line: str) -> tuple[str, str] | None:
    """(``>>>`` or ``<<<``, the rest as written) for one line of a transcript, None for any other line."""
    m = _TRANSCRIPT_LINE.match(line)
    return (m.group(1), m.group(2).strip()) if m else None


def command_sent(line: str) -> str | None:
    """The command a ``>>>`` line sent ("RCPT To:<a@example.jp>", "MAIL From:<b@example.jp> SIZE=492",
    "STARTTLS dialogue"), None for one the facts do not name (RSET, QUIT).  The lone "." that ends the data
    is answered by DATA's final reply (RFC 5321 §4.1.1.4)."""
    if line == ".":
        return "DATA"
    return normalize_command(line.split(" ", 1)[0].split(":", 1)[0].split("<", 1)[0])


class Reply(Record):
    """One server reply in a session transcript: its lines (several for a multi-line reply), the command it
    answered (None when the transcript shows none sent before it), and the index of its first line among
    the lines read."""

    __slots__ = ("at", "command", "lines")

    def __init__(self, lines: list[str], command: str | None, at: int) -> None:
        self.lines = lines
        self.command = command
        self.at = at

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def session_replies(lines: Iterable[tuple[str, str] | None]) -> Iterator[Reply]:
    """The replies of a session transcript, each with the command it answered: the last one sent before it.

    ``lines`` are (``>>>`` / ``<<<`` / ``NEW_SESSION``, text) for the transcript's lines, None for the report's
    other lines, which are skipped.  A multi-line reply (RFC 5321 §4.2.1: "550-..." lines, then "550 ...") is
    one reply.  With pipelining (RFC 2920 §3.1) the client sends its RCPT commands and DATA together, and a
    transcript shows only the ``>>> DATA`` its replies came after: the server answers in order, so of several
    replies after DATA all but the last answered a RCPT, and the last is DATA's own ("554 no valid
    recipients", "503 need RCPT").  A 354 among them is DATA's go-ahead: the replies before it answered
    RCPTs, those after it the end of the data.  A client that quits on a 421 among them (Sendmail 8.17 sends
    QUIT as soon as a reply says the server is closing) reads the rest after ``>>> QUIT``: a reply there other
    than QUIT's own 221 (RFC 5321 §4.1.1.10) answered a command of the pipelined batch, as the server answers in
    order (RFC 2920 §3.1: "554 5.5.1 Error: no valid recipients" after ">>> QUIT" is DATA's), so they join DATA's
    replies.  Each reply is given once the next command is read, so a caller that stops early reads no further."""
    exchange: list[Reply] = []  # the replies to the last command sent
    sent: str | None = None
    data_sent = False  # the last command sent was DATA itself (not the "." that ends the data)
    quit_after_data = False  # a QUIT sent while the pipelined batch that DATA ended may still be answered
    for i, item in enumerate(lines):
        if item is None:
            continue
        way, text = item
        if way != GOT:
            if data_sent and way == SENT and _is_quit(text) and exchange and exchange[-1].lines[0].startswith("421"):
                # the client quit on a 421 ("closing", RFC 5321 §3.8) read before the rest of the pipelined batch:
                # DATA's exchange stays open for the replies read after QUIT
                data_sent, quit_after_data = False, True
                continue
            yield from _answered(exchange, sent)
            exchange, quit_after_data = [], False
            sent = "CONN" if way == NEW_SESSION else command_sent(text)
            data_sent = way == SENT and text[:4].upper() == "DATA"
        elif exchange and _goes_on(exchange[-1].lines[-1]):
            exchange[-1].lines.append(text)
        elif quit_after_data and text.startswith("221"):
            # QUIT's own reply (RFC 5321 §4.1.1.10): the pipelined batch was answered before it
            yield from _answered(exchange, sent)
            exchange, sent, quit_after_data = [Reply([text], None, i)], None, False
        else:
            exchange.append(Reply([text], sent, i))
    yield from _answered(exchange, sent)


def _is_quit(line: str) -> bool:
    """A ``>>>`` line that sent QUIT: Sendmail 8.17 sends it as soon as a reply says the server is closing (421, RFC
    5321 §3.8), which with pipelining may be a RCPT's reply read before the DATA's."""
    return line[:4].upper() == "QUIT" and line[4:5] in ("", " ")


def _goes_on(line: str) -> bool:
    """A line of a multi-line reply that the next line continues: "550-5.1.1 ..." (RFC 5321 §4.2.1)."""
    return line[3:4] == "-" and line[:3].isdecimal()


def _answered(exchange: list[Reply], sent: str | None) -> list[Reply]:
    """The replies to one command, the RCPT replies among those to a pipelined DATA marked (``session_replies``)."""
    if sent == "DATA" and len(exchange) > 1:
        go_ahead = next((n for n, r in enumerate(exchange) if r.lines[0].startswith("354")), len(exchange) - 1)
        for r in exchange[:go_ahead]:
            r.command = "RCPT"
    return exchange


def command_in_session(lines: list[tuple[str, str]], reply: str) -> str | None:
    """The SMTP command a transcript (``session_lines``) shows ``reply`` answered (see ``session_replies``)."""
    key = " ".join(reply.split())[:40].lower()
    if not lines or len(key) < 8:
        return None
    # most replies are not in the transcript at all: one quick look for the first line that is, then the
    # replies are read only as far as the one it belongs to
    first = next((i for i, (way, line) in enumerate(lines) if way == GOT and _begins_alike(line, key)), None)
    if first is None:
        return None
    for r in session_replies(lines):  # (a reply's lines are consecutive in ``lines``: its last is r.at + len - 1)
        if r.command is not None and r.at + len(r.lines) > first and any(_begins_alike(ln, key) for ln in r.lines):
            return r.command
    return None


def _begins_alike(line: str, key: str) -> bool:
    """``line`` is the reply that ``key`` (a reply's first 40 characters, lower case) begins, or begins it."""
    low = line.lower()
    return low.startswith(key) or (len(low) >= 8 and key.startswith(low))


def status_in(text: str) -> str | None:
    m = QMAIL_STATUS.search(text)
    if m:
        return m.group(1)
    m = STATUS.search(text)
    if m:
        return ".".join(m.groups())
    return None


def reply_code_in(text: str, low: str | None = None) -> str | None:
    """The reply code the text gives (``low``: see search_caseless)."""
    m = REPLY_WITH_STATUS.search(text)
    if m:
        return m.group(1)
    m = REPLY_AT_START.match(text)
    if m:
        return m.group(1)
    m = search_caseless(_REPLY_INSIDE, text, (), low)
    if m:
        return m.group(1)
    return None


# "host h [ip] said": each word starts with a literal letter, which the scan skips to (as in _REPLY_INSIDE); lower
# case, searched with search_caseless
_HOST_SAID = lazy(
    r"(?:host|server|mta)\s+([A-Za-z0-9][A-Za-z0-9.\-]{0,252})\s*\[?([0-9a-fA-F.:]{3,45})?\]?\s+"
    r"(?:said|says|replied|refused|rejected|smtp error)",
    caseless=True,
)
_HOST_SAID_WORDS = ("said", "says", "replied", "refused", "rejected", "smtp error")  # every match ends in one


_HOST = lazy(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,252}")


def host_of(value: str | None) -> str | None:
    """The host name in a Remote-MTA / Reporting-MTA value ("mx.example.jp. (192.0.2.1, ...)")."""
    if not value:
        return None
    m = _HOST.match(value.strip().strip("[]"))
    return m.group(0).rstrip(".").lower() if m else None


# session 56 (D56): the host as the sending MTA names it when no server reply came: Postfix 3.7's smtp_trouble.c
# "lost connection with HOST[ADDR] while ..." and "conversation with HOST[ADDR] timed out while ...", and
# smtp_connect.c's "connect to HOST[ADDR]:PORT: Connection refused" (its %m: "Connection timed out", ...)
_OWN_HOST = lazy(
    r"(?:lost connection with|conversation with|connect to) ([a-z0-9][a-z0-9.\-]{0,252})\[[0-9a-f.:]{3,45}\]",
    caseless=True,
)
_OWN_HOST_WORDS = ("lost connection with ", "conversation with ", "connect to ")
# ... and Sendmail 8.17's, usersmtp.c reply(): "451 4.4.1 reply: read error from HOST" and "421 4.4.1 Connection
# reset by HOST" (a name with a dot: "Connection reset by peer" names none)
_OWN_HOST_SENDMAIL = lazy(r"(?:reply: read error from|connection reset by) ([a-z0-9][a-z0-9.\-]{0,252})",
                          caseless=True)
_OWN_HOST_SENDMAIL_WORDS = ("read error from ", "connection reset by ")


def remote_host_in(text: str, low: str | None = None) -> str | None:
    """The server's name where the text frames its reply ("host X[addr] said:"), else where the sending MTA names
    the server it lost or could not reach (``_OWN_HOST``; ``low``: see search_caseless)."""
    m = (search_caseless(_HOST_SAID, text, _HOST_SAID_WORDS, low)
         or search_caseless(_OWN_HOST, text, _OWN_HOST_WORDS, low)
         or search_caseless(_OWN_HOST_SENDMAIL, text, _OWN_HOST_SENDMAIL_WORDS, low))
    if m and "." in m.group(1):
        return m.group(1).rstrip(".").lower()
    return None


# white space after a word, then a reply code (and status) that continues a multi-line reply; written to start
# with the white space itself (see STATUS above): "\s(?<=\S\s)\s*" is "(?<=\S)\s+"
_CONTINUATION = lazy(r"\s(?<=\S\s)\s*[245]\d\d[ \-](?:#?[245]\.\d{1,3}\.\d{1,3}\s)?")
# the reply code of _CONTINUATION alone, after white space: the pattern starts at a space, so searching it tries
# every space of the reply, where this one skips ahead to a digit (see _continues)
_CODE_AFTER_SPACE = lazy(r"[245](?<=\s[245])\d\d[ \-]")


def _continues(text: str) -> bool:
    """``_CONTINUATION.search(text) is not None``: a reply code after white space that follows a word, i.e. after
    the white space the text starts with."""
    return _CODE_AFTER_SPACE.search(text, len(text) - len(text.lstrip()) + 1) is not None


_ADDRESS = lazy(r"[^\s<>()\[\]\"',;:@]{1,64}@[A-Za-z0-9][A-Za-z0-9.\-]{0,252}")
_LOCAL_MAX = 64  # the most characters _ADDRESS takes before its "@"


def addresses_as_at(text: str) -> str:
    """``_ADDRESS.sub("@", text)``: each email address reduced to "@".  The pattern has no literal to skip ahead to,
    so a search tries it at every position of the text; here each search starts at most :data:`_LOCAL_MAX`
    characters before the next "@" (a match holds one, and starts no further before it), and none runs after the
    last "@".  The matches, and so the text, are those of the one ``sub``."""
    out: list[str] = []
    pos = 0
    while (at := text.find("@", pos)) >= 0:
        m = _ADDRESS.search(text, max(pos, at - _LOCAL_MAX))
        if m is None:
            break
        out.append(text[pos:m.start()])
        out.append("@")
        pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Latin letters with diacritics, lower case, as their base letters: servers write the same words with and without
# accents ("Boîte aux lettres désactivée", "Boite aux lettres desactivee"), so replies and phrases are compared
# without them; typographic apostrophes likewise as the plain one ("doesn’t" is "doesn't").  Other scripts
# (Japanese, Cyrillic, ...) are left as they are.  A reply may also come decomposed (Unicode NFD: "e" followed by
# U+0301, as some mail programs and the macOS clipboard write it), and Python lower-cases Turkish "İ" to "i" followed
# by U+0307: the combining diacritical marks (U+0300-U+036F) are dropped, so "répertorié" reads the same either way.
_ACCENTED = {
    "a": "àáâãäåāăą", "c": "çćĉċč", "d": "ðďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı",
    "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņň", "o": "òóôõöøōŏő", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț",
    "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
}
_FOLD = str.maketrans({**{ch: base for base, chars in _ACCENTED.items() for ch in chars},
                       "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "\u2019": "'", "\u2018": "'",
                       **dict.fromkeys(map(chr, range(0x300, 0x370)))})


def fold(text: str) -> str:
    """Lower-case ``text`` without the diacritics of Latin letters (``_ACCENTED``, or combining marks after a letter)
    and with plain apostrophes; ASCII text is returned as is."""
    return text if text.isascii() else text.translate(_FOLD)


def for_matching(text: str) -> str:
    """Lower-cased text for phrase matching: the reply-code prefixes that *repeat* in a joined multi-line reply
    are taken out, so "550-5.7.1 Messages with multiple 550 5.7.1 addresses" reads "550-5.7.1 messages with
    multiple addresses", while every reply's first code stays where it is ("host x said: 550 : user unknown");
    email addresses are reduced to "@": "<ratelimit@example.org>" names a mailbox, not a rate limit; and Latin
    letters lose their accents and typographic apostrophes are plain ones, as in the phrases (fold); an RFC's
    number is written apart ("rfc 2822")."""
    text = one_reply(text)
    if "@" in text:  # most replies name no address: skip the address scan, the costlier of the two
        text = addresses_as_at(text)
    text = fold(" ".join(text.split()).lower())
    return _rfc_numbers(text) if "rfc" in text else text


# the first line of a multi-line reply, "550-" (RFC 5321 §4.2.1), not a number's last digits ("2026-12-06", an address);
# written to start at the hyphen, so a search skips ahead to each hyphen instead of trying every position
_FIRST_OF_LINES = lazy(r"-(?<=(?<![\d.])[245]\d\d-)")


def has_reply_lines(text: str) -> bool:
    """Whether ``text`` holds a multi-line reply (its first line's code before a hyphen): only then has
    :func:`one_reply` codes to take out, and the cheap test spares every one-line reply its regex passes."""
    return "-" in text and _FIRST_OF_LINES.search(text) is not None


def one_reply(text: str) -> str:
    """``text`` with the reply-code prefixes that *repeat* in a joined multi-line reply (RFC 5321 §4.2.1) taken out,
    case and everything else kept: "550-5.7.1 ... multiple From: 550-5.7.1 headers." reads "550 5.7.1 ... multiple
    From: headers.", as the reply's own lines say it.  The phrases read it so (for_matching), and so do the cards'
    ``text`` conditions (cards.Facts): Postfix, Exim and Sendmail join a multi-line reply's lines with their codes."""
    head = REPLY_AT_START.match(text)
    if head and text[head.end() - 1 : head.end()] == "-":
        # "417-DNS lookup ...": the hyphen marks a continued reply (RFC 5321 §4.2.1), not a word joined to the code
        text = f"{text[: head.end() - 1]} {text[head.end():]}"
    if head:
        text = _unglued(text, head.end())
    if _continues(text):
        seen: set[str] = set()
        if head:
            seen.add(head.group(1))

        def repeat_only(m: re.Match[str]) -> str:
            found = m.group(0)
            at = len(found) - len(found.lstrip())
            code = found[at : at + 3]
            if code in seen:
                return " "
            seen.add(code)
            if found[at + 3 : at + 4] == "-":
                # the first line of a reply quoted after the sending MTA's own words (Exim's "SMTP error from remote
                # mail server after end of data: 550-You do not ..."): its hyphen continues the reply, as at the start
                return f"{found[: at + 3]} {found[at + 4:]}"
            return found

        text = _CONTINUATION.sub(repeat_only, text)
    return text


def _unglued(text: str, start: int) -> str:
    """The reply's own enhanced status, repeated glued to the word before it, taken out: OpenSMTPD 6.8 joins the lines
    of a multi-line reply after their reply code with nothing between them, and drops a line's repeated status only
    when it is one digit each side of its dots and a space follows (smtpd/mta_session.c, mta_io), so Cisco's
    "550-#5.7.1 ... has been" then "550 #5.7.1 rejected." reads "has been#5.7.1 rejected." and Gmail's 4.7.29 lines
    "a TLS4.7.29 connection" (session 48, X48). Only the status the reply opened with, right after a letter or a
    punctuation mark and before white space, is taken (a status of another value, or one after a space, is the
    server's own text)."""
    rest = text[start:].lstrip(" -")
    at = rest[:1] == "#"
    end = 1 + at
    while end < len(rest) and (rest[end].isdigit() or rest[end] == "."):
        end += 1
    status = rest[at:end]
    if status.count(".") != 2 or end >= len(rest) or not rest[end].isspace() or text.count(status) < 2:
        return text
    out: list[str] = []
    pos = first = len(text) - len(rest) + end
    while (hit := text.find(status, pos)) >= 0:
        mark = hit - 1 if text[hit - 1] == "#" else hit
        after = hit + len(status)
        before = text[mark - 1] if mark > first else " "
        if (before.isalpha() or before in ".,;:!?)") and after < len(text) and text[after].isspace():
            out.append(text[first:mark])
            out.append(" ")
            first = after
        pos = after
    if not out:
        return text
    out.append(text[first:])
    return text[: len(text) - len(rest) + end] + "".join(out)


def _rfc_numbers(text: str) -> str:
    """"RFC2822" and "RFC-2822" written as "rfc 2822", the way the phrases name a standard."""
    parts = text.split("rfc")
    for i in range(1, len(parts)):
        part = parts[i]
        if part[:1].isdigit():
            parts[i] = " " + part
        elif part[:1] == "-" and part[1:2].isdigit():
            parts[i] = " " + part[1:]
    return "rfc".join(parts)


# a host name followed by its [address], as MTAs frame the server they talked to ("host mx.example.net
# [192.0.2.1]", "mx.example.net[192.0.2.1] said:"): the name of a server, not its words, so a reason's phrase must
# not be found in it ("spam" in mx.antispam.example.net).  Names inside the reply itself stay: a block list's zone
# ("blocked using zen.spamhaus.org") is what the server says.
_HOST_NAME = lazy(r"(?<![\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,}\.?(?= ?\[[\d.:a-f]+\])")


def without_host_names(text: str) -> str:
    """``text`` (lower-cased, as :func:`for_matching` gives it) with each framed host name blanked to ``#`` of the
    same length, so positions stay comparable: what the reasons' phrases are matched against.

    What ``_HOST_NAME.sub`` gives, searched only where a name can be: a match is a run of name characters that
    ends right before a bracket (or a space and a bracket), so each search runs from the last space before a
    "[" to the "]" that closes it, not over the whole text."""
    out: list[str] = []
    pos = 0
    bracket = text.find("[")
    while bracket >= 0:
        close = text.find("]", bracket)
        if close < 0:
            break
        # a name holds no space: none starts before the last space ahead of it (it may end right before " [")
        m = _HOST_NAME.search(text, max(pos, text.rfind(" ", pos, max(bracket - 1, 0)) + 1), close + 1)
        if m is not None:
            out.append(text[pos:m.start()])
            out.append("#" * (m.end() - m.start()))
            pos = m.end()
        bracket = text.find("[", max(bracket + 1, pos))
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# session 40 (K2-40): the words a sending MTA frames a reply in, naming the command it was answering: Exim's "SMTP
# error from remote mail server after EHLO <name>:" (transports/smtp.c, 4.96; "remote mailer" in older releases,
# "remote server ... for X command" in GMX's), up to the colon before the reply or its host; Postfix's "(in reply to
# HELO command)" (smtp(8), smtp_proto.c).  They are the sending side's note of the stage (``command_in`` reads it),
# not the server's words: a reason's words must not be found in them ("helo" in "after HELO mx.example.org:" of a
# bare "550 Rejected").  Lower case, as ``for_matching`` gives the text.
_FRAME = lazy(
    r"(?:smtp )?error from remote (?:mail server|mailer|server) (?:after|for) "
    r"[^|]{0,300}?:(?= ?(?:host |#|[245]\d\d\b))"
    r"|\(in reply to [a-z ]{2,30} command\)"
)
_FRAME_WORDS = ("error from remote ", "(in reply to ")


def without_frames(text: str) -> str:
    """``text`` (as :func:`without_host_names` gives it) with the sending MTA's frames (``_FRAME``) blanked to ``#``
    of the same length, so positions stay comparable: the server's own words are what reasons are read from."""
    if not contains_any(text, _FRAME_WORDS):
        return text  # most replies: no frame
    return _FRAME.sub(lambda m: "#" * (m.end() - m.start()), text)


# a success reply (2yz with its class-2 enhanced status, RFC 3463 §3.1) that starts after white space; written to
# start at the code's first digit so a search skips ahead to each "2" (see STATUS)
_SUCCESS_REPLY = lazy(r"2(?<=\s2)\d\d[ \-]2\.\d{1,3}\.\d{1,3}(?![\d]|\.\d)")
# a failure's reply code (4yz, 5yz) where a reply starts: at the start, after white space, a colon or an opening
# bracket (Exim's "... SIZE=1969: 517-Sender rejected"), before a space, a hyphen or the end
_FAILURE_CODE = lazy(r"[45](?<![^\s:(\[][45])\d\d(?:[ \-]|$)")


def failed_reply(text: str) -> str:
    """``text`` up to a success reply that follows a failure in it: with PIPELINING (RFC 2920 §3.1) the server answers
    MAIL, RCPT and DATA in order, and a report may quote the replies read after the failing one (Exim 4.96's "after
    pipelined MAIL FROM:<...>: 517-... 517 ... 250 2.1.5 Ok", its "552 ... 221 2.0.0 Bye" after end of data), which
    answered other commands (RFC 5321 §4.2: one reply per command).  The reply code and status are the failure's,
    read from the text before them.  A success reply alone (a delivered DSN's "250 2.1.5 Ok") is kept whole."""
    if " 2." not in text and "-2." not in text:
        return text  # most replies: no class-2 status after a separator
    m = _SUCCESS_REPLY.search(text)
    while m is not None:
        if _FAILURE_CODE.search(text, 0, m.start()):
            return text[: m.start()]
        m = _SUCCESS_REPLY.search(text, m.end())
    return text


def fill_from_text(ev: Evidence, text: str) -> None:
    """Complete reply code, status, command and remote host from the server's words, never overwriting: from the
    failing reply's words where a success reply follows it (failed_reply)."""
    text = failed_reply(text)
    low = text.lower() if text.isascii() else None  # once for the searches below (search_caseless)
    if ev.reply_code is None:
        ev.reply_code = reply_code_in(text, low)
    st = status_in(text)
    if st:
        ev.status_from_text = st
        if ev.status is None:
            ev.status = st
    if ev.command is None:
        ev.command = command_in(text, low)
    if ev.remote_mta is None:
        ev.remote_mta = remote_host_in(text, low)
