"""A Python that cannot use the network, for the privacy tests of the CLI (test_privacy.py) and of the native host
(test_host_privacy.py): a ``sitecustomize.py`` on ``PYTHONPATH``, which Python imports at start before whybounce,
replaces ``socket.socket`` and the name-lookup functions with ones that log the attempt to a file and raise.  A
caught exception could hide an attempt, so a test checks the log, not only the exit status; a marker file proves the
blocker was loaded at all."""

from __future__ import annotations

from pathlib import Path

BLOCKER = '''
import os, socket

def _refuse(what):
    with open(os.environ["WHYBOUNCE_SOCKET_LOG"], "a") as fh:
        fh.write(what + "\\n")
    raise OSError("network use blocked by the privacy test: " + what)

class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse("socket.socket")

socket.socket = _NoSocket
for _name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
              "gethostbyaddr", "getnameinfo", "socketpair", "fromfd"):
    setattr(socket, _name, lambda *a, _n=_name, **k: _refuse(_n))
open(os.environ["WHYBOUNCE_SITE_MARKER"], "w").close()
'''


def blocked(tmp_path: Path) -> dict[str, str]:
    """Write the blocker to tmp_path/site; the environment variables that load it (PYTHONPATH: the site folder
    alone) and name its log (tmp_path/sockets.log, written only on an attempt) and its marker
    (tmp_path/blocker-loaded)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER)
    return {"PYTHONPATH": str(site), "WHYBOUNCE_SOCKET_LOG": str(tmp_path / "sockets.log"),
            "WHYBOUNCE_SITE_MARKER": str(tmp_path / "blocker-loaded")}
