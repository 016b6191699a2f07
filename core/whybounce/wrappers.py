"""A server's reply inside a mail program's own error message: found, so that `line` explains the reply.

Thunderbird never shows a refused send or a failed POP3 check as the bare reply. It puts the reply in a
sentence of its own, in the user's language, and drops the reply code on the way ("An error occurred
while sending mail. The mail server responded: Relaying denied. Please check the message recipient ...").
``unwrap`` recognises those sentences, word for word as Thunderbird writes them in English and Japanese
(``data/wrappers.yaml``, with their source), and returns the reply and what the sentence says about it.

Matching is forgiving where copying text changes it (any run of white space may be another run or none,
typographic quotes for straight ones, letter case) and strict everywhere else: the fixed words must all
be there, in order. Each sentence is split at the reply into a fixed part before it and one after it,
and both are found with one forward search each, so the work stays linear in the length of the text.
"""

from __future__ import annotations

from .knowledge import section
from .memo import cache
from .patterns import DOTALL, IGNORECASE, escape, lazy
from .record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from typing import Any

_PLACEHOLDER = lazy(r"%(?:\d\$)?[sS]")
_QUOTES = {'"': "[\"“”]", "'": "['‘’]"}
_GROUPS = {
    "recipient": r"(?P<recipient>[^\n\"“”]{0,320}?)",
    "server": r"(?P<server>[^\s\"“”]{1,255}?)",
    "other": r"[^\n]{0,255}?",
}
_NO_REPLY = frozenset({"", "undefined", "null"})
"""What Thunderbird puts in a message when it had no reply to quote (an argument it never got)."""


class Wrapped(Record):
    """A server's reply found inside a mail program's message, and what that message says about it."""

    __slots__ = ("lang", "message", "program", "protocol", "recipient", "reply", "server", "stage")

    def __init__(self, reply: str, protocol: str, program: str, lang: str, message: str | None, stage: str | None,
                 recipient: str | None = None, server: str | None = None) -> None:
        self.reply = reply  # the server's words as the message quotes them (Thunderbird drops the code, "-ERR")
        self.protocol = protocol  # smtp | pop3
        self.program = program  # thunderbird
        self.lang = lang  # the language of the message: en | ja
        self.message = message  # the message's name in the program's strings; None: a partial paste fits several
        self.stage = stage  # the SMTP command or POP3 step the reply answered, when the message says which
        self.recipient = recipient
        self.server = server

    def to_dict(self) -> dict[str, Any]:
        """The ``wrapper`` field of a line result: where the reply was found (not the reply itself)."""
        return {"program": self.program, "message": self.message, "lang": self.lang, "protocol": self.protocol,
                "stage": self.stage, "server": self.server}


class _Template(Record):
    __slots__ = ("after", "before", "lang", "message", "period", "program", "protocol", "stage", "weight")

    def __init__(self, program: str, protocol: str, message: str, lang: str, stage: str | None,
                 before: re.Pattern[str], after: re.Pattern[str] | None, period: bool, weight: int) -> None:
        self.program = program
        self.protocol = protocol
        self.message = message
        self.lang = lang
        self.stage = stage
        self.before = before
        self.after = after  # None: the reply runs to the end of the text
        self.period = period  # the message puts a "." right after the reply
        self.weight = weight  # fixed characters before the reply: the more, the more specific the match


def _literal(text: str) -> str:
    """A fixed piece of a message as a pattern: any white space may be other white space or none."""
    out = []
    for word in text.split():
        out.append("".join(_QUOTES.get(c, escape(c)) for c in word))
    return r"\s*".join(out)


def _pattern(parts: list[tuple[str, str]]) -> str:
    """Pieces (kind, text or group role) as one pattern, white space allowed between any two."""
    return r"\s*".join(_literal(text) if kind == "text" else _GROUPS[text] for kind, text in parts if text.strip())


def _pieces(template: str, roles: dict[str, str]) -> list[tuple[str, str]]:
    """Split a message at its placeholders: ("text", words) and ("group", role)."""
    parts: list[tuple[str, str]] = []
    at = 0
    for m in _PLACEHOLDER.finditer(template):
        parts.append(("text", template[at : m.start()]))
        parts.append(("group", roles[m.group()]))
        at = m.end()
    parts.append(("text", template[at:]))
    return parts


def _compile(program: str, protocol: str, message: str, lang: str, stage: str | None, template: str,
             roles: dict[str, str]) -> _Template:
    parts = _pieces(template, roles)
    cut = next(i for i, (kind, role) in enumerate(parts) if kind == "group" and role == "reply")
    before, after = parts[:cut], parts[cut + 1 :]
    after_text = "".join(text for kind, text in after if kind == "text").strip()
    last = after_text == "." and len(after) == 1  # "... %s." : nothing to look for after the reply
    import re  # the messages are compiled on the first look for one (not in the pattern store: made from the knowledge)

    flags = IGNORECASE | DOTALL
    return _Template(
        program=program, protocol=protocol, message=message, lang=lang, stage=stage,
        before=re.compile(_pattern(before), flags),
        after=re.compile(_pattern(after), flags) if after_text and not last else None,
        period=after_text.startswith("."),
        weight=sum(len("".join(text.split())) for kind, text in before if kind == "text"),
    )


@cache
def _templates() -> tuple[_Template, ...]:
    data = section("wrappers")
    out: list[_Template] = []
    smtp_roles = {"%s": "reply", "%1$S": "reply", "%S": "reply", "%2$S": "recipient"}
    for program, kinds in data.items():
        for entry in kinds.get("smtp", ()):
            for lang in ("en", "ja"):
                out.append(_compile(program, "smtp", entry["message"], lang, entry["stage"], entry[lang], smtp_roles))
        pop3 = kinds.get("pop3")
        if pop3:
            said = pop3["server_said"]
            pop3_roles = {"%1$S": "reply", "%2$S": "server", "%S": "other", "%s": "other"}
            for lang in ("en", "ja"):
                tail = said[lang].strip().replace("%S", "%2$S") + " %1$S"
                out.append(_compile(program, "pop3", said["message"], lang, None, tail, pop3_roles))
                for entry in pop3["messages"]:
                    template = entry[lang].strip() + " " + tail
                    out.append(_compile(program, "pop3", entry["message"], lang, entry["stage"], template, pop3_roles))
    return tuple(out)


def _match(t: _Template, text: str) -> tuple[tuple[bool, int], Wrapped | None] | None:
    """Whether ``t`` is in ``text``, scored (the whole message found, fixed characters before the reply),
    with the reply it quotes: None there when the message quotes nothing."""
    head = t.before.search(text)
    if head is None:
        return None
    rest = text[head.end() :]
    tail = t.after.search(rest) if t.after is not None else None
    score = (t.after is None or tail is not None, t.weight)
    reply = (rest[: tail.start()] if tail is not None else rest).strip()
    if t.period and tail is None and reply.endswith("."):
        # Thunderbird's own full stop (a reply ending in "." ends in ".." here); when the words after the
        # reply were found, the pattern for them took it already
        reply = reply[:-1].rstrip()
    if reply.lower() in _NO_REPLY:
        return score, None
    groups = {**head.groupdict(), **(tail.groupdict() if tail is not None else {})}
    found = Wrapped(reply=reply, protocol=t.protocol, program=t.program, lang=t.lang, message=t.message,
                    stage=t.stage, recipient=(groups.get("recipient") or "").strip() or None,
                    server=groups.get("server") or None)
    return score, found


def unwrap(text: str) -> Wrapped | None:
    """The server's reply that a mail program's error message in ``text`` quotes, or None.

    The message matched most completely decides; if it quotes nothing, there is no reply. When a text
    fits several messages (a partial paste that stops before the words telling them apart), the reply
    is the same for all; the stage is kept only if they agree on it.
    """
    best: list[Wrapped | None] = []
    best_score = (False, -1)
    for t in _templates():
        matched = _match(t, text)
        if matched is None:
            continue
        score, found = matched
        if score > best_score:
            best, best_score = [found], score
        elif score == best_score:
            best.append(found)
    replies = [w for w in best if w is not None]
    if not replies or len(replies) < len(best):
        return None
    first = replies[0]
    if len({w.message for w in replies}) == 1:
        return first
    stages = {w.stage for w in replies}
    return Wrapped(reply=first.reply, protocol=first.protocol, program=first.program, lang=first.lang, message=None,
                   stage=stages.pop() if len(stages) == 1 else None, recipient=first.recipient, server=first.server)
