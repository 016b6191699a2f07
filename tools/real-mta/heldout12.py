"""The twelfth held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows
them.

Made like heldout11.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
eleven earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 25, while the lead built general reading
mechanisms, to measure them blind; it is never to be tuned on. Set 11 reserves 127.0.1.192-254, so these servers listen
from 127.0.2.2 (to 127.0.2.63 at most) and the domains end in heldout12.example; the bounces are filed under
tests/fixtures/real-mta-heldout12/.

Placeholders are those of heldout11.py ({rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {sender}, {helo}). Where
a source prints a placeholder of its own (an IP address, an address, a host, a domain) the session's value takes its
place; every other word is the source's. Where a source prints the text of a reply without its code, the code added
is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout12.example"
_FWDEMAIL = ("Forward Email issue 547, '[fix] Deferred incoming emails never accepted' (the replies its incoming"
             " servers gave senders, quoted by its users), https://github.com/forwardemail/forwardemail.net/issues/547")
_FASTMAIL = ("Fastmail help, 'Why messages bounce back' (its own common bounce errors, each explained),"
             " https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back")
_GORDANO = "Gordano (GMS mail server) knowledge base"
_EXIMWIKI = ("Exim wiki, 'Verification' (ACLs of Exim users with their reject messages), https://github.com/"
             "BernardQuatermass/exim-wiki (Verification.md)")
_RGNMED = ("RGN clinician support, 'Bounced emails' (replies in its mail logs with their meaning),"
           " https://clinician.rgnmed.com/support-admin/bounced-emails")

_SMTPCODES = "smtp.codes, 'SMTP Error Code 550' (replies listed by provider), https://smtp.codes/550"

_h = case_maker(SUFFIX)

HELDOUT12: list[Heldout] = [
    # --- the greeting
    _h("conn-554-dreamhost-comcast", "CONN", ("554 Comcast block for spam.",),
       "DreamHost help, 'Blocked email' (an example of a blocked email: 'delivery temporarily suspended: host refused"
       " to talk to me: 554 Comcast block for spam.', the receiving server taking the sender's mail for spam),"
       " https://help.dreamhost.com/hc/en-us/articles/115005095667-Blocked-email"),
    _h("conn-554-fobhost-remoteip", "CONN", ("554 remote ip is forbidden",),
       "fobhost.com (a Chinese host), bounce keywords and their problems ('发件人IP被屏蔽': the sender's IP is"
       " blocked), https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (printed without a code; 554 added)"),
    _h("conn-421-fwdemail-shutdown", "CONN", ("421 Server shutting down",),
       _FWDEMAIL + " ('incoming email temporary deferred with 421 'Server shutting down''; where in the session is not"
       " said: here the greeting)"),
    # --- EHLO / HELO
    _h("ehlo-550-gordano-alert", "EHLO", ("550 Your server has been banned from this server",),
       _GORDANO + ", 'What is alert 8002?' (a connecting server's IP address is on the administrator's banned"
       " hosts list; GMS answers the HELO with its rejection and disconnects),"
       " https://www.gordano.com/knowledge-base/what-is-alert-8002/"),
    _h("ehlo-550-bobcares-impersonating", "EHLO", ("550 Bad HELO - Host impersonating domain name [{helo}]",),
       "Bobcares blog, '550 Bad HELO - Host impersonating domain name' (cPanel's greeting-forgery check: the HELO"
       " names a domain hosted on the receiving server or the server's own name; the page's bracketed name is the"
       " session's HELO here), https://bobcares.com/?p=104544"),
    # --- MAIL FROM
    _h("mail-462-polaris-daily", "MAIL", ("462 Daily send limit reached. Please try again tomorrow",),
       "Polaris Mail wiki, 'Common Problems' (the account sent more than its 300 messages of the day; the limit can"
       " be raised on request), http://wiki.polarismail.com/display/Support/Common+Problems"),
    _h("mail-553-bigpond-defined", "MAIL", ("553 {client_ip} Defined SPAM source: bl.spamcop.net",),
       "a BigPond qmail bounce quoted on themssforum.com, 'Email blocked' ('Connected to x.x.x.x but sender was"
       " rejected. Remote host said: x.x.x.x Defined SPAM source: bl.spamcop.net'; the post hides the code: 553"
       " added), http://www.themssforum.com/smallbiz/Email-blocked/"),
    _h("mail-550-510-bobcares-record", "MAIL", (
        "550 5.1.0 {client_ip} is not allowed to send from <{sender_domain}> per it's SPF Record. Please inspect your"
        " SPF settings, and try again.",
    ), "Bobcares' article on '550 5.1.0 [IP] is not allowed to send from' as copied by errorsmaster.ru (a bounce after"
       " 'sender was rejected': the sending IP is not in the sender domain's SPF record; the page's address and"
       " the domain it lost between the angle brackets are the session's here),"
       " https://errorsmaster.ru/oshibka-is-not-allowed-to-send-mail-from"),
    _h("mail-550-eximwiki-adsl", "MAIL", (
        "550 Helo is ADSL or DIAL (HELO was {helo}) and your ip {client_ip} not is a MX/SPF of domain"
        " <{sender_domain}>",
    ), _EXIMWIKI + " ('Contain ADSL in reverse': in acl_check_mail, a HELO that looks like a dial-up or DSL host"
       " from an address that is neither an MX nor in the SPF of the sender's domain; an Exim drop, 550)"),
    _h("mail-554-sina-unvalidated", "MAIL", ("554 sender is unvalidated.",),
       "a Chinese mail system's SMTP replies listed on blog.sina.com.cn ('发信人地址不合法': the sender's address is"
       " not valid), https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html"),
    # --- RCPT TO
    _h("rcpt-451-machighway-later", "RCPT", ("451 This server is currently unavailable, please try later..",),
       "MacHighway support, 'Bounce back e-mail codes' ('This is due to Windows Greylisting that our server uses'),"
       " http://www.machighway.com/support/support_topics/email/troubleshooting/bounceback_email_codes.php"),
    _h("rcpt-550-521-att-addressee", "RCPT", ("550 5.2.1 <{rcpt}>... Addressee unknown, relay=[{client_ip}]",),
       _SMTPCODES + ", under AT&T (the page's address and x.xx.xx.xx are the session's recipient and address here)"),
    _h("rcpt-550-511-fastmail-sorry", "RCPT", ("550 5.1.1 Sorry, user address unknown",),
       _FASTMAIL + " (the other wording of 'User unknown in virtual mailbox table': no user has this address)"),
    _h("rcpt-554-ionos-orbit", "RCPT", (
        "554 Service unavailable; Client host [{client_ip}] blocked using rbl.orbitrbl.com - IP Black Listed",
    ), "IONOS help, 'Fehlermeldungen bei unzustellbarer E-Mail' (the receiving server refuses all mail from one of"
       " the sending mail servers, which is on a blacklist; the page's '[...]' is the session's address here),"
       " https://www.ionos.de/hilfe/e-mail/glossar-e-mail-fachbegriffe-verstaendlich-erklaert/"
       "problemloesungen-mail-basicmail-business/fehlermeldungen-bei-unzustellbarer-e-mail/"),
    _h("rcpt-550-gordano-notallowed", "RCPT", ("550 Mail Relay not allowed",),
       _GORDANO + ", article Q0475, 'What does the error message \"550 Mail Relay not allowed\" mean?' (the server"
       " will not pass the message on for this client: authenticate or use another server),"
       " http://www.gordano.com/kb.htm?q=475"),
    _h("rcpt-550-571-ttu-techmail", "RCPT", (
        "550 5.7.1 Email rejected because the IP address {client_ip} has been listed by an Internet spam block list"
        " [1].",
    ), "Texas Tech University AskIT KB0029071 (TechMail refuses the sending IP address while a spam block list lists"
       " it; the page prints the code twice, '550 550 5.7.1', as the bounce quoted it, and its X.X.X.X is the"
       " session's address here), https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029071"),
    _h("rcpt-550-eximwiki-working", "RCPT", (
        '550-REJECTED - Sender Verify Failed - error code "recipient"',
        "550-",
        "550 The return address you are using for this email message <{sender}>does not seem to be a working account.",
    ), _EXIMWIKI + " ('Sender Verify Fails on \"Recipient\"': a callout found that the sender's address does not"
       " exist; the message's two newlines give the empty line, and Exim drops the leading blanks of the"
       " continued line, so no space before 'does')"),
    _h("rcpt-550-eximwiki-verify", "RCPT", ("550 REJECTED - Recipient Verify Failed - User Not Found",),
       _EXIMWIKI + " ('Recipient Verification': a callout to the next server found no such recipient)"),
    _h("rcpt-450-postfwd-fiveminutes", "RCPT", ("450 only 5 recipients per 5 minutes allowed",),
       "oopen.de mail system notes, postfwd 'README.default-rate-limits' ('von unbekannten Server 5 Empfänger pro 5"
       " Minuten': unknown servers may send to 5 recipients in 5 minutes), https://git.oopen.de/install/mailsystem/"
       "raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits (the message"
       " only; 450, the code of a rate limit's deferral, added)"),
    _h("rcpt-553-512-rgnmed-mailserver", "RCPT", (
        "553 5.1.2 Unknown mail server. Could not find a mail server for {rcpt_domain}",
    ), _RGNMED + " ('Invalid address. Particularly domain part of it'; its [some domain] is the recipient's domain"
       " here)"),
    _h("rcpt-552-aol-chilipepper", "RCPT", ("552 {rcpt} has a full mailbox",),
       "Chili Pepper Web email support, 'Mail Quota Exceeded' (America Online's wording of a recipient over quota),"
       " http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html"),
    _h("rcpt-550-521-gmx-sitepackage", "RCPT", ("550 5.2.1 <{rcpt}>... User is inactive",),
       "sitepackage.de, 'Typische Fehlermeldungen bei Unzustellbarkeit' (GMX, under 'Empfänger ist unbekannt oder"
       " existiert nicht mehr'; the page's '...' follows the address it leaves out, which is the session's here),"
       " http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html"),
    # --- the end of the message data
    _h("data-551-571-fastmail-header", "DATA", ("551 5.7.1 Not authorised to send from this header address",),
       _FASTMAIL + " (the From: header names an address the sending account may not send from)"),
    _h("data-550-carerix-probability", "DATA", ("550 High probability of spam",),
       "Carerix help (Dutch), 'E-mail bounce' ('Het bericht lijkt op spam': the receiving server takes the message"
       " for spam), http://nl.help.carerix.com/nl/articles/2245905-e-mail-bounce"),
    _h("data-550-cuda-spoofed", "DATA", ("550 rejecting spoofed message",),
       _SMTPCODES + ", under Barracuda ('Barracuda thinks you're attempting to impersonate a known brand. Check your"
       " sending domains, 'From' details, and content and links')"),
    _h("data-550-oni-bericht", "DATA", ("550 Message blocked due to virus content of the message",),
       "Oni (a Dutch host) help, 'Uitgaande e-mail komt terug (mail bounce)' ('afgewezen op basis van de inhoud,"
       " waarschijnlijk door een virusfilter'; printed without a code: 550 added),"
       " https://oni.nl/help/artikel/uitgaande-e-mail-komt-terug-mail-bounce"),
    _h("data-552-tufts-uit", "DATA", ("552 Illegal Attachment",),
       "Tufts University Information Technology, 'Bounced Message Documentation' ('SMTP error from remote mailer"
       " after end of data ... 552 Illegal Attachment'), http://uit.tufts.edu/?pid=548"),
    _h("data-554-vfree-scanner", "DATA", ("554 Message refused by the scanner",),
       "VirusFree.cz (a Czech mail filtering service) FAQ, 'Most common delivery errors' (send the refused message"
       " to them for analysis), https://www.virusfree.cz/en/faq"),
    _h("data-421-fwdemail-promise", "DATA", ("421 Promise timed out after 15000 milliseconds",),
       _FWDEMAIL + " (another deferral its users met, the receiving side's internal timeout; at the end of the"
       " data here)"),
    _h("data-552-newpages-maximum", "DATA", ("552 message size exceeds the maximum message size",),
       "Newpages (a Malaysian host) knowledge base, article 349 'Email Error Message' (the message with its"
       " attachments is larger than the domain allows), https://edu.newpages.com.my/article/349/email-error-message"),
]

FIRST_IP = "127.0.2.2"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.2.2 and up)."""
    return addresses(FIRST_IP, HELDOUT12)
