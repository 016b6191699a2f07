// fixtures/host-answers.json against the core as it is now: the facts the add-on keys on (kind, state,
// codes, inferred status, reason and its name, who) must still be what the CLI answers for the same input,
// so the model and card tests never drift from the host. Needs the project's .venv (scripts/setup.sh
// makes it; scripts/test.sh always has it); without it the comparison is skipped, saying why.
// After a deliberate change in the core: cd tests/js && node capture-host-answers.js
import { test } from "node:test";
import assert from "node:assert/strict";
import { CASES, hostAnswer } from "./helpers/host-answers.js";
import { cliAvailable, cliPath, runCli } from "./helpers/cli.js";

/** What the add-on reads from a finding: anything else (card wording) may change freely. */
function facts(f) {
  const card = f.card || {};
  return {
    address: f.address, reason: f.reason, status: f.status, status_inferred: Boolean(f.status_inferred),
    reply_code: f.reply_code, command: f.command, temporary: f.temporary, timing: f.timing || null,
    protocol: f.protocol, topic: f.topic, lang: card.lang, who: card.who, reason_name: card.reason_name,
  };
}
const factsOf = (answer) =>
  Array.isArray(answer.recipients) ? { kind: answer.kind, recipients: answer.recipients.map(facts) } : facts(answer);

const skip = cliAvailable() ? false : `no whybounce CLI at ${cliPath()} (sh scripts/setup.sh --dev makes it)`;

for (const [name, args] of Object.entries(CASES)) {
  test(`the captured answer ${name} is what the host answers now`, { skip }, () => {
    assert.deepEqual(factsOf(hostAnswer(name)), factsOf(runCli(args)),
      "the core changed: if on purpose, run `node capture-host-answers.js` in tests/js and check the tests");
  });
}

test("the captures cover every delivery state, an inferred status and a POP3 answer", () => {
  const findings = Object.keys(CASES).flatMap((name) => {
    const a = hostAnswer(name);
    return a.recipients || [a];
  });
  const states = new Set(findings.map((f) => f.timing && f.timing.state));
  for (const state of ["delayed", "temporary", "given-up", "permanent", undefined]) assert.ok(states.has(state), String(state));
  assert.ok(findings.some((f) => f.status_inferred));
  assert.ok(findings.some((f) => f.timing && f.timing.retry_until));
  assert.ok(findings.some((f) => f.timing && f.timing.retry_for));
  assert.ok(findings.some((f) => f.timing && f.timing.max_age));
  assert.ok(findings.some((f) => f.timing && f.timing.tried_for));
});
