"""The fifty-ninth held-out set: notices of MAILING-LIST MANAGERS, as a list poster or a list's owner or moderator
receives them in Thunderbird (see tests/fixtures/real-mta-heldout59/README.md).

Sets 1-58 are reports of MTAs: a receiving server's reply wrapped by a sending MTA, or the sending MTA's own failure.
A message to a mailing list meets a second program after the MTA: the list manager, which may refuse the post (the
poster is no member, the message is too big, a moderator rejects it), hold it for a moderator (and tell the poster
it awaits approval), or pass a bounce of the list's traffic on to the list's owner. Those notices are the list
manager's own messages, in its own words, not DSNs.

Each case (``CASES``) is one list set up one way in a real list manager of Debian 12 — mlmmj 1.3.0 (its own list texts
in English, German and French: ``LANGS``) and GNU Mailman 3.3.8 (Mailman core, sqlite, no web UI) — with what is done
to it (a post, a moderator's decision, a bounce to the list's bounce address) and what the notice is (``kind``: a
refusal of the reader's own post is a `bounce`; a hold, a moderator's request and a bounce passed on to the owner are
`not-bounce`: the labelling convention of the README, fixed before whybounce read anything), the reason, its
alternates and `who`, and the source text of the notice (the list manager's list text or template, by version).
One Postfix 3.7 instance (Debian's, its own configuration in /etc/postfix-list59) on 127.0.45.3 carries every
message: posts go in by its sendmail(1), it pipes list mail to mlmmj-receive (README.postfix of mlmmj 1.3.0) and
hands Mailman's domain to Mailman's LMTP runner on 127.0.45.4:8024; both list managers send their notices back
through its smtpd on 127.0.45.3:25, and it delivers them (virtual(8)) into the readers' Maildirs, whence the files
are taken as Thunderbird would receive them. A message to a list that does not exist is refused by Postfix (mlmmj's
domain: its virtual alias table) or by Mailman's LMTP runner, and Postfix's bounce is the notice.
heldout59_run.py makes the files; label59.py labels them before whybounce reads them. The set is blind.

The addresses are 127.0.45.3 (Postfix) and 127.0.45.4 (Mailman's LMTP and REST); ``by_ip`` gives every case an
address of 127.0.45.3 up as a nominal server (as set 53's) so that the set's block stays its own. The domains end in
heldout59.example.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, case_maker

SUFFIX = "heldout59.example"
POSTFIX_IP = "127.0.45.3"
MAILMAN_IP = "127.0.45.4"
ADDRESSES = [f"127.0.45.{i}" for i in range(3, 64)]
MLMMJ_DOMAIN = f"lists.{SUFFIX}"
MAILMAN_DOMAIN = f"mm.{SUFFIX}"
READERS = f"people.{SUFFIX}"  # the posters', owners' and moderators' mailboxes (Postfix virtual(8))
GONE = f"gone.{SUFFIX}"  # a member's domain whose mailboxes do not exist (Postfix refuses: a bounce of list traffic)
LANGS = ("en", "de", "fr")  # mlmmj 1.3.0's list texts used (/usr/share/mlmmj/text.skel/<lang>)

_MLMMJ = "mlmmj 1.3.0 (Debian 12 package 1.3.0-4)"
_DENY = f"{_MLMMJ} list text deny-post (text.skel/<lang>/deny-post), sent by mlmmj-process"
_WAIT = f"{_MLMMJ} list text wait-post (text.skel/<lang>/wait-post), sent with control/notifymod"
_MOD = f"{_MLMMJ} list text moderate-post (text.skel/<lang>/moderate-post)"
_MM = "GNU Mailman 3.3.8 (Debian 12 package mailman3 3.3.8-2~deb12u2)"
_PF = "Postfix 3.7 (Debian 12) bounce(8) report"


@dataclass(frozen=True)
class Case:
    """One list set up one way: its manager (mlmmj, mailman3), the list's settings (mlmmj: control files, name ->
    content; Mailman: attribute -> value), the action done to it (``post``, ``post-big``, ``post-bcc``,
    ``post-subject`` (a subject the access rule holds or denies), ``post-member``, ``reject`` (a moderator rejects
    the held post), ``expire`` (no moderator acts: mlmmj-maintd), ``post-nolist``, ``bounce-unrecognised`` (a
    human's reply to the list's bounce address), ``bounce-member`` (a member's address bounces the list's post)),
    who reads the notice (``reader``: poster, moderator, owner), the label (kind, reason, alternates, who; a
    not-bounce has no reason) and the source of the notice's words."""

    manager: str
    settings: dict[str, str] = field(default_factory=dict)
    action: str = "post"
    reader: str = "poster"
    kind: str = "bounce"
    reason: str | None = None
    alternates: tuple[str, ...] = ()
    who: str | None = None
    source: str = ""


_c = case_maker(SUFFIX)
_NB = "not-bounce"
CASES: dict[str, Case] = {
    # --- mlmmj: refusals of the poster's post (deny-post, its %ifreason% branches)
    "mlmmj-nonmember": Case("mlmmj", {"subonlypost": ""}, reason="rejected", who="sender",
                            source=f"{_DENY}: reason subonlypost, 'because you are not a list subscriber'"),
    "mlmmj-nonmember-closed": Case("mlmmj", {"subonlypost": "", "closedlist": ""}, reason="rejected", who="sender",
                                   source=f"{_DENY}: reason subonlypost on a closedlist ('you will need to contact"
                                          " a list administrator')"),
    "mlmmj-too-big": Case("mlmmj", {"maxmailsize": "3000"}, action="post-big", reason="mesgtoobig", who="sender",
                          source=f"{_DENY}: reason maxmailsize, 'exceeded the maximum allowed message size'"
                                 " (control/maxmailsize, README TUNABLES)"),
    # the list address only in Bcc: a rule of the list's (a careful reading: its policy; the poster fixes it)
    "mlmmj-not-in-tocc": Case("mlmmj", {}, action="post-bcc", reason="policyviolation",
                              alternates=("rejected",), who="sender",
                              source=f"{_DENY}: reason tocc, 'the list address was not found in either the To: or"
                                     " CC: header' (no control/tocc: the list address must be in To: or Cc:)"),
    "mlmmj-access-deny": Case("mlmmj", {"access": "deny ^Subject:.*[Oo]ffer"}, action="post-subject",
                              reason="policyviolation", alternates=("rejected", "filtered"), who="recipient-admin",
                              source=f"{_DENY}: reason access, 'because of an access rule set up by the list"
                                     " administrator' (README.access)"),
    "mlmmj-moderators-only": Case("mlmmj", {"modonlypost": "", "moderators": "mod@" + READERS},
                                  reason="rejected", alternates=("policyviolation",), who="recipient-admin",
                                  source=f"{_DENY}: reason modonlypost, 'because you are not a list moderator'"),
    # --- mlmmj: holds (the poster's notice and the moderator's request): not delivery failures
    "mlmmj-held-moderated": Case("mlmmj", {"moderated": "", "moderators": "mod@" + READERS, "notifymod": ""},
                                 kind=_NB, source=f"{_WAIT}: reason moderated"),
    "mlmmj-held-nonmember": Case("mlmmj", {"subonlypost": "", "modnonsubposts": "", "moderators": "mod@" + READERS,
                                           "notifymod": ""}, kind=_NB,
                                 source=f"{_WAIT}: reason modnonsubposts, 'because you are not a subscriber'"),
    "mlmmj-held-access": Case("mlmmj", {"access": "moderate ^Subject:.*[Oo]ffer", "moderators": "mod@" + READERS,
                                        "notifymod": ""}, action="post-subject", kind=_NB,
                              source=f"{_WAIT}: reason access (README.access 'moderate')"),
    "mlmmj-moderate-request": Case("mlmmj", {"moderated": "", "moderators": "mod@" + READERS}, reader="moderator",
                                   kind=_NB, source=f"{_MOD}: reason moderated, to the moderator"),
    # --- the list does not exist: Postfix refuses it (mlmmj's domain is a virtual alias domain)
    "mlmmj-no-such-list": Case("mlmmj", action="post-nolist", reason="userunknown", who="sender",
                               source=f"{_PF}: 'User unknown in virtual alias table' (virtual_alias_maps,"
                                      " mlmmj 1.3.0 README.postfix's set-up)"),
    # --- Mailman 3: refusals
    "mailman-nonmember-reject": Case("mailman3", {"default_nonmember_action": "reject"}, reason="rejected",
                                     who="sender",
                                     source=f"{_MM}: template list:user:notice:refuse, the nonmember-moderation"
                                            " rule's reason 'The message is not from a list member'"),
    "mailman-member-reject": Case("mailman3", {"default_member_action": "reject"}, action="post-member",
                                  reason="rejected", alternates=("policyviolation",), who="recipient-admin",
                                  source=f"{_MM}: list:user:notice:refuse, member-moderation action reject"),
    "mailman-moderator-rejects": Case("mailman3", {}, action="reject", reason="rejected",
                                      alternates=("policyviolation",), who="recipient-admin",
                                      source=f"{_MM}: template list:user:notice:rejected ('Request to mailing list"
                                             " ... rejected'), app/moderator.handle_message Action.reject"),
    "mailman-no-such-list": Case("mailman3", action="post-nolist", reason="userunknown", who="sender",
                                 source=f"{_MM}: runners/lmtp.py '550 Requested action not taken: mailbox"
                                        f" unavailable' to RCPT; {_PF}"),
    # --- Mailman 3: holds, not delivery failures
    "mailman-held-nonmember": Case("mailman3", {}, kind=_NB,
                                   source=f"{_MM}: template list:user:notice:hold, reason 'The message is not from"
                                          " a list member'"),
    "mailman-held-member": Case("mailman3", {"default_member_action": "hold"}, action="post-member", kind=_NB,
                                source=f"{_MM}: list:user:notice:hold, member-moderation action hold"),
    "mailman-held-too-big": Case("mailman3", {"max_message_size": "1"}, action="post-big-member", kind=_NB,
                                 source=f"{_MM}: list:user:notice:hold, rules/max_size 'The message is larger than"
                                        " the 1 KB maximum size'"),
    "mailman-held-implicit": Case("mailman3", {"require_explicit_destination": "True"}, action="post-bcc-member",
                                  kind=_NB, source=f"{_MM}: list:user:notice:hold, rules/implicit_dest 'Message has"
                                                   " implicit destination'"),
    "mailman-held-emergency": Case("mailman3", {"emergency": "True"}, action="post-member", kind=_NB,
                                   source=f"{_MM}: list:user:notice:hold, rules/emergency 'Emergency moderation is"
                                          " in effect for this list'"),
    "mailman-held-administrivia": Case("mailman3", {}, action="post-administrivia-member", kind=_NB,
                                       source=f"{_MM}: list:user:notice:hold, rules/administrivia 'Message may"
                                              " contain administrivia'"),
    "mailman-held-recipients": Case("mailman3", {"max_num_recipients": "2"}, action="post-cc-member", kind=_NB,
                                    source=f"{_MM}: list:user:notice:hold, rules/max_recipients 'Message has more"
                                           " than 2 recipients'"),
    "mailman-moderate-request": Case("mailman3", {}, reader="owner", kind=_NB,
                                     source=f"{_MM}: template list:admin:action:post (the owners' request)"),
    # --- Mailman 3: bounces passed on to the owner
    "mailman-uncaught-bounce": Case("mailman3", {}, action="bounce-unrecognised", reader="owner", kind=_NB,
                                    source=f"{_MM}: template list:admin:notice:unrecognized ('Uncaught bounce"
                                           " notification'), runners/bounce.py"),
    "mailman-bounce-disabled": Case("mailman3", {"bounce_score_threshold": "1"}, action="bounce-member",
                                    reader="owner", kind=_NB,
                                    source=f"{_MM}: template list:admin:notice:disable ('... has been disabled')"
                                           " with bounce_notify_owner_on_disable, the member's Postfix DSN"
                                           " attached"),
}
# Configured and run but dropped: mlmmj 1.3.0 sent the poster no notice (its deny-post text has the branches, but
# mlmmj-process removed the rejected post and mlmmj-maintd the expired one without writing to the poster; a
# subscription request to a closed list got no answer)
DROPPED = {
    "mlmmj-moderator-rejects": "the moderator's +reject- mail removed the post; no notice to the poster",
    "mlmmj-moderation-expired": "mlmmj-maintd's clean_moderation removed the post after modreqlife; no notice",
    "mlmmj-subscribe-closed": "a +subscribe mail to a closedlist list was dropped without an answer (its 'deny' text"
                              " has a 'closed' branch)",
}
# the dropped cases as they were run (heldout59_run.py --case runs them again)
DROPPED_CASES: dict[str, Case] = {
    "mlmmj-moderator-rejects": Case("mlmmj", {"moderated": "", "moderators": "mod@" + READERS, "notifymod": ""},
                                    action="reject", reason="rejected", alternates=("policyviolation",),
                                    who="recipient-admin",
                                    source=f"{_DENY}: reason reject, 'because a moderator rejected it' (the"
                                           " moderator mails the list's +reject- address)"),
    "mlmmj-moderation-expired": Case("mlmmj", {"moderated": "", "moderators": "mod@" + READERS,
                                               "modreqlife": "1", "notifymod": ""}, action="expire",
                                     reason="expired", alternates=("rejected",), who="recipient-admin",
                                     source=f"{_DENY}: reason expired, 'because too much time passed without any"
                                            " moderator releasing it' (control/modreqlife, mlmmj-maintd)"),
    "mlmmj-subscribe-closed": Case("mlmmj", {"closedlist": ""}, action="subscribe", kind=_NB,
                                   source=f"{_MLMMJ} list text deny, action sub, reason closed: 'people are not"
                                          " allowed to subscribe to this list by email'"),
}
assert set(DROPPED_CASES) == set(DROPPED)
RUNNABLE: dict[str, Case] = {**CASES, **DROPPED_CASES}
HELDOUT59: list[Heldout] = [_c(cid, "DATA", (), c.source) for cid, c in CASES.items()]


def by_ip() -> dict[str, Heldout]:
    """Nominal address -> case (127.0.45.3 up; the list managers' real addresses are POSTFIX_IP and MAILMAN_IP)."""
    return dict(zip(ADDRESSES[:len(HELDOUT59)], HELDOUT59, strict=True))


def engines(cid: str) -> list[str]:
    """The folders a case's files go to: mlmmj in each of its languages (mlmmj, mlmmj-de, mlmmj-fr; the no-such-list
    case is Postfix's report, once), Mailman's once."""
    c = RUNNABLE[cid]
    if c.manager == "mlmmj" and c.action != "post-nolist":
        return ["mlmmj" if lang == "en" else f"mlmmj-{lang}" for lang in LANGS]
    return [c.manager]


def list_name(cid: str, engine: str) -> str:
    """The case's list (its local part): the case id with the language, so each list is its own."""
    return cid if engine in ("mlmmj", "mailman3") else f"{cid}-{engine.split('-')[1]}"


def list_address(cid: str, engine: str) -> str:
    c = RUNNABLE[cid]
    domain = MLMMJ_DOMAIN if c.manager == "mlmmj" else MAILMAN_DOMAIN
    name = list_name(cid, engine)
    return f"{'nolist-' + name if c.action == 'post-nolist' else name}@{domain}"


def poster(cid: str, engine: str) -> str:
    """The poster's own address (its mailbox under READERS)."""
    return f"poster.{list_name(cid, engine)}@{READERS}"
