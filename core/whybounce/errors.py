"""Errors an input can cause.  Everything else odd about an input becomes a warning, never an exception."""


class WhybounceError(Exception):
    """Base for errors meant to be shown to a user as one line."""


class InputTooLarge(WhybounceError):
    """The message is larger than :data:`whybounce.limits.MAX_MESSAGE_BYTES`."""
