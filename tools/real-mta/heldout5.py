"""The fifth held-out set: server replies worded exactly as a provider, vendor, filter or public log shows them.

Made like heldout4.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the four earlier held-out sets, the kit's tuned cases (cases.py) nor
whybounce's knowledge (core/whybounce/data) contains. It was built and labelled in session 21, while the lead built
a new general reading mechanism, to measure that mechanism blind at the end of the session; it was measured so, then
tuned on (its README). The servers listen from 127.0.0.161 and the domains end in heldout5.example; the bounces are
filed under tests/fixtures/real-mta-heldout5/.

Placeholders are those of heldout.py, plus {helo} (the name the client gave in EHLO): {rcpt}, {rcpt_domain},
{client_ip}, {sender_domain}. Where a source prints a placeholder of its own (x.x.x.x, XXXX, thedomain.com) or the
value of the log it quotes (an IP address, a HELO name), the session's value stands in for it; every other word is the
source's. Where a source prints the text of a reply without its code, the code added is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout5.example"
_EMAILHOST = ("emailhost.com.cn (a Chinese business-mail host), 退信 reply list with meanings,"
              " https://www.emailhost.com.cn/service.html?article_category=25&brd=1")
_SAILTHRU = ("ActiveCampaign/smtp-field-manual issue 11, 'a place for \"weird\" SMTP responses' (replies collected by"
             " Sailthru's deliverability team), https://github.com/ActiveCampaign/smtp-field-manual/issues/11")


_h = case_maker(SUFFIX)


HELDOUT5: list[Heldout] = [
    # --- the greeting
    _h("conn-554-aruba-bizsmtp", "CONN", (
        "554 mxcmd04.ad.aruba.it bizsmtp hYzf1o0274Aa5Bp01 Connection refused from {client_ip}."
        " See http://csi.cloudmark.com/reset-request/?ip={client_ip} for more  information.",
    ), "Aruba.it (an Italian host) refusing a client by its Cloudmark CSI reputation, as quoted in OpenSMTPD issue"
       " 483, 'When rejected at banner time, we lose reason', https://github.com/OpenSMTPD/OpenSMTPD/issues/483"),
    _h("conn-421-godaddy-ib108", "CONN", ("421 Temporarily rejected. Reverse DNS for {client_ip} failed. IB108",),
       "GoDaddy's inbound reply IB108 (the connecting IP's reverse DNS lookup failed), as listed by smtp.codes,"
       " https://smtp.codes/421"),
    _h("conn-421-432-spacelee-lord", "CONN", (
        "421 4.3.2 Your IP({client_ip}) is filtered and this connection will be closed. You must register your IP to"
        " spammaster at domain.com By SpaceLee, the Lord of mail server.",
    ), "Korean reply-message list (kbit.tistory.com): a server that filters the sending IP as a spammer until it is"
       " registered, http://kbit.tistory.com/tag/reply%20error%20message"),
    # --- EHLO
    _h("ehlo-550-underscore-uni", "EHLO", ("550 Please use your real hostname when saying HELO (not {helo})",),
       "Underscore mailing list, 2007-04-23, a university mail server's refusal of a HELO name that is not a fully"
       " qualified domain name (the log's HSP-AV01 is the session's HELO name here),"
       " http://www.under-score.org.uk/pipermail/underscore/2007-April/060030.html"),
    # --- MAIL FROM
    _h("mail-550-500-wh163-possible", "MAIL", ("550 5.0.0 Mail rejected due to possible SPAM",),
       "wh-163.com (a NetEase enterprise-mail reseller, Wuhan), 退信提示 'MAIL FROM: 550 5.0.0 Mail rejected due to"
       " possible SPAM', https://m.wh-163.com/mobile/index/show/catid/2/id/588.html"),
    _h("mail-550-coremail-fake", "MAIL", ("550 Requested mail action not taken: Fake sender",),
       "Coremail support, 退信提示 list ('Requested mail action not taken: Fake sender', printed without a code;"
       " 550 added), https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0"),
    _h("mail-550-cpanel-defers", "MAIL", (
        "550 Domain {sender_domain} has exceeded the max defers and failures per hour (5/5 (100%)) allowed."
        " Message discarded.",
    ), "cPanel's limit on a domain's failed or deferred messages per hour (Ultra Web Hosting knowledge base 392,"
       " printed without a code; 550 added), https://my.ultrawebhosting.com/knowledgebase/392/"
       "cPanel-Max-Defers-Occurring-for-an-Account.html"),
    _h("mail-451-573-m365-apcprd", "MAIL", (
        "451 5.7.3 STARTTLS is required to send mail [SG2PR04CA0205.apcprd04.prod.outlook.com]",
    ), "Microsoft 365 (Exchange Online) requiring TLS, as quoted in noobcfy/wikis issue 3,"
       " https://github.com/noobcfy/wikis/issues/3"),
    # --- MAIL FROM with SIZE= over the limit
    _h("mail-552-emailhost-youjian", "MAIL-SIZE", ("552 exceeded mailsize limit",),
       _EMAILHOST + " (邮件过大: the message is too large; printed without a code, 552 added as RFC 1870 has it)"),
    # --- RCPT TO
    _h("rcpt-550-511-seznam-szn", "RCPT", ("550 5.1.1 szn; User hasn't got the service mapped",),
       "Seznam.cz help, 'Uživatel neexistuje' (the recipient does not exist; Seznam's own report prints"
       " '5.1.1 szn; ...', 550 added), https://napoveda.seznam.cz/uzivatel-neexistuje"),
    _h("rcpt-550-571-liberix-weight", "RCPT", (
        "550 5.7.1 <{rcpt}>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-"
        "Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; in"
        " postmaster.rfc-ignorant.org; in abuse.rfc-ignorant.org",
    ), "policyd-weight's refusal (a weighted DNSBL, HELO and DNS score of the client) at liberix.cz, as quoted in a"
       " Postfix bounce, https://pastebin.com/6MbJDs6i"),
    _h("rcpt-422-422-stalwart-moments", "RCPT", ("422 4.2.2 Greylisted, please try again in a few moments.",),
       "Stalwart mail server, resources/config/spamfilter/scripts/greylist.sieve (its greylisting script),"
       " https://github.com/stalwartlabs/mail-server"),
    _h("rcpt-550-571-six-months", "RCPT", (
        "550 5.7.1 <{rcpt}>: Recipient address rejected: Inactive MailBox, not poped for more than 6 months",
    ), _SAILTHRU + " (the issue drops the <address>)"),
    _h("rcpt-550-21cn-smtp-service", "RCPT", ("550 is now disabled with SMTP service.",),
       "szhot.com help, 退信关键字 disabled (mta.21cn.com's reply for a disabled 163.net user: frozen or deleted,"
       " unpaid or suspended for abuse), http://help.szhot.com/text_show.php?id=170"),
    _h("rcpt-550-manitu-nix", "RCPT", (
        "550 rejected because {client_ip} is in a black list at ix.dnsbl.manitu.net Your e-mail service was detected"
        " by spam.over.port25.me (NiX Spam) as spamming at Mon, 27 Mar 2017 14:52:05 +0200. Your admin should visit"
        " http://www.dnsbl.manitu.net/lookup.php?value={client_ip}",
    ), "A receiving server using the NiX Spam block list (manitu), as quoted in mitodl/micromasters issue 2958"
       " (Mailgun printed '550 550 ...'), https://github.com/mitodl/micromasters/issues/2958"),
    _h("rcpt-550-prison", "RCPT", ("550 ip in prison",), _SAILTHRU),
    _h("rcpt-550-571-kerio-connect", "RCPT", ("550 5.7.1 Relaying is denied",),
       "GFI Kerio Connect support, Outbound Email Delivery Troubleshooting Article,"
       " https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706"),
    _h("rcpt-451-emailhost-handle", "RCPT", ("451 rcpt handle timeout",),
       _EMAILHOST + " (网络异常: a network fault; printed without a code, 451 added)"),
    _h("rcpt-550-mips-this-user", "RCPT", ("550 Your message was rejected by this user and was not delivered",),
       "zone-eu/zone-mta pull request 251, 'adding in three new blacklist responses' (a reply its author met, filed"
       " in config/bounces.txt), https://github.com/zone-eu/zone-mta/pull/251"),
    _h("rcpt-554-571-sailthru-dumb", "RCPT", ("554 5.7.1 : Sender address rejected: Dumb.",),
       _SAILTHRU + " (the issue drops the <address>; kept as printed)"),
    # --- the end of the message data
    _h("data-552-263-xinxiang", "DATA", ("552 mail size limit exceeded",),
       "263 企业邮箱 help (263.net), 为什么发送到263企业邮局系统被退信? (d: 信箱超容, the mailbox is over its capacity,"
       " 'mail size limit exceeded (in reply to end of DATA command)'; 552 added), http://www.263gmail.js.cn/help/13/2.htm"),
    _h("data-550-570-plesk-outgoing", "DATA", (
        "550 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was"
        " exceeded. Try again later.",
    ), "Plesk knowledge base, 'What will happen to emails that are sent once the outgoing limit is reached?' (a"
       " milter-reject at END-OF-MESSAGE with 5.7.0; 550 added),"
       " https://www.plesk.com/kb/support/what-will-happen-to-emails-that-are-sent-once-the-outgoing-limit-is-reached/"),
    _h("data-550-570-freescout-sigdata", "DATA", ("550 5.7.0 bad DKIM signature data",),
       "OpenDKIM's refusal of a signature it cannot parse, as quoted in freescout-help-desk/freescout issue 3765,"
       " https://github.com/freescout-help-desk/freescout/issues/3765"),
    _h("data-550-571-tsohost-exchange", "DATA", ("550 5.7.1 Message rejected as spam by Content Filtering.",),
       "Exchange on-premises' Content Filter agent at exchange.tsohost.co.uk, as quoted in an Exim bounce,"
       " https://pastebin.com/zFzcEWws"),
    _h("data-554-571-iredapd-amavisd", "DATA", ("554 5.7.1 Message size exceed (maybe caused by big attachment file)",),
       "iRedAPD (iRedMail's Postfix policy server), libs/__init__.py SMTP_ACTIONS 'reject_message_size_exceeded'"
       " (a policy REJECT, which Postfix answers with 554 5.7.1), https://github.com/iredmail/iRedAPD"),
    _h("data-554-571-definitively", "DATA", (
        "554 5.7.1 The recipient definitively does not want your mail. It will not be delivered but analyzed again."
        "  We may feed it to a spam blacklist.",
    ), _SAILTHRU),
    _h("data-554-emailhost-lajiyoujian", "DATA", ("554 Spam denied",),
       _EMAILHOST + " (垃圾邮件退信: refused as spam, 'Content reject/Spam denied'; 554 added)"),
]

FIRST_IP = "127.0.0.161"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.0.161 and up)."""
    return addresses(FIRST_IP, HELDOUT5)
