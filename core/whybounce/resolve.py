"""One recipient's facts -> every candidate reading -> the one that wins: a reason and a stable rule id.

Detectors report facts (:class:`~whybounce.model.Evidence`); the knowledge is data, one file per reason
(``data/reasons/<reason>.yaml``: statuses, reply codes, stages, phrases, hints) and one per provider
(``data/providers/<name>.yaml``: its own codes, statuses, sentences, header flags), every entry with its
source.  This module only gathers the readings and applies one precedence, :data:`TIERS`, most specific
evidence first:

==============  ================================================================================
fact            what the report states itself: a feedback report, an auto-reply, a delivered recipient
provider        a recognised provider's own code, status or fixed sentence
phrase          words that name a reason, anywhere in the server's reply; a phrase that is only a verdict word
                ("blacklisted") yields to one of another reason that names a mechanism ("... is blacklisted on uribl");
                in a refusal framed "<what> rejected: <why>" (Postfix's smtpd_check.c template, LumiSoft's and
                OpenSMTPD's replies), a phrase wholly in the frame says what was refused and yields to a phrase or
                clause of another reason after the colon, which says why, however long each is (unless the why is
                about the destination mailbox or its domain and the frame is not: "Sender address rejected: Domain
                not found" is the sender's domain; after a frame refusing the sender, words of a mailbox's state
                are the sender address's, however long: Postfix's quoted probe «... Recipient address rejected: User
                unknown» after «Sender address rejected: undeliverable address:»)
status          an enhanced status code that names one reason (RFC 3463 and the IANA registry); a status whose
                subject is the destination mailbox or list (X.1.1-X.1.6, X.2.x, X.7.2) drops to loose-status when a
                clause names the sending side as what is refused ("450 4.2.1 Sender ip address rejected"), or a
                header field of the message ("550 5.2.1 Missing required header: Subject"); under a
                final report's X.4.7, the status of the reply given up on counts too ("452 4.2.2 ..."); a reply
                with no status that prints a status's registered name ("Bad destination mailbox address") reads
                as that status (rule ``status-text.X.1.1``); at MAIL FROM a status about the destination mailbox,
                its domain or the content is not read (no recipient is named yet), as words about them are not,
                unless the words' entry names that stage in its ``when`` (written for it: "the sender's
                international E-mail address" at MAIL FROM, RFC 6531 §3.5)
clause          a subject and a predicate of ``data/words.yaml`` in one clause of the reply ("Account Closed",
                "user is locked", "attachment is too long"): words nobody listed, read by what they refuse (only
                when no fact, provider or phrase reading is there, which would outrank every clause); a phrase
                that is only a word of a clause's subject ("virus" in "Virus scanner error") drops to hint, and
                so does one that is only its predicate ("blacklisted" in "Your sender address has been
                blacklisted": the clause names what was refused); in a refusal framed "<what> rejected: <why>",
                a clause in the frame yields to one after the colon, and one that says only that the client
                may not ("You are not allowed to post") yields to one of another reason that says why
program         a local delivery program failed (RFC 3464 diagnostic type ``x-unix``)
gave-up         the sending side stopped retrying: words saying so, X.4.7, or a final report of a
                transient condition (a refused or timed-out connection; no reply at all with a temporary
                status).  A specific cause outranks it.  A permanent (5xx) reply to an SMTP command rules
                it out: that server said no for good; and a 5xx reply code the report gives the recipient
                without naming a command rules out reading its transient words so (RFC 3463 §3.1: the report
                judged the failure permanent, as Sendmail's "554 ... Remote protocol error: Connection reset by
                peer" does)
hint            generic words that only suggest a reason (and, in a delay notice, a transient condition: in a 5yz
                reply whose words refuse, those drop below the words that refuse, to the end of refusal); a 450 or
                451 whose words only ask for a retry later ("451 4.7.1 Try again later"), greylisting's default
                answer (RFC 6647 §2: OpenBSD spamd, rspamd), and a 452 that does so with an X.7.1 status (rmilter),
                reads ``blocked`` here (rule ``reply.retry-only``); a hint that says only that a rule refused
                ("policy") drops to refusal when a hint of another reason names what was refused ("helo")
syntax          a syntax or sequence reply (RFC 5321 §4.2.1: x0z, "503 Sender already given") to MAIL FROM, RCPT
                TO, the data or an unknown command: the command was malformed or out of order, not the sender
                refused (syntaxerror.yaml's reply codes with ``when: {envelope: true}``), unless the server's text
                opens with a verdict (``unless_opening``: lists.sr.ht's «500 Rejected. ...»)
stage           the SMTP stage refused: before the envelope (greeting, EHLO/HELO) only the sending host can
                have been unwanted for good (a temporary refusal there, 421 "not now", says the service is not
                available for the moment: rule ``stage.conn.temporary``); at MAIL FROM, the sender (for good, the
                client where the words name its address and nothing of the sender's: ``stage.mail.refused-host``); at
                AUTH, the login (RFC 4954); at STARTTLS, the encrypted session (RFC 3207). A reply code whose RFC gives
                it at that stage with a meaning of its own reads as that meaning instead (RFC 7504's 521 "Host does not
                accept mail" at the greeting: rule ``reply.521.conn``)
loose-status    a status servers use loosely (X.5.x, X.3.x, X.4.1, X.1.2, X.2.3, ...)
evidence        words that documented replies of at least two independent families use for one reason
                (``data/evidence.yaml``, derived from the documented-reply catalogue: whybounce.evidence), read
                only when nothing above does: each word in the table votes, weighted by the families behind it
reply           the bare reply code (RFC 5321, RFC 7504); 553 ("mailbox name not allowed", an answer to MAIL FROM as
                well as to RCPT TO) only at RCPT TO and with the stage's last guess, below words that only refuse;
                and a path quoted first in the reply, at RCPT TO or with no command reported, of another domain than
                the recipient's: the sender's (rule ``reply.path-of-the-sender``, RFC 5321 §3.3), where nothing at this
                tier or above reads
status-class    the status's class and subject alone (X.3.x the mail system, X.4.x network and routing, X.6.x
                media, X.7.x security or policy, each where no rule names its detail; not X.7.0 and a
                temporary 4.7.1, which servers give for either: status tier ``none``, no reading), and a status
                servers give for any cause (a temporary X.2.1: ``onhold``; a permanent X.7.1, "delivery not
                authorized", the default status of every filter's refusal, which says no more than its subject:
                policyviolation below the evidence tier and the reply code)
action          the DSN's action: a delay notice that says no more (no words, status or reply code read) is
                ``onhold`` (still retrying)
refusal         words that only refuse ("Blocked", "Access denied", "Message rejected") and name neither what nor
                why: the receiving side's rule (RFC 5321's 550 covers "command rejected for policy reasons"; a bare
                "Blocked" is the sending side's block), read only when nothing above does, before the stage's last
                guess; one that names the recipient
                ("Mailbox denied") refuses the recipient and leaves it to that guess, unless it stands after the
                colon of "<recipient> rejected: <why>" (Postfix's frame of every recipient restriction); at RCPT TO,
                words that name only the sending host or only the sender, with no predicate read, say that party
                was refused (``stage.rcpt.refused-host``, ``-sender``: MTAs check both at RCPT TO)
last-stage      a permanent refusal of a stage that nothing else explains: at RCPT TO, the recipient (most often
                because there is no such mailbox: RFC 5321's 550 "mailbox unavailable"; not with a status of the
                security-or-policy subject X.7, which says the address is not what failed (``unless_status``), nor
                with a 554, which RFC 5321 gives RCPT TO no reply and Postfix's restrictions send there
                (``unless_reply``); a 554 there, which Postfix sends for its block lists and access maps, is the
                sending host refused: rule ``reply.554.rcpt``); after the data, the message, by the receiving side's
                rule (the envelope was already accepted). Permanent: a 5yz reply, or with no reply code reported a
                5.x.x status
none            words nobody knows (``onhold`` while a later decision can come: a 4yz reply, a delay notice;
                ``undefined`` in a permanent refusal, whose failure stands with no cause determinable), or no
                evidence at all (``undefined``)
==============  ================================================================================

Within a tier the longer matched words win; at equal length a reading bound to a condition (the SMTP
stage, the status, the format) beats an unbound one; then the one earlier in the reply.  The stage, reply and
last-stage readings come from one kind of entry (:class:`Fallback`: a reason file's ``stages:`` and
``reply_codes:``), of which each tier keeps the most specific that holds.  The winner's
``rule`` is a stable id (``provider.microsoft.recipient-not-found``, ``reason.speeding.sending-quota``,
``status.X.1.1``) that cards and tests key on; :func:`resolve` also returns every candidate, which
``--trace`` prints (asked for the winner alone, it leaves out the steps that can no longer change it).
"""

from __future__ import annotations

from . import providers
from .grams import SliceIndex
from .knowledge import section, stored_slices
from .memo import cache, cached_property
from .model import Evidence
from .patterns import contains_any, lazy
from .smtp import STATUS, fold, for_matching, without_frames, without_host_names

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from .clauses import ClauseIndex

TIERS = ("fact", "provider", "phrase", "status", "clause", "program", "gave-up", "hint", "syntax", "stage",
         "loose-status", "evidence", "reply", "status-class", "action", "refusal", "last-stage", "none")
_RANK = {t: i for i, t in enumerate(TIERS)}
_EVIDENCE = _RANK["evidence"]
_STATUS_RANK = _RANK["status"]
_BEFORE_ENVELOPE = frozenset({"CONN", "EHLO", "HELO", "STARTTLS", "AUTH"})
# what only an envelope or a message can be refused for: a sender, a recipient, the message
_ENVELOPE_ONLY = frozenset({"rejected", "policyviolation", "filtered", "userunknown", "mailboxfull", "suspend",
                            "hasmoved", "spamdetected", "virusdetected", "contenterror", "mesgtoobig", "exceedlimit",
                            "norelaying"})
_BEFORE_RCPT = _BEFORE_ENVELOPE | {"MAIL"}
# a mailbox's states (RFC 3463 X.1.1-X.1.6, X.2.x), the destination's domain (X.1.2: at MAIL FROM a domain named is
# the sender's, RFC 5321 §3.3, as Sendmail's FEATURE(badmx) "550 5.1.2 Invalid MX record for host" shows) and
# verdicts on a message's content
_NOT_YET_THERE = frozenset({"userunknown", "hostunknown", "mailboxfull", "suspend", "hasmoved", "spamdetected",
                            "virusdetected", "contenterror"})
# the destination mailbox's states and its domain (RFC 3463 X.1.1-X.1.6, X.2.x; RFC 7505's X.1.10, a domain that
# accepts no mail): a why that names one of them explains a refused recipient, not a refused sender, host or message
# ("Sender address rejected: Domain not found" is the sender's domain, and a null MX there RFC 7505's X.7.27)
_DESTINATION = frozenset({"userunknown", "hostunknown", "mailboxfull", "suspend", "hasmoved", "notaccept"})
# a recipient's states and refusals, filtered's "user unknown" after DATA too (a recipient refused once the message
# came): their words right after the sender's name are the sender's (_words_said_of_the_sender)
_OF_A_RECIPIENT = _DESTINATION | {"filtered"}
# what reads a recipient's words said of the sender (_words_said_of_the_sender)
# session 54 (K54A): a mailbox's or a domain's existence or state, which at MAIL FROM can only be the sender's
# (_the_senders_mailbox); a full mailbox there is not (Symantec's «421 4.7.1 Recipient quota exceeded» at MAIL FROM is
# a sending limit, _NOT_YET_THERE's comment), nor is a message's content
_SENDERS_AT_MAIL = frozenset({"userunknown", "hostunknown", "suspend"})
# the temporary reply codes that name the server's own condition (RFC 5321 §4.2.3: 421 service not available, 451
# local error in processing, 452 insufficient system storage): words of a mailbox there say what the server failed
# to look up (graph-smtpd's «451 4.0.0 user not found» when its Graph client cannot build the sender's request), as
# _SENDERS_AT_MAIL's refusal does not
_OWN_CONDITION = frozenset({"421", "451", "452"})
_SENDERS_MAILBOX = [{"rfc": "RFC 5321 §3.3 and §4.1.1.2 (MAIL FROM:<reverse-path>: the one mailbox the command names "
                            "is the sender's; a 550/553 to it refuses that mailbox) and §4.3.2 (the replies to MAIL)"},
                    {"rfc": "RFC 3463 §3.2 (X.1.7 'Bad sender's mailbox address syntax', X.1.8 'Bad sender's system "
                            "address')"}]
_SAID_OF_THE_SENDER = [{"rfc": "RFC 3463 §3.2 (X.1.7 'Bad sender's mailbox address syntax', X.1.8 'Bad sender's system "
                                "address': the sender's own address and domain)"},
                       {"rfc": "RFC 5321 §3.3 (MAIL FROM:<reverse-path>: the envelope sender, whose address a reply "
                               "may refuse at RCPT TO or after DATA too)"}]
# the word lists of a reason file and the tier their words enter (transient words: see resolve())
WORD_LISTS = (("phrase", "phrases"), ("hint", "hints"), ("gave-up", "gave_up"), ("transient", "transient"),
              ("refusal", "refusals"))
# clauses that say what failed is not a missing mailbox (RFC 3463 X.1.1, "the address portion to the left of the
# '@' sign is invalid"): the recipient's mailbox in a state only an existing mailbox has (X.2.x): disabled
# (suspend.yaml), full or over its quota (mailboxfull.yaml, X.2.2), refusing the sender by its own filter
# (filtered.yaml: "blocked by recipient", "the recipient has blocked you"); or the recipient's DOMAIN, X.1.2's
# subject, unknown (hostunknown.yaml) or not served here (norelaying.yaml). X.1.1 beside them is the status servers
# put on every refused recipient, not a mailbox found missing (session 55, K55E, after K53E's disabled account)
_NOT_A_MISSING_MAILBOX = frozenset({
    "reason.suspend.recipient-disabled",
    "reason.mailboxfull.recipient-full", "reason.mailboxfull.quota-at-limit", "reason.mailboxfull.quota-full",
    "reason.mailboxfull.over-quota", "reason.mailboxfull.mailbox-over-limit",
    "reason.filtered.recipient-unwilling", "reason.filtered.refused-by-recipient",
    "reason.hostunknown.domain-unknown", "reason.norelaying.domain-not-served"})
MAX_GAP = 80  # pieces of a "pair" must follow each other within this many characters (one clause, not the text)


class Condition:
    """``when`` of a knowledge entry: what the words must come with.  ``command``: the SMTP stage; ``status``:
    the enhanced status (``X.`` = either class); ``reply_status``: the status quoted in the server's own reply;
    ``reply``: the reply code; ``format``: the detector that read the bounce; ``context``: ``bounce`` (read from
    a message) or ``line`` (a pasted reply or fragment).  A list holds the allowed values; ``null`` in it stands
    for "not known".  ``command_reported: true``: only when the report's format names the command where it knows
    it (not OpenSMTPD's notices, which never do), for words believed only because no command was shown."""

    __slots__ = ("command_reported", "commands", "contexts", "formats", "replies", "reply_statuses", "statuses")

    def __init__(self, spec: dict[str, Any]) -> None:
        unknown = set(spec) - {"command", "command_reported", "status", "reply_status", "reply", "format", "context"}
        if unknown:
            raise ValueError(f"unknown condition {sorted(unknown)}")
        self.commands = frozenset(spec["command"]) if "command" in spec else None
        self.command_reported = bool(spec.get("command_reported"))
        self.statuses = tuple(spec["status"]) if "status" in spec else None
        self.reply_statuses = tuple(spec["reply_status"]) if "reply_status" in spec else None
        self.replies = frozenset(None if r is None else str(r) for r in spec["reply"]) if "reply" in spec else None
        self.formats = frozenset(spec["format"]) if "format" in spec else None
        self.contexts = frozenset(spec["context"]) if "context" in spec else None

    def holds(self, ev: Evidence, status: str | None, fmt: str | None) -> bool:
        if self.commands is not None and ev.command not in self.commands:
            return False
        if self.command_reported and ev.command_unreported:
            return False  # a format that never names the command says nothing about which one it was
        if self.replies is not None and ev.reply_code not in self.replies:
            return False
        if self.formats is not None and fmt not in self.formats:
            return False
        if self.contexts is not None and ("line" if fmt == "line" else "bounce") not in self.contexts:
            return False
        if self.reply_statuses is not None and not any(_status_is(w, ev.status_from_text) for w in self.reply_statuses):
            return False
        if self.statuses is None:
            return True
        for want in self.statuses:  # (a loop, not a generator: asked for most entries read)
            if _status_is(want, status):
                return True
        return False


def _status_is(want: str | None, status: str | None) -> bool:
    if want is None or status is None:
        return want is status
    if want.startswith("X."):
        return status[1:] == want[1:]
    return status == want


class Entry:
    """One knowledge entry that reads words: a reason's phrase or hint, or a provider's sentence."""

    __slots__ = ("condition", "reason", "rule", "source", "tier")

    def __init__(self, reason: str, rule: str, tier: str, when: dict[str, Any] | None, source: Any) -> None:
        self.reason = reason
        self.rule = rule
        self.tier = tier
        self.condition = Condition(when) if when else None
        self.source = source


class PhraseIndex:
    """Substring matching of many phrases at once, in linear time: only the phrases whose first piece may occur
    in the text (grams.SliceIndex) are tried.  An item's pieces must follow in that order, each within
    :data:`MAX_GAP` characters of the one before.  Matches come out in the order of the items."""

    __slots__ = ("entries", "items", "rows", "slices")

    def __init__(self, items: Sequence[tuple[tuple[str, ...], int]], entries: list[Entry | None],
                 rows: Sequence[Sequence[Any]] = (), chosen: Callable[[], dict[str, Any] | None] | None = None) -> None:
        """``items``: (pieces, the number of its entry in ``entries``); an entry that is None there is made from
        ``rows`` (:class:`Entry`'s arguments, by the same number) when it first matches: a process that reads one
        reply makes the few entries it matches, not all the resolver's hundreds (``Knowledge``)."""
        self.items = items
        self.entries = entries
        self.rows = rows
        self.slices = SliceIndex([pieces[0] for pieces, _n in items], chosen)

    def find(self, text: str) -> list[tuple[Entry, int, int, str]]:
        """(entry, weight, position, matched words) for every entry whose words occur in ``text``."""
        items = self.items
        out: list[tuple[Entry, int, int, str]] = []
        for n in self.slices.candidates(text):
            pieces, number = items[n]
            first = pieces[0]
            start = _find_whole(text, first, 0, len(text))
            if start < 0:
                continue
            if len(pieces) == 1:  # most entries: the weight and the words are the one piece's own
                weight, words = len(first), first
            else:
                start = _pieces_at(text, pieces, start)
                if start < 0:
                    continue
                weight, words = sum(len(p) for p in pieces), " … ".join(pieces)
            entry = self.entries[number]
            if entry is None:
                entry = self.entries[number] = Entry(*self.rows[number])
            out.append((entry, weight, start, words))
        return out


def _pieces_at(text: str, pieces: tuple[str, ...], start: int) -> int:
    """Where ``pieces`` first occur in order, each within :data:`MAX_GAP` of the one before, or -1.  Every
    occurrence of the first piece is tried at most once, and each try looks at a bounded window: linear."""
    while start >= 0:
        pos = start + len(pieces[0])
        for piece in pieces[1:]:
            found = _find_whole(text, piece, pos, pos + MAX_GAP + len(piece))
            if found < 0:
                break
            pos = found + len(piece)
        else:
            return start
        start = _find_whole(text, pieces[0], start + 1, len(text))
    return -1


def _find_whole(text: str, piece: str, start: int, end: int) -> int:
    """Where ``piece`` first occurs in ``text[start:end]`` (-1: nowhere); a piece that is a bare number or status
    ("5.2.2", "5.4.1") only where it is not part of a longer one (no digit, nor a dot and a digit, right before or
    after it).  A status is its three numbers (RFC 3463 §2: "class.subject.detail", the detail one to three digits),
    so Microsoft's "5.2.2 … mailbox full" does not name Exchange Online's «550 5.2.251 Sender throttled due to
    continuous mailbox full errors.» (its SMTP AUTH throttle, continuous-error-throttling-smtp-auth-submissions).  A
    piece of words that ends in a number is a vendor's own words and is found anywhere (Yahoo's "temporarily deferred
    - 4.16.5" is meant for 4.16.50-59)."""
    found = text.find(piece, start, end)
    if found < 0 or not _bare_number(piece):
        return found
    while found >= 0:
        after = found + len(piece)
        if not _digit_at(text, after) and not _digit_at(text, found - 1):
            return found
        found = text.find(piece, found + 1, end)
    return -1


def _bare_number(piece: str) -> bool:
    """Whether ``piece`` is only digits and dots, with a digit at each end (a status, a code)."""
    return piece[0].isdigit() and piece[-1].isdigit() and all(ch.isdigit() or ch == "." for ch in piece)


def _digit_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a digit, or a dot joining it to a digit (the number goes on past ``i``)."""
    if i < 0 or i >= len(text):
        return False
    ch = text[i]
    if ch.isdigit():
        return True
    return ch == "." and (i + 1 < len(text) and text[i + 1].isdigit() and i > 0 and text[i - 1].isdigit())


class Fallback:
    """A reading from where the refusal came and its reply code alone, for when no words decide: a stage's usual
    meaning (a ``stages:`` entry, by ``command``), a reply code's own (a ``reply_codes:`` entry, by ``code``), or a
    code's meaning at a stage (both).  ``when: {temporary: true}`` holds for a temporary refusal (a 4yz reply, or a
    4.x.x status without one), ``{temporary: false}`` for any other, ``{permanent: true}`` only for a refusal
    known to be for good (a 5yz reply to a command, or no reply code and a 5.x.x status), ``{envelope: true}`` for
    a refusal not known to come before the envelope (not at the greeting, EHLO/HELO, STARTTLS or AUTH).  Three more
    say when the guess does not hold: ``unless_opening`` (the server's text opens with one of these words, a verdict:
    «500 Rejected. ...»), ``unless_status`` (the enhanced status has one of these subjects: ``X.7``),
    ``unless_reply`` (the reply code is one of these: ``554``).  Of those that hold, each tier takes the most
    specific: a code over a stage alone, then a stage with a condition over one without."""

    CONDITIONS = frozenset({"temporary", "permanent", "envelope", "unless_opening", "unless_status", "unless_reply"})
    __slots__ = ("code", "command", "envelope", "evidence", "permanent", "reason", "rule", "source", "specificity",
                 "temporary", "tier", "unless_opening", "unless_replies", "unless_subjects")

    def __init__(self, reason: str, spec: dict[str, Any], command: str | None, tier: str) -> None:
        when = spec.get("when") or {}
        if unknown := set(when) - self.CONDITIONS:
            raise ValueError(f"{reason}: unknown fallback condition {sorted(unknown)}")
        self.reason = reason
        self.code = str(spec["code"]) if "code" in spec else None
        self.command = command
        self.tier = spec.get("tier", tier)
        if self.tier not in ("stage", "syntax", "reply", "last-stage"):
            raise ValueError(f"{reason}: fallback tier {self.tier!r}")
        self.temporary: bool | None = when.get("temporary")
        self.permanent = bool(when.get("permanent"))
        self.envelope = bool(when.get("envelope"))
        # the words that, first in the server's text, say the reply is a verdict and not what its code says (a 500
        # "Rejected. ..."): the code's reading does not hold then (session 45, C45)
        self.unless_opening = frozenset(str(w).lower() for w in when.get("unless_opening") or ())
        # the status subjects ("X.7": RFC 3463's subject sub-code, what the failure concerns) that say the refusal is
        # not what the entry guesses: the guess does not hold with such a status (session 48, K48)
        self.unless_subjects = frozenset(str(w).split(".")[1] for w in when.get("unless_status") or ())
        # the reply codes that say the refusal is not what a stage's guess says: RFC 5321 §4.3.2 gives no 554 to
        # RCPT TO, and Postfix answers its access, block-list and policy restrictions there with 554 (postconf(5)
        # reject_code, access_map_reject_code, maps_rbl_reject_code) where an unknown recipient gets 550 (session 51)
        self.unless_replies = frozenset(str(c) for c in when.get("unless_reply") or ())
        self.source = spec.get("source")
        self.specificity = (self.code is not None, command is not None,
                            self.temporary is not None or self.permanent or self.envelope)
        stage = command.lower() if command else ""
        if self.code and command:
            self.rule, self.evidence = f"reply.{self.code}.{stage}", f"reply code {self.code} at {command}"
        elif self.code:
            self.rule, self.evidence = f"reply.{self.code}", f"reply code {self.code}"
        elif self.temporary:
            self.rule, self.evidence = f"stage.{stage}.temporary", f"refused for now at {command}"
        else:
            self.rule = f"stage.{stage}"
            self.evidence = f"refused for good at {command}" if self.permanent else f"refused at {command}"

    def holds(self, for_now: bool, for_good: bool, early: bool, opening: str, subject: str = "",
              code: str | None = None) -> bool:
        """Whether every condition of the entry's ``when`` holds. ``early``: the refusal came before the envelope
        (``_BEFORE_ENVELOPE``); ``opening``: the first word of the server's text (:func:`_opening_word`);
        ``subject``: the enhanced status's subject digit, if any; ``code``: the reply code, if any."""
        return (self.temporary is None or self.temporary == for_now) and (for_good or not self.permanent) \
            and not (early and self.envelope) and opening not in self.unless_opening \
            and subject not in self.unless_subjects and code not in self.unless_replies


class StatusRule:
    __slots__ = ("reason", "rule", "source", "tier")

    def __init__(self, reason: str, code: str, tier: str, source: Any) -> None:
        if tier not in ("status", "loose-status", "gave-up", "status-class", "none"):
            raise ValueError(f"status {code}: tier {tier!r}")
        self.reason = reason
        self.rule = f"status.{code}"
        self.tier = tier
        self.source = source


class RetryOnly:
    """A reason file's ``retry_only`` row: a temporary reply code whose words only ask for a retry later, naming no
    cause (greylisting's default answer, blocked.yaml), after an optional status and lead-in words."""

    __slots__ = ("codes", "lead_ins", "reason", "requests", "source", "status_required", "statuses")

    def __init__(self, reason: str, row: dict[str, Any]) -> None:
        self.reason = reason
        self.codes = frozenset(str(c) for c in row["codes"])
        self.statuses = frozenset(row.get("statuses") or ())
        # the row holds only with one of its statuses (a 452 is about storage unless an X.7 status says otherwise)
        self.status_required = bool(row.get("status_required"))
        self.lead_ins = tuple(f"{w} " for w in row.get("lead_ins") or ())
        self.requests = frozenset(row["requests"])
        self.source = row.get("source")

    def holds(self, plain: str, code: str) -> bool:
        """Whether the words after the reply code (and one of ``statuses``) in ``plain`` (the reply with the sending
        MTA's frames blanked, ``_Reading.said``) only ask for a retry later (string tests: the core compiles no
        pattern at import, patterns.py holds them)."""
        at = plain.find(code)
        if at < 0 or len(plain) - at > 120:
            return False
        rest = plain[at + 3:].lstrip(" -")
        if rest[:1] in ("4", "5") and rest[1:5] in self.statuses and rest[5:6] in ("", " ", ",", ";", ":", "-"):
            rest = rest[5:]
        elif self.status_required:
            return False
        rest = rest.rstrip(" #")  # a frame after the reply (Postfix's "(in reply to ... command)"), blanked to "#"
        words = " ".join(rest.translate(_PUNCTUATION).split())
        for lead_in in self.lead_ins:
            words = words.removeprefix(lead_in)
        return words in self.requests


_PUNCTUATION = str.maketrans(",;:.!-", "      ")


class Knowledge:
    """data/reasons/*.yaml compiled for matching (built once per process, on first use).  ``build_knowledge`` stores
    :func:`compile_table` of the reason files (``reasons#table``: every phrase already folded, every entry a row), so
    a process makes only the objects from it and neither decodes the reason files nor folds their thousand and more
    phrases."""

    def __init__(self, reasons: dict[str, Any] | None = None, table: dict[str, Any] | None = None) -> None:
        """``reasons``: the reason files (tools, tests), compiled here; or ``table``: :func:`compile_table` of them."""
        if table is None:
            table = compile_table(reasons or {})
        self._clause_specs: dict[str, Any] = table["clauses"]
        self.statuses: dict[str, StatusRule] = {code: StatusRule(reason, code, tier, source)
                                                for code, reason, tier, source in table["statuses"]}
        # (command, code) -> the fallbacks keyed so (None: any); see Fallback
        self.fallbacks: dict[tuple[str | None, str | None], list[Fallback]] = {}
        for reason, spec, command, tier in table["fallbacks"]:
            self._add_fallback(Fallback(reason, spec, command, tier))
        self.actions: dict[str, tuple[str, Any]] = {action: (reason, source)
                                                    for action, reason, source in table["actions"]}
        self.implied: dict[str, str] = dict(table["implied"])
        # blocked.yaml's greylisting answer: see RetryOnly
        self.retry_only: list[RetryOnly] = [RetryOnly(reason, row) for reason, row in table["retry_only"]]
        # hints and phrases that say only that a rule refused, not which (``names_only_a_rule``): see
        # _hints_that_name_only_a_rule and _words_in_links
        self.rule_only_hints: set[str] = set(table["rule_only_hints"])
        # phrases that report a probe of the sender's address (``quotes_sender_probe``): see _words_said_of_the_sender
        self.sender_probes: frozenset[str] = frozenset(table.get("sender_probes") or ())
        # readings that say only that the envelope sender was refused (``only_the_sender_refused``): see
        # _the_check_that_refused_the_sender
        self.sender_only: frozenset[str] = frozenset(table.get("sender_only") or ())
        # the words after which an entry's words say something else (``not_after``): see _words_said_of_another
        self.not_after: dict[str, frozenset[str]] = {rule: frozenset(words)
                                                     for rule, words in table.get("not_after", {}).items()}
        rows = table["entries"]
        self.index = PhraseIndex(table["items"], [None] * len(rows), rows,
                                 chosen=lambda: stored_slices("reasons#slices"))

    def _add_fallback(self, new: Fallback) -> None:
        same = self.fallbacks.setdefault((new.command, new.code), [])
        for old in same:
            if (old.tier, old.temporary, old.permanent, old.envelope) == \
                    (new.tier, new.temporary, new.permanent, new.envelope):
                raise ValueError(f"{new.rule} is claimed by {old.reason} and {new.reason}")
        same.append(new)

    def fallbacks_for(self, command: str | None, code: str | None, for_now: bool, for_good: bool,
                      opening: str = "", status: str | None = None) -> list[Fallback]:
        """The most specific fallback of each tier that holds for a refusal at ``command`` with reply ``code``;
        ``opening``: the first word of the server's text (a fallback ``unless_opening`` it does not hold);
        ``status``: the enhanced status (a fallback ``unless_status`` of its subject does not hold); a fallback
        ``unless_reply`` of ``code`` does not hold."""
        best: dict[str, Fallback] = {}
        early = command in _BEFORE_ENVELOPE
        subject = status.split(".")[1] if status and status.count(".") == 2 else ""
        for key in ((command, code), (command, None), (None, code)) if command and code else ((command, code),):
            for f in self.fallbacks.get(key, ()):
                if f.holds(for_now, for_good, early, opening, subject, code) and \
                        (f.tier not in best or f.specificity > best[f.tier].specificity):
                    best[f.tier] = f
        return list(best.values())

    @cached_property
    def clauses(self) -> ClauseIndex:
        """The reason files' clauses over the word classes of ``data/words.yaml`` (built on first use)."""
        from .clauses import ClauseIndex  # only a reply no phrase reads needs it

        return ClauseIndex(self._clause_specs, section("words#sides"), section("words#tables"))

    @cached_property
    def sender_cues(self) -> tuple[str, ...]:
        """clauses.sender_cues of the word tables, compiled (``words#sender-cues``): whether a reply may name the
        sender, tested without importing the clauses or building :attr:`clauses` (most replies never need them)."""
        return tuple(section("words#sender-cues"))

    @cached_property
    def recipient_words(self) -> tuple[str, ...]:
        """The words of ``data/words.yaml``'s recipient subject ("user", "mailbox", "recipient", ...): a refusal
        that names one refuses the recipient, which the stage's last guess reads (the ``refusal`` tier yields)."""
        return tuple(section("words#recipient"))

    @cached_property
    def inner(self) -> frozenset[str]:
        """The words inside a longer clause subject (clauses.inner_words), as compiled (``words#inner``)."""
        return frozenset(section("words#inner"))

    @cached_property
    def standard(self) -> frozenset[str]:
        """RFC 5321's standard reply texts, which name no cause (``standard_texts`` of data/words.yaml), as
        compiled (``words#standard``)."""
        return frozenset(section("words#standard"))

    @cached_property
    def greeting_frame(self) -> tuple[str, ...]:
        """The words of a temporary greeting that say nothing of why (``greeting_frame_words`` of data/words.yaml,
        with its standard texts and retry words), longest first, each padded with a space on either side:
        what ``_greeting_says_more`` blanks before it looks for a word of the greeting's own."""
        words = {" ".join(w.replace(",", " ").split()) for w in
                 (*section("words#greeting-frame"), *section("words#standard"), *section("words#retry"))}
        return tuple(f" {w} " for w in sorted(words, key=len, reverse=True))

    @cached_property
    def status_names(self) -> tuple[tuple[str, str], ...]:
        """(name, code) of the registered statuses whose names say something (build_knowledge.status_names), as
        compiled (``status_codes#names``)."""
        return tuple((name, code) for name, code in section("status_codes#names"))

    @cached_property
    def status_name_index(self) -> SliceIndex:
        """:attr:`status_names`' names filed for :class:`grams.SliceIndex`: a reply is sliced once for the phrases,
        and the same slices then pass over the names it cannot hold (most of 73 for most replies) instead of
        a substring scan for each name (the order of the names is kept)."""
        return SliceIndex([name for name, _code in self.status_names],
                          chosen=lambda: stored_slices("status_codes#slices"))

    @cached_property
    def verdicts(self) -> frozenset[str]:
        """The clause predicates as written (clauses.verdict_words), as compiled (``words#verdicts``)."""
        return frozenset(section("words#verdicts"))

    def status_rule(self, status: str | None) -> StatusRule | None:
        """The rule an enhanced status falls under: the exact code, else ``X.s.d``, else the class ``X.s.*``."""
        if not status:
            return None
        _cls, _, rest = status.partition(".")
        subject = rest.partition(".")[0]
        return self.statuses.get(status) or self.statuses.get("X." + rest) or self.statuses.get(f"X.{subject}.*")


def compile_table(reasons: dict[str, Any]) -> dict[str, Any]:
    """The reason files as :class:`Knowledge` reads them, checked, as plain rows (msgpack's types): ``statuses``
    (code, reason, tier, source), ``fallbacks`` (reason, the ``stages:`` or ``reply_codes:`` entry, command, tier),
    ``actions`` (action, reason, source), ``implied`` (reason -> reason), ``retry_only`` (reason, row),
    ``rule_only_hints`` (rules), ``not_after`` (rule -> the words after which its words do not read), ``entries``
    (reason, rule, tier, when, source) and ``items`` (the folded pieces of one ``match`` item, the number of its
    entry), and ``clauses`` (reason -> {"clauses": ...}, for ClauseIndex)."""
    statuses: dict[str, list[Any]] = {}
    fallbacks: list[list[Any]] = []
    actions: list[list[Any]] = []
    implied: dict[str, str] = {}
    retry_only: list[list[Any]] = []
    rule_only_hints: list[str] = []
    sender_probes: list[str] = []
    sender_only: list[str] = []
    not_after: dict[str, list[str]] = {}
    entries: list[list[Any]] = []
    items: list[tuple[tuple[str, ...], int]] = []
    clauses: dict[str, Any] = {}
    for name, spec in sorted(reasons.items()):
        reason = spec["reason"]
        if reason != name:
            raise ValueError(f"data/reasons/{name}.yaml names reason {reason!r}")
        for s in spec.get("statuses") or ():
            code = str(s["code"])
            if code in statuses:
                raise ValueError(f"status {code} is claimed by {statuses[code][1]} and {reason}")
            default = "status-class" if code.endswith(".*") else "status"
            tier = "loose-status" if s.get("loose") else s.get("tier", default)
            StatusRule(reason, code, tier, None)  # (checks the tier)
            statuses[code] = [code, reason, tier, s.get("source")]
        for key, tier in (("stages", "stage"), ("reply_codes", "reply")):
            for f in spec.get(key) or ():
                fallbacks.extend([reason, f, command, tier] for command in f.get("command") or (None,))
        actions.extend([a["action"], reason, a.get("source")] for a in spec.get("actions") or ())
        retry_only.extend([reason, row] for row in spec.get("retry_only") or ())
        if spec.get("implies"):
            implied[reason] = str(spec["implies"])
        for tier, key in WORD_LISTS:
            for e in spec.get(key) or ():
                rule = f"reason.{reason}.{e['id']}"
                if e.get("when"):
                    Condition(e["when"])  # (checks its keys)
                items.extend((pieces, len(entries)) for pieces in match_items(e["match"]))
                entries.append([reason, rule, tier, e.get("when") or None, e.get("source")])
                if tier in ("hint", "phrase") and e.get("names_only_a_rule"):
                    rule_only_hints.append(rule)
                if tier == "phrase" and e.get("quotes_sender_probe"):
                    sender_probes.append(rule)
                if e.get("only_the_sender_refused"):
                    sender_only.append(rule)
                if e.get("not_after"):
                    not_after[rule] = sorted({fold(str(w).lower()) for w in e["not_after"]})
        if spec.get("clauses"):
            clauses[name] = {"clauses": spec["clauses"]}
            sender_only.extend(f"reason.{reason}.{c['id']}" for c in spec["clauses"]
                               if c.get("only_the_sender_refused"))
    table = {"statuses": list(statuses.values()), "fallbacks": fallbacks, "actions": actions, "implied": implied,
             "retry_only": retry_only, "rule_only_hints": rule_only_hints, "sender_probes": sender_probes,
             "sender_only": sender_only,
             "not_after": not_after, "entries": entries,
             "items": items, "clauses": clauses}
    Knowledge(table=table)  # the fallbacks checked as the resolver files them
    return table


def match_items(match: list[Any]) -> list[tuple[str, ...]]:
    """The ``match`` list of an entry as lower-case piece tuples (a plain string is one piece), without accents as
    the replies they are compared with (smtp.fold)."""
    out = []
    for item in match:
        pieces = tuple(fold(str(p).lower()) for p in item) if isinstance(item, list) else (fold(str(item).lower()),)
        if not all(pieces):
            raise ValueError(f"empty piece in {match!r}")
        out.append(pieces)
    return out


@cache
def knowledge() -> Knowledge:
    return Knowledge(table=section("reasons#table"))


class Candidate:
    """One reading of the facts: a reason, the rule that gives it, and how specific its evidence is."""

    __slots__ = ("bound", "evidence", "pos", "reason", "rule", "source", "tier", "weight")

    def __init__(self, reason: str, rule: str, tier: str, evidence: str, *, weight: int = 0, bound: bool = False,
                 pos: int = 0, source: Any = None) -> None:
        self.reason = reason
        self.rule = rule
        self.tier = tier
        self.evidence = evidence
        self.weight = weight
        self.bound = bound
        self.pos = pos
        self.source = source

    def key(self) -> tuple[int, int, int, int]:
        return (_RANK[self.tier], -self.weight, 0 if self.bound else 1, self.pos)

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "rule": self.rule, "tier": self.tier, "evidence": self.evidence}


class Resolution:
    """The winning reading and every candidate, best first (``candidates[0]`` is the winner); asked for the winner
    alone (``resolve(..., winner_only=True)``), the candidates read before the winner was decided."""

    __slots__ = ("candidates", "transient")

    def __init__(self, candidates: list[Candidate], transient: bool = False) -> None:
        self.candidates = candidates
        self.transient = transient  # the words name a transient condition (a timed-out or refused connection)

    @property
    def winner(self) -> Candidate:
        return self.candidates[0]

    @property
    def reason(self) -> str:
        return self.candidates[0].reason

    @property
    def rule(self) -> str:
        return self.candidates[0].rule


def _frame_yields(out: list[Candidate], cut: int) -> None:
    """A refusal framed as "<what> rejected: <why>" (``cut``: the word index after its colon,
    clauses.ClauseIndex.read): a clause in the frame says only what was refused, so it yields to a clause read in
    the words after the colon, which say why."""
    clauses = [c for c in out if c.tier == "clause"]
    if cut >= 0 and any(c.pos >= cut for c in clauses):
        for c in clauses:
            if c.pos < cut:
                c.tier = "hint"
                c.evidence += " (the frame of the refusal; the words after it say why)"


def _not_yet(command: str | None) -> frozenset[str]:
    """The reasons a refusal at ``command`` cannot have: before the envelope, any of a sender, a recipient or a
    message (:data:`_ENVELOPE_ONLY`); at MAIL FROM, a recipient's mailbox or the content (:data:`_NOT_YET_THERE`);
    none from RCPT TO on."""
    if command in _BEFORE_ENVELOPE:
        return _ENVELOPE_ONLY
    return _NOT_YET_THERE if command in _BEFORE_RCPT else frozenset()


def best_status(ev: Evidence) -> str | None:
    """The DSN's status, unless the server's own text carries a more specific one of the same class."""
    return _best_status(ev.status, ev.status_from_text)


def _best_status(s: str | None, t: str | None) -> str | None:
    if s and t and s != t and s[0] == t[0] and s.endswith((".0.0", ".5.0")) and not t.endswith(".0.0"):
        return t
    return s or t


def _only_inside_longer(c: Candidate, phrases: list[Candidate], plain: str) -> bool:
    """Whether every occurrence of the single-piece phrase ``c`` in ``plain`` lies inside the words a longer
    phrase of another reason matched."""
    if " … " in c.evidence:
        return False
    spans = [(o.pos, o.pos + len(o.evidence)) for o in phrases
             if o.reason != c.reason and len(o.evidence) > len(c.evidence) and " … " not in o.evidence]
    if not spans:
        return False
    at = plain.find(c.evidence)
    while at >= 0:
        if not any(a <= at and at + len(c.evidence) <= b for a, b in spans):
            return False
        at = plain.find(c.evidence, at + 1)
    return True


def _names_recipient(plain: str, words: tuple[str, ...]) -> bool:
    """Whether one of the recipient subject's words stands in ``plain`` as a word of its own.  Most replies that
    refuse hold none of them at all: only those that do are cut into words."""
    present = [w for w in words if w in plain]
    if not present:
        return False
    if plain.isascii():  # (nearly every reply: one translate, not a test per character)
        padded = " " + plain.translate(_ASCII_NOT_WORD) + " "
    else:
        padded = " " + "".join(c if c.isalnum() or c in "'-" else " " for c in plain) + " "
    return any(f" {w} " in padded for w in present)


# each ASCII character that is neither a letter, a digit, an apostrophe nor a hyphen, made a space (what
# _names_recipient's test per character gives; tests/test_resolve.py holds the two to each other)
_ASCII_NOT_WORD = {n: " " for n in range(128) if not (chr(n).isalnum() or chr(n) in "'-")}


def _names_destination(status: str | None) -> bool:
    """The status's subject is the destination mailbox or its address (RFC 3463 X.1.1-X.1.6, X.2.x), or the
    destination mailing list (X.7.2 'Mailing list expansion prohibited': the sender may not write to that list)."""
    if not status:
        return False
    _cls, subject, detail = [*status.split("."), "", ""][:3]
    return subject == "2" or (subject == "1" and detail in ("1", "2", "3", "4", "5", "6")) or (
        subject == "7" and detail == "2")


def cause_status(ev: Evidence) -> str | None:
    """The status the resolver reads the cause from: :func:`best_status`, except that a final report's generic
    X.0.0 over a temporary reply that named its cause ("retry timeout exceeded" after "452 4.2.2 ...") takes
    the reply's subject and detail (RFC 3463 §2: the class says whether it is final, subject and detail say
    what).  Exim's 5.0.0 over a 4.x.x reply is read as the reply's own status: a reading written for a server's
    permanent code (5.7.1, 5.1.1) is no reading of the temporary one it sent, which Postfix's final report of the
    same reply keeps (session 44, X44).  A Status the reporting MTA made from the bare reply code says nothing
    (Evidence) but the code's class: a status in the reply's words (qmail's "(#5.6.1)") is read under it as under
    Postfix's X.0.0 for the same reply (session 47, X47)."""
    s, t = ev.status, ev.status_from_text
    if ev.status_from_reply_code:
        if not t or not s:
            return None
        s = s[0] + ".0.0"
    if s and t and s[0] != t[0] and s.endswith(".0.0") and not t.endswith(".0.0"):
        return t if t[0] == "4" and s[0] == "5" else s[0] + t[1:]
    return _best_status(s, t)


class _Reading:
    """One recipient's facts as the resolver's steps share them, and the candidates gathered so far."""

    __slots__ = ("anothers", "command", "ev", "final", "fmt", "framed", "framed_refusals", "gone", "k",
                 "mailbox_at_mail", "out", "passing", "permanent", "plain", "reply_end", "said", "senders_path",
                 "sending_side", "status", "text", "transient", "voted")

    def __init__(self, ev: Evidence, kind: str, fmt: str | None) -> None:
        self.k = knowledge()
        self.ev = ev
        self.fmt = fmt
        self.status = cause_status(ev)
        self.command = ev.command
        text = for_matching(ev.diagnostic or "")
        if ev.command_unreported and (ev.diagnostic or "")[3:4] == "-":
            # OpenSMTPD joined the lines of a multi-line reply with nothing between them: its words put apart
            from .glued import glued_words_apart

            text = glued_words_apart(text)
        self.reply_end = len(text)  # where the server's reply ends in ``said``: a notice's own words follow it
        if ev.notice:
            text = f"{text} | {for_matching(ev.notice)}" if text else for_matching(ev.notice)
        self.text = text
        self.plain = without_host_names(text) if text else ""
        # session 40 (K2-40): what the reason files' words are found in (``_words``): the plain text with the sending
        # MTA's frame of the reply blanked too (smtp.without_frames), the server's words only, so "after HELO <name>:"
        # around a bare "550 Rejected" is not words about the HELO.  Clauses read the plain text: blanked, the frame
        # would join a framed "[192.0.2.1]" to the reply's first words as one clause
        self.said = without_frames(self.plain)
        # words that name someone else's thing, not a verdict ("virus" in "update your virus scanner"): no evidence vote
        self.anothers: tuple[str, ...] = ()
        # the server said no for good to a command: the sending side's giving up is not the reason then, neither
        # its words ("message expired") nor X.4.7.  Without a command the 5yz may be the reporting MTA's own
        # (Amazon SES's and Exchange's "550 4.4.7 Message expired"), so only a transient condition's words are
        # ruled out there (`_gave_up`): measured in session 38, ruling out all gave-up readings there too lost
        # two corpus rows and a catalogue row, whose reports give up in their own words
        self.permanent = ev.command is not None and (ev.reply_code or "").startswith("5")
        self.final = kind == "bounce" and ev.action not in ("delayed", "delivered", "relayed", "expanded")
        # before RCPT TO no recipient is named and no message sent (RFC 5321 §3.3): there, words about a mailbox
        # ("quota exceeded", "user unknown") are not the state of a recipient's (Symantec's "421 4.7.1 Recipient
        # quota exceeded" at MAIL FROM is a sending limit; a sender's mailbox is the sender's), and words about
        # content ("spam") judge the sender or its host ("because 192.0.2.1 is sending spam" at the greeting), which
        # the stage reads. Before the envelope (the greeting, EHLO/HELO, STARTTLS, AUTH) only the client itself can
        # have been refused (RFC 5321 §3.1, §4.3.2; RFC 4954 for AUTH): words that would refuse a sender, a
        # recipient or a message ("Refused by local policy. No SPAM please!" at the greeting) say why the client
        # is unwanted, which the stage reads
        self.gone = _not_yet(ev.command)  # what the words cannot mean at this stage (the evidence tier obeys it too)
        # session 60 (K60A): the reply quotes first the envelope sender's own path (Evidence.sender): the mailbox or
        # domain its words speak of is the sender's, as at MAIL FROM (_the_senders_mailbox), wherever it was answered
        # (not where the words call it a recipient: «<a>: Recipient address rejected: ...» refused it as one)
        self.senders_path = _quotes_the_sender_first(ev) and not _names_recipient(self.said, _THE_RECIPIENT_NAMED)
        if self.senders_path:
            self.gone = self.gone | _SENDERS_AT_MAIL
        self.out: list[Candidate] = []
        self.transient: Candidate | None = None
        self.passing: list[Candidate] = []  # the readings of transient words (a passing condition), as hints
        self.sending_side = False  # a clause names the sending side (or a header field) as what is refused
        self.framed: list[Candidate] = []  # phrases in the frame of a refusal framed "<what> rejected: <why>"
        self.voted = False  # _giving_up_below_the_reply asked the evidence tier already: _evidence asks no more
        self.mailbox_at_mail: list[Candidate] = []  # a mailbox's or domain's words at MAIL FROM (_the_senders_mailbox)
        self.framed_refusals: list[Candidate] = []  # words that only refuse beside the recipient named, after a colon

    def drop_gone(self, tiers: tuple[str, ...]) -> None:
        if self.gone:
            self.out = [c for c in self.out if not (c.tier in tiers and c.reason in self.gone)]


def resolve(ev: Evidence, kind: str = "bounce", fmt: str | None = None, *, winner_only: bool = False) -> Resolution:
    """Every candidate reading of ``ev``, best first.  ``kind`` is the report's kind (``feedback``,
    ``vacation``, ``bounce``, ...), ``fmt`` the detector that read it (``"line"`` for a pasted reply).  Each
    step below adds the readings of some tiers (or moves a reading down); one sort by :data:`TIERS` decides.

    ``winner_only`` (the engine without ``--trace``): the steps after the clauses add readings of the status tier or
    below and move down only readings of giving up (:data:`_DECIDED`), so once the best reading so far is a
    provider's or a phrase's, not of giving up, they are not run: the winner, ``transient`` and the word readings of
    giving up (engine._says_given_up) are what every step gives, the candidate list holds the readings so far."""
    r = _Reading(ev, kind, fmt)
    _facts(r, kind)
    _words(r)
    if "://" in r.said:
        _words_in_links(r)
    _words_said_of_another(r)
    _passing_words_of_giving_up(r)
    _phrases_that_only_name(r)
    _words_of_anothers_thing(r)
    _framed_phrases(r)
    _words_said_of_the_sender(r)
    if r.mailbox_at_mail:
        _the_senders_mailbox(r)
    _hints_that_name_only_a_rule(r)
    if "polic" in r.said:
        _the_subject_a_policy_names(r)
    _passing_words_in_a_refusal(r)
    _passing_words_of_the_system(r)
    _clauses(r)
    _the_check_that_refused_the_sender(r)
    if winner_only and _decided(r.out):
        _giving_up_below_the_reply(r)  # (moves the word readings of giving up down as it does after every step)
        r.out.sort(key=Candidate.key)
        return Resolution(r.out, transient=r.transient is not None)
    _status_names(r)
    _statuses(r)
    _gave_up(r)
    _giving_up_below_the_reply(r)
    # before the envelope, a status that would refuse a sender, a recipient or a message ("554 5.7.2 Service
    # denied" at the greeting) says why the client is unwanted too, which the stage reads (as the words above); at
    # MAIL FROM, a status about the destination mailbox or the content (X.1.1, X.2.2, X.6.x) is not a recipient's
    # or a message's yet either (RFC 5321 §3.3), as words about them are not
    r.drop_gone(("status", "loose-status"))
    _fallbacks(r)
    if r.framed_refusals:
        _refusals_after_a_recipient_frame(r)
    if kind == "bounce" and r.ev.address and "@" in (r.ev.diagnostic or ""):
        _the_path_refused_first(r)
    _last_resorts(r)
    r.out.sort(key=Candidate.key)
    _evidence(r)
    return Resolution(r.out, transient=r.transient is not None)


# the tiers of a reading no step after the clauses can outrank or move down, unless it reads giving up
# (_giving_up_below_the_reply): those steps add the status tier and below (_status_names, _statuses, _gave_up,
# _fallbacks, _last_resorts, _evidence) and take out only status readings (drop_gone)
_DECIDED = frozenset({"provider", "phrase"})


def _decided(out: list[Candidate]) -> bool:
    """Whether the best reading so far wins whatever the steps after the clauses add: one of :data:`_DECIDED`, not of
    giving up.  Such a reading reads the reply's own words, so _giving_up_below_the_reply, which still runs, finds the
    reply read without the status readings those steps would add and does what it does after them."""
    if not out:
        return False
    best = min(out, key=Candidate.key)
    return best.tier in _DECIDED and best.reason != "expired"


def _facts(r: _Reading, kind: str) -> None:
    """fact: what the report states about itself; provider: a recognised provider's own knowledge; program: a
    local delivery program failed."""
    ev, status = r.ev, r.status
    if kind == "feedback":
        r.out.append(Candidate("feedback", "fact.feedback" + (f".{ev.feedback_type}" if ev.feedback_type else ""),
                               "fact", f"feedback report ({ev.feedback_type or 'complaint'})"))
    elif kind == "vacation":
        r.out.append(Candidate("vacation", "fact.auto-reply", "fact", "an automatic reply (RFC 3834)"))
    if ev.action in ("delivered", "relayed", "expanded"):
        r.out.append(Candidate("delivered", f"fact.action-{ev.action}", "fact", f"Action: {ev.action}"))
    elif status and status.startswith("2."):
        r.out.append(Candidate("delivered", "fact.status-2", "fact", f"Status: {status}"))
    r.out.extend(providers.candidates(ev, r.text, status, r.fmt, _given_up_on(r)))
    if ev.diagnostic_type and ev.diagnostic_type.lower().startswith("x-unix"):
        # the trace names where the fact was read: the report's Diagnostic-Code field, or the words of the notice
        # that showed a program's failure where the report has no such field (OpenSMTPD's, Exim's)
        r.out.append(Candidate("mailererror", "fact.local-program", "program",
                               ev.diagnostic_type_from or f"Diagnostic-Code: {ev.diagnostic_type}"))


def _words(r: _Reading) -> None:
    """phrase, gave-up, hint, transient and refusal: the reason files' words anywhere in the reply.  A phrase or
    hint whose reason the stage rules out (``_Reading.gone``) is not read, unless its entry names this very stage
    in its ``when`` ("the sender's international E-mail address" at MAIL FROM): written for it."""
    if not r.plain:
        return
    recipient_named: bool | None = None  # whether the reply names the recipient: asked once, by a refusal entry
    for entry, weight, pos, words in r.k.index.find(r.said):
        cond = entry.condition
        if (cond is not None and not cond.holds(r.ev, r.status, r.fmt)) or (r.permanent and entry.tier == "gave-up"):
            continue
        if entry.tier == "refusal":
            if recipient_named is None:
                recipient_named = _names_recipient(r.said, r.k.recipient_words)
            if recipient_named:
                # "Recipient address rejected", "Mailbox denied": the recipient refused, not a rule unnamed; unless the
                # words stand after the frame's colon (_refusals_after_a_recipient_frame)
                if r.said.find(":", 0, pos) >= 0:
                    r.framed_refusals.append(Candidate(entry.reason, entry.rule, "refusal", words, weight=weight,
                                                       bound=cond is not None, pos=pos, source=entry.source))
                continue
        tier = "hint" if entry.tier == "transient" else entry.tier
        cand = Candidate(entry.reason, entry.rule, tier, words, weight=weight, bound=cond is not None, pos=pos,
                         source=entry.source)
        if entry.tier == "transient":
            r.passing.append(cand)
            if r.transient is None or cand.key() < r.transient.key():
                r.transient = cand  # a final report of it gives up, whatever the stage rules out
        if tier in ("hint", "phrase") and entry.reason in r.gone and not (
                cond is not None and cond.commands is not None and r.command in cond.commands):
            if (r.command == "MAIL" or r.senders_path) and entry.reason in _SENDERS_AT_MAIL \
                    and r.ev.reply_code not in _OWN_CONDITION:
                r.mailbox_at_mail.append(cand)
            continue
        r.out.append(cand)


def _read_above(r: _Reading, tier: str) -> bool:
    """A reading above ``tier`` decides already: the rules that read only where none does (K57C's two below the
    refusal tier, K58B's at MAIL FROM in the stage tier) ask this."""
    rank = _RANK[tier]
    return any(_RANK[c.tier] < rank for c in r.out)


def _refusals_after_a_recipient_frame(r: _Reading) -> None:
    """session 57 (K57C): words that only refuse, in a reply naming the recipient (``_words`` leaves them to the stage's
    last guess), are read when they stand after the colon of a refusal framed "<recipient> rejected: <why>" and the
    why names no recipient itself: Postfix writes «Recipient address rejected:» before the reply of every recipient
    restriction (smtpd_check.c 3.7: check_recipient_access's REJECT text, a policy service's,
    reject_unlisted_recipient's «User unknown in ... table»), so the frame says only WHAT was refused, and «Not
    allowed» or «Forbidden» after it say a rule refused it, not that the mailbox is missing.  Asked only where nothing
    above the refusal tier reads."""
    if _read_above(r, "refusal"):
        return
    colon = r.k.clauses.frame_colon(r.said)
    if colon < 0 or _names_recipient(r.said[colon + 1:], r.k.recipient_words):
        return
    r.out.extend(c for c in r.framed_refusals if c.pos > colon)


def _words_in_links(r: _Reading) -> None:
    """session 52 (K52A): a hint that says only that a rule refused (``names_only_a_rule``: "policy") found only
    inside a link names the page the server points to, not what this reply says: Spamilter ends every refusal with
    "Please see: https://mx.example.com/policy.html#<anchor>", its temporary "Unable to validate recipient" too, as
    Yahoo and Gmail point to their policy pages (RFC 3986 §1.1: a URI identifies a resource).  The reading is not
    made; the same words outside the link still read.  Only these hints: other words in a link can name the cause
    (a block list's lookup page, "smtplf.html"), which the hints of other reasons read.  Called only for a reply
    that holds "://"."""
    only = r.k.rule_only_hints
    said = r.said
    if not only:
        return
    links: list[tuple[int, int]] = []
    at = said.find("://")
    while at >= 0:
        start = at
        while start > 0 and said[start - 1].isalpha():
            start -= 1  # the scheme ("https")
        end = said.find(" ", at)
        if end < 0:
            end = len(said)
        links.append((start, end))
        at = said.find("://", end)
    keep: list[Candidate] = []
    for c in r.out:
        if c.rule in only and c.tier == "hint":
            words = c.evidence
            at = said.find(words)
            while at >= 0 and any(s <= at and at + len(words) <= e for s, e in links):
                at = said.find(words, at + 1)
            if at < 0:
                continue
        keep.append(c)
    r.out = keep


def _words_said_of_another(r: _Reading) -> None:
    """session 44 (K2-44): an entry's words right after one of its ``not_after`` words say something else than the
    entry means: "spam" after "sending" ("you are sending spam", "due to sending spam messages") names what the sending
    side sends, the cause of a block on it (Sisimai reads "you are sending spam" as blocked), not a verdict on this
    message. Where every occurrence stands so, the reading drops to the refusal tier (below every reading of what was
    refused: "127.0.0.1 is blocked from sending"), as a passing condition's words in a refusal do."""
    rules = r.k.not_after
    if not rules:
        return
    for c in r.out:
        before = rules.get(c.rule)
        if before is None or c.tier not in ("phrase", "hint") or " … " in c.evidence:
            continue
        from .clauses import word_before  # only a reading whose entry lists not_after words needs it

        at = r.said.find(c.evidence)
        while at >= 0 and word_before(r.said, at) in before:
            at = r.said.find(c.evidence, at + 1)
        if at < 0:
            c.tier, c.weight = "refusal", 0
            c.evidence += " (only after a not_after word: said of another's thing, not a verdict on this message)"


def _passing_words_of_giving_up(r: _Reading) -> None:
    """A transient condition's word found only inside the sending MTA's words of giving up ("timeout" in Exim's
    "retry timeout exceeded", appended to the last reply of a final report) is part of that statement, not a
    passing condition the server named: it is not read as one (session 43, X43: otherwise Exim's final report of any
    temporary reply reads as a timed-out connection given up on, which Postfix's of the same reply does not)."""
    if r.transient is None:
        return
    spans = _giving_up_spans(r)
    if not spans:
        return

    def inside(c: Candidate) -> bool:
        return any(a <= c.pos and c.pos + len(c.evidence) <= b for a, b in spans)

    dropped = [c for c in r.passing if inside(c)]
    if not dropped:
        return
    r.passing = [c for c in r.passing if c not in dropped]
    r.out = [c for c in r.out if c not in dropped]
    r.transient = min(r.passing, key=Candidate.key) if r.passing else None


def _giving_up_spans(r: _Reading) -> list[tuple[int, int]]:
    """Where the reply's words of giving up stand (the word readings of the gave-up tier, ``data/reasons/expired``'s
    ``gave_up`` list; not a status's or a fact's reading, which stand nowhere in the words): those read here, where
    their entry's condition held (:func:`_server_words` blanks every one, read or not, for the evidence tier)."""
    return [(c.pos, c.pos + len(c.evidence)) for c in r.out
            if c.reason == "expired" and c.tier == "gave-up" and c.rule.startswith("reason.") and c.pos >= 0]


def _phrases_that_only_name(r: _Reading) -> None:
    """A phrase found only inside a longer phrase's words is part of those words ("rbl" in "multi.surbl.org"): the
    longer phrase says what they name. A phrase that is only a verdict word ("blacklisted") yields to a phrase of
    another reason that names a mechanism ("uribl", "spf"): the mechanism says what was judged."""
    phrases = [c for c in r.out if c.tier == "phrase"]
    if len(phrases) < 2:
        return  # (most replies) both tests below compare a phrase with another of another reason
    inside = [c for c in phrases if _only_inside_longer(c, phrases, r.said)]
    for c in inside:
        c.tier = "hint"
        c.evidence += " (inside a longer phrase's words)"
    if inside:
        phrases = [c for c in phrases if c.tier == "phrase"]
    verdicts = r.k.verdicts
    named = {c.reason for c in phrases if c.evidence not in verdicts}
    if named:
        for c in phrases:
            if c.evidence in verdicts and c.reason not in named:
                c.tier = "hint"
                c.evidence += " (a verdict word; another phrase names what was judged)"


def _words_of_anothers_thing(r: _Reading) -> None:
    """session 44 (K2-44): a phrase that is only a word of a longer clause subject ("virus" of "virus scanner",
    ``words#inner``) and stands only inside that subject where a ``not_after`` word makes it someone else's ("update
    your virus scanner": the sender's own scanner, as data/words.yaml's receiving-system says of "your") names that
    one's thing, not a verdict on this message: it drops to the refusal tier (blacklist-milter's «Forged bounce message
    not accepted - update your virus scanner» refuses a forged bounce, finding no virus)."""
    inner = r.k.inner
    for c in r.out:
        if c.tier != "phrase" or c.evidence not in inner:
            continue
        if owners := r.k.clauses.anothers_subjects(r.plain, c.evidence):
            r.anothers += tuple(owners)  # session 59 (K59C): nor does the evidence tier count them (_server_words)
            c.tier, c.weight = "refusal", 0
            c.evidence += " (a word of what the words make someone else's: their own thing, not a verdict)"


def _framed_phrases(r: _Reading) -> None:
    """A refusal framed "<what> <refused>: <why>" (Postfix's smtpd restrictions, postconf(5): "Client host rejected:
    <why>", "Sender address rejected: <why>"; OpenSMTPD's "Delivery not authorized, message refused: <why>", RFC
    3463's X.7.1 text before its reason): a phrase wholly before the colon says what was refused, not why, and yields
    to a phrase (or, in ``_clauses``, a clause) of another reason after the colon, as a clause in the frame does
    (``_frame_yields``).  A why about the destination mailbox or its domain (:data:`_DESTINATION`) explains only a
    frame that is about them too ("Helo command rejected: Host not found" is the HELO name's host)."""
    phrases = [c for c in r.out if c.tier == "phrase"]
    if not phrases or ":" not in r.said:
        return
    colon = r.k.clauses.frame_colon(r.said)
    if colon < 0:
        return
    r.framed = [c for c in phrases if " … " not in c.evidence and c.pos + len(c.evidence) <= colon]
    causes = [c for c in phrases if c.pos > colon]
    _frame_phrases_yield(r.framed, causes)
    _destination_words_of_the_sender(r.framed, causes)


def _destination_words_of_the_sender(framed: list[Candidate], causes: list[Candidate]) -> None:
    """session 45 (K2-45): after a frame that refuses the sender ("Sender address rejected: <why>", a ``rejected``
    phrase), words of a mailbox's or a domain's state (:data:`_DESTINATION`: "User unknown", "Domain not found") are
    the sender address's state, however long (Postfix's reject_unverified_sender quotes its probe's «550 5.1.1 ...
    Recipient address rejected: User unknown» after «Sender address rejected: undeliverable address:»;
    reject_unlisted_sender says «Sender address rejected: User unknown in local recipient table»): they drop to hint,
    and the frame says what was refused."""
    if not any(f.reason == "rejected" and f.tier == "phrase" for f in framed):
        return
    for c in causes:
        if c.tier == "phrase" and c.reason in _DESTINATION:
            c.tier = "hint"
            c.evidence += " (after a frame refusing the sender: the sender address's state)"


def _words_said_of_the_sender(r: _Reading) -> None:
    """session 53 (K53B): words of a mailbox's or a domain's state (:data:`_OF_A_RECIPIENT`: "domain not found",
    "address does not exist", "user unknown", "no MX") are the envelope sender's where the reply says so (RFC 3463
    §3.2: X.1.7/X.1.8 are the sender's address and system): in the clause of a subject naming the sender ("Sender
    domain not found", "Sender domain example.org has no MX record", "<a> sender rejected: user unknown";
    clauses.ClauseIndex.after_the_sender) they read rejected in their own tier, and drop a tier themselves; anywhere
    in a reply that reports a probe of the sender's address (``quotes_sender_probe``: Exim's callout quotes the
    answer its «RCPT TO:<sender>» got, «Response: 550 5.1.1 ... User unknown», above «Sender verify failed»;
    Postfix's reject_unverified_sender quotes its probe's) they drop to hint, and the probe's verdict decides."""
    if not contains_any(r.said, r.k.sender_cues):
        return  # (most replies) no subject names the sender (the probes' phrases all do: "sender verify failed")
    named = [c for c in r.out if c.tier in ("phrase", "hint") and c.reason in _OF_A_RECIPIENT]
    if not named:
        return
    probes = r.k.sender_probes
    probed = any(c.tier == "phrase" and c.rule in probes for c in r.out)
    said_of_sender: list[Candidate] = []
    for c in named:
        if probed:
            if c.tier == "phrase":
                c.tier = "hint"
                c.evidence += " (the answer a probe of the sender's address got)"
        elif r.k.clauses.after_the_sender(r.said, c.pos):
            said_of_sender.append(Candidate("rejected", "reason.rejected.said-of-the-sender", c.tier,
                                            f"{c.evidence} (said of the sender named before it)", weight=c.weight,
                                            pos=c.pos, source=_SAID_OF_THE_SENDER))
            c.tier = "hint" if c.tier == "phrase" else "refusal"
            c.evidence += " (said of the sender named before it)"
    r.out.extend(said_of_sender)


def _the_senders_mailbox(r: _Reading) -> None:
    """session 54 (K54A): at MAIL FROM the only mailbox or domain a reply can speak of is the envelope
    sender's (RFC 5321 §3.3: MAIL FROM names the reverse-path, no recipient is named yet; §4.1.1.2), so words of a
    mailbox's or a domain's existence or state there (:data:`_SENDERS_AT_MAIL`: "mailbox unavailable", "user unknown",
    "domain not found"), which the stage rules out as a recipient's (``_Reading.gone``), read rejected in their own
    tier: aliyun's «450 "MAIL FROM" mailbox unavailable» was RFC 5321's temporary 450 (onhold), where the mailbox was
    the sender's.  A reading of the same words as a mailbox's passing condition (onhold's 450 hint) yields to it.  A
    permanent refusal there read rejected by the stage before and still does, now by its words.  Not under a
    temporary code that names the server's own condition (:data:`_OWN_CONDITION`)."""
    at = {c.pos for c in r.mailbox_at_mail}
    for c in r.out:
        if c.tier == "hint" and c.reason == "onhold" and c.pos in at:
            c.tier = "refusal"
            c.evidence += " (at MAIL FROM: the sender's mailbox)"
    r.out.extend(Candidate("rejected", "reason.rejected.senders-mailbox-at-mail", c.tier,
                           f"{c.evidence} (at MAIL FROM: the sender's mailbox or domain)", weight=c.weight, bound=True,
                           pos=c.pos, source=_SENDERS_MAILBOX) for c in r.mailbox_at_mail)


def _frame_phrases_yield(framed: list[Candidate], causes: list[Candidate]) -> None:
    """Each phrase of ``framed`` (in a refusal's frame) drops to hint if one of ``causes`` (read after its colon)
    names another reason that can explain it (:func:`_framed_phrases`)."""
    for f in framed:
        if f.tier == "phrase" and any(c.reason != f.reason and (c.reason not in _DESTINATION
                                                                 or f.reason in _DESTINATION) for c in causes):
            f.tier = "hint"
            f.evidence += " (the frame of the refusal; the words after its colon say why)"


def _hints_that_name_only_a_rule(r: _Reading) -> None:
    """A hint that says only that a rule of the receiving side refused ("policy": "Rejecting due to security policy -
    Helo hostname/ip mismatch") yields to a hint of another reason that names what was refused (the HELO name): the
    rule is how every X.7 refusal is framed (RFC 3463 §3.8), the other words say which.  It drops to the refusal
    tier, words that only refuse, where it still reads when nothing else does.  A phrase of such a rule ("policy
    violation") first drops to a hint where another reason's phrase or hint names what was judged."""
    only = r.k.rule_only_hints
    if not only:
        return
    if r.permanent and r.command == "MAIL":
        # session 52 (K52A): refused for good at MAIL FROM, where only the envelope sender has been named (RFC 5321
        # §3.3: no recipient yet, no message): words that say only that a rule refused ("Denied by policy") leave
        # what was refused to the stage, which names the sender, as it does for "Access denied" there
        for c in r.out:
            if c.rule in only and c.tier in ("phrase", "hint"):
                c.tier, c.weight = "refusal", 0
                c.evidence += " (says only that a rule refused; at MAIL FROM the stage names the sender)"
        return
    # session 52 (K52A): a phrase that says only that a rule was broken ("policy violation") first yields to a phrase
    # or hint of another reason that names what was judged ("SPF policy violation", "Security policy violation: DKIM
    # signature invalid"): it becomes a hint of the rule, which the hints below then weigh
    ruled = [c for c in r.out if c.tier == "phrase" and c.rule in only]
    if ruled:
        named = {c.reason for c in r.out if c.tier in ("phrase", "hint") and c.rule not in only and c not in r.passing}
        for c in ruled:
            if named - {c.reason}:
                c.tier = "hint"
                c.evidence += " (says only that a rule was broken; other words name what)"
    hints = [c for c in r.out if c.tier == "hint"]
    framed = [c for c in hints if c.rule in only]
    if not framed:
        return
    others = {c.reason for c in hints if c.rule not in only}
    for c in framed:
        if others - {c.reason}:
            c.tier = "refusal"
            c.evidence += " (says only that a rule refused; another hint names what)"


_NAMED_BY_A_POLICY = [
    {"rfc": "RFC 3463 §3.8 (X.7.1: 'the result of per-host or per-recipient filtering': every X.7 refusal is a "
            "policy's; what it filtered is the host or the sender it names)"},
    {"rfc": "RFC 5321 §3.3 (MAIL FROM names the envelope sender) and §2.3.4, §4.2 (the host a reply refuses is the "
            "SMTP client)"},
    {"catalogue": ["advancedfiltering-550-system-policy-sender-mail-address",
                   "advancedfiltering-550-user-domain-policy-sender-host-name"]},
    {"catalogue": "spamilter-550-blacklisted-host",
     "note": "a second system's frame «Rejecting due to security policy - <what its check refused>»"},
]


def _the_subject_a_policy_names(r: _Reading) -> None:
    """session 57 (K57B): words that say only that a rule refused ("policy", "policy violation": ``names_only_a_rule``)
    and then name, after a colon, a dash or a bracket, the party the rule refused and nothing more ("system policy:
    sender mail address", "user domain policy: sender host name", "Denied by policy - sender") say whom: the envelope
    sender (rejected) or the connecting client (its host, IP address or HELO name: blocked), read in the clause tier
    as a clause naming the subject would be, while the policy's words drop below it (a phrase to a hint).  RFC 3463
    §3.8: X.7.1 is per-host or per-recipient filtering, so the policy's words are the frame, the subject the filter's
    object.  Not before MAIL FROM for the sender (no envelope yet), and not of a recipient or the message (what a
    policy refuses of them is policyviolation's)."""
    only = r.k.rule_only_hints
    found: list[Candidate] = []
    for c in r.out:
        if c.reason != "policyviolation" or c.rule not in only or c.tier not in ("phrase", "hint") or not c.weight:
            continue
        rest = r.said[c.pos + c.weight:].lstrip()
        if not rest or rest[0] not in ":-(":
            continue
        named = r.k.clauses.subject_opening(rest[1:].lstrip())
        if named is None:
            continue
        subject, words = named
        if subject == "sender" and r.command not in _BEFORE_ENVELOPE:
            reason = "rejected"
        elif subject in _THE_CLIENT or subject == "host-named":
            reason = "blocked"
        else:
            continue
        found.append(Candidate(reason, f"reason.{reason}.named-by-a-policy", "clause",
                               f"{words} (what '{c.evidence}' refused)", weight=len(words), pos=c.pos,
                               source=_NAMED_BY_A_POLICY))
        r.sending_side = True
        if c.tier == "phrase":
            c.tier = "hint"
        c.evidence += f" (says only that a rule refused; '{words}' after it names whom)"
    r.out.extend(found)


def _passing_words_in_a_refusal(r: _Reading) -> None:
    """session 43 (K2-43): a permanent (5yz) reply whose words refuse ("550 Message rejected, connection lost") is a
    refusal for good (RFC 5321 §4.2.1, RFC 3463 §3.1): a transient condition's words in it ("connection lost",
    "timed out") say how the session ended, not why the server refused, so they drop below the words that refuse
    (to the refusal tier, after them), as they already do not read as given up there (``_gave_up``)."""
    if not r.passing or not (r.ev.reply_code or "").startswith("5"):
        return
    if not any(c.tier == "refusal" and c not in r.passing for c in r.out):
        return
    for c in r.passing:
        if c.tier == "hint":
            c.tier, c.weight = "refusal", 0
            c.evidence += " (a passing condition's words in a permanent refusal; the words that refuse decide)"


def _passing_words_of_the_system(r: _Reading) -> None:
    """session 53 (K53D): a network's passing condition in words ("timeout", "timed out", "lost connection") under an
    enhanced status of the mail system subject (RFC 3463 §3.4, X.3.x: "something having to do with the destination
    system has caused this DSN"), not the network and routing one (§3.5, X.4.x), names a step inside the answering
    system that did not finish (kotlin-smtp's «451 4.3.0 Processing timeout», IndiMail's «451 greylist temporary
    failure - Timeout (#4.3.0)», Sendmail 8.17's «451 4.3.0 socket_map_lookup(%s): read timeout», a map service of its
    own), not a network failure between the two servers: those readings drop below the status, which reads the
    system's own fault. Under a final report's X.4.7 the status of the reply given up on counts.  Giving up is
    unchanged (``r.transient``): a final report without the reply's command still gives up."""
    if not r.passing:
        return
    for status in (r.status, _given_up_on(r)):
        if status and status[1:3] == ".3" and (rule := r.k.status_rule(status)) is not None \
                and rule.tier in ("status", "loose-status"):
            break
    else:
        return
    for c in r.passing:
        if c.tier == "hint" and c.reason == "networkerror":
            c.tier, c.weight = "refusal", 0
            c.evidence += f" (a passing condition of the answering system's own, under status {status})"


def _clauses(r: _Reading) -> None:
    """clause: a subject and a predicate in one clause of the reply -- read only when no fact, provider or phrase
    reading outranks every clause already (the winner is the same; the cost of reading words is saved), or when
    each phrase is only a word of a longer subject ("virus" of "Virus scanner error") or only a predicate
    ("blacklisted"): words that name what a clause is about are its topic, not its verdict, and words that say
    only how something was refused yield to the clause that says what was (unless both read the same reason), as
    does RFC 5321's standard text of a reply code ("Service unavailable") to a clause that names the cause."""
    k, out, command = r.k, r.out, r.command
    if not r.plain:
        return
    topics: list[Candidate] = []  # the readings that outrank a clause, each only a topic word (else none is read)
    for c in out:
        if _RANK[c.tier] >= _STATUS_RANK:
            continue
        if c.tier != "phrase" or not (c.evidence in k.inner or c.evidence in k.verdicts or c.evidence in k.standard
                                      or c in r.framed or c.rule in k.rule_only_hints
                                      or c.reason == "policyviolation"):
            return
        topics.append(c)
    read, frame = k.clauses.read(r.plain)
    bare: list[Candidate] = []  # clauses that say only that the client may not, not why
    for clause, weight, pos, words, subject in read:
        if (clause.side == "recipient" and command in _BEFORE_RCPT) or (
                command in _BEFORE_ENVELOPE and clause.reason in _ENVELOPE_ONLY):
            continue  # no recipient is named before RCPT TO, no envelope before MAIL FROM (as for the hints above)
        out.append(Candidate(clause.reason, clause.rule, "clause", words, weight=weight, pos=pos,
                             source=clause.source))
        if clause.only_refuses:
            bare.append(out[-1])
        r.sending_side = r.sending_side or clause.not_destination
        for c in topics:
            if c.tier != "phrase" or c.evidence == subject:
                continue
            if f" {c.evidence} " in f" {subject} ":
                c.tier = "hint"
                c.evidence += f" (the subject of '{words}', not a verdict)"
            elif c.reason != clause.reason and c.evidence in k.standard:
                c.tier = "hint"
                c.evidence += f" (RFC 5321's standard text; '{words}' says why)"
            elif c.reason != clause.reason and c.evidence in k.verdicts and f" {c.evidence} " in f" {words} ":
                c.tier = "hint"
                c.evidence += f" (how '{subject}' was refused; the clause names what)"
            elif c.reason == "policyviolation" and clause.subject in _THE_CLIENT and clause.reason != c.reason:
                # session 57 (K57B): a policy's words ("rejected for policy reasons", "is not allowed to send to",
                # "local policy") say that a rule of the receiving site refused; a clause that names the connecting
                # client (its host, IP address or HELO name) as what was refused says which: RFC 3463 §3.8's X.7.1
                # "per-host ... filtering", Postfix's smtpd_client_restrictions («Client host rejected: ...»), RFC
                # 5321 §4.1.4 (the HELO name is the client's own).  The client refused is blocked's, whatever rule
                # the site calls its policy
                c.tier = "hint"
                c.evidence += f" (a site's policy; '{words}' names the client as what it refused)"
            elif c.reason != clause.reason and c.rule in k.rule_only_hints and not clause.only_refuses \
                    and not _the_null_sender(r.plain, subject):
                # session 56 (K56A, K55A's rule again): a phrase that says only that a rule was broken ("policy
                # violation", names_only_a_rule; RFC 3463 §3.8: every X.7 refusal is a policy's) yields to a clause
                # naming what the rule refused ("Security policy violation: sender not allowed"), as it yields to
                # another reason's phrase or hint (_hints_that_name_only_a_rule)
                c.tier = "hint"
                c.evidence += f" (says only that a rule was broken; '{words}' names what)"
    _frame_yields(out, frame)
    if r.framed and frame >= 0:
        _frame_phrases_yield(r.framed, [c for c in out if c.tier == "clause" and c.pos >= frame])
    # "Since you sent too many e-mails, you are not allowed to send more": the clause that says why decides
    if any(c.tier == "clause" and c.reason != b.reason for b in bare for c in out):
        for b in bare:
            b.tier = "hint"
            b.evidence += " (says only that it is not permitted; another clause says why)"


# session 57 (K57B): the subjects (data/words.yaml) that name the connecting client, which a policy phrase yields to
_THE_CLIENT = frozenset({"sending-host", "client-address", "helo"})


def _the_null_sender(plain: str, subject: str) -> bool:
    """session 56 (K56A): whether ``subject`` is named as the null reverse-path ("Null sender not allowed for this
    message: policy violation"): MAIL FROM:<>, which notices use (RFC 5321 §4.5.5), is no one's address, so a rule
    refusing it is not one that refuses the user's own address, and "policy violation" keeps the reading."""
    low = plain.lower()
    return any(f"{word} {subject}" in low for word in ("null", "empty", "blank"))


# the reasons whose readings may stand beside the sender's refusal and the check named for it (_the_check_that_...)
_CHECK_AND_REFUSAL = frozenset({"rejected", "authfailure"})
_WORD_TIERS = ("phrase", "clause", "hint")


def _the_check_that_refused_the_sender(r: _Reading) -> None:
    """session 55 (K55A): words that say only that the envelope sender was refused ("Sender rejected", "Sender address
    rejected:", "sender ... not authorized": ``only_the_sender_refused``) yield to the sender's authentication check
    the reply names as what refused it (authfailure: "Sender rejected by SPF", "SPF: sender not authorized", "Sender
    address rejected: DKIM signature missing"): SPF (RFC 7208 §8.4, §2.4: the check of MAIL FROM's domain), DKIM and
    DMARC (RFC 7372 §3: X.7.20-X.7.26) judge the sender's domain, so the refusal of the sender is how they refuse,
    and the check says why.  Only where nothing else is read at those tiers (a mailbox's or domain's state after the
    frame, "Domain not found", is another why)."""
    for c in r.out:  # (most replies name no such check: a plain loop, nothing made)
        if c.reason == "authfailure" and c.tier in _WORD_TIERS:
            break
    else:
        return
    only = r.k.sender_only
    refused = [c for c in r.out if c.rule in only and c.tier in _WORD_TIERS]
    if not refused:
        return
    if any(c.tier in _WORD_TIERS and c.rule not in only and c.rule not in r.k.rule_only_hints
           and (c.reason not in _CHECK_AND_REFUSAL or c.reason == "rejected") for c in r.out):
        return
    for c in refused:
        c.tier, c.weight = "refusal", 0
        c.evidence += " (says only that the sender was refused; the check named says why)"


def _status_names(r: _Reading) -> None:
    """A status named in words and not in digits ("550 Bad destination mailbox address"): the registry's name of a
    code says what the code says (RFC 3463 §3, RFC 4954 §6, the IANA registry), read as that code would be. A
    code servers reuse loosely in digits is not loose when its whole name is written out: that is a statement.
    X.0.0 (what Postfix reports for a reply that had no status) says nothing the name could contradict."""
    status, plain, k = r.status, r.plain, r.k
    if not (status is None or status.endswith(".0.0")) or not plain:
        return
    code0 = r.ev.reply_code
    cls = code0[0] if code0 and code0[0] in "45" else "5"
    names = k.status_names
    for n in k.status_name_index.candidates(plain):
        name, code = names[n]
        if name in plain and (nrule := k.status_rule(cls + code[1:])) is not None \
                and nrule.tier not in ("gave-up", "none"):
            tier = "status" if nrule.tier == "loose-status" else nrule.tier
            r.out.append(Candidate(nrule.reason, f"status-text.{code}", tier, f"'{name}' ({code}'s name)",
                                   weight=len(name), source=nrule.source))


def _given_up_on(r: _Reading) -> str | None:
    """The status of the reply a final report's X.4.7 gave up on, when that reply carries one of its own: X.4.7
    says only that retrying stopped (RFC 3463 §3.5), the reply's status may name why (read by _statuses, and by the
    provider tables in _facts)."""
    status, quoted = r.status, r.ev.status_from_text
    return quoted if status and status[1:] == ".4.7" and quoted and quoted[1:] != status[1:] else None


def _statuses(r: _Reading) -> None:
    """status, loose-status: the enhanced status; under a final report's X.4.7, the status of the reply given up
    on too."""
    status, k = r.status, r.k
    srule = k.status_rule(status)
    if srule is not None and srule.tier != "none" and not (r.permanent and srule.tier == "gave-up"):
        tier, evidence = srule.tier, f"status {status}"
        if tier == "status" and r.sending_side and _names_destination(status):
            tier = "loose-status"
            evidence = (f"status {status}, whose subject the words say is the sending side or a header field, not the "
                        "mailbox")
        elif tier == "status" and status and status[1:] == ".1.1" and _disabled_not_missing(r.out):
            # session 53 (K53E): X.1.1 says the mailbox does not exist (RFC 3463 §3.2), words that say the recipient's
            # account is disabled or no longer active say it exists and takes no mail (X.2.1, RFC 5248's X.7.13):
            # servers put 5.1.1 on every refused recipient ("550 5.1.1 Inactive mailbox"), the words say which state
            tier = "loose-status"
            evidence = f"status {status}, which the words say is not a missing mailbox"
        elif tier == "status" and status and status[1:] == ".1.1" and _refused_by_a_rule(r):
            tier = "loose-status"
            evidence = f"status {status}, beside words that say a rule refused (not a missing mailbox)"
        elif tier == "status" and status and status[1:] == ".3.1" and _names_the_message_size(r.out):
            # session 60 (E60): X.3.1 is the system's storage exhausted (RFC 3463 §3.4), X.3.4 a message over the
            # per-message size limit; servers that put X.3.1 on a message too big say so in the words (RedMao's
            # «554 5.3.1 Maximum message size exceeded», vSMTP's «552 4.3.1 Message size exceeds fixed maximum message
            # size»), which then decide
            tier = "loose-status"
            evidence = f"status {status}, beside words that name the message's size (RFC 3463 X.3.4, not X.3.1)"
        r.out.append(Candidate(srule.reason, srule.rule, tier, evidence, source=srule.source))
    # a final report's X.4.7 is the sending side giving up; the reply it gave up on may carry a status of its own
    # that names the cause (RFC 3463 §2: subject and detail say what failed), which then decides as a status
    quoted = _given_up_on(r)
    if quoted:
        qrule = k.status_rule(quoted)
        if qrule is None or (r.sending_side and _names_destination(quoted)):
            return
        if qrule.tier in ("status", "loose-status"):
            # at its own tier: a status servers use loosely names the cause as loosely as it does in Postfix's final
            # report (which keeps the reply's status) and Exim's (X.0.0 with the reply's subject and detail,
            # cause_status): Sendmail's own 4.4.7 over it is no reason to read it less (session 44, X44: "451 4.4.0
            # cannot verify mx records"), nor are words that call the reply temporary or ask for a retry ("451 4.3.0
            # Delivery not configured, try again later"): Exim's and Postfix's reports read its status whatever the
            # words, so Sendmail's must too for the same reply to read alike (session 46, X46)
            r.out.append(Candidate(qrule.reason, qrule.rule, qrule.tier, f"status {quoted} of the reply given up on",
                                   source=qrule.source))


# session 57 (K57C): the reasons that say the receiving side's rule refused the sender, its host, the relay or the
# session (RFC 3463 §3.8, X.7.x: security or policy status), not that the destination mailbox is missing (X.1.1)
_REFUSED_BY_A_RULE = frozenset({"rejected", "blocked", "norelaying", "policyviolation", "securityerror", "authfailure",
                                "badreputation", "requireptr", "speeding", "toomanyconn"})


def _refused_by_a_rule(r: _Reading) -> bool:
    """session 57 (K57C): a clause or hint (not a passing condition's words) names one of :data:`_REFUSED_BY_A_RULE`
    and no clause or hint says the mailbox is unknown: X.1.1 is then the status the server puts on every refused
    recipient (Comcast's «552 5.1.1 ... extended quota violation», Zoho's «552 5.1.1 ... policy error», Swisscom's «573
    5.1.1 ... Authenticated connection is not possible»), and the words say what refused it, as for K53E's and K55E's
    mailbox states (:func:`_disabled_not_missing`)."""
    refused = False
    for c in r.out:
        if c.tier in ("clause", "hint") and c not in r.passing:
            if c.reason == "userunknown":
                return False
            refused = refused or c.reason in _REFUSED_BY_A_RULE
    return refused


def _names_the_message_size(out: list[Candidate]) -> bool:
    """Words of the reply read the message's size over a limit (a ``mesgtoobig`` phrase, clause or hint)."""
    return any(c.reason == "mesgtoobig" and c.tier in _WORD_TIERS for c in out)


def _disabled_not_missing(out: list[Candidate]) -> bool:
    """A clause says what failed is not a missing mailbox (:data:`_NOT_A_MISSING_MAILBOX`: the mailbox disabled, full
    or refusing the sender, the domain unknown or not served here) and none says the mailbox is unknown ("mailbox
    inactive or does not exist" leaves X.1.1 its reading)."""
    exists = False
    for c in out:
        if c.tier == "clause":
            if c.reason == "userunknown":
                return False
            exists = exists or c.rule in _NOT_A_MISSING_MAILBOX
    return exists


def asks_for_retry(plain: str) -> bool:
    """The words (as :func:`smtp.for_matching` gives them) call the condition temporary or ask for a retry
    (``retry_words`` of data/words.yaml); "temporarily" of an account's sanction ("temporarily suspended due to
    abuse", ``not_of``) does not: it lasts until lifted.  Asked by engine._says_retry only (whether a reply is a
    temporary one); since session 46 no step of the resolver asks it: a final report reads a reply that only asks for
    a retry as the reply alone reads it (``_statuses``, ``_giving_up_below_the_reply``)."""
    for sanction in section("words#retry-not"):
        plain = plain.replace(sanction, " ")
    return any(w in plain for w in section("words#retry"))


def _gave_up(r: _Reading) -> None:
    """gave-up: a final report of a transient condition, or with no reply from any server and a temporary status:
    the sending side retried until it stopped (RFC 3464 §2.3.3: a failed action with a 4.X.X status).  Words of a
    passing condition under a 5xx reply code are no transient condition: the report judged the failure permanent
    (RFC 3463 §3.1, RFC 5321 §4.2.1), whatever command it answered."""
    if not r.final or r.permanent:
        return
    if r.transient is not None and not (r.ev.reply_code or "").startswith("5"):
        r.out.append(Candidate("expired", "fact.gave-up", "gave-up", f"a final report of '{r.transient.evidence}'",
                               weight=r.transient.weight, pos=r.transient.pos))
    elif not r.ev.reply_code and r.status and r.status.startswith("4."):
        r.out.append(Candidate("expired", "fact.gave-up", "gave-up",
                               f"a final report with no reply from a server and status {r.status}"))


# the tiers that read a reply's own words or status (not its stage, bare code or class)
_WORDS_OF_THE_REPLY = frozenset({"provider", "phrase", "status", "clause", "hint", "loose-status", "evidence"})


def _giving_up_below_the_reply(r: _Reading) -> None:
    """A final report that quotes the temporary reply it gave up on, with the command it answered: the sending MTA's
    own statement of giving up (Exim 4.96 appends ": retry timeout exceeded" to the reply, Sendmail 8.17 writes
    Status 4.4.7, RFC 3463 §3.5) says only that retrying stopped, and the reply says why it had to be retried.
    Every reading of the reply's words or status decides first; giving up decides when none does only where the words
    are of a passing condition, as ``_gave_up`` reads them, or vote for expiry (session 43, X43: the same reply read
    alike in a Postfix, Exim and Sendmail final report, tests/fixtures/real-mta-catalogue); otherwise the reply's code
    does, as in Postfix's report, which states no giving up (session 45, X45), words that only ask for a retry
    included (session 46).  Only a temporary greeting is left to giving up (session 45, X2-45): from EHLO on, the
    reply answers what the client said (RFC 5321 §4.1.1.1: its name), as a refusal after the envelope does."""
    if not r.final or r.command is None or not (r.ev.reply_code or "").startswith("4"):
        return
    if r.command == "CONN":
        # a temporary greeting: before the client has said anything, the server is not taking connections for the
        # moment (RFC 5321 §3.1, §4.2.3 421 "Service not available"; stage.conn.temporary), and words that restate
        # that ("Service not available, closing transmission channel") leave giving up on it the story (_gave_up;
        # the real-MTA set's greeting-421-expired). Session 52 (K52B): words of the greeting that name a cause of
        # another reason ("Unable to connect to DNS", "too many connections") say why it was not taking them, as
        # after the greeting, and decide first (the real-MTA set's greeting-421-toomanyconn-expired, the catalogue
        # set's Exim and Sendmail reports of a 421 greeting, which Postfix's report, stating no giving up, read so)
        _giving_up_below_a_greeting(r)
        return
    read = any(c.reason != "expired" and c.tier in _WORDS_OF_THE_REPLY for c in r.out)
    if r.transient is not None and not read:
        # words of a passing condition (the reason files' ``transient`` lists) that no reading of the reply keeps:
        # giving up on it is the story (_gave_up); words that only ask for a retry ("try again later") are no such
        # words (below); a server's reply that names one ("451 Timeout waiting for data from client") is read by it
        # even after retries, as Sisimai and the labelled sets read "Name server timeout"
        # (tests/fixtures/real-mta/README.md)
        return
    if not read:
        # the evidence tier reads only a reply nothing above reads (_evidence): asked here, as giving up is above it,
        # on the server's words only (_server_words, session 45, K45: "timeout" in "retry timeout exceeded" is no
        # vote). A final report is never a pasted line (kind "line"), so _evidence's test for one is not needed here
        c = _evidence_vote(r)
        r.voted = True
        if c is not None and c.reason != "expired":
            r.out.append(c)
        elif c is not None:
            # the server's own words vote for expiry too: giving up on it is the story
            return
        # else nothing read in the words or status of the reply given up on, or words that only ask for a retry
        # ("451 Please try again later", read by reply.retry-only, K38; session 46, the lead, after X46: Exim and
        # Sendmail read it expired before, Postfix did not): its code reads it (RFC 5321 §4.2.3, 451 "local error
        # in processing"), as it does in Postfix's final report, which quotes the reply and its status with no
        # words of giving up (session 45, X45: "451 4.0.0 graph client not initialised" read systemerror by
        # Postfix, expired by Exim's ": retry timeout exceeded" and Sendmail's 4.4.7)
    for c in r.out:
        if c.reason == "expired" and c.tier in ("phrase", "status", "gave-up"):
            c.tier = "status-class"  # the first tier after the bare reply code's


def _giving_up_below_a_greeting(r: _Reading) -> None:
    """A final report of a temporary greeting (RFC 5321 §3.1): giving up yields to a reading of the greeting's own
    words (a provider's, a phrase, a clause or a hint: not its status or code, which say only that the service is
    not available) whose reason is not the temporary greeting's own (stage.conn.temporary: the service is not
    available for now), since those words say why the server was not taking connections; where the words only
    restate that, or nothing reads them, giving up on it is the story."""
    stage = {f.reason for f in r.k.fallbacks_for("CONN", r.ev.reply_code, True, False) if f.tier == "stage"}
    if not any(c.reason != "expired" and c.reason not in stage and c.tier in _WORDS_OF_A_GREETING for c in r.out) \
            and not _greeting_says_more(r):
        return
    for c in r.out:
        if c.reason == "expired" and c.tier in ("phrase", "status", "gave-up"):
            c.tier = "status-class"  # the first tier after the bare reply code's, as after the greeting


def _greeting_says_more(r: _Reading) -> bool:
    """Session 54 (K54B): the greeting given up on holds a word of its own after its code, beside its status, host
    names, numbers and the words that only restate a temporary greeting (``Knowledge.greeting_frame``: RFC 5321's
    421 text, a retry request, the service's banner): «421 4.3.2 mx.example.net waiting for spool startup» names a
    cause, which decides as in Postfix's final report of it (RFC 3464 §2.3.3: the queue gave up on the reply's
    temporary cause, expired only when nothing says more), whether or not a rule reads that word; «421 4.3.2
    mx.example.net Service not available, closing transmission channel» says nothing more, and giving up on it
    stays the story (tests/fixtures/real-mta's greeting-421-expired)."""
    said, code = _server_words(r) or r.said, r.ev.reply_code or ""
    at = said.find(code) if code else -1
    if at < 0:
        return False
    kept = [w for w in (t.strip(_AROUND_A_WORD) for t in said[at + len(code):].split())
            if w and w.replace("'", "").isalpha()]  # no status, host name, address, number or frame (#)
    for i in range(len(kept) - 1, -1, -1):
        if kept[i] in _SERVICE_NAMES:
            # the server naming itself and its software, as a greeting does (RFC 5321 §4.3.1, §4.2: "220
            # <domain> ESMTP <software>"; «421 Microsoft ESMTP MAIL Service, Version: 5.0.2195.5600 ready at ...»)
            del kept[: i + 1]
            break
    text = f" {' '.join(kept)} "
    for words in r.k.greeting_frame:
        while words in text:
            text = text.replace(words, " ")
    return any(len(w) > 1 for w in text.split())


_SERVICE_NAMES = frozenset({"esmtp", "smtp"})
_AROUND_A_WORD = ".,;:!?()[]<>{}\"'`-"  # what a word of the greeting may stand in
# the tiers that read a greeting's own words: its status and code say only that the service is not available
_WORDS_OF_A_GREETING = frozenset({"provider", "phrase", "clause", "hint"})


def _fallbacks(r: _Reading) -> None:
    """stage, reply and last-stage: where the refusal came and its reply code (Fallback, the most specific of each
    tier). A temporary refusal (4xx, or a 4.x.x status without a reply code) may mean something else than a final
    one there ("421" at the greeting: the server is not taking connections now); a reply code whose RFC gives it
    at this stage with a meaning of its own (RFC 7504's 521 at the greeting, RFC 5321's 555 to MAIL FROM's
    parameters) says what refused there, and the stage's guess yields to it; a stage's last guess needs a
    refusal known to be for good: with no reply code, a permanent status (RFC 3463 §3.1: class 5, permanent
    failure) says so as a 5yz reply does."""
    ev, command = r.ev, r.command
    for_now = (ev.reply_code or ev.status or "").startswith("4")
    for_good = r.permanent or (command is not None and not ev.reply_code and (r.status or "").startswith("5."))
    for f in r.k.fallbacks_for(command, ev.reply_code, for_now, for_good, _opening_word(r.said, ev.reply_code),
                               r.status):
        r.out.append(Candidate(f.reason, f.rule, f.tier, f.evidence, source=f.source))
    if for_now and command in _GREETING_STAGES:
        _refused_for_now_before_the_envelope(r, command)
    if command == "RCPT" and for_good and r.plain:
        _the_subject_refused_at_rcpt(r)
    elif command == "MAIL" and for_good and r.plain:
        _the_client_refused_at_mail(r)
    if ev.reply_code and command not in _BEFORE_ENVELOPE:
        # the reply without the sending MTA's words of giving up: Exim 4.96 appends ": retry timeout exceeded" to the
        # reply its final report quotes, which asks for no retry itself (session 48, X48: Exim's report of OpenBSD
        # spamd's «451 Temporary failure, please try again later.» read a bare 451, Postfix's and Sendmail's this row)
        # (only for a reply code some row names: finding the words of giving up reads the phrase index again)
        rows = [row for row in r.k.retry_only if ev.reply_code in row.codes]
        said = (_server_words(r) or r.said) if rows else r.said
        for row in rows:
            if row.holds(said, ev.reply_code):
                r.out.append(Candidate(row.reason, "reply.retry-only", "hint",
                                       f"{ev.reply_code} and only a request to retry later", source=row.source))


# session 57 (K57C): a subject of data/words.yaml a permanent refusal at RCPT TO names, with no predicate any clause
# reads, and what it then refused (_the_subject_refused_at_rcpt); and the subjects that are the recipient's
# (the relay is left out: a reply naming it is read by norelaying's words or its evidence, which outrank this)
_REFUSED_SUBJECT = {"sending-host": ("blocked", "host"), "client-address": ("blocked", "host"),
                    "sender": ("rejected", "sender")}
_RECIPIENT_SUBJECTS = frozenset({"recipient", "one-recipient", "mailbox", "domain", "quota"})
_SUBJECT_AT_RCPT = [
    {"doc": "Postfix postconf(5), smtpd_delay_reject (default yes): the client, HELO and sender restrictions are "
            "applied at RCPT TO, so «Client host rejected» and «Sender address rejected» are replies to RCPT TO",
     "url": "https://www.postfix.org/postconf.5.html#smtpd_delay_reject"},
    {"doc": "Exim specification 4.94, chapter 44 'Access control lists': their most common use is controlling which "
            "recipients are accepted; the default configuration's RCPT ACL refuses relaying and checks the client",
     "url": "https://www.chiark.greenend.org.uk/doc/exim4-doc-html/spec_html/ch-access_control_lists.html"},
    {"rfc": "RFC 5321 §4.2.3 (550 covers a command rejected for policy reasons) and §3.3 (the sender named by MAIL "
            "FROM, refused at any later command)"}]


def _the_subject_refused_at_rcpt(r: _Reading) -> None:
    """session 57 (K57C): the RCPT stage's last guess (userunknown: no such mailbox) holds only where the words name no
    other party.  A permanent refusal there whose server words name the sending host or the envelope sender as a
    subject of data/words.yaml, and no subject of the recipient's («550 192.0.2.1 go away»), refused that party: MTAs
    check the client and the sender at RCPT TO (:data:`_SUBJECT_AT_RCPT`).  Read in the refusal tier, just above the
    guess and below every reading of what and why; not where both are named."""
    # (most refusals at RCPT TO hold a reading above the guess: nothing more is read then)
    if _read_above(r, "refusal") or not any(c.tier == "last-stage" and c.reason == "userunknown" for c in r.out):
        return
    named = _subjects_the_server_names(r)
    if not named or named & _RECIPIENT_SUBJECTS:
        return
    refused = {_REFUSED_SUBJECT[s] for s in named if s in _REFUSED_SUBJECT}
    if len(refused) == 1:
        ((reason, party),) = refused
        r.out.append(Candidate(reason, f"stage.rcpt.refused-{party}", "refusal",
                               f"refused for good at RCPT, naming the {party} ({', '.join(sorted(named))})",
                               source=_SUBJECT_AT_RCPT))


def _subjects_the_server_names(r: _Reading) -> set[str]:
    """The subject classes of data/words.yaml the server's own words name (clauses.subjects_named): from its reply code
    on, not Exim's "host <name> [<ip>]" before it, nor the sending MTA's words of giving up (:func:`_server_words`)."""
    said, code = _server_words(r) or r.said, r.ev.reply_code
    at = said.find(f"{code} ") if code else -1
    while at > 0 and said[at - 1] not in " |":
        at = said.find(f"{code} ", at + 1)  # the server's words start at its code (not Exim's "host ..." before it)
    return r.k.clauses.subjects_named(said[at:] if at >= 0 else said)


# session 58 (K58B): the client named at MAIL FROM (_the_client_refused_at_mail): by its address or host name
# (client-address: RFC 8601 §2.7.3's iprev object), not by sending-host's words alone, whose "your domain" is at MAIL
# FROM the sender's domain; and the subjects that there are the sender's own (its address, mailbox or domain: RFC
# 5321 §3.3, no recipient is named yet)
_THE_CLIENTS_NAME = "client-address"
_THE_SENDERS_AT_MAIL = _RECIPIENT_SUBJECTS | {"sender"}
_CLIENT_AT_MAIL = [
    {"rfc": "RFC 5321 §3.3 and §4.1.1.2 (MAIL FROM names the sender; a server may refuse the transaction there for "
            "the client as for the sender: §3.1, §4.2.3's 550 for a command refused for policy reasons)"},
    {"doc": "Postfix postconf(5), smtpd_delay_reject = no: the sender restrictions are applied at MAIL FROM; Postfix's "
            "own test of them (src/smtpd/smtpd_check.in: «smtpd_delay_reject 0», then «sender_restrictions "
            "permit_mynetworks,reject_unknown_client» and «mail foo@watson.ibm.com») puts a client restriction there, "
            "whose reply names the client",
     "url": "https://www.postfix.org/postconf.5.html#smtpd_delay_reject"},
    {"doc": "OpenSMTPD smtpd.conf(5), FILTERS: a filter rule's phase may be mail-from, and its conditions test the "
            "client (src, rdns, fcrdns) there, rejecting with the given reply",
     "url": "https://man.openbsd.org/smtpd.conf#FILTERS"},
    {"doc": "Exim specification 4.94, chapter 44 'Access control lists': acl_smtp_mail, the ACL for MAIL, may test "
            "the client (hosts, dnslists) as any ACL",
     "url": "https://www.chiark.greenend.org.uk/doc/exim4-doc-html/spec_html/ch-access_control_lists.html"}]


def _the_client_refused_at_mail(r: _Reading) -> None:
    """session 58 (K58B): the MAIL stage's guess (``stage.mail``: the envelope sender refused) holds only where the
    words name no other party.  A permanent refusal at MAIL FROM whose server words name the client by its address or
    host name (data/words.yaml's client-address), and nothing of the sender's («550 192.0.2.10 go away», «550 Denied:
    192.0.2.10»), refused the client, as K57C reads the same words at RCPT TO: MTAs test the client at MAIL FROM too
    (:data:`_CLIENT_AT_MAIL`).  Read in the stage tier, just above its guess, only where nothing above that tier reads
    (a phrase, a clause or a status that says what or why decides)."""
    if not any(c.rule == "stage.mail" for c in r.out) or _read_above(r, "stage"):
        return
    named = _subjects_the_server_names(r)
    if _THE_CLIENTS_NAME not in named or named & _THE_SENDERS_AT_MAIL:
        return
    r.out.append(Candidate("blocked", "stage.mail.refused-host", "stage",
                           f"refused for good at MAIL, naming the host ({', '.join(sorted(named))})", weight=1,
                           source=_CLIENT_AT_MAIL))


# session 60 (K60A): the path a refusal quotes first, right after its reply code and status, as <local@domain>: the
# address that command carried, as Sendmail (err.c's "<addr>... " prefix: «550 5.7.1 <alice@example.org>... Access
# denied» for check_mail's access-map REJECT), qpsmtpd (SMTP.pm mail_respond: «550 <alice@example.net>, denied», a MAIL
# plugin's DENY without a text) and Postfix («<addr>: Sender address rejected: ...», smtpd_check.c) write it.  A
# transaction names two kinds of path only, the reverse-path of MAIL FROM and the forward-paths of RCPT TO (RFC 5321
# §3.3): a quoted path of another domain than the recipient's names the sender
_PATH_FIRST = lazy(r"(?<![\w.-])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ -]+)?<([^<>\s@]+@([^<>\s@]+))>")
_PATH_FIRST_SOURCE = [
    {"rfc": "RFC 5321 §3.3 (a mail transaction names the reverse-path, MAIL FROM, and the forward-paths, RCPT TO: a "
            "path that is no recipient's is the sender's) and §4.1.2 (a path is written <local-part@domain>)"},
    {"doc": "Sendmail 8.17.1.9: sendmail/err.c fmtmsg prefixes a reply with the address of the command, «<addr>... »; "
            "cf/m4/proto.m4 check_mail: the access map's REJECT for a sender, «550 5.7.1 <sender>... Access denied»"},
    {"doc": "qpsmtpd 0.94 (Debian 12 qpsmtpd 0.94-5): Qpsmtpd/SMTP.pm mail_respond, a MAIL plugin's DENY without a "
            "text: «550 <sender>, denied»"}]
# the commands whose reply may quote the path it answers, the one a reply refuses: RCPT TO (whose sender checks, under
# Postfix's smtpd_delay_reject or Sendmail's delay_checks, answer there) and a report that names no command; at MAIL
# FROM the stage reads the sender already, and the data carries no path of its own (a path quoted there may be anyone's)
_A_PATHS_COMMAND = frozenset({None, "RCPT"})
# the tier the sender's quoted path reads in, and only where no reading stands at it or above: no words naming what
# or why, no status but X.7.1's class, which says only "not authorized"
_THE_PATHS_TIER = "reply"


# the words that call an address a recipient as such (data/words.yaml's recipient subject also holds "user" and
# "mailbox", which a sender's mailbox is too)
_THE_RECIPIENT_NAMED = ("recipient", "recipients", "rcpt", "addressee", "destinataire", "destinatario", "empfanger")


def _quotes_the_sender_first(ev: Evidence) -> bool:
    """Whether the reply's first quoted path (:data:`_PATH_FIRST`) is the envelope sender's own (Evidence.sender,
    which the engine takes from the notice) and not the recipient's."""
    if not ev.sender or not ev.diagnostic or "@" not in ev.diagnostic:
        return False
    m = _PATH_FIRST.search(ev.diagnostic)
    if m is None:
        return False
    quoted = m.group(1).lower()
    return quoted == ev.sender and quoted != (ev.address or "").lower()


def _the_path_refused_first(r: _Reading) -> None:
    """session 60 (K60A): a refusal whose server words start with a quoted path (after the reply code and status) of a
    domain that is not the recipient's, and name no subject of the recipient's (data/words.yaml: "your address" is not
    one), refused the sender (:data:`_PATH_FIRST_SOURCE`): the MAIL stage's reading where the report names no command
    (OpenSMTPD's) or the sender was checked at RCPT TO (:data:`_A_PATHS_COMMAND`).  Read in the reply tier, only where
    nothing at it or above reads (words that only refuse, X.7.1's class, the RCPT stage's last guess are all below)."""
    ev = r.ev
    if ev.command not in _A_PATHS_COMMAND or any(_RANK[c.tier] <= _RANK[_THE_PATHS_TIER] for c in r.out):
        return
    said = ev.diagnostic or ""
    m = _PATH_FIRST.search(said)
    if m is None:
        return
    quoted, domain = m.group(1).lower(), m.group(2).lower().rstrip(".")
    mine = [a.lower() for a in (ev.address, ev.original_address, ev.passed_on_to) if a and "@" in a]
    if not r.senders_path and any(quoted == a or domain == a.rsplit("@", 1)[1].rstrip(".") for a in mine):
        return
    if _subjects_the_server_names(r) & _RECIPIENT_SUBJECTS:
        return  # words that name the recipient's mailbox or domain ("Recipient address rejected"): not the sender's
    r.out.append(Candidate("rejected", "reply.path-of-the-sender", _THE_PATHS_TIER,
                           f"the reply quotes <{m.group(1)}>, no recipient's path", source=_PATH_FIRST_SOURCE))


# the stages before the envelope where the only party a refusal can name is the client itself (RFC 5321 §3.1, §4.1.1.1)
_GREETING_STAGES = frozenset({"CONN", "EHLO", "HELO"})
# the words that only refuse ("Connection refused from 192.0.2.1", "Access denied", "Blocked"): the refusal tier's
_ONLY_REFUSE = frozenset({"reason.policyviolation.bare-refusal", "reason.policyviolation.administrative-prohibition",
                          "reason.blocked.bare-block"})


def _refused_for_now_before_the_envelope(r: _Reading, command: str) -> None:
    """session 53 (K53A): a temporary greeting or EHLO/HELO reply whose words refuse ("421 4.7.0 Connection refused
    from 192.0.2.1", "450 Access denied") refuses the client for now, not a service that is down: before the envelope
    nothing else can have been refused (RFC 5321 §3.1: a server may refuse a client it does not want; §4.3.2), and
    the words say so where a bare 421 says only "not now" (§4.2.3, stage.conn.temporary). It reads in the stage tier,
    above that guess and below every reading of what or why (a phrase, a clause, a hint); a final report that gave up
    on it still reads giving up, as for any temporary greeting (_giving_up_below_a_greeting)."""
    refusing = [c for c in r.out if c.tier == "refusal" and c.rule in _ONLY_REFUSE]
    if refusing:
        first = min(refusing, key=lambda c: c.pos)
        r.out.append(Candidate("blocked", f"stage.{command.lower()}.refused-for-now", "stage",
                               f"{first.evidence} (refused for now at {command}: the client)",
                               weight=len(first.evidence)))


def _opening_word(said: str, code: str | None = None) -> str:
    """The first word of the server's own text: past the reply code, the enhanced status and punctuation.  Where the
    reply code stands as a word of its own, the server's text starts after it: Exim names the host before the reply
    ("host mx.example.org [192.0.2.1]" then "SMTP error from remote mail server after end of data:", 4.96; after that
    frame, then ": host <name> [<ip>]: ", in older releases: transports/smtp.c), and "host" is not the server's
    first word (session 47, X47: Exim's report of lists.sr.ht's "500-Rejected. ..." read as a bare 500's syntax error,
    Postfix's, Sendmail's and OpenSMTPD's as the refusal it opens with)."""
    tokens = said.split()
    if code:
        at = next((i for i, t in enumerate(tokens) if t == code or t.startswith(code + "-")), None)
        if at is not None:
            tokens = tokens[at + 1:]
    for token in tokens:
        word = token.strip(".,;:!?()[]<>\"'#-")
        if word and not word[0].isdigit():
            return word
    return ""


def _refused_for_good(r: _Reading) -> bool:
    """session 60 (k60c): a report whose words no rule reads names no cause; ``onhold`` ("a status that needs a
    later decision") fits it only while a later decision can come: a temporary reply (4yz, RFC 5321 §4.2.1) or a
    delay notice (RFC 3464 §2.3.3 "delayed").  A permanent reply (5yz, RFC 5321 §4.2.1: "the command was not accepted
    and the requested action did not occur", not to be repeated as is), or with no reply code a final report's class-5
    status (RFC 3463 §3.1), is decided: the failure stands and no cause can be determined (``undefined``), as the
    documented-reply catalogue labels RFC 5321's own bare «554 Transaction failed» (rfc5321-554-transaction-failed)
    and Courier's «556 Address unavailable.», against the 4yz texts it labels ``onhold`` (RFC 5321's «450 Requested
    mail action not taken: mailbox unavailable», Exim's «450 Onward transmission not accepted»)."""
    ev = r.ev
    if ev.action == "delayed":
        return False
    if ev.reply_code:
        return ev.reply_code.startswith("5")
    return r.final and (ev.status or "").startswith("5.") and not ev.status_from_reply_code


def _last_resorts(r: _Reading) -> None:
    """action: the DSN says the delivery is delayed or has expired; none: words nobody knows, or nothing at all."""
    ev = r.ev
    if ev.action in r.k.actions:
        reason, source = r.k.actions[ev.action]
        r.out.append(Candidate(reason, f"action.{ev.action}", "action", f"Action: {ev.action}", source=source))
    if r.text and _refused_for_good(r):
        r.out.append(Candidate("undefined", "none.unknown-words-for-good", "none",
                               "no rule knows these words, and the refusal is permanent"))
    elif r.text:
        r.out.append(Candidate("onhold", "none.unknown-words", "none", "no rule knows these words"))
    else:
        r.out.append(Candidate("undefined", "none.no-evidence", "none", "the bounce gives no reason"))


def _evidence(r: _Reading) -> None:
    """evidence: words several vendors' documented replies use for one reason, when nothing above reads the reply
    (the best reading so far ranks below the tier); pasted words with no code, status or stage need not be a
    server's at all ("not a reply", line.py)."""
    ev, out = r.ev, r.out
    if r.voted or not r.plain or (r.fmt == "line" and not (ev.reply_code or r.status or r.command)):
        return
    if _RANK[out[0].tier] <= _EVIDENCE:
        if out[0].rule in _RELAY_REFINES and "relay" in r.plain:
            _relay_words_over_the_status(r)
        elif out[0].rule in _GREETING_FOR_NOW:
            _limit_words_over_the_greeting(r)
        return
    c = _evidence_vote(r)
    if c is not None:
        out.insert(0, c)


# session 57 (K57D): the stage readings of a temporary greeting or EHLO/HELO reply ("not now": the service is not
# available for the moment, RFC 5321 §3.1, §4.2.3) and the limits whose words say why it was not available to this
# client: a sending rate (RFC 3463 §3.8, X.7.x administrative limits on a sender; Postfix anvil's
# smtpd_client_message_rate_limit, Exim's ratelimit ACL) or a count of connections (RFC 5321 §4.5.3.2: a server may
# limit its connections; Postfix smtpd_client_connection_count_limit, Sendmail's ClientRate/ConnectionRateThrottle)
_GREETING_FOR_NOW = frozenset({"stage.conn.temporary", "stage.ehlo.temporary", "stage.helo.temporary"})
_LIMITS = frozenset({"speeding", "toomanyconn"})


def _limit_words_over_the_greeting(r: _Reading) -> None:
    """A temporary greeting or EHLO/HELO reply whose words the evidence tier reads as a limit («451 4.7.1 Your mail
    server is sending too quickly» before the envelope): the words say why the service was not available for now,
    which the stage's guess (stage.conn.temporary: the receiving side's passing fault) does not; the stage reading
    moves to status-class, below the evidence tier, as a relay refusal's status does (_relay_words_over_the_status)."""
    c = _evidence_vote(r)
    if c is not None and c.reason in _LIMITS:
        _words_over_the_best(r, c, " (the words name a limit on the client)")


# session 55 (K55E): the statuses that servers put on every refused recipient (X.1.1, X.1.0): alone they name the
# mailbox; words that documented replies of several families use for a relay refusal, which no phrase or clause
# reads, say which. (X.7.1, the status a relay refusal is sent with: Postfix's «554 5.7.1 Relay access denied»,
# Sendmail's «550 5.7.1 Relaying denied», was here too; since session 59 (K59C) it reads at the status-class tier,
# below the evidence tier, whatever the words)
_RELAY_REFINES = frozenset({"status.X.1.1", "status.X.1.0"})


def _relay_words_over_the_status(r: _Reading) -> None:
    """A status of :data:`_RELAY_REFINES` as the best reading, the reply names the relay, and the evidence tier reads
    its words as a relay refusal ("550 5.7.1 Relaying not possible", "550 5.1.1 No relay for you"; not "550 5.7.1 Not
    permitted", whose evidence words alone vote norelaying too): the words say which refusal it was (RFC 5321
    §3.6.2, §7.1: a server refuses to relay for clients and domains it does not serve), the status only its class
    (moved to status-class, below the evidence tier)."""
    c = _evidence_vote(r)
    if c is not None and c.reason == "norelaying":
        _words_over_the_best(r, c, " (a relay refusal's status: the words say relaying was refused)")


def _words_over_the_best(r: _Reading, words: Candidate, why: str) -> None:
    """The evidence tier's reading ``words`` says what the best reading only classes: the best moves to
    status-class, below the evidence tier, with ``why`` in its evidence (one demotion for the two callers above)."""
    best = r.out[0]
    best.tier = "status-class"
    best.evidence += why
    r.out.insert(0, words)
    r.out.sort(key=Candidate.key)


def _evidence_vote(r: _Reading) -> Candidate | None:
    """The evidence tier's reading of the server's reply (:func:`_server_words`), or None: one rule for ``_evidence``
    and for a final report that gives up on a temporary reply (``_giving_up_below_the_reply``)."""
    from .evidence import barred_at, not_after_of, vote  # only a reply nothing above reads needs its table

    reply = _server_words(r)
    v = vote(reply, barred=barred_at(r.ev.command), not_after=not_after_of()) if reply.strip(" #") else None
    if v is None or v.reason in r.gone:
        return None
    return Candidate(v.reason, f"evidence.{v.reason}", "evidence",
                     "words of documented replies: " + ", ".join(f"'{w}'" for w in v.words),
                     source="data/evidence.yaml")


def _server_words(r: _Reading) -> str:
    """The words a documented reply could hold: the server's reply alone (session 45, K45).  Not a notice, the
    reporting system's own sentence ("aborted after 5.0 hour(s)"), nor the sending MTA's frame of the reply
    (smtp.without_frames: Exim's "after pipelined MAIL FROM:<a@example.org> SIZE=1785:" is its own command, session
    44, X44), nor its words of giving up (data/reasons/expired.yaml's ``gave_up``, wherever they stand and whether or
    not they were read: "timeout" in Exim's appended "retry timeout exceeded", "queue" in qmail's "this message has
    been in the queue too long", is no word of the server's), each blanked."""
    said = r.said[: r.reply_end] if r.ev.diagnostic else ""
    spans = [(pos, pos + len(words)) for entry, _w, pos, words in r.k.index.find(said)
             if entry.tier == "gave-up" and " … " not in words]
    # session 59 (K59C): nor the subject the hand rules read as naming another's thing ("virus scanner" in "update
    # your virus scanner", _words_of_anothers_thing): a word the evidence table holds counts only where its hand rule
    # reads it as what it says (clauses.anothers_subjects)
    for word in r.anothers:
        at = said.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = said.find(word, at + len(word))
    if not spans:
        return said
    chars = list(said)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def implied_status(reason: str, temporary: bool) -> str | None:
    """The status a reason implies when the bounce carries none (class from ``temporary``)."""
    code = knowledge().implied.get(reason)
    if not code:
        return None
    return ("4" if temporary else "5") + code[1:]


def is_status(value: str) -> bool:
    return STATUS.fullmatch(value) is not None
