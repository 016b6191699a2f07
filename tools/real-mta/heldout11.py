"""The eleventh held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows
them.

Made like heldout10.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
ten earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 24, while the lead built general reading
mechanisms, to measure them blind; it is never to be tuned on. Set 10 reserves 127.0.1.128-191, so these servers listen
from 127.0.1.192 (to 127.0.1.254 at most) and the domains end in heldout11.example; the bounces are filed under
tests/fixtures/real-mta-heldout11/.

Placeholders are those of heldout5.py ({rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}) and {sender}, the
envelope sender (fake_smtp.fill). Where a source prints a placeholder of its own (an IP address, an address, a host)
the session's value takes its place; every other word is the source's. Where a source prints the text of a reply
without its code, the code added is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout11.example"
_COREMAIL = ("Coremail support centre (icoremail.vip), bounce hints ('退信提示') it explains for its customers,"
             " https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0 and "
             "https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225 (the pages print the words"
             " without a code: 550 or 554 added as named)")
_BLUEHOST = ("Bluehost help, 'What Does My Email Bounce Mean?' (its incoming mail servers' refusals, each with its"
             " meaning), https://www.bluehost.com/help/article/what-does-my-email-bounce-mean (the page's \"fromemail\""
             " and \"toemail\" are the session's sender and recipient here)")
_ICGLINK = ("ICG Link help desk KB 73, 'Determining the cause of a bounced message' (session transcripts of refusals"
            " with their explanations), http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73")
_MXTOOLBOX = ("MxToolbox blog, September 2011, 'Example Bounces' of messages refused as spam or for the sending IP's"
              " reputation, https://blog.mxtoolbox.com/2011/09/")
_TURKISH = ("backlink.name (Turkish), 'SMTP Email Error 550 Kodu' (550 replies with their Turkish meaning),"
            " https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari")

_h = case_maker(SUFFIX)

HELDOUT11: list[Heldout] = [
    # --- the greeting
    _h("conn-571-postini-source", "CONN", ("571 spam source blocked - psmtp",),
       _MXTOOLBOX + " (Postini's refusal of a sending IP; the page's en dash is a hyphen here)"),
    _h("conn-554-coremail-address", "CONN", ("554 IP is rejected",), _COREMAIL + " (554 added)"),
    _h("conn-421-notqmail-ipme", "CONN", ("421 unable to figure out my IP addresses (#4.3.0)",),
       "notqmail source, qmail-smtpd.c (die_ipme: the server cannot tell its own addresses),"
       " https://github.com/notqmail/notqmail/blob/master/qmail-smtpd.c"),
    # --- EHLO / HELO
    _h("ehlo-553-hardwaresecrets-defined", "EHLO", ("553 User defined policy matched for {client_ip}",),
       "Hardware Secrets, 'Understanding Email Bounce Messages', page 4 'Problems with Your Email Server' (listed"
       " with the blacklist refusals: the sending server's IP address is listed as a source of spam; the page's"
       " [ip address] is the session's address here), https://hardwaresecrets.com/understanding-email-bounce-messages/4/"),
    # --- MAIL FROM
    _h("mail-550-bluehost-session", "MAIL", ("550 <{sender}> max messages per session",),
       _BLUEHOST + " ('Several emails were sent simultaneously. Exceeded email limits.')"),
    _h("mail-550-571-thiswebhost-csr", "MAIL", (
        "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your"
        " address",
    ), "This Web Host knowledge base 554, 'I am receiving an error sending e-mail' (the mailbox was used to send a"
       " significant amount of spam, probably compromised: change its password),"
       " https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html"),
    _h("mail-421-blackpearl-gl01", "MAIL", ("421 [GL01] Message from ({client_ip}) temporarily deferred",),
       "Black Pearl Mail knowledge base, 'Bounce Messages' (common 400-group deferrals; the page's X.X.X.X is the"
       " session's address here), http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages"),
    _h("mail-421-442-mailprotector-submission", "MAIL", (
        "421 4.4.2 Message submission rate for this client has exceeded the configured limit",
    ), "Mailprotector help, 'Common Email Bouncebacks' (its example 421, 'in reply to MAIL FROM command'),"
       " https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks"),
    # --- RCPT TO
    _h("rcpt-550-511-halon-onecom", "RCPT", ("550 5.1.1 yG4QZNGttZRyvyG4QZgw6k Recipient Rejected [503]",),
       "a public bounce on Pastebin (one.com's Halon mail gateway relaying the recipient server's refusal),"
       " https://pastebin.com/S0ay8vQY"),
    _h("rcpt-550-511-puffin-korean", "RCPT", ("550 5.1.1 Suspended user",),
       "puffinknight.tistory.com (Korean), return-mail types: under '받는사람이 사용중지된 경우' (the recipient's"
       " account is suspended), https://puffinknight.tistory.com/102"),
    _h("rcpt-452-bluehost-glgl", "RCPT", ("452 <{rcpt}> requested action aborted: try again later - GL/GL",),
       _BLUEHOST + " ('Momentary fail due to the account using greylisting. It will be accepted when the delivery is"
       " retried.')"),
    _h("rcpt-550-bluehost-glbl", "RCPT", ("550 <{rcpt}> recipient rejected GL/BL",),
       _BLUEHOST + " ('The sender has been blacklisted by the recipient ... Reach out to the recipient through"
       " alternative methods.')"),
    _h("rcpt-553-icglink-traffic", "RCPT", ("553 <{rcpt}>... unauthorized relay traffic prohibited",),
       _ICGLINK + " ('Sender is relaying mail')"),
    _h("rcpt-550-eomatica-galician", "RCPT",
       ("550 Requested action not taken: mailbox unavailable or is not local",),
       "eomatica.gal (Galician), 'Erros frecuentes nos envíos de email' (the recipient's address is not hosted on"
       " that server, whose settings do not pass it on), https://eomatica.gal/gl/component/content/article/"
       "14-blogue/271-erros-frecuentes-nos-envios-de-email.html"),
    _h("rcpt-550-571-hostgator-gateway", "RCPT", (
        "550 5.7.1 <{helo}[{client_ip}]>: Client host rejected: Rejected : Phishing",
    ), "a public bounce on Pastebin (HostGator's gateway36.websitewelcome.com, 'in reply to RCPT TO command'; the"
       " gateway's name and address are the session's here), https://pastebin.com/HucQjivi"),
    _h("rcpt-550-strato-adress", "RCPT", ("550 recipient e-mail adress unknown",),
       "STRATO FAQ 2420, 'Fehlermeldungen bei E-Mails' ('Empfängeradresse ist nicht bekannt'; the misspelling is"
       " STRATO's), https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/"),
    _h("rcpt-554-postini-weboke", "RCPT", ("554 No relaying allowed - psmtp",),
       "weboke.nl (Dutch) knowledge base 6, 'Email foutmeldingen' (an Exim bounce after RCPT TO from Postini's"
       " psmtp.com: the domain's mail server does not know the domain and will not pass the mail on),"
       " https://www.weboke.nl/knowledgebase/6/"
       "Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html"),
    _h("rcpt-550-turkish-handle", "RCPT",
       ("550 Requested action was not taken because this server doesn't handle mail for that user",),
       _TURKISH + " ('the server does not handle mail for this user')"),
    _h("rcpt-550-turkish-here", "RCPT", ("550 Recipient does not exist here",),
       _TURKISH + " ('Alıcı burada mevcut değil': the recipient does not exist here)"),
    _h("rcpt-550-coremail-server", "RCPT", ("550 not user of this server",), _COREMAIL + " (550 added)"),
    _h("rcpt-550-coremail-mailuser", "RCPT", ("550 unavailable mail user",), _COREMAIL + " (550 added)"),
    _h("rcpt-550-coremail-local", "RCPT", ("550 Requested action not taken: Local user only",),
       _COREMAIL + " (550 added)"),
    # --- the end of the message data
    _h("data-550-570-esets", "DATA", ("550 5.7.0 Rejected by ESETS_SMFI (spam)",),
       "a public Exchange NDR on Pastebin quoting the recipient server's reply (ESET Mail Security's sendmail milter,"
       " ESETS_SMFI), https://pastebin.com/PEZ38axe"),
    _h("data-551-mxtoolbox-denied", "DATA", ("551 Denied for Spam",), _MXTOOLBOX),
    _h("data-552-bbiq-remaining", "DATA", ("552 Message size exceeds remaining quota",),
       "BBIQ (QTnet, a Japanese ISP) FAQ 7552, error messages and what to do ('送信先の受信ボックスの容量に空きがない':"
       " the recipient's mailbox has no room left), https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552"
       " (552 added)"),
    _h("data-451-icglink-resolve", "DATA", ("451 From:domain must resolve",),
       _ICGLINK + " ('To: or From: line has an improperly constructed address', after DATA)"),
    _h("data-553-icglink-header", "DATA", ("553 user address required",),
       _ICGLINK + " ('To: or From: line has an improperly constructed address', after DATA)"),
    _h("data-420-rspamd-proxy", "DATA", ("420 Service not available, filesystem error",),
       "rspamd source, src/smtp_proto.h (SMTP_ERROR_FILE of its SMTP proxy), https://github.com/rspamd/rspamd"),
    _h("data-554-571-forwardemail-requirements", "DATA",
       ("554 5.7.1 This message does not meet our delivery requirements",),
       "Forward Email issue 423 (a recipient server's permanent refusal of forwarded messages that Forward Email kept"
       " retrying), https://github.com/forwardemail/forwardemail.net/issues/423"),
    _h("data-554-exedo-content", "DATA", ("554 Rejected due to spam content",),
       "Exedo (Dutch web design) help, 'Foutmeldingen e-mail' ('Uw bericht is door de mailserver van de ontvanger"
       " herkend als spam'), https://www.exedo.nl/mailmeldingen (the page prints it without a code; 554 added, as"
       " Broadcom knowledge base 169925 lists the same words)"),
]

FIRST_IP = "127.0.1.192"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.1.192 and up)."""
    return addresses(FIRST_IP, HELDOUT11)
