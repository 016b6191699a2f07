"""Property: whatever bytes arrive on stdin, the serving loop returns 0 and writes only whole answer
frames under the limit, one per complete frame, in order (in-process, so thousands of streams run)."""

from __future__ import annotations

import base64
import io
import json
import struct

from hypothesis import given, settings
from hypothesis import strategies as st
from whybounce_host.answers import BAD_REQUEST, INTERNAL, TOO_LARGE
from whybounce_host.doctor import split_frames
from whybounce_host.framing import MAX_ANSWER_BYTES
from whybounce_host.serve import serve

CODES = {BAD_REQUEST, TOO_LARGE, INTERNAL}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
requests = st.fixed_dictionaries(
    {"op": st.sampled_from(["ping", "line", "explain", "nope", ""])},
    optional={
        "id": st.integers() | st.text(max_size=10) | st.none(),
        "lang": st.sampled_from(["en", "ja", "xx-YY", "", "../x"]) | json_values,
        "text": st.text(max_size=200) | json_values,
        "raw": st.binary(max_size=300).map(lambda b: base64.b64encode(b).decode()) | st.text(max_size=40),
        "extra": json_values,
    },
)
bodies = st.one_of(
    requests.map(lambda r: json.dumps(r).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=80),
)


def run(stream: bytes) -> tuple[int, list[dict[str, object]], bytes]:
    out = io.BytesIO()
    status = serve(io.BytesIO(stream), out)
    answers, stray = split_frames(out.getvalue())
    return status, answers, stray


def check_answer(answer: dict[str, object]) -> None:
    assert set(answer) in ({"id", "ok", "result"}, {"id", "ok", "error"})
    if answer["ok"] is False:
        error = answer["error"]
        assert isinstance(error, dict) and error["code"] in CODES and error["message"]


@settings(max_examples=300, deadline=None)
@given(st.lists(bodies, max_size=6))
def test_well_framed_streams_get_one_answer_per_frame(frames: list[bytes]) -> None:
    stream = b"".join(struct.pack("=I", len(b)) + b for b in frames)
    status, answers, stray = run(stream)
    assert status == 0 and stray == b""
    assert len(answers) == len(frames)
    for answer in answers:
        check_answer(answer)
    assert all(len(json.dumps(a, ensure_ascii=False).encode()) <= MAX_ANSWER_BYTES for a in answers)


@settings(max_examples=300, deadline=None)
@given(st.lists(bodies, max_size=3), st.binary(max_size=40))
def test_any_tail_of_garbage_ends_in_a_clean_exit(frames: list[bytes], tail: bytes) -> None:
    stream = b"".join(struct.pack("=I", len(b)) + b for b in frames) + tail
    status, answers, stray = run(stream)
    assert status == 0 and stray == b""
    assert len(frames) <= len(answers)
    assert len(answers) <= len(frames) + len(tail) // 4 + 1  # every answer is owed to some frame
    for answer in answers:
        check_answer(answer)
