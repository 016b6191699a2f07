"""One pasted line or fragment -> LineResult: an SMTP reply, a POP3 ``-ERR`` answer, or a piece of a bounce.

A fragment is read with the same detectors and resolver as a whole message, so a pasted Postfix
paragraph, qmail block, ``mailq`` entry or DSN field group gets the same answer it would inside a bounce.
"""

from __future__ import annotations

from . import addresses, limits, smtp, wrappers
from .cards import build_card, unrecognised_card
from .engine import diagnostic_cut, finish
from .knowledge import section
from .memo import cache
from .model import Evidence, Finding, LineResult
from .notes import localized, note
from .patterns import IGNORECASE, MULTILINE, contains_any, lazy
from .smtp import fill_from_text, one_reply
from .timing import Later

_SMTP_REPLY = lazy(r"^\s*([245]\d\d)(?:[\s\-]|$)")  # any space after the code: a tab or a non-breaking one too
_POP3 = lazy(r"^\s*-ERR\b", IGNORECASE)
_MAILQ_QUEUE_LINE = lazy(r"^[0-9A-F]{5,}[*!]?\s+\d+\s+\w{3}\s+\w{3}\s+\d{1,2}\s+\d\d:\d\d:\d\d\s+\S+\s*$")
# a pasted reply alone says nothing of the command it answered, unless its code is one RFC 4954 (§4, §6) gives the
# AUTH command and its words name that exchange (AUTH, authentication, SASL, XOAUTH): then it answered AUTH, as in a
# bounce that says "in reply to AUTH command" (435 is Exim's temporary AUTH failure: src/smtp_in.c, 4.96).  A 530
# "authentication required" or a 550 "relay denied, use SMTP AUTH" answers MAIL FROM or RCPT TO, so those codes are
# not taken.
_AUTH_REPLY_CODES = frozenset({"432", "435", "454", "500", "501", "503", "504", "534", "535", "538"})
_AUTH_WORDS = lazy(r"\b(?:auth|authenticate|authentication|sasl|xoauth2?)\b", IGNORECASE)
# session 59 (k59a): a pasted reply that opens with Postfix's recipient frame («550 5.1.1 <bob@example.org>: Recipient
# address rejected: ...») answered RCPT TO: Postfix writes that frame for the restrictions it applies to the RCPT TO
# command (postconf(5) smtpd_recipient_restrictions, "in the context of a client RCPT TO command"; smtpd_check.c 3.7,
# check_rcpt_maps and reject_unlisted_recipient), as a bounce says "in reply to RCPT TO command".  Only at the reply's
# opening: the frame quoted inside another («Sender address rejected: undeliverable address: ... Recipient address
# rejected: ...», a sender verification probe's answer) says nothing of this reply's command.
_RCPT_FRAME = lazy(r"^[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?<[^<>\s]*>: recipient address rejected:", IGNORECASE)
_DSN_FIELD = lazy(r"^(?:final-recipient|original-recipient|status|diagnostic-code|action)\s*:",
                  IGNORECASE | MULTILINE)


@cache
def _pop3_topics() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """(topic, phrases, decisive response codes, class response codes) of data/pop3_topics.yaml."""
    data = section("pop3_topics")
    return tuple((t["topic"], tuple(p.lower() for p in t["phrases"]), tuple(c.lower() for c in t.get("codes") or ()),
                  tuple(c.lower() for c in t.get("class_codes") or ())) for t in data["topics"])


def pop3_topic(text: str) -> str | None:
    """The topic of a POP3 -ERR answer: a specific RFC 2449/3206 response code in brackets when there is one (the
    server's own classification), else the topic of the longest phrase found (earlier topics win ties), else the
    class a response code gives ("[SYS/TEMP]")."""
    low = text.lower()
    topics = _pop3_topics()
    coded = _coded_topic(low, [(topic, codes) for topic, _phrases, codes, _classes in topics])
    if coded is not None:
        return coded
    best: tuple[int, str] | None = None
    for topic, phrases, _codes, _classes in topics:
        for p in phrases:
            if p in low and (best is None or len(p) > best[0]):
                best = (len(p), topic)
    if best is not None:
        return best[1]
    return _coded_topic(low, [(topic, classes) for topic, _phrases, _codes, classes in topics])


def _coded_topic(low: str, codes: list[tuple[str, tuple[str, ...]]]) -> str | None:
    """The first topic one of whose bracketed response codes (lower case, "[in-use]") ``low`` holds."""
    if "[" not in low:
        return None
    return next((topic for topic, found in codes if contains_any(low, found)), None)


def explain_text(text: str, lang: str = "en", trace: bool = False, to: str | None = None) -> LineResult:
    """``to``: the recipient the reply was about, when the caller knows it (``whybounce line --to``); a reply
    alone names no receiving system, and the recipient's domain lets that provider's own knowledge apply."""
    warnings: list[str] = []
    if len(text) > limits.MAX_SCAN_CHARS:
        text = text[: limits.MAX_SCAN_CHARS]
        warnings.append(note("text_cut", n=limits.MAX_SCAN_CHARS))
    result = _explain(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"), lang, trace, to)
    if diagnostic_cut([result.finding]):
        warnings.append(note("diagnostic_cut", n=limits.MAX_FIELD_CHARS))
    result.warnings.extend(warnings)
    result.warnings = [localized(w, lang) for w in result.warnings]
    return result


def _explain(text: str, lang: str, trace: bool = False, to: str | None = None) -> LineResult:
    first = text.strip().split("\n", 1)[0]
    # a mail program's error message starts with its own words, never with a reply code or -ERR
    wrapped = None if _SMTP_REPLY.match(first) or _POP3.match(text) else wrappers.unwrap(text)
    if wrapped is not None:
        return _unwrapped(wrapped, lang, trace, to)
    if _POP3.match(text):
        return _pop3(text, lang)
    if _SMTP_REPLY.match(first) and len(text.strip().split("\n")) <= 3:
        return LineResult(finding=_smtp(text, lang, trace, address=to), protocol="smtp")
    finding = _fragment(text, lang, trace)
    result = LineResult(finding=finding, protocol="bounce-text")
    if _unrecognised(finding):
        finding.timing = None
        finding.card = unrecognised_card(lang, None)  # nothing shows the text is a server's words
        result.warnings.append(note("not_a_reply"))
    return result


def _unrecognised(f: Finding) -> bool:
    """Nothing in the text is a reply's fact: no code, no status, no address, no stage, no known words."""
    return (f.rule == "none.unknown-words" and not f.reply_code and not f.address and not f.command
            and (not f.status or f.status_inferred))


def _unwrapped(w: wrappers.Wrapped, lang: str, trace: bool = False, to: str | None = None) -> LineResult:
    """The reply a mail program's error message quotes, explained as if it had been pasted alone."""
    if w.protocol == "pop3":
        # Thunderbird quotes a POP3 error without its "-ERR": the message itself says it was one
        result = _pop3(w.reply if _POP3.match(w.reply) else "-ERR " + w.reply, lang)
    else:
        # a mail program's send error quotes its own outgoing server (RFC 6409's submission server): the card
        # speaks of that server, not of the recipient's side
        # at MAIL FROM the address a reply names is the sender's own ("553 5.1.8 <you@...>... Domain of sender
        # address does not exist"), not a recipient
        result = LineResult(finding=_smtp(w.reply, lang, trace, address=w.recipient or to, context="submission",
                                          names_recipient=w.stage != "MAIL"), protocol="smtp")
    result.wrapper = w.to_dict()
    return result


def _pop3(text: str, lang: str) -> LineResult:
    line = " ".join(text.split())
    topic = pop3_topic(line)
    f = Finding(address=None, reason=None, status=None, reply_code=None, command=None, temporary=False,
                remote_mta=None, diagnostic=line, rule=f"pop3.{topic}" if topic else "pop3.unknown")
    f.card = build_card(f, lang, topic=topic)
    return LineResult(finding=f, protocol="pop3", topic=topic)


def _smtp(text: str, lang: str, trace: bool = False, address: str | None = None, context: str = "line",
          names_recipient: bool = True) -> Finding:
    """``address``: the recipient a mail program's message around the reply names (wrappers.py).  The stage
    that message names stays in ``wrapper``: Thunderbird words several stages alike, so it is not a fact
    about the reply as a DSN's would be; ``names_recipient``: false where it says the reply answered MAIL FROM,
    whose address is the sender's."""
    line = " ".join(text.split())
    ev = Evidence(diagnostic=line, evidence=line)
    fill_from_text(ev, line)
    m = _SMTP_REPLY.match(line)
    if m:
        ev.reply_code = m.group(1)  # the reply's own code, not one it quotes
    ev.address = (addresses.first(line) if names_recipient else None) or address
    if ev.command is None and ev.reply_code in _AUTH_REPLY_CODES and _AUTH_WORDS.search(line):
        ev.command = "AUTH"
    elif ev.command is None and _RCPT_FRAME.match(one_reply(line)):  # a multi-line reply's repeated codes out
        ev.command = "RCPT"
    return finish(ev, "line", lang, "line", trace=trace, said=Later(text), context=context)


def _fragment(text: str, lang: str, trace: bool = False) -> Finding:
    from . import dsn
    from .formats import text as text_blocks
    from .formats.base import evidence_from_dsn

    lines = [ln for ln in text.split("\n") if not _MAILQ_QUEUE_LINE.match(ln.strip())]
    if _DSN_FIELD.search(text):
        ds = dsn.parse(text)
        if ds.recipients:
            ev = evidence_from_dsn(ds)[0]
            return finish(ev, "line", lang, "line", trace=trace, said=Later(text))
    found = [e for e in text_blocks.blocks(lines) if e.diagnostic]
    if not found:
        found = _mailq(lines)
    if found:
        ev = found[0]
    else:
        joined = " ".join(" ".join(lines).split())
        ev = Evidence(diagnostic=joined, evidence=joined)
        fill_from_text(ev, joined)
        from . import addresses

        ev.address = addresses.first(joined)
    if ev.status is None:
        ev.status = smtp.status_in(smtp.failed_reply(ev.diagnostic or ""))
    return finish(ev, "line", lang, "line", trace=trace, said=Later(text))


def _mailq(lines: list[str]) -> list[Evidence]:
    """``mailq``: the reason in parentheses first, the recipient on the next line."""
    out: list[Evidence] = []
    reason: str | None = None


    for line in lines:
        s = line.strip()
        if s.startswith("(") and s.endswith(")"):
            reason = s[1:-1]
            continue
        if reason and addresses.first(s) and len(s.split()) == 1:
            ev = Evidence(address=addresses.first(s), diagnostic=reason, evidence=reason)
            fill_from_text(ev, reason)
            out.append(ev)
    return out
