"""Privacy (issue 9, item 5): the CLI reads the whole corpus with every way to the network blocked, and
its stderr never carries a message's subject, addresses or body.

The block is socket_block.py's ``sitecustomize.py`` on ``PYTHONPATH`` in a temporary folder (the host's privacy
test uses the same): a caught exception could hide an attempt, so the log is checked, not only the exit status; a
marker file proves the blocker was loaded at all.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from contract_shape import check_error_line, check_message
from hostile_mail import CORPUS, DSN_WITH_RETURNED, corpus_messages, json_lines
from socket_block import blocked
from whybounce import addresses, limits
from whybounce.read import decode_header

CANARY_SUBJECT = "Canary subject 7f3a9 quarterly numbers"
CANARY_ADDRESS = "canary-7f3a9@example.org"
CANARY_BODY = "canary body line 7f3a9"


@pytest.fixture
def sandbox(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "home").mkdir()
    env = blocked(tmp_path)
    # the checkout's core after the blocker's folder: the CLI under test is this tree's, not an installed copy
    env["PYTHONPATH"] += os.pathsep + str(Path(__file__).resolve().parent.parent / "core")
    return {
        **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HOME")},
        **env,
        "HOME": str(tmp_path / "home"),
    }


def _run(env: dict[str, str], *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    marker, log = Path(env["WHYBOUNCE_SITE_MARKER"]), Path(env["WHYBOUNCE_SOCKET_LOG"])
    marker.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-m", "whybounce.cli", *args], input=stdin, capture_output=True,
                          env=env, timeout=600, check=False, cwd=env["HOME"])
    assert marker.exists(), "the socket blocker was not loaded: this test would prove nothing"
    assert not log.exists(), f"network use attempted: {log.read_text()}"
    return done


def test_the_blocker_really_blocks(sandbox: dict[str, str]) -> None:
    """The blocker of both privacy tests (the CLI's here, the host's in test_host_privacy.py): each attempt fails
    and is logged, and the marker says it was loaded."""
    for code in ("import socket; socket.socket()", "import socket; socket.getaddrinfo('example.org', 25)",
                 "import socket; socket.create_connection(('192.0.2.1', 25), timeout=1)"):
        done = subprocess.run([sys.executable, "-c", code], env=sandbox, capture_output=True, text=True,
                              check=False)
        assert done.returncode != 0 and "blocked by the privacy test" in done.stderr
    assert Path(sandbox["WHYBOUNCE_SOCKET_LOG"]).read_text() == "socket.socket\ngetaddrinfo\ncreate_connection\n"
    assert Path(sandbox["WHYBOUNCE_SITE_MARKER"]).exists()


def test_the_cli_under_test_is_this_checkouts(sandbox: dict[str, str]) -> None:
    """The sandbox runs this tree's whybounce, not an installed copy that may be older than the change under test."""
    done = subprocess.run([sys.executable, "-c", "import whybounce; print(whybounce.__file__)"], env=sandbox,
                          capture_output=True, text=True, check=True, cwd=sandbox["HOME"])
    core = Path(__file__).resolve().parent.parent / "core"
    assert Path(done.stdout.strip()).resolve().is_relative_to(core)


CORPUS_DIRS = [str(CORPUS / d) for d in ("bounces", "unlabelled", "not-bounces")]


@pytest.mark.parametrize("mode", [["--json"], ["--json", "--lang", "ja"], ["--csv"], ["--summary"], []],
                         ids=["json", "json-ja", "csv", "summary", "text"])
def test_the_cli_reads_the_whole_corpus_without_network(sandbox: dict[str, str], mode: list[str]) -> None:
    done = _run(sandbox, "explain", *mode, *CORPUS_DIRS)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert done.stderr == b""
    if "--json" in mode:
        results = json_lines(done.stdout)
        assert len(results) >= len(corpus_messages())
        for r in results:
            check_message(r)


def test_the_line_command_needs_no_network(sandbox: dict[str, str]) -> None:
    for text in ("550 5.1.1 <user@example.com>: Recipient address rejected: User unknown",
                 "-ERR [AUTH] Authentication failed", "host mx.example.com said: 421 4.7.0 try again later"):
        done = _run(sandbox, "line", "--json", text)
        assert done.returncode == 0 and done.stderr == b""


def _secrets() -> set[str]:
    """Subjects and addresses of every corpus message: none may ever reach stderr."""
    found: set[str] = set()
    for path in corpus_messages():
        text = path.read_bytes().decode("utf-8", "replace")
        for m in re.finditer(r"(?im)^subject:[ \t]*(.+(?:\n[ \t].+)*)", text):
            subject = decode_header(m.group(1)).strip()
            if len(subject) >= 12:
                found.add(subject)
        found.update(a for a in addresses.find_all(text) if len(a) >= 8)
    return found


def test_stderr_never_carries_subjects_addresses_or_bodies(sandbox: dict[str, str], tmp_path: Path) -> None:
    """Every input here fails or is odd in a way that writes to stderr; stderr must say where, never what."""
    canary = (f"From: {CANARY_ADDRESS}\nTo: {CANARY_ADDRESS}\nSubject: {CANARY_SUBJECT}\n\n{CANARY_BODY}\n").encode()
    oversized = tmp_path / "oversized.eml"
    with oversized.open("wb") as fh:
        fh.write(canary + DSN_WITH_RETURNED.read_bytes())
        fh.truncate(limits.MAX_MESSAGE_BYTES + 1)
    mbox = tmp_path / "box.mbox"
    mbox.write_bytes(b"From MAILER-DAEMON Wed Oct 16 14:15:35 2013\n" + canary + b"\n"
                     + b"From MAILER-DAEMON Wed Oct 16 14:15:36 2013\n" + canary + b"Z" * limits.MAX_MESSAGE_BYTES)
    missing = tmp_path / "missing.eml"
    done = _run(sandbox, "explain", "--json", *CORPUS_DIRS, str(oversized), str(mbox), str(missing))
    assert done.returncode == 1
    errors = [r for r in json_lines(done.stdout) if "error" in r]
    assert [e["source"] for e in errors] == [str(oversized), f"{mbox}#2", str(missing)]
    for e in errors:
        check_error_line(e)
    stderr = done.stderr.decode("utf-8", "replace")
    lines = stderr.splitlines()
    assert len(lines) == 3 and all(re.fullmatch(r"whybounce: \S+: [^\n]+", ln) for ln in lines), lines
    everything = stderr + "".join(e["error"] for e in errors)
    for secret in (CANARY_SUBJECT, CANARY_ADDRESS, CANARY_BODY, "7f3a9", *_secrets()):
        assert secret not in everything, f"stderr or an error message quotes message content: {secret!r}"
    piped = _run(sandbox, "explain", "--json", "-", stdin=oversized.read_bytes())
    assert CANARY_SUBJECT.encode() not in piped.stderr and b"7f3a9" not in piped.stderr + piped.stdout


NETWORK_MODULES = frozenset({"socket", "ssl", "http", "urllib", "urllib3", "requests", "httpx", "aiohttp", "smtplib",
                             "poplib", "imaplib", "ftplib", "telnetlib", "xmlrpc", "asyncio", "socketserver",
                             "webbrowser", "dns", "selectors"})


def test_no_module_of_the_product_imports_a_network_library() -> None:
    """The cheap half of the guarantee: nothing in the core or the host can even reach for the network."""
    root = Path(__file__).resolve().parents[1]
    offenders = []
    for path in sorted([*root.glob("core/whybounce/**/*.py"), *root.glob("native_host/whybounce_host/**/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            offenders += [f"{path.relative_to(root)}: {n}" for n in names if n.split(".")[0] in NETWORK_MODULES]
    assert not offenders, offenders
