"""The bounce matrix: every test message, who it goes to and with which DSN options.

Each case names recipients on the fake Internet of topology.py (or on the MTA's own domain,
written {local}) and is sent once through each MTA it applies to. The case id travels in the
X-Case-Id header, the Message-ID and the DSN ENVID, so every bounce can be traced back to it.
"""

from __future__ import annotations

import base64
import importlib
import sys
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import HELDOUT, HELDOUT_SIZE_LIMIT, SETS, Heldout, module_name, table

ALL = ("postfix", "exim", "opensmtpd", "sendmail")


@dataclass(frozen=True)
class MTA:
    """One MTA under test: its mail domain, its SMTP port and where alice's mail lands."""

    name: str
    domain: str
    port: int
    mailbox: str  # a Maildir folder, or an mbox file (sendmail)


MTAS: dict[str, MTA] = {
    "postfix": MTA("postfix", "mta-pf.example", 25, "/home/alice/Maildir"),
    "exim": MTA("exim", "mta-ex.example", 2526, "/home/alice/Maildir-exim"),
    "opensmtpd": MTA("opensmtpd", "mta-os.example", 2527, "/home/alice/Maildir-smtpd"),
    "sendmail": MTA("sendmail", "mta-sm.example", 2528, "/var/mail/alice-sm.mbox"),
}


@dataclass(frozen=True)
class Case:
    """One test message. notify=None sends no NOTIFY (the MTA's default: failures and delays)."""

    id: str
    rcpts: tuple[str, ...]
    notify: str | None = "FAILURE"
    ret: str | None = "HDRS"
    japanese: bool = False
    pad: int = 0  # bytes of filler text, to exceed a small SIZE limit
    mtas: tuple[str, ...] = ALL
    by_command: tuple[str, ...] = ()  # MTAs to which it is handed by their sendmail command
    extra: str = ""  # a line added to the body (set 21: the GTUBE string a content filter reacts to)
    attach: str = ""  # the file name of a small attachment (set 21: a program file a content filter bans)
    header: str = ""  # a header line added to the kit's (set 23: a second Subject: a header check refuses)
    ctype: str = ""  # the Content-Type of the text where it is not text/plain (set 36: an HTML cover letter)
    to: str = ""  # the To: header where it is not the recipients (set 36: a Bcc copy, not_blind)


CASES: list[Case] = [
    # refused by the remote server at RCPT TO
    Case("rcpt-550-511-userunknown", ("unknown-user@rcpt.example",)),
    Case("rcpt-550-multiline-userunknown", ("nosuch-multi@rcpt.example",), ret="FULL", japanese=True),
    Case("rcpt-552-522-mailboxfull", ("full@rcpt.example",)),
    Case("rcpt-452-422-mailboxfull-expired", ("full-temp@rcpt.example",), notify=None),
    Case("rcpt-550-521-disabled", ("disabled@rcpt.example",)),
    Case("rcpt-551-516-hasmoved", ("moved@rcpt.example",), ret=None),
    Case("rcpt-550-spf-authfailure", ("spf-fail@rcpt.example",)),
    Case("rcpt-550-ptr-requireptr", ("ptr-missing@rcpt.example",)),
    Case("rcpt-450-ratelimit-expired", ("ratelimit@rcpt.example",), notify="DELAY,FAILURE"),
    Case("rcpt-554-relay-denied", ("user@relay.example",)),
    # refused at the end of the message data
    Case("data-550-dmarc-authfailure", ("data-dmarc@rcpt.example",), ret="FULL"),
    Case("data-554-spam", ("data-spam@rcpt.example",)),
    Case("data-550-domain-filter", ("data-filter@keitai.example.jp",), ret="FULL", japanese=True),
    Case("data-554-virus", ("data-virus@rcpt.example",)),
    Case("data-552-534-mesgtoobig", ("data-toobig@rcpt.example",)),
    Case("size-advertised-mesgtoobig", ("user@size.example",), pad=3000),
    Case("data-cmd-503-pipelining", ("user@datacmd.example",)),
    Case("data-lost-connection-expired", ("user@dropdata.example",), notify=None),
    # refused before any recipient: greeting, EHLO, MAIL FROM, STARTTLS
    Case("greeting-554-blocked", ("user@greet554.example",)),
    Case("greeting-421-expired", ("user@greet421.example",), notify=None),
    Case("greeting-421-toomanyconn-expired", ("user@busy.example",), notify="DELAY,FAILURE"),
    Case("ehlo-550-rejected", ("user@helorej.example",)),
    Case("mailfrom-550-sender-rejected", ("user@senderrej.example",)),
    Case("mailfrom-530-auth-required", ("user@authreq.example",)),
    Case("starttls-454-expired", ("user@tls.example",), notify=None),
    # DNS and connection failures
    Case("dns-nxdomain-hostunknown", ("user@nxdomain.example",)),
    Case("dns-nullmx-notaccept", ("user@nullmx.example",)),
    Case("dns-mx-without-address", ("user@noaddr.example",)),
    Case("dns-servfail-expired", ("user@servfail.example",), notify=None),
    Case("conn-refused-expired", ("user@refused.example",), notify=None),
    Case("conn-timeout-expired", ("user@silent.example",), notify=None),
    # mail loop via an MX that points back at the sending MTA (only Postfix listens on port 25)
    Case("mx-loop", ("user@loop.example",), mtas=("postfix", "exim")),
    # several recipients, several reasons, one bounce
    Case(
        "multi-recipient",
        ("unknown-m1@rcpt.example", "full-m2@rcpt.example", "user@nxdomain.example"),
        japanese=True,
    ),
    # success notices
    Case("success-relayed", ("ok@rcpt.example",), notify="SUCCESS"),
    Case("local-success-delivered", ("bob@{local}",), notify="SUCCESS,FAILURE", ret="HDRS"),
    # local delivery on the sending MTA itself
    Case(
        "local-unknown-user",
        ("nosuchuser@{local}",),
        mtas=("postfix", "exim", "sendmail"),
        by_command=("postfix", "sendmail"),
    ),
    Case("local-pipe-exit67", ("pipe-nouser@{local}",)),
    Case("local-pipe-exit75-expired", ("pipe-tempfail@{local}",), notify=None),
    # a mailbox file a few hundred bytes under the MTA's size limit (Sendmail and OpenSMTPD
    # have no such limit for file deliveries)
    Case("local-mailbox-full", ("small-full@{local}",), mtas=("postfix", "exim")),
    # OpenSMTPD refuses an alias loop at RCPT TO already (524 5.2.4), so it makes no bounce
    Case("local-alias-loop", ("loopa@{local}",), mtas=("postfix", "exim", "sendmail")),
]

# The held-out sets (heldout.py to heldout23.py): one recipient per documented reply; a temporary reply
# asks for delay notices too (no NOTIFY), a refusal by SIZE= sends a message larger than the limit (set 22: a case's
# own pad).
def heldout_cases(table: list[Heldout]) -> list[Case]:
    """One case per documented reply of a held-out table."""
    return [
        Case(
            h.id,
            (f"user@{h.domain}",),
            notify=None if h.temporary else "FAILURE",
            pad=getattr(h, "pad", 0) or (HELDOUT_SIZE_LIMIT + 1000 if h.stage == "MAIL-SIZE" else 0),
            extra=getattr(h, "body", ""),
            attach=getattr(h, "attach", ""),
            header=getattr(h, "header", ""),
            ctype=getattr(h, "ctype", ""),
            to=getattr(h, "to", ""),
        )
        for h in table
    ]


HELDOUT_CASES = heldout_cases(HELDOUT)
CASE_SETS: dict[str, list[Case]] = {
    "tuned": CASES,
    "heldout": HELDOUT_CASES,
    **{module_name(n): heldout_cases(table(n)) for n in SETS if n > 1},
    # TUNED, not held out: catalogue replies relayed by the four MTAs (catalogue43.py, fixtures real-mta-catalogue)
    "catalogue43": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43),
    # its second batch (session 43, helper X2-43), filed in the same folder
    "catalogue43b": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43B),
    # and its third (session 44, helper X44)
    "catalogue43c": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43C),
    # and its fourth (session 45, helper X45)
    "catalogue43d": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43D),
    # and its fifth (session 47, helper X47)
    "catalogue43e": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43E),
    # and its sixth (session 48, helper X48)
    "catalogue43f": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43F),
    # and its seventh (session 49, helper X49)
    "catalogue43g": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43G),
    # and its eighth (session 50, helper X50)
    "catalogue43h": heldout_cases(importlib.import_module("catalogue43").CATALOGUE43H),
}

JA_SUBJECT = "配送テスト：返送メールの確認"
JA_NAME = "テスト送信者"
JA_BODY = "これは返送メール（バウンス）の試験用メッセージです。\n返送されたら、その理由を解析します。\n"


def _iso2022jp_word(text: str) -> str:
    """An RFC 2047 encoded-word in ISO-2022-JP, the classic Japanese mail header encoding."""
    return "=?ISO-2022-JP?B?" + base64.b64encode(text.encode("iso-2022-jp")).decode() + "?="


def build_message(case: Case, mta: MTA, stamp: str) -> bytes:
    """The original message of one case, CRLF line ends, kept small."""
    sender = f"alice@{mta.domain}"
    rcpts = [r.replace("{local}", mta.domain) for r in case.rcpts]
    if case.japanese:
        from_h = f"{_iso2022jp_word(JA_NAME)} <{sender}>"
        subject = _iso2022jp_word(JA_SUBJECT)
        ctype = "text/plain; charset=ISO-2022-JP"
        body = JA_BODY.encode("iso-2022-jp")
    else:
        from_h = f"Alice Example <{sender}>"
        subject = f"[{case.id}] bounce test"
        ctype = case.ctype or "text/plain; charset=us-ascii"
        body = b"This is a test message for the whybounce real-MTA bounce fixtures.\n"
    body += f"Case: {mta.name}/{case.id}\n".encode()
    if case.extra:
        body += f"{case.extra}\n".encode()
    n = 0
    while len(body) < case.pad:
        n += 1
        body += f"Filler line {n:03d} to make the message larger than the server's SIZE.\n".encode()
    headers = [
        f"From: {from_h}",
        "To: " + (case.to or ", ".join(rcpts)),
        f"Subject: {subject}",
        f"Date: {formatdate(localtime=True)}",
        f"Message-ID: <{case.id}.{mta.name}.{stamp}@{mta.domain}>",
        f"X-Case-Id: {mta.name}/{case.id}",
        "MIME-Version: 1.0",
        f"Content-Type: {ctype}",
        "Content-Transfer-Encoding: 7bit",
    ]
    if case.header:
        headers.insert(3, case.header)
    if case.attach:  # multipart/mixed: the text, then the attachment (a few bytes of a DOS program header)
        boundary = f"=_{case.id}.{stamp}"
        headers[-2:] = [f'Content-Type: multipart/mixed; boundary="{boundary}"']
        part = base64.b64encode(b"MZ" + bytes(62)).decode()
        body = (f"--{boundary}\nContent-Type: {ctype}\nContent-Transfer-Encoding: 7bit\n\n".encode() + body
                + f"\n--{boundary}\nContent-Type: application/octet-stream; name=\"{case.attach}\"\n"
                  f"Content-Disposition: attachment; filename=\"{case.attach}\"\n"
                  f"Content-Transfer-Encoding: base64\n\n{part}\n--{boundary}--\n".encode())
    text = "\n".join(headers).encode() + b"\n\n" + body
    return text.replace(b"\n", b"\r\n")


def recipients(case: Case, mta: MTA) -> list[str]:
    """The case's envelope recipients on this MTA."""
    return [r.replace("{local}", mta.domain) for r in case.rcpts]


def envid(case: Case, mta: MTA) -> str:
    """The DSN ENVID of a case (xtext-safe: letters, digits, dots and dashes)."""
    return f"{mta.name}.{case.id}"
