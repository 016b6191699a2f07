"""The greedy picker of the catalogue set's batches (catalogue43.py), kept so that a later batch is picked by the same
rule and its choice can be checked: print a table literal of OTHER catalogue replies (session 44, helper X44).

The first two batches were picked by scripts kept outside the repository (their rules are in catalogue43.py's
comments); this is the second batch's rule (X2-43) with its weights made arguments: the entries whose reply starts
with a 4xx or 5xx code at a stage the fake server can script (the entry's ``command``; RCPT when it has none; HELO as
EHLO; AUTH, STARTTLS and BDAT left out), none already picked, a domain (the id's first 40 characters) not already
used, at most two replies of a family; each step takes the candidate with the best score: a family not yet picked,
the features the batch favours (each worth less the more the batch holds of it), a stage short of its share (and
less for one past it), a first
reason not yet picked, temporary replies up to their share, longer replies. The chosen are sent as before: two in
three replies longer than 80 characters as multi-line replies wrapped at about 70 columns (any longer than 480
always), a dotted-quad replaced by the client's address.

The fourth batch (session 45, helper X45) is picked by the same pass over what the first three left (``--batch d``),
with two more features the batch favours: a reply longer than 80 characters (sent multi-line two times in three) and a
reply the catalogue's own reading gets right in one wrapping only (its synthetic Postfix bounce, tests/documented.py
``postfix_bounce``, against the reply pasted alone, ``explain_line``: whybounce at the commit that picks), and a family
no batch holds yet worth more (6, not 4); a reply read in one wrapping only is worth 8 more, and a stage short of
its share twice as much (the greeting and EHLO refusals the first three batches had few of); a family may give two
replies at each stage, four in all (the greeting and EHLO replies the catalogue has left are of a few families).

The fifth batch (session 47, helper X47) is picked by the fourth batch's pass over what the first four left (``--batch
e``), with two more things it favours: the families of the catalogue's batches 64-68 (sessions 45-46, ``RECENT``: no
batch holds them), worth 6 as a family no batch holds and allowed six replies (three at a stage), and a first reason
the first four batches hold few replies of (3 / (1 + held / 8): syntaxerror, userunknown, norelaying, failedstarttls,
mesgtoobig are where the catalogue has many replies left). The greeting and EHLO refusals the catalogue has left (9
and 10) are all wanted.

The sixth batch (session 48, helper X48) is picked by the fifth batch's pass over what the first five left (``--batch
f``), the families of the catalogue's batches 69-70 (session 47, ``RECENT_F``: SAUCE, m365proxy, ModernRelay, Email
OAuth 2.0 Proxy, azure-smtp-relay, FakeSMTPd; no batch holds them) in ``RECENT``'s place (each reply of them worth 4
more, not only a family's first), and what batches 1-5 had few of: the greeting and EHLO refusals the catalogue has
left (3 and 7: all wanted), MAIL FROM (25 left), temporary replies up to 45 % (batches 1-5: 284 of 680), and multi-line
replies (141 of 680): EVERY reply longer than 80 characters is sent multi-line (not two in three), and a reply longer
than 80 characters is worth 2 more. A family may give two replies more (8 for a recent family, 6 for another), and four
at a stage where it is recent or the stage is the greeting or EHLO, whose refusals are taken whatever the family
already gave (qpsmtpd holds most of those left).

The seventh batch (session 49, helper X49) is picked by the sixth batch's pass over what the first six left (``--batch
g``), counted first (810 replies: CONN 59, EHLO 29, MAIL 135, RCPT 341, DATA 246; 323 temporary; 182 sent multi-line;
the catalogue has left CONN 1, EHLO 1, MAIL 25, 140 temporary replies, 88 longer than 80 characters): the families of
the catalogue's batches 69-72 (sessions 47 and 48, ``RECENT_G``: the sixth batch's and qmail-ldap, postmoogle,
zotonic, primitivemail; no batch holds the last four) worth 4 more and allowed ten replies (six at a stage), MAIL
FROM (20 of the 25 left), temporary replies up to half (worth 6, not 3), the first reasons batches 1-6 hold few of
(the fifth batch's 3 / (1 + held / 8)), and more multi-line replies: EVERY reply longer than 60 characters is sent
multi-line, wrapped at about 50 columns (70 before), so that replies of 61-80 characters are folded too.

The eighth batch (session 50, helper X50) is picked by the seventh batch's pass over what the first seven left
(``--batch h``), counted first (940 replies: CONN 60, EHLO 30, MAIL 151, RCPT 412, DATA 287; 384 temporary; 223 sent
multi-line; the catalogue has left CONN 5, EHLO 0, MAIL 17, 109 temporary replies, 193 longer than 60 characters): the
ENTRIES of the catalogue's batches 73-75 (session 49, ``RECENT_BATCHES``: outboxd, Haitatsu, fenilsonani/email-server,
Phenk, Harbor's relay, policyd-py, and batch 75's quotes from receiving systems, filed in older families such as gmail
or postfix) worth 4 more and free of the family caps (a quote of batch 75 is one system's reply whatever its file
holds), all of MAIL FROM and the greeting that is left, temporary replies up to half (worth 6), and the seventh batch's
folding (every reply longer than 60 characters multi-line at about 50 columns).

Run: ``python tools/real-mta/catalogue43_pick.py [--batch c|d|e|f|g|h] > table.py`` (a literal for catalogue43.py;
counts on stderr; ``c`` repeats the third batch's choice).
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1] / "tests")]
import catalogue43  # noqa: E402
import documented  # noqa: E402

STAGES = {None: "RCPT", "RCPT": "RCPT", "DATA": "DATA", "MAIL": "MAIL", "CONN": "CONN", "HELO": "EHLO", "EHLO": "EHLO"}
ORDER = ["CONN", "EHLO", "MAIL", "RCPT", "DATA"]
_LEAD = re.compile(r"^(\d{3})[ -]((?:#?\d\.\d{1,3}\.\d{1,3} )?)(.*)$", re.S)
_STATUS = re.compile(r"\b[245]\.\d{1,3}\.\d{1,3}\b")
_CODE = re.compile(r"(?<![\d.])[45]\d\d(?![\d.])")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|<[^<>\s]*@[^<>\s]*>")
_URL = re.compile(r"https?://|www\.", re.I)
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")

# The third batch (X44): what the first two batches had few of.
WANT_C = {"DATA": 50, "MAIL": 34, "EHLO": 12, "RCPT": 30, "CONN": 14}
# The fourth batch (X45): the greeting and EHLO refusals the catalogue has left (19 and 15), more at MAIL FROM.
WANT_D = {"DATA": 36, "MAIL": 36, "EHLO": 15, "RCPT": 34, "CONN": 19}
# The fifth batch (X47): what the catalogue has left at the greeting and EHLO (9 and 10), more after the data and at
# MAIL FROM than batches 1-4's shares (RCPT 229 of 550).
WANT_E = {"DATA": 40, "MAIL": 30, "EHLO": 10, "RCPT": 41, "CONN": 9}
# The catalogue's families added by its batches 64-68 (sessions 45 and 46; tests/fixtures/documented-replies/README.md)
RECENT = frozenset({"hermes-antispam-proxy", "lists-sr-ht", "poshtar", "inetsim", "mxtarpit", "dcc", "robin-mta",
                    "davmail", "nginx-mail-proxy", "blitzmail", "nigelhorne-smtp-proxy", "tollur"})
# The sixth batch (X48): all the greeting and EHLO refusals the catalogue has left (3 and 7), most of MAIL FROM's (25)
WANT_F = {"DATA": 45, "MAIL": 22, "EHLO": 7, "RCPT": 53, "CONN": 3}
# The catalogue's families added by its batches 69-70 (session 47; tests/fixtures/documented-replies/README.md)
RECENT_F = frozenset({"sauce", "m365proxy", "modernrelay", "email-oauth2-proxy", "azure-smtp-relay", "fakesmtpd"})
# The seventh batch (X49): MAIL FROM's 25 left, the greeting's and EHLO's last one each, more after the data
WANT_G = {"DATA": 45, "MAIL": 20, "EHLO": 1, "RCPT": 63, "CONN": 1}
# and the catalogue's families of its batches 71-72 (session 48) beside batches 69-70's
RECENT_G = RECENT_F | frozenset({"qmail-ldap", "postmoogle", "zotonic", "primitivemail"})
# The eighth batch (X50): all of MAIL FROM's 17 and the greeting's 5 left (EHLO none: 1 keeps the division whole)
WANT_H = {"DATA": 45, "MAIL": 17, "EHLO": 1, "RCPT": 62, "CONN": 5}
# and the ENTRIES of the catalogue's batches 73-75 (session 49; an entry's ``batch``), whatever family file holds them
RECENT_BATCHES = frozenset({73, 74, 75})


def features(reply: str) -> set[str]:
    """What a wrapper may cut, fold or misread in a reply: longer than 200 characters, enhanced statuses or reply
    codes inside its words (beside the leading ones), an address, a URL."""
    m = _LEAD.match(reply)
    words = m.group(3) if m else reply
    feats = set()
    if len(reply) > 200:
        feats.add("long200")
    if _STATUS.search(words) or _CODE.search(words):
        feats.add("codes-inside")
    if _ADDRESS.search(words):
        feats.add("address")
    if _URL.search(words):
        feats.add("url")
    return feats


def taken_before(batch: str) -> list[Any]:
    """The cases of the batches before ``batch``, by its letter in catalogue43.BATCHES' order ("c": the first two;
    "g": the first six)."""
    return [case for _first, _last, cases in catalogue43.BATCHES[: ord(batch) - ord("a")] for case in cases]


def read_in_one_wrapping_only(entry: dict[str, Any]) -> bool:
    """Whether whybounce reads the entry's label from its synthetic Postfix bounce or from the reply pasted alone, but
    not from both: a reply whose reading hangs on the wrapping."""
    from whybounce import explain_bytes, explain_line

    (bounce,) = explain_bytes(documented.postfix_bounce(entry)).recipients
    pasted = explain_line(" ".join(str(entry["reply"]).split())).finding
    return (bounce.reason in entry["reasons"]) != (pasted.reason in entry["reasons"])


def candidates(batch: str = "c") -> list[dict[str, Any]]:
    """The catalogue entries a batch may take: a 4xx/5xx reply at a stage the fake server scripts, not yet picked."""
    taken = taken_before(batch)
    ids = {c.id for c in taken}
    out = []
    for e in documented.entries():
        reply = " ".join(str(e["reply"]).split())
        if e["id"] in ids or e.get("command") not in STAGES or not re.match(r"^[45]\d\d[ -]", reply):
            continue
        if "{" in reply or "}" in reply:
            continue
        feats = features(reply)
        if batch in ("d", "e", "f", "g", "h"):
            feats |= {"long80"} if len(reply) > 80 else set()
            feats |= {"one-wrapping"} if read_in_one_wrapping_only(e) else set()
        out.append(dict(id=e["id"], family=e["file"].removesuffix(".yaml"), stage=STAGES[e.get("command")],
                        reply=reply, reasons=e["reasons"], who=e["who"], temporary=bool(e["temporary"]),
                        source=_source(e), feats=feats, recent_entry=e.get("batch") in RECENT_BATCHES))
    return out


def _source(entry: dict[str, Any]) -> str:
    src = entry.get("source") or documented_file_source(entry["file"])
    if isinstance(src, dict):
        return ", ".join(str(x) for x in (src.get("title"), src.get("url") or src.get("file")) if x)
    return str(src)


def documented_file_source(name: str) -> Any:
    import yaml

    return (yaml.safe_load((documented.CATALOGUE / name).read_text(encoding="utf-8")) or {}).get("source") or {}


def pick(n: int, want: dict[str, int], temporary_share: float, batch: str = "c") -> list[dict[str, Any]]:
    """The greedy pass: n replies (see the module's docstring for the score)."""
    taken = taken_before(batch)
    old_families = {c.family for c in taken}
    domains = {c.domain.removesuffix("." + catalogue43.SUFFIX) for c in taken}
    cands = candidates(batch)
    new_family, stage_weight, cap = (6, 20, 4) if batch in ("d", "e", "f", "g", "h") else (4, 10, 2)
    recent_families = {"g": RECENT_G, "f": RECENT_F, "e": RECENT}.get(batch, frozenset())
    late = batch in ("f", "g", "h")
    held_reasons = Counter(c.reasons[0] for c in taken)
    family_stages: Counter[tuple[str, str]] = Counter()
    picked: list[dict[str, Any]] = []
    families: Counter[str] = Counter()
    feats: Counter[str] = Counter()
    stages: Counter[str] = Counter()
    reasons: set[str] = set()
    picked_reasons: Counter[str] = Counter()
    while len(picked) < n:
        best, best_score = None, -1e9
        temps = sum(p["temporary"] for p in picked)
        for c in cands:
            domain = c["id"][:40].rstrip("-")
            recent = c["family"] in recent_families or (batch == "h" and c["recent_entry"])
            # all wanted, whatever the family holds: the greeting and EHLO refusals; batch 73-75's entries (batch h)
            few_left = (late and c["stage"] in ("CONN", "EHLO")) or (batch == "h" and c["recent_entry"])
            if c in picked or domain in domains:
                continue
            family_cap = (6 if recent else cap) + late * 2 + (batch == "g" and recent) * 2
            if not few_left and families[c["family"]] >= family_cap:
                continue
            per_stage = (3 if recent else 2) + (late and (recent or c["stage"] in ("CONN", "EHLO"))) * 2
            per_stage += (batch == "g" and recent) * 1
            if batch in ("d", "e", "f", "g", "h") and not (batch == "h" and few_left) \
                    and family_stages[c["family"], c["stage"]] >= per_stage:
                continue
            s = 0.0
            if c["family"] not in families:
                s += new_family if c["family"] not in old_families else 2
            s += sum(3.0 / (1 + feats[f] / 8) for f in c["feats"])
            s += stage_weight * (want[c["stage"]] - stages[c["stage"]]) / want[c["stage"]]
            if "one-wrapping" in c["feats"]:
                s += 8
            if c["reasons"][0] not in reasons:
                s += 1.5
            if late and "long80" in c["feats"]:
                s += 2
            if late and recent:
                s += 4
            if batch in ("e", "f", "g", "h"):
                s += 3.0 / (1 + (held_reasons[c["reasons"][0]] + picked_reasons[c["reasons"][0]]) / 8)
            if c["temporary"] and temps < temporary_share * (len(picked) + 1):
                s += 6 if batch in ("g", "h") else 3
            s += min(len(c["reply"]), 300) / 300
            if s > best_score:
                best, best_score = c, s
        if best is None:
            break
        picked.append(best)
        families[best["family"]] += 1
        family_stages[best["family"], best["stage"]] += 1
        domains.add(best["id"][:40].rstrip("-"))
        feats.update(best["feats"])
        stages[best["stage"]] += 1
        reasons.add(best["reasons"][0])
        picked_reasons[best["reasons"][0]] += 1
    return sorted(picked, key=lambda c: (ORDER.index(c["stage"]), c["id"]))


def lines(reply: str, nth_long: int, every: bool = False, short: bool = False) -> tuple[str, ...]:
    """The reply as the fake server sends it: two in three long replies multi-line (any longer than 480; every long
    reply for the sixth batch; for the seventh (``short``) every reply longer than 60 characters, at 50 columns)."""
    reply = _IPV4.sub("{client_ip}", reply)
    m = _LEAD.match(reply)
    assert m is not None
    code, status, words = m.groups()
    long = len(reply) > (60 if short else 80)
    if not ((long and (every or short or nth_long % 3 != 2)) or len(reply) > 480):
        return (reply,)
    parts = textwrap.wrap(words, 50 if short else 70, break_long_words=False, break_on_hyphens=False) or [""]
    return tuple(f"{code}{'-' if k < len(parts) - 1 else ' '}{status}{p}" for k, p in enumerate(parts))


def _literal(text: str, indent: int) -> str:
    """repr of text, split into implicitly joined pieces so that a line stays within 120 characters."""
    width = 1 if text.isascii() else 2
    if len(repr(text)) * width + indent <= 118:
        return repr(text)
    step = 90 // width
    parts = [text[i:i + step] for i in range(0, len(text), step)]
    return "(" + ("\n" + " " * (indent + 1)).join(repr(p) for p in parts) + ")"


def table(name: str, picked: list[dict[str, Any]], every: bool = False, short: bool = False) -> str:
    """The picked replies as a literal list of catalogue43._c calls."""
    out, nth_long = [f"{name}: list[Catalogued] = ["], 0
    for c in picked:
        if len(c["reply"]) > 80:
            nth_long += 1
        out.append(f"    _c({c['id']!r}, {c['stage']!r}, (")
        out += ["        " + _literal(line, 8) + "," for line in lines(c["reply"], nth_long, every, short)]
        reasons = "(" + ", ".join(repr(r) for r in c["reasons"]) + ("," if len(c["reasons"]) == 1 else "") + ")"
        out.append(f"    ), {reasons}, {c['who']!r}, {c['temporary']}, {c['family']!r},")
        out.append("       " + _literal(c["source"], 7) + "),")
    out.append("]")
    return "\n".join(out) + "\n"


def main() -> None:
    batch = sys.argv[sys.argv.index("--batch") + 1] if "--batch" in sys.argv else "c"
    if batch == "d":
        picked = pick(140, WANT_D, 0.5, "d")
    elif batch == "e":
        picked = pick(130, WANT_E, 0.4, "e")
    elif batch == "f":
        picked = pick(130, WANT_F, 0.45, "f")
    elif batch == "g":
        picked = pick(130, WANT_G, 0.5, "g")
    elif batch == "h":
        picked = pick(130, WANT_H, 0.5, "h")
    else:
        picked = pick(140, WANT_C, 0.45)
    sys.stdout.write(table(f"CATALOGUE43{batch.upper()}", picked, every=batch == "f", short=batch in ("g", "h")))
    count: Counter[str] = Counter()
    for c in picked:
        count.update(c["feats"])
    print(len(picked), "picked;", dict(Counter(c["stage"] for c in picked)), dict(count),
          "temporary", sum(c["temporary"] for c in picked), "families", len({c["family"] for c in picked}),
          "first reasons", len({c["reasons"][0] for c in picked}), dict(Counter(c["reasons"][0] for c in picked)),
          "recent", dict(Counter(c["family"] for c in picked if c["family"] in RECENT | RECENT_G or c["recent_entry"])),
          "multi-line", sum(len(lines(c["reply"], 0, batch == "f", batch in ("g", "h"))) > 1 for c in picked),
          file=sys.stderr)


if __name__ == "__main__":
    main()
