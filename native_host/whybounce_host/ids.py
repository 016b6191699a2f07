"""The names Thunderbird, the extension, the installers and ``doctor`` must agree on.

This module is the one place they are defined: the extension's ``manifest.json`` carries the same id
(a test checks it), and everything in this package imports them from here.
"""

from __future__ import annotations

EXTENSION_ID = "whybounce@whybounce.org"
"""``browser_specific_settings.gecko.id`` of the extension: the only one allowed to start the host."""

HOST_NAME = "whybounce"
"""Native-messaging host name: the manifest's ``name`` and file stem (must match ``^\\w+(\\.\\w+)*$``)."""

HOST_DESCRIPTION = "whybounce: explains bounced emails (native-messaging host)"
"""The manifest's ``description``; Thunderbird only shows it in error messages."""
