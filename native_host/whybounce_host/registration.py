"""``install`` and ``uninstall``: the per-user host manifest, its launcher and (Windows) registry key.

Install is idempotent and notes in a small record what it created (files, folders, registry keys);
uninstall removes exactly that, and only when it still looks like ours: a manifest or launcher
rewritten by someone else, or a folder that has gained other files, is left alone and reported.
"""

from __future__ import annotations

import json
import os
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .ids import EXTENSION_ID, HOST_DESCRIPTION, HOST_NAME
from .layout import REGISTRY_KEY, Layout

LAUNCHER_MARKER = "whybounce native-messaging host launcher"
LAUNCHER_NOTE = f"{LAUNCHER_MARKER}: written by `whybounce-host install`, removed by its `uninstall`"
"""A line every launcher carries; uninstall removes a launcher only if it has it."""


@dataclass
class Report:
    """What install or uninstall did, line by line, for the user to read."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def did(self, text: str) -> None:
        self.lines.append(text)


@dataclass
class Record:
    """What install created, so that uninstall can remove exactly that."""

    files: list[str] = field(default_factory=list)
    created_dirs: list[str] = field(default_factory=list)
    created_keys: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Record:
        """The record at ``path``; an empty one when it is missing or unreadable."""
        data = read_record(path)
        return cls(*(_strings(data.get(name)) for name in ("files", "created_dirs", "created_keys")))

    def to_json(self) -> str:
        return json.dumps(
            {"written_by": "whybounce-host install", "files": self.files, "created_dirs": self.created_dirs,
             "created_keys": self.created_keys},
            indent=2,
        ) + "\n"


def read_record(path: Path) -> dict[str, Any]:
    """The JSON object a record file holds; empty when the file is missing, unreadable or not an object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def launcher_text(layout: Layout, python: str) -> str:
    """The launcher script: Thunderbird cannot pass arguments, so this runs ``python -m whybounce_host``.

    ``-P`` keeps Thunderbird's working folder off ``sys.path``, so nothing there can shadow the package.
    """
    if layout.system == "windows":
        quoted = '"' + python.replace("%", "%%") + '"'
        return "\r\n".join([
            "@echo off",
            f"rem {LAUNCHER_NOTE}",
            f"{quoted} -P -m whybounce_host %*",
            "",
        ])
    return "\n".join([
        "#!/bin/sh",
        f"# {LAUNCHER_NOTE}",
        f'exec {shlex.quote(python)} -P -m whybounce_host "$@"',
        "",
    ])


def manifest_data(layout: Layout) -> dict[str, Any]:
    """The host manifest Thunderbird reads (Mozilla's native-messaging manifest format)."""
    return {
        "name": HOST_NAME,
        "description": HOST_DESCRIPTION,
        "path": str(layout.launcher_path),
        "type": "stdio",
        "allowed_extensions": [EXTENSION_ID],
    }


def manifest_text(layout: Layout) -> str:
    return json.dumps(manifest_data(layout), indent=2) + "\n"


def install(layout: Layout, python: str | None = None) -> Report:
    """Register the host for the current user; running it again changes nothing."""
    python = python or sys.executable
    report = Report()
    if not python or not Path(python).is_file():
        report.problems.append(f"cannot find the Python interpreter to run the host ({python!r})")
        return report
    record = Record.load(layout.record_path)
    for folder in (layout.data_dir, layout.manifest_path.parent, layout.launcher_path.parent):
        for created in _make_dirs(folder):
            if created not in record.created_dirs:
                record.created_dirs.append(created)
            report.did(f"created folder {created}")
    for path in (layout.launcher_path, layout.manifest_path):
        if str(path) not in record.files:
            record.files.append(str(path))
    if layout.registry is not None:
        for key in _missing_keys(layout):
            if key not in record.created_keys:
                record.created_keys.append(key)
    # The record goes first: if install stops half-way, uninstall still knows what to look for.
    _write_if_changed(layout.record_path, record.to_json(), report, executable=False)
    _write_if_changed(layout.launcher_path, launcher_text(layout, python), report, executable=True)
    _write_if_changed(layout.manifest_path, manifest_text(layout), report, executable=False)
    if layout.registry is not None:
        wanted = str(layout.manifest_path)
        if layout.registry.read_default(REGISTRY_KEY) == wanted:
            report.did(f"unchanged registry key HKEY_CURRENT_USER\\{REGISTRY_KEY}")
        else:
            layout.registry.write_default(REGISTRY_KEY, wanted)
            report.did(f"set registry key HKEY_CURRENT_USER\\{REGISTRY_KEY} = {wanted}")
    return report


def uninstall(layout: Layout) -> Report:
    """Remove what install wrote (and the folders and keys it created, once empty); nothing else."""
    report = Report()
    record = Record.load(layout.record_path)
    if layout.registry is not None:
        _remove_registry(layout, record, report)
    candidates = [layout.manifest_path, layout.launcher_path]
    candidates += [Path(f) for f in record.files if Path(f) not in candidates]
    for path in candidates:
        if not path.exists():
            continue
        if _is_ours(layout, path):
            path.unlink()
            report.did(f"removed {path}")
        else:
            report.problems.append(f"left {path} alone: it was not written by `whybounce-host install`")
    if layout.record_path.exists():  # said like every other file: install said it wrote it
        layout.record_path.unlink()
        report.did(f"removed {layout.record_path}")
    for folder in sorted(record.created_dirs, key=lambda d: len(Path(d).parts), reverse=True):
        path = Path(folder)
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
            report.did(f"removed empty folder {path}")
    if not report.lines and not report.problems:
        report.did("nothing to remove: the host was not registered for this user")
    return report


def _remove_registry(layout: Layout, record: Record, report: Report) -> None:
    registry = layout.registry
    assert registry is not None
    value = registry.read_default(REGISTRY_KEY)
    if registry.key_exists(REGISTRY_KEY):
        if value == str(layout.manifest_path):
            registry.delete_key(REGISTRY_KEY)
            report.did(f"removed registry key HKEY_CURRENT_USER\\{REGISTRY_KEY}")
        else:
            report.problems.append(
                f"left registry key HKEY_CURRENT_USER\\{REGISTRY_KEY} alone: it points to {value!r}, "
                f"not to {layout.manifest_path}"
            )
    for key in sorted(record.created_keys, key=lambda k: k.count("\\"), reverse=True):
        if key != REGISTRY_KEY and registry.key_exists(key) and registry.is_empty(key):
            registry.delete_key(key)
            report.did(f"removed empty registry key HKEY_CURRENT_USER\\{key}")


def _missing_keys(layout: Layout) -> list[str]:
    """The registry key and those of its parents that do not exist yet (install will create them)."""
    registry = layout.registry
    assert registry is not None
    parts = REGISTRY_KEY.split("\\")
    prefixes = ["\\".join(parts[: i + 1]) for i in range(len(parts))]
    return [key for key in prefixes if not registry.key_exists(key)]


def _make_dirs(folder: Path) -> list[str]:
    """Create ``folder`` and missing parents; return the ones created, outermost first."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    created = []
    for path in reversed(missing):
        path.mkdir()
        created.append(str(path))
    return created


def _write_if_changed(path: Path, text: str, report: Report, executable: bool) -> None:
    """Write ``text`` atomically unless the file already holds exactly it (with the right mode)."""
    data = text.encode("utf-8")
    mode = 0o755 if executable else 0o644
    try:
        same = path.read_bytes() == data and (os.name == "nt" or (path.stat().st_mode & 0o777) == mode)
    except OSError:
        same = False
    if same:
        report.did(f"unchanged {path}")
        return
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.chmod(temporary, mode)
    os.replace(temporary, path)
    report.did(f"wrote {path}")


def _is_ours(layout: Layout, path: Path) -> bool:
    """Whether ``path`` still holds what install writes there (so removing it loses nobody's work)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if path == layout.manifest_path:
        try:
            data = json.loads(text)
        except ValueError:
            return False
        return isinstance(data, dict) and data.get("name") == HOST_NAME and \
            data.get("path") == str(layout.launcher_path)
    return LAUNCHER_MARKER in text
