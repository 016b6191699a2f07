"""The sixth held-out set: server replies worded exactly as a provider, host, vendor, filter or public log shows them.

Made like heldout5.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the five earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor
whybounce's knowledge (core/whybounce/data) contains. It was built and labelled in session 21, while the lead built a
new general reading mechanism, to measure that mechanism blind at the end of the session; it is never to be tuned on.
The servers listen from 127.0.0.200 and the domains end in heldout6.example; the bounces are filed under
tests/fixtures/real-mta-heldout6/.

Placeholders are those of heldout5.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}. Where a source
prints a placeholder of its own (x.x.x.x, domain.ru, servername) or the value of the log it quotes (an IP address, a
domain), the session's value stands in for it; every other word is the source's. Where a source prints the text of a
reply without its code, the code added is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout

SUFFIX = "heldout6.example"
_COX = ("Cox Communications (US cable ISP), its 'cmsmtp' inbound servers' replies as quoted in the Cox support forum"
        " (the forum drops the link after 'Error Codes section at'; kept as printed); the AUP codes are explained on"
        " Cox's postmaster page, http://postmaster.cox.net/confluence/display/postmaster/Error+Codes")
_ASSP = ("ASSP (Anti-Spam SMTP Proxy) on cPanel shared hosting, 'ASSP bounced back messages and errors' (Max Clicks"
         " Online knowledge base 10095; SESSIONID and INFECTION are printed as such),"
         " https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095")
_BT = ("BT (British Telecom) email, BT Business help 'My emails are being rejected - I'm getting messages with the"
       " error code 550', https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/")
_GODADDY = ("GoDaddy's inbound replies as listed in 'Various email bounce backs on a cPanel server',"
            " http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/")


def _h(id: str, stage: str, reply: tuple[str, ...], source: str) -> Heldout:
    return Heldout(id, stage, reply, source, None, SUFFIX)


HELDOUT6: list[Heldout] = [
    # --- the greeting
    _h("conn-554-cox-cxbl", "CONN", (
        "554 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXBL",
    ), _COX + " (CXBL: the sending IP is blocked for spam-like behaviour); forum thread 'Emails to me from ... being"
       " rejected. AUP#CXBL error 554 5.0.0', https://forums.cox.com/discussions/internet/"
       "emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275"),
    _h("conn-421-cox-cxcnct", "CONN", (
        "421 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXCNCT",
    ), _COX + " (CXCNCT: too many concurrent connections, as the forum's answer explains); forum thread 'Cox has"
       " marked my email server as a spammer - how to resolve?', https://forums.cox.com/discussions/internet/"
       "cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978"),
    _h("conn-554-572-assp-session", "CONN", ("554 5.7.2 Service denied, closing transmission channel (SESSIONID)",),
       _ASSP + " (the sending server's IP is blocked by ASSP at IP level)"),
    # --- EHLO
    _h("ehlo-550-netbit-r1", "EHLO", ("550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)",),
       "Netbit Internet (a Brazilian host), 'Problemas comuns no envio' (a HELO name that is not a fully qualified"
       " domain name), https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php"),
    # --- MAIL FROM
    _h("mail-421-bt-openwave", "MAIL", ("421 Too many messages (1.5.6.1) from {client_ip}",),
       "BT Internet's mail, run by Openwave (Critical Path): a limit on messages a day from one server, as quoted"
       " ('Deferred: 421 Too many messages (1.5.6.1) from xxx.xxx.xxx.xxx') in 'BT Internet Mail Fail (again)',"
       " http://blog.frankleonhardt.com/tag/bt-internet/"),
    _h("mail-421-ionos-postmaster", "MAIL", ("421 Reject due to policy violations",),
       "IONOS (1&1, Germany), 'SMTP-Fehlermeldungen der IONOS Mailserver' (the sending IP is blocked for a poor"
       " delivery rate or spam reports), https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver"),
    _h("mail-550-wp-poczta", "MAIL", (
        "550 SPF Error: Senders are required to provide correct SPF records. If you are a poczta.wp.pl user check SMTP"
        " configuration: http://poczta.wp.pl/autoryzacja/",
    ), "Wirtualna Polska (wp.pl, Poland), as quoted in a Postfix bounce ('in reply to MAIL FROM command'),"
       " https://pastebin.com/Ew7B9aSu"),
    _h("mail-550-aaisp-ca2", "MAIL", (
        "550 Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors {client_ip} is blocked from sending. Probably"
        " due to sending spam messages.",
    ), "Andrews & Arnold (a UK ISP), 'Sending Email Errors' wiki, CA2 ('We reject the message with:', printed without"
       " a code; 550 added), https://support.aa.net.uk/Sending_Email_Errors"),
    _h("mail-550-godaddy-ib506", "MAIL", ("550 From: Domain is invalid. Please provide a valid From: IB506",),
       _GODADDY + " (IB506: the sender's domain has no valid MX records)"),
    # --- RCPT TO
    _h("rcpt-554-571-prolateral-outmail", "RCPT", (
        "554 5.7.1 <{rcpt}>: Recipient address rejected: You have exceeded your Outmail quota.",
    ), "Prolateral outMail (a UK smarthost), 'What does SMTP 554 5.7.1 mean?' (the sender's sending quota),"
       " https://support.prolateral.com/index.php?/Knowledgebase/Article/View/187/35/what-does-smtp-554-571-mean"),
    _h("rcpt-550-virgilio-libero", "RCPT", ("550 Relay Disabled",),
       "Virgilio / Libero (Italiaonline, Italy), 'Messaggi di errore più frequenti dopo invio email' (RELAYING NOT"
       " ALLOWED), https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/"),
    _h("rcpt-550-smartermail-aspnet", "RCPT", ("550 Authentication is required for relay",),
       "SmarterMail at ASP.NET Hosting UK, 'Mail server SMTP rules',"
       " https://www.aspnethosting.co.uk/knowledgebase.php?action=displayarticle&id=185"),
    _h("rcpt-451-nicru-hosting", "RCPT", ("451 {rcpt_domain} prohibited. Disk quota exceeded",),
       "RU-CENTER (nic.ru, Russia), 'Mail - diagnostics and troubleshooting' (the disk space allocated to the"
       " recipient's domain is exhausted; printed for domain.ru), https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html"),
    _h("rcpt-554-571-inboxeu-nine", "RCPT", ("554 5.7.1 rejected: Inactive user",),
       "inbox.eu (Latvia), help 'Inactive user' (a mailbox not used for 9 months is blocked),"
       " https://help.inbox.eu/category/10204/question/10147"),
    _h("rcpt-550-bigmir-err3", "RCPT", ("550 Mailbox is frozen. See http://mail.bigmir.net/err/3/",),
       "bigmir.net (Ukraine), as quoted in an Exim bounce ('after RCPT TO'), https://pastebin.com/UWADPXYL"),
    _h("rcpt-550-earthlink-dots", "RCPT", ("550 {rcpt}...User account is overquota",),
       "EarthLink (US ISP), as quoted in a qmail bounce, https://pastebin.com/MMGUFmXp"),
    _h("rcpt-550-570-viamedia-bye", "RCPT", ("550 5.7.0 Your server IP address is in the SORBS DNSBL database, bye",),
       "viamedia.cz (a Czech host), as quoted in a Postfix bounce ('in reply to RCPT TO command'),"
       " https://pastebin.com/dq1YGKdM"),
    _h("rcpt-451-471-phpnet-qmail", "RCPT", ("451 4.7.1 greylisting, please try again later",),
       "The php.net mail server, as quoted in a qmail bounce ('does not like recipient'), https://pastebin.com/gzYuEyr5"),
    _h("rcpt-451-430-rackspace-cloud", "RCPT", (
        "451 4.3.0 <{helo}[{client_ip}]>: Client host rejected: Throttled - Too much spam from your mail server. Try"
        " again later.",
    ), "Rackspace Cloud Office, 'Common email bounce messages' (the recipient's server has received too much spam"
       " from this source), https://docs.rackspace.com/docs/common-email-bounces"),
    _h("rcpt-550-coremail-local", "RCPT", ("550 local server don't exists that user",),
       "Coremail support, 退信提示 list ('local server don't exists that user', printed without a code; 550 added),"
       " https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225"),
    _h("rcpt-550-571-ses-firefox", "RCPT", ("550 5.7.1 TLS required by recipient",),
       "Firefox Relay's inbound mail (Amazon SES receiving), as reported by Japanese senders in"
       " mozilla/fx-private-relay issue 757, https://github.com/mozilla/fx-private-relay/issues/757"),
    # --- the end of the message data
    _h("data-550-bt-business", "DATA", ("550 Message rejected due to sender IP reputation ([{client_ip}])",),
       _BT + " (the sending IP's reputation)"),
    _h("data-558-571-bigpond-ib704", "DATA", ("558 5.7.1 Message content rejected due to suspected spam. IB704x",),
       "Telstra BigPond (Australia), as quoted in Suped's 'Why are emails to Bigpond bouncing or being marked as"
       " spam?', https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
       "why-are-emails-to-bigpond-bouncing-or-being-marked-as-spam"),
    _h("data-554-571-assp-resend", "DATA", ("554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.",),
       _ASSP + " (a virus was detected in the message)"),
    _h("data-500-assp-compress", "DATA", (
        "500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.",
    ), _ASSP + " (an attachment's file extension is not allowed)"),
    _h("data-550-550-laposte-lpn007", "DATA", (
        "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510",
    ), "La Poste (laposte.net, France), as quoted ('in reply to end of DATA command', filed under SPAM ou VIRUS) in"
       " the Gadz.org mail documentation, https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015"),
    _h("data-550-571-mailru-rfc7489", "DATA", (
        "550 5.7.1 This message was not accepted due to domain ({sender_domain}) owner DMARC policy (RFC 7489)"
        " https://help.mail.ru/mail-help/postmaster/dmarc",
    ), "Mail.ru (Russia), as quoted in a Postfix log ('in reply to end of DATA command'; the domain was mail.ru),"
       " https://pastebin.com/fpJZapwZ"),
    _h("data-421-godaddy-ib101", "DATA", ("421 Server temporarily unavailable. Try again later. IB101",),
       _GODADDY + " (IB101: the mail queue holds more mail than usual)"),
]

FIRST_IP = 200


def heldout6_ip(index: int) -> str:
    """The loopback address of the index-th case's fake server (127.0.0.200 and up)."""
    return f"127.0.0.{FIRST_IP + index}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves."""
    return {heldout6_ip(i): h for i, h in enumerate(HELDOUT6)}
