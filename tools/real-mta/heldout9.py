"""The ninth held-out set: server replies worded exactly as an MTA, a filter or a provider documents them.

Made like heldout8.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
eight earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 23, while the lead built general reading
mechanisms, to measure them blind; it is never to be tuned on. Set 8 uses 127.0.1.2-63, so these servers listen from
127.0.1.64 (to 127.0.1.127 at most) and the domains end in heldout9.example; the bounces are filed under
tests/fixtures/real-mta-heldout9/.

Placeholders are those of heldout5.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}. Where a source
prints a placeholder of its own (an IP address, a user id, a list name, a number) the session's value or a stand-in
named in the source note takes its place; every other word is the source's. Where a source prints the text of a reply
without its code, the code added is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout9.example"
_VMS = ("HP TCP/IP Services for OpenVMS Management, 18.6.7.3 'Specifying the Spam Rejection Text' (the default"
        " messages of the SMTP server's FRIENDLY option; printed without reply codes), https://www.digiater.nl/"
        "openvms/doc/alpha-v8.3/83final/6526/6526pro_045.html; the same list in the Compaq manual, 17.6.8.3,"
        " http://www.manualshelf.com/manual/compaq/compaq-tcp-ip-services-for-openvms/2-technical-data-english/"
        "page-340.html")
_SBBS = ("Synchronet BBS mail server source, src/sbbs3/mailsrvr.cpp (smtp_client_thread),"
         " https://github.com/SynchronetBBS/sbbs")
_RGN = ("RGN clinician support, 'Bounced emails' (log messages and what each means),"
        " https://clinician.rgnmed.com/support-admin/bounced-emails")

_h = case_maker(SUFFIX)

HELDOUT9: list[Heldout] = [
    # --- the greeting
    _h("conn-554-vms-backtranslate", "CONN", ("554 I can't backtranslate your IP address to a host name.",),
       _VMS + " (Unbacktranslatable-IP-Text: the client address has no host name; the server disconnects; 554"
       " added)"),
    _h("conn-554-vms-subnet", "CONN", ("554 Your IP address or subnet is in my list of bad ones.",),
       _VMS + " (Bad-Clients-Text: the client address is on the server's Bad-Clients list; 554 added)"),
    _h("conn-554-jotop-unwelcome", "CONN", ("554 Unwelcome connection rejected (2)",),
       "JOTOP (a Shenzhen mail host), '邮局常见报错信息' (code (2): the connecting address is on the system's"
       " deny-service blacklist), http://www.jotop.com/help/emailapply/emailapply_show_10820.html"),
    _h("conn-421-hanafos-register", "CONN", (
        "421 4.3.2 Your IP({client_ip}) is filtered and this connection will be closed. You must register your IP to"
        " spammaster@hanafos.com By SpaceLee, the Lord of mail server.",
    ), "Korean return-mail guides quoting mail.hanafos.com's reply (the sending address broke its filter conditions"
       " and is treated as a spammer), http://blog.jinbo.net/007/archive/20051107 and"
       " http://adminplay.com/index.php?document_srl=2077&mid=Mail (the IP address there is the session's here)"),
    _h("conn-421-vfree-parallel", "CONN", ("421 Service temporarily not available",),
       "VirusFree.cz (a Czech mail filtering service) FAQ, 'Most common delivery errors' (the limit of parallel SMTP"
       " connections is reached), https://www.virusfree.cz/en/faq"),
    # --- EHLO
    _h("ehlo-501-hmail-domain", "EHLO", ("501 EHLO Invalid domain address.",),
       "hMailServer documentation, 'SMTP error messages' (the domain address given in EHLO does not have the correct"
       " syntax), http://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp"),
    # --- MAIL FROM
    _h("mail-550-vms-unresolvable", "MAIL",
       ("550 That sender address is unresolvable into a host name or MX domain.",),
       _VMS + " (Unresolvable-Domain-Text; the manual: when no MX record is found for the sender address the server"
       " rejects the MAIL FROM command, http://www.manualshelf.com/manual/compaq/compaq-tcp-ip-services-for-openvms/"
       "2-technical-data-english/page-339.html; 550 added)"),
    _h("mail-554-sbbs-sender", "MAIL", ("554 Sender not allowed.",),
       _SBBS + " (MAIL FROM: the reverse path is on the sysop's list of refused addresses)"),
    _h("mail-421-sbbs-requests", "MAIL", ("421 too many requests, try again later",),
       _SBBS + " (any command: the client address went over the request rate limit)"),
    _h("mail-553-530-websitesecure", "MAIL", (
        "553 5.3.0 {client_ip} Your message was rejected for possible spam/virus content.Please ask your email"
        " provider to visit http://emailadmin.registeredsite.com for resolution.",
    ), "a public Postfix bounce on Pastebin (mx1.namesecuremail.net, Web.com's hosted mail, in reply to MAIL FROM),"
       " https://pastebin.com/TuQgvjzq (the IP address there is the session's here)"),
    _h("mail-550-icglink-ip", "MAIL", ("550 Sorry, no access for this ip",),
       "ICG Link help desk, article 73 (session transcripts and explanations: at MAIL FROM, the sender is from a"
       " known SPAM IP-address), http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73"),
    # --- RCPT TO
    _h("rcpt-554-vms-realtime", "RCPT", ("554 Your IP address is in my RBL list.",),
       _VMS + " (Client-In-RBL-Text: the client address is on a real-time black hole list; 554 added)"),
    _h("rcpt-550-vms-strangers", "RCPT", ("550 Both you and the recipient are unknown to me. I will not relay.",),
       _VMS + " (SPAM-Relay-Text: neither the client nor the recipient's domain is one the server serves; 550"
       " added)"),
    _h("rcpt-550-sbbs-listing", "RCPT", ("550 Mail from {client_ip} refused due to listing at bl.spamcop.net",),
       _SBBS + " (RCPT TO: the client address is listed on the configured DNS blacklist; SpamCop's name stands in"
       " for the configured one)"),
    _h("rcpt-452-sbbs-today", "RCPT", ("452 Too many emails today",),
       _SBBS + " (RCPT TO: the sending user's emails-per-day limit is reached)"),
    _h("rcpt-554-kr-userid", "RCPT", ("554 5.0.0 Service unavailable (user: mail is denied, by spam filter)",),
       "a Korean list of return-mail replies by cause, under '받는사람의 스팸설정(수신거부)에 의해 차단된 경우'"
       " (refused by the recipient's own spam / rejection settings), https://puffinknight.tistory.com/102"
       " ('userid' there is the recipient's user id, 'user' here)"),
    _h("rcpt-554-arubapec-certified", "RCPT", (
        "554 <{rcpt}>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla"
        " ricezione di posta non certificata",
    ), "Aruba PEC guide 14.2, 'Risoluzione agli errori comuni nell'invio e nella ricezione della PEC' (ordinary mail"
       " sent to a certified mailbox not enabled to receive it), https://guide.pec.it/posta-pec/faq-errori-comuni/"
       "errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx"),
    _h("rcpt-501-552-aruba-chars", "RCPT", ("501 5.5.2 bad chars in command",),
       "Aruba hosting guide, 'Risoluzione errori comuni' ('5.5.2 bad chars in command': the recipient addresses contain"
       " invalid characters; printed without a reply code, 501 added), https://guide.hosting.aruba.it/email/"
       "risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx"),
    _h("rcpt-554-30-rgn-mailbox", "RCPT",
       ("554 30 Sorry, your message to {rcpt} cannot be delivered. This mailbox is disabled",),
       _RGN + " ('Address is disabled')"),
    _h("rcpt-552-1-rgn-mailbox", "RCPT", ("552 1 Requested mail action aborted, mailbox not found",),
       _RGN + " ('Invalid address')"),
    _h("rcpt-550-3ess-check", "RCPT", ("550 Sender Authorization check failed",),
       "3Essentials knowledge base, 'Delivery Failure: 550 Remote host said Sender Authorization check failed' (the"
       " sending server failed the recipient server's SPF check of the sender's domain),"
       " http://knowledge.3essentials.com/web-hosting/article/1744/"
       "Delivery-Failure-550-Remote-host-said-Sender-Authorization-check-failed.html"),
    # --- the end of the message data
    _h("data-554-500-fastmail-lmtp", "DATA", ("554 5.0.0 Unexpected internal error",),
       "FastMail.FM help, 'Errors Sending to Other Accounts' (its LMTP proxy's reply, which 'is misleading. It"
       " actually means the user ... doesn't exist'; the page prints it with its spaces lost),"
       " http://www.fastimap.com/help/troubleshooting_errors_sending_to_other_accounts.html"),
    _h("data-554-sbbs-subject", "DATA", ("554 Subject not allowed.",),
       _SBBS + " (end of data: the Subject header matches the sysop's list of refused subjects)"),
    _h("data-552-sbbs-bytes", "DATA", ("552 Message size (1840) exceeds maximum: 1024 bytes",),
       _SBBS + " (end of data: the message is larger than the configured maximum; the two numbers stand in for the"
       " message's length and the limit)"),
    _h("data-552-520-nextgentel", "DATA", (
        "552 5.2.0 yxTiZdXDTefL7yxTiZ8pDw Message rejected by NextGenTel Spam Filter - For more information, see"
        " https://www.nextgentel.com/kundesider/artikler/epostvask.php [602]",
    ), "a public Exchange non-delivery report on Pastebin (NextGenTel, a Norwegian ISP, refusing a message),"
       " https://pastebin.com/eaXMWT2g"),
    _h("data-554-530-wp", "DATA", (
        "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone:"
        " http://poczta.wp.pl/info-antyspam-polityka.html / We can't accept this message because it is spam - see:"
        " http://poczta.wp.pl/info-antyspam-policy.html [127]",
    ), "public qmail bounces on Pastebin (wp.pl and o2.pl, Polish portals, after the message data),"
       " https://pastebin.com/qHYaUxmE and https://pastebin.com/iSTpMQe0"),
    _h("data-554-571-tigertech", "DATA", (
        "554 5.7.1 Content filter rejection: SpamAssassin score 21.673 (DEAR_SOMETHING,DKIM_ADSP_NXDOMAIN,"
        "DNSBL_AND_URIBL,HTML_MESSAGE,MIME_QP_LONG_LINE,MISSING_MID,RCVD_IN_BL_SPAMCOP_NET,RCVD_IN_DNSWL_NONE,"
        "SENT_TO_WHOIS_PRIVACY_ADDRESS,URIBL_DBL_ABUSE_BOTCC,URIBL_INDEPENDENT_OVERLAP2,URIBL_IVM). Please alter the"
        " content of your message and try again.",
    ), "a public qmail bounce on Pastebin (Tiger Technologies' server 208.80.4.161, after the message data),"
       " https://pastebin.com/DGVf7ePp"),
    _h("data-571-psmtp", "DATA", ("571 Virus detected - psmtp",),
       "ipentec.com, 'メールを送信すると 571 Virus detected が返る'"
       " (Postini's psmtp.com servers, in reply to end of DATA), https://www.ipentec.com/document/internet-mail-delivered-error-in-571-virus-detected"),
    _h("data-500-500-depot", "DATA", ("500 5.0.0 Depot returns error: <552 5.2.2 Over quota>",),
       "sitepackage.de, 'Typische Fehlermeldungen bei Unzustellbarkeit', under 'E-Mail-Postfach des Empfängers ist"
       " voll' (other providers), http://www.sitepackage.de/service/dokumentation/auswertung/"
       "typische-fehlermeldungen-bei-unzustellbarkeit.html"),
    _h("data-452-pinzweb-disk", "DATA", (
        "452 User's Disk Quota Exceeded. Sorry, your message cannot be delivered as the recipient has exceeded their"
        " disk space limit for email.",
    ), "pinzweb.at (an Austrian host), 'Das Postfach ist voll' (the text its server returns when a mailbox is full;"
       " printed without a reply code, 452 added), https://pinzweb.at/knowledge-base/das-postfach-ist-voll/"),
]

FIRST_IP = "127.0.1.64"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.1.64 and up)."""
    return addresses(FIRST_IP, HELDOUT9)
