"""The forty-fifth held-out set: server replies as GitHub issue and pull-request threads of applications and libraries
that SEND mail quote them, each from a receiving (or relaying) system the thread names.

Made like heldout44.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the thread its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
forty-four earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 49 to measure the reading blind; it is never to be
tuned on. Set 44 uses 127.0.34.1-8 and another helper (X49) the catalogue set's 127.0.35.x, so these servers listen from
127.0.36.1 (to 127.0.36.63 at most) and the domains end in heldout45.example; the bounces are filed under
tests/fixtures/real-mta-heldout45/.

The threads are in repositories of mail clients, SMTP client libraries, web applications and services that send mail
(nodemailer, Mautic, listmonk, Dataverse, FOSUserBundle, DokuWiki's SMTP plugin, Delta Chat, Seafile, Plausible,
OpenSMTPD as a sending MTA, a GDPR-request sender), none in the mail-server suites another helper (C2-49) reads.
Placeholders are those of heldout11.py ({rcpt}, {client_ip}, {sender}, {helo}, ...); addresses, host names and IP
addresses the poster had hidden or that identify a person are the session's values, and the source note says so.
Every other word is the quoted reply's. Where the quote shows no stage, the note says which was chosen and why. The
label of each case is what the thread's answers, the reply's own words and the receiving software's documentation say
the reply means, not the asker's guess.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout45.example"
_NO_STAGE = "; the thread does not say at which stage"

_h = case_maker(SUFFIX)

HELDOUT45: list[Heldout] = [
    # --- MAIL FROM
    _h("mail-503-550-strato-listmonk", "MAIL", (
        "503 5.5.0 SMTP protocol violation: A mail transaction is already in progress. See RFC 5321, section"
        " 4.1.1.2 and 4.1.4",
    ), "knadh/listmonk issue 1073, '503 5.5.0 SMTP protocol violation: A mail transaction is already in progress'"
       " (a campaign log: 'error sending message in campaign [name]: subscriber [uuid]: 503 5.5.0 SMTP protocol"
       " violation: A mail transaction is already in progress. See RFC 5321, section 4.1.1.2 and 4.1.4'; the poster's"
       " hosting provider answered 'The mail client should not send another request before the previous one was"
       " resolved'; a second user: 'smtp server is official strato smtp (strato = german hosting provider)'),"
       " https://github.com/knadh/listmonk/issues/1073; RFC 5321 section 4.1.4: a MAIL command inside an open"
       " transaction is out of sequence (503); at MAIL FROM, the command the reply refuses"),
    _h("mail-553-571-yandex-dokuwiki", "MAIL", ("553 5.7.1 Sender address rejected: not owned by auth user.",),
       "splitbrain/dokuwiki-plugin-smtp issue 38, 'Sender address rejected' (the plugin's SMTP log against"
       " smtp.yandex.ru: 'Got: 220 vla1-ee05250d997a.qloud-c.yandex.net ESMTP ... Sent: MAIL FROM:<> Got: 553 5.7.1"
       " Sender address rejected: not owned by auth user.'; the poster's fix: send MAIL FROM with the account's own"
       " address), https://github.com/splitbrain/dokuwiki-plugin-smtp/issues/38; Yandex refuses an envelope sender"
       " the authenticated account does not own; at MAIL FROM, as the log shows"),
    # --- RCPT TO
    _h("rcpt-554-571-hostnet-mautic", "RCPT", (
        "554 5.7.1 <{rcpt}>: Recipient address rejected: policy rejection: {rcpt}: recipient is known to bounce;"
        " see https://www.hostnet.com.br/info/recipient-is-known-to-bounce/",
    ), "mautic/mautic issue 10162, 'Boadcast email sending error' (Swift Mailer's log against the sender's relay"
       " smtpz.f1.k8.com.br, 'ESMTP Postfix': '>> RCPT TO: ... << 554 5.7.1 : Recipient address rejected: policy"
       " rejection: mark@...: recipient is known to bounce; see https://www.hostnet.com.br/info/"
       "recipient-is-known-to-bounce/'), https://github.com/mautic/mautic/issues/10162; GitHub's page dropped the"
       " bracketed address after '5.7.1 ' (an HTML tag to it), restored as Postfix writes it ('<%s>: Recipient"
       " address rejected: ...'); both addresses are the session's recipient; the sending customer's own provider"
       " (Hostnet, Brazil) refuses to relay to an address its policy service lists as bouncing; at RCPT TO, as the"
       " log shows"),
    _h("rcpt-550-511-naver-ydr", "RCPT", (
        "550 5.1.1 No such user. For more information, go to https://help.naver.com/alias/mail/newmail10.naver"
        " YFIkhhfiSGCl2Nuynp4eNQ - nsmtp",
    ), "your-digital-rights/yourdigitalrights.org issue 736, 'Naver e-mail address is incorrect' (the DSN a user got"
       " for a request the site prepared to privacy@naver.com: 'Address not found. Your message wasn't delivered to"
       " privacy@naver.com because the address couldn't be found or is unable to receive email ... The response from"
       " the remote server was: 550 5.1.1 No such user. For more information, go to"
       " https://help.naver.com/alias/mail/newmail10.naver YFIkhhfiSGCl2Nuynp4eNQ - nsmtp'),"
       " https://github.com/your-digital-rights/yourdigitalrights.org/issues/736" + _NO_STAGE + ": at RCPT TO here,"
       " where a receiver looks the mailbox up (5.1.1)"),
    _h("rcpt-501-554-pfsense-opensmtpd", "RCPT", ("501 5.5.4 Error: Bad NOTIFY parameter syntax",),
       "OpenSMTPD/OpenSMTPD issue 499, '501 5.5.4 Error: Bad NOTIFY parameter syntax' (OpenSMTPD as the sending MTA"
       " of a mail client; its bounce: 'list@lists.pfsense.org: 501 5.5.4 Error: Bad NOTIFY parameter syntax' when"
       " the user asked for delivery notifications; 'many [servers] do not [comply]'), https://github.com/OpenSMTPD/"
       "OpenSMTPD/issues/499; the receiver's Postfix refuses the RCPT TO's NOTIFY= parameter (RFC 3461 section 4.1)"
       " as malformed; at RCPT TO, the command that carries NOTIFY"),
    # --- the end of the message data
    _h("data-550-570-mailtrap-smtppool", "DATA",
       ("550 5.7.0 Requested action not taken: too many emails per second",),
       "nodemailer/nodemailer-smtp-pool issue 8, 'rate limit is not working correctly' ('I send emails to"
       " mailtrap.io during unit tests. My mailtrap account has limit of 2 messages per second ... I always get this"
       " error: Error: Data command failed: 550 5.7.0 Requested action not taken: too many emails per second'),"
       " https://github.com/nodemailer/nodemailer-smtp-pool/issues/8, and izmjs/izmjs issue 26, 'Mailtrap: Error 550"
       " (too many emails per second)' ('when sending simultaneous emails (more than 3 per second)'),"
       " https://github.com/izmjs/izmjs/issues/26; the quote answers the DATA command, the kit's data stage answers"
       " after the data (the nearest stage it has)"),
    _h("data-550-571-gmail-dataverse", "DATA", (
        "550-5.7.1 This message has been rejected due to matching a prohibited domain in",
        "550 5.7.1 the body of your email. - gcdp d11sm4838263qth.97 - gsmtp",
    ), "IQSS/dataverse issue 4535, 'MailServiceBean should log detailed SMTPSendFailedException message' (the"
       " detailed message now logged: 'com.sun.mail.smtp.SMTPSendFailedException: 550-5.7.1 This message has been"
       " rejected due to matching a prohibited domain in 550 5.7.1 the body of your email. - gcdp"
       " d11sm4838263qth.97 - gsmtp'), https://github.com/IQSS/dataverse/issues/4535; Google's server ('gsmtp')"
       " refused the message for a domain named in its body; two reply lines as the flattened quote shows them;"
       " after the data, where the body is read (SMTPSendFailedException is JavaMail's data-stage failure)"),
    _h("data-554-ses-fosuser", "DATA", ("554 Message rejected: Address blacklisted.",),
       "FriendsOfSymfony/FOSUserBundle issue 1097, 'Swift_TransportException: Expected response code 250 but got"
       " code \"554\", with message \"554 Message rejected: Address blacklisted.', https://github.com/"
       "FriendsOfSymfony/FOSUserBundle/issues/1097, and emencia/emencia-django-newsletter issue 61, 'Error when"
       " sending via Amazon SES SMTP' ('when you try to send to an address which is blacklisted ... it is raised as"
       " normal exception with a following string in it's message: \"Address blacklisted\"'), https://github.com/"
       "emencia/emencia-django-newsletter/issues/61; Amazon SES refuses to send to an address on its list of"
       " addresses that bounced; after the data (Swift Mailer expected 250 to the end of the data)"),
    _h("data-554-571-testrun-deltachat", "DATA", ("554 5.7.1 No valid DKIM signature found",),
       "deltachat/deltachat-desktop issue 4159, 'Messages to nine.testrun.org are rejected with valid SPF' (a DSN:"
       " 'Remote-MTA: dns; nine.testrun.org Diagnostic-Code: smtp; 554 5.7.1 No valid DKIM signature found'; the"
       " chatmail relay accepts only DKIM-signed mail, SPF alone does not do), https://github.com/deltachat/"
       "deltachat-desktop/issues/4159; the same refusal by another chatmail relay in chatmail/relay issue 525 ('host"
       " mailchat.pl[...] said: 554 5.7.1 No valid DKIM signature found (in reply to end of DATA command)'); after"
       " the data, as that log says"),
    _h("data-550-570-hotmail-seafile", "DATA", (
        "550 5.7.0 (COL004-MC4F14) Message could not be delivered. Please ensure the message is RFC 5322"
        " compliant.",
    ), "haiwen/seafile issue 842, 'hotmail dont want deliver mails' (a Postfix log of Seafile's notifications:"
       " 'relay=mx1.hotmail.com[65.55.37.120]:25 ... dsn=5.7.0, status=bounced (host mx1.hotmail.com[65.55.37.120]"
       " said: 550 5.7.0 (COL004-MC4F14) Message could not be delivered. Please ensure the message is RFC 5322"
       " compliant. (in reply to end of DATA command))'; the poster's settings give DEFAULT_FROM_EMAIL = \"AMC-i"
       " Seafile\", a From without an address), https://github.com/haiwen/seafile/issues/842; after the data, as"
       " the log says"),
    _h("data-554-560-amavis-plausible", "DATA", ("554 5.6.0 Bounce, id=00194-12 - BAD HEADER",),
       "plausible/analytics issue 1044, 'INVALID HEADER Missing required header field: \"Date\"' (the report"
       " amavisd-new at the poster's mail host sent for Plausible's password-reset mail: 'The message WAS NOT"
       " relayed to: <info@...>: 554 5.6.0 Bounce, id=00194-12 - BAD HEADER ... This nondelivery report was"
       " generated by the program amavisd-new', the header check naming the missing Date field),"
       " https://github.com/plausible/analytics/issues/1044; amavisd-new's words for its bad-header verdict (set 1's"
       " 'Bounce, id=... - BANNED' is the same form); after the data, where amavisd-new reads the header (the"
       " thread does not say at which stage)"),
]

FIRST_IP = "127.0.36.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.36.1 and up)."""
    return addresses(FIRST_IP, HELDOUT45)
