"""End to end in a real Thunderbird: the shipped extension, the real host and the real core.

One Thunderbird runs for the whole module (fresh profile under Xvfb, see harness.py); the tests run
in file order because the last ones take the host away. What a user does is done the way a user
does it: displaying a message (the test-only helper selects it in the message list), clicking the
"Why did this bounce?" button and the "Explain selected bounces" menu item (Marionette).

Needs `thunderbird`, `Xvfb` and `import` (tests/e2e/install_thunderbird.sh). Without Thunderbird
the module is skipped, unless CI is set: then it fails. $WHYBOUNCE_TB picks another binary (e.g. an
extracted 140 ESR); $WHYBOUNCE_SCREENSHOT=1 saves a card to docs/card.png; $WHYBOUNCE_E2E_KEEP=1
keeps the temp dir (profile, events.jsonl, thunderbird.log).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import REPO, Thunderbird, thunderbird_binary

SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "sisimai"
DOCS_CARD = REPO / "docs" / "card.png"

# Bounces from ten different sending systems (file name prefix), with two delay notices (gmail-06,
# outlook-06: "not delivered yet" badge) and a two-recipient bounce (mailru-03).  OpenSMTPD's opensmtpd-06
# says "delayed" but its status (4.4.7, envelope expired) makes it the final give-up notice.
BOUNCES = [
    "lhost-postfix-03.eml",
    "lhost-sendmail-03.eml",
    "lhost-exim-05.eml",
    "lhost-qmail-01.eml",
    "lhost-gmail-01.eml",
    "lhost-gmail-06.eml",
    "lhost-exchange2007-01.eml",
    "lhost-opensmtpd-06.eml",
    "rhost-nttdocomo-01.eml",
    "lhost-mailru-03.eml",
    "lhost-outlook-06.eml",
]
NOT_BOUNCES = [
    CORPUS / "not-bounces" / "is-not-bounce-01.eml",
    REPO / "tests" / "js" / "fixtures" / "handmade-newsletter.eml",
]
SCREENSHOT_OF = "lhost-exim-05.eml"
FINAL_STATES = {"result", "not-bounce", "error", "none"}
INSTALL_COMMAND = "pipx install whybounce && whybounce-host install"


def _ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _require(tool: str | None, what: str) -> str:
    """Skip without the tool, but fail in CI, where install_thunderbird.sh must have provided it."""
    if tool:
        return tool
    message = f"{what} is not installed (tests/e2e/install_thunderbird.sh installs it)"
    if _ci():
        pytest.fail(message)
    pytest.skip(message)


def _labels() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(CORPUS / "labels.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            out[row["file"]] = [r["reason"] for r in sorted(row["recipients"], key=lambda r: r["index"])]
    return out


class Run:
    """The running Thunderbird plus what the test imported into it."""

    def __init__(self, tb: Thunderbird, ids: dict[str, int]) -> None:
        self.tb = tb
        self.ids = ids
        self.labels = _labels()

    def display(self, name: str, timeout: float = 30) -> dict[str, Any]:
        """Select one message in the 3-pane and return what the probe saw settle in its pane."""
        message_id = self.ids[name]
        start = len(self.tb.events.poll())
        self.tb.command("select", ids=[message_id])
        event = self.tb.events.wait(
            lambda e: e.get("event") == "probe" and e.get("messageId") == message_id
            and e.get("state") in FINAL_STATES,
            timeout,
            after=start,
        )
        assert event is not None, f"no settled state for {name} within {timeout}s"
        return event

    def card_shot_rect(self) -> tuple[int, int, int, int]:
        """Screen rectangle (x, y, w, h) of the message view from its header (with the button)
        down to a little below the card, so the screenshot shows the card in place."""
        r: dict[str, float] = self.tb.marionette().script(
            """
            const about3Pane = document.getElementById("tabmail").currentAbout3Pane;
            const viewer = about3Pane.messageBrowser;
            const v = viewer.getBoundingClientRect();
            const mb = viewer.contentWindow.getMessagePaneBrowser();
            const win = mb.contentWindow;
            const host = mb.contentDocument.querySelector("whybounce-card");
            const c = host.openOrClosedShadowRoot.querySelector(".wb-card").getBoundingClientRect();
            return {x: about3Pane.mozInnerScreenX + v.left, y: about3Pane.mozInnerScreenY + v.top,
                    w: v.width, bottom: win.mozInnerScreenY + c.bottom + 90};
            """
        )
        return int(r["x"]), int(r["y"]), int(r["w"]), int(r["bottom"] - r["y"])


HUGE_FOLDER = "Huge"
"""A local folder written as an mbox before start: one bounce over the add-on's 20 MB limit (the helper's
import cannot carry it: a native message to an add-on is at most 1 MB)."""


def _write_huge_folder(tb: Thunderbird) -> None:
    bounce = (CORPUS / "bounces" / "lhost-postfix-03.eml").read_bytes().replace(b"\r\n", b"\n").rstrip(b"\n")
    padding = (b"x" * 76 + b"\n") * (21 * 1024 * 1024 // 77)  # the returned original's body, as a bounce carries it
    mbox = b"From - Mon Mar  3 10:00:00 2025\n" + bounce.replace(b"\nFrom ", b"\n>From ") + b"\n" + padding + b"\n"
    (tb.profile / "Mail" / "Local Folders" / HUGE_FOLDER).write_bytes(mbox)


@pytest.fixture(scope="module")
def run() -> Iterator[Run]:
    binary = _require(thunderbird_binary(), "Thunderbird")
    _require(shutil.which("Xvfb"), "Xvfb")
    tb = Thunderbird(host="real", binary=binary, keep=bool(os.environ.get("WHYBOUNCE_E2E_KEEP")))
    try:
        tb.build()
        _write_huge_folder(tb)
        ready = tb.start()
        marionette = tb.marionette()
        # A predictable window: the whole Xvfb screen, so the message pane is wide.
        marionette.script("window.moveTo(0, 0); window.resizeTo(screen.availWidth, screen.availHeight);")
        files = [CORPUS / "bounces" / name for name in BOUNCES] + NOT_BOUNCES
        imported = tb.command(
            "import",
            folder="Bounces",
            files=[{"name": p.name, "raw": base64.b64encode(p.read_bytes()).decode()} for p in files],
        )
        assert imported["refused"] == []
        ids = {item["name"]: item["id"] for item in imported["imported"]}
        assert all(item["folder"] == "/Bounces" for item in imported["imported"])
        print(f"\nThunderbird {ready['version']}, profile {tb.profile}")
        yield Run(tb, ids)
    finally:
        tb.stop()


def test_each_bounce_gets_a_card_with_the_labelled_reason(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    assert len({name.rsplit("-", 1)[0] for name in BOUNCES}) >= 5, "at least five sending systems"
    times = []
    for name in BOUNCES:
        seen = run.display(name)
        assert seen["state"] == "result", f"{name}: {seen['state']} {seen.get('card')}"
        card = seen["card"]
        assert card["trigger"] == "auto"
        reasons = [r["reason"] for r in card["recipients"]]
        assert reasons == run.labels[name], f"{name}: card says {reasons}, label {run.labels[name]}"
        assert all(r["title"] and r["address"] for r in card["recipients"])
        times.append((name, seen["msSinceDisplay"]))
        if name == SCREENSHOT_OF and os.environ.get("WHYBOUNCE_SCREENSHOT"):
            time.sleep(0.3)  # let the pane finish painting
            assert run.tb.screenshot(DOCS_CARD, run.card_shot_rect()), "screenshot failed"
    with capsys.disabled():
        print("\ndisplay-to-card (ms): " + ", ".join(f"{n.removesuffix('.eml')} {ms}" for n, ms in times))


# A delay notice is no failure yet: the "not delivered yet" badge, never a permanent one, and until when the
# sending server keeps trying (Will-Retry-Until of Hotmail's notice; the period of Gmail's).  Selecting the
# message already on display shows no new card, so neither may be the last of BOUNCES when it comes first.
DELAYS = {
    "lhost-gmail-06.eml": "Retried for another 2 days",
    "lhost-outlook-06.eml": "Retried until Fri, 30 Jan 2015 21:28:58 -0800",
}


@pytest.mark.parametrize("name", DELAYS)
def test_a_delay_notice_shows_the_delayed_badge_and_no_permanent_one(run: Run, name: str) -> None:
    seen = run.display(name)
    [recipient] = seen["card"]["recipients"]
    assert (recipient["deliveryState"], recipient["temporary"]) == ("delayed", "true"), recipient
    assert recipient["badges"] == [["wb-badge wb-badge-delayed", "Not delivered yet (still retrying)"]]
    assert recipient["retry"] == DELAYS[name]
    assert "Permanent" not in seen["card"]["text"]
    assert "Do not send it again now" in seen["card"]["text"]


def test_a_bounce_given_up_after_retries_is_not_called_permanent(run: Run) -> None:
    seen = run.display("lhost-opensmtpd-06.eml")
    assert [(r["deliveryState"], r["temporary"], r["badges"]) for r in seen["card"]["recipients"]] == [
        ("given-up", "false", [["wb-badge wb-badge-given-up", "Failed after retries"]])]
    assert "Permanent" not in seen["card"]["text"]


@pytest.mark.parametrize("path", NOT_BOUNCES, ids=lambda p: p.name)
def test_a_non_bounce_shows_no_card(run: Run, path: Path) -> None:
    seen = run.display(path.name)
    assert seen["state"] == "none"
    assert seen["card"] is None


HOSTILE_CARD = REPO / "tests" / "fixtures" / "hostile" / "handmade-html-bounce-forged-card.eml"
"""An HTML bounce whose stylesheet hides, moves and recolours everything the card is or was made of, with
an element of the card's old id in a hidden container and a <whybounce-card> of its own."""
CARD_COLOURS = {("rgb(27, 31, 36)", "rgb(247, 249, 252)"), ("rgb(232, 234, 237)", "rgb(31, 35, 41)")}
"""card.css's text and background colour of .wb-card (light and dark scheme)."""


def test_a_hostile_html_bounce_can_neither_hide_nor_restyle_nor_forge_the_card(run: Run) -> None:
    imported = run.tb.command("import", folder="Hostile", files=[
        {"name": HOSTILE_CARD.name, "raw": base64.b64encode(HOSTILE_CARD.read_bytes()).decode()}])
    assert imported["refused"] == []
    run.ids[HOSTILE_CARD.name] = imported["imported"][0]["id"]
    try:  # the message lives in its own folder: later tests select everything in run.ids at once
        seen = run.display(HOSTILE_CARD.name)
    finally:
        del run.ids[HOSTILE_CARD.name]
    assert seen["state"] == "result", seen
    card = seen["card"]
    assert [r["reason"] for r in card["recipients"]] == ["userunknown"]
    assert [r["address"] for r in card["recipients"]] == ["nobody.here@example.net"]
    assert "FORGED" not in card["text"]
    looks = seen["looks"]
    assert looks["bodyColor"] == "rgb(255, 0, 0)", "the message's stylesheet is not in force: nothing was tested"
    assert looks["hostIsFirstInBody"], looks
    host = looks["host"]
    assert (host["display"], host["visibility"], host["position"], host["opacity"]) == ("block", "visible",
                                                                                         "static", "1"), host
    assert looks["hostBefore"] == "none", looks
    assert looks["hostRect"]["height"] > 40 and looks["hostRect"]["x"] >= 0, looks
    inner = looks["card"]
    assert inner["display"] == "block" and inner["visibility"] == "visible", inner
    assert (inner["color"], inner["backgroundColor"]) in CARD_COLOURS, inner
    assert inner["fontSize"] == "14px" and "serif" != inner["fontFamily"].split(",")[0].strip(), inner
    assert (looks["title"]["color"], looks["title"]["display"]) == (inner["color"], "inline"), looks["title"]
    # The message's own elements are left as they were: the old id stays in its hidden container, and the
    # message's <whybounce-card> (the second one, after ours) got no card.
    assert seen["idElement"] == {"text": "FORGED CARD: call +1 555 0100 now", "tag": "section", "parentTag": "div"}
    assert [h["hasCard"] for h in seen["hosts"]] == [True, False], seen["hosts"]


CLICK_AND_WAIT = """
const done = arguments[arguments.length - 1];
const about3Pane = document.getElementById("tabmail").currentAbout3Pane;
const aboutMessage = about3Pane.messageBrowser.contentDocument;
const button = aboutMessage.getElementById("whybounce_whybounce_org-messageDisplayAction-toolbarbutton");
if (!button) { done({error: "no button"}); return; }
const doc = about3Pane.messageBrowser.contentWindow.getMessagePaneBrowser().contentDocument;
const t0 = performance.now();
button.click();
(function poll() {
  // the card is in a closed shadow root (extension/display/card.js); chrome code may look inside
  const host = doc.querySelector("whybounce-card");
  const card = host && host.openOrClosedShadowRoot && host.openOrClosedShadowRoot.querySelector(".wb-card");
  if (card && card.dataset.trigger === "button" && card.dataset.state !== "loading") {
    done({ms: performance.now() - t0, state: card.dataset.state, label: button.label,
          reasons: [...card.querySelectorAll(".wb-recipient")].map(li => li.dataset.reason)});
  } else if (performance.now() - t0 > 20000) {
    done({error: "timeout"});
  } else {
    setTimeout(poll, 1);
  }
})();
"""


SHOW_HUGE = """
const about3Pane = document.getElementById("tabmail").currentAbout3Pane;
const folder = MailServices.folderLookup.getFolderForURL("mailbox://nobody@Local%20Folders/" + arguments[0]);
about3Pane.displayFolder(folder.URI);
return folder.URI;
"""


def test_a_message_over_the_size_limit_gets_the_too_large_card_with_a_way_out(run: Run) -> None:
    marionette = run.tb.marionette()
    start = len(run.tb.events.poll())
    marionette.script(SHOW_HUGE, HUGE_FOLDER)
    for _ in range(100):  # Thunderbird reads the mbox into its index first
        if marionette.script("return document.getElementById('tabmail').currentAbout3Pane.gDBView?.rowCount || 0;"):
            break
        time.sleep(0.1)
    marionette.script("document.getElementById('tabmail').currentAbout3Pane.threadTree.selectedIndex = 0;")
    seen = run.tb.events.wait(lambda e: e.get("event") == "probe" and e.get("state") in FINAL_STATES, 30, after=start)
    assert seen is not None and seen["state"] == "error", seen
    assert seen["card"]["error"] == "too-large"
    assert "This message is too large for whybounce to read." in seen["card"]["text"]
    assert "right-click and choose “Explain this error text”" in seen["card"]["text"]


def test_button_click_to_card(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    run.display("is-not-bounce-01.eml")
    answer = run.tb.marionette().async_script(CLICK_AND_WAIT)
    assert answer.get("state") == "not-bounce", answer
    assert answer["label"] == "Why did this bounce?"

    name = "lhost-qmail-01.eml"
    run.display(name)
    answer = run.tb.marionette().async_script(CLICK_AND_WAIT)
    assert answer.get("state") == "result", answer
    assert answer["reasons"] == run.labels[name]
    with capsys.disabled():
        print(f"\nclick-to-card: {answer['ms']:.0f} ms ({name}, host already running)")


OPEN_SUMMARY = """
const done = arguments[arguments.length - 1];
const about3Pane = document.getElementById("tabmail").currentAbout3Pane;
const menu = about3Pane.document.getElementById("mailContext");
const tree = about3Pane.threadTree;
menu.addEventListener("popupshown", () => {
  const item = menu.querySelector('menuitem[id^="whybounce_whybounce_org-menuitem-"]');
  if (!item) { menu.hidePopup(); done({error: "menu item missing"}); return; }
  const label = item.getAttribute("label");
  menu.activateItem(item);
  done({label});
}, {once: true});
// The list renders only the rows in view: bring the first selected one into view, then
// right-click it.
const first = tree.selectedIndices[0];
tree.scrollToIndex(first, true);
(function rightClick(tries) {
  const row = tree.getRowAtIndex(first);
  if (!row) {
    if (tries > 100) { done({error: "selected row never rendered"}); return; }
    setTimeout(() => rightClick(tries + 1), 20);
    return;
  }
  const r = row.getBoundingClientRect();
  row.dispatchEvent(new about3Pane.MouseEvent("contextmenu",
    {bubbles: true, cancelable: true, button: 2, clientX: r.x + 10, clientY: r.y + 5}));
})(0);
"""

# Extension pages live in a remote (extension process) browser: chrome code cannot read their DOM
# directly, so a frame script runs the given function body there and sends its value back.
IN_EXTENSION_TAB = """
const [urlPart, body] = arguments;
const done = arguments[arguments.length - 1];
const tabmail = document.getElementById("tabmail");
const info = tabmail.tabInfo.find(t => t.browser && t.browser.currentURI
  && t.browser.currentURI.spec.includes(urlPart));
if (!info) { done(null); return; }
const mm = info.browser.messageManager;
mm.addMessageListener("whybounce-e2e:value", function listener(msg) {
  mm.removeMessageListener("whybounce-e2e:value", listener);
  done(msg.data);
});
// A page still loading can throw (no such element yet): answer {__error} and let the caller retry.
const source = `let value;
  try { value = (function (d) { ${body} })(content.document); } catch (e) { value = {__error: String(e)}; }
  sendAsyncMessage("whybounce-e2e:value", value);`;
mm.loadFrameScript("data:application/javascript," + encodeURIComponent(source), false);
"""

READ_SUMMARY = """
return {
  done: d.body.dataset.done || "",
  total: d.body.dataset.total || "",
  progress: [d.getElementById("progress").value, d.getElementById("progress").max],
  rows: [...d.querySelectorAll("#results tbody tr")].map(tr => ({
    recipient: tr.querySelector(".recipient").textContent,
    reason: tr.querySelector(".reason").dataset.reason})),
  counts: [...d.querySelectorAll("#counts tbody tr")].map(tr => [tr.dataset.reason,
    Number(tr.querySelector(".count").textContent)]),
  notBounces: d.getElementById("not-bounces").textContent,
  messagesWithRows: new Set([...d.querySelectorAll("#results tbody tr")].map(tr => tr.dataset.messageId)).size,
  failures: d.getElementById("failures").hidden ? "" : d.getElementById("failures").textContent,
};
"""


def in_extension_tab(run: Run, url_part: str, body: str, until: Any = None, timeout: float = 30) -> Any:
    """Evaluate `body` (a function body of `d`, the page's document) in an extension tab; with
    `until`, repeat until until(value) holds."""
    end = time.monotonic() + timeout
    while True:
        value = run.tb.marionette().async_script(IN_EXTENSION_TAB, url_part, body, timeout_ms=5000)
        settled = value is not None and not (isinstance(value, dict) and "__error" in value)
        if (settled and (until is None or until(value))) or time.monotonic() > end:
            return value
        time.sleep(0.2)


def _summarise(run: Run, ids: list[int], timeout: float) -> dict[str, Any]:
    """Select the messages, right-click "Explain selected bounces", wait for the tab to finish."""
    run.tb.command("activateMailTab")
    run.tb.command("select", ids=ids)
    selected = run.tb.marionette().script(
        'return document.getElementById("tabmail").currentAbout3Pane.gDBView.numSelected;'
    )
    before = {t["id"] for t in run.tb.command("tabs")["tabs"]}
    opened = run.tb.marionette().async_script(OPEN_SUMMARY)
    assert opened.get("label") == "Explain selected bounces", opened
    summary_tab = None
    for _ in range(100):
        summary_tab = next((t for t in run.tb.command("tabs")["tabs"] if t["id"] not in before), None)
        if summary_tab and "#" in summary_tab["url"]:
            break
        time.sleep(0.1)
    assert summary_tab and summary_tab["url"].startswith("moz-extension://")
    token = summary_tab["url"].rsplit("#", 1)[1]
    seen = in_extension_tab(run, "summary.html#" + token, READ_SUMMARY, lambda v: v["done"] == "true", timeout)
    assert seen and seen["done"] == "true", seen
    run.tb.command("activateMailTab")
    result: dict[str, Any] = dict(seen, selected=selected)
    return result


def test_explain_selected_bounces_lists_them_all(run: Run) -> None:
    everything = list(run.ids.values())
    seen = _summarise(run, everything, 60)
    assert seen["selected"] == len(everything)
    assert seen["total"] == str(len(everything))
    assert seen["progress"] == [len(everything), len(everything)]
    expected = Counter(reason for name in BOUNCES for reason in run.labels[name])
    assert Counter(row["reason"] for row in seen["rows"]) == expected
    assert dict(seen["counts"]) == dict(expected)
    assert seen["notBounces"].startswith(str(len(NOT_BOUNCES)))
    assert seen["failures"] == ""


def test_summary_of_the_whole_corpus(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    """Hundreds at once: every message is accounted for, none fails, over one host connection."""
    files = sorted((CORPUS / "bounces").glob("*.eml"))
    ids: list[int] = []
    for i in range(0, len(files), 100):
        answer = run.tb.command(
            "import", timeout=120, folder="Corpus",
            files=[{"name": p.name, "raw": base64.b64encode(p.read_bytes()).decode()} for p in files[i : i + 100]],
        )
        ids += [item["id"] for item in answer["imported"]]  # Message-ID duplicates are refused
    assert len(ids) > 300
    started = time.monotonic()
    seen = _summarise(run, ids, 240)
    seconds = time.monotonic() - started
    # Thunderbird 140's mailTabs.setSelectedMessages selects only part of a list this long (337 of
    # 361 here; 153 selects all): the summary must cover exactly what Thunderbird has selected.
    selected = seen["selected"]
    assert selected > 300
    not_bounces = int(seen["notBounces"].split()[0]) if seen["notBounces"] else 0
    assert seen["progress"] == [selected, selected]
    assert seen["failures"] == ""
    assert seen["messagesWithRows"] + not_bounces == selected
    with capsys.disabled():
        print(f"\nsummary of {selected} corpus bounces: {seconds:.1f} s ({1000 * seconds / selected:.0f} ms each)")


OPEN_OPTIONS = """
const {ExtensionParent} = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
const url = extension.baseURI.resolve("options/options.html");
document.getElementById("tabmail").openTab("contentTab", {url});
return url;
"""

BUTTON_LABEL = """
const about3Pane = document.getElementById("tabmail").tabInfo[0].chromeBrowser.contentWindow;
const aboutMessage = about3Pane.messageBrowser.contentDocument;
const button = aboutMessage.getElementById("whybounce_whybounce_org-messageDisplayAction-toolbarbutton");
return button ? button.label : null;
"""


def _choose_language(run: Run, value: str) -> None:
    in_extension_tab(run, "options/options.html", f"""
        const select = d.getElementById("language");
        select.value = "{value}";
        select.dispatchEvent(new d.defaultView.Event("change", {{bubbles: true}}));
        return true;""")


def test_options_page_language_and_helper_check(run: Run) -> None:
    run.display("lhost-exim-05.eml")  # the message toolbar, with the button, is showing
    url = run.tb.marionette().script(OPEN_OPTIONS, "whybounce@whybounce.org")
    ready = in_extension_tab(run, "options/options.html", "return d.querySelector('h1').textContent",
                             lambda v: v != "")
    assert ready == "whybounce options"
    checked = in_extension_tab(run, "options/options.html", """
        d.getElementById("check").click(); return true;""")
    assert checked
    status = in_extension_tab(run, "options/options.html", "return d.getElementById('status').textContent",
                              lambda v: v != "")
    assert status == "The helper is installed (version 0.1.0)."
    # found: the install instructions give way (they stay for a missing helper, tests/js/options-send.test.js)
    assert in_extension_tab(run, "options/options.html", "return d.getElementById('install').hidden") is True
    _choose_language(run, "ja")
    heading = in_extension_tab(run, "options/options.html", "return d.querySelector('h1').textContent",
                               lambda v: v == "whybounce の設定")
    assert heading == "whybounce の設定"
    for _ in range(50):
        if run.tb.marionette().script(BUTTON_LABEL) == "なぜ届かなかった？":
            break
        time.sleep(0.1)
    assert run.tb.marionette().script(BUTTON_LABEL) == "なぜ届かなかった？"
    seen = run.display("lhost-qmail-01.eml")
    assert seen["card"]["lang"] == "ja"
    assert "この宛先への配送に失敗しました。" in seen["card"]["text"]
    # session 50 (Q50): the date next to the badge in Japanese date order, as the card's first action says it
    seen = run.display("lhost-outlook-06.eml")
    [recipient] = seen["card"]["recipients"]
    assert recipient["retry"] == "再送期限：2015年1月30日（金）21:28:58 UTC-08:00", recipient
    assert "再送は 2015年1月30日（金）21:28:58 UTC-08:00 まで" in seen["card"]["text"]
    _choose_language(run, "auto")
    for _ in range(50):
        if run.tb.marionette().script(BUTTON_LABEL) == "Why did this bounce?":
            break
        time.sleep(0.1)
    assert run.tb.marionette().script(BUTTON_LABEL) == "Why did this bounce?"
    assert url.startswith("moz-extension://")
    run.tb.command("activateMailTab")


def _kill_host(run: Run) -> int:
    pids = run.tb.host_pids()
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    return len(pids)


def test_a_crashed_host_is_restarted_transparently(run: Run) -> None:
    assert _kill_host(run) >= 1, "the host was running"
    time.sleep(0.5)
    seen = run.display("lhost-gmail-01.eml")
    assert seen["state"] == "result"
    assert [r["reason"] for r in seen["card"]["recipients"]] == run.labels["lhost-gmail-01.eml"]


def test_unregistered_host_gives_the_install_card(run: Run) -> None:
    run.tb.uninstall_real_host()
    _kill_host(run)
    time.sleep(0.5)
    seen = run.display("lhost-postfix-03.eml")
    assert seen["state"] == "error", seen
    card = seen["card"]
    assert card["error"] == "host-missing"
    assert INSTALL_COMMAND in card["text"]
    assert "not installed" in card["text"]
