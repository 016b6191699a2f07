"""The forty-third held-out set: server replies worded exactly as a web hosting provider's or an independent mailbox
service's help page, knowledge base, issue tracker or a public bounce quotes them.

Made like heldout42.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
forty-two earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 48 to measure the reading blind; it is never to be
tuned on. Set 42 uses 127.0.30.1-12 and the catalogue set's fifth batch 127.0.31.x, so these servers listen from
127.0.32.1 (to 127.0.32.63 at most) and the domains end in heldout43.example; the bounces are filed under
tests/fixtures/real-mta-heldout43/.

Placeholders are those of heldout11.py ({rcpt}, {client_ip}, {sender_domain}, {sender}, ...). Where a source prints a
value of its own in a reply (an address, a host's IP address) the session's value takes its place, and the source note
says so; every other word is the source's. Where a source prints the text of a reply without a reply code, the code
added is named in the note. Where a source does not say at which stage a reply is given, the note says which stage was
chosen. Sources: hosting companies' knowledge bases (LyteHosting, Rogue Web Design, a HostGator guide, Webs), public
bounces and logs on pastebin.com (UPC's chello.nl, Wirtualna Polska's wp.pl), the issue tracker of the vmail.me mailbox
service and a bounce handler's list of the replies it classifies.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout43.example"
_NO_STAGE = "; the source does not say at which stage"
_LYTE = ("LyteHosting knowledge base, 'Why Are My Emails Not Sending and Bouncing Back?' (article 229; its 'Common"
         " Reasons for Email Bounces', each with an 'Example Error: SMTP <code> (<text>)'),"
         " https://lytehosting.com/knowledgebase/229/Why-Are-My-Emails-Not-Sending-and-Bouncing-Back.html; the reply"
         " here is the code and the text in the parentheses")
_WEBS = ("Webs support, 'Email Services: Mailbox/Account Suspended' (article 222242147: 'You have attempted to send an"
         " email and receive one of the following messages: \"The message was rejected for the following reason:"
         " Permanent Failure: ...\"'; the causes: an address reported several times as a sender of spam, or mass"
         " mailing; 'Discontinue sending emails for 24 hours. Your suspension will be removed after 24 hours'),"
         " https://support.webs.com/hc/en-us/articles/222242147-Email-Services-Mailbox-Account-Suspended; the reply"
         " here is the text after 'Permanent Failure: ' (the page shows no code: 550 added, a permanent refusal)"
         + _NO_STAGE + ": at MAIL FROM here, where a submission server knows the sending account")
_LYTE_ERR016 = (" (under '2. Recipient Quota or Invalid Address: The recipient's inbox is full, or the email address is"
                " invalid', 'Verify the email address for typos or reach out to the recipient to resolve quota"
                " issues')")

_h = case_maker(SUFFIX)

HELDOUT43: list[Heldout] = [
    # --- the greeting
    _h("conn-421-hostgator-guide", "CONN", ("421 Unexpected failure, Please try later",),
       "01hosting.com, 'HostGator Email' (a guide to HostGator's e-mail service: 'Q. What is a 421 unexpected failure?"
       " A: If the user is trying to send emails and it gets a message like 421, response: Unexpected failure, Please"
       " try later; it could be a temporary issue. If the message says \"... Delivery attempts will continue for some"
       " time ...\" then the receiving email may have problems.'), http://www.01hosting.com/hostgator-email/"
       + _NO_STAGE + ": at the greeting here, where a 421 turns a client away"),
    # --- MAIL FROM
    _h("mail-550-webs-terms", "MAIL", (
        "550 Your account has been suspended for a violation of the terms of usage. Please contact your system"
        " administrator.",
    ), _WEBS),
    _h("mail-550-webs-volume", "MAIL", (
        "550 Your ability to send new mail has been suspended as a high volume of suspicious mail has been sent from"
        " your account recently. Please contact your IT administrator",
    ), _WEBS),
    _h("mail-550-lyte-mailer", "MAIL", ("550 suspect invalid mailer domain",),
       _LYTE + " (under '4. DNS or Domain Issues: The domain's DNS, MX, or PTR records are missing or misconfigured',"
       " 'Check your DKIM, SPF, and PTR settings and fix any invalid DNS records')" + _NO_STAGE
       + ": at MAIL FROM here, where the sending domain is checked"),
    _h("mail-554-wp-returnmx", "MAIL", ("554 sorry, refused mailfrom because return MX does not exist",),
       "a Postfix log on pastebin.com ('to=<...@wp.pl>, relay=mx.wp.pl[212.77.101.4]:25, ... status=bounced (host"
       " mx.wp.pl[212.77.101.4] said: 554 sorry, refused mailfrom because return MX does not exist (in reply to MAIL"
       " FROM command))', Wirtualna Polska's mailbox service refusing a sender whose domain has no MX),"
       " https://pastebin.com/w116qRkA; at MAIL FROM, as the log says"),
    # --- RCPT TO
    _h("rcpt-451-roguewd-wait", "RCPT", ("451 Greylisted, please try again in 900 seconds",),
       "Rogue Web Design knowledge base (a hosting company), '451 Greylisted, please try again in 900 seconds'"
       " (article 126: 'If someone tries to send you an email message and receives an error containing \"451"
       " Greylisted, please try again in 900 seconds\", this usually means that they are sending from a non"
       " compliant mail server or that the settings on the sending server are not set to auto-retry failed messages"
       " ... we have implemented Greylisting on our servers in order to combat spam'),"
       " https://ac.roguewd.com/index.php?rp=/knowledgebase/126/451-Greylisted-please-try-again-in-900-seconds.html"
       + _NO_STAGE + ": at RCPT TO here, where greylisting keys on the sender, recipient and client address"),
    _h("rcpt-550-lyte-err016", "RCPT", ("550 recipient rejected - ERR016",),
       _LYTE + _LYTE_ERR016 + _NO_STAGE + ": at RCPT TO here, where recipients are checked"),
    _h("rcpt-550-511-chello-inactive", "RCPT", ("550 5.1.1 <{rcpt}> inactive recipient rejected",),
       "a Postfix bounce on pastebin.com (from web001.webiq.nl: '<carlalichtenberg@chello.nl>: host"
       " smtp.chello.nl[213.46.255.2] said: 550 5.1.1 <carlalichtenberg@chello.nl> inactive recipient rejected (in"
       " reply to RCPT TO command)', UPC's chello.nl mailbox service refusing an inactive mailbox),"
       " https://pastebin.com/Mssd7NsK; the address: the session's recipient; at RCPT TO, as the bounce says"),
    _h("rcpt-552-mailwizz-storage", "RCPT", ("552 recipient storage full, try again later",),
       "twisted1919/bounce-handler (MailWizz's bounce handler), BounceHandler/rules.php (a soft-bounce rule for a full"
       " mailbox, 'Triggered by: ... Diagnostic-Code: X-Postfix; host mta5.us4.domain.com.int[111.111.111.111] said:"
       " 552 recipient storage full, try again later (in reply to RCPT TO command)'), as stored in the public index;"
       " at RCPT TO, as the quoted bounce says"),
    # --- the end of the message data
    _h("data-554-571-vmail-daily", "DATA", ("554 5.7.1 <DATA>: Data command rejected: only 10 messages per day",),
       "root-io/vmail issue 67, 'only 10 messages per day' (vmail.me, a privacy mailbox service: 'An Outgoing server"
       " (SMTP) error occurred while sending mail. The server responded: 5.7.1 <DATA>: Data command rejected: only 10"
       " messages per day'), https://github.com/root-io/vmail/issues/67; the service's own postfwd rules"
       " (installer/postfwd/postfwd.cf: 'action=rate(sasl_username/100/86400/REJECT only 100 messages per day for"
       " $$sasl_username)', a per-account daily sending limit) show what refuses it; the issue shows no reply code:"
       " 554 added (Postfix's access_map_reject_code for a policy REJECT); the kit has no stage for the DATA command"
       " itself, so after the data here"),
    _h("data-552-lyte-infected", "DATA", ("552 virus-infected message",),
       _LYTE + " (under '5. Content-Related Blocks: Emails containing blacklisted URLs, malicious attachments, or"
       " spam-like content can be rejected')" + _NO_STAGE + ": after the data here, where content is scanned"),
]

FIRST_IP = "127.0.32.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.32.1 and up)."""
    return addresses(FIRST_IP, HELDOUT43)
