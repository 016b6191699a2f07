"""The add-on package: ``packaging/build_xpi.py`` zips ``extension/`` with the Python package's
version, reproducibly, and the result passes addons-linter with no errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import whybounce
from host_util import REPO

sys.path.insert(0, str(REPO / "packaging"))
from build_xpi import build_xpi, shipped_files

EXTENSION = REPO / "extension"
LINTER = REPO / "tests" / "js" / "node_modules" / ".bin" / "addons-linter"


def test_xpi_carries_the_python_package_version_and_every_extension_file(tmp_path: Path) -> None:
    xpi = build_xpi(EXTENSION, tmp_path)
    assert xpi.name == f"whybounce-{whybounce.__version__}.xpi"
    with zipfile.ZipFile(xpi) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        source = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
        assert manifest == {**source, "version": whybounce.__version__}
        expected = [p.relative_to(EXTENSION).as_posix() for p in shipped_files(EXTENSION)]
        assert sorted(names) == sorted(expected) and "manifest.json" in names
        for name in expected:
            if name != "manifest.json":
                assert archive.read(name) == (EXTENSION / name).read_bytes(), name


def test_xpi_build_is_reproducible(tmp_path: Path) -> None:
    first = build_xpi(EXTENSION, tmp_path / "a").read_bytes()
    second = build_xpi(EXTENSION, tmp_path / "b").read_bytes()
    assert first == second


def test_hidden_files_are_not_shipped(tmp_path: Path) -> None:
    copy = tmp_path / "extension"
    shutil.copytree(EXTENSION, copy)
    (copy / ".DS_Store").write_bytes(b"junk")
    (copy / "lib" / ".app.js.swp").write_bytes(b"junk")
    with zipfile.ZipFile(build_xpi(copy, tmp_path / "out")) as archive:
        assert not [n for n in archive.namelist() if "/." in "/" + n]


def test_the_node_module_marker_is_not_shipped(tmp_path: Path) -> None:
    # extension/package.json only tells Node's tests that the scripts are ES modules
    assert json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))["type"] == "module"
    with zipfile.ZipFile(build_xpi(EXTENSION, tmp_path)) as archive:
        assert "package.json" not in archive.namelist()


def test_an_extension_with_another_id_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "extension"
    shutil.copytree(EXTENSION, copy)
    manifest = json.loads((copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["browser_specific_settings"]["gecko"]["id"] = "impostor@example.org"
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"impostor@example\.org"):
        build_xpi(copy, tmp_path / "out")


@pytest.mark.skipif(not LINTER.exists(), reason="addons-linter not installed (cd tests/js && npm ci)")
def test_built_xpi_passes_addons_linter_without_errors(tmp_path: Path) -> None:
    xpi = build_xpi(EXTENSION, tmp_path)
    done = subprocess.run([str(LINTER), "--output", "json", str(xpi)], capture_output=True, text=True,
                          timeout=300, cwd=LINTER.parent.parent.parent)
    report = json.loads(done.stdout)
    assert report["errors"] == [], report["errors"]
    assert report["summary"]["errors"] == 0
