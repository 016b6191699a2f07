"""Held-out set 61: amavisd-new's OWN reports and notices, behind a real Postfix (session 60, helper r60).

Not documented replies, and not an MTA refusing in the session: a REAL amavisd-new 2.13.0 (Debian 12's package,
with a REAL clamd 1.4.6 and SpamAssassin 4.0 inside it) as the after-queue content filter of a Postfix 3.7 instance
(Postfix's FILTER_README "advanced" set-up: smtpd on 127.0.45.6:25 with ``content_filter``, amavisd on
127.0.45.6:10024, the re-injection smtpd on 127.0.45.6:10025). Each case is one message a local sender hands to
Postfix; amavisd-new's own policy (its ``final_*_destiny`` D_BOUNCE, Debian's ``$banned_filename_re``, the
by-recipient size limit, ``$warn*sender``/``$warn*recip``, the admin maps) decides, and amavisd-new writes the
notice itself from its templates (/etc/amavis/en_US/template-dsn.txt, template-spam-sender.txt,
template-virus-admin.txt, template-virus-recipient.txt, template-spam-admin.txt): the sender's delivery status
notification (RFC 3464) and the notices to the site's administrator and to the recipient. Two cases are Postfix's own
bounce of amavisd-new's refusal: after its re-injection was refused (CC_MTA, "Rejected by next-hop MTA on relaying"),
and of a declared size over the recipient's limit, which amavisd-new refuses at RCPT TO.

The cases carry no reply (``reply=()``): the words are amavisd-new's. They are listed with what the message carries
(``content``), who it goes to (``rcpts``: local parts at the case's domain) and what the runner configures for the
case's domain (``policy``); the labels are decided in label61.py from the configured cause. Everything runs on
127.0.45.6 only; the cases' "servers" are that one address (``listeners``), the table's ``by_ip`` keys are nominal.
"""

from __future__ import annotations

from dataclasses import dataclass

from heldout import Heldout

SUFFIX = "heldout61.example"
ADDRESS = "127.0.45.6"

_AMAVIS = "amavisd-new 2.13.0 (Debian 12 amavisd-new 1:2.13.0-3+deb12u1), https://www.amavis.org/"
_DSN = _AMAVIS + ": /etc/amavis/en_US/template-dsn.txt, Amavis/Conf.pm (%final_destiny_maps_by_ccat)"
_DEB = _AMAVIS + ": /etc/amavis/conf.d/20-debian_defaults ($banned_filename_re)"


@dataclass(frozen=True)
class Amavis61(Heldout):
    """One message through the amavisd-new content filter: what it carries, its recipients, the case's policy."""

    content: str = "plain"
    rcpts: tuple[str, ...] = ("rcpt",)
    policy: tuple[str, ...] = ()


def _case(id: str, content: str, source: str, rcpts: tuple[str, ...] = ("rcpt",),
          policy: tuple[str, ...] = ()) -> Amavis61:
    return Amavis61(id, "DATA", (), source, None, SUFFIX, content, rcpts, policy)


# policy words (heldout61_run.py turns them into amavisd.conf lookups keyed by the case's domain):
#   admin        the case's admin address gets amavisd-new's admin notice (@virus_admin_maps, @banned_admin_maps,
#                @spam_admin_maps, @bad_header_admin_maps)
#   warnrecip    the recipient gets amavisd-new's warning (@warnvirusrecip_maps, @warnbannedrecip_maps,
#                @warnbadhrecip_maps)
#   pass         a bad header passed (D_PASS), $warnbadhsender on
#   size100k     @message_size_limit_maps: 100000 bytes for the domain (amavisd-new raises a smaller limit to 64 KiB)
#   bypass-other the second recipient ("other") in @bypass_banned_checks_maps
#   blacklist    @score_sender_maps: the sender's address scores +20 (a site's soft blacklist)
#   unlisted     the re-injection smtpd refuses the recipient (not in its virtual mailbox table)
HELDOUT61: list[Amavis61] = [
    _case("virus-eicar", "eicar", _DSN + "; ClamAV's EICAR test signature", policy=("admin", "warnrecip")),
    _case("virus-eicar-zip", "eicar-zip", _DSN + "; the EICAR file inside a zip archive"),
    _case("virus-eicar-two", "eicar", _DSN + "; one message to two recipients", rcpts=("rcpt", "other")),
    _case("banned-exe", "exe", _DEB + "; an attachment named *.exe", policy=("admin", "warnrecip")),
    _case("banned-double-ext", "double-ext", _DEB + "; a double extension, *.pdf.exe"),
    _case("banned-mime-type", "msdownload", _DEB + "; Content-Type application/x-msdownload"),
    _case("banned-in-zip", "exe-zip", _DEB + "; an *.exe inside a zip archive"),
    _case("banned-clsid", "clsid", _DEB + "; a file name ending in a Windows class id"),
    _case("banned-one-of-two", "exe", _DEB + "; the second recipient bypasses banned checks",
          rcpts=("rcpt", "other"), policy=("bypass-other",)),
    _case("spam-gtube", "gtube", _AMAVIS + ": template-spam-sender.txt; SpamAssassin's GTUBE",
          policy=("admin",)),
    _case("spam-blacklisted-sender", "plain", _AMAVIS + ": template-spam-sender.txt, @score_sender_maps",
          policy=("blacklist",)),
    _case("badh-8bit", "8bit-subject", _DSN + "; a non-encoded 8-bit Subject (RFC 5322 section 2.2, RFC 2047)",
          policy=("admin", "warnrecip")),
    _case("badh-duplicate", "two-subjects", _DSN + "; two Subject fields (RFC 5322 section 3.6)"),
    _case("badh-two-from", "two-froms", _DSN + "; two From fields (RFC 5322 section 3.6)"),
    _case("badh-missing-from", "no-from", _DSN + "; no From field (RFC 5322 section 3.6)"),
    _case("badh-missing-date", "no-date", _DSN + "; no Date field (RFC 5322 section 3.6)"),
    _case("badh-whitespace-line", "blank-fold", _DSN + "; a folded header line of white space only"
                                                      " (RFC 5322 section 3.2.2)"),
    _case("badh-bad-mime", "bad-mime", _DSN + "; a multipart body without its boundary (RFC 2046 section 5.1.1)"),
    _case("badh-passed-warn", "8bit-subject", _AMAVIS + ": Amavis/Conf.pm (%warnsender_by_ccat, $warnbadhsender)",
          policy=("pass",)),
    _case("unchecked-encrypted", "encrypted-zip", _AMAVIS + ": Amavis.pm (CC_UNCHECKED, encrypted), template-dsn.txt"),
    _case("oversized", "big", _AMAVIS + ": Amavis/Conf.pm (@message_size_limit_maps; the declared SIZE refused at"
                              " RCPT TO with 552 5.3.4); Postfix 3.7's bounce",
          policy=("size100k",)),
    _case("mta-rejected", "plain", _AMAVIS + ": Amavis/Conf.pm (CC_MTA,2 D_REJECT, 'Rejected by next-hop MTA on"
                                             " relaying'); Postfix 3.7's bounce", policy=("unlisted",)),
]


def listeners() -> list[str]:
    """The one address the set's Postfix and amavisd-new listen on."""
    return [ADDRESS]


def by_ip() -> dict[str, Amavis61]:
    """Nominal keys (the cases share one address): case -> case, as test_heldout_tables reads every set's table."""
    return {f"{ADDRESS}/{h.id}": h for h in HELDOUT61}
