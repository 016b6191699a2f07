"""Label session 55's several-recipient files (multi55_run.py; D55) from the injected replies (the kit's RCPT_RULES
and DATA_RULES by local part) and, for a delivered recipient, its own DSN fields; recipients in the DSN's order.

  python tools/real-mta/label_multi55.py <folder of <mta>/*.eml> > labels rows (JSON Lines)
"""

import email
import json
import re
import sys
from email import policy
from pathlib import Path

OUT = Path(sys.argv[1])
CASES = {  # local part -> (status, code, stage, reason)
    "full": ("5.2.2", "552", "RCPT", "mailboxfull"),
    "unknown": ("5.1.1", "550", "RCPT", "userunknown"),
    "data-filter": ("5.7.1", "550", "DATA", "filtered"),
    "data-toobig": ("5.3.4", "552", "DATA", "mesgtoobig"),
    "data-dmarc": ("5.7.26", "550", "DATA", "authfailure"),
}
rows = []
for f in sorted(OUT.glob("*/*.eml")):
    mta = f.parent.name
    msg = email.message_from_bytes(f.read_bytes(), policy=policy.compat32)
    ds = next(p for p in msg.walk() if p.get_content_type() == "message/delivery-status")
    body = ds.get_payload()
    text = "\n".join(str(p) for p in body) if isinstance(body, list) else str(body)
    groups = [g for g in re.split(r"\n\s*\n", text) if re.search(r"^Final-Recipient:", g, re.M | re.I)]
    recips = []
    for i, g in enumerate(groups, 1):
        addr = re.search(r"^Final-Recipient:\s*rfc822;\s*<?([^\s>]+)", g, re.M | re.I)[1].lower()
        action = re.search(r"^Action:\s*(\w+)", g, re.M | re.I)[1].lower()
        status = re.search(r"^Status:\s*(\S+)", g, re.M | re.I)[1]
        diag = re.search(r"^Diagnostic-Code:\s*smtp;\s*(\d{3})", g, re.M | re.I)
        local = addr.split("@")[0]
        if action in ("delivered", "relayed"):
            assert local.startswith("ok-"), (f, addr)
            recips.append({"index": i, "address": addr, "status": status,
                           "reply_code": diag[1] if diag else "", "command": None, "temporary": False,
                           "reason": "delivered"})
        else:
            assert action == "failed", (f, action)
            st, code, stage, reason = CASES[local]
            recips.append({"index": i, "address": addr, "status": st, "reply_code": code,
                           "command": None if mta == "opensmtpd" else stage, "temporary": False, "reason": reason})
    kind = "delivered" if all(r["reason"] == "delivered" for r in recips) else "bounce"
    rows.append({"file": f"{mta}/{f.name}", "engine": mta, "kind": kind, "recipients": recips})
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
