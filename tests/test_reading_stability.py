"""A reply reads the same however a bounce or a mail program happens to carry it: upper or lower case, typographic
apostrophes, non-breaking or repeated spaces, tabs, a reply split over continuation lines ("550-..." then "550 ..."),
or framed as Postfix quotes it.  Checked on every documented reply of the catalogue: no labels needed, so it
measures robustness on all of them, not agreement."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from documented import entries
from whybounce import explain_line

REPLIES = [" ".join(str(e["reply"]).split()) for e in entries()]
# Replies that do not yet read the same in every carriage, each with what differs. Strict: one that becomes stable
# must be taken off this list.
UNSTABLE: dict[str, str] = {}
_CODE = re.compile(r"^([245]\d\d) (.*)$")


def variants(reply: str) -> Iterator[tuple[str, str]]:
    yield "upper case", reply.upper()
    yield "lower case", reply.lower()
    yield "typographic apostrophes", reply.replace("'", "\u2019")
    yield "non-breaking spaces", reply.replace(" ", "\u00a0", 3)
    yield "double spaces", reply.replace(" ", "  ")
    yield "tabs", reply.replace(" ", "\t", 2)
    m = _CODE.match(reply)
    if m:
        code, words = m.group(1), m.group(2).split()
        half = len(words) // 2
        if half > 2:
            yield "continuation lines", f"{code}-{' '.join(words[:half])}\n{code} {' '.join(words[half:])}"


def _param(reply: str) -> object:
    if reply in UNSTABLE:
        return pytest.param(reply, marks=pytest.mark.xfail(strict=True, reason=UNSTABLE[reply]))
    return reply


@pytest.mark.parametrize("reply", [_param(r) for r in REPLIES], ids=[f"{i}" for i in range(len(REPLIES))])
def test_a_reply_reads_the_same_however_it_is_carried(reply: str) -> None:
    plain = explain_line(reply).finding.reason
    for name, variant in variants(reply):
        assert explain_line(variant).finding.reason == plain, (name, reply)
