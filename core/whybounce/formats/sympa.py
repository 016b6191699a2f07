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
(``kind="not-bounce"``): the post may still be distributed.  So are Sympa's requests to confirm a post
(``send_auth.tt2``) or a command such as a subscription (``request_auth.tt2``): command replies, not auto-replies
(RFC 3834 §1, §3).  What each reason sentence means is data (``data/providers/sympa.yaml``).
"""

from __future__ import annotations

from .. import addresses
from ..mail import Mail
from ..model import Evidence, Report
from ..patterns import lazy
from .base import dsn_report, first_plain_text, join_wrapped, joined_lines

# reject.tt2's Subject, "Your message has been rejected", as Sympa 6.2.70 ships it: every catalogue that translates
# it (/usr/share/locale/*/LC_MESSAGES/sympa.mo, 24 languages), lower case, its closing full stop left out
_REJECTED_SUBJECTS = (
    "your message has been rejected", "s'ha rebutjat el vostre missatge", "vase zprava byla odmitnuta",
    "ihre nachricht wurde abgelehnt", "το μήνυμά σας έχει απορριφθεί", "se ha rechazado tu mensaje",
    "sinu kirja ei saadetud listi", "zure mezua gaitzetsia izan da", "viestisi on hylätty", "rejet de votre message",
    "rexeitouse a túa mensaxe", "a levelét visszautasították", "il tuo messaggio è stato rifiutato",
    "メッセージは拒否されました", "메시지가 거부했습니다", "uw bericht is afgwezen", "vòstre messatge es estat refusat",
    "twoja wiadomość została odrzucona", "sua mensagem foi rejeitada", "mesajul tau a fost respins",
    "ваше сообщение было отвергнуто", "ditt meddelande har avslagits", "thư của bạn đã bị từ chối",
    "您的邮件被拒绝了", "您的郵件被拒絕了")
# message_report.tt2's moderating_message sentence, "Your message to the list '%1' has been forwarded to the
# moderator(s)": the part of each translation that says it was forwarded to the moderators (sympa.mo, 22 languages).
# Compared with the text's whitespace taken out (_squashed): Sympa wraps its ja and zh texts inside words
_FORWARDED = (
    "has been forwarded to the moderator(s)", "a été transmis au(x) modérateur(s)",
    "wurde an den/die moderator(en) weitergeleitet", "モデレータ (たち) に回送しました",
    "hemos enviado al moderador tu mensaje", "e' stato inoltrato ai moderatori",
    "is doorgestuurd naar de moderator(s)", "s'ha reenviat als moderadors", "saadeti edasi listi toimetaja",
    "on välitetty listan toimittajille", "továbbításra került", "została przekazana redaktorowi",
    "было переслано модераторам", "har skickats vidare till redaktör", "的邮件被转发到了编辑",
    "έχει προωθηθεί στους συντονιστές", "editoreei birbidali zaie", "diriximos ao moderador a túa mensaxe",
    "편집자에 전달되었습니다", "transmés al(s) moderator(s)", "foi encaminhada para os/as moderadores/as",
    "đã được chuyển tiếp cho biên tập", "的郵件被轉發到了編輯")
# request_auth.tt2's closing sentence, "If you do not want this action to be taken, you can safely ignore this
# message.": Sympa asks the sender to confirm a command (a subscription, a signoff, ...) sent in their name; every
# catalogue that translates it (sympa.mo, 23 languages)
_IGNORE_IF_UNWANTED = (
    "if you do not want this action to be taken, you can safely ignore this message",
    "si no voleu que aquesta accion sigui realitzada, podeu ignorar aquest missatge",
    "pokud nechcete tuto akci provést, prostě ignorujte tuto zprávu",
    "falls sie nicht die ausführung dieser aktion wünschen, können sie diese nachricht ignorieren",
    "αν δεν επιθυμείτε την εγγραφή ως συνδρομητής, αγνοείστε αυτό το μήνυμα",
    "si no quieres que se realice esta acción puedes ignorar este mensaje",
    "kui te ei soovi käsu täitmist jätke kirjale vastamata",
    "ez baduzu ekintza hau burutu nahi mezu hau lasai baztertu dezakezu",
    "jos et halua tätä komentoa suoritettavan, voit unohtaa tämän ilmoituksen",
    "si vous ne voulez pas effectuer cette opération, ignorez ce message",
    "se non queres que se realice esta acción podes ignorar esta mensaxe",
    "ha nem akar feliratkozni, akkor nyugodtan figyelmen kívül hagyhatja ezt a levelet",
    "se non vuoi continuare con la richiesta, puoi ignorare in modo sicuro questo messaggio",
    "上記の操作を実施してほしくないのでしたら、このメッセージは無視してくださってけっこうです",
    "만약에 이 작업 수행이 진행되길 원하지 않으면, 이 메시지를 무시 하실 수 있습니다",
    "wilt u dit niet, dan kunt u dit bericht gerust negeren", "volguèssetz pas vos abonar, ignoratz aqueste messatge",
    "jeśli nie chcesz, aby ta operacja była podjęta, możesz bezpiecznie zignorować tę wiadomość",
    "se você não quer que esta ação aconteça, você pode ignorar esta mensagem com segurança",
    "если вы не хотите, чтобы действие было выполнено, можете просто проигнорировать это сообщение",
    "om du inte vill att detta ska ske kan du bara ignorera detta meddelande",
    "không muốn hành vi này được làm thì bạn có thể bỏ qua thư này một cách an toàn",
    "如果您不想采取行动，您能安全地忽略此邮件", "如果您不想採取行動，您能安全地忽略此郵件")
# the commands a request to confirm carries, untranslated (lib/Sympa/CommandDef.pm: confirm 'CONFIRM %s', auth
# 'AUTH %s %s'; the keys are MD5 hex digests, lib/Sympa/Spool.pm): send_auth.tt2 gives "CONFIRM <key>" on a line of
# its own and as the mailto: link's subject; request_auth.tt2 without a web interface has "AUTH <key> <command>" as
# its Subject and in its mailto: link
_CONFIRM_LINE = lazy(r"(?m)^\s*confirm\s+[0-9a-f]{16,32}\s*$")
_AUTH_SUBJECT = lazy(r"^auth [0-9a-f]{16,32} \S")


def _squashed(text: str) -> str:
    """Text with every space and line break taken out, lower case: how a sentence is found whatever Sympa's
    wrapping did to it (its ja and zh texts wrap inside words, the others between them)."""
    return "".join(text.split()).lower()


_FORWARDED_SQUASHED = tuple(_squashed(p) for p in _FORWARDED)
_IGNORE_SQUASHED = tuple(_squashed(p) for p in _IGNORE_IF_UNWANTED)


def _asks_to_confirm(mail: Mail, subject: str, squashed: str) -> bool:
    """Sympa's request to confirm a post (send_auth.tt2: the list's send scenario says request_auth) or a command
    such as a subscription (request_auth.tt2): the sender is asked to act, nothing failed.  RFC 3834 §1 and §3 keep
    such service responses apart from auto-replies, so it is claimed as not a bounce rather than left to be read as
    one.  Sympa sets Auto-Submitted on both (the caller checked it); ``squashed`` is the text as :func:`_squashed`
    gives it."""
    if _CONFIRM_LINE.search(mail.text_lower) or _AUTH_SUBJECT.match(subject):
        return True
    return any(p in squashed for p in _IGNORE_SQUASHED)


def _reason_words(mail: Mail, refused: bool) -> tuple[str, bool]:
    """The DSN's text part without its opening paragraph ("This is an automatic response sent by Sympa ...
    Impossible to distribute your message for list '<list>' for the following reason:") and, for a refusal (5.7.1),
    without the paragraph that leads to report.tt2's reason ("Your message for list '<list>' (attached below) was
    rejected. You are not allowed to send this message for the following reason:"), on one line: the template's
    paragraphs are apart by empty lines in every language.  When a scenario's reject gave no reason, the lead-in is
    all the notice says, and it is the words (and the second value is True)."""
    text = first_plain_text(mail)
    if not text:
        return "", False
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    lines = "\n".join(paragraphs[2 if refused else 1:]).splitlines()
    reasonless = refused and not any("-request@" not in line and line.strip() for line in lines[:1])
    if reasonless:
        lines = paragraphs[1].splitlines() if len(paragraphs) > 1 else []  # no reason: the lead-in says it
    # "For further information, please contact %1-request@%2" closes the text: its address line, and the line before
    # when the sentence was wrapped there (it does not end a sentence)
    cut = next((i for i, line in enumerate(lines) if "-request@" in line), len(lines))
    if 0 < cut < len(lines) and not lines[cut - 1].rstrip().endswith((".", "。", ":")):
        cut -= 1
    return joined_lines(lines[:cut]), reasonless


def _is_bcc(mail: Mail, listaddr: str) -> bool:
    """Sympa's scenario variable [is_bcc] (lib/Sympa/Scenario.pm message_is_bcc), worked out again from the post
    the DSN returns: the list's name appears in neither its To: nor its Cc: field.  False when no post is returned."""
    post = mail.returned
    if post is None:
        return False
    name = listaddr.partition("@")[0].lower()
    return bool(name) and name not in ", ".join(post.header_all("to") + post.header_all("cc")).lower()


def _first_paragraph(mail: Mail) -> str:
    """reject.tt2's sentence: the first paragraph of the notice's text, on one line.  Lines are joined with a space,
    but not between two wide characters (Sympa's ja texts wrap inside words); a line opening with a bracket does not
    end it (the ja sentence wraps before "(<moderator>)"), the empty line before "(Subject of your mail: ...)" does."""
    said = ""
    for line in first_plain_text(mail).splitlines():
        if said and not line.strip():
            break
        said = join_wrapped(said, line)
    return said


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
        if not mail.root.header("auto-submitted"):
            return None  # Sympa sets it on its requests to confirm and its holds alike
        squashed = _squashed(mail.text_lower)  # once: the full text of every message that gets this far
        if _asks_to_confirm(mail, subject, squashed):
            return Report(kind="not-bounce", format=self.name, evidence=[])  # a request to confirm
        if any(w in squashed for w in _FORWARDED_SQUASHED):
            return Report(kind="not-bounce", format=self.name, evidence=[])  # a hold for the moderators
        return None

    def _dsn(self, mail: Mail) -> Report | None:
        """send_dsn's notice: the DSN's recipient and status, the text part's words as the diagnostic."""
        report = dsn_report(mail, self.name)
        if report is None:
            return None
        for ev in report.evidence:
            said, reasonless = _reason_words(mail, ev.status == "5.7.1")
            # a scenario's reject that names no reason, of a post whose To: and Cc: do not name the list: what
            # send.public_nobcc ("public list, Bcc rejected (anti-spam)", the one shipped send scenario that
            # rejects with a notice and no reason) refuses; the flag is its [is_bcc], the provider's flags read it
            if reasonless and ev.address and _is_bcc(mail, ev.address):
                ev.flags = (("is_bcc", "1"),)
            # X-Sympa's diagnostic is only the status's name from Sympa.pm's %diag_messages ("Delivery not
            # authorized, message refused" for 5.7.1), the registry's text: the status says it already.  A
            # scenario's reject with no reason leaves no words, and the status alone is read
            ev.diagnostic = ev.evidence = said or None
            ev.notice = mail.subject or None
        return report

    def _moderator_rejected(self, mail: Mail) -> Report | None:
        """reject.tt2: from <list>-request@<domain>, the text naming <list>@<domain>."""
        sender = addresses.first(mail.from_lower) or ""
        local, _, domain = sender.rpartition("@")
        if not local.endswith("-request"):
            return None
        listaddr = f"{local.removesuffix('-request')}@{domain}"
        said = _first_paragraph(mail)
        if listaddr not in said.lower():
            return None
        ev = Evidence(address=addresses.normalize(listaddr), diagnostic=said, evidence=said,
                      notice=mail.subject or None)
        return Report(kind="bounce", format=self.name, evidence=[ev])
