/**
 * How wide a line of chart text is, without a browser: the SVG charts lay their labels out when
 * the report is written, so they must know the width beforehand.
 *
 * Advance widths in hundredths of an em for ASCII 32–126, each the wider of DejaVu Sans (the
 * sans-serif of Debian and many Linux desktops, a wide face like Verdana) and Liberation Sans
 * (Arial's metrics), measured in Chromium. The charts ask for these fonts first
 * ({@link CHART_FONT}), so a browser that has neither falls back to a narrower face, never a wider
 * one; any other character counts as a full em.
 */
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 28, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 56, 102, 68, 69, 72, 77, 67, 61, 78, 75, 30, 50, 67,
  56, 86, 75, 79, 67, 79, 72, 67, 61, 73, 68, 99, 69, 67, 69, 39, 34, 39, 84, 56, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82,
  59, 59, 53, 64, 34, 64, 84,
]
const OTHER: Readonly<Record<string, number>> = {'…': 100, '·': 32, '—': 100, '–': 50, '→': 100, '‹': 40, '›': 40, '−': 84}

/** The font family the charts' text asks for (see the widths above). */
export const CHART_FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif'

/** Rounding and kerning: a small margin so an estimate is never short of the rendered width. */
const MARGIN = 1.04

/** Estimated rendered width of `text` at `fontSize` (same units as the font size). */
export function textWidth(text: string, fontSize: number): number {
  let hundredths = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    hundredths += code >= 32 && code <= 126 ? ASCII[code - 32]! : (OTHER[char] ?? 100)
  }
  return (hundredths / 100) * fontSize * MARGIN
}

/** `text` cut to fit `maxWidth` with an ellipsis (whole characters), or as it is when it fits. */
export function fitText(text: string, fontSize: number, maxWidth: number): {text: string; truncated: boolean} {
  if (textWidth(text, fontSize) <= maxWidth) return {text, truncated: false}
  const chars = [...text]
  let lo = 0
  let hi = chars.length
  // The longest prefix that fits together with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize) <= maxWidth) lo = mid
    else hi = mid - 1
  }
  return {text: lo === 0 ? '…' : `${chars.slice(0, lo).join('').trimEnd()}…`, truncated: true}
}
