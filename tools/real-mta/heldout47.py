"""The forty-seventh held-out set: bounces WRAPPED by two sending MTAs the kit had never run, DragonFly Mail Agent
(dma 0.13) and nullmailer 2.2, from Debian 12's packages (see tests/fixtures/real-mta-heldout47/README.md).

Every earlier real-MTA set was wrapped by the same four MTAs (Postfix, Exim, OpenSMTPD, Sendmail); whybounce's
readers of other MTAs' bounces were built from Sisimai's sample mails, never from the software. The novelty of this
set is the wrapping, not the words: the replies are the tuned catalogue's (tests/fixtures/documented-replies, the
id in ``catalogue``) or the kit's own tuned cases, labelled as the catalogue labels them. Two cases have no reply:
what only a sending MTA can report (a recipient domain that does not exist, a mail host that refuses the TCP
connection). The set is blind: labelled before anything read the files, never to be tuned on.

Set 46 uses 127.0.38.x, so these servers listen from 127.0.39.1 (to 127.0.39.63 at most; the catcher of
nullmailer's own bounces, catcher47.py started by heldout47_run.py, on 127.0.39.60) and the domains end in
heldout47.example.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses

SUFFIX = "heldout47.example"
_GMAIL = "Gmail SMTP errors and codes (Google Workspace Admin Help), https://support.google.com/a/answer/3726730"


def _c(id: str, stage: str, reply: tuple[str, ...], source: str, catalogue: str | None) -> Heldout:
    return Heldout(id, stage, reply, source, catalogue, SUFFIX)


HELDOUT47: list[Heldout] = [
    # --- the greeting
    _c("conn-554-comcast-dnsbl", "CONN", (
        "554 imta07.westchester.pa.mail.comcast.net comcast {client_ip} found on one or more DNSBLs, see"
        " http://help.comcast.net/content/faq/BL000001",
    ), "the catalogue's comcast.yaml (192.0.2.10 filled by the client address)",
       "comcast-554-found-on-dnsbls-bl000001"),
    _c("conn-421-470-gmail-whitelist", "CONN", ("421 4.7.0 IP not in whitelist for RCPT domain, closing connection.",),
       _GMAIL, "gmail-421-4-7-0-ip-not-in-whitelist-for-rcpt-domain"),
    # --- EHLO (and the HELO fallback)
    _c("ehlo-501-exim-invalid-argument", "EHLO", ("501 Syntactically invalid EHLO argument(s)",),
       "Exim 4.96 source, src/smtp_in.c (the catalogue's exim.yaml)", "exim-501-syntactically-invalid-ehlo-arguments"),
    # --- MAIL FROM
    _c("mail-553-518-sendmail-sender-domain", "MAIL", (
        "553 5.1.8 <{sender}>... Domain of sender address {sender} does not exist",
    ), "Sendmail 8.17.1.9 source, cf/m4/proto.m4 check_mail (the catalogue's sendmail.yaml)",
       "sendmail-553-5-1-8-domain-of-sender-does-not-exist"),
    _c("mail-550-545-gmail-daily-quota", "MAIL", ("550 5.4.5 Daily sending quota exceeded.",), _GMAIL,
       "gmail-550-5-4-5-daily-sending-quota-exceeded"),
    # --- RCPT TO
    _c("rcpt-550-511-gmail-multiline", "RCPT", (
        "550-5.1.1 The email account that you tried to reach does not exist.",
        "550-5.1.1 Please check the recipient's address for typing errors and",
        "550 5.1.1 try again. mx1.rcpt.example",
    ), "the kit's tuned case fake_smtp.RCPT_RULES 'nosuch-multi' (Gmail's wording, " + _GMAIL + ")",
       "gmail-550-5-1-1-account-does-not-exist"),
    _c("rcpt-550-511-sendmail-user-unknown", "RCPT", ("550 5.1.1 <{rcpt}>... User unknown",),
       "Sendmail 8.17.1.9 source, sendmail/recipient.c (the catalogue's sendmail.yaml)",
       "sendmail-550-5-1-1-user-unknown"),
    _c("rcpt-552-522-gmail-over-quota", "RCPT", ("552 5.2.2 The email account that you tried to reach is over quota.",),
       _GMAIL, "gmail-552-5-2-2-over-quota"),
    _c("rcpt-550-521-gmail-disabled", "RCPT", ("550 5.2.1 The email account that you tried to reach is disabled.",),
       _GMAIL, "gmail-550-5-2-1-account-disabled"),
    _c("rcpt-452-422-gmail-over-quota", "RCPT", (
        "452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to this"
        " article.",
    ), _GMAIL, "gmail-452-4-2-2-over-quota"),
    # --- the end of the message data
    _c("data-550-571-gmail-unsolicited", "DATA", (
        "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce",
        "550 5.7.1 the amount of spam sent to Gmail, this message has been blocked.",
    ), _GMAIL + " (wrapped as Gmail wraps its replies)", "gmail-550-5-7-1-likely-unsolicited-mail"),
    _c("data-550-5726-gmail-dmarc", "DATA", (
        "550-5.7.26 Unauthenticated email from {sender_domain} is not accepted due to",
        "550-5.7.26 domain's DMARC policy. Please visit",
        "550-5.7.26 https://support.google.com/mail/answer/81126#authentication for",
        "550 5.7.26 more information.",
    ), "Unauthenticated email rejected (DMARCtrust troubleshooting),"
       " https://www.dmarctrust.com/troubleshooting/unauthenticated-email-rejected (the catalogue's gmail.yaml)",
       "gmail-550-5-7-26-unauthenticated-dmarc-policy"),
    _c("data-550-exim-malware", "DATA", ("550 This message was detected as possible malware (Eicar-Signature).",),
       "Debian exim4-config 4.96, conf.d/acl/40_exim4-config_check_data (the catalogue's exim.yaml)",
       "exim-debian-550-detected-as-possible-malware"),
    _c("data-552-523-gmail-size", "DATA", ("552 5.2.3 Your message exceeded Google's message size limits.",), _GMAIL,
       "gmail-552-5-2-3-exceeded-message-size-limits"),
    # --- what only a sending MTA reports: no reply (the fake server does not listen on these addresses)
    _c("host-nx-domain", "CONN", (),
       "RFC 5321 section 5.1 (no MX and no address record: the domain does not exist); the recipient is at"
       " nx.host-nx-domain.heldout47.example, a name the fake DNS answers NXDOMAIN", None),
    _c("host-refused", "CONN", (),
       "RFC 5321 section 5.1 and 4.5.4.1 (the mail host cannot be reached: a TCP connection refused, retried);"
       " nothing listens on its address", None),
]

FIRST_IP = "127.0.39.1"
CATCHER_IP = "127.0.39.60"  # catcher47.py, where nullmailer sends its own bounces


def recipient(h: Heldout) -> str:
    """The case's recipient: at the case's domain, or under it where the domain must not exist (the fake DNS answers
    NXDOMAIN for nx.<domain>); heldout47_run.py and heldout48_run.py send to it, label47.py labels it (set 48 too)."""
    return f"user@nx.{h.domain}" if h.id == "host-nx-domain" else f"user@{h.domain}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.39.1 and up)."""
    return addresses(FIRST_IP, HELDOUT47)
