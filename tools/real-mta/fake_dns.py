#!/usr/bin/env python3
"""Authoritative-only fake DNS server for the test domains (UDP and TCP, port 53 on 127.0.0.1).

The MTAs resolve through it from a private mount namespace whose /etc/resolv.conf says
`nameserver 127.0.0.1`; the host's own resolver is never touched. Answers come from
topology.DOMAINS: MX and A records, a null MX, an MX host without an address, SERVFAIL for the
names in topology.SERVFAIL and NXDOMAIN for everything else (nxdomain.example, PTR queries); and
topology.TXT's TXT records (set 21's SPF and DMARC), to TXT questions only; with --no-txt none of them (set 32's
second server, on its own address, for the receivers whose senders' domains must publish no SPF record). Set 34's
more servers, each on its own address: --servfail-all answers every question with SERVFAIL (a resolver that gets no
answer now); --ptr-name NAME answers the PTR question of 127.0.0.1 with NAME (which has no address record).
Needs the PyPI package dnslib.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from dnslib import MX, PTR, QTYPE, RCODE, RR, TXT, A, DNSRecord  # type: ignore[import-untyped, import-not-found, unused-ignore]
from dnslib.server import BaseResolver, DNSHandler, DNSServer  # type: ignore[import-untyped, import-not-found, unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from topology import DOMAINS, EMPTY_NAMES, EXTRA_MX, NX_HOSTS, SERVFAIL, host_addresses
from topology import TXT as TXT_RECORDS

LOOPBACK_PTR = "1.0.0.127.in-addr.arpa"


class TestResolver(BaseResolver):  # type: ignore[misc, unused-ignore]
    """Answers from the topology table; the reply code tells NXDOMAIN from NODATA."""

    def __init__(self, txt: dict[str, str] | None = None, *, servfail_all: bool = False, ptr_name: str = "") -> None:
        self.txt = TXT_RECORDS if txt is None else txt  # {} for --no-txt
        self.servfail_all = servfail_all
        self.ptr_name = ptr_name
        self.mx = {d.name: d for d in DOMAINS if d.mx}
        self.hosts = host_addresses()
        # set 57: names that exist with no record (NOERROR, no answer) and MX hosts that must not exist (NXDOMAIN)
        self.known = (set(self.mx) | {d.mx for d in DOMAINS if d.mx and d.mx != "."} | EMPTY_NAMES) - NX_HOSTS

    def resolve(self, request: DNSRecord, handler: DNSHandler) -> DNSRecord:
        """Build the answer for one question."""
        reply = request.reply()
        reply.header.aa = 1
        qname = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        if qname in SERVFAIL or self.servfail_all:
            reply.header.rcode = RCODE.SERVFAIL
        elif self.ptr_name and qname == LOOPBACK_PTR and qtype in ("PTR", "ANY"):
            reply.add_answer(RR(f"{qname}.", QTYPE.PTR, rdata=PTR(f"{self.ptr_name}."), ttl=60))
        elif qname in self.mx and qtype in ("MX", "ANY"):
            dom = self.mx[qname]
            target = "." if dom.mx == "." else f"{dom.mx}."
            reply.add_answer(RR(f"{qname}.", QTYPE.MX, rdata=MX(target, dom.preference), ttl=60))
            for preference, host in EXTRA_MX.get(qname, []):  # set 57: a second MX (nothing listens there either)
                reply.add_answer(RR(f"{qname}.", QTYPE.MX, rdata=MX(f"{host}.", preference), ttl=60))
        elif qname in self.txt and qtype == "TXT":
            reply.add_answer(RR(f"{qname}.", QTYPE.TXT, rdata=TXT(self.txt[qname]), ttl=60))
        elif qname in self.hosts and qtype in ("A", "ANY"):
            reply.add_answer(RR(f"{qname}.", QTYPE.A, rdata=A(self.hosts[qname]), ttl=60))
        elif qname not in self.known:
            reply.header.rcode = RCODE.NXDOMAIN
        # else: the name exists but has no record of this type (NOERROR, empty answer)
        return reply


def main() -> None:
    """Serve until SIGTERM."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--address", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=53)
    ap.add_argument("--no-txt", action="store_true", help="answer no TXT record (set 32's second server)")
    ap.add_argument("--servfail-all", action="store_true", help="answer SERVFAIL to every question (set 34)")
    ap.add_argument("--ptr-name", default="", help="answer the PTR question of 127.0.0.1 with this name (set 34)")
    args = ap.parse_args()
    if not args.address.startswith("127."):
        sys.exit("fake_dns: loopback addresses only")
    resolver = TestResolver({} if args.no_txt else None, servfail_all=args.servfail_all, ptr_name=args.ptr_name)
    servers = [
        DNSServer(resolver, port=args.port, address=args.address, tcp=tcp, logger=_QuietLogger())
        for tcp in (False, True)
    ]
    for s in servers:
        s.start_thread()
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    done.wait()
    for s in servers:
        s.stop()


class _QuietLogger:
    """dnslib logs every packet by default; keep one line per query (name and type only)."""

    def log_recv(self, handler: object, data: bytes) -> None: ...
    def log_send(self, handler: object, data: bytes) -> None: ...
    def log_request(self, handler: object, request: DNSRecord) -> None:
        print(f"q {request.q.qname} {QTYPE[request.q.qtype]}", flush=True)

    def log_reply(self, handler: object, reply: DNSRecord) -> None: ...
    def log_truncated(self, handler: object, reply: DNSRecord) -> None: ...
    def log_error(self, handler: object, e: Exception) -> None:
        print(f"error {e}", flush=True)

    def log_data(self, dnsobj: DNSRecord) -> None: ...


if __name__ == "__main__":
    main()
