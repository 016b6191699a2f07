"""The fifty-first held-out set: known replies in bounces whose human-readable text a site's ADMINISTRATOR customised
with its MTA's documented mechanism, see tests/fixtures/real-mta-heldout51/README.md.

Sets 47-50 wrapped the catalogue's known replies in new sending systems' reports. Real sites keep their MTA but
replace its bounce wording: a friendlier English text with a helpdesk link, a Japanese text for Japanese users. The
kit's two installed senders are configured so, each from its documented mechanism:

- Postfix 3.7 ``bounce_template_file`` (bounce(5); postconf(5)): the failure and delay templates' From, Subject,
  Postmaster-Subject, Charset and text, one template in English (postfix-custom) and one in Japanese, ISO-2022-JP
  (postfix-ja); Postfix still appends its own per-recipient lines and the message/delivery-status part;
- Exim 4.96 ``bounce_message_file`` and ``warn_message_file`` (the Exim specification, chapter "Customizing bounce
  and warning messages"): every paragraph of the bounce and of the delay warning replaced (exim-custom); Exim still
  lists the failing addresses with their errors after the second item, and adds its own DSN part.

The templates are in heldout51-templates/ (their sources in TEMPLATES). The replies are set 47's known ones (the
catalogue's ids in ``catalogue``), labelled as set 47 labels them; only cases WITH a reply are taken (no refused
connection, no missing domain: those are the sending MTA's own words, which a template does not change), and the
EHLO case is left out (a 501 to EHLO makes Postfix fall back to HELO, an open label question of the project). The set
is blind: labelled before anything read the files, never to be tuned on.

Set 50 uses 127.0.42.x, so these servers listen from 127.0.43.1 (to 127.0.43.63 at most) and the domains end in
heldout51.example.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, addresses
from heldout47 import HELDOUT47

SUFFIX = "heldout51.example"

LEFT_OUT = {"ehlo-501-exim-invalid-argument", "host-nx-domain", "host-refused"}
HELDOUT51: list[Heldout] = [Heldout(h.id, h.stage, h.reply, h.source, h.catalogue, SUFFIX) for h in HELDOUT47
                            if h.id not in LEFT_OUT]

FIRST_IP = "127.0.43.1"

_BOUNCE5 = ("Postfix 3.7 bounce(5), 'Postfix bounce message template format' (https://www.postfix.org/bounce.5.html):"
            " the failure_template example and bounce.cf.default's delay_template as `postconf -b` prints them")
_EXIM_SPEC = ("Exim 4.96 specification, chapter 'Customizing bounce and warning messages'"
              " (https://www.exim.org/exim-html-current/doc/html/spec_html/ch-customizing_bounce_and_warning_messages"
              ".html): the six items of bounce_message_file and the three of warn_message_file, the spec's own"
              " default texts reworded")
# template folder (the set's folder of bounces, the engine of its labels) -> (MTA, template files, source)
TEMPLATES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "postfix-custom": ("postfix", ("postfix-custom.cf",),
                       _BOUNCE5 + "; reworded as a site's friendlier text with a helpdesk link, From and Subject"
                       " changed (template headers, bounce(5) TEMPLATE HEADER FORMAT)"),
    "postfix-ja": ("postfix", ("postfix-ja.cf",),
                   _BOUNCE5 + "; translated to polite Japanese, Charset: iso-2022-jp (bounce(5): a superset of"
                   " US-ASCII for non-ASCII text; the Japanese translation of bounce(5) by the Japan Postfix users,"
                   " https://kobitosan.net/postfix/trans-2.3/jhtml/bounce.5.html), the Subject an RFC 2047"
                   " encoded-word (template headers must be ASCII)"),
    "exim-custom": ("exim", ("exim-bounce.txt", "exim-warn.txt"), _EXIM_SPEC),
}


def by_ip() -> dict[str, Heldout]:
    """Fake server address -> the case it serves (127.0.43.1 and up)."""
    return addresses(FIRST_IP, HELDOUT51)
