"""mlmmj, the mailing-list manager: its notice that a post to the list was denied (listtext ``deny-post``).

mlmmj 1.3.0 writes every notice from its list texts (``/usr/share/mlmmj/text.skel/<lang>/``): the ``prologue``
("Hi, this is the Mlmmj program managing the <list@domain> mailing list.") names the list, and ``deny-post``
(Subject "Post to list@domain denied: <subject>", in each of text.skel's 11 languages) says in one sentence why
the post was not delivered to the list: its size, the list address missing from To/Cc, an access rule, a
moderator's rejection, no moderator in time, not a subscriber, not a moderator.  The poster's message follows as
message/rfc822.

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
from .base import first_text_joined

# The Subject line of text.skel/<lang>/deny-post in mlmmj 1.3.0, all 11 languages ($list$@$domain$ filled in, the
# post's subject after it or, in gr and sk, before it): "Post to <list> denied:", "Ihre Nachricht an <list> wurde
# abgewiesen:", "Message à <list> refusé :", ...
_DENIED_SUBJECT = lazy(
    r"^(?:post to (\S+@\S+) denied:"  # en
    r"|ihre nachricht an (\S+@\S+) wurde abgewiesen:"  # de
    r"|message à (\S+@\S+) refusé :"  # fr
    r"|messaggio a (\S+@\S+) negato:"  # it
    r"|mensagem para (\S+@\S+) recusada:"  # pt
    r"|mensaxe a (\S+@\S+) denegáu:"  # ast
    r"|viesti listalle (\S+@\S+) hylättiin:"  # fi
    r"|zaslat email do (\S+@\S+) není možné"  # cs
    r"|发往 (\S+@\S+) 的邮件被拒绝："  # zh-cn
    r"|το μήνυμα με θέμα .* απορρίφθηκε απο τη (\S+@\S+):"  # gr
    r"|odmietnutie príspevku .* do (\S+@\S+)$)")  # sk
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
        said = first_text_joined(mail)
        if not listaddr or not said:
            return None
        ev = Evidence(address=listaddr, diagnostic=said, evidence=said, notice=mail.subject or None)
        return Report(kind="bounce", format=self.name, evidence=[ev])
