"""Session 40 (K2-40): the sending MTA's frame around a reply is not the server's words (table-driven).

Exim writes "SMTP error from remote mail server after EHLO <name>:" before the reply it got (transports/smtp.c,
4.96), Postfix "(in reply to HELO command)" after it (smtp(8), smtp_proto.c).  The command they name is the stage,
which the stage reading says; a reason's words (the `helo-named` hint: "helo", "ehlo") must come from the reply
itself, as a bare "550 Rejected" or Exim's own "550 Administrative prohibition" names no greeting.
"""

from __future__ import annotations

import pytest
from whybounce import explain_line
from whybounce.model import Evidence
from whybounce.resolve import resolve
from whybounce.smtp import for_matching, without_frames

# (id, framed reply, command, words the reply itself says)
FRAMED = [
    ("exim-ehlo-rejected", "SMTP error from remote mail server after EHLO mx.example.org: 550 Rejected", "EHLO",
     "550 rejected"),
    ("exim-helo-admin-prohibition", "SMTP error from remote mail server after HELO mx.example.org: "
     "550 Administrative prohibition", "HELO", "550 administrative prohibition"),
    ("exim-older-mailer-rcpt", "SMTP error from remote mailer after RCPT TO:<user@example.org>: 550 Rejected", "RCPT",
     "550 rejected"),
    ("postfix-helo", "host mx.example.org[192.0.2.1] said: 550 Rejected (in reply to HELO command)", "HELO",
     "550 rejected"),
]


@pytest.mark.parametrize(("framed", "said"), [(r[1], r[3]) for r in FRAMED], ids=[r[0] for r in FRAMED])
def test_the_frame_is_blanked_and_the_reply_kept(framed: str, said: str) -> None:
    text = for_matching(framed)
    out = without_frames(text)
    assert len(out) == len(text)  # positions stay comparable
    assert said in out
    assert "helo" not in out and "ehlo" not in out and "rcpt" not in out


@pytest.mark.parametrize(("framed", "command"), [(r[1], r[2]) for r in FRAMED if r[2] in ("EHLO", "HELO")],
                         ids=[r[0] for r in FRAMED if r[2] in ("EHLO", "HELO")])
def test_words_in_the_frame_are_not_the_servers(framed: str, command: str) -> None:
    ev = Evidence(address="a@example.com", reply_code="550", command=command, diagnostic=framed)
    rules = [c.rule for c in resolve(ev).candidates]
    assert "reason.blocked.helo-named" not in rules
    assert resolve(ev).rule == f"stage.{command.lower()}"  # the stage still says who was refused
    assert explain_line(framed).finding.reason == "blocked"


@pytest.mark.parametrize(("reply", "code"), [
    # the reply itself names the greeting (Postfix smtpd's "Helo command rejected", postconf(5)
    # smtpd_helo_restrictions), inside a frame that names another command
    ("SMTP error from remote mail server after RCPT TO:<user@example.org>: 550 5.7.1 <x>: Helo command rejected: "
     "Host not found", "550"),
    ("host mx.example.org[192.0.2.1] said: 504 5.5.2 <x>: Helo command rejected: need fully-qualified hostname "
     "(in reply to RCPT TO command)", "504"),
])
def test_the_replys_own_helo_words_still_read(reply: str, code: str) -> None:
    ev = Evidence(address="a@example.com", reply_code=code, command="RCPT", diagnostic=reply)
    assert resolve(ev).reason == "blocked"
    assert any(c.rule.startswith("reason.blocked.helo") for c in resolve(ev).candidates)


def test_a_reply_without_a_frame_is_unchanged() -> None:
    text = for_matching("550 5.7.1 Client host rejected: cannot find your hostname")
    assert without_frames(text) is text


# greylisting's bare answer reads as such inside either frame: the retry-only test reads the reply with the frames
# blanked (resolve.RetryOnly.holds, given _Reading.said), not a frame of its own
@pytest.mark.parametrize("text", [
    "<a@example.org>: host mx.example.org[192.0.2.1] said: 451 4.7.1 Try again later (in reply to RCPT TO command)",
    "SMTP error from remote mail server after RCPT TO:<a@example.org>: 451 4.7.1 Try again later",
    "451 4.7.1 Try again later",
])
def test_a_retry_only_answer_reads_so_inside_a_frame(text: str) -> None:
    f = explain_line(text).finding
    assert (f.reason, f.rule) == ("blocked", "reply.retry-only")
