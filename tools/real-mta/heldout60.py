"""The sixtieth held-out set: notices of MAILING-LIST MANAGERS OTHER than mlmmj and Mailman (set 59's) — Sympa and
SmartList — as a list poster, moderator or owner receives them in Thunderbird (see
tests/fixtures/real-mta-heldout60/README.md).

Set 59 measured two list managers' notices; a reader built from those two may not generalise. This set takes two
others shipped by Debian 12: Sympa 6.2.70 (Perl, its own mail templates and gettext catalogues: its lists here speak
English, French, German and Japanese: ``LANGS``) and SmartList 3.15 (procmail's list manager: rc files, the list
administrator's own texts). Each case (``CASES``) is one list set up one way, what is done to it (a post, a moderator's
decision, a subscription request by mail) and what the notice is (``kind``: a refusal of the reader's own post is a
`bounce`; a hold, a request to confirm or to moderate, a refused subscription command and a post forwarded to the
list's maintainer are `not-bounce`: set 59's labelling convention, fixed before whybounce read anything), the reason,
its alternates and `who`, and the source of the notice's words (the template or rc file, by version).

One Postfix 3.7 instance (Debian's, its own configuration in /etc/postfix-list60) on 127.0.45.5 carries every message:
posts go in by its sendmail(1) (as root), it pipes Sympa's domain to Sympa's queue program and bouncequeue (Sympa's
Postfix set-up for a virtual domain: a transport map) and SmartList's domain (a virtual alias domain) to SmartList's
flist; both managers send their notices back through its smtpd on 127.0.45.5:25 (heldout60_run's smtp-sendmail:
the instance's sendmail(1) does not take an alternate configuration from a non-root caller), and it delivers them
(virtual(8)) into the readers' Maildirs, whence the files are taken as Thunderbird would receive them. A post to a
SmartList list that does not exist is refused by Postfix (its virtual alias table: Postfix's bounce); one to a Sympa
list that does not exist reaches Sympa, whose own DSN is the notice. heldout60_run.py makes the files; label60.py
labels them before whybounce reads them. The set is blind.

The only address used is 127.0.45.5 (``listeners``); ``by_ip`` gives every case a NOMINAL address of 127.0.45.5 up
(no process listens there) so that the table has one address per case, as set 59's. The domains end in
heldout60.example.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout import Heldout, case_maker

SUFFIX = "heldout60.example"
POSTFIX_IP = "127.0.45.5"
SYMPA_DOMAIN = f"sympa.{SUFFIX}"
SMARTLIST_DOMAIN = f"sl.{SUFFIX}"
READERS = f"people.{SUFFIX}"  # the posters', owners' and moderators' mailboxes (Postfix virtual(8))
# the lists' members' mailboxes: short names in a domain of their own, which SmartList's fuzzy address matching
# (multigram, submit_threshold) does not take for the poster's (a first run's members under READERS, named like the
# poster, let a non-member's post through)
MEMBERS = f"members.{SUFFIX}"
LANGS = ("en", "fr", "de", "ja")  # the lists' `lang` (Sympa's gettext catalogues /usr/share/locale/<lang>)

_SY = "Sympa 6.2.70 (Debian 12 package 6.2.70~dfsg-2+deb12u2)"
_REPORT = f"{_SY} mail_tt2/message_report.tt2 with report.tt2"
_SL = "SmartList 3.15 (Debian 12 package smartlist 3.15-26, procmail 3.22)"
_PF = "Postfix 3.7 (Debian 12) bounce(8) report"


@dataclass(frozen=True)
class Case:
    """One list set up one way: its manager (sympa, smartlist), the list's settings (Sympa: list config parameters,
    name -> value; SmartList: rc.custom assignments, name -> value, None to unset, and files of the list folder under
    ``file:<name>``), the action (``post``, ``post-big``, ``post-bcc``, ``post-member``, ``reject`` (a moderator
    rejects the held post), ``subscribe`` (a subscription request by mail), ``post-nolist``), who reads the notice
    (``reader``: poster, moderator, owner), the label (kind, reason, alternates, who; a not-bounce has no reason) and
    the source of the notice's words."""

    manager: str
    settings: dict[str, str | None] = field(default_factory=dict)
    action: str = "post"
    reader: str = "poster"
    kind: str = "bounce"
    reason: str | None = None
    alternates: tuple[str, ...] = ()
    who: str | None = None
    source: str = ""


_c = case_maker(SUFFIX)
_NB = "not-bounce"
_MOD = {"send": "editorkey", "editor": "moderator"}
# SmartList's accept.txt: rc.init documents it as the file sent to people not on the accept list, and ships none;
# a list administrator writes it. These are this set's words (the README says so), not SmartList's.
ACCEPT_TXT = ("Your submission to this list was not distributed: the list takes submissions only from the addresses"
              " on its accept list (its subscribers).\nTo take part, subscribe first by writing to the -request"
              " address, then post from the subscribed address.\n")
CASES: dict[str, Case] = {
    # --- Sympa: refusals of the poster's post
    "sympa-nonmember": Case("sympa", {"send": "private"}, reason="rejected", who="sender",
                            source=f"{_REPORT}: auth report entry send_subscriber (scenario send.private, reject"
                                   "(reason='send_subscriber'))"),
    "sympa-closed": Case("sympa", {"send": "closed"}, action="post-member", reason="rejected",
                         alternates=("policyviolation",), who="recipient-admin",
                         source=f"{_REPORT}: auth report entry send_closed (scenario send.closed)"),
    "sympa-too-big": Case("sympa", {"send": "public", "max_size": "3000"}, action="post-big", reason="mesgtoobig",
                          who="sender",
                          source=f"{_SY} Sympa::Spindle::DoMessage: max_size exceeded, Sympa::send_dsn status 5.2.3"
                                 " (mail_tt2/delivery_status_notification.tt2)"),
    "sympa-bcc": Case("sympa", {"send": "public_nobcc"}, action="post-bcc", reason="policyviolation",
                      alternates=("rejected",), who="sender",
                      source=f"{_REPORT}: scenario send.public_nobcc (is_bcc -> reject)"),
    "sympa-moderator-rejects": Case("sympa", _MOD, action="reject", reason="rejected", alternates=("policyviolation",),
                                    who="recipient-admin",
                                    source=f"{_SY} mail_tt2/reject.tt2, the"
                                           " moderator's REJECT command by mail (Sympa::Spindle::ProcessModeration;"
                                           " 6.2.70's mail command carries no reason)"),
    "sympa-no-such-list": Case("sympa", action="post-nolist", reason="userunknown", who="sender",
                               source=f"{_SY} Sympa::send_dsn status 5.1.1 for an unknown list"
                                      " (mail_tt2/delivery_status_notification.tt2)"),
    # --- Sympa: holds, requests and command replies: not delivery failures
    "sympa-held-moderated": Case("sympa", _MOD, kind=_NB,
                                 source=f"{_REPORT}: notice entry moderating_message (Sympa::Spindle::ToModeration)"),
    "sympa-moderator-asked": Case("sympa", _MOD, reader="moderator", kind=_NB,
                                   source=f"{_SY} mail_tt2/moderate.tt2, to the list's editor"),
    "sympa-confirm-post": Case("sympa", {"send": "publickey"}, kind=_NB,
                               source=f"{_SY} mail_tt2/request_auth.tt2 (scenario send.publickey: the poster is"
                                      " asked to confirm the post)"),
    "sympa-subscribe-confirm": Case("sympa", {"subscribe": "auth"}, action="subscribe", kind=_NB,
                                    source=f"{_SY} mail_tt2/request_auth.tt2 (scenario subscribe.auth: confirm the"
                                           " subscription)"),
    "sympa-subscribe-closed": Case("sympa", {"subscribe": "closed"}, action="subscribe", kind=_NB,
                                   source=f"{_SY} mail_tt2/command_report.tt2 with report.tt2 auth entry"
                                          " subscribe_closed (a refused subscription command, not a post)"),
    # --- SmartList: the poster's refusal (the administrator's accept.txt), and what goes to the maintainer
    "smartlist-nonmember": Case("smartlist", {"foreign_submit": None, "file:accept.txt": ACCEPT_TXT},
                                reason="rejected", who="sender",
                                source=f"{_SL} rc.submit: not on the accept list, accept.txt sent back From: SmartList"
                                       " <list-request> (the text the list's administrator wrote: ACCEPT_TXT)"),
    "smartlist-nonmember-maintainer": Case("smartlist", {"foreign_submit": None}, reader="owner", kind=_NB,
                                      source=f"{_SL} rc.submit/rc.request: the post forwarded to the maintainer with"
                                             " rc.submit's diagnosis header (not on the accept list)"),
    "smartlist-too-big-maintainer": Case("smartlist", {"size_limit": "3000"}, action="post-big", reader="owner",
                                    kind=_NB, source=f"{_SL} rc.request: the post forwarded to the maintainer with"
                                                     " rc.request's diagnosis header (size_limit)"),
    "smartlist-moderator-asked": Case("smartlist", {"moderated_flag": "yes", "file:moderators": "moderator"},
                                       action="post-member", reader="moderator", kind=_NB,
                                       source=f"{_SL} rc.submit: moderated_flag, the post forwarded to the"
                                              " moderators for approval"),
    "smartlist-subscribe-confirm": Case("smartlist", {}, action="subscribe", kind=_NB,
                                        source=f"{_SL} rc.request with Debian's rc.confirm (confirm_sub,"
                                               " confirm.txt): the subscriber is asked to confirm"),
    "smartlist-no-such-list": Case("smartlist", action="post-nolist", reason="userunknown", who="sender",
                                   source=f"{_PF}: 'User unknown in virtual alias table' (virtual_alias_maps; the"
                                          " lists' addresses are aliases to SmartList's flist transport)"),
}
HELDOUT60: list[Heldout] = [_c(cid, "DATA", (), c.source) for cid, c in CASES.items()]


def listeners() -> dict[str, str]:
    """The set's one real address: the Postfix instance's smtpd (the list managers' notices come in there)."""
    return {POSTFIX_IP: "postfix-list60 smtpd"}


def by_ip() -> dict[str, Heldout]:
    """Nominal address -> case (127.0.45.5 up; no process listens there but POSTFIX_IP's smtpd)."""
    return {f"127.0.45.{5 + i}": h for i, h in enumerate(HELDOUT60)}


def engines(cid: str) -> list[str]:
    """The folders a case's files go to: Sympa in each of its list languages (sympa, sympa-fr, sympa-de, sympa-ja;
    the no-such-list case has no list, so no language: once), SmartList's once."""
    c = CASES[cid]
    if c.manager == "sympa" and c.action != "post-nolist":
        return ["sympa" if lang == "en" else f"sympa-{lang}" for lang in LANGS]
    return [c.manager]


def lang(engine: str) -> str:
    return engine.split("-")[1] if "-" in engine else "en"


def list_name(cid: str, engine: str) -> str:
    """The case's list (its local part): the case id with the language, so each list is its own (no case id ends
    in -request, -owner, -editor, -subscribe or -unsubscribe: Sympa's and SmartList's own addresses, which their list
    creation refuses)."""
    return cid if "-" not in engine else f"{cid}-{lang(engine)}"


def list_address(cid: str, engine: str) -> str:
    c = CASES[cid]
    domain = SYMPA_DOMAIN if c.manager == "sympa" else SMARTLIST_DOMAIN
    name = list_name(cid, engine)
    return f"{'nolist-' + name if c.action == 'post-nolist' else name}@{domain}"


def member(cid: str, engine: str) -> str:
    """The list's one member (besides the poster where the case posts as a member): kw<n>@MEMBERS."""
    pairs = [(c, e) for c in CASES for e in engines(c)]
    return f"kw{pairs.index((cid, engine)):02d}@{MEMBERS}"


def poster(cid: str, engine: str) -> str:
    """The poster's own address (its mailbox under READERS)."""
    return f"poster.{list_name(cid, engine)}@{READERS}"
