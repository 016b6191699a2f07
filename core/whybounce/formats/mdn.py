"""RFC 8098 message disposition notifications that report a rejection: a Sieve ``reject`` (RFC 5429 §2.2.1) has
the receiving side send an MDN whose disposition is ``automatic-action/...; deleted``, with the reason in its
human-readable part (Dovecot Pigeonhole: "Your message to <...> was automatically rejected: <reason>").  A read
receipt (``displayed``) or a message a person deleted (``manual-action``) is not a bounce: no report then."""

from __future__ import annotations

from .. import addresses, limits
from ..dsn import parse as parse_fields
from ..dsn import typed_value
from ..mail import Mail
from ..model import Evidence, Report
from ..notes import note
from ..smtp import host_of


class Mdn:
    name = "mdn"

    def read(self, mail: Mail) -> Report | None:
        part = next((p for p in mail.own_parts if p.content_type == "message/disposition-notification"), None)
        if part is None:
            return None
        text = part.text(limits.MAX_DSN_CHARS)
        fields = parse_fields(text).flat()
        mode, _, kind = (fields.get("disposition") or "").lower().partition(";")
        # RFC 8098 §3.2.6: "deleted" is the disposition-type; a modifier may follow a slash
        if not mode.strip().startswith("automatic-action") or kind.strip().split("/", 1)[0] != "deleted":
            return None
        recipient = typed_value(fields.get("final-recipient") or fields.get("original-recipient"))[1]
        address = addresses.normalize(recipient) or addresses.first(recipient)
        reason = " ".join(mail.text.split())
        warnings: list[str] = []
        if len(text) >= limits.MAX_DSN_CHARS:
            warnings.append(note("dsn_cut", n=limits.MAX_DSN_CHARS))
        if len(reason) > limits.MAX_FIELD_CHARS:
            reason = reason[: limits.MAX_FIELD_CHARS]
            warnings.append(note("line_cut", n=limits.MAX_FIELD_CHARS))
        disposition = f"Disposition: {fields.get('disposition', '').strip()}"
        reporting = (fields.get("reporting-ua") or "").split(";", 1)[0]  # RFC 8098 §3.2.1: ua-name ; ua-product
        ev = Evidence(address=address, action="failed", diagnostic=reason or disposition, evidence=disposition,
                      reporting_mta=host_of(reporting) or None)
        return Report(kind="bounce", format=self.name, evidence=[ev], warnings=warnings)
