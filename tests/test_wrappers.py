"""A server's reply inside Thunderbird's own error message is explained as the reply itself (wrappers.py).

The seed replies (../shared/cases/seed-cases.yaml) are wrapped in every Thunderbird message that could show
them (``data/wrappers.yaml``: stage and reply codes, as SmtpClient.sys.mjs picks the message), in English
and Japanese, in two forms:

- ``shown``: as Thunderbird 140 and 153 really show them. The SMTP reply loses its code and enhanced
  status (SmtpClient keeps only the text after them), the POP3 reply its "-ERR"; the send-error dialog
  puts "Sending of the message failed." on the line before; a refused recipient is named.
- ``whole``: the whole reply line, code included, in the message (how issue 18 counted them).

Either way the result must be the bare reply's: same reason or POP3 topic, within the seed's expectation.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from scaling import LINEAR_GROWTH, growth
from whybounce import explain_line
from whybounce.knowledge import section
from whybounce.wrappers import unwrap

CASES_FILE = Path(__file__).resolve().parents[1].parent / "shared" / "cases" / "seed-cases.yaml"
CASES = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"] if CASES_FILE.exists() else []
SMTP = [c for c in CASES if c["kind"] == "smtp-reply"]
POP3 = [c for c in CASES if c["kind"] == "pop3-reply"]
TB = section("wrappers")["thunderbird"]
LANGS = ("en", "ja")
RECIPIENT = "taro@example.jp"
SERVER = {"en": "pop.example.com", "ja": "pop.example.jp"}

# What SmtpClient.sys.mjs keeps of a reply line: the text after the code and the enhanced status code.
TB_SMTP_LINE = re.compile(r"^(\d{3})([- ])(?:(\d+\.\d+\.\d+)(?: ))?(.*)")
CODE_TIERS = ("status", "loose-status", "reply", "status-class")


def decided_by_the_code(line: str) -> bool:
    """The bare reply's reason comes from its codes alone (the resolver's winning tier), so shown without
    them, as Thunderbird shows it, it can only read as its words do."""
    trace = explain_line(line, trace=True).finding.trace or []
    return bool(trace) and trace[0]["tier"] in CODE_TIERS


def _fill(template: str, reply: str, lang: str) -> str:
    """A Thunderbird message with its placeholders filled the way Thunderbird fills them."""
    text = template.replace("%2$S", RECIPIENT).replace("%1$S", reply).replace("%s", reply)
    return text.replace("%S", reply)


def _applies(entry: dict[str, Any], code: str) -> bool:
    codes = entry.get("reply_codes") or {}
    if "only" in codes:
        return code in codes["only"]
    return code not in codes.get("except", [])


def _shown_smtp(line: str) -> str:
    m = TB_SMTP_LINE.match(line)
    assert m, line
    return m.group(4)


def smtp_wrapped() -> list[tuple[str, str, str, str, str]]:
    """(id, lang, form, message, text) for every seed SMTP reply in every message that could show it."""
    out = []
    for case in SMTP:
        line = case["input"].strip()
        code = line[:3]
        for entry in TB["smtp"]:
            if not _applies(entry, code):
                continue
            for lang in LANGS:
                shown = TB["dialog"][lang] + "\n" + _fill(entry[lang], _shown_smtp(line), lang)
                out.append((case["id"], lang, "shown", entry["message"], shown))
                out.append((case["id"], lang, "whole", entry["message"], _fill(entry[lang], line, lang)))
    return out


def pop3_wrapped() -> list[tuple[str, str, str, str, str]]:
    out = []
    said = TB["pop3"]["server_said"]
    for case in POP3:
        line = case["input"].strip()
        words = re.sub(r"^-ERR ?", "", line)
        for entry in TB["pop3"]["messages"]:
            for lang in LANGS:
                head = entry[lang].replace("%S", SERVER[lang]) + " " + said[lang].replace("%S", SERVER[lang])
                out.append((case["id"], lang, "shown", entry["message"], head + " " + words))
                out.append((case["id"], lang, "whole", entry["message"], head + " " + line))
    return out


BY_ID = {c["id"]: c for c in CASES}
SMTP_WRAPPED = smtp_wrapped()
POP3_WRAPPED = pop3_wrapped()


def test_every_seed_reply_is_wrapped() -> None:
    assert len(SMTP) == 69 and len(POP3) == 11
    # each SMTP reply: MAIL (one of three messages, by its code), RCPT, DATA, end of data, other, AUTH
    assert len(SMTP_WRAPPED) == 69 * 6 * 2 * 2
    assert len(POP3_WRAPPED) == 11 * 7 * 2 * 2


@pytest.mark.parametrize(("case_id", "lang", "form", "message", "text"), SMTP_WRAPPED,
                         ids=[f"{c}-{m}-{lang}-{f}" for c, lang, f, m, _ in SMTP_WRAPPED])
def test_wrapped_smtp_reply_reads_as_the_bare_reply(case_id: str, lang: str, form: str, message: str,
                                                    text: str) -> None:
    case = BY_ID[case_id]
    line = case["input"].strip()
    got = explain_line(text).to_dict()
    assert got["protocol"] == "smtp"
    assert got["wrapper"]["message"] == message and got["wrapper"]["lang"] == lang
    if form == "shown" and decided_by_the_code(line):
        assert got["reason"] == explain_line(_shown_smtp(line)).finding.reason
        return
    assert got["reason"] == explain_line(line).finding.reason
    assert got["reason"] in case["expect"]["reason"]
    if form == "whole":
        bare = explain_line(line).to_dict()
        assert {k: got[k] for k in ("status", "reply_code", "temporary")} == {
            k: bare[k] for k in ("status", "reply_code", "temporary")}


@pytest.mark.parametrize(("case_id", "lang", "form", "message", "text"), POP3_WRAPPED,
                         ids=[f"{c}-{m}-{lang}-{f}" for c, lang, f, m, _ in POP3_WRAPPED])
def test_wrapped_pop3_reply_reads_as_the_bare_reply(case_id: str, lang: str, form: str, message: str,
                                                    text: str) -> None:
    case = BY_ID[case_id]
    got = explain_line(text).to_dict()
    assert got["protocol"] == "pop3"
    assert got["topic"] == explain_line(case["input"].strip()).topic
    assert got["topic"] in case["expect"]["topic"]
    assert got["wrapper"]["message"] == message and got["wrapper"]["server"] == SERVER[lang]


# --- what Thunderbird really showed --------------------------------------------------------------------

# The "Send Message Error" dialog of Thunderbird 153.8.0esr and 140.12.0esr (read by the e2e test) for a
# loopback server answering RCPT TO with "550 5.7.1 <bob@elsewhere.example>... Relaying denied".
REAL_DIALOG = (
    "Sending of the message failed.\n"
    "An error occurred while sending mail. The mail server responded:\n"
    "<bob@elsewhere.example>... Relaying denied.\n"
    'Please check the message recipient "bob@elsewhere.example" and try again.'
)


def test_the_real_send_error_dialog() -> None:
    got = explain_line(REAL_DIALOG).to_dict()
    assert got["reason"] == "norelaying"
    assert got["diagnostic"] == "<bob@elsewhere.example>... Relaying denied"
    assert got["address"] == "bob@elsewhere.example"
    assert got["wrapper"] == {"program": "thunderbird", "message": "errorSendingRcptCommand", "lang": "en",
                              "protocol": "smtp", "stage": "RCPT", "server": None}


@pytest.mark.parametrize("mangle", [
    lambda t: t.replace("\n", " "),  # pasted where line breaks became spaces
    lambda t: t.replace("\n", "\r\n"),
    lambda t: "  " + t.replace(" ", "  ") + "\n\n",
    lambda t: t.replace('"', "“", 1).replace('"', "”", 1),  # typographic quotes
    lambda t: t.upper(),
], ids=["spaces", "crlf", "doubled-spaces", "curly-quotes", "upper-case"])
def test_copying_may_change_white_space_quotes_and_case(mangle: Any) -> None:
    got = explain_line(mangle(REAL_DIALOG)).to_dict()
    assert got["reason"] == "norelaying"
    assert got["wrapper"]["message"] == "errorSendingRcptCommand"


def test_the_japanese_dialog() -> None:
    text = ("メッセージを送信できませんでした。\nメールの送信中にエラーが発生しました。サーバーからの応答:\n"
            "<bob@elsewhere.example>... Relaying denied\nメッセージの受信者 \"bob@elsewhere.example\" を確認し、"
            "再度試してください。")
    got = explain_line(text, lang="ja").to_dict()
    assert got["reason"] == "norelaying"
    assert got["card"]["lang"] == "ja"
    assert got["wrapper"]["lang"] == "ja" and got["wrapper"]["stage"] == "RCPT"


def test_a_partial_paste_keeps_the_reply_but_not_a_stage_it_cannot_tell() -> None:
    """The first two lines fit the MAIL, RCPT and end-of-data messages alike."""
    got = explain_line("An error occurred while sending mail. The mail server responded:\nMailbox is full.").to_dict()
    assert got["reason"] == "mailboxfull"
    assert got["diagnostic"] == "Mailbox is full"
    assert got["wrapper"]["message"] is None and got["wrapper"]["stage"] is None


def test_a_multi_line_reply_is_one_reply() -> None:
    text = ("An error occurred while sending mail. The mail server responded:  Message rejected\nMessage size exceeds "
            "fixed maximum message size. Please check the message and try again.")
    got = explain_line(text).to_dict()
    assert got["reason"] == "mesgtoobig"
    assert got["diagnostic"] == "Message rejected Message size exceeds fixed maximum message size"


def test_pop3_message_with_the_server_name() -> None:
    text = "Sending of username did not succeed.  Mail server pop.example.com responded: [AUTH] Authentication failed."
    got = explain_line(text).to_dict()
    assert got["protocol"] == "pop3" and got["topic"] == "auth-failed"
    assert got["diagnostic"] == "-ERR [AUTH] Authentication failed."
    assert got["wrapper"]["server"] == "pop.example.com" and got["wrapper"]["stage"] == "USER"


def test_the_server_said_part_alone_is_enough_for_pop3() -> None:
    got = explain_line("メールサーバー pop.example.jp からの応答: Mailbox is locked").to_dict()
    assert got["protocol"] == "pop3" and got["topic"] == "message-locked"
    assert got["wrapper"]["message"] == "pop3ServerSaid" and got["wrapper"]["stage"] is None


@pytest.mark.parametrize("text", [
    "550 5.1.1 <a@example.org>... User unknown",
    "-ERR authentication failed",
    "The mail server responded: 550 Relaying denied",  # not Thunderbird's sentence
    "Mail server responded: authentication failed",  # no server name
    "Unable to authenticate to Outgoing server (SMTP) undefined. Please check the password and verify the "
    "'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.",  # nothing quoted
    "An error occurred while sending mail. The mail server responded: . Please check the message and try again.",
    "",
])
def test_not_a_wrapped_reply(text: str) -> None:
    assert unwrap(text) is None
    assert explain_line(text).to_dict()["wrapper"] is None


def test_no_template_is_left_unused() -> None:
    """Each message of wrappers.yaml is recognised in both languages (a typo there would silently fail)."""
    seen = {(m, lang) for _, lang, _, m, _ in SMTP_WRAPPED + POP3_WRAPPED}
    expected = {(e["message"], lang) for e in TB["smtp"] + TB["pop3"]["messages"] for lang in LANGS}
    assert seen == expected


# --- linear time ---------------------------------------------------------------------------------------

def _hostile() -> dict[str, str]:
    """Texts that keep every pattern busy: the fixed words repeated, nearly matching, without an end."""
    rcpt = next(e for e in TB["smtp"] if e["message"] == "errorSendingRcptCommand")
    prefix = rcpt["en"].split("%1$S")[0]
    said = TB["pop3"]["server_said"]["en"].replace("%S", "h")
    return {
        "prefix-repeated": prefix,
        "prefix-nearly": prefix[:-2] + "x ",
        "suffix-nearly": prefix + ' x.\nPlease check the message recipient "',
        "said-repeated": said + " ",
        "said-no-colon": "Mail server " + "h" * 40 + " responded ",
        "spaces": " \n\t",
        "japanese": rcpt["ja"].split("%1$S")[0][:-3],
    }


@pytest.mark.parametrize("name", sorted(_hostile()))
def test_unwrap_is_linear(name: str) -> None:
    """Doubling the text at most about doubles the cost (a quadratic pattern would quadruple it): CPU time, the
    shared interleaved and retried measure of tests/scaling.py, so that a loaded machine does not fail linear work."""
    unit = _hostile()[name]
    n = 60_000 // len(unit) + 1
    ratio = growth(unwrap, unit * n, unit * (2 * n))
    assert ratio < LINEAR_GROWTH, f"{name}: cost(2n) / cost(n) = {ratio:.2f}"


# --- whose server refused: a send error quotes the sender's own outgoing server -----------------------------------

def _in_tb_message(message: str, reply: str) -> str:
    entry = next(e for e in TB["smtp"] if e["message"] == message)
    return _fill(entry["en"], reply, "en")


@pytest.mark.parametrize(("message", "reply", "reason", "who"), [
    ("errorSendingRcptCommand", "554 5.7.1 <bob@elsewhere.example>: Relay access denied", "norelaying", "sender"),
    ("errorSendingMessage", "554 5.7.1 Message rejected for policy reasons", "policyviolation", "sender-admin"),
    ("errorSendingFromCommand", "550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.org",
     "blocked", "sender"),
    ("errorSendingFromCommand", "550 5.7.1 <alice@example.org>: Sender address rejected: Access denied", "rejected",
     "sender"),
    # session 36 (TB): every other reason that spoke of the receiving side or of a bounce to forward
    ("smtpServerError", "530 5.7.0 Must issue a STARTTLS command first.", "failedstarttls", "sender"),
    ("smtpServerError", "454 4.7.0 TLS not available due to local problem", "failedstarttls", "sender-admin"),
    ("smtpServerError", "555 5.5.2 Syntax error.", "syntaxerror", "sender"),
    ("smtpServerError", "421 4.3.0 Temporary System Problem. Try again later", "systemerror", "sender"),
    ("smtpServerError", "554 Service unavailable", "systemerror", "sender-admin"),
    ("smtpTooManyRecipients", "452 4.3.1 Insufficient system storage", "systemfull", "sender"),
    ("errorSendingRcptCommand", "452 4.5.3 Error: too many recipients", "toomanyconn", "sender"),
    ("smtpServerError", "421 4.7.0 mx.example.com Error: too many connections from 192.0.2.10", "toomanyconn",
     "sender"),
    ("errorSendingFromCommand", "450 4.7.1 Error: too much mail from 192.0.2.10", "speeding", "sender"),
    ("smtpPermSizeExceeded2", "552 5.3.4 Message size exceeds fixed limit", "mesgtoobig", "sender"),
    ("errorSendingMessage", "554 Your email was rejected because it contains the Eicar-Signature virus",
     "virusdetected", "sender"),
    ("errorSendingFromCommand", "553 5.1.8 <alice@example.invalid>... Domain of sender address alice@example.invalid "
     "does not exist", "rejected", "sender"),
    ("errorSendingMessage", "Access denied", "policyviolation", "sender-admin"),
    ("smtpServerError", "554 5.7.1 Breach of Sender Policy Framework.", "authfailure", "sender"),
    ("errorSendingMessage", "554 5.6.0 Mail message is malformed. Not accepted.", "contenterror", "sender"),
    ("smtpServerError", "451 Name server timeout", "networkerror", "sender"),
    ("smtpServerError", "451 4.7.0 connection was refused, Connection closed.", "blocked", "sender"),
])
def test_a_send_error_card_speaks_of_the_senders_own_outgoing_server(message: str, reply: str, reason: str,
                                                                    who: str) -> None:
    """Thunderbird shows replies of the outgoing server it submits to (RFC 6409): the card names that server and
    its fix, where the same reply pasted alone may have come from the recipient's side."""
    for lang in ("en", "ja"):
        wrapped = explain_line(_in_tb_message(message, reply), lang=lang).finding
        bare = explain_line(reply, lang=lang).finding
        assert wrapped.reason == bare.reason == reason
        assert wrapped.card is not None and bare.card is not None
        assert wrapped.card.who == who
        assert wrapped.card.title != bare.card.title
        assert ("outgoing" in wrapped.card.title) if lang == "en" else ("送信サーバー" in wrapped.card.title)


def test_a_send_error_keeps_the_cards_of_a_pasted_reply_where_the_server_does_not_matter() -> None:
    """A login refused, a mistyped recipient: the same card whoever's server said it (``context: [line]``
    variants hold for a send error too)."""
    for reply, message in (("535 5.7.8 Error: authentication failed: authentication failure", "smtpAuthFailure"),
                           ("553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user "
                            "carol@example.org", "errorSendingFromCommand"),
                           ("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown",
                            "errorSendingRcptCommand")):
        wrapped = explain_line(_in_tb_message(message, reply)).finding
        bare = explain_line(reply).finding
        assert wrapped.card is not None and bare.card is not None
        assert (wrapped.card.title, wrapped.card.who) == (bare.card.title, bare.card.who)


def test_a_reply_to_mail_from_names_the_sender_not_a_recipient() -> None:
    """Thunderbird's errorSendingFromCommand answers MAIL FROM: the address in that reply is the sender's own."""
    reply = "553 5.1.8 <alice@nonexistent.example>... Domain of sender address does not exist"
    wrapped = explain_line(_in_tb_message("errorSendingFromCommand", reply)).to_dict()
    assert wrapped["wrapper"]["stage"] == "MAIL" and wrapped["reason"] == "rejected"
    assert wrapped["address"] is None
    rcpt = explain_line(_in_tb_message("errorSendingRcptCommand", "550 5.1.1 <bob@example.com>... User unknown"))
    assert rcpt.finding.address == "bob@example.com"


TIMING_SUBMISSION = section("cards")["timing_submission"]


@pytest.mark.parametrize(("message", "reply", "reason", "who"), [
    ("errorSendingRcptCommand", "452 4.2.2 <bob@example.com> Quota exceeded (mailbox for user is full)", "mailboxfull",
     "recipient"),
    ("errorSendingRcptCommand", "450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found",
     "hostunknown", "sender"),
    ("errorSendingRcptCommand", "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see "
     "http://postgrey.schweikert.ch/help/example.com.html", "blocked", "sender"),
    ("smtpServerError", "421 4.3.0 Temporary System Problem. Try again later", "systemerror", "sender"),
])
def test_a_temporary_send_error_says_that_nothing_retries_it(message: str, reply: str, reason: str, who: str) -> None:
    """A temporary refusal in a send error: no mail server holds the message, so the card does not say one retries
    it (the same reply pasted alone may come from a bounce's server, which does), and nobody is not who acts."""
    for lang in ("en", "ja"):
        wrapped = explain_line(_in_tb_message(message, reply), lang=lang).finding
        bare = explain_line(reply, lang=lang).finding
        assert wrapped.reason == bare.reason == reason and wrapped.temporary
        assert wrapped.card is not None and bare.card is not None
        assert wrapped.card.who == who
        assert wrapped.card.actions[0] == TIMING_SUBMISSION["temporary"][lang]
        said = " ".join([wrapped.card.cause, *wrapped.card.actions])
        for claim in ("retries on its own", "keeps retrying", "is being retried", "自動で再送します", "再送を続けて"):
            assert claim not in said


# session 37 (K37): replies Thunderbird shows without their codes, read by their words alone: each a documented
# wording with the meaning its server's documentation or source gives (data/reasons, phrase entries of session 37)
SHOWN_BY_WORDS = [
    # (the reply as the server sends it, Thunderbird's message for its stage, the reason its words name); the card
    # is the outgoing server's, and the person at the mail program acts (session 37, lead: the network failure's
    # card too, though the dialog leaves out the 451 that said it was temporary)
    ("554 5.3.4 Size over. Message not accepted", "errorSendingMessage", "mesgtoobig"),        # PMail Server (seed 001)
    ("550 5.7.3 Security level check failed", "errorSendingFromCommand", "failedstarttls"),   # chasquid conn.go
    ("451 4.4.0 Failed to establish relay connection", "errorSendingRcptCommand", "networkerror"),  # Dovecot submission
    ("550 5.7.0 Mail Sending denied.", "smtpServerError", "rejected"),                         # Google's SMTP errors
    # session 37 (K2-37): a sender address the login may not use (rejected.yaml, sender-not-the-logins-address)
    ("553 From address not verified - see http://help.yahoo.com/l/us/yahoo/mail/original/manage/sendfrom-07.html",
     "errorSendingFromCommand", "rejected"),                                                    # Yahoo
    ("553 Mail from must equal authorized user", "errorSendingFromCommand", "rejected"),       # NetEase
    ("550 5.7.0 From address is not one of your addresses", "errorSendingFromCommand", "rejected"),  # iCloud
    ("550 not local sender over smtp", "errorSendingFromCommand", "rejected"),                  # Mail.ru
    ("550 5.7.0 The sending email account has been temporarily suspended due to abuse.", "errorSendingFromCommand",
     "rejected"),                                                                               # Google's SMTP errors
    ("554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process "
     "message due to a permanent exception with message Cannot submit message.", "errorSendingMessage",
     "rejected"),                                                                               # Exchange SendAsDenied
]


@pytest.mark.parametrize(("reply", "message", "reason"), SHOWN_BY_WORDS, ids=[r[0][:30] for r in SHOWN_BY_WORDS])
@pytest.mark.parametrize("lang", LANGS)
def test_a_reply_shown_without_its_codes_reads_by_its_words(reply: str, message: str, reason: str, lang: str) -> None:
    (entry,) = [e for e in TB["smtp"] if e["message"] == message]
    shown = TB["dialog"][lang] + "\n" + _fill(entry[lang], _shown_smtp(reply), lang)
    got = explain_line(shown, lang=lang).to_dict()
    assert got["wrapper"]["message"] == message
    assert got["reason"] == reason, got["rule"]
    assert got["card"]["who"] == "sender"
    assert explain_line(reply).finding.reason == reason  # and the whole reply, codes and all, the same


# session 37 (CA37): provider cards whose text spoke of the recipient's provider, of a bounce to forward or of
# nobody acting, read in a send error: the provider is then the person's own outgoing server (RFC 6409)
@pytest.mark.parametrize(("message", "reply", "card", "who"), [
    ("errorSendingFromCommand", "450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. "
     "For more information on SMTP relay limits, please contact your administrator. - gsmtp",
     "provider.google.peak-relay-limit", "sender"),
    ("errorSendingMessage", "550 5.7.1 The user or domain that you are sending to (or from) has a policy that "
     "prohibited the mail that you sent. Please contact your domain administrator for further details. - gsmtp",
     "provider.google.policy-prohibits", "sender-admin"),
    ("errorSendingMessage", "550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp",
     "provider.google.gcdp-policy", "sender-admin"),
    ("errorSendingFromCommand", "550 5.7.0 Mail relay denied. - gsmtp", "provider.google.relay-denied", "sender-admin"),
    ("errorSendingFromCommand", "550 5.7.0 Email relay denied 192.0.2.10. The sending email account has been "
     "temporarily suspended due to abuse. - gsmtp", "provider.google.relay-denied", "sender-admin"),
    ("errorSendingFromCommand", "550 5.7.0 Mail Sending denied. - gsmtp", "provider.google.sending-denied",
     "sender-admin"),
    ("errorSendingFromCommand", "530 5.7.1 Client was not authenticated [MW4PR04CA0123.namprd04.prod.outlook.com]",
     "provider.microsoft.client-not-authenticated", "sender"),
    ("errorSendingRcptCommand", "550 5.7.1 Unable to relay [MW4PR04CA0123.namprd04.prod.outlook.com]",
     "provider.microsoft.unable-to-relay", "sender"),
    ("errorSendingFromCommand", "530 5.7.57 Client not authenticated to send mail during MAIL FROM "
     "[MW4PR04CA0123.namprd04.prod.outlook.com]", "provider.microsoft.status.5.7.57", "sender"),
    ("errorSendingFromCommand", "550 5.7.750 Service unavailable. Client blocked from sending from unregistered "
     "domains. [MW4PR04CA0123.namprd04.prod.outlook.com]", "provider.microsoft.status.5.7.750", "sender-admin"),
    ("errorSendingMessage", "550 5.7.1 [CS01] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/HT204137", "provider.apple.local-policy-cs01", "sender"),
    ("errorSendingMessage", "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit "
     "https://postmaster.gmx.net/en/case?c=hi&i=ip&v=192.0.2.10&r=1MXXXX", "provider.gmx.", "sender"),
    ("errorSendingRcptCommand", "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using Spamhaus Les emails "
     "envoyes vers la messagerie Laposte.net ont ete bloques par nos services. LPNAAA_101", "provider.orange.",
     "sender"),
    ("errorSendingFromCommand", "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please "
     "try later. OFR_999 [999]", "provider.orange.code.999", "sender"),
    ("errorSendingFromCommand", "451 MI:SFQ Sender frequency quota exceeded", "provider.netease.mi-sfq", "sender"),
    ("errorSendingFromCommand", "550 Sender frequency limited. "
     "http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723",
     "provider.tencent.sender-frequency-limited", "sender"),
])
def test_a_provider_card_in_a_send_error_speaks_of_the_senders_own_provider(message: str, reply: str, card: str,
                                                                           who: str) -> None:
    """A provider's own reply quoted in Thunderbird's send error came from the person's own outgoing server: its card
    names no recipient's provider, no bounce to forward and never nobody; the same reply pasted alone (it may be a
    bounce's) keeps the card written for the receiving side."""
    for lang in ("en", "ja"):
        wrapped = explain_line(_in_tb_message(message, reply), lang=lang).finding
        bare = explain_line(reply, lang=lang).finding
        assert wrapped.rule.startswith(card) and wrapped.card is not None and bare.card is not None
        assert wrapped.card.who == who
        assert (wrapped.card.title, wrapped.card.cause, wrapped.card.actions) != \
            (bare.card.title, bare.card.cause, bare.card.actions)
        said = " ".join([wrapped.card.title, wrapped.card.cause, *wrapped.card.actions])
        for claim in ("recipient's provider", "this bounce", "相手のプロバイダー", "このエラーメール"):
            assert claim not in said


# session 37 (CA37): an outgoing server that blocked the account's sending (X.1.8 in both): not the address's domain
@pytest.mark.parametrize(("reply", "reasons"), [
    ("550 5.1.8 Access denied, bad outbound sender", {"rejected"}),
    ("554 5.1.8 Email Outgoing Blocked.", {"rejected"}),
    ("Email Outgoing Blocked.", {"rejected", "blocked"}),
])
def test_a_send_error_of_a_blocked_account_says_the_account_is_blocked(reply: str, reasons: set[str]) -> None:
    for lang, words in (("en", "blocked your account"), ("ja", "アカウントからの送信が止められています")):
        wrapped = explain_line(_in_tb_message("errorSendingFromCommand", reply), lang=lang).finding
        assert wrapped.reason in reasons and wrapped.card is not None
        assert wrapped.card.who == "sender" and words in wrapped.card.title
        assert "domain" not in wrapped.card.title and "ドメイン" not in wrapped.card.title


# session 37 (CA37): a 535 in a send error refused the mail program's login, whatever status it carries; Microsoft
# 365's 5.7.139 says that sending with a login is turned off, which only an administrator changes
@pytest.mark.parametrize(("reply", "who", "en", "ja"), [
    ("535 5.7.3 Authentication unsuccessful", "sender", "user name or password", "ユーザー名またはパスワード"),
    ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
     "https://aka.ms/smtp_auth_disabled for more information.", "sender-admin", "does not allow this login",
     "このログインによる送信が許可されていません"),
])
def test_a_refused_login_in_a_send_error_is_the_mail_programs(reply: str, who: str, en: str, ja: str) -> None:
    for lang, words in (("en", en), ("ja", ja)):
        wrapped = explain_line(_in_tb_message("smtpAuthFailure", reply), lang=lang).finding
        assert wrapped.reason == "securityerror" and wrapped.card is not None
        assert wrapped.card.who == who and words in wrapped.card.title
        assert "between the mail servers" not in wrapped.card.title and "メールサーバー間" not in wrapped.card.title


# session 39 (CA39): two replies of the fourth card sample in Thunderbird's send error (shown without the codes, and
# whole): the sender domain's look-up and Postfix's error count are the person's own outgoing server's, with their fix
@pytest.mark.parametrize(("reply", "en", "ja", "not_en"), [
    ("450 4.4.4 <alice@example.org>: Sender address rejected: Unable to look up mail exchanger information: Host not "
     "found, try again", "could not look up the domain of your sender address",
     "差出人アドレスのドメインを確認できませんでした", "recipients' addresses"),
    ("421 4.7.0 mx.example.com Error: too many errors", "ended the connection after too many errors",
     "エラーが多すぎたため", "port 465"),
])
@pytest.mark.parametrize("shown", [True, False])
def test_ca39_send_errors_of_the_fourth_sample(reply: str, en: str, ja: str, not_en: str, shown: bool) -> None:
    words = reply.split(" ", 2)[2] if shown else reply
    for lang, title in (("en", en), ("ja", ja)):
        text = ("An error occurred while sending mail. The mail server responded:\n" + words
                + "\nPlease verify that your email address is correct in your account settings and try again.")
        f = explain_line(text, lang=lang).finding
        assert f.card is not None and title in f.card.title and f.card.who == "sender", (lang, f.rule, f.card.title)
        if lang == "en":
            assert not_en not in " ".join([f.card.cause, *f.card.actions])
