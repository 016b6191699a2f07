"""The eighth held-out set: server replies worded exactly as an MTA, a filter or a provider documents them.

Made like heldout7.py (one documented reply to one SMTP stage, each on its own fake server address and domain, with
the document its words come from), from replies that neither the documented-reply catalogue
(tests/fixtures/documented-replies), the seven earlier held-out sets, the kit's tuned cases (cases.py, fake_smtp.py)
nor whybounce's knowledge (core/whybounce/data) contains. It was built and labelled in session 22, while the lead
built general reading mechanisms, to measure them blind; it is never to be tuned on. Sets 1-7 used every address of
127.0.0.2-254, so these servers listen from 127.0.1.2 (to 127.0.1.63 at most) and the domains end in
heldout8.example; the bounces are filed under tests/fixtures/real-mta-heldout8/.

Placeholders are those of heldout5.py: {rcpt}, {rcpt_domain}, {client_ip}, {sender_domain}, {helo}. Where a source
prints a placeholder of its own (an IP address, a blank, a %s) the session's value stands in for it; every other word
is the source's. Where a source prints the text of a reply without its code, the code added is named in the source
note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses, case_maker

SUFFIX = "heldout8.example"
_OPENMAIL = ("open-mail.org's '3strikes' SMTP replies (a public anti-spam gateway's reply list; printed without codes,"
             " the template's '-' filled with the session's address or HELO name), http://open-mail.org/3strikes/"
             "SMTPmessages.txt")
_MOMENTUM = ("Momentum (Message Systems, now SparkPost) MTA reference, Appendix F 'Responses sorted by message',"
             " https://github.com/SparkPost/developers.sparkpost.com (web-ref/responses-by-message.md)")
_SPAMDYKE = ("spamdyke (a qmail filter: 554 for its permanent rejections, 421 for its temporary ones, at RCPT TO),"
             " spamdyke/spamdyke.h (ERROR_* texts, REJECT_SEVERITY_* codes), https://github.com/chrisboulton/spamdyke")

_h = case_maker(SUFFIX)

HELDOUT8: list[Heldout] = [
    # --- the greeting
    _h("conn-554-openmail-session", "CONN", (
        "554 Sorry! We REJECT your request for a mail session, because {client_ip} is currrently sending large"
        " quantities of spam. See http://cbl.abuseat.org",
    ), _OPENMAIL + " (the sending address listed by the CBL; 554 added, the greeting refusing the session)"),
    _h("conn-421-445-momentum-outage", "CONN", ("421 4.4.5 Service unavailable, concurrency limit reached",),
       _MOMENTUM + " (421 4.4.5, 'System outage' in its comment column: the server's limit on simultaneous"
       " connections)"),
    # --- EHLO
    _h("ehlo-550-openmail-transmitters", "EHLO", (
        "550 Sorry! We REJECT your request for a mail session, because {helo} is not a valid HELO name. We do not"
        " accept mail from unidentified transmitters.",
    ), _OPENMAIL + " (the HELO name refused; 550 added)"),
    # --- MAIL FROM
    _h("mail-550-510-kontopl-piws", "MAIL", ("550 5.1.0 piWs1j0010jifNx01iWsdh policy violation",),
       "konto.pl (a Polish host), 'Błąd 5.1.0' (its SMTP server's reply when an IP address or account exceeds the"
       " sending limits: 250 messages a minute, 1000 an hour; printed without the reply code, 550 added),"
       " https://support.konto.pl/kb/a2164/blad-5_1_0.aspx"),
    # --- RCPT TO
    _h("rcpt-421-dyke-entry", "RCPT", ("421 Refused. You have no reverse DNS entry.",), _SPAMDYKE),
    _h("rcpt-554-dyke-keyword", "RCPT",
       ("554 Refused. Your reverse DNS entry contains your IP address and a banned keyword.",),
       _SPAMDYKE + " (a generic, dynamic-looking PTR name)"),
    _h("rcpt-554-dyke-listing", "RCPT", ("554 Refused. Your IP address is listed in the RBL at bl.spamcop.net",),
       _SPAMDYKE + " (the list's name is the configured one; SpamCop's stands in for it)"),
    _h("rcpt-421-dyke-exchanger", "RCPT",
       ("421 Refused. The domain of your sender address has no mail exchanger (MX).",), _SPAMDYKE),
    _h("rcpt-421-dyke-remaining", "RCPT", ("421 Too many recipients. Try the remaining addresses again later.",),
       _SPAMDYKE),
    _h("rcpt-554-dyke-unconditional", "RCPT", ("554 Refused. Mail is not being accepted.",),
       _SPAMDYKE + " (its reject-all option: the server takes no mail at all)"),
    _h("rcpt-554-dyke-envelope", "RCPT", ("554 Refused. Your sender address has been blacklisted.",),
       _SPAMDYKE + " (the envelope sender on the receiving side's sender list)"),
    _h("rcpt-554-dyke-login", "RCPT", ("554 Refused. Authentication is required to send mail.",),
       _SPAMDYKE + " (the client is neither authenticated nor allowed to relay)"),
    _h("rcpt-451-471-barracuda-minutes", "RCPT",
       ("451 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted for 5 minutes",),
       "Barracuda (spam filter), as collected by ActiveCampaign/Postmark's SMTP Field Manual, code 451,"
       " https://github.com/ActiveCampaign/smtp-field-manual (code/451/index.html; email@example.com there is"
       " the session's recipient here)"),
    # --- the end of the message data
    _h("data-550-560-momentum-datefield", "DATA",
       ("550 5.6.0 Missing required RFC2822 Date field (see RFC2822 section 3.6)",), _MOMENTUM),
    _h("data-550-560-momentum-lone", "DATA", ("550 5.6.0 Lone CR or LF in body (see RFC2822 section 2.3)",),
       _MOMENTUM),
    _h("data-451-onesystems-home", "DATA", ("451 qq trouble in home directory",),
       "OneSystems (a Swiss host), 'Übersicht häufig vorkommender Fehlermeldungen' (qmail's reply; its help: the"
       " recipient mailbox's storage limit (quota) is reached),"
       " https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen"),
]

FIRST_IP = "127.0.1.2"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.1.2 and up)."""
    return addresses(FIRST_IP, HELDOUT8)
