"""Every card the corpus, the fixtures, the documented replies and the seed lines produce, read for
contradictions, in both languages (issue 14).

A card is wrong for its bounce when
* it speaks of a permanent refusal while delivery goes on (a delay notice, a temporary refusal), or tells
  the reader to wait and send again after a permanent one;
* the one it names to act cannot be the one for that reason, or that SMTP stage (a refusal of the
  connection or the greeting concerns the sending server, never the recipient's mailbox);
* it shows a code as the server's that the input does not hold (a status whybounce inferred is marked);
* it glosses a 2.x.x success as a failure;
* it speaks of Japanese mobile carriers to someone who did not write to one;
* it is not in the language asked for, addresses a Japanese reader as あなた, or leaves a placeholder.

These are oracles about meaning, kept here apart from the card texts they check.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from documented import entries as catalogue_entries
from documented import postfix_bounce
from whybounce import explain_bytes, explain_line
from whybounce.cards import carrier_of
from whybounce.inputs import iter_messages

ROOT = Path(__file__).resolve().parent
SHARED = ROOT.parents[1] / "shared"
LANGS = ("en", "ja")

# who may act for each reason (../shared/contract.md, card.who); "nobody" only while retries can get past it
WHO = {
    "userunknown": {"sender", "recipient-admin", "nobody"},
    "hostunknown": {"sender", "sender-admin", "recipient-admin", "nobody"},
    "mailboxfull": {"recipient", "recipient-admin", "nobody"},
    "mesgtoobig": {"sender", "recipient-admin"},
    "exceedlimit": {"sender", "recipient", "recipient-admin", "nobody"},
    "filtered": {"recipient", "recipient-admin", "sender"},
    # nobody: a sender domain that DNS cannot resolve for now
    "rejected": {"sender", "sender-admin", "recipient-admin", "nobody"},
    # sender: a session cut off for naming too many unknown recipients (the sender's own list needs cleaning)
    "blocked": {"sender-admin", "recipient-admin", "nobody", "sender"},
    "spamdetected": {"sender", "sender-admin", "recipient-admin"},
    "virusdetected": {"sender", "sender-admin"},
    "policyviolation": {"sender", "sender-admin", "recipient", "recipient-admin"},
    "contenterror": {"sender", "sender-admin"},
    "notcompliantrfc": {"sender", "sender-admin"},
    "authfailure": {"sender-admin", "nobody"},  # nobody: an SPF lookup that failed for now (X.7.24 temperror)
    # recipient-admin (session 40, K40): after an alias or a forwarding (RFC 3464 Original-/Final-Recipient differ) the
    # client whose PTR or reputation was judged is the FORWARDING server, the recipient side's (RFC 5321 §3.9.1)
    "requireptr": {"sender-admin", "recipient-admin"},
    "badreputation": {"sender-admin", "nobody", "recipient-admin"},
    "securityerror": {"sender", "sender-admin", "recipient-admin"},
    "failedstarttls": {"sender", "sender-admin", "recipient-admin", "nobody"},  # sender: the mail program's login
    "norelaying": {"sender", "sender-admin", "recipient-admin"},
    "notaccept": {"sender", "recipient-admin", "nobody"},  # nobody: an MX lookup that failed for now
    # sender (session 59, CA59): a data transfer that broke off, answered with a permanent code (AmiSMTPd's «550 ERROR
    # RECEIVING DATA»): nobody's retry is left, and the same message sent again normally gets through
    "networkerror": {"nobody", "sender-admin", "recipient-admin", "sender"},
    "expired": {"sender", "sender-admin", "recipient-admin", "nobody"},
    "toomanyconn": {"sender", "sender-admin", "nobody"},
    # recipient-admin (session 42, W42): the recipient's incoming-rate limit (Gmail's "receiving mail too quickly") that
    # refused every retry until the sending server gave up: a flood of that mailbox, persisting on the receiving side
    "speeding": {"sender", "sender-admin", "nobody", "recipient-admin"},
    "systemerror": {"recipient-admin", "sender-admin", "nobody"},
    "systemfull": {"recipient-admin", "nobody"},
    "suspend": {"recipient", "recipient-admin", "sender", "sender-admin"},  # sender-admin: the sender's own account
    "hasmoved": {"sender"},
    "mailererror": {"recipient", "recipient-admin", "sender-admin", "nobody"},
    # nobody (session 38, CR38): a reply that only asks for the refused recipients in a new transaction, which the
    # sending server's retry gives (Gmail's 451 4.3.0 "Multiple destination domains per transaction is unsupported")
    "syntaxerror": {"sender", "sender-admin", "recipient-admin", "nobody"},
    "suppressed": {"sender", "sender-admin"},
    "delivered": {"nobody", "sender"},
    "vacation": {"nobody", "sender"},
    "feedback": {"sender", "sender-admin"},
}
# before any recipient was named: never the recipient's own doing
EARLY_STAGES = {"CONN", "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL"}

# words that contradict the timing state, in the card's own texts (title, cause, the actions after the first)
SAYS_PERMANENT = {"en": ("this refusal is permanent", "will not work until", "permanent error", "gave up"),
                  "ja": ("恒久的", "あきらめ", "再送をやめ")}
SAYS_GOES_ON = {"en": ("still trying", "keeps trying", "retries on its own", "wait a little and send again",
                       "nothing to do yet"),
                "ja": ("再送を続けて", "自動で再送", "少し待ってから送り直", "今は何もする必要はありません")}
CONTRADICTS = {"delayed": SAYS_PERMANENT, "temporary": SAYS_PERMANENT, "permanent": SAYS_GOES_ON,
               "limit": SAYS_PERMANENT,
               "given-up": {"en": ("still trying", "keeps trying"), "ja": ("再送を続けて",)}}
BRACKETED = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"|\([^()]*\)")
CARRIER_WORDS = {"en": ("mobile carrier",), "ja": ("携帯電話会社", "キャリア")}


def _corpus_files() -> list[Path]:
    found = sorted((SHARED / "corpus" / "sisimai" / "bounces").glob("*.eml"))
    for folder in ("real-mta", "real-mta-heldout", "forwarded", "vacation", "not-bounces"):
        found += sorted((ROOT / "fixtures" / folder).rglob("*.eml"))
    return found


@cache
def _results() -> list[tuple[str, bytes, dict[str, Any], str]]:
    """(name, input bytes, result dict, lang) for every input in both languages."""
    out = []
    for path in _corpus_files():
        for item in iter_messages([str(path)]):
            if item.raw is None:
                continue
            for lang in LANGS:
                out.append((item.source or str(path), item.raw, explain_bytes(item.raw, lang=lang).to_dict(), lang))
    for e in catalogue_entries():
        raw = postfix_bounce(e)
        for lang in LANGS:
            out.append((f"catalogue:{e['id']}", raw, explain_bytes(raw, lang=lang).to_dict(), lang))
    cases = yaml.safe_load((SHARED / "cases" / "seed-cases.yaml").read_text(encoding="utf-8"))["cases"]
    for c in cases:
        for lang in LANGS:
            got = explain_line(c["input"], lang=lang).to_dict()
            out.append((f"seed:{c['id']}", c["input"].encode(), {"recipients": [got]}, lang))
    return out


def _findings() -> Iterator[tuple[str, bytes, dict[str, Any], str]]:
    for name, raw, result, lang in _results():
        for f in result.get("recipients") or ():
            yield name, raw, f, lang


def _own_texts(card: dict[str, Any]) -> list[str]:
    """The card's own words: title, cause and the actions after the timing line."""
    actions = list(card.get("actions") or ())
    return [card["title"], card["cause"], *actions[1:]]


def _problems(check: Any) -> list[str]:
    found = []
    for name, raw, f, lang in _findings():
        problem = check(f, raw, lang)
        if problem:
            found.append(f"{name} [{lang}] {f.get('reason')} {f.get('rule')}: {problem}")
    return found


def test_there_is_a_lot_to_check() -> None:
    assert sum(1 for _ in _findings()) > 2 * (428 + 207 + 456 + 96)


def _timing(f: dict[str, Any], raw: bytes, lang: str) -> str | None:
    state = (f.get("timing") or {}).get("state")
    card = f.get("card") or {}
    if state not in CONTRADICTS or f.get("topic"):
        return None
    for text in _own_texts(card):
        low = text.lower()
        for word in CONTRADICTS[state][lang]:
            if word in low:
                return f"{state} card says {word!r}: {text}"
    return None


def test_no_card_contradicts_its_timing() -> None:
    problems = _problems(_timing)
    assert not problems, f"{len(problems)} cards:\n" + "\n".join(problems[:40])


def _who(f: dict[str, Any], raw: bytes, lang: str) -> str | None:
    who = (f.get("card") or {}).get("who")
    reason = f.get("reason")
    state = (f.get("timing") or {}).get("state")
    if who == "nobody" and state in ("permanent", "given-up", "limit"):
        return "nobody acts, though delivery has ended"
    allowed = WHO.get(reason or "")
    if allowed is not None and who not in allowed:
        return f"who {who} for {reason}"
    if f.get("command") in EARLY_STAGES and who in ("recipient",):
        return f"the recipient named for a refusal at {f['command']}"
    return None


def test_who_fits_the_reason_and_the_stage() -> None:
    problems = _problems(_who)
    assert not problems, f"{len(problems)} cards:\n" + "\n".join(problems[:40])


def _codes(f: dict[str, Any], raw: bytes, lang: str) -> str | None:
    text = raw.decode("utf-8", "replace") + " " + (f.get("diagnostic") or "")  # the diagnostic: decoded input
    for key in ("status", "reply_code"):
        value = f.get(key)
        if not value or (key == "status" and f.get("status_inferred")):
            continue
        if value not in text and not (key == "status" and _status_forms(value) & set(text.split())):
            return f"{key} {value} is shown as the server's but is not in the input"
    admin = (f.get("card") or {}).get("admin") or ""
    status = f.get("status") or ""
    if f.get("status_inferred") and status and status in admin and "whybounce" not in admin:
        return "an inferred status is glossed as if the server had sent it"
    return None


def _status_forms(status: str) -> set[str]:
    """A status as reports write it: "5.1.1", and with a leading zero ("5.01.01")."""
    c, s, d = status.split(".")
    return {status, f"{c}.{int(s):02d}.{int(d):02d}", f"#{status}", f"({status})"}


def test_codes_shown_as_the_servers_are_in_the_input() -> None:
    problems = _problems(_codes)
    assert not problems, f"{len(problems)} cards:\n" + "\n".join(problems[:40])


def _success(f: dict[str, Any], raw: bytes, lang: str) -> str | None:
    if not (f.get("status") or "").startswith("2."):
        return None
    admin = (f.get("card") or {}).get("admin") or ""
    line = next((ln for ln in admin.splitlines() if f["status"] in ln), "")
    klass = line.split(f["status"], 1)[1][:40] if line else ""
    if not any(word in klass for word in ("Success", "成功")):
        return f"a success status {f['status']} is not glossed as a success: {line}"
    if (f.get("timing") or {}).get("state"):
        return "a success has a failure's timing"
    return None


def test_success_is_never_a_failure() -> None:
    problems = _problems(_success)
    assert not problems, "\n".join(problems[:40])


def _carrier(f: dict[str, Any], raw: bytes, lang: str) -> str | None:
    card = f.get("card") or {}
    address = f.get("address") or ""
    domain = address.rpartition("@")[2] if "@" in address else None
    if carrier_of(domain) is not None:
        return None
    for text in _own_texts(card):
        if any(w in text for w in CARRIER_WORDS[lang]):
            return f"speaks of carriers to {domain}: {text}"
    return None


def test_carrier_words_only_for_a_carrier_recipient() -> None:
    problems = _problems(_carrier)
    assert not problems, "\n".join(problems[:40])


def _language(f: dict[str, Any], raw: bytes, lang: str) -> str | None:
    card = f.get("card") or {}
    texts = [*_own_texts(card), card.get("admin") or ""]
    if card.get("lang") != lang:
        return f"card in {card.get('lang')}"
    for text in texts:
        if "<<" in text or ">>" in text or "{" in text:
            return f"an unfilled placeholder: {text}"
        if lang == "ja" and "あなた" in text:
            return f"あなた: {text}"
        bare = BRACKETED.sub("", text)  # a Japanese setting's name, in parentheses or quotes, as the recipient sees it
        if lang == "en" and any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in bare):
            quoted = (f.get("diagnostic") or "") + (f.get("address") or "")
            if not all(ch in quoted for ch in bare if "\u3040" <= ch <= "\u9fff"):
                return f"Japanese in an English card: {text}"
    return None


def test_cards_are_in_the_language_asked_for() -> None:
    problems = _problems(_language)
    assert not problems, "\n".join(problems[:40])


if __name__ == "__main__":  # a report of every problem: python tests/test_card_consistency.py
    for check in (_timing, _who, _codes, _success, _carrier, _language):
        problems = _problems(check)
        print(f"== {check.__name__}: {len(problems)}")
        print("\n".join(problems), file=sys.stdout)
