"""Evidence about one recipient -> exactly one reason word, and the rule that decided it.

The knowledge is data (``data/phrases.yaml``, ``data/status_reasons.yaml``); this module only applies
it, in three passes, most specific evidence first:

1. a reason the format itself states (a feedback report, a local delivery program's exit code, ...);
2. the *probe* pass: for each reason in a fixed order, does the enhanced status name it, or does the
   server's text say it (guarded by the SMTP command: a refusal after DATA is about the content, not
   the address)?
3. the *fallback* pass: more phrases, the status code's class, the SMTP command, the DSN action.
"""

from __future__ import annotations

from functools import cache

from . import providers
from .knowledge import section
from .model import Evidence
from .record import Record
from .smtp import for_matching

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


class Rule(Record):
    __slots__ = ("commands", "not_commands", "own", "pairs", "phrases", "reason", "unless")

    def __init__(self, reason: str, phrases: tuple[str, ...], pairs: tuple[tuple[str, ...], ...],
                 commands: frozenset[str] | None, not_commands: frozenset[str], unless: tuple[str, ...],
                 own: int) -> None:
        self.reason = reason
        self.phrases = phrases
        self.pairs = pairs
        self.commands = commands  # the phrase counts only after one of these (None: any)
        self.not_commands = not_commands  # ... and never after one of these
        self.unless = unless  # phrases that veto this reason (a DNS *timeout* is no unknown host)
        self.own = own  # phrases[:own] are this reason's own; the rest are borrowed (see phrases.yaml `borrow`)

    def match(self, text: str, own_only: bool = False) -> str | None:
        """The phrase that matched, for the finding's ``rule`` (and for ``make eval``'s rule counts)."""
        if any(u in text for u in self.unless):
            return None
        for p in self.phrases[: self.own] if own_only else self.phrases:
            if p in text:
                return p
        for pair in self.pairs:
            pos = 0
            for piece in pair:
                pos = text.find(piece, pos)
                if pos < 0:
                    break
                pos += len(piece)
            else:
                return " … ".join(pair)
        return None

    def allowed(self, command: str | None, by_status: str | None = None) -> bool:
        """Guards: a phrase bound to commands counts without a known command only when the status
        code names no other reason."""
        if command in self.not_commands:
            return False
        if self.commands is None or command in self.commands:
            return True
        return command is None and by_status in (None, self.reason)


class Tables(Record):
    __slots__ = ("by_name", "certain", "combined", "fallback", "gateways", "implied", "probe", "reply", "status",
                 "status_overrules", "weak")

    def __init__(self, probe: tuple[Rule, ...], fallback: tuple[Rule, ...], status: dict[str, str],
                 status_overrules: dict[str, tuple[str, ...]], implied: dict[str, str], reply: dict[str, str],
                 by_name: dict[str, Rule], weak: frozenset[str],
                 combined: dict[str, tuple[tuple[tuple[str, ...], str], ...]], gateways: frozenset[str],
                 certain: tuple[str, ...]) -> None:
        self.probe = probe
        self.fallback = fallback
        self.status = status
        self.status_overrules = status_overrules
        self.implied = implied
        self.reply = reply
        self.by_name = by_name
        self.weak = weak  # reasons a status names only loosely: the server's words are read first
        self.combined = combined  # status -> ((phrases, reason), ...)
        self.gateways = gateways  # formats of filtering gateways (see phrases.yaml)
        self.certain = certain  # "user unknown" wordings that need no RCPT TO to be believed


def _rule(reason: str, spec: dict[str, Any], all_specs: dict[str, Any]) -> Rule:
    cmds = spec.get("commands")
    phrases = list(spec.get("phrases", ()))
    own = len(phrases)
    pairs = list(spec.get("pairs", ()))
    for other in spec.get("borrow", ()):  # e.g. "user unknown" answered after DATA is a content filter
        phrases += all_specs[other].get("phrases", [])
        pairs += all_specs[other].get("pairs", [])
    return Rule(
        reason=reason,
        phrases=tuple(p.lower() for p in phrases),
        pairs=tuple(tuple(x.lower() for x in pair) for pair in pairs),
        commands=frozenset(cmds) if cmds else None,
        not_commands=frozenset(spec.get("not_commands", ())),
        unless=tuple(u.lower() for u in spec.get("unless", ())),
        own=own,
    )


@cache
def tables() -> Tables:
    ph = section("phrases")
    st = section("status_reasons")
    rules = {name: _rule(name, spec, ph["reasons"]) for name, spec in ph["reasons"].items()}
    return Tables(
        probe=tuple(rules[r] for r in ph["probe_order"]),
        fallback=tuple(rules[r] for r in ph["fallback_order"]),
        status={str(k): v for k, v in st["codes"].items()},
        status_overrules={k: tuple(v) for k, v in st.get("overruled_by", {}).items()},
        implied={k: str(v) for k, v in st["implied"].items()},
        reply={str(k): v for k, v in st["reply_codes"].items()},
        by_name=rules,
        weak=frozenset(st["weak"]),
        combined=_combined(st.get("combined", ()), rules),
        gateways=frozenset(ph.get("filtering_gateways", ())),
        certain=tuple(p.lower() for p in ph["reasons"]["userunknown"].get("certain", ())),
    )


def _combined(rows: Any, rules: dict[str, Rule]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in rows:
        if "wording_of" in row:
            phrases = rules[row["wording_of"]].phrases[: rules[row["wording_of"]].own]
        else:
            phrases = tuple(p.lower() for p in row["phrases"])
        out.setdefault(str(row["status"]), []).append((phrases, row["reason"]))
    return {k: tuple(v) for k, v in out.items()}


def status_reason(status: str | None) -> str | None:
    """The reason an enhanced status names on its own (``5.1.1`` -> userunknown), if any."""
    if not status:
        return None
    t = tables()
    _cls, _, rest = status.partition(".")
    return t.status.get(status) or t.status.get("X." + rest)


def classify(ev: Evidence, fmt: str | None = None) -> tuple[str, str]:
    """(reason, rule) for one recipient; ``fmt`` is the name of the detector that read the bounce."""
    t = tables()
    if ev.reason and ev.reason not in t.weak:
        return ev.reason, ev.rule or "format"  # the format itself says (a feedback report, a pipe delivery)
    text = for_matching(ev.diagnostic or "")
    known = providers.verdict(ev, text, best_status(ev))
    if known:
        return known
    reason, rule = _classify(ev, text)
    if reason != "userunknown" or ev.command == "RCPT":
        return reason, rule
    if not ev.status_from_text and fmt in t.gateways:
        return "filtered", f"{rule} (from the filtering gateway {fmt})"
    if fmt is not None and rule.startswith("phrase userunknown") and _words_only(ev, text, t):
        return "filtered", f"{rule} (not shown to be an answer to RCPT TO)"
    return reason, rule


def _words_only(ev: Evidence, text: str, t: Tables) -> bool:
    """A bounce says "user unknown" in words only: no status naming the address (none, or a generic X.0.0 /
    X.3.0), no sign of RCPT TO, no detector that knows, and none of the providers' account-lookup sentences.
    Filters (carriers', appliances') answer the same way after DATA, so the address may well exist."""
    status = best_status(ev)
    return (ev.command is None and ev.reason != "userunknown"
            and (status is None or status[1:] in (".0.0", ".3.0"))
            and not any(c in text for c in t.certain))


def _classify(ev: Evidence, text: str) -> tuple[str, str]:
    t = tables()
    status = best_status(ev)
    if status and status.startswith("2."):
        return "delivered", f"status {status}"
    by_status = status_reason(status)
    command = ev.command
    if ev.diagnostic_type and ev.diagnostic_type.startswith("x-unix"):
        # a local delivery program (pipe, procmail) failed: the mailer is the cause when its own words say
        # so ("procmail: Couldn't create ..."), else what the MTA mapped its exit to (EX_NOUSER -> 5.1.1),
        # or what it printed ("full")
        hit = t.by_name["mailererror"].match(text, own_only=True) if text else None
        if hit:
            return "mailererror", f"phrase mailererror: {hit} (local delivery program)"
        if by_status in ("userunknown", "mailboxfull", "suspend", "exceedlimit"):
            return by_status, f"status {status} (local delivery program)"
        for name in t.status_overrules.get("mailererror", ()):
            hit = t.by_name[name].match(text, own_only=True) if name in t.by_name else None
            if hit:
                return name, f"phrase {name}: {hit} (local delivery program)"
        return "mailererror", "diagnostic type x-unix"

    if status and text and command is None:
        for phrases, reason in t.combined.get("X." + status[2:], ()):
            hit = next((p for p in phrases if p in text), None)
            if hit:
                return reason, f"status {status} with the wording '{hit}'"

    if by_status and by_status not in t.weak:
        # a specific status code decides, unless the text names a reason known to overrule it
        for name in t.status_overrules.get(by_status, ()):
            rule = t.by_name.get(name)
            hit = rule.match(text, own_only=True) if rule and text and rule.allowed(command, by_status) else None
            if hit:
                return name, f"phrase {name}: {hit} (overrules status {status})"
        if _command_fits(by_status, command):
            return by_status, f"status {status}"

    for rule in t.probe:
        if by_status == rule.reason:
            beaten = [r for r in t.status_overrules.get(rule.reason, ()) if _phrase(t, r, text)]
            if not beaten and _command_fits(rule.reason, command):
                return rule.reason, f"status {status}"
        if text and rule.allowed(command, None if by_status in t.weak else by_status):
            hit = rule.match(text)
            if hit:
                return rule.reason, f"phrase {rule.reason}: {hit}"

    if ev.reason:  # a retryable reason the format stated, now that nothing more specific was found
        return ev.reason, ev.rule or "format"

    if by_status is None or by_status in t.weak:
        for rule in t.fallback:
            if text and rule.allowed(command):
                hit = rule.match(text)
                if hit:
                    return rule.reason, f"phrase {rule.reason}: {hit}"
    if command in ("CONN", "EHLO", "HELO") and (by_status is None or (by_status in t.weak and by_status != "expired")):
        # refused before the envelope: the sending server itself (its address or name) was not wanted
        return "blocked", f"command {command} (the sending server was refused)"
    if by_status:
        return by_status, f"status {status}"
    if status:
        subject = status[2:]
        if subject.startswith("6."):
            return "contenterror", f"status class {status}"
        if subject.startswith("7."):
            return "securityerror", f"status class {status}"
    if command == "MAIL":
        return "rejected", "command MAIL (the sender was refused)"
    if ev.reply_code and ev.reply_code in t.reply:
        return t.reply[ev.reply_code], f"reply {ev.reply_code}"
    if ev.action in ("delayed", "expired"):
        return "expired", f"action {ev.action}"
    if text:
        return "onhold", "no rule matched"
    return "undefined", "no evidence"


def _phrase(t: Tables, reason: str, text: str) -> bool:
    rule = t.by_name.get(reason)
    return bool(text) and rule is not None and rule.match(text, own_only=True) is not None


def _command_fits(reason: str, command: str | None) -> bool:
    # an address-level status answered after DATA means the content was refused (carriers' domain filters)
    return not (reason == "userunknown" and command == "DATA")


def best_status(ev: Evidence) -> str | None:
    """The DSN's status, unless the server's own text carries a more specific one of the same class."""
    s, t = ev.status, ev.status_from_text
    if s and t and s != t and s[0] == t[0] and s.endswith((".0.0", ".5.0")) and not t.endswith(".0.0"):
        return t
    return s or t


def implied_status(reason: str, temporary: bool) -> str | None:
    code = tables().implied.get(reason)
    if not code:
        return None
    return ("4" if temporary else "5") + code[1:]
