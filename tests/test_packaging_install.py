"""``packaging/install.sh`` from the built wheel into a temporary HOME: doctor reports a working
ping, the commands are on PATH (~/.local/bin), a second run changes nothing, and ``--uninstall`` leaves
HOME exactly as it was before.

The wheel is built from this checkout; its dependencies come from a local wheelhouse (``pip download``,
so PyPI or pip's cache is needed once) and install.sh installs offline with ``--find-links``.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import whybounce
from host_util import REPO, tree_snapshot

sys.path.insert(0, str(REPO / "packaging"))
from build_xpi import build_xpi

CLEAN_PATH = "/usr/local/bin:/usr/bin:/bin"
"""A user's PATH: no developer tool folders (pip asks ``rustc --version``, which writes ~/.rustup)."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The sdist and the wheel built as ``make dist`` builds them, and what the build printed."""
    folder = tmp_path_factory.mktemp("dist")
    # PYTHONDONTWRITEBYTECODE (set by some shells and CI) makes setuptools note that it skips byte-compiling
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(folder), str(REPO)], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout + done.stderr
    return folder, done.stdout + done.stderr


@pytest.fixture(scope="module")
def download(tmp_path_factory: pytest.TempPathFactory, built: tuple[Path, str]) -> Path:
    """What a user downloads: install.sh beside the wheel and the .xpi (like ``dist/``)."""
    folder = tmp_path_factory.mktemp("download")
    for wheel in built[0].glob("*.whl"):
        shutil.copy(wheel, folder)
    build_xpi(REPO / "extension", folder)
    shutil.copy(REPO / "packaging" / "install.sh", folder)
    return folder


@pytest.fixture(scope="module")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels of whybounce's dependencies, so the install itself runs offline."""
    folder = tmp_path_factory.mktemp("wheelhouse")
    requirements = [r for r in importlib.metadata.requires("whybounce") or [] if "extra ==" not in r]
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "--dest",
                    str(folder), *requirements], check=True, capture_output=True, timeout=600)
    return folder


def run_install(home: Path, download: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": CLEAN_PATH, "PYTHON": sys._base_executable, "NO_COLOR": "1",
           "LANG": "C.UTF-8"}
    return subprocess.run(["sh", str(download / "install.sh"), *args], env=env, capture_output=True, text=True,
                          timeout=600)


@pytest.mark.parametrize("prefilled", [False, True], ids=["empty-home", "home-with-local-share"])
def test_install_sh_doctor_ping_then_uninstall_leaves_home_as_before(
    tmp_path: Path, download: Path, wheelhouse: Path, prefilled: bool
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    if prefilled:
        (home / ".local" / "share" / "other-app").mkdir(parents=True)
        (home / ".local" / "share" / "other-app" / "state").write_text("keep")
        (home / ".mozilla").mkdir()
    before = tree_snapshot(home)

    done = run_install(home, download, "--find-links", str(wheelhouse))
    assert done.returncode == 0, done.stdout + done.stderr
    data = home / ".local" / "share" / "whybounce"
    assert (data / "venv" / "bin" / "whybounce-host").exists()
    assert re.search(r"\[ok\]\s+ping round trip: version " + re.escape(whybounce.__version__), done.stdout)
    assert "[ok]   explain round trip" in done.stdout and "All checks passed" in done.stdout
    assert f"whybounce-{whybounce.__version__}.xpi" in done.stdout  # tells the user which file to add
    assert (home / ".mozilla" / "native-messaging-hosts" / "whybounce.json").exists()
    # both commands on PATH as pipx puts them, with a note because this PATH lacks ~/.local/bin
    bin_dir = home / ".local" / "bin"
    for command in ("whybounce", "whybounce-host"):
        assert (bin_dir / command).resolve() == (data / "venv" / "bin" / command).resolve()
        version = subprocess.run([command, "--version"], env={"PATH": f"{bin_dir}:{CLEAN_PATH}", "HOME": str(home)},
                                 capture_output=True, text=True, timeout=60)
        assert version.stdout.strip() == f"{command} {whybounce.__version__}", version.stderr
    assert f"{bin_dir} is not on PATH" in done.stdout

    outside_venv = {k: v for k, v in tree_snapshot(home).items() if "/venv" not in "/" + k}
    again = run_install(home, download, "--find-links", str(wheelhouse))
    assert again.returncode == 0, again.stdout + again.stderr
    assert {k: v for k, v in tree_snapshot(home).items() if "/venv" not in "/" + k} == outside_venv

    gone = run_install(home, download, "--uninstall")
    assert gone.returncode == 0, gone.stdout + gone.stderr
    assert tree_snapshot(home) == before


def test_install_sh_refuses_an_old_python(tmp_path: Path, download: Path) -> None:
    fake = tmp_path / "python2"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    done = run_install(home, download, "--python", str(fake))
    assert done.returncode == 1 and "Python 3.11" in done.stderr
    assert list(home.iterdir()) == []


def test_the_build_prints_no_warning_and_ships_the_data_files(built: tuple[Path, str]) -> None:
    folder, log = built
    assert not [line for line in log.splitlines() if re.search(r"warn|absent from", line, re.IGNORECASE)], log
    with zipfile.ZipFile(next(folder.glob("*.whl"))) as wheel:
        names = set(wheel.namelist())
    data = {p.name for p in (REPO / "core" / "whybounce" / "data").iterdir() if p.suffix in (".yaml", ".msgpack")}
    assert {f"whybounce/data/{name}" for name in data} <= names
    assert "whybounce/samples/postfix-user-unknown.eml" in names and "whybounce/py.typed" in names
