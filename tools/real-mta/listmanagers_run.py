#!/usr/bin/env python3
"""Make tests/fixtures/list-managers/: mlmmj 1.3.0 and GNU Mailman 3.3.8 (Debian 12's packages) refusing, holding
and passing on posts, behind one Postfix 3.7 instance of their own (session 59's list-manager reader).

Not a held-out set: its cases are this file's CASES, chosen from the managers' own texts (mlmmj's text.skel/*/deny-post
reasons, Mailman 3's rejected/refuse/hold templates and the rules that fill them), and the reader was built beside them.

- Postfix: /etc/postfix-list-l59, smtpd on 127.0.45.9:25, mlmmj's pipe transport as mlmmj's README.postfix gives it;
  posts go in by its sendmail(1) (``sendmail -C``); the readers' mail is delivered by virtual(8) into Maildirs.
- mlmmj: one list folder per case and language (the folders mlmmj-make-ml makes, the language's texts copied from
  /usr/share/mlmmj/text.skel, control/relayhost 127.0.45.9), owned by the ``list`` user the pipe runs as.
- Mailman 3: its own mailman.cfg (sqlite, LMTP on 127.0.45.10:8024, SMTP out to 127.0.45.9:25), run as ``list``;
  lists made by ``mailman create`` and set by ``mailman shell -r listmanagers_run.mm_setup``.

Run as root, under the kit's lock:
  flock /work/scratch/kit.lock python3 tools/real-mta/listmanagers_run.py --work /work/scratch/l59/run --out <folder>
Each notice the case's reader receives is filed as <folder>/<engine>-<case>.eml (the Maildir copy).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import listkit  # noqa: E402
from heldout47_run import fresh_work, kit_arguments  # noqa: E402
from listkit import clear, start_mailman, stop_mailman  # noqa: E402
from receiver import dist_master, postmap, write_postfix  # noqa: E402
from run import write_free  # noqa: E402

CONF = Path("/etc/postfix-list-l59")
QUEUE = Path("/var/spool/postfix-list-l59")
DATA = Path("/var/lib/postfix-list-l59")
SKEL = Path("/usr/share/mlmmj/text.skel")
POSTFIX_IP, MAILMAN_IP = "127.0.45.9", "127.0.45.10"
MLMMJ_DOMAIN, MAILMAN_DOMAIN, READERS = "lists.l59.example", "mm.l59.example", "readers.l59.example"
MM_CFG = Path("/work/scratch/l59/mm/mailman.cfg")


@dataclass(frozen=True)
class Case:
    manager: str  # mlmmj / mailman3
    action: str  # post, post-big, post-bcc, post-offer, reject, digest, bounce, welcome
    reader: str  # whose mailbox holds the notice: poster, member, someone
    settings: dict[str, str] = field(default_factory=dict)
    member: bool = False  # the poster is a member
    digest: bool = False  # the reader "member" takes the digest
    langs: tuple[str, ...] = ("en", "de", "fr")


MOD = "moderator"  # control/moderators gets the case's moderator mailbox
CASES: tuple[tuple[str, Case], ...] = (
    # mlmmj 1.3.0: the reasons of text.skel/*/deny-post, a hold (wait-post), a list post, a welcome (finish-sub)
    ("subonlypost", Case("mlmmj", "post", "poster", {"subonlypost": ""},
                         langs=("en", "de", "fr", "it", "pt", "ast", "fi", "cs", "gr", "sk", "zh-cn"))),
    ("subonlypost-closedlist", Case("mlmmj", "post", "poster", {"subonlypost": "", "closedlist": ""}, langs=("en",))),
    ("maxmailsize", Case("mlmmj", "post-big", "poster", {"maxmailsize": "3000"}, member=True)),
    ("tocc", Case("mlmmj", "post-bcc", "poster", {}, member=True)),
    ("access", Case("mlmmj", "post-offer", "poster", {"access": "deny ^Subject:.*offer\nallow"}, member=True,
                    langs=("en", "de", "fr", "it", "pt", "ast", "fi", "cs", "gr", "sk", "zh-cn"))),
    ("modonlypost", Case("mlmmj", "post", "poster", {"modonlypost": "", "moderators": MOD}, member=True)),
    # (tried and dropped: a moderator's "+reject-<cookie>" mail, which mlmmj logged as a rejection, and an expiry by
    # mlmmj-maintd with modreqlife 1: neither sent the poster a notice here, so deny-post's "reject" and "expired"
    # branches have no fixture)
    ("wait-post", Case("mlmmj", "post", "poster", {"moderated": "", "moderators": MOD, "notifymod": ""},
                      member=True, langs=("en",))),
    ("moderate-post", Case("mlmmj", "post", MOD, {"moderated": "", "moderators": MOD, "notifymod": ""},
                           member=True, langs=("en",))),
    ("digest", Case("mlmmj", "digest", "member", {"digestinterval": "1", "digestmaxmails": "1"}, member=True,
                    digest=True, langs=("en",))),
    ("list-post", Case("mlmmj", "post", "member", {"customheaders": "List-Id: <{name}.lists.l59.example>"},
                      member=True, langs=("en",))),
    ("welcome", Case("mlmmj", "welcome", "someone", {}, langs=("en",))),
    # Mailman 3.3.8: the reject chain (list:user:notice:rejected with the rules' reasons), a content filter's
    # RejectMessage, a moderator's refusal (list:user:notice:refuse), holds, a list post, a welcome
    ("nonmember-reject", Case("mailman3", "post", "poster", {"default_nonmember_action": "reject"})),
    ("member-reject", Case("mailman3", "post", "poster", {"default_member_action": "reject"}, member=True)),
    ("header-reject", Case("mailman3", "post-offer", "poster", {"header_match": "subject:offer:reject"}, member=True,
                          langs=("en",))),
    ("filter-reject", Case("mailman3", "post", "poster", {"filter_content": "True", "filter_action": "reject",
                                                         "filter_types": "text/plain"}, member=True)),
    ("moderator-reject", Case("mailman3", "reject", "poster", {"default_nonmember_action": "hold"})),
    ("nonmember-hold", Case("mailman3", "post", "poster", {"default_nonmember_action": "hold"}, langs=("en", "de"))),
    ("hold-owner", Case("mailman3", "post", "owner", {"default_nonmember_action": "hold"}, langs=("en",))),
    ("bounce-unrecognised", Case("mailman3", "bounce", "owner", {}, langs=("en",))),
    ("digest", Case("mailman3", "digest", "member", {"digests_enabled": "True"}, member=True, digest=True,
                    langs=("en",))),
    ("toobig-hold", Case("mailman3", "post-big", "poster", {"max_message_size": "1"}, member=True, langs=("en",))),
    ("list-post", Case("mailman3", "post", "member", {}, member=True, langs=("en",))),
    ("welcome", Case("mailman3", "welcome", "someone", {}, langs=("en",))),
)


def engine(c: Case, lang: str) -> str:
    return c.manager if lang == "en" else f"{c.manager}-{lang}"


def list_name(cid: str, c: Case, lang: str) -> str:
    return f"{'ml' if c.manager == 'mlmmj' else 'mm'}-{cid}-{lang}"


def list_address(cid: str, c: Case, lang: str) -> str:
    return f"{list_name(cid, c, lang)}@{MLMMJ_DOMAIN if c.manager == 'mlmmj' else MAILMAN_DOMAIN}"


def reader(cid: str, c: Case, lang: str, who: str) -> str:
    return f"{who}.{list_name(cid, c, lang)}@{READERS}"


def every() -> list[tuple[str, Case, str]]:
    return [(cid, c, lang) for cid, c in CASES for lang in c.langs]


def write_instance(work: Path) -> None:
    main = {
        "compatibility_level": "3.6", "queue_directory": str(QUEUE), "data_directory": str(DATA),
        "inet_interfaces": "loopback-only", "inet_protocols": "ipv4", "myhostname": "mx.l59.example",
        "mydomain": "l59.example", "myorigin": "$myhostname", "mydestination": "",
        "mynetworks": "127.0.0.0/8", "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
        "alias_maps": "", "alias_database": "", "syslog_name": "postfix-list-l59",
        "maillog_file": str(work / "postfix.log"),
        "maillog_file_prefixes": "/var, /dev/stdout, /work/scratch", "recipient_delimiter": "+",
        "virtual_alias_domains": MLMMJ_DOMAIN, "virtual_alias_maps": f"hash:{CONF}/virtual",
        "propagate_unmatched_extensions": "canonical, virtual",
        "virtual_mailbox_domains": READERS, "virtual_mailbox_maps": f"hash:{CONF}/mailboxes",
        "virtual_mailbox_base": str(work / "mail"), "virtual_uid_maps": "static:65534",
        "virtual_gid_maps": "static:65534", "virtual_minimum_uid": "100",
        "relay_domains": MAILMAN_DOMAIN, "transport_maps": f"hash:{CONF}/transport",
        "mlmmj_destination_recipient_limit": "1", "smtp_host_lookup": "native", "lmtp_host_lookup": "native",
        "disable_dns_lookups": "yes", "smtpd_reject_unlisted_recipient": "no", "smtputf8_enable": "no", "biff": "no",
    }
    master = dist_master()
    master.append(f"{POSTFIX_IP}:smtp inet n - n - - smtpd")
    master.append("mlmmj unix - n n - - pipe flags=ORhu user=list argv=/usr/bin/mlmmj-receive -F -L"
                  f" {work}/mlmmj/$nexthop")
    write_postfix(CONF, main, master, QUEUE, DATA, fresh=True)
    virtual, transport, boxes = [], [f"{MAILMAN_DOMAIN} lmtp:[{MAILMAN_IP}]:8024"], [f"colleague@{READERS}"]
    for cid, c, lang in every():
        boxes += [reader(cid, c, lang, who) for who in ("poster", "owner", MOD, "member", "someone")]
        if c.manager == "mlmmj":
            name = list_name(cid, c, lang)
            virtual.append(f"{name}@{MLMMJ_DOMAIN} {name}@localhost.mlmmj")
            transport.append(f"{name}@localhost.mlmmj mlmmj:{name}")
    (CONF / "virtual").write_text("\n".join(virtual) + "\n")
    (CONF / "transport").write_text("\n".join(transport) + "\n")
    (CONF / "mailboxes").write_text("".join(f"{b} {b.split('@')[0]}/\n" for b in boxes))
    postmap(CONF, "virtual", "transport", "mailboxes")
    (work / "mail").mkdir(parents=True, exist_ok=True)
    shutil.chown(work / "mail", "nobody", "nogroup")


def make_mlmmj_list(work: Path, cid: str, c: Case, lang: str) -> None:
    name = list_name(cid, c, lang)
    d = work / "mlmmj" / name
    for sub in ("incoming", "queue", "queue/discarded", "archive", "text", "subconf", "unsubconf", "bounce",
                "control", "moderation", "subscribers.d", "digesters.d", "requeue", "nomailsubs.d"):
        (d / sub).mkdir(parents=True, exist_ok=True)
    for f in (SKEL / lang).iterdir():
        shutil.copy(f, d / "text" / f.name)
    control = {"listaddress": list_address(cid, c, lang), "owner": reader(cid, c, lang, "owner"),
               "relayhost": POSTFIX_IP, "smtpport": "25", **c.settings}
    if "moderators" in control:
        control["moderators"] = reader(cid, c, lang, MOD)
    for key, value in control.items():
        (d / "control" / key).write_text(value.format(name=name) + "\n" if value else "")
    subs = [reader(cid, c, lang, "member")] + ([reader(cid, c, lang, "poster")] if c.member else [])
    for s in subs:  # mlmmj keeps subscribers in subscribers.d/<the address's first character>
        folder = "digesters.d" if c.digest and s.startswith("member.") else "subscribers.d"
        (d / folder / s[0]).write_text(s + "\n")
    (d / "index").write_text("0\n")
    subprocess.run(["chown", "-R", "list:list", str(d)], check=True)


mailman = partial(listkit.mailman, MM_CFG)


def mm_setup(mlist: object, settings_json: str) -> None:
    """Run by ``mailman shell -r``: the case's list settings (actions by name, booleans, numbers, a list of types,
    a header rule "header:pattern:chain") and the list's language."""
    from mailman.config import config
    from mailman.interfaces.action import Action, FilterAction
    from mailman.interfaces.mailinglist import IHeaderMatchList

    settings = json.loads(settings_json)
    for key, value in settings.items():
        if key == "header_match":
            header, pattern, chain = value.split(":")
            IHeaderMatchList(mlist).append(header, pattern, chain)
        elif key == "filter_types":
            mlist.filter_types = [value]  # type: ignore[attr-defined]
        elif key == "filter_action":
            mlist.filter_action = FilterAction[value]  # type: ignore[attr-defined]
        elif key.endswith("_action"):
            setattr(mlist, key, Action[value])
        elif key == "preferred_language":
            mlist.preferred_language = value  # type: ignore[attr-defined]
        else:
            setattr(mlist, key, value == "True" if value in ("True", "False") else int(value))
    mlist.admin_immed_notify = True  # type: ignore[attr-defined]
    mlist.respond_to_post_requests = True  # type: ignore[attr-defined]
    config.db.commit()


def mm_reject(mlist: object) -> None:
    """Run by ``mailman shell -r``: the moderator rejects every held post of the list, with a comment."""
    from mailman.app.moderator import handle_message
    from mailman.config import config
    from mailman.interfaces.action import Action
    from mailman.interfaces.requests import IListRequests, RequestType

    for r in list(IListRequests(mlist).of_type(RequestType.held_message)):
        handle_message(mlist, r.id, Action.reject, "Please send announcements to the announce list instead.")
    config.db.commit()


def make_mailman_list(cid: str, c: Case, lang: str) -> None:
    address = list_address(cid, c, lang)
    mailman("create", "-o", reader(cid, c, lang, "owner"), address)
    settings = dict(c.settings, **({"preferred_language": lang} if lang != "en" else {}))
    mailman("shell", "-l", address, "-r", "listmanagers_run.mm_setup", json.dumps(settings))
    members = [reader(cid, c, lang, "member")] + ([reader(cid, c, lang, "poster")] if c.member else [])
    mailman("addmembers", "-W", "-", address, stdin="\n".join(members) + "\n")
    if c.digest:
        mailman("shell", "-l", address, "-r", "listmanagers_run.mm_digest_member", reader(cid, c, lang, "member"))


def mm_digest_member(mlist: object, address: str) -> None:
    """Run by ``mailman shell -r``: the member takes MIME digests."""
    from mailman.config import config
    from mailman.interfaces.member import DeliveryMode

    mlist.members.get_member(address).preferences.delivery_mode = DeliveryMode.mime_digests  # type: ignore
    config.db.commit()


sendmail = partial(listkit.sendmail, CONF)


def post(cid: str, c: Case, lang: str, log: Path) -> None:
    """The case's post, its X-Case-Id naming engine and case (also in the Subject)."""
    to, sender = list_address(cid, c, lang), reader(cid, c, lang, "poster")
    tag = f"{engine(c, lang)}/{cid}"
    subject = f"Special offer for members (X-Case-Id: {tag})" if c.action == "post-offer" else \
        f"Minutes of the meeting (X-Case-Id: {tag})"
    header_to = f"colleague@{READERS}" if c.action == "post-bcc" else to
    body = "Hello all,\n\nthe minutes of Tuesday's meeting are below.\n\n"
    if c.action == "post-big":
        body += "".join(f"Item {i:04d} of the minutes, kept for the record of the meeting.\n" for i in range(100))
    msg = listkit.post_message(engine(c, lang), cid, sender, header_to, subject, body)
    sendmail(sender, [to] + ([f"colleague@{READERS}"] if c.action == "post-bcc" else []), msg, log)


def wait_quiet(work: Path, seconds: float = 6) -> None:
    listkit.wait_quiet(CONF, work, seconds, limit=120)


def act(work: Path, cid: str, c: Case, lang: str, log: Path) -> None:
    """After the post: a moderator's rejection, a digest (mlmmj-maintd; mailman digests --send), a
    subscription with a welcome, a non-bounce sent to the list's bounce address."""
    d = work / "mlmmj" / list_name(cid, c, lang)
    if c.action == "reject":
        clear(work, reader(cid, c, lang, "poster"))
        mailman("shell", "-l", list_address(cid, c, lang), "-r", "listmanagers_run.mm_reject")
    elif c.action == "digest" and c.manager == "mlmmj":
        time.sleep(2)
        subprocess.run(["runuser", "-u", "list", "--", "/usr/bin/mlmmj-maintd", "-F", "-L", str(d)], check=False,
                       timeout=60)
    elif c.action == "digest":
        mailman("digests", "-l", list_address(cid, c, lang), "--send")
    elif c.action == "bounce":  # a reply sent to the list's bounce address, which no bounce format reads
        someone, bounces = reader(cid, c, lang, "someone"), list_address(cid, c, lang).replace("@", "-bounces@")
        sendmail(someone, [bounces], f"From: A Reader <{someone}>\nTo: {bounces}\nSubject: Re: Minutes of the"
                 f" meeting (X-Case-Id: {engine(c, lang)}/{cid})\nX-Case-Id: {engine(c, lang)}/{cid}\n\nPlease take"
                 " me off this list.\n", log)
    elif c.action == "welcome" and c.manager == "mlmmj":
        subprocess.run(["runuser", "-u", "list", "--", "/usr/bin/mlmmj-sub", "-L", str(d), "-a",
                        reader(cid, c, lang, "someone"), "-c", "-f", "-q"], check=False, timeout=60)
    elif c.action == "welcome":
        mailman("addmembers", "-w", "-", list_address(cid, c, lang), stdin=reader(cid, c, lang, "someone") + "\n")


def run(work: Path, out: Path) -> None:
    log = work / "run.log"
    for cid, c, lang in every():
        if c.manager == "mlmmj":
            make_mlmmj_list(work, cid, c, lang)
    subprocess.run(["postfix", "-c", str(CONF), "start"], check=True)
    try:
        start_mailman(MM_CFG, MAILMAN_IP)
        for cid, c, lang in every():
            if c.manager == "mailman3":
                make_mailman_list(cid, c, lang)
        for cid, c, lang in every():
            if c.action not in ("welcome", "bounce"):
                post(cid, c, lang, log)
        wait_quiet(work)
        for cid, c, lang in every():
            if c.action in ("reject", "welcome", "digest", "bounce"):
                act(work, cid, c, lang, log)
        wait_quiet(work, 20)
        for cid, c, lang in every():
            found = listkit.notices(work, reader(cid, c, lang, c.reader))
            with log.open("a") as f:
                f.write(f"{engine(c, lang)}/{cid}: {len(found)} notice(s) for {c.reader}\n")
            out.mkdir(parents=True, exist_ok=True)
            for p in found:
                write_free(out, f"{engine(c, lang)}-{cid}", p.read_bytes())
    finally:
        stop_mailman(MM_CFG)
        subprocess.run(["postfix", "-c", str(CONF), "stop"], check=False)


def main() -> None:
    ap = kit_arguments(__doc__, "a scratch folder (emptied first): the instance's Maildirs, mlmmj's lists, the log")
    a = ap.parse_args()
    fresh_work(a.work)
    a.work.chmod(0o755)
    listkit.write_mailman_cfg(MM_CFG, MAILMAN_DOMAIN, "l59", POSTFIX_IP, MAILMAN_IP)
    write_instance(a.work)
    run(a.work, a.out)
    print((a.work / "run.log").read_text())


if __name__ == "__main__":
    main()
