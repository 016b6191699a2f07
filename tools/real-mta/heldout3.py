"""The third held-out set: server replies worded exactly as a provider, vendor, filter or public log shows them.

Made like heldout.py and heldout2.py (one documented reply to one SMTP stage, each on its own fake server address
and domain, with the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the two earlier held-out sets nor whybounce's knowledge (core/whybounce/data)
contains, so that whybounce has never seen their words. It was built and labelled to measure, at the end of session
20, what the session's knowledge work did for unseen replies, and was kept untuned until session 21 (its README says
what changed then). The servers listen from 127.0.0.96 and the domains end in heldout3.example; the bounces are
filed under tests/fixtures/real-mta-heldout3/.

Placeholders are those of heldout.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}. Every envelope sender
of the kit is alice@<the MTA's domain>, so "alice@{sender_domain}" is the sender's address. Where a source prints a
placeholder of its own (%s, x.x.x.x, <xxx>), the session's value stands in for it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout3.example"
_FTGATE = "FTGate service error messages, http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/"
_SMTPF = "SnertSoft Barricade MX smtpf SMTP replies, http://www.snertsoft.com/smtp/smtpf/reply.html"
_FORPSI = ("Forpsi, Incoming emails limitation on the mailserver mxavas.forpsi.com,"
           " https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx")
_SINA = ("A Chinese mail server's SMTP reply list with meanings (blog.sina.com.cn),"
         " https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html")
_KOREAN = "Korean return-mail reply list (puffinknight.tistory.com), https://puffinknight.tistory.com/102"
_INTERIA = "Interia.pl help, Dlaczego wiadomość nie została dostarczona?, https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600"


_h = case_maker(SUFFIX)


HELDOUT3: list[Heldout] = [
    # --- the greeting
    _h("conn-554-tonline-bl", "CONN", (
        "554 IP={client_ip} - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de"
        " to clarify.) (BL)",
    ), "T-Online (Deutsche Telekom) greeting to a blocked sending IP, as quoted in 'Whoops: T-Online.de not"
       " accepting mail' (Spam Resource, https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html)"
       " and https://serverdevworker.com/40043d71d; policy per https://postmaster.t-online.de/"),
    _h("conn-451-ftgate-max-concurrent", "CONN", ("451 4.5.1 [{client_ip}] Max concurrent sessions (#1.04)",),
       _FTGATE + " (#1.04 ERR_SMTP_REJECT_CONCURRENT: too many connections from your address)"),
    # --- EHLO / HELO
    _h("ehlo-550-cpanel-invalid-helo", "EHLO", ("550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)",),
       "cPanel's Exim HELO/EHLO protection (the ACL deny message), as quoted in 'SMTP Server 550 Access denied -"
       " Invalid HELO name' (https://newbetuts.com/529213-smtp-server-550-access-denied-invalid-helo-name) and"
       " https://my.ultrawebhosting.com/knowledgebase/340/550-Access-denied-Invalid-HELO-name.html"),
    _h("ehlo-451-499-ftgate-invalid-ehlo", "EHLO", ("451 4.9.9 {client_ip} Invalid EHLO (#3.12)",),
       _FTGATE + " (#3.12 ERR_SMTP_TARPIT: the EHLO argument is refused and the client held off)"),
    # --- MAIL FROM
    _h("mail-553-ovh-not-relayed", "MAIL",
       ("553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",),
       "OVH's qmail relay (ns0.ovh.net) refusing MAIL FROM, as quoted in an Exim log, https://pastebin.com/1qRkUWBq"),
    _h("mail-550-571-exchange-send-as-denied", "MAIL",
       ("550 5.7.1 Client does not have permission to send as this sender",),
       "Exchange Server 2007 SDK, SmtpResponse.SendAsDenied Field (Microsoft Learn), https://learn.microsoft.com/en-us/"
       "previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)"),
    _h("mail-550-510-forpsi-blocked-by-spf", "MAIL", ("550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF",),
       _FORPSI + " (rejected for the sender domain's SPF record: hardfail)"),
    _h("mail-550-571-smtpf-rfc2606-sender", "MAIL",
       ("550 5.7.1 sender <alice@{sender_domain}> from RFC2606 reserved domain #128",),
       _SMTPF + " (#128: the sender's domain is one of RFC 2606's reserved names, see rfc2606-special-domains)"),
    # --- RCPT TO
    _h("rcpt-550-571-smtpf-host-black-listed", "RCPT",
       ("550 5.7.1 host {client_ip} [{client_ip}] black listed #120",),
       _SMTPF + " (#120: a Connect: access-map entry for the client name or IP address says REJECT)"),
    _h("rcpt-550-korean-registered-as-spammer", "RCPT", ("550 You are registered as spammer (by user's reject list)",),
       _KOREAN + " (listed under 받는사람의 스팸설정(수신거부)에 의해 차단된 경우:"
       " blocked by the recipient's own reject list)"),
    _h("rcpt-550-571-interia-doesnt-want", "RCPT", ("550 5.7.1 Recipient doesn't want your mail",),
       _INTERIA + " (the recipient has probably added you to a blocked list)"),
    _h("rcpt-450-471-interia-temporarily-blocked", "RCPT",
       ("450 4.7.1 Twoj serwer poczty {client_ip} zostal tymczasowo zablokowany za spam",),
       "Interia.pl's temporary block of a sending server for spam, as quoted in 'Why are my emails to Interia.pl"
       " being rejected' (Suped), https://www.suped.com/knowledge/email-deliverability/troubleshooting/"
       "why-are-my-emails-to-interiapl-being-rejected-and-what-can-i-do-about-it"),
    _h("rcpt-550-571-spambrella-marked-invalid", "RCPT", (
        "550 5.7.1 <{rcpt}>: Recipient address rejected: User email address is marked as invalid.",
    ), "Spambrella, Common Email Delivery Error Codes, https://www.spambrella.com/faq/email-delivery-error-codes/"
       " (the user is on the SMTP Discovery invalid list; the page drops the <address>)"),
    _h("rcpt-550-511-forpsi-sender-blocklisted", "RCPT", ("550 5.1.1 <alice@{sender_domain}> sender is blocklisted",),
       _FORPSI + " (the recipient has set a blocklist for their address and the sender matches it)"),
    _h("rcpt-422-422-bytecamp-quota", "RCPT",
       ("422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)",),
       "bytecamp FAQ, Fehlermeldungen bei Zustellproblemen, https://www.bytecamp.net/de/faq/email/zustellen.html"),
    _h("rcpt-451-421-ftgate-mailbox-disabled", "RCPT", ("451 4.2.1 <{rcpt}> mailbox disabled (#3.13)",),
       _FTGATE + " (#3.13 ERR_SMTP_MAILBOX_DISABLED; #1.00: the mailbox is disabled in its settings or privileges)"),
    _h("rcpt-550-511-interia-account-not-found", "RCPT", ("550 5.1.1 Account not found",),
       _INTERIA + " (the account does not exist or has been blocked)"),
    _h("rcpt-550-sina-user-locked", "RCPT", ("550 user is locked.",), _SINA + " (邮箱被锁: the mailbox is locked)"),
    _h("rcpt-451-sina-out-of-rcpt-numbers", "RCPT", ("451 out of allow RCPT numbers.",),
       _SINA + " (超出 RCPT 允许上限: over the allowed number of recipients)"),
    _h("rcpt-550-571-vpop3-recipient-prohibited", "RCPT", ("550 5.7.1 Recipient Prohibited (3)",),
       "PSCS VPOP3 wiki, 550 5.7.1 Recipient Prohibited (x),"
       " https://wiki.pscs.co.uk/how_to:550_5.7.1_recipient_prohibited_x"
       " (an SMTP rule of the receiving server rejects this recipient; x is the rule number)"),
    _h("rcpt-421-431-korean-too-many-messages", "RCPT", ("421 4.3.1 You send too many messages.",),
       _KOREAN + " (listed under 대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우:"
       " IP blocked by a portal for mass mailing)"),
    # --- the end of the message data
    _h("data-550-571-mailchannels-cs-blocked", "DATA", (
        "550 5.7.1 [CS] Message blocked. If this is a false positive, please report this to your hosting service"
        " provider. See https://console.mailchannels.net/insights/bounce?auid=a2hosting&sender=alice%40{sender_domain}"
        "&txid=25b54c5e3c56be3e",
    ), "MailChannels outbound filter (the relay of many hosting providers), as quoted in a bounce,"
       " https://pastebin.com/BihkfJpV"),
    _h("data-552-sina-anti-spam-engine", "DATA", ("552 message rejected by anti-spam engine.",),
       _SINA + " (反垃圾邮件引擎拒绝的邮件: refused by the anti-spam engine)"),
    _h("data-550-exim-contains-malware", "DATA", ("550 This message contains malware (Eicar-Test-Signature)",),
       "Exim specification, chapter 'Content scanning at ACL time' (deny message = This message contains malware"
       " ($malware_name)),"
       " https://www.exim.org/exim-html-current/doc/html/spec_html/ch-content_scanning_at_acl_time.html;"
       " the same line in Fedora's exim package README"),
    _h("data-552-forpsi-dmarc-validation-failed", "DATA", ("552 bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed",),
       _FORPSI + " (the sender's domain publishes DMARC p=reject and the message has no aligned DKIM signature)"),
    _h("data-554-sina-attachment-too-long", "DATA", ("554 attachment is too long.",),
       _SINA + " (单个附件大小超出限制: one attachment is over the size limit)"),
    _h("data-451-430-korean-temporary-system-failure", "DATA",
       ("451 4.3.0 Temporary system failure. Please try again later.",),
       "Korean SMTP error list (adminplay.com, blog.jinbo.net: the receiving server's temporary fault),"
       " http://adminplay.com/index.php?document_srl=2077&mid=Mail"),
]

FIRST_IP = "127.0.0.96"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.0.96 and up)."""
    return addresses(FIRST_IP, HELDOUT3)
