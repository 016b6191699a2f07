"""The fake Internet on 127.0.0.0/8 that the MTAs deliver into.

One table names every test domain, the MX host it points at, the loopback address of that
host and the behaviour the fake SMTP server (fake_smtp.py) shows on that address. The fake DNS
server (fake_dns.py) and the fake SMTP server both read it, so a case only has to pick a domain.
Nothing here ever points outside 127.0.0.0/8.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import HELDOUT, heldout_ip
from heldout2 import HELDOUT2, heldout2_ip
from heldout3 import HELDOUT3, heldout3_ip
from heldout4 import HELDOUT4, heldout4_ip
from heldout5 import HELDOUT5, heldout5_ip
from heldout6 import HELDOUT6, heldout6_ip
from heldout7 import HELDOUT7, heldout7_ip


@dataclass(frozen=True)
class Domain:
    """A recipient domain: its MX host (None = no MX, "." = null MX) and that host's address."""

    name: str
    mx: str | None
    ip: str | None
    preference: int = 10


# Behaviours of fake_smtp.py, chosen by the address a connection arrives on.
BEHAVIOURS: dict[str, str] = {
    "127.0.0.2": "normal",  # the recipient's local part chooses the RCPT / end-of-DATA reply
    "127.0.0.3": "greet421",  # 421 greeting: service not available
    "127.0.0.4": "greet554",  # 554 greeting: client on a blocklist
    "127.0.0.5": "mailfrom-reject",  # 553 to MAIL FROM: sender rejected
    "127.0.0.6": "ehlo-reject",  # 550 to EHLO and HELO
    "127.0.0.7": "data-cmd-reject",  # 503 to the DATA command itself
    "127.0.0.8": "drop-after-data",  # closes the connection after the message body, no reply
    "127.0.0.9": "silent",  # accepts the TCP connection and never greets
    "127.0.0.10": "starttls-454",  # offers STARTTLS and answers it with 454
    # 127.0.0.11: nothing listens -> connection refused
    "127.0.0.12": "small-size",  # advertises SIZE 2048
    "127.0.0.13": "greet421-toomany",  # 421 greeting: too many connections
    "127.0.0.14": "relay-denied",  # every RCPT gets 554 5.7.1 Relay access denied
    "127.0.0.15": "auth-required",  # 530 to MAIL FROM: authentication required
}
# The held-out cases (heldout.py): one address each from 127.0.0.16, answering one documented reply.
BEHAVIOURS.update({heldout_ip(i): "scripted" for i in range(len(HELDOUT))})
# The second held-out set (heldout2.py): one address each from 127.0.0.64.
BEHAVIOURS.update({heldout2_ip(i): "scripted" for i in range(len(HELDOUT2))})
# The third held-out set (heldout3.py): one address each from 127.0.0.96.
BEHAVIOURS.update({heldout3_ip(i): "scripted" for i in range(len(HELDOUT3))})
# The fourth held-out set (heldout4.py): one address each from 127.0.0.130.
BEHAVIOURS.update({heldout4_ip(i): "scripted" for i in range(len(HELDOUT4))})
# The fifth held-out set (heldout5.py): one address each from 127.0.0.161.
BEHAVIOURS.update({heldout5_ip(i): "scripted" for i in range(len(HELDOUT5))})
# The sixth held-out set (heldout6.py): one address each from 127.0.0.200.
BEHAVIOURS.update({heldout6_ip(i): "scripted" for i in range(len(HELDOUT6))})
# The seventh held-out set (heldout7.py): one address each from 127.0.0.240.
BEHAVIOURS.update({heldout7_ip(i): "scripted" for i in range(len(HELDOUT7))})
REFUSED_IP = "127.0.0.11"
SMALL_SIZE_LIMIT = 2048

DOMAINS: list[Domain] = [
    Domain("rcpt.example", "mx1.rcpt.example", "127.0.0.2"),
    Domain("keitai.example.jp", "mx.keitai.example.jp", "127.0.0.2"),
    Domain("greet421.example", "mx.greet421.example", "127.0.0.3"),
    Domain("greet554.example", "mx.greet554.example", "127.0.0.4"),
    Domain("senderrej.example", "mx.senderrej.example", "127.0.0.5"),
    Domain("helorej.example", "mx.helorej.example", "127.0.0.6"),
    Domain("datacmd.example", "mx.datacmd.example", "127.0.0.7"),
    Domain("dropdata.example", "mx.dropdata.example", "127.0.0.8"),
    Domain("silent.example", "mx.silent.example", "127.0.0.9"),
    Domain("tls.example", "mx.tls.example", "127.0.0.10"),
    Domain("refused.example", "mx.refused.example", REFUSED_IP),
    Domain("size.example", "mx.size.example", "127.0.0.12"),
    Domain("busy.example", "mx.busy.example", "127.0.0.13"),
    Domain("relay.example", "mx.relay.example", "127.0.0.14"),
    Domain("authreq.example", "mx.authreq.example", "127.0.0.15"),
    Domain("noaddr.example", "mx.noaddr.example", None),  # the MX host has no A record
    Domain("nullmx.example", ".", None, preference=0),  # RFC 7505 null MX
    Domain("loop.example", "mx.loop.example", "127.0.0.1"),  # MX points back at the sending MTA
]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout_ip(i)) for i, h in enumerate(HELDOUT)]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout2_ip(i)) for i, h in enumerate(HELDOUT2)]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout3_ip(i)) for i, h in enumerate(HELDOUT3)]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout4_ip(i)) for i, h in enumerate(HELDOUT4)]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout5_ip(i)) for i, h in enumerate(HELDOUT5)]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout6_ip(i)) for i, h in enumerate(HELDOUT6)]
DOMAINS += [Domain(h.domain, f"mx.{h.domain}", heldout7_ip(i)) for i, h in enumerate(HELDOUT7)]
# Names answered with SERVFAIL (a temporary DNS failure).
SERVFAIL: set[str] = {"servfail.example", "mx.servfail.example"}
# Every other name (e.g. nxdomain.example) is NXDOMAIN.


def host_addresses() -> dict[str, str]:
    """MX host name -> IPv4 address, for the A records the DNS server serves."""
    return {d.mx: d.ip for d in DOMAINS if d.mx and d.mx != "." and d.ip}


def fake_server_ips() -> list[str]:
    """The loopback addresses fake_smtp.py listens on (all but the 'refused' one)."""
    return sorted(BEHAVIOURS, key=lambda ip: tuple(int(p) for p in ip.split(".")))
