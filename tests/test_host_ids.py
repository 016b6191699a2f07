"""The names Thunderbird matches are defined once (whybounce_host.ids) and agree everywhere."""

from __future__ import annotations

import json
import re

from host_util import REPO
from whybounce_host.ids import EXTENSION_ID, HOST_NAME
from whybounce_host.layout import REGISTRY_KEY, layout_for
from whybounce_host.registration import manifest_data

MANIFEST_NAME = re.compile(r"^\w+(\.\w+)*$")
"""Thunderbird's schema for a native host's name (native_manifest.json)."""


def test_host_name_is_a_valid_native_host_name() -> None:
    assert MANIFEST_NAME.fullmatch(HOST_NAME)


def test_extension_connects_to_this_host_name() -> None:
    source = (REPO / "extension" / "lib" / "host.js").read_text(encoding="utf-8")
    found = re.findall(r'export const HOST_NAME = "([^"]+)"', source)
    assert found == [HOST_NAME]


def test_extension_is_the_one_the_host_allows_and_may_use_native_messaging() -> None:
    manifest = json.loads((REPO / "extension" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["browser_specific_settings"]["gecko"]["id"] == EXTENSION_ID
    assert "nativeMessaging" in manifest["permissions"]


def test_every_registration_uses_the_same_names() -> None:
    for system in ("linux", "macos", "windows"):
        layout = layout_for(system, REPO / "nonexistent-home")  # type: ignore[arg-type]
        assert layout.manifest_path.name == f"{HOST_NAME}.json"
        data = manifest_data(layout)
        assert data["name"] == HOST_NAME and data["allowed_extensions"] == [EXTENSION_ID]
    assert REGISTRY_KEY.endswith("\\NativeMessagingHosts\\" + HOST_NAME)
