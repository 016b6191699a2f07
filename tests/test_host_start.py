"""The host's start in broken surroundings: it serves without a null device, and a start that fails says why in
one line on stderr (Thunderbird's error console shows it) and exits 1, never with a bare traceback.

Session 38's fresh-Debian run saw one host start exit 1 with its stderr lost: the chroot shared the machine's
``/dev``, whose ``/dev/null`` was for about a minute a symlink to a path that did not exist there, and the host
opened ``os.devnull`` unconditionally at start.  Each test here runs the real host as a subprocess and talks real
frames to it; only the null device's path is pointed at a dangling symlink (``/dev`` itself is not touched).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from host_util import HOST_ARGV, request
from whybounce_host.doctor import split_frames

SAMPLE = Path(__file__).resolve().parent.parent / "core" / "whybounce" / "samples" / "postfix-user-unknown.eml"

WITH_NULL_AT = (
    "import os, sys\n"
    "os.devnull = sys.argv.pop(1)\n"  # where the host will look for the null device
    "import whybounce\n"
    "real = whybounce.explain_line\n"
    "def peeking(text, lang='en'):\n"  # what a library reading stdin would get: must be empty, not the frames
    "    sys.stderr.write(f'STDIN-READS {os.read(0, 100)!r}\\n')\n"
    "    return real(text, lang=lang)\n"
    "whybounce.explain_line = peeking\n"
    "from whybounce_host.__main__ import main\n"
    "sys.exit(main())\n"
)


def _failed(done: subprocess.CompletedProcess[bytes]) -> str:
    return f"exit {done.returncode}; the host's stderr:\n{done.stderr.decode('utf-8', 'replace')}"


def test_a_null_device_that_cannot_be_opened_does_not_stop_the_host(tmp_path: Path) -> None:
    dangling = tmp_path / "null"
    dangling.symlink_to(tmp_path / "gone")
    requests = (request({"id": 1, "op": "ping"})
                + request({"id": 2, "op": "explain", "raw": base64.b64encode(SAMPLE.read_bytes()).decode("ascii"),
                           "lang": "ja"})
                + request({"id": 3, "op": "line", "text": "550 5.1.1 user unknown"}))
    done = subprocess.run([sys.executable, "-P", "-c", WITH_NULL_AT, str(dangling), *HOST_ARGV[-2:]],
                          input=requests, capture_output=True, timeout=60)
    assert done.returncode == 0, _failed(done)
    answers, stray = split_frames(done.stdout)
    assert stray == b""
    assert [(a["id"], a["ok"]) for a in answers] == [(1, True), (2, True), (3, True)], answers
    assert answers[1]["result"]["recipients"] and answers[2]["result"]["reason"] == "userunknown"
    assert done.stderr.decode() == "STDIN-READS b''\n"  # fd 0 was replaced by an empty pipe, and nothing else said


def test_a_start_that_fails_says_why_in_one_line(tmp_path: Path) -> None:
    """A broken install (the core's package there, its modules missing) stops the host before it can serve."""
    (tmp_path / "whybounce").mkdir()
    (tmp_path / "whybounce" / "__init__.py").write_text("")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])]))
    done = subprocess.run(HOST_ARGV, input=request({"id": 1, "op": "ping"}), capture_output=True, timeout=60, env=env)
    assert done.returncode == 1 and done.stdout == b"", _failed(done)
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1, _failed(done)
    assert lines[0].startswith(
        "whybounce-host: cannot start: ModuleNotFoundError: No module named 'whybounce.limits' at "), lines


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_a_start_without_file_descriptors_says_why_in_one_line() -> None:
    """With too few file descriptors to serve, the host says so in one line; with enough, it answers.

    Below some limit the interpreter cannot start at all (its own traceback, before the host's code runs): those
    limits are left out; the limits from there up must each give either the answer or the host's one line."""
    import resource

    outcomes = {}
    for limit in range(4, 16):
        done = subprocess.run(
            HOST_ARGV, input=request({"id": 1, "op": "ping"}), capture_output=True, timeout=60,
            preexec_fn=lambda n=limit: resource.setrlimit(resource.RLIMIT_NOFILE, (n, n)),
        )
        stderr = done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 and "whybounce-host:" not in stderr and f"whybounce_host{os.sep}" not in stderr:
            continue  # the interpreter failed before the host's code ran ("Fatal Python error: init_import_site")
        answers, _stray = split_frames(done.stdout)
        if done.returncode == 0 and answers and answers[0]["ok"]:
            outcomes[limit] = "answered"
        else:
            assert done.returncode == 1 and done.stdout == b"", (limit, _failed(done))
            assert len(stderr.splitlines()) == 1 and stderr.startswith(
                "whybounce-host: cannot start: OSError: [Errno 24] Too many open files"), (limit, _failed(done))
            outcomes[limit] = "one line"
    assert "one line" in outcomes.values() and outcomes[max(outcomes)] == "answered", outcomes


def test_the_failed_start_line_shows_the_home_folder_as_a_tilde(monkeypatch: pytest.MonkeyPatch) -> None:
    """The line may be pasted into a bug report: the error's own words, but not the user's home folder."""
    from whybounce_host.__main__ import start_failure

    monkeypatch.setenv("HOME", "/home/neko/")
    try:
        raise FileNotFoundError(2, "No such file or directory", "/home/neko/.local/share/whybounce/venv/x.py")
    except FileNotFoundError as exc:
        line = start_failure(exc)
    assert line.startswith("whybounce-host: cannot start: FileNotFoundError: [Errno 2] No such file or directory: "
                           f"'~/.local/share/whybounce/venv/x.py' at {Path(__file__).name}:"), line
    assert "neko" not in line and "\n" not in line
