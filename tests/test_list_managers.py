"""The list-manager readers (formats/mlmmj.py, mailman.py, sympa.py, smartlist.py; data/providers/ of the same names),
table-driven over tests/fixtures/list-managers/: real notices of mlmmj 1.3.0 and GNU Mailman 3.3.8 (tools/real-mta/
listmanagers_run.py), Sympa 6.2.70 (sympa_run.py) and SmartList 3.15 (smartlist_run.py).  A refusal of the poster's
own post is a bounce for the list address with the reason its template branch names; a hold, a list post, a welcome
and a digest are not bounces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from whybounce import explain_bytes
from whybounce.mime import Part

HERE = Path(__file__).parent / "fixtures" / "list-managers"
LABELS = [json.loads(line) for line in (HERE / "labels.jsonl").read_text().splitlines() if line.strip()]
NOT_BOUNCES = Path(__file__).parent / "fixtures" / "not-bounces"


@pytest.mark.parametrize("label", LABELS, ids=[lab["file"] for lab in LABELS])
def test_list_manager_notice(label: dict) -> None:
    got = explain_bytes((HERE / label["file"]).read_bytes()).to_dict()
    assert got["kind"] == label["kind"]
    want = label["recipients"]
    assert [r["address"] for r in got["recipients"]] == [w["address"] for w in want]
    for g, w in zip(got["recipients"], want, strict=True):
        assert (g["reason"], g["temporary"], g["card"]["who"]) == (w["reason"], w["temporary"], w["who"])
    if want:
        assert got["format"] == {"mlmmj": "mlmmj", "mailman3": "mailman", "sympa": "sympa",
                                 "smartlist": "smartlist"}[label["engine"]]


def test_labels_cover_every_manager_and_the_non_refusals() -> None:
    """The table holds refusals of mlmmj in text.skel's 11 languages, of Mailman in three, of Sympa in the four its run
    supports and of SmartList, and the managers' holds, list posts, welcomes and digests (Sympa's command report and
    SmartList's request replies among them), the moderators', owners' and maintainer's copies and a bounce passed on
    to the owner."""
    refusals = {(lab["engine"], lab["language"]) for lab in LABELS if lab["kind"] == "bounce"}
    skel = ("en", "de", "fr", "it", "pt", "ast", "fi", "cs", "gr", "sk", "zh-cn")
    assert refusals == {("mlmmj", lang) for lang in skel} | {("mailman3", lang) for lang in ("en", "de", "fr")} | {
        ("sympa", lang) for lang in ("en", "de", "fr", "ja")} | {("smartlist", "en")}
    quiet = {(lab["engine"], lab["case"]) for lab in LABELS if lab["kind"] == "not-bounce"}
    assert {("mlmmj", "wait-post"), ("mlmmj", "moderate-post"), ("mlmmj", "list-post"), ("mlmmj", "welcome"),
            ("mlmmj", "digest"), ("mailman3", "nonmember-hold"), ("mailman3", "hold-owner"), ("mailman3", "list-post"),
            ("mailman3", "welcome"), ("mailman3", "digest"), ("mailman3", "bounce-unrecognised"),
            ("mailman3", "toobig-hold"), ("sympa", "moderated"), ("sympa", "moderate"), ("sympa", "list-post"),
            ("sympa", "welcome"), ("sympa", "command-unknown-list"), ("sympa", "confirm-post"),
            ("sympa", "subscribe-confirm"), ("smartlist", "not-on-accept-list-maintainer"),
            ("smartlist", "size-limit"), ("smartlist", "subscribe-confirm"), ("smartlist", "help"),
            ("smartlist", "list-post")} == quiet


def test_a_list_digest_is_not_a_bounce() -> None:
    got = explain_bytes((NOT_BOUNCES / "list-digest-multipart-digest.eml").read_bytes()).to_dict()
    assert (got["kind"], got["recipients"]) == ("not-bounce", [])


@pytest.mark.parametrize(("text", "b64"), [
    (b"The message's content type was explicitly disallowed", b"VGhlIG1lc3NhZ2UncyBjb250ZW50IHR5cGUgd2FzIGV4cGxp\n"
     b"Y2l0bHkgZGlzYWxsb3dlZA==\n"),  # one byte in the last group (Mailman 3's de/fr content-filter notice)
    (b"ab", b"YWI=\n"),  # two bytes in the last group
    (b"abc", b"YWJj\n"),  # a whole group
])
def test_base64_keeps_the_last_group(text: bytes, b64: bytes) -> None:
    """A base64 body whose length is not a multiple of three keeps its last bytes (the padding was once dropped
    with them, and Mailman's "explicitly disallowed" read "disallowe")."""
    part = Part(headers=[("content-transfer-encoding", "base64")], body=b64)
    assert part.payload() == text


# One row per language of mlmmj 1.3.0's text.skel: deny-post's Subject and a reason branch as the text writes them
# ($list$@$domain$ = l@lists.example), for the languages the real fixtures do not hold (and cs's modonlypost).
SKEL_ROWS = [
    ("it", "Messaggio a l@lists.example negato: Notes", "perché ha superato la dimensione massima consentita di 3000 "
     "byte.", "mesgtoobig"),
    ("pt", "Mensagem para l@lists.example recusada: Notes", "porque o endereço da lista não foi encontrado no "
     "cabeçalho Para: ou CC:.", "policyviolation"),
    ("ast", "Mensaxe a l@lists.example denegáu: Notes", "por una regla d'accesu configurada pol alministrador de la "
     "llista.", "filtered"),
    ("fi", "Viesti listalle l@lists.example hylättiin: Notes", "koska kukaan postituslistan moderaattoreista ei "
     "hyväksynyt viestiä riittävän ajan kuluessa.", "expired"),
    ("cs", "Zaslat email do l@lists.example není možné (Notes)", "protože nejste moderator konference.", "rejected"),
    ("gr", "Το μήνυμα με θέμα Notes απορρίφθηκε απο τη l@lists.example:", "καθώς κάποιος από τους διαχειριστές της "
     "λίστας το απέρριψε.", "policyviolation"),
    ("sk", "Odmietnutie príspevku  Notes do l@lists.example", "lebo nie ste abonentom diskusie.", "rejected"),
    ("zh-cn", "发往 l@lists.example 的邮件被拒绝：Notes", "因为超出了所允许的最大邮件尺寸 3000 字节。", "mesgtoobig"),
]


@pytest.mark.parametrize(("lang", "subject", "sentence", "reason"), SKEL_ROWS, ids=[r[0] for r in SKEL_ROWS])
def test_mlmmj_deny_post_in_every_language(lang: str, subject: str, sentence: str, reason: str) -> None:
    """The detector knows deny-post by its Subject in each language, and the reason by the branch's words."""
    from email.header import Header

    raw = (f"From: l+owner@lists.example\nTo: poster@example.org\nSubject: {Header(subject, 'utf-8').encode()}\n"
           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
           "Content-Type: text/plain; charset=utf8\nContent-Transfer-Encoding: 8bit\n\n"
           f"Mlmmj <l@lists.example>\n\n<poster@example.org> \"Notes\"\n{sentence}\n\n--b\n"
           "Content-Type: message/rfc822\n\nFrom: poster@example.org\nTo: l@lists.example\nSubject: Notes\n\nHello\n"
           "--b--\n").encode()
    got = explain_bytes(raw).to_dict()
    assert (got["kind"], got["format"]) == ("bounce", "mlmmj"), lang
    assert [(r["address"], r["reason"]) for r in got["recipients"]] == [("l@lists.example", reason)]


_DSN = ("From: MAILER-DAEMON@mx.example.net\nTo: l-bounces@lists.example\n"
        "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"d\"\n\n--d\n"
        "Content-Type: text/plain\n\nmail for you could not be delivered\n\n--d\n"
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
        "Final-Recipient: rfc822; member@example.net\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <member@example.net>: Recipient address rejected: User unknown\n\n--d--\n")


@pytest.mark.parametrize(("sender", "to", "text", "kind"), [
    # Mailman 3's probe (app/bounces.py send_probe): from the VERP probe address, the bounce that caused it attached
    ("l-bounces+0a1b2c@lists.example", "member@example.net", "This is a probe message.  You can ignore this message.",
     "not-bounce"),
    # a person's own mail to the list's owner, a bounce attached: still the bounce they pass on, explained
    ("person@example.org", "l-owner@lists.example", "Hello, my post bounced, see the attached notice.", "bounce"),
])
def test_mailman_notices_that_attach_a_bounce(sender: str, to: str, text: str, kind: str) -> None:
    """Mailman's own notice that attaches a bounce (a probe) is not a bounce; a person's mail through the list's
    owner address is not claimed, so the bounce it attaches is read as before."""
    raw = (f"From: {sender}\nTo: {to}\nSubject: notice\nX-Mailman-Version: 3.3.8\nMIME-Version: 1.0\n"
           f"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n{text}\n\n--b\n"
           f"Content-Type: message/rfc822\n\n{_DSN}\n--b--\n").encode()
    assert explain_bytes(raw).to_dict()["kind"] == kind


@pytest.mark.parametrize(("text", "attached", "reason"), [
    # MailList.BounceMessage with Moderate.do_reject()'s default notice: the post comes back attached
    ("You are not allowed to post to this mailing list, and your message has been\nautomatically rejected.  If you "
     "think that your messages are being rejected in\nerror, contact the mailing list owner at l-owner@lists.example.",
     True, "rejected"),
    # ListAdmin's refusal of a held post (refuse.txt): from the owner address, nothing attached
    ("Your request to the L mailing list\n\n    Posting of your message titled \"Notes\"\n\nhas been rejected by the "
     "list moderator.  The moderator gave the following reason for\nrejecting your request:\n\n\"Off topic.\"\n",
     False, "policyviolation"),
])
def test_mailman_2_1_refusals(text: str, attached: bool, reason: str) -> None:
    """Mailman 2.1 sends its refusals from <list>-owner@ (no 2.1 was run: the notices are built as its source builds
    them, Mailman/MailList.py BounceMessage and ListAdmin)."""
    post = "From: poster@example.org\nTo: l@lists.example\nSubject: Notes\n\nHello\n"
    tail = f"--b\nContent-Type: message/rfc822\n\n{post}\n" if attached else ""
    raw = ("From: l-owner@lists.example\nTo: poster@example.org\nSubject: Notes\nX-Mailman-Version: 2.1.39\n"
           "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n"
           f"{text}\n\n{tail}--b--\n").encode()
    got = explain_bytes(raw).to_dict()
    assert [(r["address"], r["reason"]) for r in got["recipients"]] == [("l@lists.example", reason)]


# Sympa 6.2.70's notices as its templates write them, for what the real fixtures do not hold: report.tt2's
# send_multipart, a 5.7.1 with no reason in fr/de, the 5.6.0 command-in-post branch (en, fr, de), reject.tt2 in fr.
SYMPA_DSN = """From: SYMPA <sympa-request@l.example>
To: p@example.org
Subject: Message distribution
X-Loop: sympa@l.example
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

{text}
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; l.example

Final-Recipient: rfc822; news@l.example
Action: failed
Status: {status}
Diagnostic-Code: X-Sympa; Delivery not authorized, message refused

--b--
"""
SYMPA_ROWS = [
    ("5.7.1", "This is an automatic response sent by Sympa Mailing Lists Manager.\nImpossible to distribute your "
     "message for list 'news@l.example' for the following reason:\n\nYour message for list 'news' (attached below) "
     "was rejected.\nYou are not allowed to send this message for the following reason:\n\n Multipart messages are "
     "not allowed in this list.\n\nFor further information, please contact news-request@l.example\n",
     "policyviolation"),
    ("5.7.1", "Ceci est une réponse automatique du robot de listes Sympa.\nProblème de diffusion de votre message pour "
     "la liste 'news@l.example' :\n\nVotre message pour la liste 'news' (ci-joint) a été rejeté.\nVous n'êtes pas "
     "autorisé à diffuser ce message pour la raison suivante :\n\n\nPour plus de détails, contactez\n"
     "news-request@l.example\n", "rejected"),
    ("5.7.1", "Dies ist eine automatische Antwort des Mailinglisten-Managers Sympa.\nVerteilung Ihrer Nachricht für "
     "die Liste 'news@l.example' ist aus folgendem Grund nicht möglich:\n\nIhre Nachricht an die Liste 'news' (unten "
     "angehängt) wurde zurückgewiesen.\nSie dürfen aus folgendem Grund diese Nachricht nicht senden:\n\n"
     " Nachrichtenverteilung auf dieser Liste ist nicht erlaubt.\n", "policyviolation"),
    ("5.6.0", "This is an automatic response sent by Sympa Mailing Lists Manager.\nImpossible to distribute your "
     "message for list 'news@l.example' for the following reason:\n\nThe following message was sent to list 'news' "
     "and it contains a line 'subscribe' that can be interpreted as a command.\n", "policyviolation"),
    ("5.6.0", "Ceci est une réponse automatique du robot de listes Sympa.\nProblème de diffusion de votre message pour "
     "la liste 'news@l.example' :\n\nLe message suivant a été adressé à la liste 'news' et il contient une ligne "
     "'subscribe' qui peut être interprétée comme une commande.\n", "policyviolation"),
]


@pytest.mark.parametrize(("status", "text", "reason"), SYMPA_ROWS)
def test_sympa_dsn_from_its_templates(status: str, text: str, reason: str) -> None:
    """A Sympa DSN is read by its text's reason sentence (report.tt2's or the status branch's), for the list."""
    got = explain_bytes(SYMPA_DSN.format(text=text, status=status).encode()).to_dict()
    assert (got["kind"], got["format"]) == ("bounce", "sympa")
    assert [(r["address"], r["reason"]) for r in got["recipients"]] == [("news@l.example", reason)]


def test_sympa_moderator_rejection_in_french() -> None:
    """reject.tt2 in fr: from <list>-request@, its translated Subject, the list named in the text."""
    raw = ("From: news-request@l.example\nTo: p@example.org\nSubject: Rejet de votre message\nAuto-Submitted: "
           "auto-generated\nContent-Type: text/plain; charset=utf-8\n\nVotre message pour la liste news@l.example a "
           "été rejeté par m@l.example, modérateur de la liste.\n\n(Sujet de votre message : Notes)\n").encode()
    got = explain_bytes(raw).to_dict()
    assert [(r["address"], r["reason"]) for r in got["recipients"]] == [("news@l.example", "policyviolation")]


def test_sympa_rejected_subject_alone_is_not_enough() -> None:
    """The same Subject from a person (not <list>-request@, or a text not naming the list) is not Sympa's."""
    raw = (b"From: friend@example.org\nTo: p@example.org\nSubject: Your message has been rejected\n\nSorry, the "
           b"committee rejected your proposal.\n")
    assert explain_bytes(raw).to_dict()["format"] != "sympa"


_SYMPA_REASONLESS = ("This is an automatic response sent by Sympa Mailing Lists Manager.\nImpossible to distribute "
                     "your message for list 'news@l.example' for the following reason:\n\nYour message for list "
                     "'news' (attached below) was rejected.\nYou are not allowed to send this message for the "
                     "following reason:\n\n\nFor further information, please contact news-request@l.example\n")
_RETURNED = ("--b\nContent-Type: message/rfc822\n\nFrom: p@example.org\nTo: {to}\n{cc}Subject: Notes\n\nHello\n"
             "\n--b--\n")


@pytest.mark.parametrize(("to", "cc", "card"), [
    ("friend@example.org", "", "The mailing list's address was not in To or Cc"),  # [is_bcc]: the list only in Bcc
    ("friend@example.org", "Cc: News <news@l.example>\n", "The mailing list refused your post"),  # named in Cc
    ("news@l.example", "", "The mailing list refused your post"),
])
def test_sympa_reasonless_refusal_of_a_bcc_post(to: str, cc: str, card: str) -> None:
    """send.public_nobcc rejects with no reason when the list's name is in neither To: nor Cc: (Scenario.pm
    message_is_bcc): the returned post shows it, and the card says so; a post that names the list keeps the general
    card.  The reason stays the reason-less refusal's (rejected)."""
    raw = SYMPA_DSN.format(text=_SYMPA_REASONLESS, status="5.7.1").removesuffix("--b--\n") + _RETURNED.format(
        to=to, cc=cc)
    got = explain_bytes(raw.encode()).to_dict()
    assert [(r["reason"], r["card"]["who"], r["card"]["title"]) for r in got["recipients"]] == [
        ("rejected", "sender", card)]


# Sympa 6.2.70's notices as its templates write them where the fixtures' server did not: with a web interface
# (wwsympa_url set: request_auth.tt2 links to it and send_auth.tt2's Subject is "Confirm your message for list %1"),
# in French (sympa.mo), and with the ja wrapping that breaks a word or puts "(<moderator>)" at a line's start
SYMPA_NOTICE = ("From: {frm}\nTo: p@example.org\nSubject: {subject}\n{auto}Content-Type: text/plain; charset=utf-8\n\n"
                "{body}\n")
SYMPA_NOTICE_ROWS = [
    ("request_auth fr, web", "sympa@l.example", "Service de listes de diffusion / abonnement à news",
     "Vous avez demandé l'ajout de votre adresse à la liste 'news'.\nSi vous souhaitez effectuer cette opération, "
     "veuillez cliquer sur le lien suivant :\n\nhttps://l.example/wws/auth/0123456789abcdef/subscribe?email=p\n\n"
     "Si vous ne voulez pas effectuer\ncette opération, ignorez ce message.", True, "not-bounce", None),
    ("send_auth en, web", "sympa@l.example", "Confirm your message for list news",
     "To distribute the attached message in list news, click on the URL:\n\nmailto:sympa@l.example?subject=CONFIRM%20"
     "0123456789abcdef0123456789abcdef\n\nOr send a message to sympa@l.example with the following subject:\nCONFIRM "
     "0123456789abcdef0123456789abcdef", True, "not-bounce", None),
    ("held ja, wrapped in a word", "news-request@l.example", "メッセージのゆくえ",
     "あなたが news メーリングリスト宛てに送ったメッセージを、モ\nデレータ (たち) に回送しました。", True,
     "not-bounce", None),
    ("reject ja, bracket opens a line", "news-request@l.example", "メッセージは拒否されました。",
     "あなたがメーリングリスト news@l.example へ\n送ったメッセージは、モデレータ\n(m@l.example) に拒否されまし"
     "\nた。\n\n(メールの件名: Notes)", True, "bounce", "policyviolation"),
    ("a person's CONFIRM line", "friend@example.org", "Re: our meeting",
     "Please reply with this line so I know you got it:\nCONFIRM 0123456789abcdef0123456789abcdef", False, None, None),
]


@pytest.mark.parametrize(("frm", "subject", "body", "auto", "kind", "reason"), [r[1:] for r in SYMPA_NOTICE_ROWS],
                         ids=[r[0] for r in SYMPA_NOTICE_ROWS])
def test_sympa_notices_from_its_templates(frm: str, subject: str, body: str, auto: bool, kind: str | None,
                                          reason: str | None) -> None:
    """A request to confirm (send_auth.tt2, request_auth.tt2) is a command reply, not an auto-reply (RFC 3834 §1,
    §3); a hold is not a refusal; reject.tt2 is; a person's mail with the same words (no Auto-Submitted) is not
    Sympa's."""
    raw = SYMPA_NOTICE.format(frm=frm, subject=subject, body=body,
                              auto="Auto-Submitted: auto-replied\n" if auto else "").encode()
    got = explain_bytes(raw).to_dict()
    if kind is None:
        assert got["format"] != "sympa"
        return
    assert (got["kind"], got["format"]) == (kind, "sympa")
    assert [r["reason"] for r in got["recipients"]] == ([reason] if reason else [])


# SmartList 3.15's answers from "SmartList <<list>-request@>" (X-Loop: <list>@) as its scripts write them: rc.submit's
# accept.txt reply to a post is a refusal whatever the maintainer's accept.txt says; a reply that carries a shipped
# text (.etc/help.txt, subscribe.txt, confirm.txt ...) answers a request; a From or X-Loop of another list is not it.
SMARTLIST = ("From: SmartList <{frm}>\nTo: p@example.org\nSubject: {subject}\nX-Loop: {loop}\n\n{body}\n")
SMARTLIST_ROWS = [
    ("news-request@l.example", "news@l.example", "Re: Notes", "Posts from members only, sorry.\nNotes follow.",
     "bounce"),
    ("news-request@l.example", "news@l.example", "Re: Notes", "Dieser Verteiler nimmt nur Beiträge von Mitgliedern an.",
     "bounce"),
    ("news-request@l.example", "news@l.example", "Re: help", "\t\t\tGeneral info\n\t\t\t------------\n"
     "Subscription/unsubscription/info requests should always be sent to the -request\naddress of a mailinglist.",
     "not-bounce"),
    ("news-request@l.example", "news@l.example", "Re: subscribe", "This is an automated subscription mechanism.  For "
     "your verification, a\ntranscript of the original subscription request is included below.", "not-bounce"),
    ("news-request@l.example", "other@l.example", "Re: Notes", "Posts from members only, sorry.", "not-bounce"),
    ("news@l.example", "news@l.example", "Re: Notes", "Posts from members only, sorry.", "not-bounce"),
]


@pytest.mark.parametrize(("frm", "loop", "subject", "body", "kind"), SMARTLIST_ROWS)
def test_smartlist_answers_by_structure(frm: str, loop: str, subject: str, body: str, kind: str) -> None:
    """Only rc.submit's accept.txt reply is a refusal (rejected, for the list); SmartList's other replies are not."""
    raw = SMARTLIST.format(frm=frm, loop=loop, subject=subject, body=body).encode()
    got = explain_bytes(raw).to_dict()
    if kind == "bounce":
        assert (got["format"], [(r["address"], r["reason"]) for r in got["recipients"]]) == (
            "smartlist", [("news@l.example", "rejected")])
    else:
        assert got["format"] != "smartlist"
