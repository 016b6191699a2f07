"""The `whybounce` command as a user runs it: exit codes, JSON Lines, mbox, errors, CSV, summary."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from contract_shape import check_error_line, check_message

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "sisimai" / "bounces"
SAMPLE = CORPUS / "lhost-postfix-05.eml"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "whybounce.cli", *args], input=stdin, capture_output=True)


def test_json_lines_one_object_per_message_in_order(tmp_path: Path) -> None:
    files = sorted(CORPUS.glob("lhost-exim-0*.eml"))[:3]
    out = run("explain", "--json", *map(str, files))
    assert out.returncode == 0
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["source"] for r in rows] == [str(f) for f in files]
    for r in rows:
        check_message(r)


def test_mbox_gives_one_result_per_message(tmp_path: Path) -> None:
    mbox = tmp_path / "box"
    parts = []
    for f in sorted(CORPUS.glob("lhost-qmail-0*.eml"))[:3]:
        body = f.read_bytes().replace(b"\nFrom ", b"\n>From ")
        parts.append(b"From MAILER-DAEMON Mon Mar  3 10:00:00 2025\n" + body + b"\n")
    mbox.write_bytes(b"".join(parts))
    out = run("explain", "--json", str(mbox))
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["source"] for r in rows] == [f"{mbox}#1", f"{mbox}#2", f"{mbox}#3"]
    assert all(r["kind"] == "bounce" for r in rows)


def test_stdin_and_missing_file(tmp_path: Path) -> None:
    out = run("explain", "--json", "-", str(tmp_path / "nope.eml"), stdin=SAMPLE.read_bytes())
    assert out.returncode == 1
    rows = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert rows[0]["source"] == "-" and rows[0]["kind"] == "bounce"
    check_error_line(rows[1])
    assert rows[1]["source"] == str(tmp_path / "nope.eml")
    assert len(out.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in out.stderr


def test_junk_is_a_not_bounce_with_a_warning(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 50)
    out = run("explain", "--json", str(junk))
    row = json.loads(out.stdout)
    assert out.returncode == 0 and row["kind"] == "not-bounce" and row["warnings"]


def test_usage_error_exits_2() -> None:
    assert run("explain").returncode == 2
    assert run("frobnicate").returncode == 2


def test_maildir_and_folder(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "md" / sub).mkdir(parents=True)
    (tmp_path / "md" / "new" / "1.eml").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "md" / "cur" / "2.eml").write_bytes(SAMPLE.read_bytes())
    out = run("explain", "--json", str(tmp_path / "md"))
    assert len(out.stdout.decode().splitlines()) == 2


def test_csv_escapes_formulas_and_summary_counts(tmp_path: Path) -> None:
    evil = tmp_path / "evil.eml"
    evil.write_bytes(SAMPLE.read_bytes().replace(b"Subject: ", b"Subject: =HYPERLINK(1) ", 1))
    out = run("explain", "--csv", str(evil), str(SAMPLE))
    rows = list(csv.reader(io.StringIO(out.stdout.decode())))
    assert rows[0][:4] == ["source", "kind", "address", "reason"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)
    summary = run("explain", "--summary", str(SAMPLE), str(SAMPLE)).stdout.decode()
    assert "Messages: 2" in summary


def test_line_to_names_the_recipient_whose_provider_knowledge_applies() -> None:
    """Gmail's generic deferral (Gmail's SMTP error reference) reads as Gmail's only when the recipient is known."""
    reply = "421 4.7.0 Try again later, closing connection."
    alone = json.loads(run("line", "--json", reply).stdout)
    told = json.loads(run("line", "--json", "--to", "taro@gmail.com", reply).stdout)
    assert alone["address"] is None and not alone["rule"].startswith("provider.google.")
    assert told["address"] == "taro@gmail.com" and told["rule"].startswith("provider.google.")
    unquoted = json.loads(run("line", "--json", *reply.split(), "--to", "<taro@gmail.com>").stdout)
    assert (unquoted["address"], unquoted["diagnostic"]) == ("taro@gmail.com", reply)
    bad = run("line", "--to", "gmail", reply)
    assert bad.returncode == 2 and b"--to needs one email address" in bad.stderr and not bad.stdout


def test_line_text_mode_and_json() -> None:
    out = run("line", "--json", "550 5.1.1 <taro@example.jp>... User unknown")
    d = json.loads(out.stdout)
    assert (d["reason"], d["status"], d["reply_code"], d["protocol"]) == ("userunknown", "5.1.1", "550", "smtp")
    text = run("line", "--lang", "ja", "550 5.1.1 <taro@example.jp>... User unknown")
    assert text.returncode == 0 and "550 5.1.1" in text.stdout.decode()


# Session 50 (Q50): `python -m whybounce` said "No module named whybounce.__main__; 'whybounce' is a package and
# cannot be directly executed", while `python -m whybounce_host` works.
@pytest.mark.parametrize("args, expected", [
    (["--version"], "whybounce "),
    (["line", "--json", "550 5.1.1 <taro@example.jp>... User unknown"], '"reason":"userunknown"'),
])
def test_python_dash_m_whybounce_is_the_whybounce_command(args: list[str], expected: str) -> None:
    out = subprocess.run([sys.executable, "-m", "whybounce", *args], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert expected in out.stdout
