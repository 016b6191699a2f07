"""The sixth held-out set: server replies worded exactly as a provider, host, vendor, filter or public log shows them.

Made like heldout5.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the five earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py)
nor whybounce's knowledge (core/whybounce/data) contains. It was built and labelled in session 21, while the lead
built a new general reading mechanism, to measure that mechanism blind at the end of the session; it was measured
so, then tuned on (its README). The servers listen from 127.0.0.200 and the domains end in heldout6.example; the
bounces are filed under tests/fixtures/real-mta-heldout6/.

Placeholders are those of heldout5.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}. Where a source
prints a placeholder of its own (x.x.x.x, domain.ru, servername) or the value of the log it quotes (an IP address, a
domain), the session's value stands in for it; every other word is the source's. Where a source prints the text of a
reply without its code, the code added is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout6.example"
_ASSP = ("ASSP (Anti-Spam SMTP Proxy) on cPanel shared hosting, 'ASSP bounced back messages and errors' (Max Clicks"
         " Online knowledge base 10095; SESSIONID and INFECTION are printed as such),"
         " https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095")
_STRATO = ("Strato (a German and Dutch host), 'Waarom krijg ik foutmeldingen bij het werken met e-mail?' (the reply is"
           " printed without a code; 550 added at the end of the data, 554 at the greeting),"
           " https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/")
_BT = ("BT (British Telecom) email, BT Business help 'My emails are being rejected - I'm getting messages with the"
       " error code 550', https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/")


_h = case_maker(SUFFIX)


HELDOUT6: list[Heldout] = [
    # --- the greeting
    _h("conn-421-kbit-tistory", "CONN", ("421 Server too busy.",),
       "Korean reply-message list (kbit.tistory.com): the receiving server cannot take mail now because of its own"
       " traffic (수신측 서버의 응답지연), http://kbit.tistory.com/tag/reply%20error%20message"),
    _h("conn-554-strato-plain", "CONN", ("554 Refused by local policy. No SPAM please!",),
       _STRATO + " (without a hint in parentheses: the mail comes from a blocked mail server or sender)"),
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
    _h("mail-550-aspnet-from", "MAIL", ("550 From domain must match authenticated domain",),
       "SmarterMail at ASP.NET Hosting UK, 'Mail server SMTP rules' (the sender's domain must be the authenticated"
       " domain), https://www.aspnethosting.co.uk/knowledgebase.php?action=displayarticle&id=185"),
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
    _h("data-550-strato-burl", "DATA", ("550 Refused by local policy. No SPAM please! (B-URL)",),
       _STRATO + " (B-URL: a suspicious URL in the message)"),
    _h("data-552-omnia-body", "DATA", ("552 Message body is too big",),
       "Xarxa Òmnia (Catalonia), 'Correus electrònics amb missatges d'error' (an attachment too large for the"
       " recipient's mailbox limit), https://riudoms.xarxa-omnia.org/email/annex/msg_err.html"),
    _h("data-451-haraka-avg", "DATA", ("451 Virus scanner error (AVG)",),
       "Haraka's avg plugin (AVG virus scanning), plugins/avg.js: a scanner error or timeout returns DENYSOFT"
       " 'Virus scanner error (AVG)' after the data, which Haraka answers with 451,"
       " https://github.com/haraka/Haraka/blob/master/plugins/avg.js"),
]

FIRST_IP = "127.0.0.200"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.0.200 and up)."""
    return addresses(FIRST_IP, HELDOUT6)
