"""install / uninstall / doctor: for real on Linux (the console script against a temporary HOME),
and for macOS and Windows through the same code with their paths and registry injected."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from host_util import FakeRegistry, cmd_launcher_argv, python_env, tree_snapshot
from whybounce_host.doctor import diagnose, run_doctor
from whybounce_host.ids import EXTENSION_ID, HOST_NAME
from whybounce_host.layout import REGISTRY_KEY, Layout, layout_for
from whybounce_host.registration import install, launcher_text, uninstall

HOST_SCRIPT = str(Path(sys.executable).parent / "whybounce-host")


def run_host(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = python_env(HOME=str(home), **env)
    if "XDG_DATA_HOME" not in env:
        environment.pop("XDG_DATA_HOME", None)
    environment["NO_COLOR"] = "1"
    return subprocess.run([HOST_SCRIPT, *args], env=environment, capture_output=True, text=True, timeout=120)


def statuses(layout: Layout, **kwargs: object) -> dict[str, str]:
    return {c.title: c.status for c in diagnose(layout, **kwargs)}  # type: ignore[arg-type]


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.mark.parametrize("prefilled", [False, True], ids=["empty-home", "home-with-mozilla-and-local"])
def test_linux_install_doctor_uninstall_for_real(home: Path, prefilled: bool) -> None:
    if prefilled:  # folders the user already had must survive uninstall, with what is in them
        (home / ".mozilla" / "native-messaging-hosts").mkdir(parents=True)
        (home / ".mozilla/native-messaging-hosts/other_host.json").write_text('{"name": "other_host"}')
        (home / ".local" / "share").mkdir(parents=True)
        (home / ".profile").write_text("export X=1\n")
    before = tree_snapshot(home)

    done = run_host(home, "install")
    assert done.returncode == 0, done.stderr
    manifest_path = home / ".mozilla" / "native-messaging-hosts" / "whybounce.json"
    launcher = home / ".local" / "share" / "whybounce" / "whybounce-host-launcher"
    manifest = json.loads(manifest_path.read_text())
    assert manifest == {
        "name": HOST_NAME, "description": manifest["description"], "path": str(launcher), "type": "stdio",
        "allowed_extensions": [EXTENSION_ID],
    }
    assert os.access(launcher, os.X_OK)
    assert launcher.read_text().startswith("#!/bin/sh\n")
    installed = tree_snapshot(home)

    again = run_host(home, "install")
    assert again.returncode == 0
    assert tree_snapshot(home) == installed, "install must be idempotent"
    assert "wrote" not in again.stdout

    doctor = run_host(home, "doctor")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    for title in ("host manifest", "manifest content", "launcher", "launcher runs", "ping round trip",
                  "explain round trip"):
        assert f"[ok]   {title}:" in doctor.stdout
    assert "[fail]" not in doctor.stdout and "[warn]" not in doctor.stdout

    gone = run_host(home, "uninstall")
    assert gone.returncode == 0, gone.stderr
    assert tree_snapshot(home) == before, "uninstall must leave HOME exactly as it was"
    # session 60 (u60): every file install said it wrote, uninstall says it removed (the install record was not)
    wrote = {line.removeprefix("wrote ") for line in done.stdout.splitlines() if line.startswith("wrote ")}
    removed = {line.removeprefix("removed ") for line in gone.stdout.splitlines() if line.startswith("removed /")}
    assert len(wrote) == 3 and wrote <= removed, (wrote, removed)
    assert run_host(home, "uninstall").stdout.startswith("nothing to remove")


def test_linux_honours_xdg_data_home(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    done = run_host(home, "install", XDG_DATA_HOME=str(data))
    assert done.returncode == 0
    launcher = data / "whybounce" / "whybounce-host-launcher"
    manifest = json.loads((home / ".mozilla/native-messaging-hosts/whybounce.json").read_text())
    assert manifest["path"] == str(launcher)
    assert run_host(home, "doctor", XDG_DATA_HOME=str(data)).returncode == 0
    assert run_host(home, "uninstall", XDG_DATA_HOME=str(data)).returncode == 0
    assert list(home.iterdir()) == [] and not data.exists()


def test_launcher_keeps_thunderbirds_working_folder_off_the_import_path(home: Path, tmp_path: Path) -> None:
    """A folder holding a ``whybounce_host`` package must not shadow ours when Thunderbird runs there."""
    assert run_host(home, "install").returncode == 0
    trap = tmp_path / "cwd"
    (trap / "whybounce_host").mkdir(parents=True)
    (trap / "whybounce_host" / "__init__.py").write_text("raise SystemExit('shadowed')\n")
    (trap / "whybounce_host" / "__main__.py").write_text("raise SystemExit('shadowed')\n")
    launcher = home / ".local/share/whybounce/whybounce-host-launcher"
    done = subprocess.run([str(launcher), "--version"], cwd=trap, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("whybounce-host ")


def break_manifest_id(layout: Layout) -> None:
    data = json.loads(layout.manifest_path.read_text())
    data["allowed_extensions"] = ["someone-else@example.org"]
    layout.manifest_path.write_text(json.dumps(data))


def redirect_launcher_python(layout: Layout) -> None:
    layout.launcher_path.write_text(launcher_text(layout, "/nonexistent/python3"))


def chatty_launcher(layout: Layout) -> None:
    """A launcher that prints a banner when serving: exactly what corrupts Thunderbird's frames."""
    banner = 'case "$1" in --*) ;; *) echo Welcome;; esac\n'
    text = launcher_text(layout, sys.executable).replace("exec ", banner + "exec ")
    layout.launcher_path.write_text(text)


# (breakage, check that must fail, words the fix must contain)
BREAKAGES = [
    ("nothing installed", lambda layout: uninstall(layout), "host manifest", "whybounce-host install"),
    ("manifest is not JSON", lambda layout: layout.manifest_path.write_text("{oops"), "host manifest",
     "install"),
    ("manifest allows another extension", break_manifest_id, "manifest content", "install"),
    ("launcher deleted", lambda layout: layout.launcher_path.unlink(), "launcher", "install"),
    ("launcher not executable", lambda layout: layout.launcher_path.chmod(0o644), "launcher", "chmod +x"),
    ("launcher's Python gone", redirect_launcher_python, "launcher runs", "reinstall"),
    ("launcher prints to stdout", chatty_launcher, "ping round trip", "bug"),
]


@pytest.mark.parametrize(("name", "breakage", "failing", "fix"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_doctor_names_each_problem_with_its_fix(home: Path, name: str, breakage: object, failing: str,
                                                 fix: str) -> None:
    layout = layout_for("linux", home)
    assert not install(layout, sys.executable).problems
    breakage(layout)  # type: ignore[operator]
    checks = diagnose(layout)
    failed = [c for c in checks if c.status == "fail"]
    assert [c.title for c in failed] == [failing], (name, checks)
    assert fix in (failed[0].fix or "")
    out = io.StringIO()
    assert run_doctor(layout, out) == 1
    assert "fix:" in out.getvalue() and "1 problem found." in out.getvalue()
    if name != "launcher prints to stdout":  # reinstalling repairs every breakage it owns
        install(layout, sys.executable)
        assert run_doctor(layout, io.StringIO()) == 0


def test_uninstall_leaves_files_it_did_not_write(home: Path) -> None:
    layout = layout_for("linux", home)
    install(layout, sys.executable)
    mine = {"name": HOST_NAME, "path": "/opt/custom/host", "type": "stdio",
            "allowed_extensions": [EXTENSION_ID]}
    layout.manifest_path.write_text(json.dumps(mine))
    (layout.data_dir / "notes.txt").write_text("keep me")
    report = uninstall(layout)
    assert any(str(layout.manifest_path) in p for p in report.problems)
    assert json.loads(layout.manifest_path.read_text()) == mine
    assert (layout.data_dir / "notes.txt").read_text() == "keep me"
    assert not layout.launcher_path.exists()


def test_macos_layout_through_the_same_code(home: Path) -> None:
    layout = layout_for("macos", home)
    assert layout.manifest_path == home / "Library/Mozilla/NativeMessagingHosts/whybounce.json"
    assert layout.launcher_path == home / "Library/Application Support/whybounce/whybounce-host-launcher"
    before = tree_snapshot(home)
    report = install(layout, sys.executable)
    assert not report.problems
    assert json.loads(layout.manifest_path.read_text())["path"] == str(layout.launcher_path)
    once = tree_snapshot(home)
    install(layout, sys.executable)
    assert tree_snapshot(home) == once
    assert statuses(layout) == {
        "host manifest": "ok", "manifest content": "ok", "launcher": "ok", "launcher runs": "ok",
        "ping round trip": "ok", "explain round trip": "ok",
    }
    uninstall(layout)
    assert tree_snapshot(home) == before


@pytest.fixture()
def windows(home: Path) -> tuple[Layout, FakeRegistry]:
    registry = FakeRegistry({"Software\\Microsoft\\Windows": None})
    local = home / "AppData" / "Local"
    local.mkdir(parents=True)  # always there on Windows
    return layout_for("windows", home, {"LOCALAPPDATA": str(local)}, registry), registry


def test_windows_install_writes_manifest_cmd_launcher_and_hkcu_key(windows: tuple[Layout, FakeRegistry],
                                                                   home: Path) -> None:
    layout, registry = windows
    files_before, keys_before = tree_snapshot(home), registry.snapshot()
    assert not install(layout, sys.executable).problems
    local = home / "AppData" / "Local" / "whybounce"
    assert layout.manifest_path == local / "whybounce.json"
    assert layout.launcher_path == local / "whybounce-host.cmd"
    assert json.loads(layout.manifest_path.read_text())["path"] == str(layout.launcher_path)
    assert registry.read_default(REGISTRY_KEY) == str(layout.manifest_path)
    assert registry.snapshot() == {
        **keys_before, "Software\\Mozilla": None, "Software\\Mozilla\\NativeMessagingHosts": None,
        "Software\\Mozilla\\NativeMessagingHosts\\whybounce": str(layout.manifest_path),
    }
    once = (tree_snapshot(home), registry.snapshot())
    install(layout, sys.executable)
    assert (tree_snapshot(home), registry.snapshot()) == once

    assert statuses(layout, spawn=cmd_launcher_argv) == {
        "host manifest": "ok", "manifest content": "ok", "registry key": "ok", "launcher": "ok",
        "launcher runs": "ok", "ping round trip": "ok", "explain round trip": "ok",
    }
    assert not uninstall(layout).problems
    assert tree_snapshot(home) == files_before
    assert registry.snapshot() == keys_before, "uninstall removes the keys install created, only those"


def test_windows_uninstall_keeps_a_mozilla_key_that_was_there(home: Path) -> None:
    registry = FakeRegistry({"Software\\Mozilla\\Firefox": "x"})
    layout = layout_for("windows", home, {"LOCALAPPDATA": str(home / "Local")}, registry)
    before = registry.snapshot()
    install(layout, sys.executable)
    uninstall(layout)
    assert registry.snapshot() == before


def test_windows_doctor_and_uninstall_respect_a_key_pointing_elsewhere(
    windows: tuple[Layout, FakeRegistry],
) -> None:
    layout, registry = windows
    install(layout, sys.executable)
    registry.write_default(REGISTRY_KEY, "D:\\other\\whybounce.json")
    assert statuses(layout, spawn=cmd_launcher_argv)["registry key"] == "fail"
    report = uninstall(layout)
    assert registry.read_default(REGISTRY_KEY) == "D:\\other\\whybounce.json"
    assert any("registry key" in p for p in report.problems)


@pytest.mark.parametrize("python", [
    "C:\\Users\\Neko\\AppData\\Local\\whybounce\\venv\\Scripts\\python.exe",
    "C:\\Program Files\\Python 3.11\\python.exe",
    "C:\\Users\\100%Neko\\python.exe",
])
def test_windows_cmd_launcher_text(home: Path, python: str) -> None:
    layout = layout_for("windows", home, {"LOCALAPPDATA": "C:\\Users\\Neko\\AppData\\Local"}, FakeRegistry())
    text = launcher_text(layout, python)
    assert text.startswith("@echo off\r\n") and text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    launcher = home / "whybounce-host.cmd"
    launcher.write_bytes(text.encode("utf-8"))
    assert cmd_launcher_argv(launcher) == [python, "-P", "-m", "whybounce_host"]
