"""Sympa, the mailing-list manager: its refusals of a post, and its notice that a post is held for moderation.

Sympa 6.2.70 answers most refusals with a delivery status notification of its own (``Sympa::send_dsn``, template
``mail_tt2/delivery_status_notification.tt2``): multipart/report from <sympa>-request@, the list address as
Final-Recipient, a status per cause (5.7.1 a send scenario's reject, with report.tt2's reason sentence; 5.2.3 the
list's max_size; 5.1.1 no such list; 5.6.0 a command line in a post; 5.6.1 no command in a command mail) and
``Diagnostic-Code: X-Sympa; <the status's generic text>``.  The notice's text part says why in the list's
language ("Impossible to distribute your message for list '<list>' for the following reason: ..."); those words,
not the generic diagnostic, are what this module reports, with the DSN's status.

A moderator's rejection of a held post is a plain message (``mail_tt2/reject.tt2``): from <list>-request@, Subject
"Your message has been rejected" (translated), "Your message for list <list>@<domain> has been rejected by the
moderator (<moderator>)."  The hold itself (``message_report.tt2``, entry moderating_message: "Your message to the
list '<list>' has been forwarded to the moderator(s)", Subject "Message distribution") is claimed as not a bounce
(``kind="not-bounce"``): the post may still be distributed.  What each reason sentence means is data
(``data/providers/sympa.yaml``).
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from .base import dsn_report, first_plain_text, first_text_joined, joined_lines, list_of_the_request_sender

# reject.tt2's Subject, "Your message has been rejected", as Sympa 6.2.70 ships it (po/sympa/*.po, the languages
# that translate it)
_REJECTED_SUBJECTS = (
    "your message has been rejected", "rejet de votre message", "ihre nachricht wurde abgelehnt",
    "メッセージは拒否されました", "se ha rechazado tu mensaje", "il tuo messaggio è stato rifiutato",
    "uw bericht is afgwezen", "s'ha rebutjat el vostre missatge", "vase zprava byla odmitnuta",
    "sinu kirja ei saadetud listi", "viestisi on hylätty", "a levelét visszautasították",
    "twoja wiadomość została odrzucona", "ваше сообщение было отвергнуто", "ditt meddelande har avslagits",
    "您的邮件被拒绝了")
# message_report.tt2's moderating_message sentence, up to the list's name where it leads: "Your message to the list
# '%1' has been forwarded to the moderator(s)" (po/sympa/*.po)
_FORWARDED = (
    "has been forwarded to the moderator(s)", "a été transmis au(x) modérateur(s)",
    "wurde an den/die moderator(en) weitergeleitet", "モデレータ (たち) に回送しました",
    "hemos enviado al moderador tu mensaje", "e' stato inoltrato ai moderatori",
    "is doorgestuurd naar de moderator(s)", "s'ha reenviat als moderadors", "saadeti edasi listi toimetaja",
    "on välitetty listan toimittajille", "továbbításra került", "została przekazana redaktorowi",
    "было переслано модераторам", "har skickats vidare till redaktör", "的邮件被转发到了编辑")


def _reason_words(mail: Mail, refused: bool) -> str:
    """The DSN's text part without its opening paragraph ("This is an automatic response sent by Sympa ...
    Impossible to distribute your message for list '<list>' for the following reason:") and, for a refusal (5.7.1),
    without the paragraph that leads to report.tt2's reason ("Your message for list '<list>' (attached below) was
    rejected. You are not allowed to send this message for the following reason:"), on one line (base.joined_lines):
    the template's paragraphs are apart by empty lines in every language.  When a scenario's reject gave no reason,
    the lead-in is all the notice says, and it is the words."""
    paragraphs = [p for p in first_plain_text(mail).replace("\r\n", "\n").split("\n\n") if p.strip()]
    lines = "\n".join(paragraphs[2 if refused else 1:]).splitlines()
    if refused and (not lines or not lines[0].strip() or "-request@" in lines[0]):
        # no reason paragraph (nothing, or only the closing contact line, after the lead-in): the lead-in says it
        lines = paragraphs[1].splitlines() if len(paragraphs) > 1 else []
    # "For further information, please contact %1-request@%2" closes the text: its address line, and the line before
    # when the sentence was wrapped there (it does not end a sentence)
    cut = next((i for i, line in enumerate(lines) if "-request@" in line), len(lines))
    if 0 < cut < len(lines) and not lines[cut - 1].rstrip().endswith((".", "。", ":")):
        cut -= 1
    return joined_lines(lines[:cut])


class Sympa:
    name = "sympa"

    def read(self, mail: Mail) -> Report | None:
        ds = mail.delivery_status
        if ds is not None and any(r.get("diagnostic-code", "").lower().startswith("x-sympa")
                                  for r in ds.recipients):
            return self._dsn(mail)
        subject = " ".join(mail.subject.split()).lower().rstrip(".。")
        if subject in _REJECTED_SUBJECTS:
            return self._moderator_rejected(mail)
        if mail.root.header("auto-submitted"):
            text = " ".join(mail.text_lower.split())  # folded once: the templates wrap their sentences
            if any(w in text for w in _FORWARDED):
                return Report(kind="not-bounce", format=self.name, evidence=[])  # a hold for the moderators
        return None

    def _dsn(self, mail: Mail) -> Report | None:
        """send_dsn's notice: the DSN's recipient and status, the text part's words as the diagnostic."""
        report = dsn_report(mail, self.name)
        if report is None:
            return None
        for ev in report.evidence:
            said = _reason_words(mail, ev.status == "5.7.1")
            # X-Sympa's diagnostic is only the status's name from Sympa.pm's %diag_messages ("Delivery not
            # authorized, message refused" for 5.7.1), the registry's text: the status says it already.  A
            # scenario's reject with no reason gives report.tt2's lead-in (provider.sympa.no-reason); a text part
            # with nothing after its opening paragraph leaves no words, and the status alone is read
            ev.diagnostic = ev.evidence = said or None
            ev.notice = mail.subject or None
        return report

    def _moderator_rejected(self, mail: Mail) -> Report | None:
        """reject.tt2: from <list>-request@<domain>, the text naming <list>@<domain>."""
        listaddr = list_of_the_request_sender(mail)
        if listaddr is None:
            return None
        said = first_text_joined(mail)
        if listaddr not in said.lower():
            return None
        ev = Evidence(address=addresses.normalize(listaddr), diagnostic=said, evidence=said,
                      notice=mail.subject or None)
        return Report(kind="bounce", format=self.name, evidence=[ev])
