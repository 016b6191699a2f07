"""The seventh held-out set: server replies worded exactly as a provider, vendor, filter or public log shows them.

Made like heldout5.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the five earlier held-out sets (nor the sixth, heldout6.py, made at the same
time on another branch), the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 21, while the lead built a new general reading
mechanism, to measure that mechanism blind at the end of the session; it is never to be tuned on. The servers listen
from 127.0.0.240 (the last free loopback addresses, so at most 15 cases) and the domains end in heldout7.example; the
bounces are filed under tests/fixtures/real-mta-heldout7/.

Placeholders are those of heldout5.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}. Where a source
prints a placeholder of its own (x.x.x.x, (account)) the session's value stands in for it; every other word is the
source's. Where a source prints the text of a reply without its code, the code added is named in the source note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout7.example"
_ALIYUN = ("Alibaba Mail (阿里云企业邮箱, China), 'SMTP/MTA 退信错误' list of its replies with their meanings"
           " (a reseller's copy), http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html")
_EVERYCLOUD = ("EveryCloud's filter (antispameurope's, as its X-antispameurope loop code shows), 'Workspace"
               " Classification Codes', https://support.everycloud.com/support/solutions/articles/"
               "4000007755-workspace-classification-codes")
_BARUWA = ("Baruwa (a MailScanner/Exim filter front end) at umanix.net, 'info' page of its rejection messages"
           " (printed without a code; 550 added), https://bastion.umanix.net/info")


_h = case_maker(SUFFIX)


HELDOUT7: list[Heldout] = [
    # --- the greeting
    _h("conn-554-554-everycloud-rep", "CONN", ("554 5.5.4 Spam IP rejected",),
       _EVERYCLOUD + " (the sending IP refused by its reputation; the greeting is the stage an IP refusal answers)"),
    _h("conn-421-451-socketlabs-errors", "CONN", ("421 4.5.1 Too many errors, you have been temporarily blacklisted",),
       "SocketLabs help, '421 4.5.1 Too many errors, you have been temporarily blacklisted' (a connecting IP that"
       " caused many errors on other connections is refused for some minutes),"
       " https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted"),
    # --- EHLO
    _h("ehlo-501-551-icewarp-name", "EHLO", ("501 5.5.1 HELO/EHLO requires domain address",),
       "IceWarp documentation, 'Interpretation of 5xx Errors in Icewarp SMTP' (a blank or invalid name after"
       " HELO/EHLO), https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/"
       "Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm"),
    # --- MAIL FROM
    _h("mail-454-aliyun-behaviour", "MAIL", ("454 Transient reject by behaviour spam",),
       _ALIYUN + " (发信被反垃圾临时拦截: sending held back for a while by the behaviour anti-spam stage, which"
       " Alibaba's help describes as a sending frequency or volume over its limits, or a poorly reputed IP or"
       " domain)"),
    _h("mail-451-dshost-lookup", "MAIL", ("451 SPF lookup failure (#4.3.0)",),
       "DS Host (an Australian cPanel host), 'My email was sent back with an error, what does it mean?' (the"
       " sender needs a matching SPF record), https://support.dshost.com.au/knowledgebase.php?action=displayarticle&id=70"),
    # --- RCPT TO
    _h("rcpt-554-aliyun-rcpt", "RCPT", ("554 RCPT ({rcpt}) dosn't exist",),
       _ALIYUN + " (收件人不存在: the recipient does not exist; '(account)' is the session's recipient here)"),
    _h("rcpt-542-aliyun-receive", "RCPT", ("542 This account isn't allowed to receive email",),
       _ALIYUN + " (收件人不允许接收邮件: the recipient is not allowed to receive mail)"),
    _h("rcpt-451-430-mdaemon-progress", "RCPT", ("451 4.3.0 Greylisting in progress",),
       "A receiving server's session log (MDaemon's log format, its 'RSET? Well, OK'), pastebin 'What 451..',"
       " https://pastebin.com/rWCiGDGh"),
    _h("rcpt-550-baruwa-harvest", "RCPT", ("550 Dictionary attack detected",),
       _BARUWA + " (an attempt to harvest addresses was detected)"),
    _h("rcpt-452-newpages-user", "RCPT", ("452 The user is over the quota. You can try again later.",),
       "Newpages (a Malaysian host), 'Email Error Message' (a full mailbox; printed without a code, 452 added as"
       " its words ask for a retry), https://edu.newpages.com.my/article/349/email-error-message"),
    _h("rcpt-550-571-vade-oxsus", "RCPT", ("550 5.7.1 IP {client_ip} blocked by Vade Threat List (OXSUS001_101)",),
       "Vade Secure's block list, as quoted in ietf-tools/datatracker issue 10296 (the issue's '–' after the code"
       " is dropped), https://github.com/ietf-tools/datatracker/issues/10296"),
    # --- the end of the message data
    _h("data-554-564-everycloud-ve", "DATA", ("554 5.6.4 Virus E-Mail Blocked",), _EVERYCLOUD),
    _h("data-554-563-everycloud-body", "DATA", ("554 5.6.3 Spam Body rejected",), _EVERYCLOUD),
    _h("data-510-aliyun-threshold", "DATA", ("510 The length of Attach is achieved the maximum threshold",),
       _ALIYUN + " (附件内容超限: the attachments are over the limit)"),
    _h("data-451-430-slimta-queuing", "DATA", ("451 4.3.0 Error queuing message",),
       "python-slimta (a Python MTA library), pull request 69 'Return a temporary error on queuing problem' (its"
       " reply when the received message cannot be queued), https://github.com/slimta/python-slimta/pull/69"),
]

FIRST_IP = "127.0.0.240"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.0.240 and up)."""
    return addresses(FIRST_IP, HELDOUT7)
