"""Provider-specific knowledge (``data/providers.yaml``): whose server answered, and what its own codes and
fixed sentences mean.

A provider is recognised by the recipient's domain or by the answering or reporting host; its table is
consulted before the general rules, and says nothing when it does not know.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .addresses import domain_suffixes
from .knowledge import section
from .model import Evidence
from .smtp import host_of

_CODE = re.compile(r"[A-Za-z0-9_\-]{1,40}")  # a provider's code token after its marker
_NON_DIGITS = re.compile(r"\D")


class Provider:
    """One entry of providers.yaml, ready to match (a plain class: nothing to pay for at start-up)."""

    __slots__ = ("digits", "domains", "exact", "hosts", "markers", "name", "phrases", "prefixes", "ranges", "when")

    def __init__(self, name: str, domains: tuple[str, ...], hosts: tuple[str, ...], markers: tuple[str, ...],
                 digits: int, exact: dict[str, str], prefixes: tuple[tuple[str, str], ...],
                 ranges: tuple[tuple[int, int, str], ...], phrases: tuple[tuple[str, str], ...],
                 when: tuple[tuple[str | None, str, str, str], ...]) -> None:
        self.name = name
        self.domains = domains
        self.hosts = hosts
        self.markers = markers
        self.digits = digits
        self.exact = exact
        self.prefixes = prefixes
        self.ranges = ranges
        self.phrases = phrases  # (phrase, reason), in the YAML's order
        self.when = when  # (status, command, text, reason)

    def code_reason(self, text: str) -> tuple[str, str] | None:
        """(reason, code) for the provider's own code in the server's text."""
        for marker in self.markers:
            pos = text.rfind(marker)
            if pos < 0:
                continue
            m = _CODE.match(text, pos + len(marker))
            if not m:
                continue
            code = m.group(0)
            if self.digits:
                tail = _NON_DIGITS.sub("", code)[-self.digits:]
                if len(tail) != self.digits:
                    continue
                if tail in self.exact:
                    return self.exact[tail], marker.strip() + code
                for low, high, reason in self.ranges:
                    if low <= int(tail) <= high:
                        return reason, marker.strip() + code
                continue
            if code in self.exact:
                return self.exact[code], marker.strip() + code
            for prefix, reason in self.prefixes:
                if code.startswith(prefix):
                    return reason, marker.strip() + code
        return None


def _provider(name: str, spec: dict[str, Any]) -> Provider:
    codes = spec.get("codes") or {}
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    ranges: list[tuple[int, int, str]] = []
    for key, reason in (codes.get("table") or {}).items():
        key = str(key)
        if key.endswith("*"):
            prefixes.append((key[:-1], reason))
        elif "-" in key and all(part.isdigit() for part in key.split("-", 1)):
            low, high = key.split("-", 1)
            ranges.append((int(low), int(high), reason))
        else:
            exact[key] = reason
    phrases = tuple((p.lower(), reason) for reason, ps in (spec.get("phrases") or {}).items() for p in ps)
    when = tuple((w.get("status"), w["command"], w.get("text", "").lower(), w["reason"])
                 for w in spec.get("when") or ())
    return Provider(
        name=name,
        domains=tuple(d.lower() for d in spec.get("domains") or ()),
        hosts=tuple(h.lower() for h in spec.get("hosts") or ()),
        markers=tuple(codes.get("after") or ()),
        digits=int(codes.get("digits") or 0),
        exact=exact,
        prefixes=tuple(prefixes),
        ranges=tuple(ranges),
        phrases=phrases,
        when=when,
    )


@cache
def providers() -> tuple[Provider, ...]:
    return tuple(_provider(name, spec) for name, spec in section("providers")["providers"].items())


@cache
def _index() -> tuple[dict[str, Provider], dict[str, Provider]]:
    """(recipient domain -> provider, host suffix -> provider); the first provider listed wins."""
    by_domain: dict[str, Provider] = {}
    by_host: dict[str, Provider] = {}
    for p in providers():
        for d in p.domains:
            by_domain.setdefault(d, p)
        for h in p.hosts:
            by_host.setdefault(h, p)
    return by_domain, by_host


def _lookup(name: str | None, table: dict[str, Provider]) -> Provider | None:
    """The entry for ``name`` or for one of its parent domains (``mx1.mail.cox.net`` -> ``cox.net``)."""
    if not name or not table:
        return None
    for suffix in domain_suffixes(name):
        found = table.get(suffix)
        if found is not None:
            return found
    return None


def recognise(ev: Evidence) -> Provider | None:
    """The provider whose server answered for this recipient, if it is one we know: by the recipient's
    domain first, then by the answering host, then by the host that wrote the report."""
    by_domain, by_host = _index()
    domain = (ev.address or "").rpartition("@")[2].lower()
    return (_lookup(domain, by_domain) or _lookup(host_of(ev.remote_mta), by_host)
            or _lookup(host_of(ev.reporting_mta), by_host))


def verdict(ev: Evidence, text: str, status: str | None) -> tuple[str, str] | None:
    """(reason, rule) from the recognised provider's own knowledge; ``text`` is the lower-cased diagnostic."""
    p = recognise(ev)
    if p is None:
        return None
    raw = ev.diagnostic or ""
    found = p.code_reason(raw)
    if found:
        return found[0], f"provider {p.name}: code {found[1]}"
    for phrase, reason in p.phrases:
        if phrase in text:
            return reason, f"provider {p.name}: {phrase.strip()}"
    for st, command, words, reason in p.when:
        if st == status and command == ev.command and words in text:
            return reason, f"provider {p.name}: status {status or 'none'} after {command}"
    return None
