"""The held-out cases: server replies exactly as a provider, MTA or filter documents them.

Each case gives one documented reply to one SMTP stage on its own fake server address
(127.0.0.16 and up) and its own domain, and names the document the words come from. The fake
SMTP server (fake_smtp.py) answers with these words, the fake DNS server (via topology.py)
points the domain at the address, and cases.py sends one message per case through each MTA.
The bounces are filed under tests/fixtures/real-mta-heldout/, apart from the fixtures whybounce
was tuned on (tests/fixtures/real-mta/).

Placeholders filled by the server: {rcpt} the recipient, {rcpt_domain} its domain,
{client_ip} the connecting address (always on 127.0.0.0/8), {sender_domain} the envelope
sender's domain. Where the documentation shows a reply on one line that the provider sends on
several (Gmail wraps at about 70 columns with "550-5.7.26 " continuations), the lines are split
the way that provider sends them and the words are kept.
"""

from __future__ import annotations

import importlib
import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

# The SMTP stage a case answers: the greeting, EHLO (and the HELO fallback), MAIL FROM, MAIL FROM
# only when its SIZE= parameter exceeds HELDOUT_SIZE_LIMIT (SIZE is advertised without a number),
# RCPT TO, or the end of the message data.
STAGES = ("CONN", "EHLO", "MAIL", "MAIL-SIZE", "RCPT", "DATA")
HELDOUT_SIZE_LIMIT = 2048


@dataclass(frozen=True)
class Heldout:
    """One documented reply, the stage it answers and where its words come from."""

    id: str
    stage: str
    reply: tuple[str, ...]
    source: str  # title and URL (or source file) of the document the words come from
    catalogue: str | None = None  # the id in tests/fixtures/documented-replies, if it is there
    suffix: str = "heldout.example"  # the parent of the case's domain (heldout2.py: heldout2.example)

    @property
    def temporary(self) -> bool:
        """Whether the reply defers (a 4xx code): the sending MTA retries and sends delay notices. A case without a
        reply (set 47's missing domain and refused connection: what only the sending MTA reports) defers nothing."""
        return bool(self.reply) and self.reply[0].startswith("4")

    @property
    def domain(self) -> str:
        return f"{self.id}.{self.suffix}"


_GMAIL = "Gmail SMTP errors and codes (Google Workspace Admin Help), https://support.google.com/a/answer/3726730"
_M365 = ("Email non-delivery reports in Exchange Online (Microsoft Learn), https://learn.microsoft.com/exchange/"
         "mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online")
_RFC7372 = "RFC 7372 Email Authentication Status Codes, https://www.rfc-editor.org/rfc/rfc7372"

HELDOUT: list[Heldout] = [
    # --- the greeting
    Heldout("conn-554-proofpoint-blocked", "CONN", ("554 Blocked - see https://ipcheck.proofpoint.com/?ip={client_ip}",),
            "Proofpoint Postmaster, https://www.proofpoint.com/us/postmaster", "proofpoint-554-blocked-see-ipcheck"),
    Heldout("conn-554-gmx-blocklisted", "CONN", (
        "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available",
        "554-No SMTP service",
        "554-IP address is block listed.",
        "554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v={client_ip}&r=1MNcgj-1ue23t3pyV-00S2YR",
    ), "GMX Postmaster, Error messages, https://postmaster.gmx.com/en/error-messages",
        "gmx-554-nemesis-ip-address-is-block-listed"),
    Heldout("conn-421-orange-toomanyconn", "CONN",
            ("421 OFR004_104 Trop de connexions, veuillez verifier votre configuration"
             " / Too many connections, slow down",),
            "Orange SMTP error codes (Bento deliverability guide), https://bentonow.com/smtp-errors/orange",
            "orange-421-ofr004-104-too-many-connections"),
    Heldout("conn-421-yahoo-ts03", "CONN", (
        "421 4.7.1 [TS03] All messages from {client_ip} will be permanently deferred; Retrying will NOT succeed."
        " See https://help.yahoo.com/kb/postmaster/SLN3436.html",
    ), "Yahoo Help SLN3436, Receiving \"421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred\","
       " https://help.yahoo.com/kb/postmaster/SLN3436.html"),
    Heldout("conn-550-5725-reverse-dns", "CONN", ("550 5.7.25 Reverse DNS validation failed",),
            _RFC7372 + "#section-3.3", "rfc7372-550-5-7-25-reverse-dns-validation-failed"),
    # --- EHLO / HELO
    Heldout("ehlo-550-exim-administrative-prohibition", "EHLO", ("550 Administrative prohibition",),
            "Exim 4.96 source, src/smtp_in.c (the default text of an ACL deny), https://www.exim.org/",
            "exim-550-administrative-prohibition"),
    # --- MAIL FROM
    Heldout("mail-421-yahoo-tss04", "MAIL", (
        "421 4.7.0 [TSS04] Messages from {client_ip} temporarily deferred due to unexpected volume or user complaints"
        " - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes",
    ), "Exim Log Error: temporarily deferred due to unexpected volume or user complaints (cPanel support),"
       " https://support.cpanel.net/hc/en-us/articles/4403952239511",
        "yahoo-421-4-7-0-tss04-unexpected-volume-or-complaints"),
    Heldout("mail-550-outlook-s3150-blocklist", "MAIL", (
        "550 5.7.1 Unfortunately, messages from [{client_ip}] weren't sent. Please contact your Internet service"
        " provider since part of their network is on our block list (S3150). You can also refer your provider to"
        " [DB3EUR04FT007.eop-eur04.prod.protection.outlook.com]",
    ), "How to remove yourself from the Hotmail block list (Seven Creative),"
       " https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/",
        "outlookcom-550-5-7-1-s3150-block-list"),
    Heldout("mail-550-545-gmail-sending-quota", "MAIL", ("550 5.4.5 Daily user sending quota exceeded.",),
            "Gmail sending limits in Google Workspace, https://support.google.com/a/answer/166852",
            "gmail-550-5-4-5-daily-user-sending-quota-exceeded"),
    Heldout("mail-552-523-sendmail-size", "MAIL-SIZE", ("552 5.2.3 Message size exceeds maximum value",),
            "Sendmail 8.17.1.9 source, sendmail/srvrsmtp.c (MaxMessageSize check of MAIL FROM SIZE=)",
            "sendmail-552-5-2-3-message-size-exceeds-maximum-value"),
    Heldout("mail-550-57708-m365-traffic-not-accepted", "MAIL", (
        "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information"
        " please go to http://go.microsoft.com/fwlink/?LinkId=526653",
    ), _M365 + " (5.7.708: traffic not accepted from this IP); the full wording as the server sends it quoted at"
       " https://mxio.io/learn/errors/ip-blocked-o365-5-7-708"),
    # --- RCPT TO
    Heldout("rcpt-550-5110-m365-recipientnotfound", "RCPT",
            ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",),
            "Fix email delivery issues for error code 550 5.1.10 in Exchange Online (Microsoft Learn),"
            " https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/"
            "fix-error-code-550-5-1-10-in-exchange-online", "m365-550-5-1-10-recipientnotfound"),
    Heldout("rcpt-550-541-m365-access-denied", "RCPT", ("550 5.4.1 Recipient address rejected: Access denied",),
            "Fix email delivery issues for error code 550 5.4.1 in Exchange Online (Microsoft Learn),"
            " https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/"
            "fix-error-code-550-5-4-1-in-exchange-online", "m365-550-5-4-1-recipient-address-rejected-access-denied"),
    Heldout("rcpt-550-57606-m365-banned-ip", "RCPT", (
        "550 5.7.606 Access denied, banned sending IP [{client_ip}]. To request removal from this list please visit"
        " https://sender.office.com/ and follow the directions. For more information please go to"
        " http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)",
    ), _M365 + " (5.7.606-649: banned sending IP); the full wording as Exchange Online sends it in a public"
       " bounce, https://pastebin.com/EH1TUb0X"),
    Heldout("rcpt-450-420-postgrey-greylisted", "RCPT", (
        "450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/{rcpt_domain}.html",
    ), "postgrey 1.37, https://postgrey.schweikert.ch/", "postgrey-450-4-2-0-greylisted"),
    Heldout("rcpt-450-421-gmail-receiving-too-quickly", "RCPT", (
        "450-4.2.1 The user you are trying to contact is receiving mail too quickly.",
        "450-4.2.1 Please resend your message at a later time. If the user is able to",
        "450 4.2.1 receive mail at that time, your message will be delivered.",
    ), _GMAIL, "gmail-450-4-2-1-receiving-mail-too-quickly"),
    Heldout("rcpt-450-421-zimbra-mailbox-disabled", "RCPT", ("450 4.2.1 Mailbox disabled, not accepting messages",),
            "Zimbra zm-mailbox source, https://github.com/Zimbra/zm-mailbox", "zimbra-lmtp-450-4-2-1-mailbox-disabled"),
    Heldout("rcpt-550-521-sendmail-mailbox-disabled", "RCPT",
            ("550 5.2.1 <{rcpt}>... Mailbox disabled for this recipient",),
            "Sendmail 8.17.1.9 source, cf/m4/proto.m4 (confRCPTREJ_MSG)",
            "sendmail-550-5-2-1-mailbox-disabled-for-this-recipient"),
    Heldout("rcpt-550-exim-spamhaus-blacklist", "RCPT", (
        "550-rejected because {client_ip} is in a black list at zen.spamhaus.org",
        "550 https://www.spamhaus.org/query/ip/{client_ip}",
    ), "Exim 4.96 source, src/configure.default (dnslists in acl_check_rcpt)", "exim-550-in-a-black-list-at"),
    Heldout("rcpt-451-4724-spf-error", "RCPT", ("451 4.7.24 SPF validation error",),
            _RFC7372 + "#section-3.2", "rfc7372-451-4-7-24-spf-validation-error"),
    Heldout("rcpt-553-512-gmail-domain-not-found", "RCPT", (
        "553-5.1.2 We weren't able to find the recipient domain. Please check for any",
        "553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods,",
        "553 5.1.2 or other punctuation after the recipient's email address.",
    ), _GMAIL, "gmail-553-5-1-2-recipient-domain-not-found"),
    # --- the end of the message data
    Heldout("data-550-5720-no-dkim", "DATA", ("550 5.7.20 No passing DKIM signature found",),
            _RFC7372 + "#section-3.1", "rfc7372-550-5-7-20-no-passing-dkim"),
    Heldout("data-554-rspamd-spam", "DATA", ("554 5.7.1 Spam message rejected",),
            "rspamd 3.4 source, https://rspamd.com/", "rspamd-554-5-7-1-spam-message-rejected"),
    Heldout("data-554-amavis-banned", "DATA", ("554 5.7.0 Bounce, id=12345-01 - BANNED: invoice.exe",),
            "amavisd-new 2.13.0, https://www.amavis.org/", "amavis-554-5-7-0-bounce-banned"),
    Heldout("data-552-523-gmail-size", "DATA", ("552 5.2.3 Your message exceeded Google's message size limits.",),
            _GMAIL, "gmail-552-5-2-3-exceeded-message-size-limits"),
    Heldout("data-552-522-dovecot-quota", "DATA", ("552 5.2.2 <{rcpt}> Quota exceeded (mailbox for user is full)",),
            "Dovecot 2.3.19.1 source, src/plugins/quota/quota.c and src/lmtp/lmtp-local.c",
            "dovecot-lmtp-552-5-2-2-quota-exceeded"),
    Heldout("data-554-579-yahoo-policy", "DATA", ("554 5.7.9 Message not accepted for policy reasons.",),
            "Yahoo Help SLN7253, Error \"554 5.7.9: Message not accepted for policy reasons\" when sending email to"
            " Yahoo, https://help.yahoo.com/kb/SLN7253.html"),
    Heldout("data-550-5726-gmail-unauthenticated", "DATA", (
        "550-5.7.26 This mail is unauthenticated, which poses a security risk to the",
        "550-5.7.26 sender and Gmail users, and has been blocked. The sender must",
        "550-5.7.26 authenticate with at least one of SPF or DKIM. For this message,",
        "550-5.7.26 DKIM checks did not pass and SPF check for [{sender_domain}] did not pass",
        "550-5.7.26 with ip: [{client_ip}]. The sender should visit",
        "550-5.7.26  https://support.google.com/mail/answer/81126#authentication for",
        "550 5.7.26 instructions on setting up authentication.",
    ), _GMAIL + " (5.7.26); the full wording as Gmail sends it quoted at https://www.secumail.co.ke/?p=17444"),
    Heldout("data-421-4728-gmail-rate-limited", "DATA", (
        "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating",
        "421-4.7.28 from your IP address. To protect our users from spam, mail sent from your",
        "421-4.7.28 IP address has been temporarily rate limited. Please visit",
        "421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to",
        "421 4.7.28 review our Bulk Email Senders Guidelines.",
    ), _GMAIL + " (4.7.28); the wording as Gmail sends it quoted at"
       " https://talk.plesk.com/threads/421-4-7-28-error-when-sending-mail-to-google-server.361840/"),
    Heldout("data-550-exim-too-many-received", "DATA", ('550 Too many "Received" headers - suspected mail loop',),
            "Exim 4.96 source, src/receive.c (received_headers_max)", "exim-550-too-many-received-headers"),
    Heldout("data-550-mailman-lmtp-unavailable", "DATA", ("550 Requested action not taken: mailbox unavailable",),
            "GNU Mailman 3 LMTP runner (a message to a list that does not exist, refused after the data),"
            " https://gitlab.com/mailman/mailman/issues/14"),
]

# The held-out sets there are: set 1 is this file's table, set n the table of heldout<n>.py
SETS = tuple(range(1, 63))
# Sets whose novelty is the sending MTA that wraps the reply, not the reply's words: their replies are the catalogue's
# and the kit's tuned ones on purpose, and two cases have no reply (what only a sending MTA reports); set 51 keeps the
# kit's Postfix and Exim and changes their bounce text by an administrator's template, set 52 the kit's Postfix, Exim
# and Sendmail with the other documented options on their reports (and the postmaster's copies), set 54 the kit's
# Postfix, Exim and Sendmail with internationalised mail (SMTPUTF8) and headers-only returns (RET=HDRS), set 55 the
# kit's four MTAs as the FORWARDING hop (an alias to a remote address) or the RELAYING smarthost that reports, set 56
# the kit's four MTAs reporting on ONE message to SEVERAL recipients refused differently (one report naming several),
# set 57 the kit's four MTAs reporting failures they found themselves with NO server reply at all (DNS, connection,
# their own TLS policy, a looping message): what is measured is the sending MTA's own words, as sets 47-49's two
# no-reply cases; set 58 the kit's four MTAs reporting their OWN smarthost's refusals of their login, their TLS or their
# sender (SMTP AUTH, STARTTLS), and their own words when they cannot authenticate or verify its certificate: the
# relays' replies are in heldout58.SCRIPTS (smarthost58.py speaks them), not in the cases' rows
WRAPPING_SETS = frozenset({47, 48, 49, 50, 51, 52, 54, 55, 56, 57, 58})


def module_name(n: int) -> str:
    """The kit module of held-out set ``n`` (heldout, heldout2, ...); its table is the name in capitals."""
    return "heldout" if n == 1 else f"heldout{n}"


def table(n: int) -> list[Heldout]:
    """The cases of held-out set ``n``, from its module (imported on demand: each imports this one)."""
    name = module_name(n)
    cases: list[Heldout] = getattr(importlib.import_module(name), name.upper())
    return list(cases)


def filed(n: int) -> list[str]:
    """The names the files of held-out set ``n`` are filed by: its table's case ids, or the module's ``FILED`` where
    a file is named by something else (set 56: by the message, which meets several cases)."""
    module = importlib.import_module(module_name(n))
    return list(getattr(module, "FILED", None) or [h.id for h in table(n)])


def case_maker(suffix: str) -> Callable[[str, str, tuple[str, ...], str], Heldout]:
    """The constructor a later set's table uses: a case of that set (its domains under suffix, no catalogue id)."""

    def make(id: str, stage: str, reply: tuple[str, ...], source: str) -> Heldout:
        return Heldout(id, stage, reply, source, None, suffix)

    return make


H = TypeVar("H", bound="Heldout")


def addresses(first: str, table: Sequence[H]) -> dict[str, H]:
    """Fake server address -> case: a table's cases on consecutive loopback addresses from first."""
    start = ipaddress.IPv4Address(first)
    return {str(start + i): h for i, h in enumerate(table)}


FIRST_IP = 16


def heldout_ip(index: int) -> str:
    """The loopback address of the index-th held-out case's fake server."""
    return f"127.0.0.{FIRST_IP + index}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the held-out case it serves."""
    return addresses(heldout_ip(0), HELDOUT)
