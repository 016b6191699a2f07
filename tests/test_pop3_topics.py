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
