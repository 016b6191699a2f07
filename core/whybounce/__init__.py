"""whybounce: read a bounced email and explain, per recipient, why it bounced and what to do.

Public API::

    explain_bytes(raw, lang="en", source=None, trace=False) -> MessageResult   # one message
    explain_line(text, lang="en", trace=False, to=None) -> LineResult        # one pasted reply or fragment

``trace=True`` adds each finding's ``trace``: every reading the resolver saw, best first.

Both return typed values whose ``to_dict()`` is the JSON of ``shared/contract.md``.
"""

from __future__ import annotations

from ._version import __version__
from .limits import MAX_MESSAGE_BYTES
from .memo import cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up)
if TYPE_CHECKING:
    from collections.abc import Callable

    from .model import LineResult, MessageResult

__all__ = ["MAX_MESSAGE_BYTES", "__version__", "explain_bytes", "explain_line"]


def explain_bytes(raw: bytes, lang: str = "en", source: str | None = None, trace: bool = False) -> MessageResult:
    """Explain one message given as raw bytes (any line endings)."""
    return _engine()(raw, lang=lang, source=source, trace=trace)


@cache
def _engine() -> Callable[..., MessageResult]:
    """The engine, imported on first use (``whybounce line`` never needs it) and then kept: an import
    statement per message costs more than this cached call."""
    from .engine import explain_message

    return explain_message


def explain_line(text: str, lang: str = "en", trace: bool = False, to: str | None = None) -> LineResult:
    """Explain one SMTP reply, POP3 ``-ERR`` answer or fragment of a bounce; ``to``, the recipient the reply was
    about when the caller knows it, lets the knowledge of the recipient's provider apply to a reply alone."""
    from .line import explain_text

    return explain_text(text, lang=lang, trace=trace, to=to)
