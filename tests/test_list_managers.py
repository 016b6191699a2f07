"""The list-manager reader (formats/mlmmj.py, formats/mailman.py; data/providers/mlmmj.yaml, mailman.yaml), table-driven
over tests/fixtures/list-managers/: real notices of mlmmj 1.3.0 and GNU Mailman 3.3.8 (tools/real-mta/
listmanagers_run.py).  A refusal of the poster's own post is a bounce for the list address with the reason its
template branch names; a hold, a list post, a welcome and a digest are not bounces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whybounce import explain_bytes
from whybounce.mime import Part

HERE = Path(__file__).parent / "fixtures" / "list-managers"
LABELS = [json.loads(line) for line in (HERE / "labels.jsonl").read_text().splitlines() if line.strip()]
NOT_BOUNCES = Path(__file__).parent / "fixtures" / "not-bounces"


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_list_manager_notice(label: dict) -> None:
    got = explain_bytes((HERE / label["file"]).read_bytes()).to_dict()
    assert got["kind"] == label["kind"]
    want = label["recipients"]
    assert [r["address"] for r in got["recipients"]] == [w["address"] for w in want]
    for g, w in zip(got["recipients"], want, strict=True):
        assert (g["reason"], g["temporary"], g["card"]["who"]) == (w["reason"], w["temporary"], w["who"])
    if want:
        assert got["format"] == ("mlmmj" if label["engine"] == "mlmmj" else "mailman")


def test_labels_cover_both_managers_and_the_non_refusals() -> None:
    """The table holds refusals of both managers in three languages, and holds, list posts and welcomes of both."""
    refusals = {(lab["engine"], lab["language"]) for lab in LABELS if lab["kind"] == "bounce"}
    assert refusals == {(e, lang) for e in ("mlmmj", "mailman3") for lang in ("en", "de", "fr")}
    quiet = {(lab["engine"], lab["case"]) for lab in LABELS if lab["kind"] == "not-bounce"}
    assert {("mlmmj", "wait-post"), ("mlmmj", "list-post"), ("mlmmj", "welcome"), ("mailman3", "nonmember-hold"),
            ("mailman3", "list-post"), ("mailman3", "welcome")} <= quiet


def test_a_list_digest_is_not_a_bounce() -> None:
    got = explain_bytes((NOT_BOUNCES / "list-digest-multipart-digest.eml").read_bytes()).to_dict()
    assert (got["kind"], got["recipients"]) == ("not-bounce", [])


@pytest.mark.parametrize(("text", "b64"), [
    (b"The message's content type was explicitly disallowed", b"VGhlIG1lc3NhZ2UncyBjb250ZW50IHR5cGUgd2FzIGV4cGxp\n"
     b"Y2l0bHkgZGlzYWxsb3dlZA==\n"),  # one byte in the last group (Mailman 3's de/fr content-filter notice)
    (b"ab", b"YWI=\n"),  # two bytes in the last group
    (b"abc", b"YWJj\n"),  # a whole group
])
def test_base64_keeps_the_last_group(text: bytes, b64: bytes) -> None:
    """A base64 body whose length is not a multiple of three keeps its last bytes (the padding was once dropped
    with them, and Mailman's "explicitly disallowed" read "disallowe")."""
    part = Part(headers=[("content-transfer-encoding", "base64")], body=b64)
    assert part.payload() == text
