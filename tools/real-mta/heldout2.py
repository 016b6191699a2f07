"""The second held-out set: more server replies exactly as a provider, MTA, filter or RFC documents them.

Made like heldout.py (one documented reply to one SMTP stage, each on its own fake server address and
domain, with the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies) nor the first held-out set contains, so that whybounce has never seen
them. The servers listen from 127.0.0.64 and the domains end in heldout2.example; the bounces are filed
under tests/fixtures/real-mta-heldout2/.

Placeholders are those of heldout.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}. Every
envelope sender of the kit is alice@<the MTA's domain>, so "alice@{sender_domain}" is the sender's address.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout2.example"
_POSTSCREEN = ("Postfix 3.7 source, src/postscreen/postscreen_early.c and postscreen_smtpd.c"
               " (https://github.com/vdukhovni/postfix)")
_HMAIL = "hMailServer 5.6 source, hmailserver/source/Server/SMTP/SMTPConnection.cpp (https://github.com/hmailserver/hmailserver)"
_ZOHO = "Zoho Mail SMTP error codes (smtp.codes), https://smtp.codes/zoho"


_h = case_maker(SUFFIX)


HELDOUT2: list[Heldout] = [
    # --- the greeting
    _h("conn-421-postscreen-ports-busy", "CONN", ("421 4.3.2 All server ports are busy",),
       _POSTSCREEN + ": every smtpd process of the receiving Postfix is in use"),
    _h("conn-521-postscreen-blacklisted", "CONN", ("521 5.3.2 Service currently unavailable",),
       _POSTSCREEN + ": the client is on postscreen_access_list's blacklist (postscreen_blacklist_action = drop)"),
    _h("conn-421-exim-too-many-per-host", "CONN",
       ("421 Too many concurrent SMTP connections from this IP address; please try again later.",),
       "Exim 4.96 source, src/daemon.c (smtp_accept_max_per_host), https://www.exim.org/"),
    # --- EHLO / HELO
    _h("ehlo-501-sendmail-invalid-domain-name", "EHLO", ("501 5.0.0 Invalid domain name",),
       "Sendmail 8.17.1.9 source, sendmail/srvrsmtp.c (the HELO/EHLO argument is not a valid domain name)"),
    # --- MAIL FROM
    _h("mail-553-zeptomail-relaying-disallowed", "MAIL", ("553 Relaying disallowed as alice@{sender_domain}",),
       "ZeptoMail SMTP error codes (Zoho), https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html"
       " (\"Relaying disallowed as <emailaddress>.\": sending from a 'from' address whose domain is not verified)"),
    _h("mail-552-rfc1870-size", "MAIL-SIZE", ("552 message size exceeds fixed maximium message size",),
       "RFC 1870 SMTP Service Extension for Message Size Declaration, section 6.2 (the reply to a SIZE= larger"
       " than the server's fixed maximum, spelling as in the RFC), https://www.rfc-editor.org/rfc/rfc1870"),
    # --- RCPT TO
    _h("rcpt-550-532-postscreen-enforce", "RCPT", ("550 5.3.2 Service currently unavailable",),
       _POSTSCREEN + ": a failed postscreen test with action enforce (the refusal comes at RCPT TO)"),
    _h("rcpt-450-432-postscreen-penalty", "RCPT", ("450 4.3.2 Service currently unavailable",),
       _POSTSCREEN + ": the temporary reply to RCPT TO of a client that failed a test and must wait"),
    _h("rcpt-451-471-milter-greylist", "RCPT", ("451 4.7.1 Greylisting in action, please come back in 00:05:00",),
       "milter-greylist 4.6 source, milter-greylist.c (the greylisting reply with the time left),"
       " https://github.com/manu0401/milter-greylist"),
    _h("rcpt-550-5723-policyd-spf-fail", "RCPT", (
        "550 5.7.23 <{rcpt}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized."
        " Please see http://www.openspf.net/Why?s=mfrom;id=alice@{sender_domain};ip={client_ip};r=<UNKNOWN>",
    ), "pypolicyd-spf 2.0 (Debian postfix-policyd-spf-python), the reject text of an SPF fail as Postfix sends it,"
       " https://launchpad.net/pypolicyd-spf"),
    _h("rcpt-550-haraka-cannot-deliver", "RCPT", ("550 I cannot deliver mail for <{rcpt}>",),
       "Haraka source, connection.js (no rcpt hook accepted the recipient: not a local domain and no relaying),"
       " https://github.com/haraka/Haraka"),
    _h("rcpt-550-hmailserver-delivery-not-allowed", "RCPT", ("550 Delivery is not allowed to this address.",),
       _HMAIL + ": the client's IP range may not deliver (relay) to this address"),
    _h("rcpt-530-hmailserver-auth-required", "RCPT", ("530 SMTP authentication is required.",),
       _HMAIL + ": the client's IP range requires SMTP authentication for this delivery"),
    _h("rcpt-550-mailru-user-not-found", "RCPT", (
        "550 Message was not accepted -- invalid mailbox. Local mailbox {rcpt} is unavailable: user not found",
    ), "Mail.ru's reply for an address it does not have, as quoted in public delivery logs; meaning per"
       " 'Популярные ошибки при отправке и доставке писем' (mailout.ru), https://mailout.ru/2015/09"),
    _h("rcpt-550-571-yandex-no-such-user", "RCPT", ("550 5.7.1 No such user!",),
       "Yandex Mail's reply for an address it does not have (mx.yandex.net), as quoted in public delivery logs"
       " and bounce classifiers"),
    _h("rcpt-550-511-zoho-user-unknown", "RCPT", ("550 5.1.1 <{rcpt}> User unknown",), _ZOHO),
    _h("rcpt-550-511-cyrus-mailbox-unknown", "RCPT", (
        "550-Mailbox unknown.  Either there is no mailbox associated with this",
        "550-name or you do not have authorization to see it.",
        "550 5.1.1 User unknown",
    ), "Cyrus IMAP lmtpd (the text of IMAP_MAILBOX_NONEXISTENT, lib/imap_err.et), https://www.cyrusimap.org/"),
    _h("rcpt-550-mimecast-envelope-blocked", "RCPT",
       ("550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550",),
       "Mimecast SMTP error codes, https://community.mimecast.com/docs/DOC-1369 (550 Envelope blocked - User"
       " Entry: the recipient has blocked the sender in their personal Managed Senders list)"),
    # --- the end of the message data
    _h("data-550-571-spamass-milter", "DATA", ("550 5.7.1 Blocked by SpamAssassin",),
       "spamass-milter 0.4 source, spamass-milter.cpp (default reject text and code),"
       " https://savannah.nongnu.org/projects/spamass-milt/"),
    _h("data-550-571-opendmarc-reject", "DATA", ("550 5.7.1 rejected by DMARC policy for {sender_domain}",),
       "OpenDMARC 1.4 source, opendmarc/opendmarc.c (RejectFailures), https://github.com/trusteddomainproject/OpenDMARC"),
    _h("data-550-571-zoho-dmarc", "DATA", ("550 5.7.1 Email rejected per DMARC policy for {sender_domain}",), _ZOHO),
    _h("data-552-571-zoho-virus", "DATA", ("552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail",),
       "ZeptoMail SMTP error codes (Zoho), https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html; " + _ZOHO),
    _h("data-554-577-rfc3463-integrity-failure", "DATA", ("554 5.7.7 Message integrity failure",),
       "RFC 3463 Enhanced Mail System Status Codes, section 3.8 (X.7.7 Message integrity failure),"
       " https://www.rfc-editor.org/rfc/rfc3463"),
    _h("data-452-431-zoho-temporary-error", "DATA", ("452 4.3.1 Temporary System Error",), _ZOHO),
    _h("data-541-541-zoho-rejected-by-domain", "DATA", ("541 5.4.1 Mail rejected by destination domain",),
       _ZOHO + " (the receiving domain's own mail filters block the message)"),
]

FIRST_IP = "127.0.0.64"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.0.64 and up)."""
    return addresses(FIRST_IP, HELDOUT2)
