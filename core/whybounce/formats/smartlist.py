"""SmartList (on procmail): its answer to a post from an address not on the list's accept list.

SmartList 3.15's ``.etc/rc.submit`` checks a post's sender against the list's ``accept`` file (by default a link to
``dist``, the subscribers; unless ``foreign_submit`` is set), and when the sender is not on it forwards the post to
the maintainer with "X-Diagnostic: Not on the accept list" and, if the list has an ``accept.txt``, answers the poster
with ``formail -i"From: SmartList <$listreq>" -kbrtA"X-Loop: $listaddr"; cat accept.txt``: a reply from
"SmartList <<list>-request@<domain>>", X-Loop: <list>@<domain>, "Re: <the post's subject>", the maintainer's
accept.txt and the post's own text.  The words are the maintainer's, not SmartList's: the refusal is known by that
structure, and what it means is data (``data/providers/smartlist.yaml``'s notice).

Every other SmartList answer has the same From and X-Loop and is not a refusal: rc.request's and the subscribe and
confirm scripts' replies, which carry the shipped texts (help.txt, subscribe.txt, unsubscribe.txt, confirm.txt,
confirm-help.txt, confirm-error.txt, archive.txt; their opening words below) or a Subject of their own ("CONFIRM
<cookie>", "Invalid address (...)"); those are left alone (they read as not bounces).  The maintainer's copies are
the post itself with X-Diagnostic headers, not notices to the poster.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import first_text_joined, list_of_the_request_sender

# the shipped texts of SmartList 3.15's .etc/ (Debian 12's smartlist 3.15-26), by words of their opening lines
_SHIPPED = (
    "subscription/unsubscription/info requests should always be sent to the -request",  # help.txt
    "this is an automated subscription mechanism",  # subscribe.txt
    "if this wasn't your intention or you are having problems getting yourself",  # unsubscribe.txt
    "don't remove or edit the confirm string",  # confirm.txt
    "your confirmation request was unsuccessful",  # confirm-help.txt
    "your subscription request was unsuccesful",  # confirm-error.txt (SmartList's spelling)
    "this archive server knows the following commands",  # archive.txt
)


class SmartList:
    name = "smartlist"

    def read(self, mail: Mail) -> Report | None:
        if not mail.from_lower.lstrip().startswith("smartlist <"):
            return None
        listaddr = list_of_the_request_sender(mail)
        if listaddr is None or addresses.first((mail.root.header("x-loop") or "").lower()) != listaddr:
            return None
        subject = " ".join(mail.subject.split()).lower()
        text = " ".join(mail.text_lower.split())
        if not subject.startswith("re:") or any(w in text for w in _SHIPPED):
            return None  # a reply to a request (help, subscription, confirmation), not to a post
        said = first_text_joined(mail)
        ev = Evidence(address=addresses.normalize(listaddr), diagnostic=said or None, evidence=said or None,
                      notice=mail.subject or None)
        return Report(kind="bounce", format=self.name, evidence=[ev])
