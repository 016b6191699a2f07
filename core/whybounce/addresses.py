"""Email addresses: finding them in text and bringing them to one normal form.

Normal form: no angle brackets or quotes around it, Unicode NFC, domain lower-cased and in Unicode
(IDNA A-labels decoded), local part kept as written (it is case-sensitive in principle).
"""

from __future__ import annotations

import re
import unicodedata

_ATOM = r"A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff"
ADDRESS = re.compile(
    rf"(?<![{_ATOM}.])([{_ATOM}][{_ATOM}.]{{0,127}}@[A-Za-z0-9\u0080-\U0010ffff](?:[A-Za-z0-9\-\u0080-\U0010ffff]{{0,62}})"
    rf"(?:\.[A-Za-z0-9\u0080-\U0010ffff][A-Za-z0-9\-\u0080-\U0010ffff]{{0,62}}){{0,10}})"
)


def normalize(addr: str | None) -> str | None:
    if not addr:
        return None
    a = addr.strip().strip("<>\"' \t;,:()[]").strip()
    if a.lower().startswith(("rfc822;", "utf-8;")):
        a = a.split(";", 1)[1].strip().strip("<>")
    if a.lower().startswith("mailto:"):
        a = a[7:]
    if "@" not in a:
        return None
    local, _, domain = a.rpartition("@")
    local = local.strip().strip("<>\"'")
    domain = domain.strip().rstrip(".").strip("<>").lower()
    if not local or not domain or " " in domain:
        return None
    if "xn--" in domain:
        labels = []
        for label in domain.split("."):
            if label.startswith("xn--"):
                try:
                    label = label.encode("ascii").decode("idna")
                except (UnicodeError, ValueError):
                    pass
            labels.append(label)
        domain = ".".join(labels)
    return unicodedata.normalize("NFC", f"{local}@{domain}")


def find_all(text: str) -> list[str]:
    out: list[str] = []
    for m in ADDRESS.finditer(text):
        a = normalize(m.group(1).rstrip("."))
        if a and a not in out:
            out.append(a)
    return out


def first(text: str) -> str | None:
    m = ADDRESS.search(text)
    return normalize(m.group(1).rstrip(".")) if m else None
