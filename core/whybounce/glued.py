"""OpenSMTPD's glued words put apart by the words whybounce knows (session 49, X49; moved here in session 50, X50).

The splitting reads the resolver's, the providers' and words.yaml's knowledge, so it lives beside them, not in the
formats layer (RV49: formats/rfc3464.py held it); the resolver calls it (resolve._Reading) for an OpenSMTPD report
(``Evidence.command_unreported``) of a reply that opens as a continued one ("451-").
"""

from __future__ import annotations

from .memo import cache


def glued_words_apart(text: str) -> str:
    """The words of a reply OpenSMTPD joined, put apart for matching (resolve._Reading: ``text`` is smtp.for_matching's
    of a diagnostic that opens as a continued reply, "451-", in a report that names no command, OpenSMTPD's).

    OpenSMTPD 6.8 (smtpd/mta_session.c, mta_io) appends each continuation line of a multi-line reply to the first line
    from its fifth character on, with nothing between them, so the word that ended a line and the one that began the
    next become one: Yahoo's "451-Message temporarily deferred due to unresolvable" / "451 RFC.5321 from domain" reads
    "unresolvableRFC.5321 from domain", HENNGE's "over a" / "short period" "ashort" (session 49, X49). Servers break a
    reply's lines where a space was (RFC 5321 §4.2.1 continues a reply on the next line), so a word whybounce does not
    know, made of two words it knows (the words of the reason files' phrases, of words.yaml's tables and of the
    providers' tokens), is put apart again. Only the text matched: the diagnostic shown stays as OpenSMTPD wrote it."""
    known, whole = _known_words(), _whole_words()
    tokens = text.split(" ")
    changed = False
    for n, token in enumerate(tokens):
        apart = _split_glued(token, known, whole)
        if apart is not None:
            tokens[n] = apart
            changed = True
    return " ".join(tokens) if changed else text


@cache
def _known_words() -> frozenset[str]:
    """Every word of the reason files' phrases, words.yaml's tables and the providers' tokens, lower case (made at
    the first joined OpenSMTPD reply)."""
    from .knowledge import section
    from .providers import token_texts
    from .resolve import knowledge

    texts: list[str] = [piece for pieces, _n in knowledge().index.items for piece in pieces]
    texts += token_texts()
    texts += _strings([section("words#tables")])
    return frozenset(word for t in texts for word in t.lower().split())


@cache
def _whole_words() -> frozenset[str]:
    """The words never put apart: the known words and every word of whybounce's own English texts (its cards), which
    are English words, not two glued ones (session 50, X50: "without" was read as "with out", "below" as "be low",
    "deliverable" as "deliver able", each two known words). Made at the first joined OpenSMTPD reply."""
    from .knowledge import sections_of_language

    texts = _strings(sections_of_language("en"))
    words = {w.strip(_LEADING + _TRAILING) for t in texts for w in t.lower().split()}
    return _known_words() | frozenset(w for w in words if w.replace("-", "").replace("'", "").isalpha())


def _strings(roots: list[object]) -> list[str]:
    """Every string in ``roots``, decoded knowledge sections: words.yaml's tables and the card texts nest theirs in
    dicts, lists and tuples at any depth (one walk for :func:`_known_words` and :func:`_whole_words`)."""
    texts: list[str] = []
    stack = list(roots)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return texts


_LEADING = "(<\"'["
_TRAILING = ".,;:!?)>\"']"


def _split_glued(token: str, known: frozenset[str], whole: frozenset[str]) -> str | None:
    """``token`` with a space where two known words were joined ("unresolvablerfc.5321" -> "unresolvable rfc.5321"),
    or None: a word of ``whole`` (a known word or one of whybounce's English texts; so is the token's first run of
    letters before a dot or digit, "mailbox.550-please"), a short one, or one that two known words do not make. The
    first word is letters only (a dotted name is one token), the longer tried first; the second is the known word the
    rest starts with, up to a character that is no letter, "-" or "'". A word glued to a path's "<" is put apart
    before it."""
    path = token.find("<", 1)
    if path > 0 and token[path - 1].isalpha() and token.find(">", path) > 0:
        # a line that opened with a path in angle brackets (RFC 5321 §4.1.2: "553 <alice@example.com> #5.7.1") glued to
        # the word that ended the line before ("forging, auth<@>"): a path follows no letter in a server's words
        # ("RCPT TO:<...>" has its colon)
        return f"{token[:path]} {token[path:]}"
    lead = len(token) - len(token.lstrip(_LEADING))
    core = token[lead:].rstrip(_TRAILING)
    if len(core) < 5 or core in whole or not core[0].isalpha():
        return None
    word = _letters(core)  # the first word: letters, "-" and "'" only; a dotted name ("storedrv.deliver") is one token
    if core[:word] in whole:
        return None  # a word before a dot or a digit: "mailbox.550-please" is not "mail box.550-please"
    for i in range(min(word, len(core) - 2), 0, -1):
        left = core[:i]
        if left not in known or (i == 1 and left != "a"):
            continue
        rest = core[i:]
        right = rest[:_letters(rest)]
        if len(right) >= 2 and rest[0].isalpha() and (right in known or rest in known):
            return f"{token[:lead + i]} {token[lead + i:]}"
    return None


def _letters(text: str) -> int:
    """How many characters ``text`` starts with that are letters, "-" or "'" (a word as _split_glued takes one)."""
    end = 0
    while end < len(text) and (text[end].isalpha() or text[end] in "-'"):
        end += 1
    return end
