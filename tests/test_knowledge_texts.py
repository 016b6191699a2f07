"""The knowledge base behind the cards: complete, in both languages, free of placeholders, and compiled.

Reasons and topics are enumerated from ../shared/README.md (the project's vocabulary), the codes from
the seeds and the RFC lists, so a reason or code added there without texts here fails a test.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from whybounce import build_knowledge, build_patterns, patterns
from whybounce.cards import CONDITION_KEYS, PLACEHOLDERS, known_wording, status_key
from whybounce.knowledge import card_part, section
from whybounce.model import WHO

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
LANGS = ("en", "ja")

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (project material) is not present")


def _shared_vocabulary() -> tuple[list[str], list[str]]:
    text = (SHARED / "README.md").read_text(encoding="utf-8")
    reasons_part = text.split("## Bounce reasons", 1)[1].split("## POP3 topics", 1)[0]
    reasons = re.findall(r"^\| (\w+) \|", reasons_part, re.M)
    reasons = [r for r in reasons if r != "reason"]
    reasons += re.findall(r"`(delivered|vacation|feedback)`", reasons_part)
    topics_part = text.split("## POP3 topics", 1)[1]
    topics = re.findall(r"`([a-z0-9-]+)`", topics_part.split("\n\n", 2)[1])
    return reasons, topics


REASONS, TOPICS = _shared_vocabulary() if SHARED.is_dir() else ([], [])
SEED_CASES: list[dict[str, Any]] = (
    yaml.safe_load((SHARED / "cases" / "seed-cases.yaml").read_text(encoding="utf-8"))["cases"]
    if SHARED.is_dir()
    else []
)

# IANA "SMTP Enhanced Status Codes", enumerated codes, as of 2024-12-06.
REGISTRY = (
    ["X.0.0"]
    + [f"X.1.{n}" for n in range(11)]
    + [f"X.2.{n}" for n in range(5)]
    + [f"X.3.{n}" for n in range(7)]
    + [f"X.4.{n}" for n in range(8)]
    + [f"X.5.{n}" for n in range(7)]
    + [f"X.6.{n}" for n in range(11)]
    + [f"X.7.{n}" for n in range(31)]
)
RFC5321_REPLIES = "211 214 220 221 250 251 252 354 421 450 451 452 455 500 501 502 503 504 550 551 552 553 554 555"
ISSUE_RFCS = ("3463", "3886", "4468", "4865", "4954", "5248", "6531", "6710", "7293", "7372", "7504", "7505", "8098")

# Codes, command names and protocol words that may appear in Japanese sentences.
ALLOWED_LATIN = {
    w.lower()
    for w in """SMTP RCPT TO MAIL FROM DATA BDAT EHLO HELO STARTTLS AUTH TLS SSL SPF DKIM DMARC ARC PTR DNS MX IP
    POP POP3 IMAP APOP USER PASS TOP RETR DELE CAPA UTF-8 ASCII MIME URL SMS Web ID OS RFC IANA BURL RRVS
    REQUIRETLS MTA-STS DANE FCrDNS SASL PLAIN LOGIN CRAM-MD5 SIZE Postfix qmail Sendmail null fail include
    Received Message-ID Date Subject Authentication-Results Action delivered relayed expanded TRANSACTION
    AUTHORIZATION IN-USE X.2.1 X.1.6 X.7.10 X.7.13 before whybounce explain bounce.eml""".split()
}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
LATIN_RUN = re.compile(r"[A-Za-z][\w'.=+-]*(?:[ /][A-Za-z][\w'.=+-]*)+")
PLACEHOLDERISH = re.compile(r"\b(?:TODO|TBD|FIXME|XXX+|lorem|ipsum|placeholder)\b|\?\?\?", re.I)
OPTIONAL = re.compile(r"<<(.*?)>>")
FIELD = re.compile(r"\{(\w+)\}")
# Proper names and header names: the same in both languages.
PROPER_NAMES = ("cards.carriers[", "cards.ui.message_id")
# Names of services and vendor programs that a Japanese text names as they are written (no Japanese name)
PRODUCT_NAMES = ("Anti-Spam IP Delist Portal", "Barracuda Reputation Block List", "Cloudmark Sender Intelligence",
                 "Google Postmaster Tools", "Junk Email Reporting Program", "Policy Block List",
                 "Proofpoint Dynamic Reputation", "Smart Network Data Services", "Spamhaus SBL/XBL",
                 "Trend Micro InterScan", "au one net")
# Quoted words (a server's reply, a setting's name as the user sees it) are the same in both languages
QUOTED = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"")
# ... and an English text may name a Japanese setting as the recipient sees it, in parentheses or quotes
QUOTED_OR_BRACKETED = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"|\([^()]*\)")


def english_runs(text: str) -> list[str]:
    """Runs of three or more English words (codes and command names not counted) in a text."""
    runs = []
    for run in LATIN_RUN.findall(text):
        words = [w for w in re.split(r"[ /]", run) if w.lower().strip(".") not in ALLOWED_LATIN]
        if len(words) >= 3:
            runs.append(run)
    return runs


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("RCPT TO の段階で拒否されました。", False),
        ("MAIL FROM/RCPT TO のパラメーターに対応していません。", False),
        ("POP before SMTP の方式です。", False),
        ("送信に失敗しました。Please try again later.", True),
        ("「Host not found」ならドメインが存在しません。", True),
    ],
)
def test_english_run_detector(text: str, flagged: bool) -> None:
    assert bool(english_runs(text)) is flagged


def _texts(node: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """Every (path, lang, text) under ``node`` where texts sit under an ``en`` / ``ja`` key."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in LANGS:
                yield from ((p, key, t) for p, _, t in _texts(value, f"{path}.{key}"))
            elif key not in ("when", "match", "domains", "ref", "sources", "source", "who", "meta"):
                yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, "", node


def reason_cards() -> dict[str, Any]:
    """Reason -> the ``card`` of data/reasons/<reason>.yaml."""
    return {name: card for name in section("reasons") if (card := card_part(f"reasons/{name}", "card"))}


def provider_cards() -> dict[str, Any]:
    """"provider/card name" -> a card of data/providers/<provider>.yaml ``cards``."""
    return {f"{p}/{name}": card for p in section("providers")
            for name, card in (card_part(f"providers/{p}", "cards") or {}).items()}


def _lang_texts() -> list[tuple[str, str, str]]:
    out = []
    for name in ("cards", "status_codes", "reply_codes", "known_replies"):
        out.extend(t for t in _texts(section(name), name) if t[1])
    for name, card in reason_cards().items():
        out.extend(t for t in _texts(card, f"reasons/{name}.card") if t[1])
    for name, card in provider_cards().items():
        out.extend(t for t in _texts(card, f"providers/{name}") if t[1])
    return out


ALL_TEXTS = _lang_texts()


def test_vocabulary_counts() -> None:
    assert len(REASONS) == 36 and len(set(REASONS)) == 36
    assert len(TOPICS) == 10


@pytest.mark.parametrize("kind", ["reasons", "topics"])
def test_cards_exist_for_exactly_the_vocabulary(kind: str) -> None:
    expected = REASONS if kind == "reasons" else TOPICS
    have = reason_cards() if kind == "reasons" else section("cards")[kind]
    assert sorted(have) == sorted(expected)
    if kind == "reasons":
        assert sorted(section("cards")["reason_names"]) == sorted(expected), "every reason has a name for people"


def _entries() -> list[tuple[str, str]]:
    return ([("reasons", r) for r in REASONS] + [("topics", t) for t in TOPICS]
            + [("providers", name) for name in sorted(provider_cards())])


def _entry(kind: str, name: str) -> Any:
    if kind == "reasons":
        return reason_cards()[name]
    if kind == "providers":
        return provider_cards()[name]
    return section("cards")[kind][name]


@pytest.mark.parametrize(("kind", "name"), _entries())
def test_card_entry_is_complete_in_both_languages(kind: str, name: str) -> None:
    entry = _entry(kind, name)
    assert entry["who"] in WHO
    if kind == "providers":
        assert entry.get("source"), f"provider card {name} names no source"
    for lang in LANGS:
        texts = entry[lang]
        assert texts["title"].strip() and texts["cause"].strip()
        assert kind == "providers" or texts["admin"].strip()
        assert texts["actions"] and all(a.strip() for a in texts["actions"])
    for variant in entry.get("variants", ()):
        whens = variant["when"] if isinstance(variant["when"], list) else [variant["when"]]
        assert whens and all(w and set(w) <= CONDITION_KEYS for w in whens)
        assert variant.get("who", entry["who"]) in WHO
        assert set(variant.get("en", {})) == set(variant.get("ja", {})), "a variant changes the same fields in both"
        assert set(variant.get("en", {})) <= {"title", "cause", "actions", "admin"}
    assert set(entry[LANGS[0]]) == set(entry[LANGS[1]]), "both languages have the same fields"


@pytest.mark.parametrize(("path", "lang", "text"), ALL_TEXTS, ids=[p for p, _, _ in ALL_TEXTS])
def test_text_is_real(path: str, lang: str, text: str) -> None:
    assert text.strip(), f"{path} is empty"
    assert not PLACEHOLDERISH.search(text), f"{path} looks like a placeholder: {text!r}"
    # a card is shown as text (Thunderbird, a helpdesk's paste): Markdown would show as it is
    assert "`" not in text and "**" not in text, f"{path} holds Markdown: {text!r}"
    if lang == "ja":
        assert JAPANESE.search(text) or path.startswith(PROPER_NAMES), f"{path} has no Japanese: {text!r}"
        bare = QUOTED.sub("", text)
        for name in PRODUCT_NAMES:
            bare = bare.replace(name, "")
        assert english_runs(bare) == [], f"{path}: English words inside Japanese text"
    else:
        assert not JAPANESE.search(QUOTED_OR_BRACKETED.sub("", text)), f"{path}: Japanese inside English text: {text!r}"


def test_placeholders_only_in_optional_segments() -> None:
    templated = ("cards.admin_lines", "cards.delayed_title", "cards.ui.recipient_count", "cards.ui.inferred_code",
                 "cards.typo_hint", "cards.warnings", "cards.words")
    for path, _, text in ALL_TEXTS:
        if path.startswith(templated) or not path.startswith(("cards.", "reasons/", "providers/")):
            continue
        for inner in OPTIONAL.findall(text):
            assert set(FIELD.findall(inner)) <= PLACEHOLDERS, path
            assert FIELD.findall(inner), f"{path}: optional segment without a placeholder"
        outside = OPTIONAL.sub("", text)
        assert not FIELD.search(outside) and "<<" not in outside and ">>" not in outside, path


def test_status_registry_is_the_iana_registry() -> None:
    reg = section("status_codes")
    assert sorted(reg["codes"], key=status_key_order) == REGISTRY
    assert sorted(reg["classes"]) == ["2", "4", "5"]
    assert sorted(reg["subjects"]) == [str(n) for n in range(8)]
    assert reg["codes"]["X.6.10"].get("deprecated") is True
    for code, entry in reg["codes"].items():
        assert entry["ref"], code
        for lang in LANGS:
            assert entry[lang]["name"].strip() and entry[lang]["meaning"].strip(), code


def status_key_order(code: str) -> tuple[int, int]:
    _, subject, detail = code.split(".")
    return int(subject), int(detail)


def test_status_registry_header_names_sources_and_date() -> None:
    meta = section("status_codes")["meta"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["reflects"])
    cited = " ".join(s["rfc"] for s in meta["sources"])
    for rfc in ISSUE_RFCS:
        assert f"RFC {rfc}" in cited, rfc
    header = (REPO / "core/whybounce/data/status_codes.yaml").read_text(encoding="utf-8").split("meta:")[0]
    assert "as last updated" in header and meta["reflects"] in header


def test_reply_codes_cover_rfc5321_and_rfc7504() -> None:
    codes = section("reply_codes")["codes"]
    for code in [*RFC5321_REPLIES.split(), "521", "556"]:
        assert code in codes, code
        assert all(codes[code][lang]["meaning"].strip() for lang in LANGS)
    assert sorted(section("reply_codes")["first_digit"]) == ["2", "3", "4", "5"]


def _seed_codes() -> tuple[set[str], set[str]]:
    replies: set[str] = set()
    statuses: set[str] = set()
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        replies |= set(re.findall(r"(?<![\d.*])([245]\d\d)(?=[ \-]|$)", text, re.M))
        statuses |= set(re.findall(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])", text))
    for case in SEED_CASES:
        if "code" in case["expect"]:
            replies.add(case["expect"]["code"])
        if "status" in case["expect"]:
            statuses.add(case["expect"]["status"])
    return replies, statuses


def test_every_seed_code_has_a_meaning() -> None:
    replies, statuses = _seed_codes()
    assert {"421", "451", "535", "550", "555"} <= replies and {"5.1.1", "5.2.0", "4.5.3"} <= statuses
    codes = section("reply_codes")["codes"]
    assert sorted(r for r in replies if r not in codes) == []
    registry = section("status_codes")["codes"]
    for status in statuses:
        key = status_key(status)
        assert key is not None and key[2] in registry, status


@pytest.mark.parametrize("case", SEED_CASES, ids=[c["id"] for c in SEED_CASES])
def test_every_seed_text_has_a_known_meaning(case: dict[str, Any]) -> None:
    protocol = "pop3" if case["kind"] == "pop3-reply" else "smtp"
    entry = known_wording(case["input"], protocol)
    assert entry is not None, case["input"]
    assert entry["en"].strip() and entry["ja"].strip()


def test_seed_topics_have_cards() -> None:
    topics = {t for c in SEED_CASES for t in c["expect"].get("topic", ())}
    assert topics and topics <= set(section("cards")["topics"])


def test_carrier_and_label_tables_are_bilingual() -> None:
    cards = section("cards")
    for group in ("who_labels", "who_labels_pop3"):
        assert sorted(cards[group]) == sorted(WHO)
    for entry in cards["carriers"]:
        assert entry["domains"] and entry["en"] and entry["ja"]
    assert set(cards["kinds"]) == {"bounce", "delay", "delivered", "vacation", "feedback", "not-bounce"}


def test_shipped_msgpack_is_up_to_date() -> None:
    assert build_knowledge.main(["--check"]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "whybounce.build_knowledge", "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


# Each compiled file, its builder, where the builder finds the file's path, and what a rebuild writes
REBUILT = [
    ("knowledge.msgpack", build_knowledge, build_knowledge, "COMPILED", build_knowledge.compile_sources),
    ("patterns.msgpack", build_patterns, patterns, "STORE", build_patterns.compile_store),
]


@pytest.mark.parametrize(("name", "builder", "owner", "attr", "compile_"), REBUILT, ids=[r[0] for r in REBUILT])
def test_a_rebuild_replaces_the_file_in_one_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                                                 builder: Any, owner: Any, attr: str, compile_: Any) -> None:
    """A process that opened the compiled knowledge or the pattern store before a rebuild reads the old file whole,
    and one opening it after reads the new one: ``make knowledge`` while a host or a test starts (F39 saw hosts that
    started during an in-place rewrite answer ``internal`` errors: OutOfData, ValueError) gives neither a file cut
    short (both builders write through build_knowledge.replace_file)."""
    compiled = tmp_path / name
    old = b"old contents " * 1000
    compiled.write_bytes(old)
    monkeypatch.setattr(owner, attr, str(compiled))
    with compiled.open("rb") as reader:
        assert builder.main([]) == 0
        assert reader.read() == old
    assert compiled.read_bytes() == compile_()
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_check_notices_a_stale_msgpack(tmp_path: Path) -> None:
    (tmp_path / "cards.yaml").write_text("a: 1\n", encoding="utf-8")
    fresh = build_knowledge.compile_sources(tmp_path)
    (tmp_path / "cards.yaml").write_text("a: 2\n", encoding="utf-8")
    assert build_knowledge.compile_sources(tmp_path) != fresh


def test_cards_load_without_yaml() -> None:
    code = (
        "import sys\n"
        "from whybounce.model import Finding\n"
        "from whybounce.cards import build_card\n"
        "from whybounce.render import render_text\n"
        "f = Finding('a@b.jp', 'userunknown', '5.1.1', '550', 'RCPT', False, None, '550 5.1.1 no')\n"
        "f.card = build_card(f, 'ja')\n"
        "render_text({**f.to_dict(), 'protocol': 'smtp', 'topic': None}, 'ja')\n"
        "assert 'yaml' not in sys.modules, 'yaml imported at run time'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
