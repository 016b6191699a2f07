"""RFC 3464 delivery status notifications (and RFC 6533 global DSNs) from any MTA.

Runs after the detectors of MTAs whose DSNs need their own reading; the human-readable part is used
only to fill what the machine-readable fields leave out.
"""

from __future__ import annotations

from ..mail import Mail
from ..memo import cache
from ..model import Report
from ..patterns import IGNORECASE, lazy
from . import text
from .base import dsn_report, set_diagnostic, supplement_from_text


class Rfc3464:
    name = "rfc3464"

    def read(self, mail: Mail) -> Report | None:
        report = dsn_report(mail, self.name)
        if report is None:
            return None
        supplement_from_text(report, text.blocks(mail.bounce_lines))
        # OpenSMTPD's notice (smtpd/bounce.c NOTICE_INTRO) quotes each recipient's reply but never the command
        unreported = _OPENSMTPD_INTRO in mail.text_lower
        for ev in report.evidence:
            if unreported and ev.command is None:
                ev.command_unreported = True
            if unreported and ev.diagnostic:
                ev.diagnostic = _continuations_apart(ev.diagnostic)
            if not ev.diagnostic and ev.action not in ("delivered", "relayed", "expanded"):
                said = notice_about(mail, ev.address)
                if said:
                    set_diagnostic(ev, said)
        return report


_OPENSMTPD_INTRO = "this is the mailer-daemon, please do not reply to this e"  # "e-mail." (5.x) or "email." (6.x)
_RESPONSE = lazy(r"^the (?:response|error) (?:from the remote server |that the other server returned )?was:?$",
                 IGNORECASE)


# a reply that opens with a code and an enhanced status ("421-4.7.29 Your email has been ...")
_OPENING = lazy(r"^[245]\d\d[ -](?P<status>[245]\.\d{1,3}\.\d{1,3}) ")


def _continuations_apart(reply: str) -> str:
    """OpenSMTPD 6.8 (smtpd/mta_session.c) joins the lines of a multi-line reply with nothing between them, each
    continuation line without its reply code but with its enhanced status: "... not using a TLS4.7.29 connection.
    Gmail requires ... TLS/SSL for4.7.29 ..." (tests/fixtures/real-mta-catalogue/opensmtpd/, tests/fixtures/
    real-mta-heldout/README.md). The reply's own status glued to the end of a word marks where a line began: a
    space there again, so the words on both sides read as words ("TLS connection")."""
    m = _OPENING.match(reply)
    if m is None:
        return reply
    status, end = m.group("status"), m.end()
    # each occurrence of the status after a character that ends a word (not a space, digit or dot) and before a
    # space is cut out; by str.find, not a pattern made per reply (``re`` stays unimported, as patterns.py says)
    kept, start, at = [], end, reply.find(status, end)
    while at >= 0:
        before, after = reply[at - 1], reply[at + len(status):at + len(status) + 1]
        if at > end and not (before.isspace() or before.isdecimal() or before == ".") and after.isspace():
            kept.append(reply[start:at])
            start = at + len(status)
            at = reply.find(status, start)
        else:
            at = reply.find(status, at + 1)
    return reply if start == end else "".join([reply[:end], *kept, reply[start:]])


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
    known = _known_words()
    tokens = text.split(" ")
    changed = False
    for n, token in enumerate(tokens):
        apart = _split_glued(token, known)
        if apart is not None:
            tokens[n] = apart
            changed = True
    return " ".join(tokens) if changed else text


@cache
def _known_words() -> frozenset[str]:
    """Every word of the reason files' phrases, words.yaml's tables and the providers' tokens, lower case (made at
    the first joined OpenSMTPD reply)."""
    from ..knowledge import section
    from ..providers import token_texts
    from ..resolve import knowledge

    texts: list[str] = [piece for pieces, _n in knowledge().index.items for piece in pieces]
    texts += token_texts()
    stack: list[object] = [section("words#tables")]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return frozenset(word for t in texts for word in t.lower().split())


_LEADING = "(<\"'["
_TRAILING = ".,;:!?)>\"']"


def _split_glued(token: str, known: frozenset[str]) -> str | None:
    """``token`` with a space where two known words were joined ("unresolvablerfc.5321" -> "unresolvable rfc.5321"),
    or None: a known word, a short one, or one that two known words do not make. The first word is letters only (a
    dotted name is one token), the longer tried first; the second is the known word the rest starts with, up to a
    character that is no letter, "-" or "'"."""
    lead = len(token) - len(token.lstrip(_LEADING))
    core = token[lead:].rstrip(_TRAILING)
    if len(core) < 5 or core in known or not core[0].isalpha():
        return None
    word = 0  # the first word may only be letters ("-", "'"): a dotted name ("storedrv.deliver") is one token
    while word < len(core) and (core[word].isalpha() or core[word] in "-'"):
        word += 1
    for i in range(min(word, len(core) - 2), 0, -1):
        left = core[:i]
        if left not in known or (i == 1 and left != "a"):
            continue
        rest = core[i:]
        end = 0
        while end < len(rest) and (rest[end].isalpha() or rest[end] in "-'"):
            end += 1
        right = rest[:end]
        if len(right) >= 2 and rest[0].isalpha() and (right in known or rest in known):
            return f"{token[:lead + i]} {token[lead + i:]}"
    return None


def notice_about(mail: Mail, address: str | None) -> str | None:
    """When the report's fields carry no diagnostic: the remote reply the notice quotes ("The response
    was:"), or else the notice's own sentence about this recipient."""
    lines = [ln.strip() for ln in mail.bounce_lines]
    for i, ln in enumerate(lines):
        if _RESPONSE.match(ln):
            reply = " ".join(x for x in lines[i + 1 : i + 4] if x).strip()
            if reply:
                return reply
    if address:
        for ln in lines:
            if address in ln.lower() and len(ln) > len(address) + 10:
                return ln
    return None
