// CSV export that a spreadsheet can open safely.
//
// Quoting follows RFC 4180 (fields with comma, quote, CR or LF are quoted, quotes doubled, CRLF
// between records). Cells that a spreadsheet would run as a formula (starting with = + - @, tab
// or carriage return; OWASP "CSV injection") get a leading apostrophe so they stay text.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-escaped, then quoted when needed. */
export function csvCell(value) {
  let text = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(text)) text = "'" + text;
  if (/[",\r\n]/.test(text)) text = '"' + text.replace(/"/g, '""') + '"';
  return text;
}

/** Rows (arrays of cells) to a CSV document with CRLF line ends. */
export function toCsv(rows) {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * The CSV as a file to save: with a byte order mark, so that spreadsheet programs (Excel on
 * Windows in particular) read it as UTF-8 and Japanese stays readable.
 */
export function csvFile(text) {
  return new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" });
}

/** whybounce-2025-03-03.csv: the local date, so a day's exports sort together. */
export function csvFileName(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `whybounce-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
