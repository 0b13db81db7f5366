/**
 * Chart labels measured in a page in headless Chromium: every text of every SVG, as the four
 * corners of its box on the page (its bounding box through its screen transform, so a label on
 * its side is measured as drawn), and checks that no two overlap and none leaves its chart.
 */
import type {Page} from 'playwright-core'

type Point = [number, number]
export interface Label {
  chart: string
  text: string
  title: string | null
  corners: Point[]
}
export interface Chart {
  chart: string
  box: {left: number; top: number; right: number; bottom: number}
}

// A string: the tests are compiled without the DOM's types.
const MEASURE = `(() => {
  const labels = []
  const charts = []
  for (const [index, svg] of [...document.querySelectorAll('svg')].entries()) {
    const chart = (svg.getAttribute('class') || '?') + ' ' + (index + 1)
    const r = svg.getBoundingClientRect()
    charts.push({chart, box: {left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY}})
    for (const text of svg.querySelectorAll('text')) {
      const shown = [...text.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')
      if (shown.trim() === '') continue
      const b = text.getBBox()
      const m = text.getScreenCTM()
      const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]].map(([x, y]) => {
        const p = new DOMPoint(x, y).matrixTransform(m)
        return [p.x + scrollX, p.y + scrollY]
      })
      const title = text.querySelector('title')
      labels.push({chart, text: shown, title: title === null ? null : title.textContent, corners})
    }
  }
  return {labels, charts}
})()`

export async function chartLabels(page: Page): Promise<{labels: Label[]; charts: Chart[]}> {
  return page.evaluate<{labels: Label[]; charts: Chart[]}>(MEASURE)
}

/** Whether two convex quadrilaterals share area (separating axis test; touching within `slack` px is apart). */
function quadsOverlap(a: readonly Point[], b: readonly Point[], slack = 0.5): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i]!
      const [x2, y2] = poly[(i + 1) % poly.length]!
      const nx = y2 - y1
      const ny = x1 - x2
      const len = Math.hypot(nx, ny) || 1
      const project = (p: readonly Point[]) => p.map(([x, y]) => (x * nx + y * ny) / len)
      const pa = project(a)
      const pb = project(b)
      if (Math.max(...pa) <= Math.min(...pb) + slack || Math.max(...pb) <= Math.min(...pa) + slack) return false
    }
  }
  return true
}

/** The pairs of labels of one chart that overlap, in words. */
export function overlapping(labels: readonly Label[]): string[] {
  const found: string[] = []
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (labels[i]!.chart === labels[j]!.chart && quadsOverlap(labels[i]!.corners, labels[j]!.corners)) found.push(`${labels[i]!.chart}: "${labels[i]!.text}" overlaps "${labels[j]!.text}"`)
    }
  }
  return found
}

/** The labels that reach outside their chart, in words. */
export function outside(labels: readonly Label[], charts: readonly Chart[]): string[] {
  return labels.flatMap((l) => {
    const {box} = charts.find((c) => c.chart === l.chart)!
    const out = l.corners.some(([x, y]) => x < box.left - 0.5 || x > box.right + 0.5 || y < box.top - 0.5 || y > box.bottom + 0.5)
    return out ? [`${l.chart}: "${l.text}" leaves its chart`] : []
  })
}
