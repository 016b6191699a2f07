// One long-lived connection to the native host (runtime.connectNative) with request ids.
//
// Only the first request pays the host's start-up; later ones reuse the port. When the host
// dies the pending requests are retried once on a fresh port, so the user never sees a
// transient crash. Errors come out as HostError with a short code the UI turns into words.

export const HOST_NAME = "whybounce";
export const DEFAULT_TIMEOUT_MS = 30000;

/** An error the card can explain: `code` is one of the keys of ERROR_CODES. */
export class HostError extends Error {
  constructor(code, detail = "") {
    super(`${code}${detail ? ": " + detail : ""}`);
    this.name = "HostError";
    this.code = code;
    this.detail = detail;
  }
}

// host-missing: Thunderbird cannot find or start the host (not installed / not registered).
// host-broken: the host exited or crashed. host-timeout: no answer in time.
// too-large / bad-request / internal: the host's own error codes (contract.md).
export const ERROR_CODES = ["host-missing", "host-broken", "host-timeout", "too-large", "bad-request", "internal"];

const MISSING_RE = /no such native application|not found|does not exist|no such file|manifest|not allowed|does not have permission|access.*denied/i;

/** Map a port's disconnect error to host-missing or host-broken. */
export function classifyDisconnect(error) {
  const message = (error && (error.message || String(error))) || "";
  if (message && MISSING_RE.test(message)) {
    return new HostError("host-missing", message);
  }
  return new HostError("host-broken", message || "the helper program exited");
}

/**
 * Compare dotted version strings numerically ("0.10.0" > "0.9.1").
 * @returns {number} negative if a < b, 0 if equal, positive if a > b
 */
export function compareVersions(a, b) {
  const pa = String(a).split(/[.+-]/).map((x) => parseInt(x, 10));
  const pb = String(b).split(/[.+-]/).map((x) => parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.isFinite(pa[i]) ? pa[i] : 0;
    const y = Number.isFinite(pb[i]) ? pb[i] : 0;
    if (x !== y) return x - y;
  }
  return 0;
}

export class HostClient {
  /**
   * @param {object} opts
   * @param {(name: string) => object} opts.connect runtime.connectNative or a fake
   * @param {string} [opts.hostName]
   * @param {number} [opts.timeoutMs]
   */
  constructor({ connect, hostName = HOST_NAME, timeoutMs = DEFAULT_TIMEOUT_MS }) {
    this._connect = connect;
    this.hostName = hostName;
    this.timeoutMs = timeoutMs;
    this._port = null;
    this._seq = 0;
    this._pending = new Map();
    this._pingPromise = null;
    this.connectCount = 0;
  }

  _ensurePort() {
    if (this._port) return this._port;
    const port = this._connect(this.hostName);
    this.connectCount += 1;
    this._port = port;
    this._pingPromise = null;
    port.onMessage.addListener((msg) => this._onMessage(port, msg));
    port.onDisconnect.addListener((p) => this._onDisconnect(port, p));
    return port;
  }

  _onMessage(port, msg) {
    if (!msg || typeof msg !== "object") return;
    const entry = this._pending.get(msg.id);
    if (!entry || entry.port !== port) return; // unknown id or an answer from an old port
    this._settle(msg.id);
    if (msg.ok) {
      entry.resolve(msg.result);
    } else {
      const err = msg.error || {};
      const code = ERROR_CODES.includes(err.code) ? err.code : "internal";
      entry.reject(new HostError(code, err.message || ""));
    }
  }

  _onDisconnect(port, p) {
    if (this._port === port) {
      this._port = null;
      this._pingPromise = null;
    }
    const error = classifyDisconnect((p && p.error) || null);
    for (const [id, entry] of [...this._pending]) {
      if (entry.port === port) {
        this._settle(id);
        entry.reject(error);
      }
    }
  }

  _settle(id) {
    const entry = this._pending.get(id);
    if (entry) {
      clearTimeout(entry.timer);
      this._pending.delete(id);
    }
  }

  _send(op, fields) {
    const port = this._ensurePort();
    const id = ++this._seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this._settle(id);
        reject(new HostError("host-timeout", `no answer to ${op} in ${this.timeoutMs} ms`));
        // A host that does not answer is stuck: drop it so the next request starts a fresh one.
        this._drop(port);
      }, this.timeoutMs);
      this._pending.set(id, { resolve, reject, timer, port });
      try {
        port.postMessage({ ...fields, id, op });
      } catch (e) {
        this._settle(id);
        this._drop(port);
        reject(classifyDisconnect(e));
      }
    });
  }

  _drop(port) {
    if (this._port === port) {
      this._port = null;
      this._pingPromise = null;
    }
    try {
      port.disconnect();
    } catch (e) {
      // already gone
    }
    const error = new HostError("host-broken", "connection dropped");
    for (const [id, entry] of [...this._pending]) {
      if (entry.port === port) {
        this._settle(id);
        entry.reject(error);
      }
    }
  }

  /**
   * Send one request; a host that died (host-broken) is restarted and asked once more.
   * @returns {Promise<object>} the answer's `result`
   */
  async request(op, fields = {}) {
    try {
      return await this._send(op, fields);
    } catch (e) {
      if (e instanceof HostError && e.code === "host-broken") {
        return this._send(op, fields);
      }
      throw e;
    }
  }

  /** The host's ping result ({version}), asked once per connection. */
  ping() {
    this._ensurePort();
    if (!this._pingPromise) {
      const p = this.request("ping");
      this._pingPromise = p;
      p.catch(() => {
        if (this._pingPromise === p) this._pingPromise = null;
      });
    }
    return this._pingPromise;
  }

  /** Close the port (the host sees end of input and exits). */
  close() {
    if (this._port) this._drop(this._port);
  }
}
