"""Coverage-guided fuzz target for the native host: its frame reader and its serving loop on raw stdin bytes.

Run through ``fuzz/run.sh SECONDS``.  The seeds are real requests (ping, explain of corpus bounces,
line) framed as Thunderbird frames them, so mutations start from the protocol rather than noise.
"""

from __future__ import annotations

import sys

import atheris
from known import guarded

with atheris.instrument_imports(include=["whybounce_host", "whybounce"]):
    import instrumented  # noqa: F401  (imports every module of whybounce and whybounce_host)
    from checks import check_frames


def main() -> None:
    atheris.Setup(sys.argv, guarded(check_frames))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
