"""The extension's manifest agrees with the Python side and asks for no more than it needs.

The packaging step stamps the version into the built xpi, so the source manifest must already carry
the package's version; the id must be the one the native host allows (whybounce_host.ids). The
extension only reads mail: a permission that could change, move or delete mail must never appear, and
the one optional permission (compose, for the opt-in "explain send failures") is asked only when the user
turns that on in the options page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import whybounce
from whybounce_host import ids

MANIFEST = Path(__file__).resolve().parents[1] / "extension" / "manifest.json"

# What each permission is for (docs/extension.md says the same in words).
ALLOWED_PERMISSIONS = {
    "messagesRead": "read the displayed or selected message: headers for the pre-check, bytes for the host",
    "nativeMessaging": "talk to the local whybounce host",
    "scripting": "register the message display script that shows the card",
    "menus": "the 'Explain selected bounces' item in the message list",
    "storage": "the two options",
}
# Asked only from the options page, when the user turns the feature on (never at install).
ALLOWED_OPTIONAL = {
    "compose": "compose.onAfterSend: notice a failed send and open the explain window; the message is never read",
}

# Thunderbird permissions that could change, move, delete, send or create mail.
MAIL_CHANGING = [
    "messagesModify",
    "messagesModifyPermanent",
    "messagesMove",
    "messagesDelete",
    "messagesUpdate",
    "messagesImport",
    "messagesTags",
    "accountsFolders",
    "accountsIdentities",
    "compose",
    "compose.send",
    "compose.save",
    "messages.send",
    "messages.save",
    "addressBooks",
    "sensitiveDataUpload",
]


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return data


def test_version_is_the_package_version(manifest: dict[str, Any]) -> None:
    assert manifest["version"] == whybounce.__version__


def test_id_is_the_one_the_host_allows(manifest: dict[str, Any]) -> None:
    assert manifest["browser_specific_settings"]["gecko"]["id"] == ids.EXTENSION_ID


def test_manifest_v3_event_page(manifest: dict[str, Any]) -> None:
    """Thunderbird's MV3 background is an event page ("scripts"), not a service worker."""
    assert manifest["manifest_version"] == 3
    assert "service_worker" not in manifest["background"]
    assert manifest["background"]["scripts"] == ["background.js"]
    assert "message_display_action" in manifest


def test_permissions_are_exactly_the_needed_ones(manifest: dict[str, Any]) -> None:
    assert sorted(manifest["permissions"]) == sorted(ALLOWED_PERMISSIONS)
    assert sorted(manifest["optional_permissions"]) == sorted(ALLOWED_OPTIONAL)
    assert "host_permissions" not in manifest


@pytest.mark.parametrize("permission", MAIL_CHANGING)
def test_no_permission_that_changes_mail(manifest: dict[str, Any], permission: str) -> None:
    """Not at install; and only the explicit opt-in among the optional ones."""
    assert permission not in manifest.get("permissions", [])
    assert permission not in set(manifest.get("optional_permissions", [])) - set(ALLOWED_OPTIONAL)


def test_the_paste_popup_is_the_main_toolbar_button(manifest: dict[str, Any]) -> None:
    action = manifest["action"]
    assert action["default_popup"] == "popup/popup.html"
    assert (MANIFEST.parent / action["default_popup"]).is_file()
    assert manifest["commands"]["_execute_action"]["suggested_key"]["default"] == "Alt+Shift+E"


def test_collects_no_data(manifest: dict[str, Any]) -> None:
    gecko = manifest["browser_specific_settings"]["gecko"]
    assert gecko["data_collection_permissions"] == {"required": ["none"]}


def _csp(manifest: dict[str, Any]) -> dict[str, list[str]]:
    policy = manifest["content_security_policy"]["extension_pages"]
    directives: dict[str, list[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def test_csp_is_strict(manifest: dict[str, Any]) -> None:
    csp = _csp(manifest)
    assert csp["script-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["default-src"] == ["'none'"]
    for sources in csp.values():
        assert not any(re.search(r"unsafe|\*|https?:|data:|blob:", s) for s in sources), sources


def test_every_manifest_string_is_localised(manifest: dict[str, Any]) -> None:
    keys = re.findall(r"__MSG_(\w+)__", MANIFEST.read_text(encoding="utf-8"))
    assert keys, "name, description and button texts come from _locales"
    for lang in ("en", "ja"):
        path = MANIFEST.parent / "_locales" / lang / "messages.json"
        catalog = json.loads(path.read_text(encoding="utf-8"))
        assert [k for k in keys if k not in catalog] == [], lang
