// The summary tab's bar chart: recipients per reason, each bar split into permanent failures, failures
// after the sending server's retries, temporary ones (refused for now or still being retried) and reports
// that are no failure (CHART_PARTS of summary-data.js), as inline SVG built node by node (no library, no markup from strings). Colours come
// from summary.css through classes only (the CSP allows no inline style), so the chart follows the
// light or dark theme like the rest of the page. The same numbers are in the counts table, which
// stays the accessible source; the chart is one labelled image.

import { CHART_PARTS } from "./summary-data.js";

const SVG_NS = "http://www.w3.org/2000/svg";
export const ROW_HEIGHT = 40; // a label line, then the bar
const LABEL_BASELINE = 15;
const BAR_TOP = 20;
const BAR_HEIGHT = 14;
export const MAX_BAR = 85; // % of the width: the longest bar leaves room for its count

function el(doc, tag, attributes = {}, text) {
  const node = doc.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

const pct = (n) => `${Math.round(n * 1000) / 1000}%`;

/**
 * @param {Document} doc
 * @param {{reason: string, title: string, permanent: number, "given-up": number, temporary: number, other: number, total: number}[]} data
 *   chartData() of lib/summary-data.js, in the order to draw
 * @param {{title: string, description: string, bar: (d: object) => string, label?: (d: object) => string}} text
 *   localised: the chart's name and description, each bar's tooltip and (optional) its label
 * @param {string} [idPrefix] for the ids that aria-labelledby points at
 */
export function reasonChart(doc, data, text, idPrefix = "reason-chart") {
  const height = Math.max(1, data.length) * ROW_HEIGHT;
  const svg = el(doc, "svg", {
    class: "reason-chart",
    role: "img",
    width: "100%",
    height,
    "aria-labelledby": `${idPrefix}-title ${idPrefix}-desc`,
  });
  svg.append(el(doc, "title", { id: `${idPrefix}-title` }, text.title));
  svg.append(el(doc, "desc", { id: `${idPrefix}-desc` }, text.description));
  const max = Math.max(1, ...data.map((d) => d.total));
  data.forEach((d, i) => {
    const row = el(doc, "g", { class: "row", "data-reason": d.reason, transform: `translate(0 ${i * ROW_HEIGHT})` });
    row.append(el(doc, "title", {}, text.bar(d)));
    const label = text.label ? text.label(d) : `${d.title} (${d.reason})`;
    row.append(el(doc, "text", { class: "label", x: 0, y: LABEL_BASELINE }, label));
    let x = 0;
    for (const part of CHART_PARTS) {
      if (!d[part]) continue;
      const width = (d[part] / max) * MAX_BAR;
      row.append(el(doc, "rect", {
        class: `bar ${part}`, "data-count": d[part], x: pct(x), y: BAR_TOP, width: pct(width), height: BAR_HEIGHT,
      }));
      x += width;
    }
    row.append(el(doc, "text", { class: "count", x: pct(x), dx: 6, y: BAR_TOP + BAR_HEIGHT - 2 }, d.total));
    svg.append(row);
  });
  return svg;
}
