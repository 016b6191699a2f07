#!/usr/bin/env python3
"""Fake remote SMTP servers on 127.0.0.2-15 port 25, each with a scripted way of failing, and the
held-out servers from 127.0.0.16 (heldout.py), 127.0.0.64 (heldout2.py), 127.0.0.96 (heldout3.py),
127.0.0.130 (heldout4.py), 127.0.0.161 (heldout5.py), 127.0.0.200 (heldout6.py), 127.0.0.240 (heldout7.py),
127.0.1.2 (heldout8.py), 127.0.1.64 (heldout9.py), 127.0.1.128 (heldout10.py), 127.0.1.192 (heldout11.py),
127.0.2.2 (heldout12.py), 127.0.2.64 (heldout13.py), 127.0.2.84 (heldout14.py), 127.0.2.102 (heldout15.py),
127.0.2.130 (heldout16.py), 127.0.26.1 (heldout39.py), 127.0.27.1 (heldout40.py), 127.0.29.1 (heldout41.py),
127.0.30.1 (heldout42.py), 127.0.32.1 (heldout43.py), 127.0.34.1 (heldout44.py), 127.0.36.1 (heldout45.py),
127.0.38.1 (heldout46.py), 127.0.39.1 (heldout47.py: known replies, for dma and nullmailer) and 127.0.40.1
(heldout48.py: the same, for Haraka's outbound and Courier), 127.0.41.1 (heldout49.py: ten of them, for chasquid),
127.0.42.1 (heldout50.py: eleven of them, for fetchmail's forwarding), 127.0.43.1 (heldout51.py: thirteen of them,
for a Postfix and an Exim whose bounce text is an administrator's template), 127.0.43.101 (heldout52.py: ten of
them, for the other documented options on Postfix's, Exim's and Sendmail's reports), 127.0.44.1 (heldout54.py:
eight of them, for internationalised mail and headers-only returns; these advertise SMTPUTF8), 127.0.44.61
(heldout55.py: twelve of them, for mail forwarded by an alias or relayed by a smarthost), 127.0.44.121
(heldout56.py: fourteen of them, for one message to several recipients), 127.0.44.201 (heldout57.py: no reply at
all, failures the sending MTA finds itself: silence, a connection dropped at the greeting, at RCPT TO or after the data,
no STARTTLS or a broken one where the sender requires TLS),
each giving one documented reply at one stage; and set 56's MIXED server (127.0.44.170, topology.MIXED_SERVERS),
where the recipient's local part names the set 56 case whose reply it gets, at RCPT TO or at the end of the data.
(Sets 17 to 37, heldout17.py to
heldout37.py, have a real receiving Postfix on 127.0.2.160 up, a real receiving Exim on 127.0.2.190 up, real
receiving Sendmail daemons on 127.0.2.220 up, a real receiving OpenSMTPD on 127.0.2.240 up, a real receiving
Postfix with real filters on 127.0.3.1 up, a real receiving Postfix delivering to Dovecot on 127.0.4.1 up, real
receiving Haraka instances on 127.0.5.1 up, a real receiving Courier on 127.0.8.1 up, real receiving qpsmtpd
instances on 127.0.9.1 up, a real receiving Postfix asking real rspamd instances on 127.0.10.1 up, a real
receiving Postfix with postscreen on 127.0.11.1 up, a real receiving Postfix verifying addresses on 127.0.12.1 up
(a second Postfix on 127.0.12.63), a real receiving Postfix with a real Dovecot on 127.0.13.1 up (Dovecot's
submission server on one of them), a real receiving Postfix asking real policy daemons on 127.0.14.1 up, a real
receiving Exim verifying by callouts on 127.0.15.1 up (a second Exim on 127.0.15.62 and .63), real receiving
chasquid instances on 127.0.16.1 up (a second fake DNS server on 127.0.16.53), a real receiving Postfix
delivering to a real Cyrus IMAP on 127.0.17.1 up (Cyrus's imapd on 127.0.17.60), real receiving Sendmail daemons
on 127.0.18.1 up (two more fake DNS servers on 127.0.18.53 and .54), a real receiving OpenSMTPD with its rspamd and
senderscore filters on 127.0.19.1 up (its rspamd instances on 127.0.19.59 and .60, redis on .61), a real receiving
Exim with content scanning on 127.0.20.1 up (its spamd on 127.0.20.60, its clamd on .61) and a real receiving Postfix
asking milters on 127.0.21.1 up (its milters on 127.0.21.60), all started by
run.py: nothing of them is served here.)

The address a connection arrives on chooses the behaviour (topology.BEHAVIOURS): refusing in
the greeting, at EHLO, MAIL FROM, DATA or STARTTLS, a small SIZE, silence, a dropped
connection. On the "normal" address the recipient's local part chooses the RCPT reply
(RCPT_RULES), and recipients named data-* are accepted at RCPT and refused at the end of the
message data (DATA_RULES). Messages that get through are discarded. The log names commands and
reply codes only, never message content.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import HELDOUT_SIZE_LIMIT, Heldout
from topology import BEHAVIOURS, HELDOUT_SERVERS, MIXED_SERVERS, SMALL_SIZE_LIMIT, fake_server_ips

# Local-part prefix -> reply to RCPT TO (first match wins; {rcpt} is the address).
RCPT_RULES: list[tuple[str, list[str]]] = [
    (
        "nosuch-multi",
        [
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "550-5.1.1 Please check the recipient's address for typing errors and",
            "550 5.1.1 try again. mx1.rcpt.example",
        ],
    ),
    ("unknown", ["550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"]),
    ("full-temp", ["452 4.2.2 <{rcpt}>: Mailbox is over quota, try again later"]),
    ("full", ["552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full"]),
    ("disabled", ["550 5.2.1 <{rcpt}>: The email account that you tried to reach is disabled"]),
    ("moved", ["551 5.1.6 <{rcpt}>: User has moved; please try <new-address@rcpt.example>"]),
    (
        "spf-fail",
        [
            "550 5.7.23 <{rcpt}>: Recipient address rejected: Message rejected due to SPF policy:"
            " 127.0.0.1 is not permitted to send mail for {sender_domain}",
        ],
    ),
    ("ptr-missing", ["550 5.7.25 Client host rejected: cannot find your reverse hostname, [127.0.0.1]"]),
    (
        "ratelimit",
        [
            "450 4.7.1 <{rcpt}>: Recipient address rejected: Too many messages from your host, please try again slower",
        ],
    ),
]
# Local-part prefix -> reply at the end of the message data.
DATA_RULES: list[tuple[str, list[str]]] = [
    ("data-spam", ["554 5.7.1 Rejected: this message was classified as SPAM by content filtering (score 14.2)"]),
    (
        "data-dmarc",
        [
            "550-5.7.26 Unauthenticated email from {sender_domain} is not accepted due to",
            "550-5.7.26 the domain's DMARC policy. Please contact the administrator of",
            "550 5.7.26 {sender_domain} if this was a legitimate mail.",
        ],
    ),
    ("data-filter", ["550 5.7.1 <{rcpt}>: Message rejected by the recipient's domain-specified reception filter"]),
    ("data-toobig", ["552 5.3.4 Message size exceeds fixed maximum message size"]),
    ("data-virus", ["554 5.7.0 Message rejected: virus found (Eicar-Test-Signature)"]),
]
GREETINGS = {
    "greet421": ["421 4.3.2 mx.greet421.example Service not available, closing transmission channel"],
    "greet554": [
        "554-5.7.1 mx.greet554.example ESMTP not accepting messages from 127.0.0.1:",
        "554 5.7.1 your address is listed at bl.blocklist.example",
    ],
    "greet421-toomany": ["421 4.7.0 mx.busy.example Error: too many connections from 127.0.0.1"],
}
# The held-out servers (heldout.py to heldout16.py): fake server address -> the documented reply it gives.
SCRIPTED: dict[str, Heldout] = HELDOUT_SERVERS
ADDR_RE = re.compile(r"<([^>]*)>")
LOG = logging.getLogger("fake_smtp")
# The held-out servers that advertise SMTPUTF8 (RFC 6531 section 3.1), by their domains' parent: set 54 sends
# internationalised mail, which Postfix and Exim refuse to relay to a server that does not (Postfix's 5.6.7)
SMTPUTF8_SUFFIXES = ("heldout54.example",)


@dataclass
class Session:
    """State of one SMTP conversation."""

    behaviour: str
    host: str
    client_ip: str = ""
    local_ip: str = ""
    script: Heldout | None = None
    helo: str = ""
    sender: str = ""
    rcpts: list[str] = field(default_factory=list)


def fill(lines: list[str], s: Session, rcpt: str = "") -> bytes:
    """Render a (possibly multi-line) reply with the session's addresses substituted."""
    dom = s.sender.rpartition("@")[2] or "unknown.example"
    text = "".join(f"{ln}\r\n" for ln in lines)
    for key, value in (("{rcpt}", rcpt), ("{rcpt_domain}", rcpt.rpartition("@")[2]), ("{sender_domain}", dom),
                       ("{sender}", s.sender),
                       ("{helo}", s.helo), ("{client_ip}", s.client_ip)):
        text = text.replace(key, value)
    return text.encode()


def rule_for(rules: list[tuple[str, list[str]]], address: str) -> list[str] | None:
    """The reply of the first rule whose prefix starts the address's local part."""
    local = address.partition("@")[0].lower()
    for prefix, reply in rules:
        if local.startswith(prefix):
            return reply
    return None


def ehlo_reply(s: Session) -> list[str]:
    """EHLO keywords; the behaviour decides SIZE and STARTTLS."""
    size = SMALL_SIZE_LIMIT if s.behaviour == "small-size" else 10240000
    # a held-out server that refuses by the SIZE= of MAIL FROM advertises SIZE without a limit
    scripted_size = s.script is not None and s.script.stage == "MAIL-SIZE"
    kw = ["PIPELINING", "SIZE" if scripted_size else f"SIZE {size}", "ENHANCEDSTATUSCODES", "8BITMIME"]
    if s.behaviour in ("starttls-454", "starttls-broken"):
        kw.append("STARTTLS")
    if s.script is not None and s.script.suffix.endswith(SMTPUTF8_SUFFIXES):
        kw.append("SMTPUTF8")
    lines = [f"250-{s.host}"] + [f"250-{k}" for k in kw[:-1]] + [f"250 {kw[-1]}"]
    return lines


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Serve one connection according to the behaviour of the address it arrived on."""
    local_ip = writer.get_extra_info("sockname")[0]
    s = Session(BEHAVIOURS.get(local_ip, "normal"), f"mx.fake-{local_ip.replace('.', '-')}.example",
                client_ip=writer.get_extra_info("peername")[0], local_ip=local_ip, script=SCRIPTED.get(local_ip))
    log = [f"{local_ip} {s.behaviour}"]
    try:
        if s.behaviour == "silent":
            await asyncio.sleep(600)
            return
        if s.behaviour == "drop-on-connect":  # set 57: the connection closed before any greeting
            log.append("dropped")
            return
        if s.script is not None and s.script.stage == "CONN":
            writer.write(fill(list(s.script.reply), s))
            log.append("greet:" + s.script.reply[0][:3])
            await writer.drain()
            if s.script.reply[0].startswith("4"):
                return
        elif s.behaviour in GREETINGS:
            writer.write(fill(GREETINGS[s.behaviour], s))
            log.append("greet:" + GREETINGS[s.behaviour][0][:3])
            await writer.drain()
            if s.behaviour.startswith("greet421"):
                return
        else:
            writer.write(f"220 {s.host} ESMTP fake\r\n".encode())
            await writer.drain()
        while True:
            raw = await asyncio.wait_for(reader.readline(), timeout=120)
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            reply = await command(verb, line, s, reader, writer)
            log.append(f"{verb}:{reply[:3].decode() if reply else '-'}")
            if reply is None:  # drop the connection without a reply
                return
            writer.write(reply)
            await writer.drain()
            if verb == "QUIT":
                return
    except (TimeoutError, ConnectionError):
        log.append("closed")
    finally:
        LOG.info(" ".join(log))
        writer.close()


async def command(
    verb: str, line: str, s: Session, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> bytes | None:
    """The reply to one command (None: hang up without answering): a held-out server's script first, then the
    behaviour of the address the client called."""
    b = s.behaviour
    if s.script is not None:
        scripted = scripted_reply(verb, line, s)
        if scripted is not None:
            return scripted
    if verb in ("EHLO", "HELO"):
        s.helo = line.partition(" ")[2].strip()
        if b == "ehlo-reject":
            return fill(["550 5.7.1 <{helo}>: Helo command rejected: Host not found"], s)
        if b == "greet554":
            return fill(["554 5.7.1 Error: access denied"], s)
        return fill(ehlo_reply(s) if verb == "EHLO" else [f"250 {s.host}"], s)
    if verb == "STARTTLS":
        if b == "starttls-454":
            return b"454 4.7.0 TLS not available due to local problem\r\n"
        if b == "starttls-broken":  # set 57: STARTTLS accepted, then the connection closed instead of a handshake
            writer.write(b"220 2.0.0 Ready to start TLS\r\n")
            await writer.drain()
            return None
        return b"502 5.5.1 Error: command not implemented\r\n"
    if verb == "MAIL":
        return mail_reply(line, s)
    if verb == "RCPT":
        return None if b == "drop-after-rcpt" else rcpt_reply(line, s)  # set 57: hang up at RCPT TO
    if verb == "DATA":
        return await data_reply(s, reader, writer)
    if verb == "RSET":
        s.sender, s.rcpts = "", []
        return b"250 2.0.0 Ok\r\n"
    if verb == "NOOP":
        return b"250 2.0.0 Ok\r\n"
    if verb == "VRFY":
        return b"252 2.0.0 Cannot VRFY user\r\n"
    if verb == "QUIT":
        return b"221 2.0.0 Bye\r\n"
    return b"502 5.5.2 Error: command not recognized\r\n"


def mail_reply(line: str, s: Session) -> bytes:
    """MAIL FROM: the sender noted, a new transaction begun; refused where the address's behaviour says so."""
    b = s.behaviour
    m = ADDR_RE.search(line)
    s.sender = m.group(1) if m else ""
    s.rcpts = []
    if b == "greet554":
        return b"503 5.5.1 Error: access denied\r\n"
    if b == "mailfrom-reject":
        return fill(["550 5.1.8 <{rcpt}>: Sender address rejected: Domain not found"], s, s.sender)
    if b == "auth-required":
        return b"530 5.7.0 Authentication required\r\n"
    size = re.search(r"SIZE=(\d+)", line, re.I)
    if b == "small-size" and size and int(size.group(1)) > SMALL_SIZE_LIMIT:
        return b"552 5.3.4 Message size exceeds fixed limit\r\n"
    return b"250 2.1.0 Ok\r\n"


def rcpt_reply(line: str, s: Session) -> bytes:
    """RCPT TO: the recipient's local part chooses the reply (RCPT_RULES); an accepted one is kept for DATA."""
    m = ADDR_RE.search(line)
    rcpt = m.group(1) if m else ""
    if s.behaviour == "relay-denied":
        return fill(["554 5.7.1 <{rcpt}>: Relay access denied"], s, rcpt)
    if s.behaviour == "mixed":  # set 56: the local part names the case; a DATA case's recipient is accepted here
        case = MIXED_SERVERS[s.local_ip](rcpt.partition("@")[0])
        if case is not None and case.stage == "RCPT":
            return fill(list(case.reply), s, rcpt)
        s.rcpts.append(rcpt)
        return b"250 2.1.5 Ok\r\n"
    rule = rule_for(RCPT_RULES, rcpt)
    if rule:
        return fill(rule, s, rcpt)
    s.rcpts.append(rcpt)
    return b"250 2.1.5 Ok\r\n"


async def data_reply(s: Session, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bytes | None:
    """DATA: the 354, the message read to its lone dot, then the reply to the end of the data (a script's, else the
    DATA_RULES of the first accepted recipient that has one, else "queued"); None: hang up."""
    b = s.behaviour
    if b == "data-cmd-reject":
        return b"503 5.5.0 <DATA>: Data command rejected: Improper use of SMTP command pipelining\r\n"
    if not s.rcpts:
        return b"554 5.5.1 Error: no valid recipients\r\n"
    writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
    await writer.drain()
    nbytes = 0
    while True:
        raw = await asyncio.wait_for(reader.readline(), timeout=120)
        if not raw:
            return None
        if raw in (b".\r\n", b".\n"):
            break
        nbytes += len(raw)
    if b == "drop-after-data":
        return None
    if b == "small-size" and nbytes > SMALL_SIZE_LIMIT:
        return b"552 5.3.4 Message size exceeds fixed limit\r\n"
    if s.script is not None and s.script.stage == "DATA":
        return fill(list(s.script.reply), s, s.rcpts[0])
    if b == "mixed":  # set 56: one reply to the data for every accepted recipient (RFC 5321 section 3.3)
        for rcpt in s.rcpts:
            case = MIXED_SERVERS[s.local_ip](rcpt.partition("@")[0])
            if case is not None and case.stage == "DATA":
                return fill(list(case.reply), s, rcpt)
    for rcpt in s.rcpts:
        rule = rule_for(DATA_RULES, rcpt)
        if rule:
            return fill(rule, s, rcpt)
    return b"250 2.0.0 Ok: queued as FAKE\r\n"


def scripted_reply(verb: str, line: str, s: Session) -> bytes | None:
    """A held-out server's documented reply when this command is the stage it answers (the end of the
    data is answered in data_reply()); after a refusing greeting every command but QUIT is out of sequence
    (RFC 5321 section 3.1). None: the command gets the ordinary reply."""
    assert s.script is not None
    stage, reply = s.script.stage, list(s.script.reply)
    if stage == "CONN":
        return None if verb == "QUIT" else b"503 5.5.1 Error: bad sequence of commands\r\n"
    if stage == "EHLO" and verb in ("EHLO", "HELO"):
        s.helo = line.partition(" ")[2].strip()
        return fill(reply, s)
    if verb == "MAIL" and stage in ("MAIL", "MAIL-SIZE"):
        m = ADDR_RE.search(line)
        s.sender = m.group(1) if m else ""
        s.rcpts = []
        size = re.search(r"SIZE=(\d+)", line, re.I)
        if stage == "MAIL" or (size and int(size.group(1)) > HELDOUT_SIZE_LIMIT):
            return fill(reply, s)
        return None
    if stage == "RCPT" and verb == "RCPT":
        m = ADDR_RE.search(line)
        return fill(reply, s, m.group(1) if m else "")
    return None


async def serve(port: int) -> None:
    """Listen on every fake server address until SIGTERM."""
    servers = [await asyncio.start_server(handle, ip, port) for ip in fake_server_ips()]
    LOG.info("fake_smtp listening on %s port %d", ", ".join(fake_server_ips()), port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    for srv in servers:
        srv.close()


def main() -> None:
    """Parse arguments and serve."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, default=25)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    asyncio.run(serve(ap.parse_args().port))


if __name__ == "__main__":
    main()
