"""The fortieth held-out set: server replies worded exactly as an on-premises mail server, a gateway or a filter
documents them (its manual, its vendor's knowledge base, its source), from areas the catalogue and the held-out
material cover thinly.

Made like heldout39.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout, round
28 included), the thirty-nine earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's
knowledge (core/whybounce/data) contains. It was built and labelled in session 45 to measure the reading blind; it is
never to be tuned on. Set 39 uses 127.0.26.1-63, so these servers listen from 127.0.27.1 (to 127.0.27.63 at most) and
the domains end in heldout40.example; the bounces are filed under tests/fixtures/real-mta-heldout40/.

Placeholders are those of heldout11.py ({rcpt}, {client_ip}, {sender_domain}, ...). Where a source prints a
placeholder of its own (a size, a token the server fills in) an example value or the session's value takes
its place, and the source note says so; every other word is the source's. Where a source prints the text of a reply
without a reply code, the code added is named in the note. Where a source does not say at which stage a reply is
given, the note says which stage was chosen. Sources: Microsoft Exchange Server on-premises (its Q&A site; a Microsoft
KB article about a gateway in front of Exchange 5.5), the Mercury/32 mail server's help, Mailtraq's manual, a milter's
manual (chainmail) and the hMailServer source. Three candidates were dropped after a first run, before any reading of
its files was looked at, as new only around wording the project holds or an earlier set's table has (Exchange 2010's
'The maximum number of concurrent connections has exceeded a limit, ...', a sibling of set 14's Exchange Online reply;
Exchange 2003's '550 5.7.1 Requested action not taken; mailbox not available', RFC 5321 words and a known user-unknown
phrase; hMailServer's '554 Rejected by DMARC. (domain)'): the set was run again without them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout40.example"
_NO_STAGE = "; the source does not say at which stage"
_HMAIL = ("hMailServer source (https://github.com/hmailserver/hmailserver, read 2026-12-06), hmailserver/source/Server/"
          "SMTP/SMTPConnection.cpp")
_HMAIL_SPAM = (" (a failed anti-spam test's message; SMTPConnection::_DoSpamProtection sends '550 ' + the message"
               " before the data (pre-transmission tests) and '554 ' + the message after it, when the tests' total"
               " score reaches the delete threshold)")

_h = case_maker(SUFFIX)

HELDOUT40: list[Heldout] = [
    # --- the greeting
    _h("conn-421-432-exchange-per-source", "CONN", (
        "421 4.3.2 The maximum number of concurrent server connections has exceeded a per-source limit, closing"
        " transmission channel",
    ), "Microsoft Q&A 407670, '421 4.3.2 The maximum number of concurrent server connections has exceeded a per-source"
       " limit, closing transmission channel' (an Exchange Server DAG's receive connector answering a telnet session"
       " with it; the limit is the connector's MaxInboundConnectionPerSource),"
       " https://learn.microsoft.com/en-us/answers/questions/407670; on connection, where the telnet session met it"),
    # --- MAIL FROM
    _h("mail-550-hmailserver-mailfrom", "MAIL", ("550 Invalid syntax. Syntax should be MAIL FROM:<userdomain>[crlf]",),
       _HMAIL + ", SMTPConnection::_ProtocolMAIL (the MAIL FROM command could not be parsed: no address in angle"
       " brackets, or a command shorter than 'MAIL FROM:'); '<userdomain>[crlf]' is literal text of the reply"),
    # --- RCPT TO
    _h("rcpt-553-mercury-nonlocal", "RCPT", ("553 We do not relay non-local mail, sorry.",),
       "Mercury/32 (Mercury Mail Transport System, David Harris) help, 'Controlling relaying', quoted on the Pegasus"
       " Mail community site (https://community.pmail.com/index.php?u=%2Ftopic%2F2910): with 'Do not permit SMTP"
       " relaying of non-local mail' checked, mail neither from nor to a local address from a host not allowed by the"
       " connection control list 'will be failed with a diagnostic like \"553 - We do not relay...\"'; the full"
       " reply as Mercury sends it in the nmap smtp-open-relay script's example output and in XAMPP users' PHP"
       " warnings ('SMTP server response: 553 We do not relay non-local mail, sorry.'); at RCPT TO, where relaying"
       " is decided"),
    _h("rcpt-550-hmailserver-helo", "RCPT", ("550 The host name specified in HELO does not match IP address.",),
       _HMAIL + _HMAIL_SPAM + "; the message in hmailserver/source/Server/Common/AntiSpam/SpamTestHeloHost.cpp (the"
       " HELO name's A records do not include the client's address); at RCPT TO, where the pre-transmission tests"
       " run by default (DNSBLChecksAfterMailFrom off)"),
    _h("rcpt-550-hmailserver-reverse", "RCPT", ("550 No valid rDNS/PTR record found.",),
       _HMAIL + _HMAIL_SPAM + "; the message in hmailserver/source/Server/Common/AntiSpam/SpamTestPTR.cpp (no PTR"
       " record for the client's address, or its name does not resolve back to it); at RCPT TO, as above"),
    # --- the end of the message data
    _h("data-554-smg-typewriter", "DATA", ("554 (not a type writer)",),
       "Microsoft Knowledge Base Q180414, 'XFOR: Non-Delivery Report: 554 (not a type writer)' (Exchange Server 4.0 to"
       " 5.5's Internet Mail Service reports '554 (not a type writer)' / 'Input line to submit longer than 254"
       " characters' from a host called Secure Message Guard, which could not take more than 254 characters on the"
       " To: line; workaround: fewer characters on the To: line), archived at"
       " https://www.infania.net/misc/kbarchive/kb/180/Q180414/index.html; after the data here, where the header"
       " lines are read (only the reply's first line is used: the KB shows the second without a code)"),
    _h("data-550-mailtraq-hamtoken", "DATA", ("550 Suspected as spam -- see http://spam.mailtraq.com/7f3a9c21/12.4",),
       "Mailtraq (Enstar) manual, 'Challenge & Response': 'Reject at SMTP with this message will return a permanent"
       " SMTP failure code with the text that is given here', default 'Suspected as spam -- see"
       " http://spam.mailtraq.com/$hamtoken/$score' ($hamtoken a unique identifier, $score the message's score:"
       " example values here), http://www.mailtraq.com/709/; the page names no code: 550 added (a permanent"
       " failure); after the data, where the message's content is scored"),
    _h("data-552-hmailserver-drop", "DATA", (
        "552 Message size exceeds the drop maximum message size. Size: 30720 KB, Max size: 20480 KB - DROP!",
    ), _HMAIL + ", SMTPConnection::ParseData (the data received so far passed SMTPDMaxSizeDrop; the server answers and"
       " drops the connection); the two sizes are example values; during the data, answered when the client has"
       " sent it"),
    _h("data-451-hmailserver-unsaved", "DATA", ("451 Rejected - No data saved.",),
       _HMAIL + ", SMTPConnection::_OnPreAcceptTransfer (the message file the server was writing does not exist after"
       " the data: 'Rejected message because no mail data has been saved in file %s', error 5019, Critical)"),
    _h("data-421-hmailserver-excess", "DATA", ("421 Excessive amounts of data sent to server.",),
       _HMAIL + ", SMTPConnection::OnExcessiveDataReceived; hMailServer documentation, 'SMTP error messages' ('This"
       " error is generated by hMailServer if a client sends a large chunk of data to hMailServer not containing a"
       " newline character (command terminator). A client should never do this, but incorrectly configured clients"
       " could cause this problem.'), http://www.hmailserver.com/documentation/latest/"
       "?page=reference_error_messages_smtp" + _NO_STAGE + ": after the data here"),
    _h("data-550-571-chainmail-violates", "DATA", ("550 5.7.1 This message violates our policy",),
       "chainmail (a sendmail/Postfix milter) documentation, 'Actions': 'Reject \"code\" \"enh_code\" \"reply\". Reject"
       " the message', the example 'Reject with custom codes and message: Reject \"550\" \"5.7.1\" \"This message"
       " violates our policy\"', https://chainmail.sourceforge.net/doc/ch03s02s05.html" + _NO_STAGE
       + ": after the data here, where a content rule rejects a message"),
]

FIRST_IP = "127.0.27.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.27.1 and up)."""
    return addresses(FIRST_IP, HELDOUT40)
