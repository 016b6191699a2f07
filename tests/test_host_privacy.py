"""Privacy: the host never opens a socket, writes no files, and its stderr (Thunderbird's error
console) never shows a subject or an address of the mail it explains, not even when the core fails
with an exception or a warning that quotes the message."""

from __future__ import annotations

import base64
import email
import email.policy
import sys
from pathlib import Path

import pytest
from host_util import BOUNCES, host_session, python_env
from socket_block import blocked
from whybounce_host.ids import EXTENSION_ID

# Wraps the host: for a message carrying the trap header, the core "fails" with an exception and a
# warning whose texts quote the whole message, as a careless library might.
TRAP_WRAPPER = '''\
import sys, warnings, whybounce
real = whybounce.explain_bytes
def trapped(raw, lang="en", source=None):
    if b"X-Privacy-Trap" in raw:
        text = raw.decode("utf-8", "replace")
        warnings.warn("while reading " + text)
        raise KeyError(text)
    return real(raw, lang=lang, source=source)
whybounce.explain_bytes = trapped
from whybounce_host.__main__ import main
sys.exit(main())
'''


def private_strings(path: Path) -> set[str]:
    """Subjects and addresses in a corpus message (its own headers and the returned message's)."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
    found: set[str] = set()
    for part in message.walk():
        for header in ("Subject", "From", "To", "Final-Recipient", "Original-Recipient"):
            for value in part.get_all(header, []):
                text = str(value)
                found.add(text.strip())
                found.update(w.strip("<>;,\"'") for w in text.split() if "@" in w)
        if part.get_content_type() == "message/delivery-status":
            for block in part.get_payload() if part.is_multipart() else []:
                for header in ("Final-Recipient", "Original-Recipient"):
                    for value in block.get_all(header, []):
                        found.update(w.strip("<>;,") for w in str(value).split() if "@" in w)
    return {s for s in found if len(s) >= 8}


@pytest.fixture()
def sandbox(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python refuses sockets (socket_block.py, the CLI's privacy test's blocker, tested
    there), with its own empty HOME and working folder."""
    home = tmp_path / "home"
    home.mkdir()
    return python_env(**blocked(tmp_path), HOME=str(home))


def test_host_touches_no_network_and_logs_no_message_contents(
    sandbox: dict[str, str], tmp_path: Path
) -> None:
    files = sorted(BOUNCES.glob("*.eml"))[::3]
    secrets: set[str] = set()
    for path in files:
        secrets |= private_strings(path)
    trap = files[0].read_bytes().replace(b"\n", b"\nX-Privacy-Trap: yes\n", 1)
    secrets |= private_strings(files[0])
    assert len(secrets) > 100
    work = tmp_path / "cwd"
    work.mkdir()
    argv = [sys.executable, "-P", "-c", TRAP_WRAPPER, str(tmp_path / "whybounce.json"), EXTENSION_ID]
    with host_session(argv, env=sandbox, cwd=work) as host:
        for i, path in enumerate(files):
            raw = base64.b64encode(path.read_bytes()).decode("ascii")
            answer = host.ask({"id": i, "op": "explain", "raw": raw, "lang": "ja" if i % 2 else "en"})
            assert answer["ok"] is True, (path.name, answer)
        trapped = host.ask({"id": "trap", "op": "explain", "raw": base64.b64encode(trap).decode("ascii")})
        assert trapped["ok"] is False and trapped["error"]["code"] == "internal"
        for secret in secrets:
            assert secret not in trapped["error"]["message"]
        host.ask({"id": "bad", "op": "explain", "raw": "not base64 " + sorted(secrets)[0]})
        assert host.finish() == 0
        stderr = host.stderr
    assert Path(sandbox["WHYBOUNCE_SITE_MARKER"]).exists(), "the socket blocker was not loaded: this proves nothing"
    assert not (tmp_path / "sockets.log").exists(), "the host tried to use the network"
    assert "KeyError" in stderr and "UserWarning" in stderr  # the trap fired and was reported...
    leaked = sorted(s for s in secrets if s in stderr)
    assert leaked == [], f"stderr shows message contents: {leaked[:5]}"  # ...without its contents
    assert list(Path(sandbox["HOME"]).iterdir()) == [] and list(work.iterdir()) == []
