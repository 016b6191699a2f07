"""The fifty-fifth held-out set: known replies to FORWARDED and RELAYED mail, reported by the hop that forwarded or
relayed the message, not by the sender's own server (see tests/fixtures/real-mta-heldout55/README.md).

Every earlier real-MTA set had the sender's own MTA talk to the refusing server. Two other shapes reach real users:

- forwarded mail: the sender writes to an address at a site whose MTA forwards it to another address by an alias
  (Postfix's aliases(5) via local(8), Exim's ``redirect`` router, Sendmail's aliases(5), OpenSMTPD's aliases(5)
  table); the final server refuses, and the FORWARDING MTA reports to the sender, naming the address the sender
  wrote and the one it was forwarded to (the fwd-* folders);
- relayed mail: the sender's Postfix hands everything to a smarthost (postconf(5) ``relayhost``, here per sender by
  ``sender_dependent_relayhost_maps``) - the kit's Exim, Sendmail or OpenSMTPD - which says 250 and then meets the
  refusal; the SMARTHOST reports, by SMTP back to the sender's Postfix (the relay-* folders).

The replies are twelve of set 47's known ones (heldout47.py; the catalogue's ids in ``catalogue``): the novelty is
the forwarding or relaying wrap, not the reply. Each case goes through four wraps (two forwards, two relays, see
``WRAPS``). The set is blind: labelled before anything read the files, never to be tuned on.

Set 54 uses 127.0.44.1-60, so these servers listen from 127.0.44.61 (to 127.0.44.120 at most; the sender's Postfix
also listens on 127.0.44.120, the MX of ``SENDER_DOMAIN``, where the forwarders and smarthosts send their reports)
and the domains end in heldout55.example.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout55.example"
SENDER_DOMAIN = f"sender.{SUFFIX}"  # alice's domain: the kit's Postfix takes it as a local domain in this set's run
SENDER_IP = "127.0.44.120"  # the MX of SENDER_DOMAIN: the kit's Postfix listens there too in this set's run

TAKEN = ("conn-554-comcast-dnsbl", "conn-421-470-gmail-whitelist", "mail-553-518-sendmail-sender-domain",
         "rcpt-550-511-gmail-multiline", "rcpt-550-511-sendmail-user-unknown", "rcpt-552-522-gmail-over-quota",
         "rcpt-550-521-gmail-disabled", "rcpt-452-422-gmail-over-quota", "data-550-571-gmail-unsolicited",
         "data-550-5726-gmail-dmarc", "data-552-523-gmail-size", "host-nx-domain")
HELDOUT55: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id in TAKEN]

FIRST_IP = "127.0.44.61"

_RELAYHOST = ("Postfix 3.7 postconf(5) relayhost ('The next-hop destination(s) for non-local mail') and"
              " sender_dependent_relayhost_maps ('A sender-dependent override for the global relayhost parameter"
              " setting'); the smarthost reports to the envelope sender (RFC 5321 section 4.4 and 6.1: the relay that"
              " accepted the message with 250 must report its non-delivery)")
# folder -> (the MTA that forwards or relays, how, source)
WRAP_SOURCES: dict[str, tuple[str, str, str]] = {
    "fwd-postfix": ("postfix", "forwarded by an /etc/aliases entry",
                    "Postfix 3.7 aliases(5) and local(8) ('an alias ... redirects mail to another address'); bounce(8)"
                    " names the address before expansion ('expanded from'), RFC 3464 section 2.3.1 Original-Recipient"),
    "fwd-exim": ("exim", "forwarded by the redirect router's alias file",
                 "Exim 4.96 specification, 'The redirect router' (data from an lsearch alias file; the kit's"
                 " system_aliases router)"),
    "fwd-sendmail": ("sendmail", "forwarded by an aliases entry",
                     "Sendmail 8.17 Installation and Operation Guide, 'Aliasing' (the ALIAS_FILE) and aliases(5)"),
    "fwd-opensmtpd": ("opensmtpd", "forwarded by the aliases table of a local action",
                      "OpenSMTPD 6.8.0p2 smtpd.conf(5) ('alias <table>' of an action) and aliases(5) ('user@host: an"
                      " address to forward to')"),
    "relay-exim": ("exim", "relayed through Exim as smarthost", _RELAYHOST + "; Exim 4.96 relay_from_hosts"),
    "relay-sendmail": ("sendmail", "relayed through Sendmail as smarthost",
                       _RELAYHOST + "; Sendmail access map 'Connect:127.0.0.1 RELAY'"),
    "relay-opensmtpd": ("opensmtpd", "relayed through OpenSMTPD as smarthost",
                        _RELAYHOST + "; OpenSMTPD smtpd.conf(5) 'match from local for any action relay'"),
}
FORWARDS = ("fwd-postfix", "fwd-exim", "fwd-sendmail", "fwd-opensmtpd")
RELAYS = ("relay-exim", "relay-sendmail", "relay-opensmtpd")
PORTS = {"postfix": 25, "exim": 2526, "opensmtpd": 2527, "sendmail": 2528}
DOMAINS = {"postfix": "mta-pf.example", "exim": "mta-ex.example", "opensmtpd": "mta-os.example",
           "sendmail": "mta-sm.example"}


def wraps(index: int) -> tuple[str, ...]:
    """The four wraps of the index-th case: two forwards and two relays, rotating so that each forwarder meets six
    cases and each smarthost eight."""
    return (FORWARDS[index % 4], FORWARDS[(index + 1) % 4], RELAYS[index % 3], RELAYS[(index + 1) % 3])


WRAPS: dict[str, tuple[str, ...]] = {h.id: wraps(i) for i, h in enumerate(HELDOUT55)}


def final_recipient(h: Heldout) -> str:
    """The address the refusing server is sent to: at the case's domain, or under it where the domain must not exist
    (the fake DNS answers NXDOMAIN for nx.<domain>), as set 47."""
    return f"user@nx.{h.domain}" if h.id == "host-nx-domain" else f"user@{h.domain}"


def alias(h: Heldout) -> str:
    """The local part the forwarders forward to the case's final recipient."""
    return f"fwd-{h.id}"


def sent_to(folder: str, h: Heldout) -> str:
    """The address the sender writes to: the forwarder's alias (fwd-*), else the final recipient (relay-*)."""
    if folder.startswith("fwd-"):
        return f"{alias(h)}@{DOMAINS[WRAP_SOURCES[folder][0]]}"
    return final_recipient(h)


def sender(folder: str) -> str:
    """alice at SENDER_DOMAIN; with a +extension naming the smarthost for the relay-* folders (the key of Postfix's
    sender_dependent_relayhost_maps; reports to it land in alice's mailbox by recipient_delimiter +)."""
    if folder.startswith("relay-"):
        return f"alice+{WRAP_SOURCES[folder][0]}@{SENDER_DOMAIN}"
    return f"alice@{SENDER_DOMAIN}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.44.61 and up)."""
    return addresses(FIRST_IP, HELDOUT55)
