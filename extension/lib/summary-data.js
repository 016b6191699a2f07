// The summary tab's data: table rows from the host's answers, counts per reason, sorting and
// the CSV export. Pure functions, so node's tests cover them without a browser.

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
