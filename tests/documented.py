"""The documented-reply catalogue (tests/fixtures/documented-replies) and the bounce a sender would get for
each reply: shared by the catalogue's tests and ``make eval``."""

from __future__ import annotations

import copy
import pickle
import re
import sys
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

CATALOGUE = Path(__file__).resolve().parent / "fixtures" / "documented-replies"
# the held-out collection: never tuned on, measured blind by `make eval` (its README)
HELDOUT = CATALOGUE.with_name("documented-replies-heldout")
_CODE = re.compile(r"^\s*([245]\d\d)[ \-]")
# not a dotted name's inner numbers ("10.2.0.192.in-addr.arpa" is no status 2.0.192): Postfix takes a status only
# as a token of its own (RFC 3463 section 2)
_STATUS = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b(?!\.\w)")
RCPT = "kijitora@example.net"
# the recipient and answering host a Postfix sender would see for each family's servers (generic otherwise)
FAMILY = {
    "microsoft365": ("kijitora@example.com", "example-com.mail.protection.outlook.com"),
    "exchange": ("kijitora@example.com", "mail.example.com"),
    "outlook-com": ("kijitora@outlook.com", "outlook-com.olc.protection.outlook.com"),
    "gmail": ("kijitora@gmail.com", "gmail-smtp-in.l.google.com"),
    "yahoo-aol": ("kijitora@yahoo.com", "mta7.am0.yahoodns.net"),
    "icloud": ("kijitora@icloud.com", "mx01.mail.icloud.com"),
    "comcast": ("kijitora@comcast.net", "mx1.comcast.net"),
    "gmx-webde": ("kijitora@gmx.net", "mx00.emig.gmx.net"),
    "orange": ("kijitora@orange.fr", "smtp-in.orange.fr"),
    "mailru": ("kijitora@mail.ru", "mxs.mail.ru"),
    "yandex": ("kijitora@yandex.ru", "mx.yandex.ru"),
    "naver": ("kijitora@naver.com", "mx1.naver.com"),
    "docomo": ("kijitora@docomo.ne.jp", "mfsmax.docomo.ne.jp"),
    "au-kddi": ("kijitora@ezweb.ne.jp", "lsean.ezweb.ne.jp"),
    "softbank": ("kijitora@i.softbank.jp", "mx.i.softbank.jp"),
    "att-bellsouth": ("kijitora@att.net", "ff-ip4-mx-vip1.prodigy.net"),
    "proofpoint": ("kijitora@example.com", "mx0a-00100000.pphosted.com"),
    "mimecast": ("kijitora@example.com", "eu-smtp-inbound-1.mimecast.com"),
    "barracuda": ("kijitora@example.com", "d123456a.ess.barracudanetworks.com"),
    "cisco": ("kijitora@example.com", "mx1.example.iphmx.com"),
    "trendmicro": ("kijitora@example.com", "example-com.in.tmes.trendmicro.com"),
    "sophos": ("kijitora@example.com", "mx-01-eu-west-1.prod.hydra.sophos.com"),
    "zoho": ("kijitora@zoho.com", "mx.zoho.com"),
}
QQ_NETEASE = {"qq": ("kijitora@qq.com", "mx1.qq.com"), "netease": ("kijitora@163.com", "163mx01.mxmail.netease.com")}


def recipient_and_host(entry: dict[str, Any]) -> tuple[str, str]:
    family = entry["file"].removesuffix(".yaml")
    if family == "qq-netease":
        return QQ_NETEASE["qq" if entry["id"].startswith(("qq", "tencent")) else "netease"]
    return FAMILY.get(family, (RCPT, "mx.example.net"))


def entries(folder: Path = CATALOGUE) -> list[dict[str, Any]]:
    """Every entry of the catalogue (or of another folder in its format, such as the held-out collection
    ``HELDOUT``), with ``file`` and ``reasons`` (the best reason first, then the alternates): a fresh copy for each
    caller, so that no test changes another's entry."""
    stats = [(path, path.stat()) for path in sorted(folder.glob("*.yaml"))]
    return pickle.loads(_parsed(tuple((path, st.st_mtime_ns, st.st_size) for path, st in stats)))


@cache
def _parsed(files: tuple[tuple[Path, int, int], ...]) -> bytes:
    """The entries of ``files`` (path, modification time, size: a changed file is read again), pickled: the YAML is
    parsed once, not once per parametrised test row that asks for an entry (test_cards.py's ~100 such rows each
    parsed the whole catalogue), and each caller gets its own unpickled copy."""
    out = []
    for path, _, _ in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for e in data["entries"]:
            reasons = e["reason"] if isinstance(e["reason"], list) else [e["reason"]]
            out.append({**e, "file": path.name, "reasons": reasons})
    return pickle.dumps(out)


def postfix_bounce(entry: dict[str, Any]) -> bytes:
    """The notice a Postfix 3.7 sender gets for this reply: a bounce for a permanent reply, a delay notice for a
    temporary one (RFC 3464 DSN with Postfix's wording: "host H[ip] said: REPLY (in reply to CMD command)")."""
    reply = " ".join(str(entry["reply"]).split())
    rcpt, host = recipient_and_host(entry)
    command = entry.get("command") or "RCPT"
    stage = {"CONN": None, "EHLO": "EHLO", "HELO": "HELO", "MAIL": "MAIL FROM", "RCPT": "RCPT TO",
             "DATA": "end of DATA", "BDAT": "end of DATA", "AUTH": "AUTH",
             "STARTTLS": "STARTTLS"}.get(command, "RCPT TO")
    code = _CODE.match(reply)
    status = _STATUS.search(reply)
    temporary = code.group(1).startswith("4") if code else bool(entry.get("temporary"))
    dsn_status = status.group(1) if status else ("4.0.0" if temporary else "5.0.0")
    said = f"host {host}[192.0.2.25] said: {reply}" + (f" (in reply to {stage} command)" if stage else "")
    if stage is None:
        said = f"host {host}[192.0.2.25] refused to talk to me: {reply}"
    action, subject = ("delayed", "Delayed Mail (still being retried)") if temporary else \
        ("failed", "Undelivered Mail Returned to Sender")
    lead = ("This is the mail system at host mail.example.org.\n\n"
            + ("####################################################################\n"
               "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
               "####################################################################\n\n"
               "Your message could not be delivered for more than 4 hour(s).\n"
               "It will be retried until it is 5 day(s) old.\n"
               if temporary else
               "I'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients.\n"))
    text = f"{lead}\n                   The mail system\n\n<{rcpt}>: {said}\n"
    msg = f"""From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: taro@example.org
Subject: {subject}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"
Message-Id: <20261201000000.1.B@mail.example.org>

--B
Content-Type: text/plain; charset=us-ascii

{text}
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
Arrival-Date: Tue,  1 Dec 2026 00:00:00 +0000 (UTC)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: {action}
Status: {dsn_status}
Remote-MTA: dns; {host}
Diagnostic-Code: smtp; {reply}

--B
Content-Type: text/rfc822-headers

From: taro@example.org
To: {rcpt}
Subject: hello
Message-Id: <hello@example.org>

--B--
"""
    return msg.replace("\n", "\r\n").encode("utf-8")


def read_as_bounce(reply: str, command: str | None = None, *, temporary: bool | None = None,
                   lang: str = "en") -> Any:
    """The one finding whybounce reads from the Postfix bounce (:func:`postfix_bounce`) of ``reply`` answered at
    ``command`` (RCPT TO when None); ``temporary`` (by default: a 4xx code) matters only for a reply without a code,
    whose class the bounce cannot take from it."""
    from whybounce import explain_bytes  # the catalogue's readers need no engine

    entry: dict[str, Any] = {"reply": reply, "file": "x.yaml", "id": "x",
                             "temporary": reply.startswith("4") if temporary is None else temporary}
    if command:
        entry["command"] = command
    (finding,) = explain_bytes(postfix_bounce(entry), lang=lang).recipients
    return finding


def _tools() -> None:
    """Make tools/evaluate.py and tools/derive_evidence.py importable (they are scripts, not a package)."""
    tools = str(Path(__file__).resolve().parent.parent / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)


@cache
def _catalogue_as_evaluated() -> tuple[dict[str, dict[str, Any]], list[Any], dict[str, Any], dict[str, Any],
                                       Mapping[str, Any]]:
    """The catalogue by id, its entries as tools/derive_evidence.py prepares them, the reason and provider YAML
    as tools/evaluate.py loads them, and its families (evaluate.families, a read-only view): read once for every
    left-out reading (test_lofo_vocabulary.py's and test_frames.py's rows each parsed the catalogue for the families
    before)."""
    _tools()
    import derive_evidence
    import evaluate

    cat = entries()
    reasons, provs = evaluate._knowledge_yaml()
    return ({e["id"]: e for e in cat}, [derive_evidence.prepare(e) for e in cat], reasons, provs,
            MappingProxyType(evaluate.families()))


def read_without_its_family(entry_id: str) -> tuple[dict[str, Any], Any]:
    """A catalogue entry and the one finding read from its Postfix bounce without what only the entry's own family
    supports, as tools/evaluate.py's leave-one-family-out figure reads it: the knowledge a new server's reply meets."""
    _tools()
    import evaluate
    from whybounce import explain_bytes

    entry = copy.deepcopy(_catalogue_as_evaluated()[0][entry_id])  # the caller's own copy
    with evaluate.patched_knowledge(_knowledge_without_family(entry["file"].removesuffix(".yaml"))):
        (finding,) = explain_bytes(postfix_bounce(entry)).recipients
    return entry, finding


@cache
def _knowledge_without_family(family: str) -> Mapping[str, Any]:
    """The knowledge's sections without what only ``family`` supports (evaluate.knowledge_without_family), worked out
    once per family for the left-out rows of that family; read-only (patched_knowledge only reads it)."""
    _tools()
    import evaluate

    _, prepared, reasons, provs, families = _catalogue_as_evaluated()
    return MappingProxyType(evaluate.knowledge_without_family(families[family], reasons, provs, prepared))
