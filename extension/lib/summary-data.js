// The summary tab's data: table rows from the host's answers, counts per reason, the chart's
// numbers, the permanently failed addresses, sorting and the CSV export. Pure functions, so node's
// tests cover them without a browser.

import { toCsv } from "./csv.js";

export const COLUMNS = ["recipient", "reason", "temporary", "date", "subject"];

/**
 * Rows for one message: one per recipient of a result model (lib/model.js).
 * @param {{id: number, subject: string, date: string}} item the selected message
 * @param {object} model view model for the message
 */
export function rowsForMessage(item, model) {
  if (!model || model.state !== "result") return [];
  return model.recipients.map((r) => ({
    messageId: item.id,
    recipient: r.address,
    addressKnown: r.addressKnown !== false,
    reason: r.reason,
    title: r.title,
    temporary: r.badge ? r.badge.kind === "temporary" : null,
    date: item.date || "",
    subject: model.originalSubject || item.subject || "",
  }));
}

/** [{reason, title, count}] sorted by count (descending), then reason. */
export function countByReason(rows) {
  const counts = new Map();
  for (const row of rows) {
    const c = counts.get(row.reason) || { reason: row.reason, title: row.title, count: 0 };
    c.count += 1;
    counts.set(row.reason, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

function sortValue(row, column) {
  if (column === "reason") return row.title || row.reason;
  if (column === "temporary") return row.temporary === null ? 2 : row.temporary ? 1 : 0;
  return row[column] || "";
}

/**
 * The bar chart's data: per reason, how many recipients failed permanently, how many temporarily and
 * how many were no failure (a delivery or auto-reply report inside a bounce), most recipients first.
 * @returns {{reason: string, title: string, permanent: number, temporary: number, other: number, total: number}[]}
 */
export function chartData(rows) {
  const byReason = new Map();
  for (const row of rows) {
    let d = byReason.get(row.reason);
    if (!d) {
      d = { reason: row.reason, title: row.title, permanent: 0, temporary: 0, other: 0, total: 0 };
      byReason.set(row.reason, d);
    }
    if (row.temporary === false) d.permanent += 1;
    else if (row.temporary === true) d.temporary += 1;
    else d.other += 1;
    d.total += 1;
  }
  return [...byReason.values()].sort((a, b) => b.total - a.total || a.reason.localeCompare(b.reason));
}

/**
 * The addresses that failed permanently, one each (case-insensitively; the first spelling wins), in
 * the rows' order: what to take off a mailing list or out of an address book.
 */
export function permanentAddresses(rows) {
  const seen = new Set();
  const out = [];
  for (const row of rows) {
    if (row.temporary !== false || !row.addressKnown) continue;
    const key = String(row.recipient).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(row.recipient);
  }
  return out;
}

/** A sorted copy of the rows; ties keep their order (Array.prototype.sort is stable). */
export function sortRows(rows, column, direction = "ascending") {
  const sign = direction === "descending" ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

/** CSV of the rows in their current order; the reason column carries the reason word. */
export function rowsToCsv(rows, headings) {
  const body = rows.map((r) => [
    r.recipient,
    r.reason,
    r.temporary === null ? "" : r.temporary ? "true" : "false",
    r.date,
    r.subject,
  ]);
  return toCsv([headings, ...body]);
}
