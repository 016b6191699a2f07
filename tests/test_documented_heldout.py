"""The held-out documented replies (tests/fixtures/documented-replies-heldout/) hold wording nobody tuned on.

The collection measures, blind, whether the resolver's general rules hold on replies it has never seen
(its README). So the words of every reply, after its reply code and enhanced status, must be in none of:
the documented-reply catalogue, the real-MTA kit's tables (held-out sets 1-8, the tuned cases and the fake
server's replies) and whybounce's knowledge (core/whybounce/data). Like the real-MTA sets' check
(tools/real-mta/labels.py, check_replies_are_new), a failure after a knowledge change means the change read the
collection's words: that change must go, or the entry must be retired (with a note in the README).

Nothing here runs whybounce: its answers on this folder are measured by `make eval`, never asserted.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from documented import entries

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "fixtures" / "documented-replies-heldout"
CATALOGUE = ROOT / "tests" / "fixtures" / "documented-replies"
DATA = ROOT / "core" / "whybounce" / "data"
KIT = ROOT / "tools" / "real-mta"

ENTRIES = entries(HELDOUT)
_CODES = re.compile(r"^\s*(?:[245]\d\d[ -])?\s*(?:[245]\.\d{1,3}\.\d{1,3}\s+)?")


def normal(text: str) -> str:
    """Lower case, every run of white space one space."""
    return " ".join(text.split()).lower()


def words(reply: str) -> str:
    """A reply's words after its reply code and enhanced status, normalised."""
    return normal(_CODES.sub("", reply, count=1))


def _strings(node: Any) -> Iterator[str]:
    """Every string (keys and values) of a parsed YAML document."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def _kit() -> Any:
    """The kit's heldout.py, which names the held-out sets and reads their tables (imported from tools/real-mta)."""
    sys.path.insert(0, str(KIT))
    try:
        return importlib.import_module("heldout")
    finally:
        sys.path.remove(str(KIT))


def _kit_replies() -> list[str]:
    """The reply lines of the kit's held-out sets (read as the tests of those sets read them)."""
    kit = _kit()
    sys.path.insert(0, str(KIT))
    try:
        return [line for n in kit.SETS for case in kit.table(n) for line in case.reply]
    finally:
        sys.path.remove(str(KIT))


def _yaml_strings(paths: list[Path]) -> list[str]:
    """Every string the YAML files hold, normalised (so folded or escaped strings are seen as they load)."""
    return [normal(s) for path in paths for s in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))]


@functools.cache
def catalogue_strings() -> tuple[str, ...]:
    """The catalogue's strings, which both checks below read: parsed once."""
    return tuple(_yaml_strings(sorted(CATALOGUE.glob("*.yaml"))))


def known_texts() -> list[str]:
    """The texts the collection's words must not appear in: each file as written (white space normalised) and,
    for YAML, every string it holds (so folded or escaped strings are seen as they load), and the kit's replies."""
    yaml_files = [*CATALOGUE.glob("*.yaml"), *DATA.rglob("*.yaml")]
    kit = _kit()
    kit_files = [*(KIT / f"{kit.module_name(n)}.py" for n in kit.SETS), KIT / "cases.py", KIT / "fake_smtp.py"]
    texts = [normal(p.read_text(encoding="utf-8")) for p in [*yaml_files, *kit_files]]
    texts.extend(catalogue_strings())
    texts.extend(_yaml_strings(list(DATA.rglob("*.yaml"))))
    texts.extend(normal(r) for r in _kit_replies())
    return texts


@pytest.fixture(scope="module")
def known() -> str:
    return "\n".join(known_texts())


def test_the_sources_are_there() -> None:
    assert len(list(CATALOGUE.glob("*.yaml"))) >= 30
    assert len(list(DATA.rglob("*.yaml"))) >= 10
    assert len(_kit_replies()) >= 100


def test_the_words_are_taken_after_the_codes() -> None:
    assert words("550 5.7.1  Some  Words") == "some words"
    assert words("421 you must have rDNS") == "you must have rdns"
    assert words("5.3.4 Message too big") == "message too big"
    assert words("Failed four Attempts") == "failed four attempts"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_reply_words_are_new(entry: dict[str, Any], known: str) -> None:
    text = words(entry["reply"])
    assert len(text) > 10, "too short to say anything of the words"
    assert text not in known, "these words are already in the catalogue, the kit's tables or the knowledge"


def test_no_entry_shares_an_id_or_reply_with_the_catalogue() -> None:
    catalogue = entries()
    assert not {e["id"] for e in ENTRIES} & {e["id"] for e in catalogue}
    assert not {normal(e["reply"]) for e in ENTRIES} & {normal(e["reply"]) for e in catalogue}


_ADDRESSES = re.compile(r"<[^<>]*>|\S+@\S+")
_POSTFIX_FRAME = re.compile(r"^.*?\b(?:sender|recipient|client host|helo command|data command|end-of-data)\s+"
                            r"(?:address\s+)?rejected:\s*")

# Held-out words a catalogue family from ANOTHER system says too: generic wordings, not the same source.
SAID_ELSEWHERE_TOO = {
    # Citadel's AUTH refusal; the catalogue's INetSim says the same three words.
    "citadel-504-unknown-authentication-method": "inetsim.yaml",
    # Stalwart's rate limit; the catalogue's outboxd says the same sentence.
    "stalwart-451-4-4-5-rate-limit-exceeded-try-again-later": "outboxd.yaml",
    # Session 55's template check: three or four words each, said by unrelated systems.
    "ghsmtp-550-no-such-mailbox": "de-bounce-list.yaml",
    "haraka-rcpt-postgresql-550-invalid-email-address": "cn-bounce-guides.yaml",
    "tuta-550-571-recipient-address-rejected-recipient-not-found": "harbor-relay.yaml",
    "stalwart-550-5-7-7-failed-to-parse-message": "fastsmtp.yaml",
}


def bare_words(reply: str) -> str:
    """A reply's words after its codes, with addresses taken out and Postfix's "<...> address rejected:" frame cut,
    so that the same reply quoted with another example address is still the same words."""
    text = normal(_ADDRESSES.sub(" ", words(reply)))
    return _POSTFIX_FRAME.sub("", text).strip(" :;,.")


def test_bare_words_cut_addresses_and_the_postfix_frame() -> None:
    assert bare_words("554 5.7.1 <a@b.example>: Recipient address rejected: Domain is not handled by x") == (
        "domain is not handled by x")
    assert bare_words("450 4.7.1 user@example.org Daily limit reached, retry later.") == (
        "daily limit reached, retry later")


@pytest.fixture(scope="module")
def catalogued() -> str:
    return "\n".join(catalogue_strings())


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_reply_words_without_addresses_are_not_catalogued(entry: dict[str, Any], catalogued: str) -> None:
    text = bare_words(entry["reply"])
    if len(text) < 25 or entry["id"] in SAID_ELSEWHERE_TOO:
        return
    assert text not in catalogued, "the catalogue holds this reply with other addresses: retire one (README)"


_IP = re.compile(r"\[?\b\d{1,3}(?:\.\d{1,3}){3}\b\]?")
_HOST = re.compile(r"\[?\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b\]?")


def template(reply: str) -> str:
    """A reply's bare words with IP addresses, host names and numbers each one placeholder, punctuation gone: the
    server's template, so that one program's text filled with another IP, block list or status is still the same."""
    text = _HOST.sub(" HOST ", _IP.sub(" IP ", bare_words(reply)))
    return " ".join(re.findall(r"[a-z]+|IP|HOST|N", re.sub(r"\d+", "N", text)))


def test_template_fills_ips_hosts_and_numbers() -> None:
    assert template("550 Rejected: 203.0.113.45 listed at bl.spamcop.net") == template(
        "550 5.7.1 Rejected: 192.0.2.10 listed at zen.spamhaus.org") == "rejected IP listed at HOST"
    assert template("452 sorry, too many recipients (#4.5.3)") == "sorry too many recipients N N N"
    assert template("550 Rejected: listed at two lists") == "rejected listed at two lists"


@pytest.fixture(scope="module")
def catalogue_templates() -> dict[str, str]:
    return {template(e["reply"]): e["id"] for e in entries()}


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_reply_templates_are_not_catalogued(entry: dict[str, Any], catalogue_templates: dict[str, str]) -> None:
    """Session 55: Sendmail's dnsbl and sender-domain texts, qmail's recipient limit and Postfix's multi-recipient
    refusal were held out as sites' replies, filled with other IPs, lists, statuses and addresses; retired (README)."""
    text = template(entry["reply"])
    if len(text) < 15 or entry["id"] in SAID_ELSEWHERE_TOO:
        return
    assert text not in catalogue_templates, f"the same template as the catalogue's {catalogue_templates[text]}"


def test_the_allowed_generic_wordings_are_still_there() -> None:
    """Each allowance names a held-out entry that exists and a catalogue file that says its words."""
    by_id = {e["id"]: e for e in ENTRIES}
    for entry_id, family in SAID_ELSEWHERE_TOO.items():
        text = normal((CATALOGUE / family).read_text(encoding="utf-8"))
        assert bare_words(by_id[entry_id]["reply"]) in text
