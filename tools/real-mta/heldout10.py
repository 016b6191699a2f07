"""The tenth held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows them.

Made like heldout9.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
nine earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 23, while the lead built general reading
mechanisms, to measure them blind; it is never to be tuned on. Set 9 reserves 127.0.1.64-127, so these servers listen
from 127.0.1.128 (to 127.0.1.191 at most) and the domains end in heldout10.example; the bounces are filed under
tests/fixtures/real-mta-heldout10/.

Placeholders are those of heldout5.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}. Where a source
prints a placeholder of its own (an IP address, an address, a domain) the session's value takes its place; every other
word is the source's. Where a source prints the text of a reply without its code, the code added is named in the
source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout10.example"
_VADE = ("Vade Secure postmaster page for the OXSUS servers ('The SMTP response you received contains a unique code"
         " starting with OXSUS_'), https://postmaster-oxsus.vadesecure.com/ (the page prints each code apart from"
         " the reply's words and does not show where in the reply it stands: here it ends the reply)")
_MLABS = ("Broadcom knowledge base 162445, 'Outbound Mail returned by MAILER-DAEMON@messagelabs.com' (recipient"
          " servers' refusals that Symantec Email Security.cloud passes back, grouped by cause),"
          " https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html")
_PLESK = ("Plesk support, 'An IP address of a Plesk mail server got blacklisted. How to troubleshoot?' (bounces quoted"
          " as its customers received them), https://support.plesk.com/hc/en-us/articles/"
          "12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot")
_ATT = "smtp.codes, 'SMTP Error Code 550', under AT&T, https://smtp.codes/550"
_RUCENTER = ("RU-CENTER (nic.ru, a Russian registrar and host) help, 'Mail - diagnostics and troubleshooting',"
             " https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html")
_MOMENTUM = ("Momentum (Message Systems, now SparkPost) MTA reference, Appendix F 'Responses sorted by message',"
             " https://github.com/SparkPost/developers.sparkpost.com (web-ref/responses-by-message.md)")
_HSUPPORT = ("hostingsupport.co.za (a South African host) knowledge base, 'Most common mail error codes explained',"
             " https://hostingsupport.co.za/kb-article/most-common-mail-error-codes-explained-2/")

_GODADDY = ("'Various email bounce backs on a cPanel server' (GoDaddy's IB-coded refusals, each with its cause),"
            " http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/")

_h = case_maker(SUFFIX)

HELDOUT10: list[Heldout] = [
    # --- the greeting
    _h("conn-554-domino-private-list", "CONN", ("554 Your host {client_ip} was blacklisted.",),
       "IBM Lotus Domino 8.5 Administrator help, private blacklist filters (the example custom error message 'Your"
       " host %s was blacklisted.', %s the connecting host's address),"
       " http://totalcsi.com/help/help85_admin.nsf/f4b82fbb75e942a6852566ac0037f284/7e82d3435ca54d048525760b00046d25"
       " (554 added)"),
    _h("conn-554-domino-lookup", "CONN", ("554 Connection denied based on policy reason.",),
       "IBM Redbook 'Lotus Domino 6 spam Survival Guide for IBM eServer', chapter 4 (DNS Blacklist filters, 'Log and"
       " Reject message': the default error message when no custom response is entered),"
       " https://manualshive.com/en/manual/ibm/ah0qxml-lotus-domino-messaging/3364478?page=47 (554 added)"),
    _h("conn-421-vade-oxsus110", "CONN", ("421 4.2.1 Connection refused OXSUS0001_110",),
       _VADE + " (OXSUS0001_110: the sending provider opened too many connections from a single IP address; the"
       " message may be retried using a different SMTP session)"),
    _h("conn-421-vade-oxsus102", "CONN", ("421 4.2.1 Connection deferred OXSUS0001_102",),
       _VADE + " (OXSUS0001_102: the server is experiencing issues delivering to backend servers, too many messages"
       " in queue; retry later)"),
    _h("conn-550-571-att-hash", "CONN", (
        "550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for"
        " {client_ip}",
    ), _ATT + " ('Usually this is a reverse DNS (PTR) issue with the sending IP'; '##' is printed so there, kept; the"
       " page's x.xx.xx.xx is the session's address here)"),
    _h("conn-451-rucenter-another", "CONN", ("451 Please try another server",),
       _RUCENTER + " (retry another of RU-CENTER's receiving servers; if delivery still fails the sending server's"
       " settings must be adjusted: its PTR record must exist and match, and not look like a dynamic address)"),
    # --- MAIL FROM
    _h("mail-553-mlabs-envelope", "MAIL", ("553 Envelope sender rejected",),
       _MLABS + " (under 'The recipient server has an issue with the sending email address')"),
    _h("mail-550-571-mlabs-prohibited", "MAIL", ("550 5.7.1 SPF unauthorized mail is prohibited.",),
       _MLABS + " (under 'The sending server cannot be seen as authorized for the sending domain')"),
    _h("mail-550-plesk-kb-ip", "MAIL", ("550 mail not accepted from blacklisted IP address [{client_ip}]",),
       _PLESK + " ('in reply to MAIL FROM command'; the page's 203.0.113.2 is the session's address here)"),
    _h("mail-503-aol-sequence", "MAIL", ("503 Bad sequence of commands (TLS required)",),
       "PHPMailer issue 767, 'Mail Rejected - TLS Required' (messages to aol.com refused with this diagnostic code),"
       " https://github.com/PHPMailer/PHPMailer/issues/767"),
    _h("mail-451-hostsupport-account", "MAIL", (
        "451 Requested action aborted: This mail account has sent too many messages in a short amount of time."
        " Please try again later.",
    ), _HSUPPORT),
    _h("mail-421-vade-oxsus140", "MAIL", ("421 4.2.1 Connection refused OXSUS0001_140",),
       _VADE + " (OXSUS0001_140: inbound traffic is rate limited; the sending IP address reached its limit by"
       " sending too many messages; retry later)"),
    # --- RCPT TO
    _h("rcpt-550-511-secureserver-default", "RCPT", (
        "550 5.1.1 <{rcpt}> recipient rejected. This is a default recipient used as a placeholder in many web"
        " applications. Please check your settings and try again.",
    ), "a public Exim bounce on Pastebin (GoDaddy's a2nlsmtpcp-v01.shr.prod.iad2.secureserver.net after RCPT TO;"
       " Exim wrapped the reply, its line breaks are dropped here), https://pastebin.com/RJeh1Bwk (the address"
       " there, recipient@example.com, is the session's recipient here)"),
    _h("rcpt-554-mailenable-domain", "RCPT", (
        "554 Your access to this mail system has been rejected due to poor reputation of a domain used in message"
        " transfer",
    ), _PLESK + " (a MailEnable server's refusal; its two lines joined)"),
    _h("rcpt-452-riudoms-catalan", "RCPT", ("452 Mailbox disk quota exceeded",),
       "Riudoms (xarxa Omnia) help, 'Correus electronics amb missatges d'error' (Catalan: the recipient's mailbox is"
       " full and accepts no more messages), https://riudoms.xarxa-omnia.org/email/annex/msg_err.html"),
    _h("rcpt-451-cloudhosting-verify", "RCPT", ("451 unable to verify user",),
       "a public Proton Mail delay notice on Pastebin (mx1.cloudhosting.co.uk in reply to RCPT TO),"
       " https://pastebin.com/GJDYj1pC"),
    _h("rcpt-452-453-momentum-batch", "RCPT", ("452 4.5.3 Service unavailable, batch limit reached",), _MOMENTUM),
    _h("rcpt-550-521-att-mailhost", "RCPT",
       ("550 5.2.1 <{rcpt}>... blank mailhost - invalid address, relay=[{client_ip}]",),
       _ATT + " (the page's address and x.xx.xx.xx are the session's recipient and address here)"),
    _h("rcpt-450-471-impreza-inbound", "RCPT", (
        "450 4.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Quota Exceeded",
    ), "Impreza Host knowledge base 194, 'SMTP and ESMTP error code list' ('This error comes from our incoming mail"
       " server if the user is receiving excessive amounts of mail'),"
       " https://portal.imprezahost.com/knowledgebase/194/SMTP-and-ESMTP-error-code-list.html"),
    _h("rcpt-452-godaddy-ib605", "RCPT", (
        "452 This message contains too many recipients Please reduce the number of recipients and retry. IB605",
    ), _GODADDY + " (the message has too many recipients)"),
    _h("rcpt-550-mlabs-check", "RCPT", ("550 SPF check failed. Sender not authorized",),
       _MLABS + " (under 'The sending server cannot be seen as authorized for the sending domain')"),
    # --- the end of the message data
    _h("data-554-571-fortigate-ase", "DATA",
       ("554 5.7.1 This message has been blocked because ASE reports it as spam.",),
       "howtodo.co.il (outside senders refused by a FortiGate's AntiSpam Engine, ASE, with the Fortinet knowledge"
       " base's explanation), http://www.howtodo.co.il/?author=2&paged=3"),
    _h("data-552-mlabs-macros", "DATA", ("552 MS-Office file containing VBA macros found inside of the email",),
       _MLABS + " (under 'The recipient server finds something suspicious in the message content')"),
    _h("data-550-571-mlabs-restrict", "DATA", ("550 5.7.1 Message rejected due to content restrictions",),
       _MLABS + " (under 'The recipient server finds something suspicious in the message content')"),
    _h("data-554-mlabs-mode", "DATA", ("554 Denied (Mode: normal)",),
       _MLABS + " (under 'The recipient server finds something suspicious in the message content')"),
    _h("data-550-hostsupport-classified", "DATA", ("550 This message was classified as SPAM and may not be delivered",),
       _HSUPPORT + " (among the 550 refusals of mail judged to be spam)"),
    _h("data-550-571-milter-talos", "DATA", ("550 5.7.1 Virus detected by ClamAV - http://www.clamav.net",),
       "ClamAV source, clamav-milter/clamav-milter.c (2006: the reply set when a message carries a virus),"
       " https://github.com/Cisco-Talos/clamav"),
    _h("data-552-534-socketlabs", "DATA", ("552 5.3.4 - Message too big for system",),
       "SocketLabs help, 'Inbound SMTP Restrictions' (a message larger than 40MB),"
       " https://help.socketlabs.com/docs/inbound-smtp-restrictions"),
    _h("data-550-godaddy-ib506", "DATA", ("550 From: Domain is invalid. Please provide a valid From: IB506",),
       _GODADDY + " (the From: domain has no valid MX records)"),
    _h("data-451-430-momentum-table", "DATA", ("451 4.3.0 Resource limitations, please try later",),
       _MOMENTUM + " (printed with its enhanced code only; 451 added)"),
]

FIRST_IP = "127.0.1.128"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.1.128 and up)."""
    return addresses(FIRST_IP, HELDOUT10)
