"""Coverage-guided fuzz target for the core: ``explain_bytes`` and ``explain_line`` on arbitrary bytes.

Run through ``fuzz/run.sh SECONDS`` (libFuzzer flags pass through when run directly).  Every module of
``whybounce`` is instrumented, so the fuzzer is guided by branches in the MIME reader, the detectors
and the classifier alike.
"""

from __future__ import annotations

import sys

import atheris
from known import guarded

with atheris.instrument_imports(include=["whybounce"]):
    import instrumented  # noqa: F401  (imports every module of whybounce under instrumentation)
    from checks import check_core


def main() -> None:
    atheris.Setup(sys.argv, guarded(check_core))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
