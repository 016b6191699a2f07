"""The sixteenth held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows
them.

Made like heldout15.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
fifteen earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 29 to measure the reading blind; it is never to
be tuned on. Set 15 uses 127.0.2.102-119, so these servers listen from 127.0.2.130 (to 127.0.2.159 at most) and the
domains end in heldout16.example; the bounces are filed under tests/fixtures/real-mta-heldout16/.

Placeholders are those of heldout11.py ({rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {sender}, {helo}). Where
a source prints a placeholder of its own (an address, a name the server fills in) the session's value (or the value
the source's example shows) takes its place; every other word is the source's. Where a source prints the text of a
reply without its code, or does not say at which stage it is given, the source note says which code and stage were
chosen.

Several replies carry a code or a status that does not match what the words say (a mailbox refusal worded with the
undefined 5.2.5, a spam verdict with 5.2.0, a server busy for an address under evaluation with 4.7.500, a recipient
refusal with 4.5.3); they are kept as their sources show them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout16.example"
_PF = "Postfix 3.7.11 (Debian 12 package postfix 3.7.11-0+deb12u1), "
_CLOUDMAILIN = ("CloudMailin SMTP troubleshooter, 'SMTP code 451' (typical server responses),"
                " https://www.cloudmailin.com/smtp-troubleshooter/451-error")
_NO_STAGE = "; the source does not say at which stage"

_h = case_maker(SUFFIX)

HELDOUT16: list[Heldout] = [
    # --- the greeting
    _h("conn-421-godaddy-ib101", "CONN", ("421 Server temporarily unavailable. Try again later. IB101",),
       "SMTP Error Code 421 (smtp.codes, GoDaddy: 'The mail server encountered a temporary failure. Most likely it"
       " isn't anything to do with the session, but rather the server is overloaded or having issues. If you try"
       " again later, it should work.'), https://smtp.codes/421; also a GoDaddy reseller's copy of its bounce page,"
       " 'Como Lidar Com Devoluções De Email' (the mail queue carries a higher than normal volume of messages; try"
       " again later), http://ix-one.com/domainhostingFAQ/article/MS_27771.html, and 'Various email bounce backs on a"
       " cPanel server', http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/ (GoDaddy's IB1xx"
       " codes answer the connection: at the greeting here)"),
    _h("conn-421-432-postscreen-ports", "CONN", ("421 4.3.2 All screening ports are busy",),
       _PF + "postscreen (the reply in /usr/lib/postfix/sbin/postscreen: postscreen answers a new client with it"
             " when postscreen_pre_queue_limit clients are already waiting; postconf(5) 'postscreen_pre_queue_limit':"
             " 'The number of non-allowlisted clients that can be waiting for a decision whether they will receive"
             " service from a real Postfix SMTP server process. When this queue is full, all non-allowlisted"
             " clients will receive a 421 response.')"),
    # --- MAIL FROM
    _h("mail-451-435-postfix-conf", "MAIL", ("451 4.3.5 Server configuration problem - try again later",),
       _PF + "smtpd (a reply in /usr/lib/postfix/sbin/smtpd, beside its 'Server configuration error': a temporary"
             " refusal for a problem in the server's own configuration, so that the client retries while the"
             " administrator fixes it)" + _NO_STAGE
       + ": at MAIL FROM here, where smtpd_sender_restrictions are evaluated"),
    # --- RCPT TO
    _h("rcpt-550-525-bmh-23", "RCPT", ("550 5.2.5 Folder full",),
       "voku/PHPMailer-BMH issue 23, 'Status code \"550 5.2.5 Folder full\" not handled in library' (a bounce"
       " with 'Diagnostic-Code:550 5.2.5 Folder full'; RFC 3463 defines no X.2.5), https://github.com/voku/"
       "PHPMailer-BMH/issues/23" + _NO_STAGE + ": at RCPT TO here, where mailboxes are checked"),
    _h("rcpt-552-522-tonline", "RCPT", ("552 5.2.2 Over STORAGE quota",),
       "sitepackage.de, 'Typische Fehlermeldungen bei Unzustellbarkeit' (under 'E-Mail-Postfach des Empfängers ist"
       " voll', the recipient's mailbox is full: T-Online's '552 5.2.2 Over STORAGE quota'),"
       " http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit"
       ".html" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-451-471-cloudmailin-wait", "RCPT", ("451 4.7.1 Greylisted, try again after some time.",),
       _CLOUDMAILIN + " ('451 4.7.1 Greylisted, try again after some time.'; a first delivery attempt deferred so"
       " that a real server retries)" + _NO_STAGE + ": at RCPT TO here, where greylisting keys on the sender,"
       " recipient and client address"),
    _h("rcpt-451-471-cloudmailin-standing", "RCPT", ("451 4.7.1 IP Reputation Greylisted.",),
       _CLOUDMAILIN + " ('451 4.7.1 IP Reputation Greylisted.': the deferral given to a client address for its"
       " reputation)" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-451-sqlf1-ldap", "RCPT", ("451 Error getting LDAP results in map",),
       "SQLServerF1, 'SMTP status codes and error messages from error 451' (among the 'typical SMTP Error 451"
       " return messages': 'SMTP error 451 ... \"451 Error getting LDAP results in map\"', an error on the"
       " receiving side), http://www.sqlserverf1.com/smtp-status-codes-and-error-messages-from-error-451/; the"
       " words are close to Sendmail's LDAP map error (Sendmail 8.17 binary: 'Error getting LDAP results, map=...')"
       + _NO_STAGE + ": at RCPT TO here, where the address is looked up in the directory"),
    _h("rcpt-452-453-exo-regions", "RCPT",
       ("452 4.5.3 Recipients belong to multiple regions ATTR38"
        " [VE1EUR01FT019.eop-EUR01.prod.protection.outlook.com]",),
       "a Postfix log on pastebin.com ('said: 452 4.5.3 Recipients belong to multiple regions ATTR38"
       " [VE1EUR01FT019.eop-EUR01.prod.protection.outlook.com] (in reply to RCPT TO command)', status=deferred, from"
       " hotmail-com.olc.protection.outlook.com), https://pastebin.com/aW9rxeVy"),
    # --- the end of the message data
    _h("data-552-520-godaddy-ib212", "DATA", (
        "552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212",
    ), "Tiger Technologies support, 'Why is mail I send rejected with an \"IB212\" error?' ('host"
       " smtp.secureserver.net said: 552 5.2.0 This message has been rejected due to content judged to be spam by"
       " the internet community IB212': GoDaddy's spam filter refusing the content), https://support.tigertech.net"
       "/godaddy-ib212; the same reply in MailChannels' 'Top SMTP Error Messages - June 2016',"
       " https://blog.mailchannels.com/top-smtp-error-messages-june-2016/ (after the data, where content is read)"),
    _h("data-451-47500-exo-lightmeter", "DATA", (
        "451 4.7.500 Server busy. Please try again later from [{client_ip}]. (S77719)"
        " [FR2DEU01FT008.eop-deu01.prod.protection.outlook.com]",
    ), "lightmeter/controlcenter issue 319 on gitlab.com, 'FR: Insight for rising number of deferred mails' (Office"
       " 365 deferring mail from an address it distrusted: 'said: 451 4.7.500 Server busy. Please try again later"
       " from [134.119.1.64]. (S77719) [FR2DEU01FT008.eop-deu01.prod.protection.outlook.com] (in reply to end of"
       " DATA command)'; the address is the session's client here), https://gitlab.com/lightmeter/controlcenter/-/"
       "issues/319, which links Microsoft's 'Fix error code 451 4.7.500-699 (ASxxx) in Exchange Online'"),
    _h("data-550-571-milter-146", "DATA", ("550 5.7.1 Infected (Win.Test.EICAR_HDB-1)",),
       "clamav-milter 1.4.6 (Debian 12 package clamav-milter 1.4.6+dfsg-0+deb12u1): with 'OnInfected Reject' and no"
       " RejectMsg (clamav-milter.conf(5): 'Default: MTA specific') the milter refuses the message with code 550,"
       " status 5.7.1 and 'Infected (%s)', the virus name as clamd reports it (the strings of /usr/sbin/clamav-milter;"
       " Win.Test.EICAR_HDB-1 is ClamAV's name for the EICAR test file); after the data, where milters see the"
       " message"),
]

FIRST_IP = "127.0.2.130"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.2.130 and up)."""
    return addresses(FIRST_IP, HELDOUT16)
