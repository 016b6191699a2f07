// Web platform globals that Thunderbird gives the extension and that Node 18 (Debian 12's
// nodejs) lacks: `crypto` (app.js makes summary tokens with crypto.randomUUID) and `File`
// (messages.getRaw answers with one). Newer Node has both, and then nothing is replaced.
import { webcrypto } from "node:crypto";

if (typeof globalThis.crypto === "undefined") {
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true, writable: true });
}

if (typeof globalThis.File === "undefined") {
  // The standard File is a Blob with a name and a date (node:buffer's File warns on Node 18).
  globalThis.File = class File extends Blob {
    constructor(bits, name, options = {}) {
      super(bits, options);
      this.name = String(name);
      this.lastModified = options.lastModified ?? Date.now();
    }
  };
}
