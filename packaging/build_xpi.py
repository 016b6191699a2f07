"""Zip ``extension/`` into ``dist/whybounce-<version>.xpi``, stamped with the Python package's version.

One version number for everything: the one in ``whybounce._version``.  The extension's
``manifest.json`` gets it at build time (the source file is not touched), and the build refuses an
extension whose id is not the one the native host allows.  The zip is reproducible: sorted entries,
fixed timestamps (``SOURCE_DATE_EPOCH`` when set) and fixed permissions.

Usage: ``python packaging/build_xpi.py [--out DIR] [--extension DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATE = (1980, 1, 1, 0, 0, 0)
"""The earliest date a zip can hold; used when ``SOURCE_DATE_EPOCH`` is not set."""


def package_version() -> str:
    """``whybounce.__version__``, from the installed package or, failing that, this checkout."""
    try:
        from whybounce._version import __version__
    except ImportError:
        sys.path.insert(0, str(REPO / "core"))
        from whybounce._version import __version__
    return __version__


def extension_id() -> str:
    try:
        from whybounce_host.ids import EXTENSION_ID
    except ImportError:
        sys.path.insert(0, str(REPO / "native_host"))
        from whybounce_host.ids import EXTENSION_ID
    return EXTENSION_ID


NOT_SHIPPED = frozenset({"package.json"})
"""Files of ``extension/`` that are for the tests, not for Thunderbird (Node reads ``"type": "module"`` there)."""


def shipped_files(extension: Path) -> list[Path]:
    """Every file of the extension except hidden ones (editor and OS droppings) and NOT_SHIPPED, sorted."""
    files = []
    for path in sorted(extension.rglob("*")):
        relative = path.relative_to(extension)
        if relative.as_posix() in NOT_SHIPPED:
            continue
        if path.is_file() and not any(part.startswith(".") for part in relative.parts):
            files.append(path)
    return files


def zip_date() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return DEFAULT_DATE
    stamp = time.gmtime(max(int(epoch), 315532800))  # a zip cannot hold dates before 1980
    return (stamp.tm_year, stamp.tm_mon, stamp.tm_mday, stamp.tm_hour, stamp.tm_min, stamp.tm_sec)


def build_xpi(extension: Path, out_dir: Path, version: str | None = None) -> Path:
    """Write the .xpi into ``out_dir`` and return its path."""
    version = version or package_version()
    manifest = json.loads((extension / "manifest.json").read_text(encoding="utf-8"))
    found_id = manifest.get("browser_specific_settings", {}).get("gecko", {}).get("id")
    if found_id != extension_id():
        raise SystemExit(f"extension id {found_id!r} is not the one the native host allows ({extension_id()})")
    manifest["version"] = version
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"whybounce-{version}.xpi"
    date = zip_date()
    temporary = target.with_name(target.name + ".tmp")
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as xpi:
        for path in shipped_files(extension):
            name = path.relative_to(extension).as_posix()
            if name == "manifest.json":
                data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            else:
                data = path.read_bytes()
            info = zipfile.ZipInfo(name, date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            xpi.writestr(info, data)
    os.replace(temporary, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    parser.add_argument("--extension", type=Path, default=REPO / "extension", help="extension source folder")
    args = parser.parse_args(argv)
    print(build_xpi(args.extension, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
