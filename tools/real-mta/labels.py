"""The hand labels of a real-MTA fixture folder (``labels.jsonl`` beside the bounces) and the words they use.

Shared by the checks of ``tests/fixtures/real-mta`` and the held-out sets ``tests/fixtures/real-mta-heldout*``:
each folder holds ``<mta>/<case>[-delay][-N].eml`` files made by this kit, one label row per file.
"""

from __future__ import annotations

import email
import json
import re
from email import policy
from functools import cache
from pathlib import Path
from typing import Any

MTAS = ("postfix", "exim", "opensmtpd", "sendmail")
COMMANDS = (None, "CONN", "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "BDAT")
WHO = ("sender", "sender-admin", "recipient", "recipient-admin", "nobody")
STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
CASE_NAME = re.compile(r"^(?P<case>[a-z0-9-]+?)(?:-delay)?(?:-\d)?\.eml$")
BRACKETED_IP = re.compile(rb"\[(\d{1,3}(?:\.\d{1,3}){3})\]")
SHARED = Path(__file__).resolve().parents[3] / "shared"


def read_labels(folder: Path) -> list[dict[str, Any]]:
    """The rows of ``folder/labels.jsonl``, in file order."""
    with open(folder / "labels.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@cache
def reasons() -> frozenset[str]:
    """The reason words of shared/README.md (failures, then delivered/vacation/feedback)."""
    text = (SHARED / "README.md").read_text(encoding="utf-8")
    part = text.split("## Bounce reasons", 1)[1].split("## POP3 topics", 1)[0]
    words = set(re.findall(r"^\| ([a-z]+) \|", part, re.MULTILINE)) - {"reason"}
    words |= set(re.findall(r"`([a-z]+)`", part.split("Not failures", 1)[1]))
    assert len(words) > 30, "could not read the reason vocabulary from shared/README.md"
    return frozenset(words)


def check_one_label_per_file(folder: Path, rows: list[dict[str, Any]]) -> None:
    """Files on disk and label rows are the same set, each row once."""
    on_disk = sorted(str(p.relative_to(folder)) for p in folder.glob("*/*.eml"))
    labelled = [row["file"] for row in rows]
    assert len(labelled) == len(set(labelled)), "a file is labelled twice"
    assert sorted(labelled) == on_disk


def decoded_parts(raw: bytes) -> list[str]:
    """The text/* parts of a message, their transfer encoding undone, in their charset."""
    out = []
    for part in email.message_from_bytes(raw, policy=policy.compat32).walk():
        body = part.get_payload(decode=True) if part.get_content_maintype() == "text" else None
        if isinstance(body, bytes):
            try:
                out.append(body.decode(part.get_content_charset() or "utf-8", "replace"))
            except LookupError:  # a charset Python does not know
                out.append(body.decode("utf-8", "replace"))
    return out


def check_label_in_bounce(folder: Path, row: dict[str, Any], kinds: tuple[str, ...]) -> None:
    """Every labelled fact can be found in the bounce it describes: the MTA, the case (by the original's marker,
    its DSN ENVID or its Message-ID), each recipient's address, status and reply code; the reason from the
    shared vocabulary, the command from the SMTP verbs, ``temporary`` exactly for a delay notice."""
    path = folder / row["file"]
    raw = path.read_bytes()
    # the raw text, and the notice's text parts decoded (set 60: Sympa writes its notices in quoted-printable or
    # base64 in the list's language, where a soft line break may split an address)
    text = "\n".join([raw.decode("utf-8", "replace"), *decoded_parts(raw)]).lower()
    mta = row["file"].split("/")[0]
    assert row["engine"] == mta
    assert row["kind"] in kinds
    case = CASE_NAME.match(path.name)
    assert case, path.name
    markers = (f"x-case-id: {mta}/{case['case']}", f"envelope-id: {mta}.{case['case']}", f"<{case['case']}.{mta}.")
    # or (set 60) the Maildir copy's Delivered-To names the case's reader, <role>.<case>[-<lang>]@: Sympa's notices
    # that quote nothing of the post (a hold, a command's reply) or wrap and encode its Subject
    delivered = re.search(rf"^delivered-to: [a-z]+\.{re.escape(case['case'])}(-[a-z]{{2}})?@", text, re.MULTILINE)
    assert any(m in text for m in markers) or delivered, "bounce does not name its case"
    recipients = row["recipients"]
    assert [r["index"] for r in recipients] == list(range(1, len(recipients) + 1))
    for r in recipients:
        assert r["address"].lower() in text
        assert r["reason"] in reasons()
        # a delay notice's recipients are all delayed; a report on several recipients that failed some may name
        # others still delayed (Sendmail's "transient non-fatal errors" beside its "permanent fatal errors")
        several_failed = row["kind"] == "bounce" and len(recipients) > 1
        assert r["temporary"] is (row["kind"] == "delay") or (several_failed and r["temporary"])
        assert (r["reason"] == "delivered") is (row["kind"] == "delivered") or several_failed
        assert r["command"] in COMMANDS
        if r["status"]:
            assert STATUS.fullmatch(r["status"]) and r["status"] in text
        if r["reply_code"]:
            assert re.search(rf"(^|[\s;<:]){r['reply_code']}[ -]", text, re.MULTILINE), r["reply_code"]


# MTAs whose bounce is one plain-text part, not a multipart report: DragonFly Mail Agent (set 47) writes the error and
# the original's headers into a single text body (dma 0.13, net.c/mail.c bounce()); Sendmail with SendMimeErrors off
# (set 52's sendmail-plain folder) writes its error message as plain text with the original after it; GNU Mailman 3.3.8
# writes its hold and rejection notices to the poster as one text part (templates list:user:notice:hold, :rejected);
# Sympa 6.2.70 (set 60) writes its moderator's rejection, its requests to confirm and its command replies as one text
# part (mail_tt2/reject.tt2, request_auth.tt2, moderate.tt2), in each list language's folder; SmartList 3.15 forwards
# the post itself to the maintainer or moderator, and sends accept.txt and subscribe.txt as one text part;
# amavisd-new 2.13.0 (set 61) writes its warning to a recipient as one text part (template-virus-recipient.txt)
SINGLE_PART_MTAS = frozenset({"dma", "sendmail-plain", "mailman3", "sympa", "sympa-fr", "sympa-de", "sympa-ja",
                              "smartlist", "amavis-recipient"})


def check_one_message_from_loopback(path: Path) -> None:
    """One RFC 5322 message per file (no mbox separator left), and only loopback addresses."""
    raw = path.read_bytes()
    assert not raw.startswith(b"From "), "mbox separator line left in"
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    assert msg["From"] and msg["Date"] and (msg.is_multipart() or path.parent.name in SINGLE_PART_MTAS)
    for ip in BRACKETED_IP.findall(raw):
        assert ip.startswith(b"127."), ip


def check_every_case_bounced(rows: list[dict[str, Any]], cases: set[str], at_least: int = 3) -> None:
    """Each file belongs to one of ``cases`` (by its name), and each case left a file from ``at_least`` MTAs."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        m = CASE_NAME.match(Path(row["file"]).name)
        assert m and m["case"] in cases, row["file"]
        seen.setdefault(m["case"], set()).add(row["engine"])
    for case in cases:
        assert len(seen.get(case, ())) >= at_least, (case, seen.get(case))


GIVEN_UP_STATUS = {"exim": "5.0.0", "sendmail": "4.4.7"}
"""The status a sender's own DSN states when it gives up retrying a temporary refusal (sets 1, 10, 13, 32-34)."""


def check_known_differences(rows: list[dict[str, Any]], status: dict[str, str],
                            command: dict[str, str | None], kind: dict[str, str] | None = None,
                            address: dict[str, str] | None = None, given_up: dict[str, str] | None = None,
                            share: float = 1 / 5) -> None:
    """Each listed value (what whybounce reads where it differs from a label) is a labelled file's, and differs
    from its label (else the row is stale); together they stay under a fifth of the set (``share``: under a half in a
    set whose point is a new sending MTA's report form, where one difference of that form shows in every file it
    writes: set 49's ten chasquid reports, four of them "DATA closing"). ``kind`` lists files
    whybounce reads as another kind of message (set 22: Dovecot's rejection messages, read as not bounces);
    ``address`` files whose label names the Final-Recipient where the contract gives the Original-Recipient (set 33).
    ``given_up`` lists the sender's own final report of a temporary refusal it retried until it gave up, whose DSN
    states the sender's status (Exim 5.0.0, Sendmail's queue timeout 4.4.7) where the label records the receiver's
    4.x.x: one convention, not a per-file judgement, so it is checked to be exactly that and not counted in the
    fifth."""
    by_file = {r["file"]: r["recipients"][0] for r in rows if r["recipients"]}  # a not-bounce names none (set 59)
    # "<file>#<n>" names the file's n-th recipient (a report on several, set 56); "<file>" its first
    by_file.update({f"{r['file']}#{x['index']}": x for r in rows for x in r["recipients"]})
    for table, field in ((status, "status"), (command, "command"), (address or {}, "address")):
        for name, value in table.items():
            assert name in by_file and by_file[name][field] != value, name
    for name, value in (given_up or {}).items():
        assert name in by_file and by_file[name]["status"] != value and by_file[name]["status"].startswith("4."), name
        # the folder is the MTA's name, or <mta>-<template> (set 51: exim-custom, an Exim with a bounce template)
        assert value == GIVEN_UP_STATUS.get(name.split("/")[0].split("-")[0]), name
    kinds = {r["file"]: r["kind"] for r in rows}
    for name, value in (kind or {}).items():
        assert name in kinds and kinds[name] != value, name
    files = {name.partition("#")[0] for name in (*status, *command, *(kind or {}), *(address or {}))}
    assert len(files) < len(rows) * share


def check_facts_read(folder: Path, row: dict[str, Any], status: dict[str, str],
                     command: dict[str, str | None], kind: dict[str, str] | None = None,
                     address: dict[str, str] | None = None, given_up: dict[str, str] | None = None) -> None:
    """whybounce reads the facts that must hold as labelled: the kind, each recipient's address, whether delivery
    goes on, the command and the status, except where ``status``/``command`` list its documented difference; a file
    that ``kind`` lists is read as that kind of message, and its recipients are not compared (there are none to).
    Reason and who are judgements, scored by `make eval`, not asserted per file."""
    from whybounce import explain_bytes

    result = explain_bytes((folder / row["file"]).read_bytes()).to_dict()
    if kind and row["file"] in kind:
        assert result["kind"] == kind[row["file"]]
        return
    assert result["kind"] == row["kind"]
    got = result["recipients"]
    assert len(got) == len(row["recipients"])
    for exp, g in zip(row["recipients"], got, strict=True):
        # a difference of the file's n-th recipient is listed as "<file>#<n>" (set 56), of every recipient as "<file>"
        one = f"{row['file']}#{exp['index']}"

        def listed(table: dict[str, Any] | None, default: Any) -> Any:
            return (table or {}).get(one, (table or {}).get(row["file"], default))  # noqa: B023

        assert same_address(g["address"], listed(address, exp["address"]))
        assert g["temporary"] is exp["temporary"]
        assert g["command"] == listed(command, exp["command"])
        if exp["status"]:
            assert g["status"] == listed(status, listed(given_up, exp["status"]))


def same_address(got: str, labelled: str) -> bool:
    """Whether two addresses are the same, an IDN domain's A-labels and U-labels taken as one (RFC 5890 section
    2.3.2.1: an A-label is the ASCII form of its U-label; set 54's reports name xn--zckzah where whybounce, by design,
    shows テスト: core/whybounce/addresses.py decodes A-labels)."""

    def unicode_domain(address: str) -> str:
        local, _, domain = address.rpartition("@")
        labels = [lab.encode("ascii").decode("idna") if lab.lower().startswith("xn--") else lab
                  for lab in domain.split(".")]
        return f"{local}@{'.'.join(labels)}"

    return got == labelled or unicode_domain(got) == unicode_domain(labelled)


def reply_words(reply: str) -> str:
    """The longest stretch of a reply line after its codes that holds no placeholder, lower-cased."""
    text = re.sub(r"^\d{3}[ -](\d\.\d{1,3}\.\d{1,3} )?", "", reply)
    return max(re.split(r"\{[a-z_]+\}", text), key=len).strip().lower()


def check_replies_are_new(cases: Any, earlier: Any, sources: list[Path], read: Any = ()) -> None:
    """A held-out set measures wording nobody tuned on: no reply line of ``cases`` is one of the ``earlier`` sets',
    and the words of each first line (after the codes) are in none of the ``sources`` files -- except the cases
    ``read`` names, whose words a later change took in on purpose (the set's README says so); those must be in."""
    seen = {line for h in earlier for line in h.reply}
    known = "\n".join(p.read_text(encoding="utf-8") for p in sources).lower()
    for h in cases:
        assert not seen & set(h.reply), h.id
        words = reply_words(h.reply[0])
        assert len(words) > 10 and (words in known) is (h.id in read), h.id
