// Capture the host answers of helpers/host-answers.js CASES into fixtures/host-answers.json, with the
// core in the project's .venv (or $WHYBOUNCE_CLI):  cd tests/js && node capture-host-answers.js
import { writeFileSync } from "node:fs";
import { ANSWERS_FILE, CASES } from "./helpers/host-answers.js";
import { runCli } from "./helpers/cli.js";

const out = {};
for (const [name, args] of Object.entries(CASES)) out[name] = runCli(args);
writeFileSync(ANSWERS_FILE, JSON.stringify(out, null, 1) + "\n");
console.log(`${Object.keys(out).length} answers -> ${ANSWERS_FILE}`);
