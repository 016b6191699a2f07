"""The thirteenth held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows
them.

Made like heldout12.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
twelve earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 25, while the lead built general reading
mechanisms, to measure them blind; it is never to be tuned on. Set 12 reserves 127.0.2.2-63, so these servers listen
from 127.0.2.64 (to 127.0.2.127 at most) and the domains end in heldout13.example; the bounces are filed under
tests/fixtures/real-mta-heldout13/.

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

SUFFIX = "heldout13.example"
_QSMTP = "Qsmtp (a qmail-smtpd replacement), source file DerDakon/Qsmtp "
_MOMENTUM = ("SparkPost (Momentum) reference, 'Appendix F.2. Responses Sorted by Message' (the replies the Momentum MTA"
             " gives its SMTP clients), https://github.com/SparkPost/developers.sparkpost.com"
             " (web-ref/responses-by-message.md)")
_FWDEMAIL = ("Forward Email issue 547, '[fix] Deferred incoming emails never accepted' (the replies its incoming"
             " servers gave senders, quoted by its users), https://github.com/forwardemail/forwardemail.net/issues/547")

_h = case_maker(SUFFIX)

HELDOUT13: list[Heldout] = [
    # --- the greeting
    _h("conn-521-0spam-greeting", "CONN", ("521 {client_ip} blocked by 0Spam",),
       "a bounce pasted on pastebin.com (an Exim-style report: 'SMTP error from remote server for GREETING command,"
       " host: mx2.azureit.se ... reason: 521 212.227.126.133 blocked by 0Spam'; the page's address is the"
       " session's here), https://pastebin.com/6JaLsEc6"),
    _h("conn-421-free-reversedns", "CONN", ("421 Refused. Your reverse DNS entry does not resolve to an IP.",),
       "iRedMail issue 156, 'A new error with postfix cmd' (Postfix logs of mail deferred by Free's mx2.free.fr:"
       " 'refused to talk to me: 421 Refused. Your reverse DNS entry does not resolve to an IP.'),"
       " https://github.com/iredmail/iRedMail/issues/156"),
    _h("conn-554-ironport-hostonly", "CONN", ("554 ironportin-lyk-3.it.gu.se",),
       "docker-mailserver issue 762, 'Mail stuck when server refuses to talk' (one university's IronPort gateways"
       " refuse the user's server at the greeting with only their own host name: 'refused to talk to me: 554"
       " ironportin-lyk-3.it.gu.se'), https://github.com/docker-mailserver/docker-mailserver/issues/762"),
    # --- EHLO / HELO
    _h("ehlo-550-eurohosting-security", "EHLO", ("550 Rejected for Security Reasons",),
       "Eurohosting.cz, 'Rejected for Security Reasons' (the page its refusals point to: HELO/EHLO missing, an IP"
       " address or fake, a dynamic host, a wrong PTR record, SPF, a DNSBL listing, spam or viruses; the"
       " administrator of the sending server must fix it), http://www.eurohosting.cz/cs/smtp (the page names the"
       " words, not the code: 550 added; at EHLO here, the first of the checks it lists)"),
    _h("ehlo-554-571-pastebin-dynamic", "EHLO", (
        "554 5.7.1 <{helo}>: Helo command rejected: Generic / dynamic helo/ehlo is not allowed here",
    ), "a Postfix log line pasted on pastebin.com ('NOQUEUE: reject: RCPT from host-89-228-141-53.gorzow.mm.pl ...:"
       " 554 5.7.1 <host-89-228-141-53.gorzow.mm.pl>: Helo command rejected: Generic / dynamic helo/ehlo is not"
       " allowed here'; a HELO access check refusing generic, dynamic-looking names; the page's HELO is the"
       " session's here, and the reply answers EHLO as with smtpd_delay_reject = no), https://pastebin.com/TVZVzp5w"),
    # --- MAIL FROM
    _h("mail-550-haraka-fromlist", "MAIL", ("550 Mail from you is not allowed here",),
       "Haraka, plugin mail_from.blocklist (the envelope sender is on the server's list of blocked addresses; DENY"
       " gives 550), https://github.com/haraka/Haraka (plugins/mail_from.blocklist.js)"),
    _h("mail-550-simplesmtp-callback", "MAIL", (
        "550-Callback setup failed while verifying <{sender}>",
        "550-(result of an earlier callout reused).",
        "550-The initial connection, or a HELO or MAIL FROM:<> command was",
        "550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards",
        "550-RFC requirements, and stops you from receiving standard bounce",
        "550-messages. This host does not accept mail from domains whose servers",
        "550 refuse bounces.",
    ), "andris9/simplesmtp pull request 77, 'Allow null return sender in mail command' (a remote server's sender"
       " verification callout to the sending domain's server was refused, so it refuses the sender; the page's"
       " address is the session's sender here), https://github.com/andris9/simplesmtp/pull/77"),
    _h("mail-450-420-mailblocker-grey", "MAIL", ("450 4.2.0 Sender address rejected: Greylisted for 300 sec.",),
       "spam-mail-blocker.de, 'Greylisting Help' ('4.2.0 Sender address rejected: Greylisted for XX sec.'; the"
       " mail is only delayed; XX is 300 here, the code 450 added), https://www.spam-mail-blocker.de/greylisted.html"),
    # --- RCPT TO
    _h("rcpt-501-518-qsmtp-exchanger", "RCPT", ("501 5.1.8 Sorry, can't find a mail exchanger for sender address",),
       _QSMTP + "callbacks/fromdomain.c (the sender's domain has no MX, so no bounce could reach it; checked per"
                " recipient), https://github.com/DerDakon/Qsmtp"),
    _h("rcpt-550-571-qsmtp-nobounce", "RCPT", ("550 5.7.1 address does not send mail, there can't be any bounces",),
       _QSMTP + "callbacks/nobounce.c (the recipient address never sends mail, so mail from the null sender to it"
                " is refused), https://github.com/DerDakon/Qsmtp"),
    _h("rcpt-550-571-qsmtp-soberg", "RCPT", ("550 5.7.1 mail looks like SoberG worm",),
       _QSMTP + "callbacks/soberg.c (the MAIL FROM and HELO look like the SoberG worm's), https://github.com/"
                "DerDakon/Qsmtp"),
    _h("rcpt-554-571-iredapd-authoried", "RCPT", ("554 5.7.1 <{rcpt}>: Recipient address rejected: Not authoried",),
       "iRedAPD (iRedMail's Postfix policy server), libs/__init__.py, SMTP_ACTIONS 'reject_not_authorized': 'REJECT"
       " Not authoried' (its plugins' refusal of a sender who may not mail this recipient, e.g. a members-only"
       " list), https://github.com/iredmail/iRedAPD; Postfix words a policy REJECT at RCPT TO as '554 5.7.1"
       " <recipient>: Recipient address rejected: <text>'"),
    _h("rcpt-552-kontopl-syslock", "RCPT", ("552 sys_lock quota exceeded",),
       "konto.pl support (Polish), 'Informacje zwrotne o niedostarczeniu wiadomości' ('sys_lock quota exceeded -"
       " przekroczona powierzchnia skrzynki odbiorczej': the recipient's mailbox is over its space),"
       " https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx (the reason"
       " only; 552 added)"),
    _h("rcpt-451-422-ftgate-full", "RCPT", ("451 4.2.2 {rcpt} mailbox full (#3.14)",),
       "FTGate documentation, 'Service Error Messages' (ERR_SMTP_MAILBOX_FULL: '451 4.2.2 %s mailbox full (#3.14)'),"
       " http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/"),
    _h("rcpt-550-pastebin-permitted", "RCPT", ("550 relay is not permitted on this host.",),
       "an SMTP session pasted on pastebin.com (mailx sending through a server that refuses to relay: 'RCPT"
       " TO:<...@gmail.com>' answered '550 relay is not permitted on this host.'), https://pastebin.com/Q2pb27Y8"),
    _h("rcpt-450-zimbra-ratecontrolled", "RCPT", ("450 too many connections from your IP (rate controlled)",),
       "a Zimbra proxy's Postfix log in a gist ('status=deferred (host smtp.yyyy.xom[...] said: 450 too many"
       " connections from your IP (rate controlled) (in reply to RCPT TO command))'),"
       " https://gist.github.com/pbruna/4595838"),
    # --- the end of the message data
    _h("data-550-560-momentum-header", "DATA", ("550 5.6.0 Invalid header found (see RFC2822 section 3.6)",),
       _MOMENTUM),
    _h("data-550-560-momentum-bodyline", "DATA", ("550 5.6.0 Body line too long (see RFC2822 section 3.5)",),
       _MOMENTUM),
    _h("data-554-571-pastebin-returndomain", "DATA", (
        "554 5.7.1 This message has been blocked because the return email domain is invalid.(failed to obtain DNS"
        " record for domain {sender_domain})",
    ), "a Postfix log pasted on pastebin.com ('said: 554 5.7.1 This message has been blocked because the return"
       " email domain is invalid.(failed to obtain DNS record for domain qlc.in) (in reply to end of DATA"
       " command)'; the page's domain is the session's sender domain here), https://pastebin.com/PBt9E9Rz"),
    _h("data-421-fwdemail-interrupted", "DATA", (
        "421 Message delivered to {rcpt}; Message delivery was temporarily interrupted, please try again later.",
    ), _FWDEMAIL + " (another deferral its users met: 'Message delivered to xxxx; Message delivery was temporarily"
       " interrupted'; at the end of the data here, the page's xxxx being the recipient)"),
]

FIRST_IP = "127.0.2.64"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.2.64 and up)."""
    return addresses(FIRST_IP, HELDOUT13)
