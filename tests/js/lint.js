// addons-linter over extension/, with a short list of findings that are expected because the
// linter knows Firefox's schemas, not Thunderbird's. Exit 1 on anything else.
// Usage: node lint.js   (from tests/js, after `npm ci`)
import linter from "addons-linter";
import path from "node:path";
import { EXTENSION } from "./helpers/paths.js";

// [code, what the message must mention, why it is fine in Thunderbird]
export const IGNORED = [
  // Thunderbird-only permission: read messages (Firefox has no mail).
  ["MANIFEST_PERMISSIONS", '"messagesRead"', "Thunderbird permission"],
  // Thunderbird-only optional permission: the opt-in "explain send failures" (compose.onAfterSend).
  ["MANIFEST_OPTIONAL_PERMISSIONS", '"compose"', "Thunderbird permission"],
  // data_collection_permissions ("none") is newer than Firefox for Android 140; the desktop
  // Thunderbird 140 and 153 schemas have it, and no Android app loads this add-on.
  ["KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION", "Firefox for Android", "not an Android add-on"],
  // Thunderbird-only APIs, all in lib/app.js.
  ["UNSUPPORTED_API", "messageDisplay.getDisplayedMessages", "Thunderbird API"],
  ["UNSUPPORTED_API", "messageDisplayAction.setTitle", "Thunderbird API"],
  ["UNSUPPORTED_API", "messageDisplayAction.setLabel", "Thunderbird API"],
  ["UNSUPPORTED_API", "messageDisplayAction.onClicked", "Thunderbird API"],
  ["UNSUPPORTED_API", "scripting.messageDisplay", "Thunderbird API"],
  ["UNSUPPORTED_API", "compose.onAfterSend", "Thunderbird API"],
  // Thunderbird's action has a label next to its title (Firefox's has none).
  ["UNSUPPORTED_API", "action.setLabel", "Thunderbird API"],
];

export async function runLint() {
  const result = await linter
    .createInstance({
      config: { _: [EXTENSION], logLevel: "fatal", stack: false, pretty: false, output: "none", boring: true },
      runAsBinary: false,
    })
    .run();
  const findings = [...result.errors, ...result.warnings, ...result.notices];
  const unexpected = findings.filter(
    (f) => !IGNORED.some(([code, mention]) => f.code === code && f.message.includes(mention))
  );
  return { result, unexpected };
}

if (path.resolve(process.argv[1] || "") === path.resolve(new URL(import.meta.url).pathname)) {
  const { result, unexpected } = await runLint();
  for (const f of unexpected) console.log(`${f.code} ${f.file || ""}:${f.line || ""} ${f.message}`);
  const known = result.warnings.length + result.notices.length + result.errors.length - unexpected.length;
  console.log(
    `addons-linter: ${result.errors.length} errors, ${unexpected.length} unexpected findings ` +
      `(${known} known Thunderbird-only warnings ignored)`
  );
  process.exit(unexpected.length || result.errors.length ? 1 : 0);
}
