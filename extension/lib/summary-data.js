// The summary tab's data: table rows from the host's answers, counts per reason, the chart's
// numbers, the permanently failed addresses, sorting and the CSV export. Pure functions, so node's
// tests cover them without a browser.

import { toCsv } from "./csv.js";

// The CSV's columns: `state` is the host's delivery state word (permanent, given-up, delayed, temporary), as
// `reason` is the reason word; `temporary` is true while delivery goes on or a later attempt may work.
export const COLUMNS = ["recipient", "reason", "state", "temporary", "date", "subject"];

// The table sorts the states from the most final to the least; rows without one (no failure) last.
const STATE_ORDER = ["permanent", "given-up", "limit", "temporary", "delayed"];

/**
 * The chart's part of each state. A recipient the sending server gave up on (given-up) failed, but not
 * permanently: it has a part of its own, and its address is not among those that failed permanently
 * (the address may well be right: the server was unreachable, the mailbox full). A delay notice is counted
 * with the temporary refusals: not delivered yet, and it may still arrive.
 */
export const CHART_PART = { permanent: "permanent", "given-up": "given-up", limit: "temporary", temporary: "temporary", delayed: "temporary" };
export const CHART_PARTS = ["permanent", "given-up", "temporary", "other"];

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
    // the reason's name for the counts and the chart: one card title would name the whole group
    reasonTitle: r.reasonTitle || r.title,
    state: r.badge ? r.badge.kind : null,
    stateText: r.badge ? r.badge.text : "",
    temporary: r.badge ? Boolean(r.badge.temporary) : null,
    date: item.date || "",
    subject: model.originalSubject || item.subject || "",
  }));
}

/** [{reason, title, count}] sorted by count (descending), then reason. */
export function countByReason(rows) {
  const counts = new Map();
  for (const row of rows) {
    const c = counts.get(row.reason) || { reason: row.reason, title: row.reasonTitle || row.title, count: 0 };
    c.count += 1;
    counts.set(row.reason, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

function sortValue(row, column) {
  if (column === "reason") return row.title || row.reason;
  if (column === "state") return row.state ? STATE_ORDER.indexOf(row.state) : STATE_ORDER.length;
  if (column === "temporary") return row.temporary === null ? 2 : row.temporary ? 1 : 0;
  return row[column] || "";
}

/**
 * The bar chart's data: per reason, how many recipients failed permanently, how many failed after the
 * sending server's retries (given-up), how many were refused temporarily or are still being retried
 * (CHART_PART), and how many were no failure (a delivery or auto-reply report inside a bounce), most
 * recipients first.
 * @returns {{reason: string, title: string, permanent: number, "given-up": number, temporary: number, other: number, total: number}[]}
 */
export function chartData(rows) {
  const byReason = new Map();
  for (const row of rows) {
    let d = byReason.get(row.reason);
    if (!d) {
      d = { reason: row.reason, title: row.reasonTitle || row.title, permanent: 0, "given-up": 0, temporary: 0, other: 0, total: 0 };
      byReason.set(row.reason, d);
    }
    d[CHART_PART[row.state] || "other"] += 1;
    d.total += 1;
  }
  return [...byReason.values()].sort((a, b) => b.total - a.total || a.reason.localeCompare(b.reason));
}

/**
 * The addresses that failed permanently, one each (case-insensitively; the first spelling wins), in
 * the rows' order: what to take off a mailing list or out of an address book. Not those the sending
 * server gave up on after temporary refusals, nor delayed ones: their address may well be right.
 */
export function permanentAddresses(rows) {
  const seen = new Set();
  const out = [];
  for (const row of rows) {
    if (row.state !== "permanent" || !row.addressKnown) continue;
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
    r.state || "",
    r.temporary === null ? "" : r.temporary ? "true" : "false",
    r.date,
    r.subject,
  ]);
  return toCsv([headings, ...body]);
}
