// Static checks over the shipped extension: addons-linter, and no API that turns strings into
// markup or code anywhere in it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { runLint, IGNORED } from "./lint.js";
import { EXTENSION } from "./helpers/paths.js";

test("addons-linter: no errors, only the listed Thunderbird-only warnings", async () => {
  const { result, unexpected } = await runLint();
  assert.equal(result.errors.length, 0, JSON.stringify(result.errors, null, 1));
  assert.deepEqual(unexpected.map((f) => `${f.code}: ${f.message}`), []);
  // Every ignore entry must still be needed, so the list stays short and true.
  for (const [code, mention] of IGNORED) {
    assert.ok(
      result.warnings.some((f) => f.code === code && f.message.includes(mention)),
      `ignore entry ${code} ${mention} no longer matches anything: remove it`
    );
  }
});

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const FORBIDDEN = [
  /\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\(/, /new Function\(/,
  /setTimeout\(\s*["'`]/, /createContextualFragment/, /DOMParser/,
];

test("no extension file builds markup or code from strings", () => {
  const offenders = [];
  for (const file of files(EXTENSION).filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(file, "utf-8");
    for (const re of FORBIDDEN) if (re.test(text)) offenders.push(`${path.relative(EXTENSION, file)}: ${re}`);
  }
  assert.deepEqual(offenders, []);
});

test("no inline script or style in the extension's pages (the CSP forbids them)", () => {
  for (const file of files(EXTENSION).filter((f) => f.endsWith(".html"))) {
    const text = readFileSync(file, "utf-8");
    assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)[^>]*>/, `${file}: inline <script>`);
    assert.doesNotMatch(text, /<style\b|\sstyle=|\son[a-z]+=/i, `${file}: inline style or handler`);
  }
});
