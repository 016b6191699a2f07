"""Email addresses: finding them in text and bringing them to one normal form.

Normal form: no angle brackets or quotes around it, Unicode NFC, domain lower-cased and in Unicode
(IDNA A-labels decoded), local part kept as written (it is case-sensitive in principle).
"""

from __future__ import annotations

import unicodedata

from .patterns import lazy

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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

MAX_DOMAIN_CHARS = 253
"""RFC 1035: a longer name is no DNS name, so it has no parent domain worth looking up."""
MAX_SUFFIX_LABELS = 10
"""Parent domains are taken from this many trailing labels at most (known providers need four)."""


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


def parent_lookup(name: str | None, table: dict[str, Any]) -> Any:
    """``table``'s entry for ``name`` or its nearest parent domain: ``mx1.mail.cox.net``, then ``mail.cox.net``,
    then ``cox.net``, down to two labels (a top-level domain alone names nobody); None if it holds none.  The
    name is taken as given (callers lower-case it), and walked in place: three look-ups per recipient, most
    of them misses.

    Bounded whatever the input: a hostile name of 50,000 labels would otherwise make 50,000 look-ups of up
    to 100 KB each.  Only the last ``MAX_SUFFIX_LABELS`` labels count, and a name over ``MAX_DOMAIN_CHARS``
    characters gives none."""
    if not name or len(name) > MAX_DOMAIN_CHARS or "." not in name:
        return None
    if name.count(".") >= MAX_SUFFIX_LABELS:  # only the last MAX_SUFFIX_LABELS labels count
        name = ".".join(name.rsplit(".", MAX_SUFFIX_LABELS)[1:])
    while True:
        hit = table.get(name)
        if hit is not None:
            return hit
        rest = name[name.find(".") + 1:]
        if "." not in rest:
            return None
        name = rest

