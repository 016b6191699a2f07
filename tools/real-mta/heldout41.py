"""The forty-first held-out set: server replies worded exactly as an e-mail security product or a mailing-list service
documents them (its vendor's manual or knowledge base, its source), from areas the catalogue and the held-out material
cover thinly.

Made like heldout40.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
forty earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 46 to measure the reading blind; it is never to be
tuned on. The catalogue set's fourth batch uses 127.0.28.1-250, so these servers listen from 127.0.29.1 (to
127.0.29.63 at most) and the domains end in heldout41.example; the bounces are filed under
tests/fixtures/real-mta-heldout41/.

Placeholders are those of heldout11.py ({rcpt}, {client_ip}, {sender_domain}, {sender}, ...). Where a source prints a
placeholder of its own (a virus name, an address, a domain) an example value or the session's value takes its place,
and the source note says so; every other word is the source's. Where a source prints the text of a reply without a
reply code, the code added is named in the note. Where a source does not say at which stage a reply is given, the note
says which stage was chosen. Sources: Juniper Networks' Junos OS documentation (the SRX firewalls' UTM anti-spam),
Google Workspace's help and knowledge pages on Google Groups, and the FuGlu mail filter's source (fumail/fuglu and its
fuglu-extra-plugins).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout41.example"
_NO_STAGE = "; the source does not say at which stage"
_FUGLU = ("FuGlu source (https://github.com/fumail/fuglu, read 2026-12-06),"
          " fuglu/src/fuglu/connectors/esmtpconnector.py (the before-queue ESMTP connector)")
_REJECT = "; ESMTPHandler.reject sends '550 ' + a plugin's REJECT message at the end of the data"

_h = case_maker(SUFFIX)

HELDOUT41: list[Heldout] = [
    # --- the greeting
    _h("conn-554-junos-utm", "CONN", ("554 Transaction failed due to anti spam setting",),
       "Juniper Networks, Junos OS documentation, 'Understanding Antispam Message Handling' (UTM anti-spam of the SRX"
       " firewalls), https://www.juniper.net/documentation/en_US/junos/topics/concept/"
       "utm-antispam-message-handling-understanding.html: 'Blocking spam at the connection level: When the SMTP sender"
       " is identified as a spam sender based on its IP address, the SMTP connection is rejected and dropped. An error"
       " message with a proper error code from the firewall is sent out on behalf of the SMTP server. An example of"
       " such an error message is: 554 Transaction failed due to anti spam setting'; at the greeting, where the"
       " connection is refused"),
    # --- MAIL FROM
    _h("mail-501-fuglu-address", "MAIL", ("501 invalid address syntax",),
       _FUGLU + "; ESMTPPassthroughSession.doCommand answers MAIL FROM with '501 invalid address syntax' when"
       " stripAddress cannot parse the address (no angle brackets or colon, or not of the form local@domain.tld)"),
    # --- the end of the message data
    _h("data-550-googlegroups-guidelines", "DATA", (
        "550 Message rejected by Google Groups. Please visit"
        " http://mail.google.com/support/bin/answer.py?hl=en&answer=188131 to review our Bulk Email Senders"
        " Guidelines.",
    ), "Google Workspace Admin Help, 'Messages from a bulk sender bounce' (https://support.google.com/a/answer/168383,"
       " read in its Portuguese and German versions, which quote the message, the German one in English: 'Message"
       " rejected by Google Groups.' and the help link answer 188131): it 'usually means that other users have"
       " identified the IP address that sent the message as one that sends spam', so that messages sent from it are"
       " rejected; the fixes are to allowlist the sender's IP address, publish SPF and adjust the group's spam"
       " settings; the full English text as Gmail reported it in a permanent failure ('Technical details of permanent"
       " failure: Message rejected by Google Groups. Please visit http://mail.google.com/support/bin/answer.py?hl=en"
       "&answer=188131 to review our Bulk Email Senders Guidelines.', pastebin u48DAaLP); no reply code shown: 550"
       " added" + _NO_STAGE + ": after the data here, where Google judges a message's sender and content"),
    _h("data-550-fuglu-scanner", "DATA", ("550 threat detected: Win.Test.EICAR_HDB-1",),
       _FUGLU + _REJECT + "; fuglu/src/fuglu/plugins/clamav.py, ClamavPlugin, rejectmessage default 'threat detected:"
       " ${virusname}' ('reject message template if running in pre-queue mode and virusaction=REJECT'; clamd found"
       " malware in the message); ${virusname}: an example value, ClamAV's name for the EICAR test file"),
    _h("data-550-fuglu-headerfrom", "DATA", (
        "550 sender domain {sender_domain} must pass DKIM and/or SPF authentication",
    ), _FUGLU + _REJECT + "; fuglu/src/fuglu/plugins/domainauth.py, DomainAuthPlugin, rejectmessage default"
       " 'sender domain"
       " ${header_from_domain} must pass DKIM and/or SPF authentication' (the From: header's domain is on the list of"
       " domains that must be authenticated, and the message has neither a valid DKIM signature nor an SPF pass for"
       " it; failaction REJECT); ${header_from_domain}: the session's sender domain, which is the kit's messages' From:"
       " domain"),
    _h("data-550-fuglu-limiter", "DATA", ("550 Bulk message detected",),
       _FUGLU + _REJECT + "; fuglu-extra-plugins (https://github.com/fumail/fuglu-extra-plugins),"
       " rate_limit/ratelimit.py,"
       " RateLimitPlugin, whose documented example limiter is 'limit name=serverhelo rate=100/3600"
       " fields=clienthelo,subject action=REJECT message=Bulk message detected' ('max 100 messages with same subject"
       " per hour per server helo'; the message is 'Message returned to the connecting client'; the plugin 'only"
       " makes sense in pre-queue mode')"),
    _h("data-421-fuglu-tempfile", "DATA", ("421 Could not write to temp file",),
       _FUGLU + "; ESMTPPassthroughSession.getincomingmail answers 'endsession(421, \"Could not write to temp"
       " file\")' when writing the received data to its temporary file fails (IOError) and closes the session;"
       " during the data, answered here when the client has sent it"),
]

FIRST_IP = "127.0.29.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.29.1 and up)."""
    return addresses(FIRST_IP, HELDOUT41)
