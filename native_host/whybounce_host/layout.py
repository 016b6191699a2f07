"""Where the host is registered on each system, and the Windows registry behind an interface.

Everything OS-specific that ``install``, ``uninstall`` and ``doctor`` touch is here: the paths (built
from an injectable home folder and environment) and the registry (an injectable object), so the
macOS and Windows logic runs, and is tested, on any system.

Per-user locations Thunderbird reads (no admin rights needed):

- Linux: ``~/.mozilla/native-messaging-hosts/whybounce.json`` (verified with Thunderbird 140 and 153;
  ``~/.thunderbird/native-messaging-hosts`` is not read); launcher in ``$XDG_DATA_HOME/whybounce``.
- macOS: ``~/Library/Mozilla/NativeMessagingHosts/whybounce.json``; launcher in
  ``~/Library/Application Support/whybounce``.
- Windows: the manifest anywhere (``%LOCALAPPDATA%\\whybounce``) plus the registry key
  ``HKEY_CURRENT_USER\\Software\\Mozilla\\NativeMessagingHosts\\whybounce`` whose default value is its path.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from .ids import HOST_NAME

System = Literal["linux", "macos", "windows"]

REGISTRY_KEY = "Software\\Mozilla\\NativeMessagingHosts\\" + HOST_NAME
"""Key under HKEY_CURRENT_USER whose default value is the manifest's path (Windows only)."""

RECORD_NAME = "install-record.json"


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations registration needs; keys are backslash-separated paths."""

    def key_exists(self, key: str) -> bool:
        """Whether ``key`` exists."""
        ...

    def read_default(self, key: str) -> str | None:
        """The key's default (unnamed) string value; None when the key or the value is missing."""
        ...

    def write_default(self, key: str, value: str) -> None:
        """Set the key's default value, creating the key and any missing parents."""
        ...

    def is_empty(self, key: str) -> bool:
        """Whether ``key`` has no subkeys and no values."""
        ...

    def delete_key(self, key: str) -> None:
        """Delete ``key`` (which has no subkeys) with its values."""
        ...


class WindowsRegistry:
    """:class:`Registry` on the real HKEY_CURRENT_USER (only usable on Windows)."""

    def key_exists(self, key: str) -> bool:
        if sys.platform == "win32":
            import winreg

            try:
                winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CURRENT_USER, key))
            except FileNotFoundError:
                return False
            return True
        raise OSError("the Windows registry exists only on Windows")

    def read_default(self, key: str) -> str | None:
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    value, kind = winreg.QueryValueEx(handle, "")
            except FileNotFoundError:
                return None
            return value if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(value, str) else None
        raise OSError("the Windows registry exists only on Windows")

    def write_default(self, key: str, value: str) -> None:
        if sys.platform == "win32":
            import winreg

            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_WRITE) as handle:
                winreg.SetValueEx(handle, "", 0, winreg.REG_SZ, value)
            return
        raise OSError("the Windows registry exists only on Windows")

    def is_empty(self, key: str) -> bool:
        if sys.platform == "win32":
            import winreg

            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                subkeys, values, _ = winreg.QueryInfoKey(handle)
            return subkeys == 0 and values == 0
        raise OSError("the Windows registry exists only on Windows")

    def delete_key(self, key: str) -> None:
        if sys.platform == "win32":
            import winreg

            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
            return
        raise OSError("the Windows registry exists only on Windows")


@dataclass(frozen=True)
class Layout:
    """Everything registration reads or writes for one user on one system."""

    system: System
    manifest_path: Path
    data_dir: Path
    launcher_path: Path
    registry: Registry | None = None
    shared_manifests: tuple[Path, ...] = ()
    """System-wide manifests Thunderbird would also read (doctor reports them; nobody writes them)."""

    @property
    def record_path(self) -> Path:
        """Where install notes what it created, so uninstall removes exactly that."""
        return self.data_dir / RECORD_NAME


def current_system() -> System:
    """The system this process runs on (other Unix systems read the Linux locations)."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def layout_for(
    system: System,
    home: Path,
    env: Mapping[str, str] | None = None,
    registry: Registry | None = None,
) -> Layout:
    """The per-user layout of ``system`` for the user whose home is ``home``."""
    env = {} if env is None else env
    manifest_file = HOST_NAME + ".json"
    if system == "linux":
        xdg = env.get("XDG_DATA_HOME", "")
        data_root = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
        data_dir = data_root / "whybounce"
        return Layout(
            system, home / ".mozilla" / "native-messaging-hosts" / manifest_file, data_dir,
            data_dir / "whybounce-host-launcher",
            shared_manifests=tuple(
                Path(d) / "mozilla" / "native-messaging-hosts" / manifest_file
                for d in ("/usr/lib", "/usr/lib64")
            ),
        )
    if system == "macos":
        data_dir = home / "Library" / "Application Support" / "whybounce"
        return Layout(
            system, home / "Library" / "Mozilla" / "NativeMessagingHosts" / manifest_file, data_dir,
            data_dir / "whybounce-host-launcher",
            shared_manifests=(
                Path("/Library/Application Support/Mozilla/NativeMessagingHosts") / manifest_file,
            ),
        )
    local = env.get("LOCALAPPDATA", "")
    data_dir = (Path(local) if local else home / "AppData" / "Local") / "whybounce"
    return Layout(
        system, data_dir / manifest_file, data_dir, data_dir / "whybounce-host.cmd",
        registry=registry if registry is not None else WindowsRegistry(),
    )


def current_layout() -> Layout:
    """The layout for the user running this process."""
    return layout_for(current_system(), Path.home(), os.environ)
