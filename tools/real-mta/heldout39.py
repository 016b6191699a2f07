"""The thirty-ninth held-out set: server replies worded exactly as an MTA, a test server, a provider or a public bounce
page shows them, from areas the catalogue and the held-out material cover thinly.

Made like heldout16.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the held-out documented replies (tests/fixtures/documented-replies-heldout, round
27 included), the thirty-eight earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py) nor whybounce's
knowledge (core/whybounce/data) contains. It was built and labelled in session 44 to measure the reading blind; it is
never to be tuned on. The catalogue set of session 43 uses 127.0.23.1-127.0.25.250, so these servers listen from
127.0.26.1 (to 127.0.26.63 at most) and the domains end in heldout39.example; the bounces are filed under
tests/fixtures/real-mta-heldout39/.

Placeholders are those of heldout11.py ({rcpt}, {client_ip}, ...). Where a source prints a placeholder of its own (an
address, an IP the server fills in) the session's value takes its place; every other word is the source's. Where a
source prints the text of a reply without saying at which stage it is given, the source note says which stage was
chosen. Sources: a Czech university department's page, a Japanese mail server's FAQ, a Malaysian host's help page,
a Turkish and a Serbian list of replies with their meanings, a German host's table of provider replies (web.de), the
FTGate manual (an on-premises server: its one reply no earlier set took), and the replies two SMTP test and library
projects document (kura/blackhole, a test MTA; mailin, a Rust SMTP server library).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout39.example"
_NO_STAGE = "; the source does not say at which stage"
_BLACKHOLE = ("kura/blackhole (a test MTA for sending software), docs/source/response-codes.rst, the table of the"
              " codes and messages its modes answer with (https://github.com/kura/blackhole)")
_LINUXKITCHEN = ("linuxkitchen.com, 'SMTP greške koje mogu da se jave pri slanju mail-a' (16 Aug 2013; a list of"
                 " the most common replies, '4xx Temporary error, try again', '5xx Permanent error. Don't try again.'),"
                 " https://linuxkitchen.com/2013/08/16/smtp-greske-koje-mogu-da-se-jave-pri-slanju-mail-a/")
_CVUT = ("Department of Mathematics, FEE CTU in Prague, 'Was your e-mail returned to you ...? Here are the possible"
         " reasons', https://math.fel.cvut.cz/0misc/undelivered.html (the client address is shown as"
         " [xxx.xxx.xxx.xxx] there: the session's client here)")
_BACKLINK = ("backlink.name, 'SMTP 550 Hata Kodu Ayrintilari' (the title transliterated; Turkish: each 550"
             " reply with its meaning),"
             " https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari")

_h = case_maker(SUFFIX)

HELDOUT39: list[Heldout] = [
    # --- the greeting
    _h("conn-521-kura-bh-offline", "CONN", ("521 Machine does not accept mail",),
       _BLACKHOLE + "; docs/source/modes.rst: 'offline: Server always responds with code 521 - server does not"
       " accept mail'" + _NO_STAGE + ": at the greeting here, where RFC 7504 section 3 puts a 521 of a host that"
       " accepts no mail"),
    _h("conn-421-421-linuxkitchen-closed", "CONN",
       ("421 4.2.1 The service is not available and the connection will be closed.",),
       _LINUXKITCHEN + " (under '4xx Temporary error, try again'; the status 4.2.1 is RFC 3463's 'mailbox disabled',"
       " used loosely)" + _NO_STAGE + ": at the greeting here, where a 421 closes the session"),
    # --- EHLO
    _h("ehlo-550-mailin-helo-check", "EHLO", ("550 IP address on blocklists",),
       "mailin (a Rust SMTP server library, alienscience), mailin/src/response.rs: BLOCKED_IP = (550, 'IP address on"
       " blocklists'), '/// IP address on blocklists'; its example server (mailin-server/src/main.rs) answers HELO"
       " and EHLO with it when the client address is on one of the DNS block lists given with --blocklist"
       " (https://code.alienscience.org/alienscience/mailin; read in appbiotic/tp-alienscience-mailin and"
       " r3vn/mailin)"),
    # --- MAIL FROM
    _h("mail-451-418-linuxkitchen-temp", "MAIL",
       ("451 4.1.8 Sender e-mail address domain does not resolve temporarily.",),
       _LINUXKITCHEN + " (a temporary refusal of the sender: its address's domain could not be looked up;"
       " RFC 3463 X.1.8 'Bad sender's system address')" + _NO_STAGE + ": at MAIL FROM here, where the sender's"
       " address is checked"),
    _h("mail-553-518-linuxkitchen-perm", "MAIL", ("553 5.1.8 Sender e-mail address domain does not exist.",),
       _LINUXKITCHEN + " (the sender's address's domain does not exist; RFC 3463 X.1.8)" + _NO_STAGE
       + ": at MAIL FROM here"),
    # --- RCPT TO
    _h("rcpt-451-422-ftgate-315", "RCPT", ("451 4.2.2 {rcpt} mailbox access error (#3.15)",),
       "FTGate documentation, 'Service Error Messages' ('FTGate categorises all its service error messages by using"
       " a reference code at the end of the error line': #3.15 '451 4.2.2 %s mailbox access error (#3.15)', the"
       " row after #3.14's 'mailbox full'), http://docs.ftgate.com/ftgate-documentation/error-messages/"
       "service-error-messages/ (%s is the recipient, as in #3.13 and #3.14, which sets 3 and 13 took)" + _NO_STAGE
       + ": at RCPT TO here, where #3.13 and #3.14 are given"),
    _h("rcpt-450-422-epost-faq1095", "RCPT", ("450 4.2.2 Sorry. e-mail address box is full.",),
       "E-Post Mail Server FAQ 10-95 (Japanese: the error reply when a mailbox reaches its storage limit; a message"
       " that would exceed a local user's mailbox limit is refused on arrival with this reply, which the FAQ"
       " explains as the refusal of the recipient in answer to RCPT TO because the local user's mailbox is over its"
       " limit), http://www.e-postinc.jp/faq-bsd/faq10-95.html"),
    _h("rcpt-554-cvut-ordb", "RCPT", (
        "554 Service unavailable; Client host [{client_ip}] blocked using relays.ordb.org; This mail was handled by"
        " an open relay - please visit http://ORDB.org/lookup",
    ), _CVUT + " ('The sender should contact his or her own administrator to remove the relay loop in the network,"
       " and then remove the SMTP client form the blacklist')" + _NO_STAGE + ": at RCPT TO here, where a Postfix"
       " (whose wording this is) checks client block lists"),
    _h("rcpt-554-cvut-sorbs", "RCPT", (
        "554 Service unavailable; Client host [{client_ip}] blocked using dnsbl.sorbs.net; See:"
        " http://www.dnsbl.sorbs.net/lookup.shtml",
    ), _CVUT + " ('The sender should contact his or her own administrator to remove the SMTP client from the"
       " blacklist')" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-550-backlink-tr-box", "RCPT", ("550 This user's mailbox is full ({rcpt}) - Try again later",),
       _BACKLINK + " (in Turkish: this user's mailbox is full, try again later; the page shows the address"
       " as an obfuscated '[email protected]': the session's recipient here; its typographic apostrophe and dash"
       " are written ' and -)" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-550-backlink-tr-name", "RCPT", ("550 Recipient Rejected: No account by that name here",),
       _BACKLINK + " (in Turkish: recipient refused, there is no account with this name)" + _NO_STAGE
       + ": at RCPT TO here"),
    _h("rcpt-550-webde-count", "RCPT",
       ("550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",),
       "sitepackage.de, 'Typische Fehlermeldungen bei Unzustellbarkeit' (under 'E-Mail-Postfach des Empfängers ist"
       " voll', the recipient's mailbox is full, Web.de's replies), http://www.sitepackage.de/service/dokumentation/"
       "auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-550-570-linuxkitchen-list", "RCPT", ("550 5.7.0 Your IP address is in a blacklist.",),
       _LINUXKITCHEN + " (the sending server's address is on a block list)" + _NO_STAGE + ": at RCPT TO here"),
    _h("rcpt-451-471-linuxkitchen-later", "RCPT", ("451 4.7.1 Greylisting in action, please come back later.",),
       _LINUXKITCHEN + " (greylisting: a first attempt deferred so that a real server retries)" + _NO_STAGE
       + ": at RCPT TO here, where greylisting keys on the sender, recipient and client address"),
    # --- the end of the message data
    _h("data-552-newpages-box", "DATA", ("552 <{rcpt}>... Mailbox is full",),
       "NewPages (Malaysia), 'Email Error Message' (among the errors 'that may appear due to a full mailbox':"
       " '<user@example.com>: host in7.example.com said: 552 <user@example.com>... Mailbox is full'; the example"
       " address is the session's recipient here), https://edu.newpages.com.my/article/349/email-error-message"
       + _NO_STAGE + ": after the data here, where a mailbox's size is known"),
    _h("data-458-kura-bh-queue", "DATA", ("458 Unable to queue message",),
       _BLACKHOLE + " (458 among the codes of its bounce mode)" + _NO_STAGE + ": after the data here, where a"
       " message is queued"),
]

FIRST_IP = "127.0.26.1"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.26.1 and up)."""
    return addresses(FIRST_IP, HELDOUT39)
