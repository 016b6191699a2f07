"""``explain --summary``: counts per kind of message, per reason and per recipient domain.

Only counts are kept, never the results, so memory stays flat however many messages stream past: the
kinds and reasons are small fixed vocabularies, and the domain table stops growing at ``MAX_DOMAINS``
different domains (recipients of any further domain are counted on one line, and a note says so).
Domains are counted only from addresses (``local@domain``, case-insensitive); a recipient whose address
is missing or has no ``@domain`` is counted apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from .i18n import cli_label, label, reason_title
from .render import plain

MAX_DOMAINS = 10_000
SHOWN_DOMAINS = 30
FAILED_KINDS = ("bounce", "delay")
UNREADABLE = "unreadable"
NO_REASON = "-"


def domain_of(address: object) -> str | None:
    """The domain of ``local@domain`` (lower case), or None when ``address`` is not such an address."""
    if not isinstance(address, str):
        return None
    local, at, domain = address.strip().rpartition("@")
    domain = domain.strip().rstrip(".").lower()
    if not at or not local or not domain or any(ch.isspace() for ch in domain):
        return None
    return domain


class Summary:
    """Counts of the results added so far; ``text(lang)`` is what ``--summary`` prints."""

    def __init__(self, max_domains: int = MAX_DOMAINS) -> None:
        self.max_domains = max_domains
        self.messages = 0
        self.kinds: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.domains: Counter[str] = Counter()
        self.other_domains = 0  # failed recipients of domains beyond max_domains
        self.no_address = 0  # failed recipients without a usable address

    def add(self, result: Mapping[str, Any]) -> None:
        """Count one result (a message, or an ``{"source", "error"}`` object for an unreadable input)."""
        self.messages += 1
        if "error" in result and "kind" not in result:
            self.kinds[UNREADABLE] += 1
            return
        kind = str(result.get("kind") or "not-bounce")
        self.kinds[kind] += 1
        for finding in result.get("recipients") or ():
            self.reasons[str(finding.get("reason") or NO_REASON)] += 1
            if kind not in FAILED_KINDS:
                continue
            domain = domain_of(finding.get("address"))
            if domain is None:
                self.no_address += 1
            elif domain in self.domains or len(self.domains) < self.max_domains:
                self.domains[domain] += 1
            else:
                self.other_domains += 1

    def text(self, lang: str) -> str:
        lines = [cli_label("summary", "messages", lang).format(count=f"{self.messages:,}")]
        for kind, n in self.kinds.most_common():
            name = cli_label("summary", "unreadable", lang) if kind == UNREADABLE else label(kind, lang, "kinds")
            lines.append(f"  {n:>9,}  {name}")
        recipients = sum(self.reasons.values())
        lines.append(cli_label("summary", "recipients_per_reason", lang).format(count=f"{recipients:,}"))
        width = max((len(r) for r in self.reasons), default=0)
        for reason, n in sorted(self.reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            title = reason_title(reason, lang) if reason != NO_REASON else ""
            lines.append(f"  {n:>9,}  {plain(reason):<{width}}  {title}".rstrip())
        failed = sum(self.domains.values()) + self.other_domains + self.no_address
        lines.append(cli_label("summary", "failed_per_domain", lang).format(count=f"{failed:,}"))
        ranked = sorted(self.domains.items(), key=lambda kv: (-kv[1], kv[0]))
        for domain, n in ranked[:SHOWN_DOMAINS]:
            lines.append(f"  {n:>9,}  {plain(domain)}")
        rest = ranked[SHOWN_DOMAINS:]
        if rest:
            lines.append("  " + cli_label("summary", "more_domains", lang).format(
                count=f"{len(rest):,}", recipients=f"{sum(n for _, n in rest):,}"))
        if self.other_domains:
            lines.append(f"  {self.other_domains:>9,}  {cli_label('summary', 'other_domains', lang)}")
        if self.no_address:
            lines.append(f"  {self.no_address:>9,}  {cli_label('summary', 'no_address', lang)}")
        if self.other_domains:
            lines.append(cli_label("summary", "domains_capped", lang).format(limit=f"{self.max_domains:,}"))
        return "\n".join(lines) + "\n"
