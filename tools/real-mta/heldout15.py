"""The fifteenth held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows
them.

Made like heldout14.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
fourteen earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 28 to measure the reading blind; it is never to
be tuned on. Set 14 uses 127.0.2.84-101, so these servers listen from 127.0.2.102 (to 127.0.2.127 at most) and the
domains end in heldout15.example; the bounces are filed under tests/fixtures/real-mta-heldout15/.

Placeholders are those of heldout11.py ({rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {sender}, {helo}). Where
a source prints a placeholder of its own (an address, a domain, a number the server computes) the session's value (or
the value the source's default gives) takes its place; every other word is the source's. Where a source prints the
text of a reply without its code, or does not say at which stage it is given, the source note says which code and
stage were chosen.

Seven replies come from qpsmtpd 0.94 as Debian 12 ships it (package qpsmtpd 0.94-5: its plugins under
/usr/share/qpsmtpd/plugins and the reply codes of /usr/share/perl5/Qpsmtpd/SMTP.pm: a DENY answers the greeting with
550 and the end of the data with 552, a DENYSOFT the greeting and RCPT TO with 450).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout15.example"
_QP = "qpsmtpd 0.94 (Debian 12 package qpsmtpd 0.94-5), "
_NO_STAGE = "; the source does not say at which stage"

_h = case_maker(SUFFIX)

HELDOUT15: list[Heldout] = [
    # --- the greeting
    _h("conn-550-qpsmtpd-karma", "CONN", ("550 You were naughty. You cannot connect for 0.99 more days.",),
       _QP + "plugins/karma (connect hook: a client address with a negative karma history is kept in a penalty box"
             " for penalty_days, 1 by default, and refused with 'You were naughty. You cannot connect for $left more"
             " days.', $left printed with two decimals; a DENY at the greeting is 550 in Qpsmtpd/SMTP.pm"
             " connect_respond)"),
    _h("conn-450-qpsmtpd-loadcheck", "CONN", ("450 Server load too high, please try again later.",),
       _QP + "plugins/loadcheck (connect hook: DENYSOFT 'Server load too high, please try again later.' while the"
             " server's load average is above max_load; a DENYSOFT at the greeting is 450 in Qpsmtpd/SMTP.pm)"),
    # --- EHLO / HELO
    _h("ehlo-550-qpsmtpd-fcr", "EHLO", ("550 That HELO hostname fails FCrDNS",),
       _QP + "plugins/helo (check fcrdns: the HELO name's A records do not include the client's address and its"
             " PTR does not name it, 'That HELO hostname fails FCrDNS'; a DENY to EHLO/HELO is 550 in"
             " Qpsmtpd/SMTP.pm)"),
    # --- MAIL FROM
    _h("mail-554-pivorak-probation", "MAIL", (
        "554 Your account is on probation and domains are limited to 100 messages / hour. Account will be enabled"
        " in 341 seconds",
    ), "pivorakmeetup/pivorak-web-app issue 711, 'Net::SMTPFatalError: 554 Your account is on probation and domains"
       " are limited to 100 messages / hour. Account will be enabled in 341 seconds' (the app's sending provider"
       " throttling a new account; issue 647 of the same project quotes the same provider's 'Your account is on"
       " probation and domains are limited to 100 messages / hour'), https://github.com/pivorakmeetup/pivorak-web-app"
       "/issues/711" + _NO_STAGE + ": at MAIL FROM here, where an account's sending limit is checked"),
    # --- RCPT TO
    _h("rcpt-450-qpsmtpd-firsttry", "RCPT", ("450 This mail is temporarily denied",),
       _QP + "plugins/greylisting ($DENYMSG 'This mail is temporarily denied', given with DENYSOFT to a sender,"
             " recipient and client address not seen before; at RCPT TO unless deny_late is set, and a DENYSOFT to"
             " RCPT TO is 450 in Qpsmtpd/SMTP.pm)"),
    _h("rcpt-552-521-anonaddy-796", "RCPT", ("552 5.2.1 <{rcpt}>: Recipient address rejected: User disabled",),
       "anonaddy/anonaddy issue 796, '552 5.2.1 User disabled- Urgent help needed' and issue 624 'Account disabled'"
       " (mail to an alias of a disabled addy.io account: 'Remote server returned \\'552 5.2.1 <...@anonaddy.com>:"
       " Recipient address rejected: User disabled\\'', quoted by Exchange Online from mail2.anonaddy.me in issue"
       " 757), https://github.com/anonaddy/anonaddy/issues/796 (at RCPT TO, where Postfix gives 'Recipient address"
       " rejected')"),
    _h("rcpt-552-522-anonaddy-749", "RCPT", ("552 5.2.2 <{rcpt}>: Recipient address rejected: User over quota",),
       "anonaddy/anonaddy issue 749, 'E-Mail not delivered. Next attempt returns \"Recipient address rejected: User"
       " over quota\"' (the reply '552 5.2.2 : Recipient address rejected: User over quota', the address lost to the"
       " issue's formatting and filled with the session's recipient here), https://github.com/anonaddy/anonaddy/"
       "issues/749 (at RCPT TO, where Postfix gives 'Recipient address rejected')"),
    _h("rcpt-421-hmailserver-routes", "RCPT", ("421 Recipient not in route list",),
       "hmailserver/hmailserver issue 21, 'Invalid SMTP error code for \"Recipient not in route list\"' (hMailServer"
       " answers RCPT TO for a routed domain's address that is not in the route's list of addresses with '421"
       " Recipient not in route list' instead of a 550, so senders retry until they give up),"
       " https://github.com/hmailserver/hmailserver/issues/21"),
    _h("rcpt-554-571-sailthru-weird", "RCPT", ("554 5.7.1 <{sender}>: Sender address rejected: Dumb.",),
       "ActiveCampaign/smtp-field-manual issue 11, 'a place for \"weird\" SMTP responses' (examples from a Sailthru"
       " deliverability engineer: '554 5.7.1 : Sender address rejected: Dumb.', the address lost to the issue's"
       " formatting and filled with the session's sender here), https://github.com/ActiveCampaign/smtp-field-manual"
       "/issues/11" + _NO_STAGE + ": at RCPT TO here, where Postfix gives its 'Sender address rejected' by default"),
    _h("rcpt-550-mailru-deno", "RCPT", (
        "550 Message was not accepted -- invalid mailbox.  Local mailbox {rcpt} is unavailable: user is terminated",
    ), "manyuanrong/deno-smtp issue 45, 'Return the object instead of an error if the mail does not exist' (Mail.ru"
       " refusing a recipient: 'Error: 550: Message was not accepted -- invalid mailbox.  Local mailbox der@mail.ru"
       " is unavailable: user is terminated'; the address is the session's recipient here),"
       " https://github.com/manyuanrong/deno-smtp/issues/45 (at RCPT TO, where Mail.ru checks the mailbox)"),
    _h("rcpt-450-473-exo-org-queue", "RCPT", ("450 4.7.3 Organization queue quota exceeded.",),
       "ActiveCampaign/smtp-field-manual issue 42, 'simple advice' (a bounce 'smtp;450 4.7.3 Organization queue"
       " quota exceeded. [outlook.com]'; the Postmark annotation '[outlook.com]' is left out), and the Field"
       " Manual's page https://smtpfieldmanual.com/provider/outlook/450/4.7.3 it links to,"
       " https://github.com/ActiveCampaign/smtp-field-manual/issues/42" + _NO_STAGE + ": at RCPT TO here"),
    # --- the end of the message data
    _h("data-552-qpsmtpd-dateline", "DATA", ("552 We require a valid Date header",),
       _QP + "plugins/headers (hook_data_post: a message without one of the required headers, From and Date by"
             " default, is refused with 'We require a valid $h header'; a DENY after the data is 552 in"
             " Qpsmtpd/SMTP.pm data_post_respond)"),
    _h("data-552-qpsmtpd-signall", "DATA", ("552 no DKIM signature with sign-all policy",),
       _QP + "plugins/dkim (handle_sig_none: an unsigned message whose author domain publishes a sign-all DKIM"
             " policy is refused with 'no DKIM signature with sign-all policy'; 552 after the data)"),
    _h("data-552-qpsmtpd-uvscan", "DATA", ("552 We do not accept password-protected zip files!",),
       _QP + "plugins/virus/uvscan (the McAfee scanner reports a password-protected archive: DENY 'We do not"
             " accept password-protected zip files!'; 552 after the data)"),
    _h("data-550-57509-exo-pastebin", "DATA", (
        "550 5.7.509 Access denied, sending domain {sender_domain} does not pass DMARC verification and has a DMARC"
        " policy of reject.",
    ), "an Exchange Online non-delivery report pasted on pastebin.com ('Remote server returned \\'550 5.7.509 Access"
       " denied, sending domain bar.com does not pass DMARC verification and has a DMARC policy of reject.\\''; a"
       " second paste, TU8VGXiM, quotes the same words for another domain; the domain is the session's sender"
       " domain here), https://pastebin.com/sQaSsUZe (at the end of the data, where DMARC reads the From header)"),
    _h("data-552-520-msmtp-145", "DATA", ("552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3",),
       "marlam/msmtp issue 145, 'Mail rejected with smtpstatus=552 by server' (a provider refusing cron mail:"
       " \"smtpmsg='552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3'\"),"
       " https://github.com/marlam/msmtp/issues/145 (at the end of the data, where the message's lines are read)"),
    _h("data-554-571-nextledger", "DATA", ("554 5.7.1 Message cannot be accepted, 'blocked file type \"*.*\"'",),
       "holger-dev/nextledger issue 21, 'Mailversand mit Anhang scheitert an blockiertem Dateityp (SMTP 554 5.7.1)'"
       " ('Expected response code \"250\" but got code \"554\", with message \"554 5.7.1 Message cannot be accepted,"
       " \\'blocked file type \"*.*\"\\'\"' for an invoice with an attachment), https://github.com/holger-dev/"
       "nextledger/issues/21 (after the data, where attachments are seen)"),
    _h("data-550-gophish-3231", "DATA", ("550 send spam mail rejected: exceeded hour limit",),
       "gophish/gophish issue 3231, 'send spam mail rejected: exceeded hour limit' (the sending server refusing a"
       " campaign's mail with code 550 after an hourly sending limit), https://github.com/gophish/gophish/issues/3231"
       + _NO_STAGE + ": at the end of the data here, where a sending provider counts the message"),
]

FIRST_IP = "127.0.2.102"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.2.102 and up)."""
    return addresses(FIRST_IP, HELDOUT15)
