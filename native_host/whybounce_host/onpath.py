"""Put the ``whybounce`` and ``whybounce-host`` commands on the user's PATH, as pipx does, and take them off.

``install.sh`` and ``install.ps1`` run ``python -P -m whybounce_host.onpath add|remove`` with the Python of
the virtual environment they made.  Each command gets a link (Linux, macOS) or a copy of its launcher
(Windows, where links need rights a user may not have; the launcher finds the environment's Python by its
absolute path) in ``~/.local/bin``, pipx's folder (``--bin-dir`` picks another).  On Windows that folder is
added to the user's PATH (``HKEY_CURRENT_USER\\Environment``); elsewhere a note says how to add it when the
installer's shell does not have it.  A small record keeps what was made, so ``remove`` takes away exactly
that: a command of the same name that someone else put there is never replaced or removed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .layout import System, current_system
from .registration import Report, _make_dirs, _strings, read_record

COMMANDS = ("whybounce", "whybounce-host")
ENVIRONMENT_KEY = "Environment"
"""Key under HKEY_CURRENT_USER whose value ``Path`` is the user's part of PATH (Windows)."""


class UserPath(Protocol):
    """The user's PATH value in the Windows registry."""

    def read(self) -> tuple[str, bool]:
        """The value (empty when missing) and whether it is expandable (REG_EXPAND_SZ)."""
        ...

    def write(self, value: str, expandable: bool) -> None:
        """Store the value and tell running programs (Explorer) that the environment changed."""
        ...


class WindowsUserPath:
    """:class:`UserPath` on the real HKEY_CURRENT_USER\\Environment (only usable on Windows)."""

    def read(self) -> tuple[str, bool]:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, ENVIRONMENT_KEY) as handle:
                    value, kind = winreg.QueryValueEx(handle, "Path")
            except FileNotFoundError:
                return "", True
            return (value if isinstance(value, str) else ""), kind == winreg.REG_EXPAND_SZ
        raise OSError("the Windows registry exists only on Windows")

    def write(self, value: str, expandable: bool) -> None:
        if sys.platform == "win32":
            import ctypes
            import winreg

            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, ENVIRONMENT_KEY, 0, winreg.KEY_WRITE) as handle:
                winreg.SetValueEx(handle, "Path", 0, winreg.REG_EXPAND_SZ if expandable else winreg.REG_SZ, value)
            # WM_SETTINGCHANGE to all top-level windows, so that terminals started from now on see the change
            result = ctypes.c_ulong()
            ctypes.windll.user32.SendMessageTimeoutW(0xFFFF, 0x001A, 0, "Environment", 0x0002, 5000,
                                                     ctypes.byref(result))
            return
        raise OSError("the Windows registry exists only on Windows")


@dataclass
class Record:
    """What ``add`` made: links or copies (with what they stand for), folders, and the PATH entry."""

    commands: dict[str, str] = field(default_factory=dict)  # file in the bin folder -> the venv's command
    created_dirs: list[str] = field(default_factory=list)
    path_entry: str | None = None  # the folder add put into the user's PATH (Windows)

    @classmethod
    def load(cls, path: Path) -> Record:
        """The record at ``path``; an empty one when it is missing or unreadable."""
        data = read_record(path)
        commands = data.get("commands")
        entry = data.get("path_entry")
        return cls(
            {k: v for k, v in commands.items() if isinstance(k, str) and isinstance(v, str)}
            if isinstance(commands, dict) else {},
            _strings(data.get("created_dirs")),
            entry if isinstance(entry, str) else None,
        )

    def to_json(self) -> str:
        return json.dumps({"written_by": "whybounce install.sh / install.ps1", "commands": self.commands,
                           "created_dirs": self.created_dirs, "path_entry": self.path_entry}, indent=2) + "\n"


def default_bin_dir(home: Path) -> Path:
    """pipx's folder for commands, on every system."""
    return home / ".local" / "bin"


def command_file(command: str, system: System) -> str:
    return command + ".exe" if system == "windows" else command


def _expand_windows(text: str, environ: Mapping[str, str]) -> str:
    """``%NAME%`` references replaced as Windows does (names without case); unknown ones stay."""
    upper = {k.upper(): v for k, v in environ.items()}
    return re.sub(r"%([^%;]+)%", lambda m: upper.get(m.group(1).upper(), m.group(0)), text)


def _same_folder(entry: str, folder: str, system: System, environ: Mapping[str, str]) -> bool:
    if system == "windows":
        a = _expand_windows(entry.strip().strip('"'), environ).replace("/", "\\").rstrip("\\").casefold()
        return a == folder.replace("/", "\\").rstrip("\\").casefold()
    return entry.rstrip("/") == folder.rstrip("/") if entry else False


def on_path(folder: Path, path_value: str, system: System, environ: Mapping[str, str]) -> bool:
    """Whether ``folder`` is one of the entries of the PATH value ``path_value``."""
    separator = ";" if system == "windows" else ":"
    return any(_same_folder(e, str(folder), system, environ) for e in path_value.split(separator))


def path_with(value: str, folder: str, environ: Mapping[str, str]) -> str | None:
    """The Windows PATH value with ``folder`` appended; None when it is already there."""
    if on_path(Path(folder), value, "windows", environ):
        return None
    kept = value.rstrip(";")
    return f"{kept};{folder}" if kept else folder


def path_without(value: str, folder: str, environ: Mapping[str, str]) -> str | None:
    """The Windows PATH value without ``folder``; None when it is not there."""
    entries = value.split(";")
    kept = [e for e in entries if not _same_folder(e, folder, "windows", environ)]
    if len(kept) == len(entries):
        return None
    return ";".join(kept)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _is_link_to(link: Path, target: Path) -> bool:
    return link.is_symlink() and os.readlink(link) == str(target)


def add(scripts: Path, bin_dir: Path, record_path: Path, *, system: System, environ: Mapping[str, str],
        user_path: UserPath | None = None) -> Report:
    """Link (copy, on Windows) the commands from ``scripts`` into ``bin_dir``; running it again changes nothing."""
    report = Report()
    record = Record.load(record_path)
    for created in _make_dirs(bin_dir):
        if created not in record.created_dirs:
            record.created_dirs.append(created)
    for command in COMMANDS:
        source = scripts / command_file(command, system)
        target = bin_dir / command_file(command, system)
        if not source.is_file():
            report.problems.append(f"{source} is missing: {command} was not put on PATH")
            continue
        if system == "windows":
            # a copy made before (the launcher may have changed with an update) is ours to refresh
            ours = record.commands.get(str(target)) == str(source)
            if target.exists() and _same_file(target, source):
                pass
            elif target.exists() and not ours:
                report.problems.append(f"left {target} alone (not made by this installer); {command} is {source}")
                continue
            else:
                shutil.copyfile(source, target)
                report.did(f"copied {command} to {target}")
        elif _is_link_to(target, source):
            pass
        elif target.exists() or target.is_symlink():
            report.problems.append(f"left {target} alone (not made by this installer); {command} is {source}")
            continue
        else:
            target.symlink_to(source)
            report.did(f"linked {target} -> {source}")
        record.commands[str(target)] = str(source)
    if system == "windows" and user_path is not None:
        value, expandable = user_path.read()
        new = path_with(value, str(bin_dir), environ)
        if new is not None:
            user_path.write(new, expandable)
            record.path_entry = str(bin_dir)
            report.did(f"added {bin_dir} to your PATH: open a new terminal to type `whybounce`")
    elif not on_path(bin_dir, environ.get("PATH", ""), system, environ):
        report.did(_not_on_path_note(bin_dir, environ))
    text = record.to_json()
    try:
        unchanged = record_path.read_text(encoding="utf-8") == text
    except OSError:
        unchanged = False
    if not unchanged:
        record_path.write_text(text, encoding="utf-8")
    return report


def _not_on_path_note(bin_dir: Path, environ: Mapping[str, str]) -> str:
    home = environ.get("HOME", "").rstrip("/")
    shown = str(bin_dir)
    if home and shown.startswith(home + "/"):
        shown = "$HOME" + shown[len(home):]
    lines = [f"Note: {bin_dir} is not on PATH in this shell, so `whybounce` is not found by its name yet."]
    first = "Add"
    if shown == "$HOME/.local/bin":
        lines.append("  Debian and Ubuntu add it at your next login (~/.profile does, once the folder exists).")
        first = "Elsewhere, add"
    lines.append(f"  {first} this line to ~/.profile (zsh: ~/.zprofile), then open a new terminal:")
    lines.append(f'    export PATH="{shown}:$PATH"')
    return "\n".join(lines)


def remove(record_path: Path, *, system: System, environ: Mapping[str, str],
           user_path: UserPath | None = None) -> Report:
    """Remove what ``add`` made and still looks like it, the folders it created once empty, its PATH entry."""
    report = Report()
    record = Record.load(record_path)
    for name, source_name in record.commands.items():
        target, source = Path(name), Path(source_name)
        if system == "windows":
            if not target.exists():
                continue
            if _same_file(target, source) or not source.exists():
                target.unlink()
                report.did(f"removed {target}")
            else:
                report.problems.append(f"left {target} alone: it is no longer the copy this installer made")
        elif _is_link_to(target, source):
            target.unlink()
            report.did(f"removed {target}")
        elif target.exists() or target.is_symlink():
            report.problems.append(f"left {target} alone: it is no longer the link this installer made")
    for folder in sorted(record.created_dirs, key=lambda d: len(Path(d).parts), reverse=True):
        path = Path(folder)
        if path.is_dir() and not any(path.iterdir()):
            path.rmdir()
            report.did(f"removed empty folder {path}")
    entry = record.path_entry
    if system == "windows" and user_path is not None and entry and not Path(entry).exists():
        value, expandable = user_path.read()
        new = path_without(value, entry, environ)
        if new is not None:
            user_path.write(new, expandable)
            report.did(f"removed {entry} from your PATH")
    if record_path.exists():
        record_path.unlink()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m whybounce_host.onpath",
        description="Put whybounce and whybounce-host on the user's PATH (a link or copy in ~/.local/bin, as "
                    "pipx does), or take them off. Used by install.sh and install.ps1.",
        epilog="Exit status: 0 done (notes may say what was left alone), 1 an error, 2 usage error.",
    )
    parser.add_argument("action", choices=("add", "remove"))
    parser.add_argument("--record", type=Path, required=True, help="file that keeps what add made")
    parser.add_argument("--bin-dir", type=Path, help="folder for the commands (default: ~/.local/bin)")
    parser.add_argument("--scripts", type=Path, default=Path(sys.executable).parent,
                        help="folder of the installed commands (default: this Python's folder)")
    args = parser.parse_args(argv)
    system = current_system()
    user_path = WindowsUserPath() if system == "windows" else None
    try:
        if args.action == "add":
            bin_dir = (args.bin_dir or default_bin_dir(Path.home())).absolute()
            report = add(args.scripts.absolute(), bin_dir, args.record, system=system, environ=os.environ,
                         user_path=user_path)
        else:
            report = remove(args.record, system=system, environ=os.environ, user_path=user_path)
    except OSError as exc:
        print(f"whybounce: could not {args.action} the commands on PATH: {exc}", file=sys.stderr)
        return 1
    for line in report.lines:
        print(line)
    for problem in report.problems:
        print(f"note: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
