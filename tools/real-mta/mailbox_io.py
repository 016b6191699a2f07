"""Read the messages of a Maildir or an mbox file exactly as they were delivered."""

from __future__ import annotations

import re
from pathlib import Path

# "From <envelope sender> <date>"; the sender is empty where the envelope sender was the null one (<>): Sendmail's
# *file* mailer writes "From  Thu Dec  3 17:08:15 2026" for a bounce it receives from another server
FROM_LINE = re.compile(rb"^From \S* +\S.*$", re.M)


def read_maildir(path: Path) -> list[bytes]:
    """Each file of new/ and cur/, oldest first (Maildir names begin with the delivery time)."""
    files = [f for sub in ("new", "cur") if (path / sub).is_dir() for f in (path / sub).iterdir()]
    files.sort(key=lambda f: (f.stat().st_mtime, f.name))
    return [f.read_bytes() for f in files]


def split_mbox(data: bytes) -> list[bytes]:
    """Split an mbox at its `From ` separator lines and drop them.

    The delivery agent wrote each message as: the separator line, the message, one empty line;
    the separator and that empty line are removed and nothing else (body lines that began with
    "From " were already written as ">From " by the delivery agent).
    """
    starts = [m.start() for m in FROM_LINE.finditer(data) if m.start() == 0 or data[m.start() - 1 : m.start()] == b"\n"]
    out = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(data)
        chunk = data[s:end]
        chunk = chunk[chunk.index(b"\n") + 1 :]
        if chunk.endswith(b"\n\n"):
            chunk = chunk[:-1]
        out.append(chunk)
    return out


def read_mailbox(path: Path) -> list[bytes]:
    """The messages of a Maildir folder or an mbox file (empty when it does not exist yet)."""
    if path.is_dir():
        return read_maildir(path)
    if path.is_file():
        return split_mbox(path.read_bytes())
    return []
