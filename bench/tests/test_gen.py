"""The generated inputs: mboxes that whybounce's own reader splits back into the corpus messages,
and a big bounce that the stdlib parser sees as the DSN it claims to be."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from whybounce.inputs import iter_messages

from bench import gen

CORPUS_READY = gen.BOUNCES.is_dir()
needs_corpus = pytest.mark.skipif(not CORPUS_READY, reason="../shared corpus not present")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Subject: a\n\nbody\n", [b"Subject: a\n\nbody\n"]),
        (b"From MAILER-DAEMON Thu Apr 29 23:34:45 2015\nSubject: a\n\nx\n",
         [b"Subject: a\n\nx\n"]),
        (b"From A Thu Apr 29 23:34:45 2015\nSubject: a\n\nx\nFrom B Fri Apr 30 00:00:00 2015\nSubject: b\n\ny\n",
         [b"Subject: a\n\nx\n", b"Subject: b\n\ny\n"]),
        (b"Subject: a\n\nquoted\nFrom here on, a sentence\n", [b"Subject: a\n\nquoted\nFrom here on, a sentence\n"]),
    ],
    ids=["plain", "one-message-mbox", "two-message-mbox", "body-from-line-not-an-mbox"],
)
def test_split_messages(raw: bytes, expected: list[bytes]) -> None:
    assert gen.split_messages(raw) == expected


@pytest.mark.parametrize(
    ("message", "entry"),
    [
        (b"Subject: a\n\nhi", gen.MBOX_SEPARATOR + b"Subject: a\n\nhi\n\n"),
        (b"Subject: a\n\nFrom me\n", gen.MBOX_SEPARATOR + b"Subject: a\n\n>From me\n\n"),
        (b"Subject: a\n\n>From me\n", gen.MBOX_SEPARATOR + b"Subject: a\n\n>>From me\n\n"),
        (b"Subject: a\r\n\r\nFrom me\r\n", gen.MBOX_SEPARATOR + b"Subject: a\r\n\r\n>From me\r\n\n"),
    ],
    ids=["no-final-newline", "from-line-quoted", "quoted-line-quoted-again", "crlf"],
)
def test_mbox_entry(message: bytes, entry: bytes) -> None:
    assert gen.mbox_entry(message) == entry


def test_cycle_goes_round() -> None:
    assert list(gen.cycle([b"a", b"b", b"c"], 7)) == [b"a", b"b", b"c", b"a", b"b", b"c", b"a"]
    with pytest.raises(ValueError):
        list(gen.cycle([], 1))


@needs_corpus
def test_corpus_messages_split_the_two_mbox_files() -> None:
    files = gen.corpus_files()
    messages = gen.corpus_messages()
    two_message_files = [f for f in files if len(gen.split_messages(f.read_bytes())) == 2]
    assert {f.name for f in two_message_files} == {"rfc3464-28.eml", "rhost-cox-01.eml"}
    assert len(messages) == len(files) + 2
    assert not any(m.startswith(b"From ") for m in messages)


@needs_corpus
def test_whybounce_reads_the_generated_mbox_back(tmp_path: Path) -> None:
    """Every entry comes back as its own message, with the ``>From`` quoting undone."""
    messages = gen.corpus_messages()
    with_body_from = [m for m in messages if b"\nFrom " in m]
    assert with_body_from, "the corpus has bounces whose body holds a From line (e.g. lhost-postfix-49)"
    sample = messages[:5] + with_body_from[:2]
    path = tmp_path / "sample.mbox"
    size = gen.write_mbox(path, sample, 9)
    assert size == path.stat().st_size
    items = list(iter_messages([str(path)]))
    assert [i.source for i in items] == [f"{path}#{n}" for n in range(1, 10)]
    expected = list(gen.cycle(sample, 9))
    for item, original in zip(items, expected, strict=True):
        assert item.error is None and item.raw is not None
        assert item.raw.rstrip(b"\r\n") == original.rstrip(b"\r\n")


@pytest.mark.parametrize("target", [200_000, 3_000_000])
def test_big_bounce_is_the_dsn_it_claims(target: int) -> None:
    raw = gen.big_bounce(target)
    assert abs(len(raw) - target) < 0.01 * target
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    parts = list(msg.walk())
    types = [p.get_content_type() for p in parts]  # compat32 walks a DSN's field groups as parts too
    assert types[:3] == ["multipart/report", "text/plain", "message/delivery-status"]
    assert types[-4:] == ["message/rfc822", "multipart/mixed", "text/plain", "application/pdf"]
    assert f"Final-Recipient: rfc822; {gen.BIG_RECIPIENT}" in parts[2].as_string()
    attachment = parts[-1]
    blob = attachment.get_payload(decode=True)
    assert attachment.get_filename() == "report.pdf"
    assert isinstance(blob, bytes)
    assert len(blob) > 0.7 * target


def test_big_bounce_default_is_30_mb() -> None:
    raw = gen.big_bounce()
    assert 29.5 * 2**20 < len(raw) <= 30 * 2**20
    assert gen.big_bounce() == raw, "the same bytes every run, so runs compare"
