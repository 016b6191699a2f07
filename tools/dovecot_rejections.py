"""Make tests/fixtures/dovecot-lda: the rejections a real Dovecot LDA (Debian 12's dovecot-core and dovecot-sieve)
writes back to a sender, captured from its sendmail_path instead of being sent.

- ``sieve-reject.eml``: a Sieve ``reject`` (RFC 5429) — Pigeonhole sends an RFC 8098 MDN whose disposition is
  ``automatic-action/MDN-sent-automatically; deleted``;
- ``quota-reject.eml``: a mailbox over its quota, delivered by dovecot-lda without ``-e`` — Dovecot sends its own
  RFC 3464 DSN (Status 5.2.2) with the same "was automatically rejected" text.

Needs root (dovecot-lda's userdb lookup goes through a Dovecot master started here, on its own base_dir; it is
stopped at the end) and the packages dovecot-core and dovecot-sieve.  Nothing outside a temporary directory is
written but the output files.

    sudo python3 tools/dovecot_rejections.py tests/fixtures/dovecot-lda
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LDA = "/usr/lib/dovecot/dovecot-lda"
MESSAGE = """From: Alice <alice@example.org>
To: Bob <bob@example.net>
Subject: Quarterly figures
Date: Thu, 03 Dec 2026 17:00:00 +0000
Message-ID: <figures-1@example.org>

Hello Bob, here are the figures.
"""
CONF = """base_dir = {d}/base
mail_location = maildir:{d}/mail/%n
postmaster_address = postmaster@mx.example.net
hostname = mx.example.net
sendmail_path = {d}/sendmail.sh
protocols =
ssl = no
log_path = {d}/dovecot.log
passdb {{
  driver = static
  args = nopassword=y
}}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home={d}/mail/%n
}}
service auth {{
  unix_listener auth-userdb {{
    mode = 0666
  }}
}}
mail_plugins = {plugins}
protocol lda {{
  mail_plugins = {plugins}
}}
plugin {{
{plugin}
}}
"""
CASES = {
    "sieve-reject.eml": ("sieve", "  sieve = file:{d}/reject.sieve\n  sieve_default = {d}/reject.sieve", "bob"),
    "quota-reject.eml": ("quota", "  quota = maildir:User quota\n  quota_rule = *:storage=100B", "carol"),
}


def one(d: Path, plugins: str, plugin: str, user: str) -> str:
    """The message dovecot-lda hands to sendmail_path for one delivery of MESSAGE to ``user``."""
    out = d / "out"
    for old in out.glob("*"):
        old.unlink()
    conf = d / f"{plugins}.conf"
    conf.write_text(CONF.format(d=d, plugins=plugins, plugin=plugin.format(d=d)))
    subprocess.run(["dovecot", "-c", str(conf)], check=True)
    try:
        deadline = time.time() + 30
        while not (d / "base" / "auth-userdb").exists() and time.time() < deadline:
            time.sleep(0.2)
        lda = subprocess.run([LDA, "-c", str(conf), "-d", f"{user}@example.net", "-f", "alice@example.org"],
                             input=MESSAGE.encode(), timeout=60)
        if lda.returncode:
            log = d / "dovecot.log"
            raise SystemExit(f"dovecot-lda exited {lda.returncode}:\n{log.read_text() if log.exists() else ''}")
    finally:
        subprocess.run(["doveadm", "-c", str(conf), "stop"], check=False)
        time.sleep(1)
    (written,) = out.glob("*.eml")
    return written.read_text()


def main() -> int:
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dovecot-lda-") as tmp:
        d = Path(tmp)
        for sub in ("", "out", "mail"):  # dovecot-lda runs as the userdb's uid (nobody) and writes both
            (d / sub).mkdir(exist_ok=True)
            (d / sub).chmod(0o777)
        (d / "reject.sieve").write_text('require ["reject"];\nreject "I do not accept messages from this address.";\n')
        sendmail = d / "sendmail.sh"
        sendmail.write_text(f'#!/bin/sh\ncat > {d}/out/rejection-$$.eml\n')
        sendmail.chmod(0o755)
        for name, (plugins, plugin, user) in CASES.items():
            text = one(d, plugins, plugin, user)
            text = re.sub(r"dovecot-\d+-\d+-\d+@\w+", "dovecot-rejection@mx.example.net", text)  # the host's name
            (target / name).write_text(text)
            print(f"{target / name}: {len(text)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
