// Bounded concurrency: run `worker` over `items` with at most `limit` in flight.
//
// The summary tab explains hundreds of messages over one native port; a few requests in flight
// keep the host busy without queueing the whole folder in memory at once.

/**
 * @param {Array} items
 * @param {number} limit
 * @param {(item: any, index: number) => Promise<any>} worker
 * @param {(done: number, total: number) => void} [onProgress]
 * @returns {Promise<Array<{ok: boolean, value?: any, error?: any}>>} in input order
 */
export async function mapPool(items, limit, worker, onProgress) {
  const results = new Array(items.length);
  let next = 0;
  let done = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await worker(items[i], i) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
      done += 1;
      if (onProgress) onProgress(done, items.length);
    }
  }
  const lanes = [];
  for (let i = 0; i < Math.max(1, Math.min(limit, items.length)); i++) lanes.push(lane());
  await Promise.all(lanes);
  return results;
}
