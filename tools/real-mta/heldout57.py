"""The fifty-seventh held-out set: failures the SENDING MTA finds itself, with no reply from any server (see
tests/fixtures/real-mta-heldout57/README.md).

Sets 7-56 mostly carry a remote server's reply. Many real bounces carry none: the sending MTA could not find the
destination in the DNS, could not reach it, could not make the TLS its own policy requires, or found the message
looping, and writes the cause in its own words. Each case here is one such condition on the fake Internet of the kit
(fake_dns.py, fake_smtp.py): a DNS shape (``dns``: a name that exists with no MX and no address, a null MX of RFC 7505,
an MX naming a host that does not exist, an MX naming the sending host's own address, a SERVFAIL) or a server's way
of failing without a reply (``behaviour``: nothing listening at either of two MXs, silence after the connection, the
connection dropped at the greeting, after RCPT TO or after the data, no STARTTLS or a broken TLS handshake where the
sender's own policy requires TLS), or a message with more Received: headers than any of the four MTAs lets through.

Each case is sent through the kit's four MTAs (Postfix 3.7, Exim 4.96, Sendmail 8.17, OpenSMTPD 6.8;
heldout57_run.py), and each report is filed as <mta>/<case>[-delay][-N].eml. label57.py labels every report from the
case table fixed before the run (``LABELS``) and from what the report shows (a delay notice, or a final report after
the queue's time ran out). The set is blind: labelled before anything read the files, never to be tuned on.

Set 56 uses 127.0.44.121-180, so these cases' nominal servers are 127.0.44.201 up (to .254 at most; the backup MX of
``conn-refused-all-mx`` on ``BACKUP_IP``) and the domains end in heldout57.example.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout57.example"
FIRST_IP = "127.0.44.201"
BACKUP_IP = "127.0.44.240"  # conn-refused-all-mx's second MX: nothing listens there either
HOPS = 110  # Received: headers on received-too-many-hops' message: over Postfix's hopcount_limit (50), Exim's
# received_headers_max (30), Sendmail's MaxHopCount (25) and OpenSMTPD's MAX_HOPS_COUNT (100)

_c = case_maker(SUFFIX)
_RFC5321_51 = "RFC 5321 section 5.1 (locating the target host: MX records, then the address records)"
_RFC7505 = "RFC 7505 sections 3 and 4 (a null MX: the domain accepts no mail; 556 / 5.1.10)"
_RFC3207 = "RFC 3207 section 4.1 (STARTTLS; a client whose policy requires TLS must not go on without it)"
_RFC5321_44 = "RFC 5321 section 6.3 (loop detection: counting Received: header fields) and section 4.4"

HELDOUT57: list[Heldout] = [
    _c("dns-nodata", "CONN", (), f"{_RFC5321_51}: the name exists (NOERROR) and has no MX and no A record, so it has"
       " no mail host; Postfix 3.7 smtp(8) 'Host or domain name not found', Exim 4.96 dnslookup router"),
    _c("dns-nullmx", "CONN", (), f"{_RFC7505}; Postfix 3.7 (nullMX, since 3.1), Sendmail 8.17 (nullMX), Exim 4.96"
       " dnslookup"),
    _c("dns-mx-nxhost", "CONN", (), f"{_RFC5321_51}: the only MX names a host that does not exist (NXDOMAIN); Exim"
       " 4.96 specification, dnslookup 'all relevant MX records point to non-existent hosts'"),
    _c("dns-mx-self", "CONN", (), f"{_RFC5321_51} (an MX that names the client itself must not be delivered to);"
       " Postfix 3.7 smtp(8) 'mail for ... loops back to myself', Exim 4.96 dnslookup 'self' option"),
    _c("dns-servfail", "CONN", (), f"{_RFC5321_51} and section 4.5.4.1 (a temporary look-up failure: queued and"
       " retried); RFC 3463 X.4.3 (directory server failure)"),
    _c("conn-refused-all-mx", "CONN", (), f"{_RFC5321_51} (try each MX in preference order) and section 4.5.4.1;"
       " nothing listens at either MX (preference 10 and 20); RFC 3463 X.4.1 (no answer from host)"),
    _c("conn-silent", "CONN", (), "RFC 5321 section 4.5.3.2.1 (the client's timeout for the initial 220 greeting);"
       " the server accepts the TCP connection and never greets; RFC 3463 X.4.2 (bad connection)"),
    _c("conn-drop-greeting", "CONN", (), "RFC 5321 section 3.1 and 4.5.4.1: the connection is closed before any"
       " greeting; RFC 3463 X.4.2 (bad connection)"),
    _c("conn-drop-rcpt", "RCPT", (), "RFC 5321 section 4.5.4.1 (a connection lost mid-session is a temporary"
       " failure): the server closes the connection on RCPT TO; RFC 3463 X.4.2"),
    _c("conn-drop-data", "DATA", (), "RFC 5321 sections 4.5.4.1 and 6.1 (no reply to the end of the data: the client"
       " must retry): the server closes the connection after the message's final dot; RFC 3463 X.4.2"),
    _c("tls-not-offered", "EHLO", (), f"{_RFC3207}; the SENDER's policy for this domain requires TLS (Postfix 3.7"
       " smtp_tls_policy_maps 'encrypt', Exim 4.96 hosts_require_tls, Sendmail 8.17 access map TLS_Srv ENCR:128,"
       " OpenSMTPD 6.8 smtpd.conf 'relay tls') and the server does not offer STARTTLS"),
    _c("tls-handshake-fails", "EHLO", (), f"{_RFC3207}; the same sender policy; the server offers STARTTLS, answers"
       " it 220 and then closes the connection instead of a TLS handshake"),
    _c("received-too-many-hops", "DATA", (), f"{_RFC5321_44}: the message arrives with {HOPS} Received: header"
       " fields; Postfix 3.7 hopcount_limit, Exim 4.96 received_headers_max, Sendmail 8.17 MaxHopCount, OpenSMTPD"
       " 6.8 MAX_HOPS_COUNT"),
]
CASES: dict[str, Heldout] = {h.id: h for h in HELDOUT57}


@dataclass(frozen=True)
class Shape:
    """How the fake Internet shows a case: the recipient's domain's DNS (``dns``: nodata, nullmx, nxhost, self,
    servfail, or "" for the usual MX at the case's own address), the fake server's behaviour there (None: nothing
    listens), whether the sender's policy requires TLS for the domain, and the MTAs that can meet it."""

    dns: str = ""
    behaviour: str | None = None
    tls_required: bool = False
    mtas: tuple[str, ...] = ("postfix", "exim", "opensmtpd", "sendmail")


# The MX pointing at 127.0.0.1: only Postfix listens on port 25 there; Exim refuses it as itself (its dnslookup
# router's self = fail, the kit's exim4.conf) and Postfix as "loops back to myself", but Sendmail and OpenSMTPD
# would hand the message to the kit's Postfix on 127.0.0.1:25, which would relay it on and report the loop to
# itself, not to the sender: they cannot meet this case in the kit.
SHAPES: dict[str, Shape] = {
    "dns-nodata": Shape(dns="nodata"),
    "dns-nullmx": Shape(dns="nullmx"),
    "dns-mx-nxhost": Shape(dns="nxhost"),
    "dns-mx-self": Shape(dns="self", mtas=("postfix", "exim")),
    "dns-servfail": Shape(dns="servfail"),
    "conn-refused-all-mx": Shape(dns="backup"),
    "conn-silent": Shape(behaviour="silent"),
    "conn-drop-greeting": Shape(behaviour="drop-on-connect"),
    "conn-drop-rcpt": Shape(behaviour="drop-after-rcpt"),
    "conn-drop-data": Shape(behaviour="drop-after-data"),
    "tls-not-offered": Shape(behaviour="normal", tls_required=True),
    "tls-handshake-fails": Shape(behaviour="starttls-broken", tls_required=True),
    "received-too-many-hops": Shape(behaviour="normal"),
}


def rcpt_domain(h: Heldout) -> str:
    """The recipient's domain: d.<domain> where the case is a DNS shape (its records are the shape's, apart from the
    case domain's usual MX), else the case's domain (its MX is the case's own address)."""
    return f"d.{h.domain}" if SHAPES[h.id].dns else h.domain


def recipient(h: Heldout) -> str:
    """The case's one recipient."""
    return f"user@{rcpt_domain(h)}"


def tls_domains() -> list[str]:
    """The recipient domains for which the sending MTAs' policy requires TLS (heldout57_run.py configures it)."""
    return [rcpt_domain(h) for h in HELDOUT57 if SHAPES[h.id].tls_required]


def dns_records() -> dict[str, list[tuple[str, str, int]]]:
    """The DNS shapes' records for topology.py: name -> [(kind, value, preference)], kind one of mx (value the host;
    "." a null MX), a (an address), empty (the name exists with no record), nxdomain (a host name that must not
    exist), servfail."""
    out: dict[str, list[tuple[str, str, int]]] = {}
    ip = {h.id: a for a, h in by_ip().items()}
    for h in HELDOUT57:
        name, dns = rcpt_domain(h), SHAPES[h.id].dns
        if dns == "nodata":
            out[name] = [("empty", "", 0)]
        elif dns == "nullmx":
            out[name] = [("mx", ".", 0)]
        elif dns == "nxhost":
            out[name] = [("mx", f"gone.{name}", 10)]
            out[f"gone.{name}"] = [("nxdomain", "", 0)]
        elif dns == "self":
            out[name] = [("mx", f"mx.{name}", 10)]
            out[f"mx.{name}"] = [("a", "127.0.0.1", 0)]
        elif dns == "servfail":
            out[name] = [("servfail", "", 0)]
        elif dns == "backup":
            out[name] = [("mx", f"mx1.{name}", 10), ("mx", f"mx2.{name}", 20)]
            out[f"mx1.{name}"] = [("a", ip[h.id], 0)]
            out[f"mx2.{name}"] = [("a", BACKUP_IP, 0)]
    return out


def behaviours() -> dict[str, str]:
    """Fake server address -> fake_smtp behaviour, for the cases whose server listens (the others: nothing)."""
    return {a: SHAPES[h.id].behaviour for a, h in by_ip().items() if SHAPES[h.id].behaviour}  # type: ignore[misc]


def by_ip() -> dict[str, Heldout]:
    """Nominal server address -> case (127.0.44.201 and up; a DNS shape's case has nothing there)."""
    return addresses(FIRST_IP, HELDOUT57)
