#!/usr/bin/env python3
"""Write set 58's labels (tests/fixtures/real-mta-heldout58/labels.jsonl): one row per report, its one recipient,
from the case table fixed before the run (``TABLE``: each case's reason, alternates, `who` and the words that name
its cause) and from what the report shows, read from the report's own text by this file's rules, never from
whybounce:

- the kind (run.kind_of), ``temporary`` exactly for a delay notice;
- the status: the DSN Status field of the report's recipient group (RFC 3464 section 2.3.4; set 57's rule: what the
  report states, also where it quotes a relay reply whose code differs, as Postfix's soft-bounced 535 under 4.7.8);
- the reply code: the code of the relay's reply the report quotes (heldout58.replies(): its words after the codes
  found in the report's own text), "" where it quotes none;
- the SMTP step: Postfix's and Exim's own words (``STEP``: "in reply to RCPT TO command", "SASL authentication
  failed", "after AUTH ...", "Cannot start TLS", "certificate verification failed" ...); Sendmail's the step of the
  relay reply it quotes (its transcript shows the command before the reply: set 56's rule), the latest step where it
  quotes several; OpenSMTPD's none (its reports name no step, as the kit's tuned labels);
- the reason: the case's where the report quotes one of its relay's replies or names the cause in the MTA's own
  words (``CAUSE_WORDS`` of the case's family: authentication, TLS, rate); else a final report that says the queue
  time ran out (``EXPIRY``) is `expired`, the case's reason the alternate; else `undefined` (set 47's UNEXPLAINED). A
  final report of a cause the MTA retried (a 4xx reply, Postfix's soft-bounced 535) adds `expired` as an alternate
  where it says the queue time ran out;
- `who`: sender-admin for every case's report (the relay is the SENDING site's own smarthost: its login, its TLS
  set-up, its sender address rights and its sending limit are the sending side's administrator's or provider's to
  fix, ../shared/contract.md "relay and authentication set-up"), nobody in a delay notice (the delay convention).
The case's own names (its domains, the case id) are taken out of the text before the words are looked for. Nothing
here reads whybounce's output.
"""

from __future__ import annotations

import email
import re
import sys
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout
from heldout58 import CASES, SCRIPTS, recipient, relay_host, replies
from label47 import write_labels
from label57 import EXPIRY, own_text, status_of
from labels import reply_words
from run import kind_of

_AUTH = re.compile(r"authenticat|\bSASL\b|\bAUTH\b|password|credential|mechanism", re.IGNORECASE)
_TLS = re.compile(r"\btls\b|starttls|encrypt|handshake|\bssl\b|certificate|x509|verif", re.IGNORECASE)
_RATE = re.compile(r"too much mail|rate limit|too many messages", re.IGNORECASE)
# case -> (reason, alternates, the words that name its cause in the MTA's own text)
TABLE: dict[str, tuple[str, list[str], re.Pattern[str]]] = {
    "auth-535-credentials": ("securityerror", [], _AUTH),
    "auth-535-postfix": ("securityerror", [], _AUTH),
    "auth-534-too-weak": ("securityerror", [], _AUTH),
    # the relay refuses a login sent in clear: an authentication refusal whose cause is the missing encryption
    "auth-538-encryption": ("securityerror", ["failedstarttls"], _AUTH),
    "auth-454-temporary": ("securityerror", [], _AUTH),
    "auth-432-transition": ("securityerror", [], _AUTH),
    "auth-530-required": ("securityerror", [], _AUTH),
    "auth-no-common-mech": ("securityerror", [], _AUTH),
    # the relay demands TLS the sending MTA did not get going (RFC 3207's 530; the catalogue labels it
    # failedstarttls, securityerror the alternate)
    "starttls-stripped-530": ("failedstarttls", ["securityerror"], _TLS),
    "starttls-454-temporary": ("failedstarttls", ["securityerror"], _TLS),
    # the login may not use that sender address (the catalogue's 'not owned by user': securityerror, rejected)
    "sender-not-owned": ("securityerror", ["rejected"], _AUTH),
    # no login, no relaying: norelaying, the missing authentication the alternate
    "relay-denied-unauth": ("norelaying", ["securityerror"], re.compile(r"relay", re.IGNORECASE)),
    "rate-limit-450": ("speeding", [], _RATE),
    "tls-cert-selfsigned": ("failedstarttls", ["securityerror"], _TLS),
    "tls-cert-expired": ("failedstarttls", ["securityerror"], _TLS),
    "tls-cert-wrong-name": ("failedstarttls", ["securityerror"], _TLS),
}
STEP = re.compile(r"in reply to (MAIL FROM|RCPT TO|end of DATA|DATA|AUTH|STARTTLS|EHLO) command"
                  r"|(SASL authentication failed)|(Cannot start TLS)|(certificate verification failed)"
                  r"|(Server certificate not verified)|(authentication required but authentication attempt)"
                  r"|(?:SMTP error from remote mail server|remote host) after (?:pipelined )?"
                  r"(AUTH|STARTTLS|MAIL FROM|RCPT TO|end of data|initial connection|EHLO)", re.IGNORECASE)
COMMAND = {"mail from": "MAIL", "rcpt to": "RCPT", "end of data": "DATA", "data": "DATA", "auth": "AUTH",
           "starttls": "STARTTLS", "ehlo": "EHLO", "sasl authentication failed": "AUTH",
           "cannot start tls": "STARTTLS", "certificate verification failed": "STARTTLS",
           "server certificate not verified": "STARTTLS",
           "authentication required but authentication attempt": "AUTH", "initial connection": "CONN"}
_ORDER = {"STARTTLS": 0, "AUTH": 1, "MAIL": 2, "RCPT": 3}


def reply_steps(cid: str) -> list[tuple[str, str]]:
    """(step, reply) of the case's relay's refusals (heldout58.Script)."""
    s = SCRIPTS[cid]
    steps = [("STARTTLS", s.starttls), ("AUTH", s.auth_at_command), ("AUTH", s.auth), ("MAIL", s.mail),
             ("RCPT", s.rcpt)]
    out = [(step, r) for step, r in steps if r]
    if s.need_auth:
        out.append(("MAIL", "530 5.7.0 Authentication required"))
    assert {r for _, r in out} == set(replies()[cid])
    return out


def without_names(text: str, h: Heldout) -> str:
    """The text with the case's own names (its domains and id) taken out, so that they are not read as words."""
    for name in sorted({relay_host(h), h.domain, h.id}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return text


def quoted(h: Heldout, text: str) -> list[tuple[str, str]]:
    """The relay's replies (step, reply) whose words the report's own text holds (white space unfolded)."""
    flat = " ".join(text.split()).lower()
    return [(step, r) for step, r in reply_steps(h.id) if reply_words(r) in flat]


def label(mta: str, path: Path) -> dict[str, object]:
    """One report's label (``mta``: the folder, the sending MTA's name)."""
    h = CASES[re.sub(r"(-delay)?(-\d)?$", "", path.stem)]
    raw = path.read_bytes()
    text = own_text(email.message_from_bytes(raw, policy=policy.compat32))
    words = without_names(text, h)
    kind = kind_of(raw)
    delay = kind == "delay"
    reason, alternates, cause_words = TABLE[h.id]
    found = quoted(h, text)
    named = bool(found) or bool(cause_words.search(words))
    expiry = bool(EXPIRY.search(words))
    if named:
        alternates = [*alternates, *(["expired"] if expiry and not delay else [])]
    elif expiry and not delay:
        reason, alternates = "expired", [reason]
    else:
        reason, alternates = "undefined", (["onhold"] if delay else [])
    step = None
    if mta in ("postfix", "exim"):
        m = STEP.search(" ".join(text.split()))
        step = COMMAND[next(g for g in m.groups() if g).lower()] if m else None
    elif mta == "sendmail" and found:
        step = max((s for s, _ in found), key=_ORDER.__getitem__)
    code = max(found, key=lambda f: _ORDER[f[0]])[1][:3] if found else ""
    row: dict[str, object] = {"index": 1, "address": recipient(h), "status": status_of(text), "reply_code": code,
                              "command": step, "temporary": delay, "reason": reason,
                              "who": "nobody" if delay else "sender-admin"}
    if alternates:
        row["alternates"] = alternates
    return {"file": f"{mta}/{path.name}", "engine": mta, "kind": kind, "recipients": [row]}


if __name__ == "__main__":
    write_labels(Path(sys.argv[1]), label)
