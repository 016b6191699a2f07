"""The fifty-second held-out set: known replies in reports a site's MTA writes with the OTHER documented ways of
changing bounce text, and in the copies a postmaster receives, see tests/fixtures/real-mta-heldout52/README.md.

Set 51 replaced the whole text with Postfix's bounce_template_file and Exim's bounce_message_file. Other documented
options of the kit's MTAs change what a bounce's reader sees in other ways, or send a report to another reader:

- Sendmail 8.17 ``ErrorHeader`` (``confERROR_MESSAGE``; Sendmail Installation and Operation Guide, section 5.6, and
  sendmail/savemail.c errbody(): a file whose text is put before the body of every error message) with a site's
  helpdesk text (sendmail-errheader);
- Sendmail 8.17 ``SendMimeErrors`` off (``confMIME_FORMAT_ERRORS False``; the same guide: error messages not in MIME
  format and no DSN processing): a plain-text bounce without a message/delivery-status part (sendmail-plain);
- Exim 4.96 ``bounce_message_text`` (the Exim specification, "Customizing bounce and warning messages": a string put
  in the default bounce right after its first sentence; Exim has no such option for the delay warning, whose text
  stays the default) (exim-text);
- Postfix 3.7 ``notify_classes = bounce, delay, 2bounce, resource, software`` (postconf(5)): the postmaster's
  "Postmaster Copy" of each bounce and "Postmaster Warning" of each delay notice, with the message headers only
  (postfix-pmcopy), and the notice of a bounce that itself could not be delivered, sent to 2bounce_notice_recipient
  (postfix-2bounce: the original is sent FROM the case's own address, so its bounce meets the same refusal).

Not taken: Exim's ``errors_copy`` (a Bcc copy of the same bounce: the sender's file again), Sendmail's
``PostmasterCopy`` (a copy of the same error message), OpenSMTPD 6.8 (no option for the bounce text is known to the
project; its smtpd.conf(5) was not read through to confirm it, and it was not run).

The replies are set 47's known ones (the catalogue's ids in ``catalogue``), labelled as set 47 labels them: ten of
the thirteen cases with a reply that set 51 took (three more of Gmail's refusals at RCPT and DATA left out, to keep
the set near fifty reports). The set is blind: labelled before anything read the files, never to be tuned on.

Set 51 uses 127.0.43.1-13, so these servers listen from 127.0.43.101 (to 127.0.43.163 at most) and the domains end
in heldout52.example.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout52.example"

TAKEN = ("conn-554-comcast-dnsbl", "conn-421-470-gmail-whitelist", "mail-553-518-sendmail-sender-domain",
         "mail-550-545-gmail-daily-quota", "rcpt-550-511-gmail-multiline", "rcpt-550-511-sendmail-user-unknown",
         "rcpt-452-422-gmail-over-quota", "data-550-571-gmail-unsolicited", "data-550-5726-gmail-dmarc",
         "data-550-exim-malware")
HELDOUT52: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id in TAKEN]

FIRST_IP = "127.0.43.101"

_OP_GUIDE = ("Sendmail Installation and Operation Guide for 8.17 (doc/op/op.me), section 5.6 'Option Settings'"
             " (https://www.sendmail.org/~ca/email/doc8.12/op-sh-5.html)")
# folder (the set's folder of reports, the engine of its labels) -> (MTA, the options set, source)
MECHANISMS: dict[str, tuple[str, str, str]] = {
    "sendmail-errheader": (
        "sendmail", "define(`confERROR_MESSAGE', `/etc/mail-real-mta/heldout52-error-header')",
        _OP_GUIDE + ": ErrorHeader (E), 'Prepend error messages with the indicated message. If it begins with a"
        " slash, it is assumed to be the pathname of a file containing a message (this is the recommended"
        " setting)'; cf/README's confERROR_MESSAGE; Sendmail 8.17.1.9 sendmail/savemail.c errbody() (ErrMsgFile)"),
    "sendmail-plain": (
        "sendmail", "define(`confMIME_FORMAT_ERRORS', `False')",
        _OP_GUIDE + ": SendMimeErrors (j), 'If set, send error messages in MIME format ... If disabled, sendmail"
        " will not return the DSN keyword in response to an EHLO and will not do Delivery Status Notification"
        " processing'; cf/README's confMIME_FORMAT_ERRORS (default True)"),
    "exim-text": (
        "exim", "bounce_message_text",
        "Exim 4.96 specification, chapter 'Customizing bounce and warning messages' (https://www.exim.org/"
        "exim-html-current/doc/html/spec_html/ch-customizing_bounce_and_warning_messages.html): 'If"
        " bounce_message_text is set, its contents are included in the default message immediately after \"This"
        " message was created automatically by mail delivery software.\" The string is not expanded.'"),
    "postfix-pmcopy": (
        "postfix", "notify_classes = bounce, delay, 2bounce, resource, software",
        "Postfix 3.7 postconf(5), notify_classes (https://www.postfix.org/postconf.5.html#notify_classes): 'bounce"
        " ... Send the postmaster a copy of the headers of bounced mail', 'delay ... a copy of the headers of"
        " delayed mail'; bounce_notice_recipient and delay_notice_recipient (default postmaster)"),
    "postfix-2bounce": (
        "postfix", "notify_classes = bounce, delay, 2bounce, resource, software",
        "Postfix 3.7 postconf(5), notify_classes: '2bounce ... Send undeliverable bounced mail to the postmaster';"
        " 2bounce_notice_recipient (default postmaster)"),
}


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.43.101 and up)."""
    return addresses(FIRST_IP, HELDOUT52)
