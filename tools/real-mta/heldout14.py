"""The fourteenth held-out set: server replies worded exactly as an MTA, a filter, a provider or a public bounce shows
them.

Made like heldout13.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout), the
thirteen earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's knowledge
(core/whybounce/data) contains. It was built and labelled in session 28 to measure the reading blind; it is never to
be tuned on. Set 13 uses 127.0.2.64-83, so these servers listen from 127.0.2.84 (to 127.0.2.127 at most) and the
domains end in heldout14.example; the bounces are filed under tests/fixtures/real-mta-heldout14/.

Placeholders are those of heldout11.py ({rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {sender}, {helo}). Where
a source prints a placeholder of its own (an IP address, an address, a host, a domain) the session's value takes its
place; every other word is the source's. Where a source prints the text of a reply without its code, or does not say
at which stage it is given, the source note says which code and stage were chosen.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout14.example"
_SFM = "The SMTP Field Manual (ActiveCampaign/Postmark), https://github.com/ActiveCampaign/smtp-field-manual "
_NO_STAGE = "; the page does not say at which stage"

_h = case_maker(SUFFIX)

HELDOUT14: list[Heldout] = [
    # --- the greeting
    _h("conn-422-barracuda-license", "CONN", ("422 License Expired",),
       _SFM + "(data/codes/421.json, Barracuda: 'smtp;422 License Expired' - the recipient domain's Barracuda filter"
              " license has expired, and they must resolve it with Barracuda to receive mail again)" + _NO_STAGE
              + ": at the greeting here"),
    # --- EHLO / HELO
    _h("ehlo-550-haraka-regexps", "EHLO", ("550 That HELO not allowed here",),
       "Haraka plugin helo.checks, index.js (match_re: the HELO/EHLO name matches the server's list of refused"
       " names, helo.checks.regexps; DENY gives 550), https://github.com/haraka/haraka-plugin-helo.checks"),
    # --- MAIL FROM
    _h("mail-550-571-exercism-bugsnag", "MAIL", ("550 5.7.1 Exceed Sending Limit (daily)",),
       "exercism/website issue 3149, 'Net::SMTPFatalError in ActionMailer::MailDeliveryJob@default' (its mail"
       " provider refusing further mail: '550 5.7.1 Exceed Sending Limit (daily)'),"
       " https://github.com/exercism/website/issues/3149 (the issue does not name the command: at MAIL FROM here,"
       " where an account's sending limit is checked)"),
    # --- RCPT TO
    _h("rcpt-421-432-exo-forest", "RCPT", (
        "421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing"
        " transmission channel. {rcpt_domain}. PRX8 [{rcpt_domain}]",
    ), _SFM + "(data/codes/421.json, Exchange Online: 'smtp;421 4.3.2 The maximum number of concurrent connections"
              " per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8"
              " [example.com]'; example.com is the recipient's domain here)" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-550-511-comcast-unallocated", "RCPT", ("550 5.1.1 <{rcpt}> recipient mailbox unallocated",),
       _SFM + "(data/codes/550.json, Comcast: 'smtp;550 5.1.1 <example@comcast.net> recipient mailbox"
              " unallocated')"),
    _h("rcpt-554-571-trendmicro-hes", "RCPT", ("554 5.7.1 <{rcpt}>: Recipient address rejected: BLOCK-SEND-ER.",),
       _SFM + "(data/codes/554.json, Trend Micro: 'the recipient is blocking ... a block on the sender's domain/IP by"
              " an admin of the recipient's domain', citing Trend Micro's 'Blocking an email address or domain in"
              " Hosted Email Security')"),
    _h("rcpt-554-571-zs-list", "RCPT",
       ("554 5.7.1 <{rcpt}>: Recipient address rejected: Not in recipient list",),
       _SFM + "(data/codes/554.json, ZeroSpam: 'smtp;554 5.7.1 <email@example.com>: Recipient address rejected: Not"
              " in recipient list')"),
    _h("rcpt-554-52122-outlook-fwlink", "RCPT", (
        "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour."
        " For more information go to http://go.microsoft.com/fwlink/?LinkId=526653.",
    ), _SFM + "(data/codes/554.json, Outlook: 'smtp;554 5.2.122 The recipient has exceeded their limit for the"
              " number of messages they can receive per hour. For more information go to"
              " http://go.microsoft.com/fwlink/?LinkId=526653. (#) [outlook.com]'; the page's redacted token '(#)'"
              " and its note of the domain are left out)" + _NO_STAGE + ": at RCPT TO here, the limit being the"
              " recipient's"),
    _h("rcpt-550-521-free-unused", "RCPT", ("550 5.2.1 This mailbox has been blocked due to inactivity",),
       _SFM + "(page-data/provider/free, Free: 'The mailbox is not currently active because of inactivity from the"
              " recipient. Once the recipient reactivates their mailbox, they'll be able to receive messages"
              " again.')"),
    _h("rcpt-553-512-gmail-dotaddr", "RCPT",
       ("553 5.1.2 The recipient address <{rcpt}> is not a valid RFC-5321 address. - gsmtp",),
       _SFM + "(data/codes/553.json, Google: 'smtp;553 5.1.2 The recipient address <.@gmail.com> is not a valid"
              " RFC-5321 address. - gsmtp'; the address is the session's recipient here)"),
    _h("rcpt-550-511-rackspace-g8", "RCPT",
       ("550 5.1.1 Email address could not be found, or was misspelled (G8)",),
       _SFM + "(page-data/provider/rackspace, Rackspace: 'Recipient address does not exist on our system', citing"
              " https://postmaster.apps.rackspace.com/system-info/response-codes)"),
    _h("rcpt-550-mxlogin-range", "RCPT", ("550 Unauthenticated mail not allowed from this range",),
       "NixOS/infra issue 668 (a bounce forwarded by umbriel.nixos.org:"
       " 'host eagle.mxlogin.com[45.43.208.25] said: 550 Unauthenticated mail not allowed from this range (in reply"
       " to RCPT TO command)'), https://github.com/NixOS/infra/issues/668"),
    # --- the end of the message data
    _h("data-451-470-exo-prx4", "DATA", (
        "451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: {rcpt_domain} [{rcpt_domain}]",
    ), _SFM + "(data/codes/451.json, Office 365: 'smtp;451 4.7.0 Temporary server error. Please try again later."
              " PRX4 NextHop: example.com [example.com]'; example.com is the recipient's domain here)" + _NO_STAGE
              + ": at the end of the data here"),
    _h("data-554-barracuda-url", "DATA", ("554 rejected due to spam URL in content",),
       _SFM + "(data/codes/554.json, Barracuda: 'A URL in your message content may be on a public or private block"
              " list')" + _NO_STAGE + ": at the end of the data here, where the content is known"),
    _h("data-450-471-speakerinnen", "DATA", (
        "450 4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Number messages per hour exceeded. Error:RATE_MSG",
    ), "rubymonsters/speakerinnen_liste issue 1357, 'Collect hypotheses how emails could not be sent' (its mail"
       " provider deferring the app's notifications: 'Net::SMTPServerBusy: 450 4.7.1 <END-OF-MESSAGE>: End-of-data"
       " rejected: Number messages per hour exceeded. Error:RATE_MSG'),"
       " https://github.com/rubymonsters/speakerinnen_liste/issues/1357"),
    _h("data-554-hmailserver-saved", "DATA",
       ("554 Your message was received but it could not be saved. Please retry later.",),
       "hmailserver/hmailserver issue 92, 'ERROR 554 with hms 5.6.2 Build 2227' (hMailServer 5.6.2 answering the"
       " end of DATA while it failed to store messages: 'SENT: 554 Your message was received but it could not be"
       " saved. Please retry later.'; fixed in the final 5.6.2), https://github.com/hmailserver/hmailserver/issues/92"),
    _h("data-550-546-zoho-unusual", "DATA", (
        "550 5.4.6 Unusual sending activity detected. <a href=https://www.zoho.com/mail/help/usage-policy.html"
        " target=_blank>Learn more.</a> To unblock <a href=https://mail.zoho.com/UnblockMe target=_blank>Click"
        " here.</a>",
    ), "cachethq/cachet issue 3052, 'Unable to create incident' (Zoho's SMTP server refusing the account's mail"
       " after the data: 'Expected response code 250 but got code \"550\", with message \"550 5.4.6 Unusual sending"
       " activity detected. ...\"'), https://github.com/cachethq/cachet/issues/3052; stopstalk-deployment issue"
       " 132 (Zoho blocks an account after a burst of mail until it is unblocked at mail.zoho.com/UnblockMe)"),
    _h("data-550-msp-looked", "DATA", ("550 The content of this message looked like spam.",),
       "an Office 365 non-delivery report pasted on pastebin.com ('550 5.7.350 Remote server returned message"
       " detected as spam -> 550 The content of this message looked like spam.', remote server"
       " se3.mailspamprotection.com), https://pastebin.com/mP3D6P5B (at the end of"
       " the data here, where a content verdict is given)"),
]

FIRST_IP = "127.0.2.84"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.2.84 and up)."""
    return addresses(FIRST_IP, HELDOUT14)
