"""``python -m whybounce``: the ``whybounce`` command for a Python whose console scripts are not on PATH (a venv not
activated, ``pip install --user`` without ~/.local/bin on PATH), as ``python -m whybounce_host`` is for the host."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
