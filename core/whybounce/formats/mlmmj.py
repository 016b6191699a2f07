"""mlmmj, the mailing-list manager: its notice that a post to the list was denied (listtext ``deny-post``).

mlmmj 1.3.0 writes every notice from its list texts (``/usr/share/mlmmj/text.skel/<lang>/``): the ``prologue``
("Hi, this is the Mlmmj program managing the <list@domain> mailing list.") names the list, and ``deny-post``
(Subject "Post to list@domain denied: <subject>") says in one sentence why the post was not delivered to the
list: its size, the list address missing from To/Cc, an access rule, a moderator's rejection, no moderator
in time, not a subscriber, not a moderator.  The poster's message follows as message/rfc822.

The same program also sends holds ("Awaiting release", ``wait-post``), confirmations, welcomes and digests, which
are not refusals: only a notice whose Subject is ``deny-post``'s (below, per language of text.skel) is read.  What
each reason sentence means is data (``data/providers/mlmmj.yaml``); this module reports the list that refused, the
sentence, and the Subject.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy

# The Subject line of text.skel/<lang>/deny-post in mlmmj 1.3.0 ($list$@$domain$ filled in), en de fr it pt ast
# fi: "Post to <list> denied:", "Ihre Nachricht an <list> wurde abgewiesen:", "Message à <list> refusé :", ...
_DENIED_SUBJECT = lazy(
    r"^(?:post to (\S+@\S+) denied:"
    r"|ihre nachricht an (\S+@\S+) wurde abgewiesen:"
    r"|message à (\S+@\S+) refusé :"
    r"|messaggio a (\S+@\S+) negato:"
    r"|mensagem para (\S+@\S+) recusada:"
    r"|mensaxe a (\S+@\S+) denegáu:"
    r"|viesti listalle (\S+@\S+) hylättiin:)")
PROGRAM = "mlmmj"  # every prologue of text.skel names the program ("the Mlmmj program managing the <list>")


class Mlmmj:
    name = "mlmmj"

    def read(self, mail: Mail) -> Report | None:
        if PROGRAM not in mail.text_lower:
            return None
        m = _DENIED_SUBJECT.search(" ".join(mail.subject.split()).lower())
        if m is None:
            return None  # a hold, a confirmation, a welcome, a digest: not a refusal
        listaddr = addresses.normalize(next(g for g in m.groups() if g))
        said = _first_text(mail)
        if not listaddr or not said:
            return None
        ev = Evidence(address=listaddr, diagnostic=said, evidence=said, notice=mail.subject or None)
        return Report(kind="bounce", format=self.name, evidence=[ev])


def _first_text(mail: Mail) -> str:
    """The notice's own words: its first text part up to the attached message's note, on one line."""
    for part in mail.own_parts:
        if part.content_type == "text/plain" and part.body.strip():
            lines = []
            for line in part.text().splitlines():
                if line.strip().startswith("("):  # "(The denied message is below.)" and its translations
                    break
                lines.append(line)
            return " ".join(" ".join(lines).split())
    return ""
