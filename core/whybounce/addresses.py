"""Email addresses: finding them in text and bringing them to one normal form.

Normal form: no angle brackets or quotes around it, Unicode NFC, domain lower-cased and in Unicode
(IDNA A-labels decoded), local part kept as written (it is case-sensitive in principle).
"""

from __future__ import annotations

import unicodedata

from .patterns import lazy

# Character classes written as "everything but these ASCII characters": the same sets as listing
# A-Za-z0-9, the atom punctuation and U+0080..U+10FFFF, but compiled in well under a millisecond
# instead of ~25 ms (the start-up of `whybounce line` and of the host pays for it).
_ATOM = r"[^\x00-\x20\"(),.:;<>@\[\\\]\x7f]"  # RFC 5322 atext, plus any non-ASCII (RFC 6531)
_ATOM_OR_DOT = r"[^\x00-\x20\"(),:;<>@\[\\\]\x7f]"
_LETDIG = r"[^\x00-\x2f:-@\[-`{-\x7f]"  # letter, digit or non-ASCII (IDN U-label)
_LDH = r"[^\x00-\x2c./:-@\[-`{-\x7f]"  # ... or hyphen
ADDRESS = lazy(
    rf"(?<!{_ATOM_OR_DOT})({_ATOM}{_ATOM_OR_DOT}{{0,127}}@{_LETDIG}(?:{_LDH}{{0,62}})"
    rf"(?:\.{_LETDIG}{_LDH}{{0,62}}){{0,10}})"
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
    if "\ufffd" in a or (not a.isprintable() and any(unicodedata.category(c) in ("Cc", "Cs") for c in a)):
        return None  # control characters, lone surrogates, undecodable bytes: binary junk, not an address
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
