"""POP3 -ERR answers (core/whybounce/line.py, data/pop3_topics.yaml): a specific response code of RFC 2449 §8 and
RFC 3206 §4 (IN-USE, AUTH) decides when the server gives one; otherwise the longest phrase found; otherwise the
class a code gives (SYS/TEMP)."""

from __future__ import annotations

import pytest
from whybounce.line import pop3_topic

TOPICS = [
    # (answer, topic)
    ("-ERR [SYS/TEMP] Server busy", "server-resource"),                     # RFC 3206: a temporary system problem
    ("-ERR [SYS/TEMP] Something went wrong", "server-resource"),            # ... the class, when no words say
    ("-ERR [SYS/TEMP] Mailbox is locked by another session", "message-locked"),  # ... the words say which
    ("-ERR [IN-USE] Unable to lock maildrop", "message-locked"),            # RFC 2449 §8.1.1
    ("-ERR [AUTH] Invalid login", "auth-failed"),                           # RFC 3206: the credentials
    ("-ERR Server busy, try again later", "server-resource"),               # 'server busy' outweighs 'busy'
    ("-ERR Mailbox is locked by another POP3 session", "message-locked"),
    ("-ERR no such message", "no-such-message"),
    ("-ERR what is this", None),
]


@pytest.mark.parametrize(("answer", "topic"), TOPICS, ids=[t[0][:40] for t in TOPICS])
def test_pop3_topic(answer: str, topic: str | None) -> None:
    assert pop3_topic(answer) == topic


# session 40 (CA40): documented POP3 answers of Dovecot, Cyrus, Kopano, Gmail and Outlook.com (docs/card-review-
# session40.md Part 3), pasted as `whybounce line` reads them: the topic, and a card that says what the words say in
# both languages (the login refused for another reason than the password; the server's own fault; an answer no topic
# names, which is still a POP3 answer and not an undelivered message)
CA40_ANSWERS = [
    # (answer, topic, who, words of the English title, words of the Japanese title)
    ("-ERR [AUTH] Authentication failed.", "auth-failed", "sender", "Login to the mail server failed",
     "ログインに失敗"),
    ("-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", "auth-failed", "sender",
     "only over an encrypted connection", "暗号化された接続でしか"),
    ("-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754", "auth-failed", "sender",
     "Google wants another sign-in", "Google への別の方法でのログイン"),
    ("-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833",
     "auth-failed", "sender", "Google wants another sign-in", "Google への別の方法でのログイン"),
    ("-ERR [AUTH] Can't login twice", "auth-failed", "sender", "Already logged in", "すでにログイン"),
    ("-ERR Logon failure: unknown user name or bad password.", "auth-failed", "sender",
     "Login to the mail server failed", "ログインに失敗"),
    ("-ERR [SYS/TEMP] Temporary authentication failure.", "server-resource", "sender-admin",
     "could not check your login for now", "今はログインを確認できませんでした"),
    ("-ERR [SYS/TEMP] Internal error occurred. Refer to server log for more information.", "server-resource",
     "sender-admin", "internal error", "内部エラー"),
    ("-ERR Disconnected for inactivity.", None, "sender", "closed an idle connection",
     "やり取りのない接続を閉じました"),
    ("-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page and enable "
     "your account for POP access.", None, "sender", "POP access is turned off", "POP での受信が無効"),
    ("-ERR [SYS/PERM] Fatal error: Unable to open mailbox", None, "sender-admin", "lasting problem",
     "問題が続いています"),
    ("-ERR what is this", None, "sender", "answered with an error (POP3)", "エラーを返しました（POP3）"),
    # Bongo (Novell Hula): its [SYS/PERM] on a client's wrong step, its [AUTH] on POP access turned off, and a message
    # marked deleted (words before the class); Exchange's wrong-state words
    ("-ERR [SYS/PERM] Command issued in wrong state", None, "sender", "wrong moment", "順番が正しくありません"),
    ("-ERR Command is not valid in this state.", None, "sender", "wrong moment", "順番が正しくありません"),
    ("-ERR [AUTH] POP Access for account disabled", "auth-failed", "sender", "POP access is turned off",
     "POP での受信が無効"),
    ("-ERR [SYS/PERM] Message is marked deleted", "no-such-message", "sender", "not on the server",
     "サーバーにそのメールがありません"),
]


@pytest.mark.parametrize(("answer", "topic", "who", "en", "ja"), CA40_ANSWERS, ids=[a[0][:40] for a in CA40_ANSWERS])
def test_ca40_pop3_answer_cards(answer: str, topic: str | None, who: str, en: str, ja: str) -> None:
    from whybounce import explain_line
    for lang, words in (("en", en), ("ja", ja)):
        r = explain_line(answer, lang=lang)
        assert r.topic == topic and r.finding.card is not None, (lang, r.topic)
        card = r.finding.card
        assert words in card.title and card.who == who, (lang, card.title, card.who)
        assert "(POP3)" in card.title or "（POP3）" in card.title, "a POP3 answer's card says it is about receiving"
        assert "delivered" not in card.title and "配達" not in card.title
