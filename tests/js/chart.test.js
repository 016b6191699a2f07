// lib/chart.js: the summary tab's bar chart as inline SVG, built in a real DOM (jsdom).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { reasonChart, ROW_HEIGHT, MAX_BAR } from "../../extension/lib/chart.js";
import { chartData } from "../../extension/lib/summary-data.js";
import { EXTENSION } from "./helpers/paths.js";
import { contrast, themes } from "./helpers/colours.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const doc = () => new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
const TEXT = {
  title: "Recipients per reason", description: "Bar chart",
  bar: (d) => `${d.total}: ${d.permanent}/${d["given-up"]}/${d.temporary}`,
};

const DATA = [
  { reason: "userunknown", title: "No such mailbox", permanent: 6, "given-up": 0, temporary: 0, other: 0, total: 6 },
  { reason: "mailboxfull", title: "Mailbox full", permanent: 1, "given-up": 0, temporary: 2, other: 0, total: 3 },
  { reason: "expired", title: "Delivery time ran out", permanent: 0, "given-up": 2, temporary: 1, other: 0, total: 3 },
  { reason: "delivered", title: "Delivered", permanent: 0, "given-up": 0, temporary: 0, other: 1, total: 1 },
];

const width = (rect) => Number(rect.getAttribute("width").replace("%", ""));
const x = (rect) => Number(rect.getAttribute("x").replace("%", ""));

test("one row per reason, bars proportional to the counts, the longest at MAX_BAR %", () => {
  const svg = reasonChart(doc(), DATA, TEXT);
  assert.equal(svg.namespaceURI, SVG_NS);
  assert.equal(svg.getAttribute("role"), "img");
  assert.equal(svg.getAttribute("height"), String(4 * ROW_HEIGHT));
  const rows = [...svg.querySelectorAll("g.row")];
  assert.deepEqual(rows.map((g) => g.dataset.reason), ["userunknown", "mailboxfull", "expired", "delivered"]);
  assert.deepEqual(rows.map((g) => g.querySelector(".count").textContent), ["6", "3", "3", "1"]);
  const [perm] = rows[0].querySelectorAll("rect");
  assert.equal(width(perm), MAX_BAR);
  const [p, t] = rows[1].querySelectorAll("rect");
  assert.deepEqual([p.getAttribute("class"), t.getAttribute("class")], ["bar permanent", "bar temporary"]);
  assert.ok(Math.abs(width(p) - MAX_BAR / 6) < 0.01 && Math.abs(width(t) - (2 * MAX_BAR) / 6) < 0.01);
  assert.ok(Math.abs(x(t) - width(p)) < 0.01, "the temporary part continues the permanent one");
  const [g, t2] = rows[2].querySelectorAll("rect");
  assert.deepEqual([g.getAttribute("class"), t2.getAttribute("class")], ["bar given-up", "bar temporary"],
    "given up after retries: a part of its own, before the temporary one");
  assert.ok(Math.abs(width(g) - (2 * MAX_BAR) / 6) < 0.01 && Math.abs(x(t2) - width(g)) < 0.01);
  assert.equal(rows[3].querySelector("rect").getAttribute("class"), "bar other");
  assert.equal(rows[1].querySelector("title").textContent, "3: 1/0/2");
  assert.equal(rows[0].querySelector(".label").textContent, "No such mailbox (userunknown)");
});

test("the chart is named and described for screen readers, in the given language", () => {
  const svg = reasonChart(doc(), DATA, { ...TEXT, title: "理由ごとの宛先数", description: "棒グラフ" }, "c1");
  assert.equal(svg.getAttribute("aria-labelledby"), "c1-title c1-desc");
  assert.equal(svg.querySelector("title#c1-title").textContent, "理由ごとの宛先数");
  assert.equal(svg.querySelector("desc#c1-desc").textContent, "棒グラフ");
});

test("titles and reasons from a hostile host stay text", () => {
  const evil = '<img src=x onerror=alert(1)></text><script>alert(2)</script>';
  const svg = reasonChart(doc(), chartData([{ reason: evil, title: evil, temporary: false }]), TEXT);
  assert.equal(svg.querySelectorAll("img, script, foreignObject").length, 0);
  assert.equal(svg.querySelector(".label").textContent, `${evil} (${evil})`);
  assert.equal(svg.querySelector("g.row").dataset.reason, evil);
});

test("no inline style (the CSP forbids it): colours come from classes in summary.css", () => {
  const svg = reasonChart(doc(), DATA, TEXT);
  assert.equal(svg.querySelectorAll("[style], [fill]").length, 0);
  const css = readFileSync(path.join(EXTENSION, "summary", "summary.css"), "utf-8");
  for (const part of ["permanent", "given-up", "temporary", "other"]) {
    assert.match(css, new RegExp(`\\.reason-chart \\.bar\\.${part}[^{]*\\{ fill: var\\(--bar-`));
  }
  assert.match(css, /\.reason-chart \.label \{ fill: var\(--fg\)/);
  // both themes define every bar colour
  const dark = css.slice(css.indexOf("prefers-color-scheme: dark"));
  for (const name of ["--bar-perm", "--bar-givenup", "--bar-temp", "--bar-other"]) {
    assert.ok(css.indexOf(name) < css.indexOf("prefers-color-scheme: dark"), `${name} in the light theme`);
    assert.ok(dark.includes(name + ":"), `${name} in the dark theme`);
  }
});

test("an empty chart is an empty, still valid image", () => {
  const svg = reasonChart(doc(), [], TEXT);
  assert.equal(svg.querySelectorAll("g.row").length, 0);
  assert.equal(svg.getAttribute("height"), String(ROW_HEIGHT));
});

test("readable in light and dark: text 4.5:1 and bars 3:1 against the page (WCAG)", () => {
  const css = readFileSync(path.join(EXTENSION, "summary", "summary.css"), "utf-8");
  for (const [theme, block] of themes(css)) {
    const v = Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
    assert.ok(contrast(v.fg, v.bg) >= 4.5, `${theme}: labels`);
    for (const bar of ["bar-perm", "bar-givenup", "bar-temp", "bar-other"]) {
      assert.ok(contrast(v[bar], v.bg) >= 3, `${theme}: ${bar} ${v[bar]} on ${v.bg}: ${contrast(v[bar], v.bg).toFixed(2)}`);
    }
    assert.ok(contrast(v["bar-perm"], v["bar-temp"]) >= 1.5, `${theme}: permanent and temporary tell apart`);
    // given up sits between them: its hue (violet) tells it apart from the red and the amber, and from temporary
    // in lightness too
    assert.ok(contrast(v["bar-givenup"], v["bar-temp"]) >= 1.4, `${theme}: given up and temporary tell apart`);
  }
});
