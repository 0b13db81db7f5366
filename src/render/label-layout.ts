/**
 * Where the labels of a chart go, computed when the report is written so that no two overlap at
 * any width the SVG is scaled to (on a 1280 px screen, on paper): the layout is in the chart's
 * own units and the SVG scales uniformly.
 *
 * Labels sit in a band beside an axis, each pointing at an x (its anchor). First they are laid in
 * rows (staggered): each in the first row where it fits near its anchor, cut with an ellipsis
 * when longer than `maxWidth` (the renderer keeps the full text in a `<title>`). When the rows are
 * full they are turned on their side (rotated a quarter turn) and spread along the axis. When even
 * that cannot hold them, the layout says so and the caller groups its labels more coarsely.
 * Deterministic: the same labels give the same layout.
 */
import {fitText, textWidth} from './text-width.js'

export interface LabelRequest {
  /** The x the label points at, in chart units. */
  anchor: number
  text: string
}

export interface LabelBand {
  /** The labels stay within [left, right]. */
  left: number
  right: number
  fontSize: number
  /** The longest label in a row; a longer one is cut with an ellipsis. */
  maxWidth: number
  /** Rows before the labels are turned on their side. */
  maxRows: number
  /** The longest label on its side. */
  maxRotatedLength: number
}

/** A rectangle in band coordinates: x along the axis, y away from it (0 at the axis side). */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedLabel {
  anchor: number
  /** The text shown: the request's, or cut with an ellipsis. */
  text: string
  /** The request's text. */
  full: string
  truncated: boolean
  rotated: boolean
  /** Row from the axis (0 nearest) for a label in rows; 0 for one on its side. */
  row: number
  /** The room the label takes, the text's rendered extent inside it. */
  box: Box
}

export interface LabelLayout {
  mode: 'rows' | 'rotated'
  /** In request order. */
  labels: PlacedLabel[]
  /** How far the band reaches from the axis. */
  depth: number
}

/** Height of a line of text (ascent and descent of the chart fonts with a little air), in font sizes. */
export const LINE = 1.2
/** Baseline below the top of a line's box, in font sizes (the fonts' ascent is at most 0.93 em). */
export const BASELINE = 0.95

/** Free space between two labels, in font sizes. */
const GAP = 0.4
/** How far right of its anchor a label in a row may start, in font sizes (it gets a leader line). */
const REACH = 3

/**
 * The labels' layout in the band, or undefined when they cannot all be placed without
 * overlapping. `rowsOnly`: never turn them on their side.
 */
export function layoutLabels(requests: readonly LabelRequest[], band: LabelBand, options: {rowsOnly?: boolean} = {}): LabelLayout | undefined {
  if (!(band.right > band.left)) return requests.length === 0 ? {mode: 'rows', labels: [], depth: 0} : undefined
  const order = requests.map((_, i) => i).sort((a, b) => requests[a]!.anchor - requests[b]!.anchor || a - b)
  return inRows(requests, order, band) ?? (options.rowsOnly === true ? undefined : onTheirSide(requests, order, band))
}

function inRows(requests: readonly LabelRequest[], order: readonly number[], band: LabelBand): LabelLayout | undefined {
  const {left, right, fontSize} = band
  const height = fontSize * LINE
  const pitch = height + fontSize * GAP
  const gap = fontSize * GAP
  const ends = Array.from({length: Math.max(0, band.maxRows)}, () => -Infinity)
  const placed: PlacedLabel[] = []
  let rows = 0
  for (const i of order) {
    const {anchor, text: full} = requests[i]!
    const {text, truncated} = fitText(full, fontSize, Math.min(band.maxWidth, right - left))
    const width = textWidth(text, fontSize)
    if (width > right - left) return undefined
    const desired = Math.min(Math.max(anchor - width / 2, left), right - width)
    const row = ends.findIndex((end) => {
      const x = Math.max(desired, end + gap)
      return x + width <= right && x <= Math.max(anchor, desired) + fontSize * REACH
    })
    if (row < 0) return undefined
    const x = Math.max(desired, ends[row]! + gap)
    ends[row] = x + width
    rows = Math.max(rows, row + 1)
    placed[i] = {anchor, text, full, truncated, rotated: false, row, box: {x, y: row * pitch, width, height}}
  }
  return {mode: 'rows', labels: placed, depth: rows === 0 ? 0 : (rows - 1) * pitch + height}
}

function onTheirSide(requests: readonly LabelRequest[], order: readonly number[], band: LabelBand): LabelLayout | undefined {
  const {left, right, fontSize} = band
  const thickness = fontSize * LINE
  const step = thickness + fontSize * GAP
  const n = order.length
  if ((n - 1) * step + thickness > right - left) return undefined
  const lo = left + thickness / 2
  const hi = right - thickness / 2
  // Centre lines: each at its anchor where it can be, pushed right past its neighbour, then back
  // left from the right end.
  const centres = order.map((i) => Math.min(Math.max(requests[i]!.anchor, lo), hi))
  for (let k = 1; k < n; k++) centres[k] = Math.max(centres[k]!, centres[k - 1]! + step)
  for (let k = n - 1; k >= 0; k--) centres[k] = Math.min(centres[k]!, k === n - 1 ? hi : centres[k + 1]! - step)
  const placed: PlacedLabel[] = []
  let depth = 0
  order.forEach((i, k) => {
    const {anchor, text: full} = requests[i]!
    const {text, truncated} = fitText(full, fontSize, band.maxRotatedLength)
    const length = textWidth(text, fontSize)
    depth = Math.max(depth, length)
    placed[i] = {anchor, text, full, truncated, rotated: true, row: 0, box: {x: centres[k]! - thickness / 2, y: 0, width: thickness, height: length}}
  })
  return {mode: 'rotated', labels: placed, depth}
}

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
