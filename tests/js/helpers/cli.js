// The whybounce CLI of the project's virtual environment ($VENV, default .venv; or $WHYBOUNCE_CLI), run
// from the repository root: how the captured host answers are made and checked.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { REPO } from "./paths.js";

export function cliPath() {
  if (process.env.WHYBOUNCE_CLI) return process.env.WHYBOUNCE_CLI;
  const venv = path.resolve(REPO, process.env.VENV || ".venv");
  return path.join(venv, "bin", "whybounce");
}

export const cliAvailable = () => existsSync(cliPath());

/** One JSON answer of the CLI (explain: the first message's; line: the finding). */
export function runCli(args) {
  const text = execFileSync(cliPath(), args, { cwd: REPO, encoding: "utf-8", env: { ...process.env, LC_ALL: "C.UTF-8" } });
  return JSON.parse(text.split("\n").find((l) => l.trim()));
}
