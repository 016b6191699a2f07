// Test-only, added to the e2e helper (tests/e2e/helper) by test_thunderbird_errors.py: commands that
// write and send a message through Thunderbird's own compose window, and a report of what Thunderbird
// hands an add-on after a send (compose.onAfterSend), so the test can record what sendInfo.error holds.
// Loaded after the helper's background.js, whose global `commands` and `send` it uses.
/* global commands, send */

Object.assign(commands, {
  async identities() {
    const accounts = await browser.accounts.list(false);
    return {
      identities: accounts.flatMap((a) => (a.identities || []).map((i) => ({ id: i.id, email: i.email, account: a.id }))),
    };
  },
  async composeAndSend(c) {
    const tab = await browser.compose.beginNew({
      identityId: c.identityId,
      to: c.to,
      subject: c.subject,
      plainTextBody: c.body,
      isPlainText: true,
    });
    let error = null;
    try {
      await browser.compose.sendMessage(tab.id, { mode: "sendNow" });
    } catch (e) {
      error = String((e && e.message) || e);
    }
    return { tabId: tab.id, windowId: tab.windowId, sendMessageError: error };
  },
  async beginNew(c) {
    const tab = await browser.compose.beginNew({ to: c.to, subject: c.subject, plainTextBody: c.body, isPlainText: true });
    return { tabId: tab.id, windowId: tab.windowId };
  },
  async windows() {
    const all = await browser.windows.getAll({ populate: true });
    return {
      windows: all.map((w) => ({
        id: w.id,
        type: w.type,
        focused: w.focused,
        tabs: (w.tabs || []).map((t) => ({ id: t.id, type: t.type, url: t.url || "" })),
      })),
    };
  },
  async closeWindow(c) {
    await browser.windows.remove(c.windowId);
    return {};
  },
});

// What Thunderbird tells an add-on after a send: the keys it sent, the mode and the error as given.
browser.compose.onAfterSend.addListener((tab, sendInfo) => {
  send("afterSend", {
    keys: Object.keys(sendInfo || {}).sort(),
    mode: sendInfo && sendInfo.mode,
    error: sendInfo && "error" in sendInfo ? sendInfo.error : null,
    errorType: sendInfo && typeof sendInfo.error,
    headerMessageId: sendInfo && sendInfo.headerMessageId,
    messages: sendInfo && sendInfo.messages ? sendInfo.messages.length : null,
    composeTabOpen: null,
  });
});
