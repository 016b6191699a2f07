// The summary tab: explains the selected messages through the background (one native port,
// at most IN_FLIGHT requests at a time), with a progress bar, a sortable table, counts per
// reason with a bar chart, and what to do next: copy or save the table as CSV, copy the addresses
// that failed permanently. All message data is set with textContent.

import { reasonChart } from "../lib/chart.js";
import { csvFile, csvFileName } from "../lib/csv.js";
import { localizePage, translator } from "../lib/i18n-page.js";
import { mapPool } from "../lib/pool.js";
import {
  CHART_PARTS, COLUMNS, chartData, countByReason, permanentAddresses, rowsForMessage, rowsToCsv, sortRows,
} from "../lib/summary-data.js";

const IN_FLIGHT = 4;
const $ = (sel) => document.querySelector(sel);

const KEYS = [
  "summaryTitle", "summaryProgress", "summaryProgressLabel", "summaryEmpty", "summaryTableCaption",
  "colRecipient", "colReason", "colState", "colTemporary", "colDate", "colSubject", "countsHeading", "countsCount",
  "summaryNotBounce", "summaryNotBounceOne", "summaryFailed", "summaryFailedOne", "buttonCopyCsv", "copied", "copyFailed",
  "buttonExportCsv", "exported", "exportFailed", "buttonCopyPermanent", "copiedAddresses",
  "chartTitle", "chartDescription", "chartBar", "chartBarOne", "chartLabel", "reasonWord", "chartOther", "chartTemporary", "badgePermanent", "badgeGivenUp",
];

const state = { rows: [], sort: null, direction: "ascending", lang: "en" };
let tr = translator({});

function cell(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The reason's word after its name, in the language's parentheses: "Mailbox full (mailboxfull)",
 * 「メールボックスの容量超過（mailboxfull）」 (full-width, no space), as the chart's labels and the cards write it. */
function appendWord(node, word) {
  node.append(state.lang === "ja" ? "" : " ", cell("span", tr("reasonWord", word), "reason-word"));
}

function formatDate(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(state.lang);
}

/** The rows in the order the table shows them. */
function currentRows() {
  return state.sort ? sortRows(state.rows, state.sort, state.direction) : state.rows;
}

function renderRows() {
  const rows = currentRows();
  const body = $("#results tbody");
  const fragment = document.createDocumentFragment();
  for (const r of rows) {
    const tr_ = document.createElement("tr");
    tr_.dataset.messageId = String(r.messageId);
    tr_.append(cell("td", r.recipient, "recipient"));
    const reason = cell("td", r.title, "reason");
    reason.dataset.reason = r.reason;
    appendWord(reason, r.reason);
    tr_.append(reason);
    // the card's badge: permanent, failed after retries, temporary, not delivered yet (still retrying)
    const state = cell("td", r.stateText, r.state ? "state state-" + r.state : "state");
    if (r.state) state.dataset.state = r.state;
    tr_.append(state);
    tr_.append(cell("td", formatDate(r.date), "date"));
    tr_.append(cell("td", r.subject, "subject"));
    fragment.append(tr_);
  }
  body.replaceChildren(fragment);
  $("#results-section").hidden = state.rows.length === 0;
}

function renderCounts() {
  const body = $("#counts tbody");
  const fragment = document.createDocumentFragment();
  for (const c of countByReason(state.rows)) {
    const row = document.createElement("tr");
    row.dataset.reason = c.reason;
    const name = cell("td", c.title);
    appendWord(name, c.reason);
    row.append(name, cell("td", String(c.count), "count"));
    fragment.append(row);
  }
  body.replaceChildren(fragment);
  $("#counts-section").hidden = state.rows.length === 0;
  renderChart();
  const permanent = permanentAddresses(state.rows).length;
  const button = $("#copy-permanent");
  button.textContent = tr("buttonCopyPermanent", permanent);
  button.disabled = permanent === 0;
}

function renderChart() {
  const data = chartData(state.rows);
  const text = {
    title: tr("chartTitle"),
    description: tr("chartDescription"),
    bar: (d) => (d.total === 1 ? tr("chartBarOne", d.permanent, d["given-up"], d.temporary)
      : tr("chartBar", d.total, d.permanent, d["given-up"], d.temporary)),
    // "Mailbox full (mailboxfull)", 「メールボックスの容量超過（mailboxfull）」: the catalog places the word
    label: (d) => tr("chartLabel", d.title, d.reason),
  };
  $("#chart").replaceChildren(reasonChart(document, data, text));
  const legend = [];
  const names = { permanent: "badgePermanent", "given-up": "badgeGivenUp", temporary: "chartTemporary", other: "chartOther" };
  for (const part of CHART_PARTS) {
    const key = names[part];
    if (!data.some((d) => d[part])) continue;
    const item = cell("span", "", "legend-item");
    item.append(cell("span", "", `swatch ${part}`), tr(key));
    legend.push(item);
  }
  $("#chart-legend").replaceChildren(...legend);
}

// With hundreds of answers arriving, redraw the table at most once per frame.
let renderPending = false;
function scheduleRender() {
  if (renderPending) return;
  renderPending = true;
  requestAnimationFrame(() => {
    renderPending = false;
    renderRows();
    renderCounts();
  });
}

function onSort(event) {
  const button = event.target.closest("button[data-sort]");
  if (!button) return;
  const column = button.dataset.sort;
  state.direction = state.sort === column && state.direction === "ascending" ? "descending" : "ascending";
  state.sort = column;
  for (const th of document.querySelectorAll("#results thead th")) {
    const b = th.querySelector("button");
    th.setAttribute("aria-sort", b.dataset.sort === column ? state.direction : "none");
  }
  renderRows();
}

function tableCsv() {
  const headings = COLUMNS.map((c) => tr("col" + c[0].toUpperCase() + c.slice(1)));
  return rowsToCsv(currentRows(), headings);
}

async function onCopy() {
  const status = $("#copy-status");
  try {
    await navigator.clipboard.writeText(tableCsv());
    status.textContent = tr("copied");
  } catch (e) {
    status.textContent = tr("copyFailed");
  }
}

// The object URL of the last export: kept until the next export, so the download can still read it.
let exportUrl = null;

/** Save the table as a file: a download of a blob, which Thunderbird stores where it saves files. */
function onExport() {
  const status = $("#copy-status");
  try {
    const name = csvFileName();
    if (exportUrl) URL.revokeObjectURL(exportUrl);
    const url = URL.createObjectURL(csvFile(tableCsv()));
    exportUrl = url;
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    status.textContent = tr("exported", name);
  } catch (e) {
    status.textContent = tr("exportFailed");
  }
}

/** The addresses that failed permanently, one per line: for cleaning a list or address book by hand. */
async function onCopyPermanent() {
  const status = $("#copy-status");
  const addresses = permanentAddresses(currentRows());
  try {
    await navigator.clipboard.writeText(addresses.map((a) => a + "\n").join(""));
    status.textContent = tr("copiedAddresses", addresses.length);
  } catch (e) {
    status.textContent = tr("copyFailed");
  }
}

async function main() {
  ({ lang: state.lang, tr } = await localizePage(KEYS, "summaryTitle"));
  $("#results thead").addEventListener("click", onSort);
  $("#copy-csv").addEventListener("click", onCopy);
  $("#export-csv").addEventListener("click", onExport);
  $("#copy-permanent").addEventListener("click", onCopyPermanent);

  const token = location.hash.slice(1);
  const { items } = await browser.runtime.sendMessage({ type: "summary:list", token });
  const progress = $("#progress");
  const progressText = $("#progress-text");
  document.body.dataset.total = String(items.length);
  if (!items.length) {
    $("#empty").hidden = false;
    progress.hidden = true;
    document.body.dataset.done = "true";
    return;
  }
  progress.max = items.length;
  progressText.textContent = tr("summaryProgress", 0, items.length);

  let notBounces = 0;
  const failures = new Map(); // message text -> count
  let fixCommand = null;
  await mapPool(
    items,
    IN_FLIGHT,
    async (item) => {
      const answer = await browser.runtime.sendMessage({ type: "summary:explain", messageId: item.id, size: item.size });
      if (!answer.ok) {
        failures.set(answer.model.message, (failures.get(answer.model.message) || 0) + 1);
        if (answer.model.command) fixCommand = answer.model.command;
        return;
      }
      const rows = rowsForMessage(item, answer.model);
      if (!rows.length || !answer.model.isBounce) notBounces += 1;
      if (answer.model.isBounce) state.rows.push(...rows);
    },
    (done, total) => {
      progress.value = done;
      progressText.textContent = tr("summaryProgress", done, total);
      scheduleRender();
    }
  );
  renderRows();
  renderCounts();

  if (notBounces) {
    const p = $("#not-bounces");
    p.textContent = notBounces === 1 ? tr("summaryNotBounceOne") : tr("summaryNotBounce", notBounces);
    p.hidden = false;
  }
  if (failures.size) {
    const box = $("#failures");
    const total = [...failures.values()].reduce((a, b) => a + b, 0);
    box.append(cell("p", total === 1 ? tr("summaryFailedOne") : tr("summaryFailed", total)));
    const ul = document.createElement("ul");
    for (const [text, n] of failures) ul.append(cell("li", n > 1 ? `${text} (×${n})` : text));
    box.append(ul);
    if (fixCommand) box.append(cell("code", fixCommand, "command"));
    box.hidden = false;
  }
  document.body.dataset.done = "true";
}

main().catch((e) => {
  $("#progress-text").textContent = String((e && e.message) || e);
  document.body.dataset.done = "error";
});
