"""The forty-second held-out set: server replies worded exactly as an e-mail sending service, a transactional relay's
help, a blocklist's documentation or a public bounce page quotes them, from areas the catalogue and the held-out
material cover thinly (sending services' own SMTP APIs, and remote refusals that name a DNS blocklist).

Made like heldout41.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
forty-one earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 47 to measure the reading blind; it is never to be
tuned on. Set 41 uses 127.0.29.1-7, so these servers listen from 127.0.30.1 (to 127.0.30.63 at most) and the domains
end in heldout42.example; the bounces are filed under tests/fixtures/real-mta-heldout42/.

Placeholders are those of heldout11.py ({rcpt}, {client_ip}, {sender_domain}, {sender}, ...). Where a source prints a
value of its own in a reply (an address, a list's name) the session's value or an example value takes its place, and
the source note says so; every other word is the source's. Where a source prints the text of a reply without a reply
code, the code added is named in the note. Where a source does not say at which stage a reply is given, the note says
which stage was chosen. Sources: GitLab's support handbook (a Mailgun delivery log), the Amazon SES Developer Guide,
the Ops School curriculum (a Postfix log), a web designer's blog quoting a shared host's bounce, a hosting company's
knowledge base, Maropost's knowledge base (its SMTP API) and a cold-e-mail platform's guide to error messages.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout42.example"
_NO_STAGE = "; the source does not say at which stage"
_INTOHOST = ("intohost.in knowledge base, 'Common Email Bounce-Back Errors' (a hosting company's list of the replies"
             " its customers meet), https://intohost.in/kb/common-email-bounce-back-errors; the page separates code and"
             " text with ' - ' (as SocketLabs' help centre does), the reply here is the code and the text that follows")
_MAROPOST = ("Maropost Knowledge Base (Marketing Cloud, API Guide), 'SMTP Error Codes' (article 821; 'Errors with"
             " invalid or missing required X-Headers result in an immediate bounce code issued from Maropost's email"
             " exchange server'), https://galaxy.maropost.com/kb/articles/821-smtp-error-codes; the table gives code"
             " '554' and the message; after the data here, where the headers are read")
_MYSTRIKA = ("Mystrika blog (a cold e-mail sending platform), 'Email errors' guide, 'Introduction to Email Error"
             " Messages' (its examples of error messages: '552 Message exceeded maximum size limit', '451 Local server"
             " timeout waiting for relay host response', '550 Mailbox unavailable / User unknown', explained as 'a"
             " message too big to be accepted, a server timeout, an invalid recipient address'),"
             " https://blog.mystrika.com/email-errors")

_h = case_maker(SUFFIX)

HELDOUT42: list[Heldout] = [
    # --- the greeting
    _h("conn-421-420-intohost", "CONN", ("421 4.2.0 Server busy, please try again later",),
       _INTOHOST + " (under 'Server Unavailable': 'The recipient's mail server is temporarily unavailable due to high"
       " traffic or maintenance')" + _NO_STAGE + ": at the greeting here, where a busy server turns a client away"),
    # --- RCPT TO
    _h("rcpt-550-571-gitlab-mailspike", "RCPT", (
        "550 5.7.1 H:M11 [{client_ip}] Connection refused due to abuse. Please see https://mailspike.org/iplookup.html"
        " or contact your E-mail provider.",
    ), "GitLab Handbook, Support workflow 'Real Time Blocklist Delisting' (how to have Mailgun remove GitLab.com's"
       " sending IP addresses from a real-time blocklist; the Mailgun log's delivery-status shows code 550 and the"
       " message '5.7.1 H:M11 [192.237.158.143] Connection refused due to abuse. Please see"
       " https://mailspike.org/iplookup.html or contact your E-mail provider.', a receiving server's refusal naming"
       " Mailspike's lookup; 'if you see a mention of a rejection due to abuse or explicit confirmation of a blocklist,"
       " proceed to the link and look up the IP address'), as stored in the public index (its repository not named);"
       " the listed address: the session's client address" + _NO_STAGE + ": at RCPT TO here, as Mailgun reports"
       " each recipient's delivery status"),
    _h("rcpt-550-ses-faq", "RCPT", ("550 Message rejected due to IP [{client_ip}] listed on RBL [bl.spamcop.net]",),
       "Amazon SES Developer Guide, 'Amazon SES IP Blacklist FAQs', Q1 'How do I know if blacklisting is preventing"
       " recipients from receiving my emails?' ('you will most likely receive a bounce notification that contains a"
       " message indicating that your email was rejected because of a listing on a blacklist ... An example of this"
       " type of message is \"Message rejected due to IP [0.0.0.0] listed on RBL [X]\"'), awsdocs/"
       "amazon-ses-developer-guide, doc-source/blacklists.md (commit 3f3449d); [0.0.0.0]: the session's client"
       " address; [X]: an example value (a list the FAQ's own answers do not name; SpamCop's zone); no reply code"
       " shown: 550 added" + _NO_STAGE + ": at RCPT TO here, where a receiver's DNS-list checks answer"),
    _h("rcpt-554-571-opsschool-gbudb", "RCPT", (
        "554 5.7.1 Service unavailable; Client host [{client_ip}] blocked using truncate.gbudb.net;"
        " http://www.gbudb.com/truncate/ [{client_ip}]",
    ), "Ops School curriculum, 'Logs 101' (its 'Example log from a mail server': 'NOQUEUE: reject: RCPT from"
       " unknown[115.77.XXX.XXX]: 554 5.7.1 Service unavailable; Client host [115.77.XXX.XXX] blocked using"
       " truncate.gbudb.net; http://www.gbudb.com/truncate/ [115.77.XXX.XXX]', a receiving Postfix refusing a client"
       " that GBUdb's Truncate list names, with the list's text), opsschool/curriculum, logs_101.rst (commit"
       " 6f4a9d5); the redacted address: the session's client address; at RCPT TO, as the log says"),
    _h("rcpt-554-571-inframes-unifiedlayer", "RCPT", (
        "554 5.7.1 Rejected - your IP address was found in a blacklist for sending spam. Please visit:"
        " http://spamcop.net/bl.shtml?{client_ip}",
    ), "inframes blog, August 2013 (a web designer explaining to clients a bounce 'like the following': the qmail-send"
       " program at roproxy1-pub.unifiedlayer.com, '[recipient's IP address] does not like recipient. Remote host said:"
       " 554 5.7.1 Rejected - your IP address was found in a blacklist for sending spam. Please visit:"
       " http://spamcop.net/bl.shtml?69.89.25.95'; one of the shared host's outgoing servers had been listed for"
       " spam another customer sent, and the host's administrators were having it removed), https://blog.inframes.com/"
       "2013/08; the listed address: the session's client address; at RCPT TO, as qmail's 'does not like recipient'"
       " says"),
    _h("rcpt-550-571-intohost-ip", "RCPT", (
        "550 5.7.1 This message has been blocked because the sender's IP address is blacklisted",
    ), _INTOHOST + " (under 'Blocked Sender or Domain': 'This indicates that the sender's IP address is listed on a"
       " spam or blacklist and emails from that address are being rejected')" + _NO_STAGE + ": at RCPT TO here"),
    # --- the end of the message data
    _h("data-554-maropost-apikey", "DATA", ("554 Transaction failed[Missing Header X-ApiKey]",),
       _MAROPOST + " ('The X-ApiKey is missing from the email headers': the header that carries the account's API key,"
       " by which the SMTP API knows the sending account)"),
    _h("data-554-maropost-campaignid", "DATA", ("554 Transaction failed[Invalid X-CampaignID]",),
       _MAROPOST + " ('The X-CampaignID header is in the wrong format. The Campaign ID is always an integer.')"),
    _h("data-554-maropost-fromto", "DATA", (
        "554 Transaction failed[Missing Required Headers From or To[see RFC2822 section 3.6]]",
    ), _MAROPOST + " ('The message sent to Maropost's SMTP API is missing the standard required headers')"),
    _h("data-554-maropost-cc", "DATA", ("554 Transaction failed[Cc recipients are not supported by this server]",),
       _MAROPOST + " ('Marketing Cloud's transactional emails do not support CC:')"),
    _h("data-552-mystrika", "DATA", ("552 Message exceeded maximum size limit",),
       _MYSTRIKA + _NO_STAGE + ": after the data here, where a server that did not refuse the size announced in MAIL"
       " FROM refuses the message it received"),
    _h("data-451-mystrika", "DATA", ("451 Local server timeout waiting for relay host response",),
       _MYSTRIKA + _NO_STAGE + ": after the data here, where a receiving server that passes the message on to the"
       " next host waits for its answer before replying"),
]

FIRST_IP = "127.0.30.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.30.1 and up)."""
    return addresses(FIRST_IP, HELDOUT42)
