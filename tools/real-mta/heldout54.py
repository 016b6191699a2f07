"""The fifty-fourth held-out set: known replies in the reports of INTERNATIONALISED mail (RFC 6531 SMTPUTF8, RFC 6533
internationalised delivery status) and in reports that return only the message's headers, see
tests/fixtures/real-mta-heldout54/README.md.

No earlier set made either with the real MTAs:

- Postfix 3.7 with ``smtputf8_enable = yes`` (the kit's compatibility_level 3.6 makes it the default; SMTPUTF8_README,
  "Postfix SMTPUTF8 support" and bounce(8)): a message received with SMTPUTF8 is reported with
  ``message/global-delivery-status`` and the message returned as ``message/global``; sent to a Japanese local part
  (postfix-utf8) and to an IDN domain written in U-labels (postfix-idn, テスト = xn--zckzah);
- Exim 4.96 built with I18N (``exim -bV``: "Support for: ... I18N"; the specification's chapter 60
  "Internationalisation": SMTPUTF8 advertised to smtputf8_advertise_hosts, default *; "There is no support for DSN
  unitext handling"): the same Japanese local part (exim-utf8);
- the sender's RFC 3461 section 4.3 ``RET=HDRS`` on MAIL FROM (return the headers only: RFC 6522's
  text/rfc822-headers) to Postfix (postfix-hdrs; Postfix advertises DSN by default, postconf(5)
  smtpd_discard_ehlo_keywords), Exim (exim-hdrs; the specification's dsn_advertise_hosts, default unset, set to * in
  the run's copy of the configuration) and Sendmail 8.17 (sendmail-hdrs; DSN is on unless the 'nodsn' privacy
  option or SendMimeErrors off, Installation and Operation Guide section 5.6).

The fake servers advertise SMTPUTF8 (fake_smtp.py, set 54's addresses only): a server that does not is met by
Postfix's own "SMTPUTF8 is required, but was not offered by host" (5.6.7), not by the case's reply.

The replies are set 47's known ones (the catalogue's ids in ``catalogue``), labelled as set 47 labels them: eight at
RCPT and at the end of DATA, permanent and temporary, single- and multi-line. The set is blind: labelled before
anything read the files, never to be tuned on.

Set 53 uses 127.0.43.111-160, so these servers listen from 127.0.44.1 (to 127.0.44.60 at most) and the domains end
in xn--zckzah.heldout54.example (テスト.heldout54.example: the IDN folder writes them so).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

IDN_LABEL, IDN_ALABEL = "テスト", "xn--zckzah"  # "テスト".encode("idna") (RFC 3492 Punycode, RFC 5891 A-label)
SUFFIX = f"{IDN_ALABEL}.heldout54.example"
LOCAL_JA = "ユーザー"  # a Japanese local part (RFC 6531 section 3.3: UTF-8 in the Local-part)

TAKEN = ("rcpt-550-511-gmail-multiline", "rcpt-550-511-sendmail-user-unknown", "rcpt-552-522-gmail-over-quota",
         "rcpt-452-422-gmail-over-quota", "data-550-571-gmail-unsolicited", "data-550-5726-gmail-dmarc",
         "data-550-exim-malware", "data-552-523-gmail-size")
HELDOUT54: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id in TAKEN]

FIRST_IP = "127.0.44.1"

_SMTPUTF8 = ("Postfix 3.7 SMTPUTF8_README (https://www.postfix.org/SMTPUTF8_README.html), 'Postfix SMTPUTF8 support'"
             " (a message received with SMTPUTF8; the notification as message/global-delivery-status) and bounce(8);"
             " postconf(5) smtputf8_enable (yes at compatibility_level >= 1)")
_RET = ("RFC 3461 section 4.3 (the RET parameter: HDRS, 'only the headers of the message be returned') and RFC 6522"
        " (text/rfc822-headers)")
# folder -> (MTA, what the message carries, source)
MECHANISMS: dict[str, tuple[str, str, str]] = {
    "postfix-utf8": ("postfix", "SMTPUTF8, a Japanese local part", _SMTPUTF8 + "; RFC 6531 section 3.3"),
    "postfix-idn": ("postfix", "SMTPUTF8, the domain in U-labels", _SMTPUTF8 + "; RFC 5891 (U-label and A-label)"),
    "exim-utf8": ("exim", "SMTPUTF8, a Japanese local part",
                  "Exim 4.96 specification, chapter 60 'Internationalisation' (smtputf8_advertise_hosts, default *;"
                  " 'There is no support for DSN unitext handling'); the kit's exim -bV 'Support for: ... I18N'"),
    "postfix-hdrs": ("postfix", "RET=HDRS", _RET + "; Postfix 3.7 postconf(5), DSN advertised by default"),
    "exim-hdrs": ("exim", "RET=HDRS", _RET + "; Exim 4.96 specification, dsn_advertise_hosts ('RET and ENVID"
                  " options on MAIL FROM commands', default unset: * in the run's copy)"),
    "sendmail-hdrs": ("sendmail", "RET=HDRS", _RET + "; Sendmail Installation and Operation Guide for 8.17, section"
                      " 5.6 (PrivacyOptions 'nodsn' not set: DSN on)"),
}


def recipient(folder: str, h: Heldout) -> str:
    """The address the folder's message is sent to: a Japanese local part (the *-utf8 folders), the domain in
    U-labels (postfix-idn), else user@ the case's domain (the fake DNS answers its A-label form)."""
    if folder.endswith("-utf8"):
        return f"{LOCAL_JA}@{h.domain}"
    if folder == "postfix-idn":
        return f"user@{h.domain.replace(IDN_ALABEL, IDN_LABEL)}"
    return f"user@{h.domain}"


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.44.1 and up)."""
    return addresses(FIRST_IP, HELDOUT54)
