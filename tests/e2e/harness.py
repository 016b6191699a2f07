"""Run a real Thunderbird for the e2e test: fresh profile, Xvfb, the shipped extension, the host.

Recipe: ../shared/guides/thunderbird-e2e.md. The shipped extension (the .xpi packaging/build_xpi.py makes)
goes into the profile; a test-only helper extension (tests/e2e/helper) imports fixtures, selects messages and
reports what the card shows, through its own native host (e2e_host.py) and a directory of files;
Marionette does what only a user can: click the toolbar button and the context menu.
Everything lives in one temp dir (HOME included, so the native-messaging manifests and all that
Thunderbird writes stay there) and every process started is stopped by its own id.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from marionette import Marionette
from whybounce_host.ids import EXTENSION_ID

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "packaging"))
from build_xpi import build_xpi  # noqa: E402  (the .xpi a user installs: only the shipped files)

EXTENSION_DIR = REPO / "extension"
HELPER_DIR = HERE / "helper"
HELPER_ID = "whybounce-e2e-helper@whybounce.org"
HELPER_HOST = "whybounce_e2e"

USER_JS = """
user_pref("mail.provider.suppress_dialog_on_startup", true);
user_pref("mail.shell.checkDefaultClient", false);
user_pref("mail.rights.version", 1);
user_pref("mailnews.start_page.enabled", false);
user_pref("mail.inappnotifications.enabled", false);
user_pref("app.update.enabled", false);
user_pref("app.update.auto", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("datareporting.policy.dataSubmissionPolicyBypassNotification", true);
user_pref("datareporting.healthreport.uploadEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("mailnews.database.global.indexer.enabled", false);
user_pref("xpinstall.signatures.required", false);
user_pref("extensions.autoDisableScopes", 0);
user_pref("extensions.enabledScopes", 15);
user_pref("extensions.background.idle.timeout", 3600000);
user_pref("devtools.console.stdout.chrome", true);
user_pref("devtools.console.stdout.content", true);
user_pref("browser.dom.window.dump.enabled", true);
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.accountmanager.localfoldersserver", "server1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.server.server1.type", "none");
user_pref("mail.server.server1.hostname", "Local Folders");
user_pref("mail.server.server1.name", "Local Folders");
user_pref("mail.server.server1.userName", "nobody");
user_pref("mail.server.server1.directory-rel", "[ProfD]Mail/Local Folders");
user_pref("mail.server.server1.storeContractID", "@mozilla.org/msgstore/berkeleystore;1");
"""


def thunderbird_binary() -> str | None:
    """$WHYBOUNCE_TB (e.g. an extracted 140 ESR) or `thunderbird` on PATH."""
    chosen = os.environ.get("WHYBOUNCE_TB")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    return shutil.which("thunderbird")


def zip_dir(src: Path, dest: Path) -> None:
    """Pack a directory as an .xpi (manifest.json at the root), files in a stable order."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(src.rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(src).as_posix())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def write_wrapper(path: Path, argv: list[str]) -> None:
    """An executable shell wrapper: native-messaging manifests cannot pass arguments."""
    quoted = " ".join("'" + a.replace("'", "'\\''") + "'" for a in argv)
    path.write_text(f'#!/bin/sh\nexec {quoted} "$@"\n', encoding="utf-8")
    path.chmod(0o755)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on a free display (-displayfd); returns the process and ':N'."""
    r, w = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=[w], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    os.close(w)
    number = b""
    while not number.endswith(b"\n"):
        c = os.read(r, 1)
        if not c:
            raise RuntimeError("Xvfb failed to start")
        number += c
    os.close(r)
    return proc, ":" + number.decode().strip()


class Events:
    """The helper's reports, read incrementally from events.jsonl."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: list[dict[str, Any]] = []
        self._offset = 0

    def poll(self) -> list[dict[str, Any]]:
        if self.path.exists():
            with open(self.path, encoding="utf-8") as f:
                f.seek(self._offset)
                data = f.read()
            complete = data[: data.rfind("\n") + 1]
            self._offset += len(complete.encode("utf-8"))
            self.seen.extend(json.loads(line) for line in complete.splitlines() if line.strip())
        return self.seen

    def wait(
        self, pred: Callable[[dict[str, Any]], bool], timeout: float, after: int = 0
    ) -> dict[str, Any] | None:
        end = time.monotonic() + timeout
        while True:
            for e in self.poll()[after:]:
                if pred(e):
                    return e
            if time.monotonic() > end:
                return None
            time.sleep(0.02)


class Thunderbird:
    """A running Thunderbird with the extension, the helper and the chosen whybounce host."""

    def __init__(self, host: str, binary: str, keep: bool = False) -> None:
        """host: 'real' (`whybounce-host install` into the temp HOME) or 'none' (no host registered)."""
        self.tmp = Path(tempfile.mkdtemp(prefix="whybounce-e2e-"))
        self.home = self.tmp / "home"
        self.profile = self.tmp / "profile"
        self.out = self.tmp / "out"
        self.binary = binary
        self.keep = keep
        self.host_kind = host
        self.marionette_port = free_port()
        self.events = Events(self.out / "events.jsonl")
        self._seq = 0
        self.tb: subprocess.Popen[bytes] | None = None
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.display = ""
        self._marionette: Marionette | None = None

    # --- set-up -------------------------------------------------------------------------
    def build(self) -> None:
        for d in (self.home, self.profile, self.out / "cmd"):
            d.mkdir(parents=True, exist_ok=True)
        (self.profile / "user.js").write_text(
            USER_JS + f'user_pref("marionette.port", {self.marionette_port});\n', encoding="utf-8"
        )
        (self.profile / "Mail" / "Local Folders").mkdir(parents=True)
        (self.profile / "extensions").mkdir()
        shutil.move(build_xpi(EXTENSION_DIR, self.tmp / "dist"), self.profile / "extensions" / f"{EXTENSION_ID}.xpi")
        zip_dir(HELPER_DIR, self.profile / "extensions" / f"{HELPER_ID}.xpi")
        hosts = self.home / ".mozilla" / "native-messaging-hosts"
        hosts.mkdir(parents=True)
        wrapper = self.tmp / "e2e_host.sh"
        write_wrapper(wrapper, [sys.executable, str(HERE / "e2e_host.py")])
        self._write_manifest(hosts, HELPER_HOST, wrapper, HELPER_ID)
        if self.host_kind == "real":
            self.install_real_host()

    @staticmethod
    def _write_manifest(folder: Path, name: str, path: Path, extension_id: str) -> None:
        manifest = {"name": name, "description": "whybounce e2e", "path": str(path), "type": "stdio",
                    "allowed_extensions": [extension_id]}
        (folder / f"{name}.json").write_text(json.dumps(manifest), encoding="utf-8")

    def real_host_command(self) -> list[str]:
        venv_host = Path(sys.executable).parent / "whybounce-host"
        return [str(venv_host)] if venv_host.exists() else [sys.executable, "-m", "whybounce_host"]

    def install_real_host(self) -> None:
        """Register the real host the way a user does: `whybounce-host install` (HOME = temp)."""
        env = dict(os.environ, HOME=str(self.home))
        command = [*self.real_host_command(), "install"]
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)

    def uninstall_real_host(self) -> None:
        env = dict(os.environ, HOME=str(self.home))
        command = [*self.real_host_command(), "uninstall"]
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)

    def start(self, timeout: float = 90) -> dict[str, Any]:
        """Start Xvfb and Thunderbird; wait for the helper's ready event."""
        self.xvfb, self.display = start_xvfb()
        env = dict(os.environ, HOME=str(self.home), DISPLAY=self.display, MOZ_CRASHREPORTER_DISABLE="1",
                   WHYBOUNCE_E2E_OUT=str(self.out))
        env.pop("WAYLAND_DISPLAY", None)
        log = open(self.out / "thunderbird.log", "wb")
        self.tb = subprocess.Popen(
            [self.binary, "--profile", str(self.profile), "--no-remote", "--marionette",
             "--remote-allow-system-access"],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        log.close()
        ready = self.events.wait(lambda e: e.get("event") == "ready", timeout)
        if not ready:
            raise RuntimeError(f"helper extension never got ready; see {self.out / 'thunderbird.log'}")
        return ready

    # --- driving ------------------------------------------------------------------------
    def command(self, cmd: str, timeout: float = 30, **fields: Any) -> dict[str, Any]:
        """Send a command to the helper and wait for its answer."""
        self._seq += 1
        seq = self._seq
        path = self.out / "cmd" / f"{seq:05d}.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"cmd": cmd, "seq": seq, **fields}), encoding="utf-8")
        tmp.rename(path)
        done = self.events.wait(lambda e: e.get("event") == "done" and e.get("seq") == seq, timeout)
        if done is None:
            raise TimeoutError(f"helper did not answer {cmd}")
        if done.get("error"):
            raise RuntimeError(f"helper {cmd} failed: {done['error']}")
        return done

    def marionette(self) -> Marionette:
        if self._marionette is None:
            self._marionette = Marionette(self.marionette_port)
        return self._marionette

    def host_pids(self, marker: str = "whybounce") -> list[int]:
        """Processes in Thunderbird's process group running the whybounce host (not the e2e host)."""
        assert self.tb is not None
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if os.getpgid(int(entry.name)) != self.tb.pid:
                    continue
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except (OSError, ProcessLookupError):
                continue
            if marker in cmdline and "e2e_host" not in cmdline and "thunderbird" not in cmdline:
                pids.append(int(entry.name))
        return pids

    def screenshot(self, dest: Path, crop: tuple[int, int, int, int] | None = None) -> bool:
        """Screenshot of the Xvfb screen (imagemagick `import`), optionally cropped to x, y, w, h."""
        cmd = ["import", "-display", self.display, "-window", "root"]
        if crop:
            x, y, w, h = crop
            cmd += ["-crop", f"{w}x{h}+{x}+{y}", "+repage"]
        dest.parent.mkdir(parents=True, exist_ok=True)
        return subprocess.run([*cmd, str(dest)], capture_output=True, timeout=30).returncode == 0

    # --- tear-down ----------------------------------------------------------------------
    def stop(self) -> None:
        if self._marionette is not None:
            self._marionette.close()
            self._marionette = None
        for proc in (self.tb, self.xvfb):
            if proc is None:
                continue
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)
