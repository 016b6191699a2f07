"""Whether delivery goes on, and the periods a report states (timing.py, engine._state), on real reports.

Each row is a bounce that real software wrote: the labelled corpus and the real-MTA kit's fixtures.  A delay
notice is a delay even when its status is X.4.7 (Hotmail, Messaging Server); OpenSMTPD's "Envelope expired",
which it sends as Action: delayed, is a final report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from whybounce import explain_bytes, explain_line
from whybounce.timing import Period, stated

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parents[1] / "shared" / "corpus" / "sisimai" / "bounces"
REAL = ROOT / "fixtures" / "real-mta"

# file -> (kind, timing of the first recipient)
REPORTS = [
    (CORPUS / "lhost-outlook-06.eml", "delay",
     {"state": "delayed", "retry_until": "Fri, 30 Jan 2015 21:28:58 -0800"}),
    (CORPUS / "lhost-messagingserver-07.eml", "delay",
     {"state": "delayed", "retry_for": "3 days", "tried_for": "1 day"}),
    (CORPUS / "rhost-gsuite-06.eml", "delay",
     {"state": "delayed", "retry_until": "Wed, 03 May 2017 04:41:00 -0700 (PDT)", "retry_for": "47 hours"}),
    (CORPUS / "lhost-gmail-06.eml", "delay", {"state": "delayed", "retry_for": "2 days"}),
    (CORPUS / "lhost-sendmail-55.eml", "delay",
     {"state": "delayed", "retry_until": "Sat, 16 Jun 2018 01:36:54 +0900", "max_age": "8 hours",
      "tried_for": "4 hours"}),
    (CORPUS / "lhost-exim-38.eml", "delay", {"state": "delayed", "tried_for": "24 hours"}),
    (CORPUS / "lhost-opensmtpd-06.eml", "bounce", {"state": "given-up"}),
    (REAL / "opensmtpd" / "greeting-421-expired.eml", "bounce", {"state": "given-up"}),
    (REAL / "sendmail" / "conn-refused-expired.eml", "bounce", {"state": "given-up", "tried_for": "2 minutes"}),
    (REAL / "sendmail" / "conn-refused-expired-delay.eml", "delay",
     {"state": "delayed", "retry_until": "Mon, 23 Nov 2026 14:50:53 GMT", "max_age": "2 minutes",
      "tried_for": "1 minute"}),
    (REAL / "exim" / "conn-refused-expired-delay.eml", "delay", {"state": "delayed", "tried_for": "1 minute"}),
    (CORPUS / "lhost-postfix-01.eml", "bounce", {"state": "permanent"}),
]


@pytest.mark.parametrize(("path", "kind", "timing"), REPORTS, ids=[p.name for p, _, _ in REPORTS])
def test_timing_of_real_reports(path: Path, kind: str, timing: dict[str, str]) -> None:
    result = explain_bytes(path.read_bytes()).to_dict()
    assert result["kind"] == kind
    assert result["recipients"][0]["timing"] == timing


def test_a_delay_card_says_until_when_and_not_to_resend() -> None:
    f = explain_bytes((CORPUS / "lhost-outlook-06.eml").read_bytes(), lang="en").recipients[0]
    assert f.card is not None
    first = f.card.actions[0]
    assert "until Fri, 30 Jan 2015 21:28:58 -0800" in first and "Do not send it again now" in first
    ja = explain_bytes((CORPUS / "lhost-messagingserver-07.eml").read_bytes(), lang="ja").recipients[0]
    assert ja.card is not None and "あと3日" in ja.card.actions[0] and "送り直さないで" in ja.card.actions[0]


def test_reports_that_are_not_failures_have_no_timing() -> None:
    for name in ("rfc3834-02.eml", "arf-01.eml", "lhost-amazonses-13.eml"):
        for f in explain_bytes((CORPUS / name).read_bytes()).to_dict()["recipients"]:
            assert "timing" not in f or f["reason"] not in ("vacation", "feedback", "delivered")


@pytest.mark.parametrize(("reply", "state"), [
    ("450 4.2.2 <a@example.jp>: mailbox full", "temporary"),
    ("550 5.1.1 <a@example.jp>: user unknown", "permanent"),
    ("Temporary failure in MX lookup", "temporary"),          # no code: the words call it temporary (OpenSMTPD)
    ("HST-RTE: Hourly send rate exceeded, retry later.", "temporary"),  # ... or ask for a retry (Iridis)
    ("4.4.7 Delivery time expired", "given-up"),              # RFC 3463 X.4.7: the retries ended, final
])
def test_a_pasted_reply_is_temporary_or_permanent(reply: str, state: str) -> None:
    finding = explain_line(reply).to_dict()
    assert finding["timing"]["state"] == state
    assert finding["temporary"] is (state == "temporary")


def test_a_pasted_fragment_that_says_nothing_of_time_stays_unsaid() -> None:
    assert "timing" not in explain_line("User unknown").to_dict()


# each sentence as the software that writes it words it (timing.py names the sources)
SENTENCES = [
    ("Your message could not be delivered for more than 4 hour(s). It will be retried until it is 5 day(s) old.",
     None, Period(5, "day"), Period(4, "hour")),
    ("Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old",
     None, Period(5, "day"), Period(4, "hour")),
    ("Message could not be delivered for 5 days", None, None, Period(5, "day")),
    ("Cannot send message for 5 days", None, None, Period(5, "day")),
    ("after more than 24 hours on the queue on mx.example.org", None, None, Period(24, "hour")),
    ("A message is delayed for more than 4 hours for the following recipients", None, None, Period(4, "hour")),
    ("The mail system will continue to try to deliver your message\nfor an additional 3 days.",
     Period(3, "day"), None, None),
    ("Gmail will retry for 47 more hours.", Period(47, "hour"), None, None),
    ("Message will be retried for 2 more day(s)", Period(2, "day"), None, None),
    ("A message is delayed for more than 0 seconds", None, None, None),
    ("Delivery to the following recipient failed permanently", None, None, None),
]


@pytest.mark.parametrize(("text", "retry_for", "max_age", "tried_for"), SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_stated_periods(text: str, retry_for: Period | None, max_age: Period | None, tried_for: Period | None) -> None:
    got = stated(text)
    assert (got.retry_for, got.max_age, got.tried_for) == (retry_for, max_age, tried_for)
