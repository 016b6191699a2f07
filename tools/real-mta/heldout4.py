"""The fourth held-out set: server replies worded exactly as a provider, vendor, filter or public log shows them.

Made like heldout3.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the three earlier held-out sets, the kit's tuned cases (cases.py) nor
whybounce's knowledge (core/whybounce/data) contains, so that whybounce has never seen their words. It was built and
labelled at the end of session 20 to measure what the session's knowledge work did for unseen replies, and was kept
untuned until session 21 (its README says what changed then). The servers listen from 127.0.0.130 and the domains
end in heldout4.example; the bounces are filed under tests/fixtures/real-mta-heldout4/.

Placeholders are those of heldout.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}. Where a source prints a
placeholder of its own (x.x.x.x, (host number), <userid@domain.com>, an IP address it was quoting), the session's
value stands in for it; every other word is the source's.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout4.example"
_SITEPACKAGE = ("sitepackage.de, Typische Fehlermeldungen bei Unzustellbarkeit (German providers' replies),"
                " http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html")
_SINA = ("A Chinese mail server's SMTP reply list with meanings (blog.sina.com.cn),"
         " https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html")
_KOREAN = "Korean return-mail reply list (puffinknight.tistory.com), https://puffinknight.tistory.com/102"
_INTERIA = ("Interia.pl help, Dlaczego wiadomość nie została dostarczona?,"
            " https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600")
_FORPSI = ("Forpsi, Incoming emails limitation on the mailserver mxavas.forpsi.com,"
           " https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx")


_h = case_maker(SUFFIX)


HELDOUT4: list[Heldout] = [
    # --- the greeting
    _h("conn-554-compuserve-country-code", "CONN",
       ("554 Refused. Your reverse DNS entry contains your IP address and a country code.",),
       _SITEPACKAGE + " (CompuServe: the message was refused or filtered; the sending server's reverse DNS name"
       " looks like a generic dial-up name)"),
    _h("conn-421-logsat-ip-cache", "CONN", ("421 Your IP is temporarily blocked, please try again later",),
       "LogSat SpamFilter ISP forum, the 'IP Blacklist Cache' filter (an address that sent spam is banned for 60"
       " minutes), https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127"),
    # --- MAIL FROM
    _h("mail-451-postini-psmtp", "MAIL", ("451 STARTTLS is required for this sender - psmtp",),
       "Google Message Security (Postini) knowledge base, '451 STARTTLS is required for this sender - psmtp'"
       " (Policy-Enforced TLS: the recipient domain requires TLS from this sender),"
       " http://www.snapblox.com/portal/knowledgebase/176/451-STARTTLS-is-required-for-this-sender---psmtp.html"),
    _h("mail-550-570-interia-host-domain", "MAIL",
       ("550 5.7.0 [SPF] host {client_ip} is not allowed to send mail from domain",),
       _INTERIA + " (the sender domain's SPF record does not allow the sending IP)"),
    _h("mail-553-sina-host-sender", "MAIL", ("553 host denies the sender.",),
       _SINA + " (拒绝发件人地址: the sender address is refused)"),
    # --- MAIL FROM with SIZE= over the limit
    _h("mail-450-523-remote-host", "MAIL-SIZE", ("450 5.2.3 Msg Size greater than allowed by Remote Host",),
       "SNMail support, failure-sizelimit (an Exchange NDR quoting a remote host's reply: the message is larger"
       " than the receiving system allows), https://snmail.co.uk/support/failure-sizelimit.htm"),
    # --- RCPT TO
    _h("rcpt-451-mailenable-resend-shortly", "RCPT",
       ("451 This server employs greylisting as a means of reducing spam. Please resend e-mail shortly",),
       "MailEnable knowledge base ME020631, 'The remote mail server employs greylisting and is delaying send"
       " attempts', https://www.mailenable.com/kb/content/article.asp?ID=ME020631"),
    _h("rcpt-421-eomatica-try-later", "RCPT", ("421 Your address has been graylisted. Try again later.",),
       "Eomática (a Galician host), Erros frecuentes nos envíos de email (a grey-listing anti-spam filter),"
       " https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html"),
    _h("rcpt-450-421-smb-ten-minutes", "RCPT", (
        "450 4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes",
    ), "spam-mail-blocker.de, Greylisting Help, 'Detailed Statusinformation for 4.2.1 Message' (a per-IP rate limit;"
       " the page prints the status and text, the reply code is the 450 of a Postfix policy deferral),"
       " https://www.spam-mail-blocker.de/greylisted.html"),
    _h("rcpt-550-lycos-recipient", "RCPT", ("550 <{rcpt}>: Recipient address rejected: Account Closed",),
       _SITEPACKAGE + " (Lycos: the recipient is unknown or no longer exists; the page drops the <address>)"),
    _h("rcpt-550-infosphere-user", "RCPT", ("550 can't accept user... (#5.7.1)",),
       "InfoSphere (NTTPC, Japan), 電子メール送信時のご注意 (a wrong or cancelled InfoSphere address among the"
       " recipients), http://www.sphere.ne.jp/support/news/2006/07/000027.html"),
    _h("rcpt-554-571-daum-das51", "RCPT",
       ("554 5.7.1 DAS51 {client_ip}: Your mail is blocked automatically by anti-spam system. (E06)",),
       "Daum/Kakao (hanmail.net) block of a sending IP after spam from a compromised account, as quoted in a"
       " Sendmail bounce, https://auctionpro.co.kr/?p=2544"),
    _h("rcpt-550-571-korean-24-hours", "RCPT", (
        "550 5.7.1 <{rcpt}>... Error.your access was denied.? Since you sent too many e-mails,you are not allowed"
        " to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.If you did not send any"
        " e-mails,which is considered as a spam,you'd better register",
    ), _KOREAN + " (listed under 대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우: IP blocked by a portal"
       " for mass mailing)"),
    _h("rcpt-552-500-emc-args", "RCPT", ("552 5.0.0 Transaction Failure. Invalid Args.",),
       "TNET (Hong Kong) support, 郵件退信專題 (退信: 對方用戶不存在, the recipient does not exist; example from"
       " emc.com), http://www.tnet.hk/support/email/reemail_old.php"),
    _h("rcpt-552-511-522-forpsi-chkuser", "RCPT",
       ("552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)",),
       _FORPSI + " (the mailbox of the recipient is full)"),
    _h("rcpt-550-multiline-ec2", "RCPT", (
        '550-"JunkMail rejected - ec2-54-74-157-229.eu-west-1.compute.amazonaws.com',
        "550-(allid.com.sg) [{client_ip}]:34032 is in an RBL, see",
        '550 https://www.spamhaus.org/query/ip/{client_ip}"',
    ), "An Exim server's multi-line refusal of a client on a DNS blocklist, as quoted in getconversio/"
       "email-deep-validator issue 9, https://github.com/getconversio/email-deep-validator/issues/9"),
    _h("rcpt-556-sina-remote-ip-check", "RCPT", ("556 remote ip check error.",),
       _SINA + " (发信ip与Mail From地址不一致: the sending IP does not match the MAIL FROM address)"),
    # --- the end of the message data
    _h("data-552-willcom-volume", "DATA", (
        "552 We failed to deliver mail because the volume of recipient's mailbox exceeded the local limit.",
    ), "WILLCOM (pdx.ne.jp, Japan) mailbox-full refusal, as quoted in a Postfix bounce (in reply to end of DATA"
       " command), https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html"),
    _h("data-451-400-license-slot", "DATA",
       ("451 4.0.0 Spam filter end message failed - server - license [slot 1]",),
       "emacs-devel, 'SMTP server error message' (2014-05-31), a receiving server's reply quoted by Eli Zaretskii"
       " (its spam filter failed at the end of the message),"
       " https://lists.gnu.org/archive/html/emacs-devel/2014-05/msg00555.html"),
    _h("data-451-430-qq-scanner", "DATA", ("451 qq temporary problem (#4.3.0)",),
       "major.io, qmail-scanner with clamd failing: '451 qq temporary problem (#4.3.0)'"
       " (the queueing program, here the virus scanner, failed), https://major.io/tags/clamd/"),
    _h("data-550-symantec-bodyhash", "DATA", ("550 bodyhash_mismatch",),
       "Broadcom knowledge base 401119, 'DKIM error code : 550 bodyhash_mismatch' (the DKIM body hash does not"
       " verify), https://knowledge.broadcom.com/external/article/401119/dkim-error-code-550-bodyhash_mismatch.html"),
]

FIRST_IP = "127.0.0.130"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.0.130 and up)."""
    return addresses(FIRST_IP, HELDOUT4)
