"""The forty-fourth held-out set: server replies as public question-and-answer threads, forum posts and mailing-list
messages quote them, each from a receiving system the thread names.

Made like heldout43.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the thread its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
forty-three earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 49 to measure the reading blind; it is never to be
tuned on. Set 43 uses 127.0.32.1-11 and the catalogue set's sixth batch 127.0.33.x, so these servers listen from
127.0.34.1 (to 127.0.34.63 at most) and the domains end in heldout44.example; the bounces are filed under
tests/fixtures/real-mta-heldout44/.

Placeholders are those of heldout11.py ({rcpt}, {client_ip}, {sender}, {helo}, ...). Every reply here was quoted by
someone who received it, in a thread that names the system that sent it (a host name in the quoted log or bounce, or
the provider the thread is about); addresses, host names and IP addresses the poster had already hidden or that
identify a person are the session's values, and the source note says so. Every other word is the quoted reply's.
Where the quote shows no reply code or no stage, the note says which was chosen and why. The label of each case is
what the thread's answers and the software's own documentation or source say the reply means, not the asker's guess.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout44.example"
_NO_STAGE = "; the thread does not say at which stage"

_h = case_maker(SUFFIX)

HELDOUT44: list[Heldout] = [
    # --- MAIL FROM
    _h("mail-550-spamgourmet-lookup", "MAIL", (
        "550-X-Host-Lookup-Failed: Reverse DNS lookup does not match for <{helo}>",
        "550 (deferred)",
    ), "spamgourmet/spamgourmet issue 58, 'Service issue: SG mail server suddenly refusing emails' (a user of the"
       " spamgourmet disposable-address service quoting its MX: 'host gourmet7.spamgourmet.com[216.75.62.102] said:"
       " 550-X-Host-Lookup-Failed: Reverse DNS lookup does not match for <smarthost> 550 (deferred) (in reply to MAIL"
       " FROM command)'; the poster's hidden host name is the session's HELO name here), https://github.com/"
       "spamgourmet/spamgourmet/issues/58; the words are those of the header Exim configurations add when the client's"
       " reverse lookup fails or is deferred (Debian's exim4-config, CHECK_RCPT_REVERSE_DNS: 'X-Host-Lookup-Failed:"
       " Reverse DNS lookup failed for $sender_host_address (${if eq{$host_lookup_failed}{1}{failed}{deferred}})'),"
       " turned into a refusal; at MAIL FROM, as the quoted log says"),
    # --- RCPT TO
    _h("rcpt-450-470-domino-forum", "RCPT",
       ("450 4.7.0 <{rcpt}>: Recipient address rejected: defer_if_permit requested",),
       "HCL Software developer forum (Domino), 'Recipient address rejected: defer_if_permit requested' (a Domino"
       " administrator: 'When our server sends mail to a user, I am seeing the following error from the server log:"
       " \"Recipient address rejected: defer_if_permit requested\"'; the answer: 'Sounds like a message from the"
       " target SMTP host ... maybe something like a greylisting feature?'), https://developer.ds.hcl-software.com/t/"
       "recipient-address-rejected-defer-if-permit-requested/124107; the text is Postfix's (smtpd_check.c, the"
       " defer_if_permit restriction: 450, \"4.7.0\", \"<%s>: %s rejected: defer_if_permit requested\"), so the code,"
       " status and address before it are Postfix's and the address is the session's recipient; postconf(5):"
       " 'defer_if_permit: Defer the request if some later restriction would result in an explicit or implicit"
       " PERMIT action. This is useful when a blacklisting feature fails due to a temporary problem'; at RCPT TO, the"
       " stage of a Recipient address restriction"),
    _h("rcpt-541-571-zoho-gplaces", "RCPT", ("541 5.7.1 Mail rejected due to antispam policy",),
       "dimkr/gplaces pull request 2, 'No way to Contanct you or Contribute to this project without a github account'"
       " (a Postfix log: 'relay=mx.zoho.com[136.143.191.44]:25 ... dsn=5.7.1, status=bounced (host"
       " mx.zoho.com[136.143.191.44] said: 541 5.7.1 Mail rejected due to antispam policy (in reply to RCPT TO"
       " command))'; the poster's SPF and DKIM were in order, and he points to Zoho's community threads on the same"
       " refusal of a sending server: 'this is a common problem with your E-Mail provider',"
       " https://help.zoho.com/portal/en/community/topic/541-5-7-1-mail-rejected-due-to-antispam-policy),"
       " https://github.com/dimkr/gplaces/pull/2; at RCPT TO, as the log says"),
    _h("rcpt-550-571-chinaunix-nullmx", "RCPT", (
        "550 5.7.1 <{rcpt}>... recipient denied, because MX 10 {helo}.' [{client_ip}] for <{sender}> did not accept"
        " the empty address, <>, as required by RFC 821, 1123, 2505, and 2821",
    ), "ChinaUnix forum (bbs.chinaunix.net), thread 618870 (a qmail bounce quoted by an administrator whose mail was"
       " refused: '<recipient>: <their server's IP> does not like recipient. Remote host said: 550 5.7.1"
       " <recipient>... recipient denied, because MX 10 <our server>.' [<our server's IP>] for <our user> did not"
       " accept the empty address, <>, as required by RFC 821, 1123, 2505, and 2821 Giving up on <their server's IP>';"
       " the forum prints every '>' as '>;', restored here; the hidden names are the session's: the recipient, the"
       " sending host's name and address, the sender), http://bbs.chinaunix.net/forum.php?action=printable&mod="
       "viewthread&tid=618870; the words name the check: the receiver called the sender's own MX back with the null"
       " sender <> and that MX refused it, so the receiver refuses the sender's mail (RFC 5321 section 4.5.5: a server"
       " must accept <> for notifications; rfc-ignorant.org's DSN list, 'letter-dsn-en-US': a domain that no longer"
       " accepts <> breaks error reporting; LibSnert's milter-ahead.c words the same finding of a call-ahead 'does not"
       " accept <> address as required by RFC 821, 1123, 2505, and 2821'); at RCPT TO, as qmail's 'does not like"
       " recipient' says"),
    # --- the end of the message data
    _h("data-554-rcimx-arcfield", "DATA", (
        "554 Failed: Malformed MIME field: ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed [0x0D] ...",
    ), "mailcow/mailcow-dockerized issue 471, '554 Failed' (a mailcow server's Postfix bounce: '<...@...>: host"
       " summitmechanical.net.mx1.inddc.rcimx.net[208.80.204.98] said: 554 Failed: Malformed MIME field:"
       " ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed [0x0D] ... (in reply to end of DATA command)';"
       " the hosted filter refused the header mailcow's own ARC signing had added, with a stray carriage return"
       " (0x0D) in it), https://github.com/mailcow/mailcow-dockerized/issues/471; after the data, as the bounce says"),
    _h("data-501-webde-swiftsmtp", "DATA", ("501 Syntax error - line too long",),
       "Kitura/Swift-SMTP issue 106 and LiveUI/MailCore issue 12, 'Mail declined by recipient: Syntax error - line too"
       " long' (a DSN: 'Remote-MTA: DNS; mx-ha02.web.de [212.227.17.8] ... Diagnostic-Code: SMTP; 501 Syntax error -"
       " line too long'; an answer: 'the maximum length for a line should be 998 (1000+CR LF)', RFC 5322 section"
       " 2.1.1's limit, which web.de's server enforces), https://github.com/Kitura/Swift-SMTP/issues/"
       "106" + _NO_STAGE + ": after the data here, where the over-long line of the message is read"),
    _h("data-554-500-brevo-freescout", "DATA",
       ("554 5.0.0 Unexpected long long headers length, got: 4184 want: less than 4096 chars",),
       "freescout-help-desk/freescout issue 5542, 'Brevo (potentially others) rejecting email due to too long"
       " headers' ('Swift_TransportException: Expected response code 250 but got code \"554\", with message \"554 5.0.0"
       " Unexpected long long headers length, got: 4184 want: less than 4096 chars\"' ... 'Seen on Brevo's SMTP relay,"
       " which caps the header block at 4096 chars; Mailgun returns the same message'; the References header of long"
       " conversations grew past the cap), https://github.com/freescout-help-desk/freescout/issues/5542" + _NO_STAGE
       + ": after the data here, the first point where a relay has the whole header block"),
    _h("data-554-500-e2a-relay", "DATA",
       ("554 5.0.0 Error: transaction failed: smtp: too long a line in input stream",),
       "Mnexa-AI/e2a pull request 773, 'fix(relay): raise inbound MaxLineLength from 2000 to 128KiB' (investigating"
       " a customer's bounces: 'all 30 bounces were `554 5.0.0 Error: transaction failed: smtp: too long a line in"
       " input stream` - our own relay rejecting agent-to-agent mail at DATA': messages with a single line over"
       " go-smtp's 2000-byte MaxLineLength), https://github.com/Mnexa-AI/e2a/pull/773; after the data, as the thread"
       " says"),
]

FIRST_IP = "127.0.34.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.34.1 and up)."""
    return addresses(FIRST_IP, HELDOUT44)
