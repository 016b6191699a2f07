"""What the sets with a real receiving MTA (heldout17.py to heldout28.py) have in common, in one place.

Each of those sets configures a real MTA on the receiving side: a table of configured cases, one listening address
per case from the set's first address (dropped cases included, so that the others keep the addresses their bounces
show), and the cases whose files the set has (the table less its dropped ones). Every script used to repeat the same
small functions over its own table (``listeners``, ``by_ip``, ``_case``), and the six receiving Postfix instances
(sets 17, 21, 22, 26, 27 and 28) the same base main.cf. They live here once; each script keeps its own data: its
cases, its dropped ones and the settings only its receiver needs.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Generic

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import H, Heldout, addresses, serving


class Receiver(Generic[H]):
    """A set's configured cases on its receiving MTA's consecutive addresses from ``first_ip``, less the dropped
    ones (id -> why) for the cases the set has."""

    def __init__(self, first_ip: str, configured: Sequence[H], dropped: Mapping[str, str]) -> None:
        self.first_ip = first_ip
        self.configured = configured
        self.dropped = dropped

    def kept(self) -> list[H]:
        """The cases whose files the set has: the table less its dropped cases (the set's HELDOUTn table)."""
        return [h for h in self.configured if h.id not in self.dropped]

    def listeners(self) -> dict[str, H]:
        """Receiving server address -> configured case, dropped ones included (the receiver's listeners)."""
        return addresses(self.first_ip, self.configured)

    def by_ip(self) -> dict[str, Heldout]:
        """Receiving server address -> the configured case of the set it serves."""
        return serving(self.listeners(), self.dropped)

    def case(self, id: str) -> H:
        """The configured case with this id (dropped ones included)."""
        return next(h for h in self.configured if h.id == id)

    def ip(self, id: str) -> str:
        """The listening address of the case with this id."""
        return next(ip for ip, h in self.listeners().items() if h.id == id)
