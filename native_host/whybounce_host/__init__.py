"""whybounce_host: the native-messaging host that lets the Thunderbird extension ask the whybounce core.

``whybounce-host`` with no arguments (or the two Thunderbird passes) serves length-prefixed JSON frames on
stdin/stdout; ``install``, ``uninstall`` and ``doctor`` manage its per-user registration.
Nothing here imports the core at start-up: ping must answer fast.
"""

from __future__ import annotations

from .ids import EXTENSION_ID, HOST_NAME

__all__ = ["EXTENSION_ID", "HOST_NAME"]
