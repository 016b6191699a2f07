// WCAG 2 colour checks shared by the card and summary style tests.

// Relative luminance of a #rrggbb colour.
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Contrast ratio of two #rrggbb colours, whichever is lighter.
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// The light block (before the dark media query) and the dark block (its first rule) of a stylesheet.
export function themes(css) {
  const split = css.indexOf("prefers-color-scheme: dark");
  return [["light", css.slice(0, split)], ["dark", css.slice(split, css.indexOf("}", split + 40))]];
}
