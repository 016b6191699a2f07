"""GNU Mailman 3: a post the list refused, in either of the two notices Mailman 3.3 sends the poster.

- The reject chain and a handler's RejectMessage (``mailman/chains/reject.py``, ``app/bounces.py`` bounce_message):
  from <list>-owner@, X-Mailman-Version, multipart/mixed: a text part ("Your message to the <list> mailing-list was
  rejected for the following reasons:" and the rules' reasons, template list:user:notice:rejected; or a content
  filter's reason alone, ``handlers/mime_delete.py``), then the poster's own message as message/rfc822.  The notice
  goes to the post's sender, so the attached message is from the address the notice is sent to: that tells it from
  the owner's copies (a held post, a filtered one forwarded), which go to the owner.
- A moderator's refusal of a held post (``app/moderator.py`` handle_message -> send_rejection, template
  list:user:notice:refuse): from <list>-bounces@, "Request to mailing list "<list>" rejected"; the request it names
  must be the post ("Posting of your message titled ..."): the same notice refuses subscription requests too.
  Mailman 2.1 sends both the same way but from <list>-owner@ (MailList.BounceMessage; ListAdmin's refusal with
  refuse.txt, the same English request line), so that address is read too; no 2.1 was run here.

Holds ("awaits moderator approval"), welcomes, digests, probes and bounce-processing notices are none of these.  Two
of Mailman's own notices attach a bounce and are claimed as not bounces (``kind="not-bounce"``, no recipient), so
that the attached bounce is not explained in their place: Mailman's notice to the list's owner (To: <list>-owner@,
from the list's own address, or the site owner's "Uncaught bounce notification": a hold or a filtered post for
review, a bounce no format read; a person's mail to the owner is not claimed) and a bounce probe to a member
(``app/bounces.py`` send_probe: from the VERP probe address <list>-bounces+<token>@, the bounce that caused it
attached).  What each reason means is data (``data/providers/mailman.yaml``); this module reports the list, the
words and the Subject.
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report

# list:user:notice:refuse's request for a held post, app/moderator.py's _('Posting of your message titled
# "${subject}"') as Mailman 3.3.8 ships it in en, and in its de and fr catalogues (messages/*/mailman.po)
_POST_REQUEST = ("posting of your message titled", "veröffentlichung ihrer nachricht mit dem titel",
                 "expédition de votre message intitulé")


# list:admin:notice:unrecognized.txt's opening words in Mailman 3.3.8's template languages (templates/*/): the
# "Uncaught bounce notification" comes from the site owner's address, not the list's, so its words tell it from a
# person's mail to the list's owner
_UNRECOGNIZED = (
    "the attached message was received as a bounce", "die angehängte nachricht wurde als unzustellbar",
    "le message de rejet attaché a été reçu", "el mensaje adjunto se ha recibido como un rebote",
    "el missatge adjunt es va rebre com a rebot", "il messaggio allegato è stato ricevuto come rimbalzo",
    "a mensagem em anexo foi recebida como uma devolução", "přiložená zpráva byla přijata jako nedoručenka",
    "priložená správa bola prijatá ako nedoručená", "ekteki mesaj bir geri dönme olarak alındı",
    "ההודעה המצורפת התקבלה כהחזרה", "첨부 된 메시지가 반송 메일로 수신되었지만", "所附消息作为退信被接收")
_OWN = ("-owner", "-bounces", "-request")  # the list's own addresses, which Mailman's notices come from


class Mailman:
    name = "mailman"

    def read(self, mail: Mail) -> Report | None:
        if not mail.root.header("x-mailman-version"):
            return None
        sender = addresses.first(mail.from_lower) or ""
        local, _, domain = sender.rpartition("@")
        to = addresses.first((mail.root.header("to") or "").lower()) or ""
        if "-bounces+" in local or (to.rpartition("@")[0].endswith("-owner") and (
                local.endswith(_OWN) or any(w in mail.text_lower for w in _UNRECOGNIZED))):
            return Report(kind="not-bounce", format=self.name, evidence=[])  # a probe; Mailman's notice to the owner
        if local.endswith(("-owner", "-bounces")) and any(w in mail.text_lower for w in _POST_REQUEST):
            return _report(self.name, mail, f"{local.rpartition('-')[0]}@{domain}")
        if local.endswith("-owner"):
            return self._bounced(mail, f"{local.removesuffix('-owner')}@{domain}", to)
        return None

    def _bounced(self, mail: Mail, listaddr: str, to: str) -> Report | None:
        """bounce_message's notice: the poster's message comes back attached, to the poster."""
        returned = mail.returned
        if returned is None:
            return None
        poster = addresses.first((returned.header("x-mailfrom") or returned.header("from") or "").lower())
        if not poster or poster != to:
            return None  # a copy for the owner or the moderators (a held post, a filtered one): not a refusal
        return _report(self.name, mail, listaddr)


def _report(name: str, mail: Mail, listaddr: str) -> Report | None:
    """The refusal of a post to ``listaddr``: the notice's own text (``mail.text``: its text parts, not the attached
    post's) on one line as the words."""
    said = " ".join(mail.text.split())
    address = addresses.normalize(listaddr)
    if not address or not said:
        return None
    ev = Evidence(address=address, diagnostic=said, evidence=said, notice=mail.subject or None)
    return Report(kind="bounce", format=name, evidence=[ev])
