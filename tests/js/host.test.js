// lib/host.js: one native port with request ids, transparent reconnect, plain error codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HostClient, HostError, classifyDisconnect, compareVersions } from "../../extension/lib/host.js";
import { FakeHost } from "./helpers/fake-browser.js";

function client(host, opts = {}) {
  return new HostClient({ connect: (name) => host.connect(name), ...opts });
}

test("answers are matched to requests by id over one port", async () => {
  const host = new FakeHost({ answer: async (req) => ({ echo: req.text }) });
  const c = client(host);
  const answers = await Promise.all(["a", "b", "c", "d"].map((text) => c.request("line", { text })));
  assert.deepEqual(answers.map((a) => a.echo), ["a", "b", "c", "d"]);
  assert.equal(host.connects, 1, "one long-lived connection");
  const ids = host.requests.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, "every request has its own id");
  assert.deepEqual(host.requests.map((r) => r.op), ["line", "line", "line", "line"]);
});

test("ping is asked once per connection", async () => {
  const host = new FakeHost({ version: "1.2.3" });
  const c = client(host);
  const [a, b] = await Promise.all([c.ping(), c.ping()]);
  assert.equal(a.version, "1.2.3");
  assert.equal(b.version, "1.2.3");
  assert.equal(host.requests.filter((r) => r.op === "ping").length, 1);
});

test("a host that dies mid-request is restarted and asked again", async () => {
  const host = new FakeHost({ answer: async () => ({ kind: "bounce" }) });
  const c = client(host);
  await c.request("explain", { raw: "eA==" });
  host.dieOnNext = 1;
  const result = await c.request("explain", { raw: "eA==" });
  assert.equal(result.kind, "bounce");
  assert.equal(host.connects, 2, "a fresh host process took over");
});

test("a host that keeps dying surfaces as host-broken", async () => {
  const host = new FakeHost();
  host.dieOnNext = 2;
  const c = client(host);
  await assert.rejects(c.request("explain", { raw: "" }), (e) => e instanceof HostError && e.code === "host-broken");
});

test("a missing host is host-missing and not retried", async () => {
  const host = new FakeHost();
  host.missing = true;
  const c = client(host);
  await assert.rejects(c.request("explain", { raw: "" }), (e) => e.code === "host-missing");
  assert.equal(host.connects, 1);
});

test("installing the host later works without restarting Thunderbird", async () => {
  const host = new FakeHost({ answer: async () => ({ kind: "not-bounce" }) });
  host.missing = true;
  const c = client(host);
  await assert.rejects(c.request("explain", { raw: "" }));
  host.missing = false;
  assert.equal((await c.request("explain", { raw: "" })).kind, "not-bounce");
});

test("no answer in time is host-timeout, and the stuck host is dropped", async () => {
  const host = new FakeHost();
  host.hang = true;
  const c = client(host, { timeoutMs: 30 });
  await assert.rejects(c.request("explain", { raw: "" }), (e) => e.code === "host-timeout");
  assert.ok(host.ports[0].closed, "the stuck port was disconnected");
  host.hang = false;
  await c.request("ping");
  assert.equal(host.connects, 2);
});

for (const [code, expected] of [
  ["too-large", "too-large"],
  ["bad-request", "bad-request"],
  ["internal", "internal"],
  ["something-new", "internal"],
]) {
  test(`host error answer ${code} -> ${expected}`, async () => {
    const host = new FakeHost({
      answer: async () => {
        throw { code, message: "no" };
      },
    });
    await assert.rejects(client(host).request("explain", { raw: "" }), (e) => e.code === expected);
  });
}

for (const [message, code] of [
  ["No such native application whybounce", "host-missing"],
  ["Native application whybounce not found", "host-missing"],
  ["This extension does not have permission to use native application whybounce", "host-missing"],
  ["", "host-broken"],
  ["An unexpected error occurred", "host-broken"],
]) {
  test(`disconnect "${message}" -> ${code}`, () => {
    assert.equal(classifyDisconnect(message ? { message } : null).code, code);
  });
}

for (const [a, b, sign] of [
  ["0.1.0", "0.1.0", 0],
  ["0.1.0", "0.2.0", -1],
  ["0.10.0", "0.9.9", 1],
  ["1.0", "1.0.0", 0],
  ["1.2.3", "1.2.3.1", -1],
  ["2.0.0", "10.0.0", -1],
]) {
  test(`compareVersions(${a}, ${b}) has sign ${sign}`, () => {
    assert.equal(Math.sign(compareVersions(a, b)), sign);
  });
}
