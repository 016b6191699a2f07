"""Proof with the real Thunderbird that ``whybounce-host install`` registers the host where it looks.

A throw-away probe add-on with the product's extension id connects to the native host by name and
logs each answer to Thunderbird's stdout.  With the host installed into a temporary HOME, the
ping and a Japanese line explanation come back; without the install, Thunderbird says it knows no
such native application (the control that shows the install is what made the difference).
Skipped when Thunderbird is not installed (``tests/e2e/install_thunderbird.sh`` installs it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
import whybounce
from whybounce_host.ids import EXTENSION_ID, HOST_NAME

sys.path.insert(0, str(Path(__file__).resolve().parent / "e2e"))
from harness import USER_JS  # the e2e harness's profile settings: one copy for both tests

THUNDERBIRD = shutil.which("thunderbird")
pytestmark = pytest.mark.skipif(THUNDERBIRD is None, reason="Thunderbird is not installed")


PROBE_MANIFEST = {
    "manifest_version": 3,
    "name": "whybounce host probe (test only)",
    "version": "1.0",
    "browser_specific_settings": {"gecko": {"id": EXTENSION_ID, "strict_min_version": "128.0"}},
    "background": {"scripts": ["background.js"]},
    "permissions": ["nativeMessaging"],
}

PROBE_JS = """\
const port = browser.runtime.connectNative(%(host)s);
const report = (obj) => console.log("WHYBOUNCE-PROBE " + encodeURIComponent(JSON.stringify(obj)));
port.onMessage.addListener(report);
port.onDisconnect.addListener((p) => report({disconnected: (p.error && p.error.message) || null}));
port.postMessage({id: 1, op: "ping"});
port.postMessage({text: "550 5.1.1 <nobody@example.invalid>: Recipient address rejected: User unknown",
                  lang: "ja", id: 2, op: "line"});
"""

LINE = re.compile(r"WHYBOUNCE-PROBE ([A-Za-z0-9%._~!*'()-]+)")


def build_profile(root: Path) -> Path:
    profile = root / "profile"
    (profile / "extensions").mkdir(parents=True)
    (profile / "Mail" / "Local Folders").mkdir(parents=True)
    (profile / "user.js").write_text(USER_JS)
    with zipfile.ZipFile(profile / "extensions" / f"{EXTENSION_ID}.xpi", "w") as xpi:
        xpi.writestr("manifest.json", json.dumps(PROBE_MANIFEST))
        xpi.writestr("background.js", PROBE_JS % {"host": json.dumps(HOST_NAME)})
    return profile


def probe_events(
    home: Path, profile: Path, log: Path, wanted: int, timeout: float = 90.0
) -> list[dict[str, object]]:
    """Run Thunderbird until the probe logged ``wanted`` events (or a disconnect); return them."""
    env = {**os.environ, "HOME": str(home), "MOZ_CRASHREPORTER_DISABLE": "1", "MOZ_HEADLESS": "1"}
    env.pop("DISPLAY", None)
    events: list[dict[str, object]] = []
    assert THUNDERBIRD is not None
    with open(log, "wb") as out:
        tb = subprocess.Popen([THUNDERBIRD, "--headless", "--profile", str(profile), "--no-remote"],
                              env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                text = log.read_text(errors="replace")
                events = [json.loads(unquote(m)) for m in LINE.findall(text)]
                if len(events) >= wanted or any("disconnected" in e for e in events):
                    break
                time.sleep(0.2)
        finally:
            os.killpg(tb.pid, signal.SIGTERM)
            try:
                tb.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(tb.pid, signal.SIGKILL)
                tb.wait()
    return events


def test_installed_host_answers_the_extension_in_real_thunderbird(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    host = str(Path(sys.executable).parent / "whybounce-host")
    subprocess.run([host, "install"], env=env, check=True, capture_output=True, timeout=60)
    events = probe_events(home, build_profile(tmp_path), tmp_path / "tb.log", wanted=2)
    by_id = {e.get("id"): e for e in events}
    assert set(by_id) >= {1, 2}, (events, (tmp_path / "tb.log").read_text(errors="replace")[-3000:])
    assert by_id[1] == {"id": 1, "ok": True, "result": by_id[1]["result"]}
    assert by_id[1]["result"]["version"] == whybounce.__version__  # type: ignore[index]
    assert by_id[2]["ok"] is True
    assert by_id[2]["result"]["card"]["lang"] == "ja"  # type: ignore[index]
    subprocess.run([host, "uninstall"], env=env, check=True, capture_output=True, timeout=60)


def test_without_install_thunderbird_finds_no_host(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    events = probe_events(home, build_profile(tmp_path), tmp_path / "tb.log", wanted=1)
    assert len(events) == 1 and "disconnected" in events[0], events
    assert "No such native application" in str(events[0]["disconnected"])
