"""OpenSMTPD 6.8 joins a multi-line reply's lines with nothing between them (smtpd/mta_session.c, mta_io): the words
put apart for matching, and the tokens that must stay whole (session 49, X49; whybounce/glued.glued_words_apart since
session 50, beside the knowledge it reads)."""

from __future__ import annotations

import pytest
from whybounce.glued import glued_words_apart

# (the matched text of a joined reply, what the resolver reads): each a line end glued to the next line's first word
APART = [
    ("451 message temporarily deferred due to unresolvablerfc.5321 from domain",
     "451 message temporarily deferred due to unresolvable rfc.5321 from domain"),
    ("550 emails coming from you over ashort period of time", "550 emails coming from you over a short period of time"),
    ("421 invalid sender. spfcheck failed", "421 invalid sender. spf check failed"),
    ("550 does not support the sender's internationale-mail address.",
     "550 does not support the sender's international e-mail address."),
    # session 60 (x60): a continuation line that opens with a path, "553 <alice@example.com> #5.7.1" (IndiMail's
    # qmail-smtpd), glued to the word before it (for_matching has made the address "@")
    ("553-sorry, this mta does not accept masquerading/forging, auth<@> #5.7.1",
     "553-sorry, this mta does not accept masquerading/forging, auth <@> #5.7.1"),
]

# tokens that stay as they are: a known word, a dotted name, a short word, a word no two known words make
WHOLE = [
    "554 5.2.0 storedrv.deliver.exception:quotaexceededexception failed",
    "550 mailbox unavailable",
    "550 user unknown (in reply to rcpt to)",
    "550 qwertyzxcv",
    "421 smtp.orange.fr [127.0.0.1] try later",
    # session 50 (X50): English words whybounce's own cards use, each also two known words ("with out")
    "554-mailfrom without country or top level domain isadministratively denied",
    "550 your message is below the threshold",
    "550 the message is not deliverable",
    "550 mailbox.550-please try again",
    "550 mail from:<@> rejected",  # a path after its command's colon
    "550 5.1.1 <@>: recipient address rejected",
]


@pytest.mark.parametrize(("joined", "apart"), APART)
def test_glued_words_are_put_apart(joined: str, apart: str) -> None:
    assert glued_words_apart(joined) == apart


@pytest.mark.parametrize("text", WHOLE)
def test_other_tokens_stay_whole(text: str) -> None:
    assert glued_words_apart(text) == text
