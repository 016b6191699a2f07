"""Golden cards: the full Japanese and English card of the cases a reviewer should be able to read.

Each case is an explicit Finding (not classifier output), so a golden only changes when the card texts
or cards.py change.  To rewrite the goldens on purpose after editing the texts:

    WHYBOUNCE_REGEN_GOLDEN=1 pytest tests/test_cards_golden.py

then review the diff of tests/golden/cards/ like any other change.
"""

from __future__ import annotations

import json
import os
from copy import copy
from pathlib import Path
from typing import Any

import pytest
from whybounce.cards import build_card
from whybounce.model import Finding
from whybounce.render import render_text

GOLDEN = Path(__file__).resolve().parent / "golden" / "cards"
REGEN = os.environ.get("WHYBOUNCE_REGEN_GOLDEN") == "1"


def _f(**kw: Any) -> Finding:
    base: dict[str, Any] = dict(address=None, reason=None, status=None, reply_code=None, command=None,
                                temporary=False, remote_mta=None, diagnostic=None, action="failed")
    base.update(kw)
    return Finding(**base)


# name -> (finding, POP3 topic, protocol for the rendered text)
CASES: dict[str, tuple[Finding, str | None, str]] = {
    "userunknown-rcpt": (_f(
        address="taro@example.co.jp", reason="userunknown", status="5.1.1", reply_code="550", command="RCPT",
        remote_mta="mx.example.co.jp",
        diagnostic="550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown in local recipient table",
    ), None, "bounce-text"),
    "docomo-domain-filter-data": (_f(
        address="hanako@docomo.ne.jp", reason="filtered", status="5.0.0", reply_code="550", command="DATA",
        remote_mta="mfsmax.docomo.ne.jp", diagnostic="550 Unknown user hanako@docomo.ne.jp",
    ), None, "bounce-text"),
    "mailboxfull-temporary": (_f(
        address="jiro@example.ne.jp", reason="mailboxfull", status="4.2.2", reply_code="452", command="RCPT",
        temporary=True, action="delayed", remote_mta="mx.example.ne.jp",
        diagnostic="452 4.2.2 <jiro@example.ne.jp>: Mailbox full",
    ), None, "bounce-text"),
    "mailboxfull-permanent": (_f(
        address="saburo@example.com", reason="mailboxfull", status="5.2.2", reply_code="552", command="RCPT",
        remote_mta="mx.example.com",
        diagnostic="552 5.2.2 The email account that you tried to reach is over quota.",
    ), None, "bounce-text"),
    "expired-delay": (_f(
        address="shiro@example.net", reason="expired", status="4.4.7", command=None,
        diagnostic="delivery temporarily suspended: connect to mx.example.net[192.0.2.25]:25: Connection timed out",
    ), None, "bounce-text"),
    "dmarc-rejection": (_f(
        address="friend@gmail.com", reason="authfailure", status="5.7.26", reply_code="550", command="DATA",
        remote_mta="gmail-smtp-in.l.google.com",
        diagnostic="550 5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.",
    ), None, "bounce-text"),
    "relay-denied": (_f(
        address="partner@example.org", reason="norelaying", status="5.7.1", reply_code="554", command="RCPT",
        remote_mta="mail.example.jp", diagnostic="554 5.7.1 <partner@example.org>: Relay access denied",
    ), None, "smtp"),
    "pop3-auth-failed": (_f(
        reason=None, action=None, diagnostic='-ERR authentication failed for user "taro"',
    ), "auth-failed", "pop3"),
}


def _golden(name: str) -> dict[str, Any]:
    finding, topic, protocol = CASES[name]
    out: dict[str, Any] = {"finding": {k: v for k, v in finding.to_dict().items() if k != "card"}, "topic": topic}
    for lang in ("ja", "en"):
        f = copy(finding)
        f.card = None
        f.card = build_card(f, lang, topic=topic)
        out[lang] = f.card.to_dict()
        out[f"text_{lang}"] = render_text({**f.to_dict(), "protocol": protocol, "topic": topic}, lang).splitlines()
    return out


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_card(name: str) -> None:
    path = GOLDEN / f"{name}.json"
    got = _golden(name)
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert path.exists(), f"missing golden {path.name}: run with WHYBOUNCE_REGEN_GOLDEN=1"
    want = json.loads(path.read_text(encoding="utf-8"))
    assert got == want, f"{name}: card differs from {path.name} (WHYBOUNCE_REGEN_GOLDEN=1 to accept)"


def test_no_stale_goldens() -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == sorted(CASES)


def test_goldens_tell_the_key_facts() -> None:
    """What each golden must say, independent of exact wording, so a regenerated golden stays honest."""
    cards = {name: _golden(name) for name in CASES}
    assert cards["userunknown-rcpt"]["en"]["who"] == "sender"
    assert cards["docomo-domain-filter-data"]["ja"]["who"] == "recipient"
    assert "ドコモ" in cards["docomo-domain-filter-data"]["ja"]["cause"]
    assert "受信許可リスト" in " ".join(cards["docomo-domain-filter-data"]["ja"]["actions"])
    assert cards["mailboxfull-temporary"]["en"]["title"].startswith("Delayed")
    assert cards["mailboxfull-temporary"]["en"]["actions"][0] != cards["mailboxfull-permanent"]["en"]["actions"][0]
    assert "DMARC" in cards["dmarc-rejection"]["ja"]["title"]
    assert cards["dmarc-rejection"]["en"]["who"] == "sender-admin"
    assert cards["relay-denied"]["en"]["who"] == "sender"
    assert cards["pop3-auth-failed"]["ja"]["evidence"] == '-ERR authentication failed for user "taro"'
    for name, golden in cards.items():
        assert golden["ja"]["evidence"] == golden["en"]["evidence"] == CASES[name][0].diagnostic
