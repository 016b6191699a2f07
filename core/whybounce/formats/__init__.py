"""The ordered registry of format detectors: most specific and authoritative first, heuristics last.

Adding a format = one module in this folder + one line here.  The first detector that returns a
Report wins.
"""

from __future__ import annotations

from .arf import Arf
from .base import Detector
from .generic import Generic
from .rfc3464 import Rfc3464
from .rfc3834 import Rfc3834

DETECTORS: tuple[Detector, ...] = (
    Arf(),  # RFC 5965 feedback reports: multipart/report; report-type=feedback-report
    Rfc3464(),  # any remaining RFC 3464 / 6533 DSN
    Rfc3834(),  # auto-replies, before the heuristics so "Automatic reply" is never a bounce
    Generic(),  # heuristic reading of bounces that say they are bounces
)

__all__ = ["DETECTORS", "Detector"]
