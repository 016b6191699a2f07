"""End to end in a real Thunderbird: errors that never arrive as a bounce (issue 18).

One Thunderbird for the module (the harness of test_thunderbird.py: fresh profile under Xvfb, the shipped
extension, the real host), with a mail account whose outgoing server is a loopback SMTP server refusing
every recipient with "550 5.7.1 ... Relaying denied", and whose POP3 server refuses at its greeting.
What a user does is done the way a user does it, through Marionette: sending from a compose window
(the helper starts it), reading and copying Thunderbird's error dialog, ticking the option (a real
click, so Thunderbird's permission prompt appears, and is accepted), clicking the toolbar button,
pasting, right-clicking a selection. A see-through host (host_spy.py) notes the op of every request that
reaches the whybounce host, so "nothing is sent to the host" is checked, not assumed.

The tests run in file order: sends without the permission first, then the permission is granted.
$WHYBOUNCE_TB picks another binary (e.g. an extracted 140 ESR); $WHYBOUNCE_SCREENSHOT=1 saves
docs/explain-popup.png, docs/send-failure.png and docs/send-failure-explained.png; $WHYBOUNCE_E2E_KEEP=1 keeps
the temp dir.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import zipfile
from base64 import b64encode
from collections.abc import Iterator
from typing import Any

import pytest
from harness import HELPER_DIR, HELPER_ID, HERE, REPO, Thunderbird, thunderbird_binary, write_wrapper
from loopback_mail import LoopbackServer
from marionette import Marionette, MarionetteError
from test_thunderbird import OPEN_OPTIONS, _require

RELAYING = "550 5.7.1 <bob@elsewhere.example>... Relaying denied"
RECIPIENT = "bob@elsewhere.example"
POP3_REFUSAL = "-ERR [SYS/TEMP] Mailbox is locked by another session"
DOCS = REPO / "docs"
EXTENSION_ID = "whybounce@whybounce.org"

ACCOUNT_PREFS = """
user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.accountmanager.defaultaccount", "account2");
user_pref("mail.account.account2.server", "server2");
user_pref("mail.account.account2.identities", "id1");
user_pref("mail.server.server2.type", "pop3");
user_pref("mail.server.server2.hostname", "127.0.0.1");
user_pref("mail.server.server2.port", {pop3});
user_pref("mail.server.server2.userName", "taro");
user_pref("mail.server.server2.name", "taro@example.test");
user_pref("mail.server.server2.login_at_startup", false);
user_pref("mail.server.server2.check_new_mail", false);
user_pref("mail.server.server2.directory-rel", "[ProfD]Mail/pop");
user_pref("mail.server.server2.storeContractID", "@mozilla.org/msgstore/berkeleystore;1");
user_pref("mail.identity.id1.fullName", "Taro Example");
user_pref("mail.identity.id1.useremail", "taro@example.test");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.identity.id1.fcc", false);
user_pref("mail.identity.id1.compose_html", false);
user_pref("mail.smtpservers", "smtp1");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.type", "smtp");
user_pref("mail.smtpserver.smtp1.hostname", "127.0.0.1");
user_pref("mail.smtpserver.smtp1.port", {smtp});
user_pref("mail.smtpserver.smtp1.authMethod", 1);
user_pref("mail.smtpserver.smtp1.try_ssl", 0);
// Under Xvfb with no window manager, GTK rolls a context menu up the moment Thunderbird opens it from the
// message pane (asynchronously, through its context-menu actor); with autohide off it stays open.
user_pref("ui.popup.disable_autohide", true);
user_pref("mail.compose.attachment_reminder", false);
user_pref("offline.autoDetect", false);
user_pref("network.manage-offline-status", false);
"""

# --- chrome-side scripts (Marionette, main window) ------------------------------------------------------

# A trusted mouse event at a point of a window, as EventUtils makes one: Window.synthesizeMouseEvent in
# Thunderbird 153, nsIDOMWindowUtils.sendMouseEvent in 140.
MOUSE = """
function mouse(win, type, x, y, button) {
  if (typeof win.synthesizeMouseEvent == "function") {
    win.synthesizeMouseEvent(type, x, y, {button, clickCount: 1, buttons: button == 2 ? 2 : 1},
                             {isDOMEventSynthesized: true, isWidgetEventSynthesized: false, isAsyncEnabled: false});
  } else {
    win.windowUtils.sendMouseEvent(type, x, y, button, 1, 0);
  }
}
"""

# Thunderbird's modal error dialogs (commonDialog.xhtml windows): their title and text.
DIALOGS = """
const out = [];
for (const w of Services.wm.getEnumerator(null)) {
  if (!String(w.location).includes("commonDialog")) continue;
  const d = w.document;
  const body = d.getElementById("infoBody");
  if (d.readyState != "complete" || !w.Dialog || !body.textContent) continue;  // still opening
  out.push({title: d.getElementById("infoTitle").textContent || d.title, text: body.textContent});
}
return out;
"""

# What a user does with the dialog: right-click its text, Select All, Copy; then OK. Returns the clipboard.
COPY_AND_CLOSE_DIALOG = """
for (const w of Services.wm.getEnumerator(null)) {
  if (!String(w.location).includes("commonDialog")) continue;
  w.document.getElementById("infoBody").focus();
  w.goDoCommand("cmd_selectAll");
  w.goDoCommand("cmd_copy");
  const clip = Cc["@mozilla.org/widget/clipboard;1"].getService(Ci.nsIClipboard);
  const t = Cc["@mozilla.org/widget/transferable;1"].createInstance(Ci.nsITransferable);
  t.init(null);
  t.addDataFlavor("text/plain");
  clip.getData(t, Ci.nsIClipboard.kGlobalClipboard, w.browsingContext ? w.browsingContext.currentWindowContext : null);
  const data = {};
  t.getTransferData("text/plain", data);
  const copied = data.value ? data.value.QueryInterface(Ci.nsISupportsString).data : "";
  w.document.querySelector("dialog").getButton("accept").click();
  return copied;
}
return null;
"""

# How many of Thunderbird's modal dialogs are open (loaded or not); with arguments[0], press OK in them.
OPEN_DIALOGS = """
let n = 0;
for (const w of Services.wm.getEnumerator(null)) {
  if (!String(w.location).includes("commonDialog")) continue;
  n++;
  const dialog = w.document.querySelector("dialog");
  if (arguments[0] && dialog) dialog.getButton("accept").click();
}
return n;
"""

# Every browser (tab, window, panel) showing an extension page whose URL contains arguments[0].
# Extension pages live in the extension process: a frame script evaluates arguments[1] (a function body
# of `d`, the page's document) there and sends the value back.
IN_EXTENSION_PAGE = """
const [urlPart, body] = arguments;
const done = arguments[arguments.length - 1];
let browser = null;
for (const w of Services.wm.getEnumerator(null)) {
  for (const b of w.document.querySelectorAll("browser")) {
    if (b.currentURI && b.currentURI.spec.includes(urlPart)) browser = b;
  }
}
if (!browser) { done(null); return; }
const mm = browser.messageManager;
mm.addMessageListener("whybounce-e2e:value", function listener(msg) {
  mm.removeMessageListener("whybounce-e2e:value", listener);
  done(msg.data);
});
const source = `let value;
  try { value = (function (d) { ${body} })(content.document); } catch (e) { value = {__error: String(e)}; }
  sendAsyncMessage("whybounce-e2e:value", value);`;
mm.loadFrameScript("data:application/javascript," + encodeURIComponent(source), false);
"""

READ_CARDS = """
const read = (c) => c && {
  state: c.dataset.state, kind: c.dataset.kind || null, lang: c.getAttribute("lang"), text: c.textContent,
  heading: c.querySelector(".wb-heading").textContent,
  items: [...c.querySelectorAll(".wb-recipient")].map(li => ({
    reason: li.dataset.reason, topic: li.dataset.topic || null, title: li.querySelector(".wb-title").textContent,
    address: (li.querySelector(".wb-addr") || {}).textContent || null,
    said: (li.querySelector(".wb-diagnostic") || {}).textContent || null,
    badge: li.querySelector(".wb-badge") ? li.querySelector(".wb-badge").textContent : null})),
};
return {ready: d.documentElement.dataset.ready || "", mode: d.documentElement.dataset.mode || "",
        focused: d.activeElement ? d.activeElement.id : "", text: d.getElementById("text").value,
        notice: read(d.querySelector("#notice .wb-card")),
        card: read(d.querySelector("#result .wb-card")),
        status: d.getElementById("status").textContent};
"""


class PromptTolerantMarionette(Marionette):
    """A session that leaves Thunderbird's modal dialogs alone: by default Marionette dismisses a dialog
    open in the window it drives (the POP3 error's), before the test has read and copied it."""

    def command(self, name: str, params: dict[str, Any] | None = None) -> Any:
        if name == "WebDriver:NewSession":
            params = {**(params or {}), "unhandledPromptBehavior": "ignore"}
        return super().command(name, params)


class ErrorsThunderbird(Thunderbird):
    """The harness's Thunderbird plus a mail account on loopback servers, a helper that can send, and a
    see-through host."""

    def __init__(self, binary: str, keep: bool, smtp_port: int, pop3_port: int) -> None:
        super().__init__(host="real", binary=binary, keep=keep)
        self.smtp_port, self.pop3_port = smtp_port, pop3_port
        self.spy_log = self.out / "host-ops.txt"

    def build(self) -> None:
        super().build()
        with open(self.profile / "user.js", "a", encoding="utf-8") as f:
            f.write(ACCOUNT_PREFS.replace("{smtp}", str(self.smtp_port)).replace("{pop3}", str(self.pop3_port)))
        self._helper_that_sends()
        self._spy_on_the_host()

    def _helper_that_sends(self) -> None:
        """The test's helper extension, plus helper_compose.js and the compose permissions it needs."""
        manifest = json.loads((HELPER_DIR / "manifest.json").read_text(encoding="utf-8"))
        manifest["permissions"] += ["compose", "compose.send"]
        manifest["background"]["scripts"].append("helper_compose.js")
        with zipfile.ZipFile(self.profile / "extensions" / f"{HELPER_ID}.xpi", "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(HELPER_DIR.iterdir()):
                if path.is_file() and path.name != "manifest.json":
                    z.write(path, path.name)
            z.write(HERE / "helper_compose.js", "helper_compose.js")
            z.writestr("manifest.json", json.dumps(manifest))

    def _spy_on_the_host(self) -> None:
        """Point the installed host manifest at host_spy.py, which runs the installed launcher."""
        manifest_path = self.home / ".mozilla" / "native-messaging-hosts" / "whybounce.json"
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        wrapper = self.tmp / "whybounce-spy.sh"
        write_wrapper(wrapper, [sys.executable, str(HERE / "host_spy.py"), manifest["path"]])
        manifest["path"] = str(wrapper)
        manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
        os.environ["WHYBOUNCE_SPY_LOG"] = str(self.spy_log)  # inherited by Thunderbird, then the spy

    def marionette(self) -> Marionette:
        if self._marionette is None:
            self._marionette = PromptTolerantMarionette(self.marionette_port)
        return self._marionette

    def host_ops(self) -> list[str]:
        return self.spy_log.read_text(encoding="utf-8").split() if self.spy_log.exists() else []


class Run:
    def __init__(self, tb: ErrorsThunderbird, smtp: LoopbackServer, pop3: LoopbackServer) -> None:
        self.tb, self.smtp, self.pop3 = tb, smtp, pop3
        self.identity = tb.command("identities")["identities"][0]["id"]

    def script(self, source: str, *args: Any) -> Any:
        return self.tb.marionette().script(source, *args)

    def page(self, url_part: str, body: str, until: Any = None, timeout: float = 20) -> Any:
        """Evaluate ``body`` in the extension page whose URL contains ``url_part`` (until ``until`` holds)."""
        end = time.monotonic() + timeout
        while True:
            value = self.tb.marionette().async_script(IN_EXTENSION_PAGE, url_part, body, timeout_ms=5000)
            settled = value is not None and not (isinstance(value, dict) and "__error" in value)
            if (settled and (until is None or until(value))) or time.monotonic() > end:
                return value
            time.sleep(0.1)

    def wait_dialog(self, timeout: float = 30) -> dict[str, str]:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            dialogs = self.script(DIALOGS)
            if dialogs:
                return dict(dialogs[0])
            time.sleep(0.2)
        raise AssertionError("Thunderbird showed no error dialog")

    def send_refused(self) -> tuple[dict[str, str], str, dict[str, Any]]:
        """Write and send a message to the refusing server; copy the error dialog's text as a user would
        and close it. Returns (dialog, the copied text, what compose.onAfterSend handed over)."""
        before = len(self.tb.events.poll())
        seq = self.post("composeAndSend", identityId=self.identity, to=[RECIPIENT], subject="Quarterly figures",
                        body="Hello Bob,\nhere are the quarterly figures.\n")
        dialog = self.wait_dialog()
        copied = self.script(COPY_AND_CLOSE_DIALOG)
        # Thunderbird may show the same error a second time (MessageSend's report, then the compose window's
        # own alert, racing): OK any dialog still or newly open until the send is reported as over.
        after = None
        deadline = time.monotonic() + 45
        while after is None and time.monotonic() < deadline:
            self.script(OPEN_DIALOGS, True)
            after = self.tb.events.wait(lambda e: e.get("event") == "afterSend", 0.5, after=before)
        assert after is not None, f"compose.onAfterSend never fired: {self.tb.events.poll()[before:]}"
        done = self.tb.events.wait(lambda e: e.get("event") == "done" and e.get("seq") == seq, 30, after=before)
        assert done is not None and not done.get("error"), done
        for i in range(10):  # a late second dialog (Thunderbird 140 reports the send before its dialogs close)
            if not self.script(OPEN_DIALOGS, True) and i >= 3:
                break
            time.sleep(0.2)
        self.close_compose_windows()
        return dialog, copied, after

    def post(self, cmd: str, **fields: Any) -> int:
        """A command for the helper, not waited for (the harness's command() waits for its answer)."""
        self.tb._seq += 1
        path = self.tb.out / "cmd" / f"{self.tb._seq:05d}.json"
        path.with_suffix(".tmp").write_text(json.dumps({"cmd": cmd, "seq": self.tb._seq, **fields}), encoding="utf-8")
        path.with_suffix(".tmp").rename(path)
        return self.tb._seq

    def close_compose_windows(self) -> None:
        self.script("""
            for (const w of Services.wm.getEnumerator("msgcompose")) {
              w.gContentChanged = false;
              if (w.gMsgCompose) w.gMsgCompose.bodyModified = false;
              w.close();
            }""")

    def explain_windows(self) -> list[str]:
        """URLs of whybounce's explain windows now open."""
        windows = self.tb.command("windows")["windows"]
        return [t["url"] for w in windows for t in w["tabs"] if "/popup/popup.html" in t["url"]]


@pytest.fixture(scope="module")
def run() -> Iterator[Run]:
    binary = _require(thunderbird_binary(), "Thunderbird")
    _require(shutil.which("Xvfb"), "Xvfb")
    smtp = LoopbackServer("smtp", RELAYING)
    pop3 = LoopbackServer("pop3", POP3_REFUSAL)
    tb = ErrorsThunderbird(binary, bool(os.environ.get("WHYBOUNCE_E2E_KEEP")), smtp.port, pop3.port)
    try:
        tb.build()
        ready = tb.start()
        tb.marionette().script("window.moveTo(0, 0); window.resizeTo(screen.availWidth, screen.availHeight);")
        print(f"\nThunderbird {ready['version']}, profile {tb.profile}")
        yield Run(tb, smtp, pop3)
    finally:
        tb.stop()
        smtp.close()
        pop3.close()
        os.environ.pop("WHYBOUNCE_SPY_LOG", None)


def test_without_the_permission_a_failed_send_reaches_no_one(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    dialog, copied, after = run.send_refused()
    assert run.smtp.commands[-1] == f"RCPT TO:<{RECIPIENT}>", "the send was refused at RCPT, before DATA"
    assert dialog["title"] == "Send Message Error"
    assert "The mail server responded:\n<bob@elsewhere.example>... Relaying denied." in dialog["text"]
    assert copied.strip() == dialog["text"].strip(), "Select All + Copy gives the dialog's text"
    # What Thunderbird hands an add-on for this failed send: no error, no server words.
    assert after["mode"] == "sendNow"
    assert after["error"] is None and after["headerMessageId"] is None
    time.sleep(1.0)  # time for a window to appear, if one wrongly did
    assert run.explain_windows() == []
    assert run.tb.host_ops() == [], "nothing reached the host"
    with capsys.disabled():
        handed = {k: after[k] for k in ("keys", "mode", "error", "headerMessageId")}
        print(f"\nsendInfo for a refused send: {json.dumps(handed)}")


# --- "Explain this error text" on a selection ----------------------------------------------------------

FORWARDED_ERROR = (
    "From: Hanako Example <hanako@example.test>\r\nTo: taro@example.test\r\n"
    "Subject: Fwd: error when I sent the figures\r\nDate: Mon, 3 Mar 2025 10:00:00 +0900\r\n"
    "Message-ID: <forwarded-error-1@example.test>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Taro, Thunderbird said this when I sent the figures:\r\n\r\n"
    "550 5.1.1 <jiro@example.jp>... User unknown\r\n\r\nHanako\r\n"
)
SELECTED = "550 5.1.1 <jiro@example.jp>... User unknown"

# Select the text arguments[1] in a document (the message pane's or the compose editor's), right-click it,
# and in the menu that opens (id arguments[0]) choose whybounce's "Explain this error text". arguments[2]
# picks the document: "message" or "compose".
RIGHT_CLICK_SELECTION = """
const [menuId, needle, where] = arguments;
const done = arguments[arguments.length - 1];
let win, menuDocs;
if (where == "message") {
  // the 3-pane tab's message pane: its context menu is about:3pane's (about:message's in a message tab)
  const about3Pane = document.getElementById("tabmail").currentAbout3Pane;
  const aboutMessage = about3Pane.messageBrowser.contentWindow;
  win = aboutMessage.getMessagePaneBrowser().contentWindow;
  menuDocs = [about3Pane.document, aboutMessage.document];
} else {
  // the compose window reads the selection of the focused window, as when the user selects by hand
  const compose = Services.wm.getMostRecentWindow("msgcompose");
  compose.focus();
  compose.document.getElementById("messageEditor").focus();
  win = compose.document.getElementById("messageEditor").contentWindow;
  win.focus();
  menuDocs = [compose.document];
}
const doc = win.document;
// The text may run across nodes (Thunderbird turns the address into a link): find it in the joined text.
const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
const nodes = [];
let all = "";
for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
const at = all.indexOf(needle);
if (at < 0) { done({error: "text not found", text: all.slice(0, 300)}); return; }
const point = (offset) => {
  let i = nodes.length - 1;
  while (nodes[i][1] > offset) i--;
  return [nodes[i][0], offset - nodes[i][1]];
};
const range = doc.createRange();
range.setStart(...point(at));
const [endNode, endOffset] = point(at + needle.length - 1);
range.setEnd(endNode, endOffset + 1);
win.getSelection().removeAllRanges();
win.getSelection().addRange(range);
const shown = (menu) => () => {
  const item = [...menu.querySelectorAll('menuitem[id^="whybounce_whybounce_org-menuitem-"]')]
    .find(i => i.id.endsWith("whybounce-explain-text"));
  if (!item) { menu.hidePopup(); done({error: "menu item missing"}); return; }
  const label = item.getAttribute("label");
  menu.activateItem(item);
  done({label, selection: win.getSelection().toString()});
};
for (const d of menuDocs) {
  const menu = d.getElementById(menuId);
  if (menu) menu.addEventListener("popupshown", shown(menu), {once: true});
}
// Right-click where the selection starts. (A synthesized native click opens the menu and GTK rolls
// it up at once under Xvfb; the DOM event takes the same path through Thunderbird's context-menu actor.)
const r = range.getBoundingClientRect();
const target = range.startContainer.parentElement;
target.dispatchEvent(new win.MouseEvent("contextmenu", {bubbles: true, cancelable: true, button: 2, buttons: 2,
  clientX: r.left + 4, clientY: r.top + r.height / 2,
  screenX: win.mozInnerScreenX + r.left + 4, screenY: win.mozInnerScreenY + r.top + r.height / 2}));
"""


def _explain_window(run: Run, mode: str, until: Any, timeout: float = 20) -> dict[str, Any]:
    seen = run.page(f"popup.html?mode={mode}", READ_CARDS, until, timeout)
    assert seen is not None, f"no {mode} window opened"
    result: dict[str, Any] = seen
    return result


def _close_explain_windows(run: Run) -> None:
    for w in run.tb.command("windows")["windows"]:
        if any("/popup/popup.html" in t["url"] for t in w["tabs"]):
            run.tb.command("closeWindow", windowId=w["id"])


def test_explain_this_error_text_in_the_message_pane(run: Run) -> None:
    imported = run.tb.command("import", folder="Errors", files=[
        {"name": "forwarded-error.eml", "raw": b64encode(FORWARDED_ERROR.encode()).decode()}])
    message_id = imported["imported"][0]["id"]
    run.tb.command("select", ids=[message_id])
    time.sleep(1.0)  # the message pane loads the message
    clicked = run.tb.marionette().async_script(RIGHT_CLICK_SELECTION, "mailContext", SELECTED, "message")
    assert clicked.get("label") == "Explain this error text", clicked
    assert clicked["selection"] == SELECTED
    seen = _explain_window(run, "selection", lambda v: v["card"] is not None)
    assert seen["text"] == SELECTED
    assert [(i["reason"], i["address"], i["badge"]) for i in seen["card"]["items"]] == [
        ("userunknown", "jiro@example.jp", "Permanent")]
    assert seen["notice"] is None
    ops = run.tb.host_ops()
    assert "line" in ops and set(ops) <= {"ping", "line"}, ops  # the message itself was never sent
    _close_explain_windows(run)


def test_explain_this_error_text_in_the_compose_window(run: Run) -> None:
    """Without the compose permission: the menu item works in the compose window too."""
    run.tb.command("beginNew", to=["hanako@example.test"], subject="Re: error",
                   body=f"Hanako, the server said:\n{SELECTED}\nI will check the address.")
    time.sleep(1.5)  # the compose window opens and fills its editor
    clicked = run.tb.marionette().async_script(RIGHT_CLICK_SELECTION, "msgComposeContext", SELECTED, "compose")
    assert clicked.get("label") == "Explain this error text", clicked
    seen = _explain_window(run, "selection", lambda v: v["card"] is not None)
    assert seen["card"]["items"][0]["reason"] == "userunknown"
    _close_explain_windows(run)
    run.close_compose_windows()


# --- the opt-in, granted from the options page ------------------------------------------------------------

# A real click (trusted, so permissions.request may run) on an element of an extension page shown in a
# tab of the main window: arguments[0] names the page, arguments[1] the element's id.
CLICK_IN_TAB = MOUSE + """
const [urlPart, id] = arguments;
const done = arguments[arguments.length - 1];
const tabmail = document.getElementById("tabmail");
const info = tabmail.tabInfo.find(t => t.browser?.currentURI?.spec.includes(urlPart));
if (!info) { done({error: "no such tab"}); return; }
const browser = info.browser;
const mm = browser.messageManager;
mm.addMessageListener("whybounce-e2e:rect", function listener(msg) {
  mm.removeMessageListener("whybounce-e2e:rect", listener);
  const r = msg.data;
  const b = browser.getBoundingClientRect();
  const x = b.left + r.x + r.width / 2, y = b.top + r.y + r.height / 2;
  mouse(window, "mousedown", x, y, 0);
  mouse(window, "mouseup", x, y, 0);
  done({x, y});
});
mm.loadFrameScript("data:application/javascript," + encodeURIComponent(`
  const e = content.document.getElementById(${JSON.stringify(id)});
  e.scrollIntoView();
  const r = e.getBoundingClientRect();
  sendAsyncMessage("whybounce-e2e:rect", {x: r.x, y: r.y, width: r.width, height: r.height});`), false);
"""

# Thunderbird's permission prompt (a popup notification of the main window): its text, then Allow.
ACCEPT_PERMISSION_PROMPT = """
const done = arguments[arguments.length - 1];
const start = Date.now();
(function poll() {
  const n = window.PopupNotifications && PopupNotifications.getNotification("addon-webext-permissions");
  const panel = document.getElementById("notification-popup");
  const el = panel && [...panel.querySelectorAll("popupnotification")].find(p => p.notification == n);
  if (n && el && panel.state == "open") {
    const text = el.textContent.split(/[ \\n\\t]+/).join(" ").trim();
    el.button.click();
    done({text, header: el.getAttribute("label") || ""});
  } else if (Date.now() - start > 15000) {
    done({error: "no permission prompt", state: panel && panel.state});
  } else {
    setTimeout(poll, 50);
  }
})();
"""


def test_the_options_page_grants_the_permission_with_thunderbird_s_prompt(run: Run) -> None:
    url = run.script(OPEN_OPTIONS, EXTENSION_ID)
    assert url.startswith("moz-extension://")
    state = run.page("options/options.html", "return {ready: d.documentElement.dataset.ready || '', "
                     "granted: d.getElementById('sendFailures').dataset.granted, "
                     "label: d.querySelector('label[for=sendFailures]').textContent}",
                     lambda v: v["ready"] == "true")
    assert state == {"ready": "true", "granted": "false", "label": "Explain send failures as they happen"}
    clicked = run.tb.marionette().async_script(CLICK_IN_TAB, "options/options.html", "sendFailures")
    assert "error" not in clicked, clicked
    prompt = run.tb.marionette().async_script(ACCEPT_PERMISSION_PROMPT)
    assert "error" not in prompt, prompt
    assert "Read and modify your email messages as you compose and send them" in prompt["text"]
    granted = run.page("options/options.html", "return d.getElementById('sendFailures').dataset.granted",
                       lambda v: v == "true")
    assert granted == "true"
    run.tb.command("activateMailTab")


# A real paste into the explain page's text box: focus it, then the paste command of its docShell, which
# takes the clipboard and fires the paste event as Ctrl+V does.
PASTE = """
const box = d.getElementById("text");
box.focus();
box.select();
docShell.doCommand("cmd_paste");
return box.value.length;
"""


def _window_rect(run: Run, url_part: str) -> tuple[int, int, int, int] | None:
    r = run.script("""
        for (const w of Services.wm.getEnumerator(null))
          for (const b of w.document.querySelectorAll("browser"))
            if (b.currentURI && b.currentURI.spec.includes(arguments[0]))
              return [w.mozInnerScreenX, w.mozInnerScreenY, w.innerWidth, w.innerHeight];
        return null;""", url_part)
    return _rect(r) if r else None


def _rect(values: list[float]) -> tuple[int, int, int, int]:
    x, y, w, h = (int(v) for v in values)
    return x, y, w, h


def test_with_the_permission_a_failed_send_opens_the_send_failure_card(run: Run) -> None:
    ops_before = len(run.tb.host_ops())
    _, copied, after = run.send_refused()
    assert after["error"] is None and after["headerMessageId"] is None
    seen = _explain_window(run, "send-failed", lambda v: v["ready"] == "true" and v["notice"] is not None)
    notice = seen["notice"]
    assert notice["state"] == "send-failed"
    assert notice["heading"] == "Sending failed"
    assert "does not pass the mail server's reply on to add-ons" in notice["text"]
    assert seen["card"] is None and seen["text"] == "" and seen["focused"] == "text"
    assert len(run.tb.host_ops()) == ops_before, "nothing to explain yet: the host is not asked"
    if os.environ.get("WHYBOUNCE_SCREENSHOT"):
        time.sleep(0.3)
        assert run.tb.screenshot(DOCS / "send-failure.png", _window_rect(run, "popup.html?mode=send-failed"))
    # The user copied the dialog's text (send_refused did Select All + Copy) and pastes it here.
    assert run.page("popup.html?mode=send-failed", PASTE) == len(copied)
    seen = _explain_window(run, "send-failed", lambda v: v["card"] is not None)
    card = seen["card"]
    assert card["heading"] == "What this error means"
    assert [(i["reason"], i["address"], i["said"], i["badge"]) for i in card["items"]] == [
        # Thunderbird drops the reply code: nothing says whether the refusal is temporary, so no badge
        ("norelaying", RECIPIENT, "<bob@elsewhere.example>... Relaying denied", None)]
    assert "Thunderbird's error message" in card["text"]
    assert run.tb.host_ops()[ops_before:] == ["line"]
    if os.environ.get("WHYBOUNCE_SCREENSHOT"):
        time.sleep(0.3)
        assert run.tb.screenshot(DOCS / "send-failure-explained.png", _window_rect(run, "popup.html?mode=send-failed"))
    _close_explain_windows(run)


# --- the toolbar button's popup -----------------------------------------------------------------------

# "Get Messages" for the POP3 account, in the main window (so Thunderbird may show its error dialog there).
GET_POP3_MAIL = """
const server = MailServices.accounts.getAccount("account2").incomingServer;
const inbox = server.rootFolder.getFolderWithFlags(Ci.nsMsgFolderFlags.Inbox) || server.rootFolder;
server.getNewMessages(inbox, window.msgWindow, null);
return true;
"""

# What a user does to copy any other text: it lands on the clipboard.
COPY_TEXT = """
Cc["@mozilla.org/widget/clipboardhelper;1"].getService(Ci.nsIClipboardHelper).copyString(arguments[0]);
return true;
"""

OPEN_POPUP = """
const button = document.querySelector('#unifiedToolbarContent [extension="whybounce@whybounce.org"]');
if (!button) return {error: "no toolbar button"};
button.click();
return {label: button.getAttribute("label"), title: button.getAttribute("title")};
"""

POPUP_RECT = """
for (const b of document.querySelectorAll("browser")) {
  if (!(b.currentURI && b.currentURI.spec.endsWith("/popup/popup.html"))) continue;
  const panel = b.closest("panel") || b;
  const r = panel.getBoundingClientRect();
  return [window.mozInnerScreenX + r.left, window.mozInnerScreenY + r.top, r.width, r.height];
}
return null;
"""


def _paste_into_popup(run: Run, text: str) -> dict[str, Any]:
    run.script(COPY_TEXT, text)
    before = run.page("/popup/popup.html", "return d.querySelector('#result .wb-card') ? "
                      "d.querySelector('#result .wb-card').textContent : ''")
    assert run.page("/popup/popup.html", PASTE) == len(text)
    seen: dict[str, Any] = _popup(run, lambda v: v["card"] is not None and v["card"]["text"] != before)
    return seen


def _popup(run: Run, until: Any) -> dict[str, Any]:
    seen = run.page("/popup/popup.html", READ_CARDS, lambda v: v["mode"] == "popup" and until(v))
    assert seen is not None, "the popup is not open"
    result: dict[str, Any] = seen
    return result


def test_the_popup_explains_a_pop3_dialog_and_an_smtp_reply(run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    # A real POP3 error first: Thunderbird's own dialog. It is modal to the main window, which Marionette
    # drives, so its text is read (and OK pressed) through Marionette's alert commands, then copied.
    run.script(GET_POP3_MAIL)
    text = ""
    for _ in range(150):
        try:
            text = run.tb.marionette().command("WebDriver:GetAlertText")["value"]
            break
        except MarionetteError:
            time.sleep(0.1)
    # Thunderbird 153 stops at the refused greeting, 140 goes on and is refused at USER
    leads = ("An error occurred with the POP3 mail server.", "Sending of username did not succeed.")
    assert text.startswith(leads), text
    assert text.endswith("responded: [SYS/TEMP] Mailbox is locked by another session"), text
    run.tb.marionette().command("WebDriver:AcceptAlert")
    with capsys.disabled():
        print(f"\nPOP3 error dialog: {text!r}")
    copied = text
    opened = run.script(OPEN_POPUP)
    assert opened == {"label": "Explain error", "title": "Explain an error message"}
    ready = _popup(run, lambda v: v["ready"] == "true")
    assert ready["focused"] == "text" and ready["card"] is None
    ops_before = len(run.tb.host_ops())

    seen = _paste_into_popup(run, copied.strip())
    [item] = seen["card"]["items"]
    assert (item["topic"], item["reason"], item["address"], item["badge"]) == ("message-locked", "", None, None)
    assert item["said"] == "-ERR [SYS/TEMP] Mailbox is locked by another session"
    assert "POP3" in seen["card"]["text"]
    # session 50 (Q50): said to the mailbox's owner, not to "the sender"
    assert "Who must act: You (your mail program's settings)" in seen["card"]["text"], seen["card"]["text"]

    seen = _paste_into_popup(run, "552 5.3.4 message size exceeds received limit.")
    [item] = seen["card"]["items"]
    assert (item["reason"], item["badge"]) == ("mesgtoobig", "Permanent")
    assert run.tb.host_ops()[ops_before:] == ["line", "line"]
    if os.environ.get("WHYBOUNCE_SCREENSHOT"):
        time.sleep(0.3)
        rect = run.script(POPUP_RECT)
        assert rect and run.tb.screenshot(DOCS / "explain-popup.png", _rect(rect))
    # a text with nothing of a reply in it: the card says so and shows it as the user's text, not the server's
    seen = _paste_into_popup(run, "hello this is not an error")
    assert seen["card"]["items"][0]["said"] == "hello this is not an error"
    assert "whybounce found no mail server's reply in this text." in seen["card"]["text"]
    assert "The text you gave:" in seen["card"]["text"] and "The server said:" not in seen["card"]["text"]
    # session 60 (u60): no details saying "Kind of text: Part of a bounce message." and "Reason: onhold"
    assert "Details for administrators" not in seen["card"]["text"] and "onhold" not in seen["card"]["text"]
    # session 60 (u60): a pasted greylisting deferral: nobody acts *for now*, as the CLI says (was "nothing needs
    # to be done" while its actions said to send again if a mail program showed it)
    seen = _paste_into_popup(run, "451 4.7.1 Please try again later, you are greylisted")
    assert "Who must act: Nobody for now: the mail servers retry on their own" in seen["card"]["text"]
    assert run.tb.host_ops()[ops_before:] == ["line", "line", "line", "line"]
    run.script("document.querySelector('#unifiedToolbarContent [extension=\"whybounce@whybounce.org\"]').click();")
