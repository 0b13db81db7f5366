/**
 * The chart label layout, for any labels: placed labels never overlap and stay in their band, a
 * cut label keeps its full text and fits its limit, the layout is deterministic, and a band with
 * room for every label on its side never gives up. Then the timeline SVG built on it: its label
 * boxes (read back from the SVG) never overlap, however crowded the incident.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import type {Box, LabelBand, LabelRequest} from '../../src/render/label-layout.js'
import {LINE, layoutLabels, overlaps} from '../../src/render/label-layout.js'
import {fitText, textWidth} from '../../src/render/text-width.js'
import {reportClock} from '../../src/domain/time-zone.js'
import {timelineSvg} from '../../src/render/svg.js'

const EPSILON = 1e-6

const text = fc.oneof(
  fc.string({minLength: 1, maxLength: 80}),
  fc.constantFrom('contained 04:35:20', 'resolved 04:35:40', 'Runbook secret-in-prompt-logs: step revoke-the-production-github-deploy-token SKIPPED', '漢字のラベル', 'W'.repeat(60)),
)
const band: fc.Arbitrary<LabelBand> = fc.record({
  left: fc.integer({min: 0, max: 50}),
  right: fc.integer({min: 120, max: 1200}),
  fontSize: fc.integer({min: 8, max: 16}),
  maxWidth: fc.integer({min: 30, max: 400}),
  maxRows: fc.integer({min: 1, max: 5}),
  maxRotatedLength: fc.integer({min: 20, max: 300}),
})
const labels = (b: LabelBand) => fc.array(fc.record({anchor: fc.double({min: b.left - 40, max: b.right + 40, noNaN: true}), text}), {maxLength: 60})
const input = band.chain((b) => fc.tuple(fc.constant(b), labels(b)))

const shrink = (box: Box): Box => ({x: box.x + EPSILON, y: box.y + EPSILON, width: box.width - 2 * EPSILON, height: box.height - 2 * EPSILON})

describe('layoutLabels', () => {
  it('placed labels never overlap and stay within the band', () => {
    fc.assert(
      fc.property(input, ([b, requests]) => {
        const layout = layoutLabels(requests, b)
        if (layout === undefined) return
        assert.equal(layout.labels.length, requests.length)
        const boxes = layout.labels.map((l) => shrink(l.box))
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i]!, boxes[j]!), `${JSON.stringify(layout.labels[i])} overlaps ${JSON.stringify(layout.labels[j])}`)
          const box = layout.labels[i]!.box
          assert.ok(box.x >= b.left - EPSILON && box.x + box.width <= b.right + EPSILON, `outside [${b.left}, ${b.right}]: ${JSON.stringify(box)}`)
          assert.ok(box.y >= 0 && box.y + box.height <= layout.depth + EPSILON)
        }
      }),
      {numRuns: 400},
    )
  })

  it('a label is its text, or its text cut with an ellipsis within the limit; the full text is kept', () => {
    fc.assert(
      fc.property(input, ([b, requests]) => {
        const layout = layoutLabels(requests, b)
        if (layout === undefined) return
        layout.labels.forEach((l, i) => {
          assert.equal(l.full, requests[i]!.text)
          assert.equal(l.anchor, requests[i]!.anchor)
          if (!l.truncated) assert.equal(l.text, l.full)
          else {
            assert.ok(l.text.endsWith('…'))
            assert.ok(l.full.startsWith(l.text.slice(0, -1).trimEnd()))
          }
          const limit = l.rotated ? b.maxRotatedLength : Math.min(b.maxWidth, b.right - b.left)
          if (l.text !== '…') assert.ok(textWidth(l.text, b.fontSize) <= limit + EPSILON)
          assert.ok(Math.abs((l.rotated ? l.box.height : l.box.width) - textWidth(l.text, b.fontSize)) < EPSILON)
        })
      }),
      {numRuns: 300},
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(input, ([b, requests]) => {
        assert.deepEqual(layoutLabels(requests, b), layoutLabels(requests, b))
      }),
      {numRuns: 100},
    )
  })

  it('never gives up while every label fits on its side', () => {
    fc.assert(
      fc.property(input, ([b, requests]) => {
        const step = b.fontSize * LINE * 1.34
        fc.pre(requests.length * step <= b.right - b.left)
        assert.notEqual(layoutLabels(requests, b), undefined)
      }),
      {numRuns: 300},
    )
  })

  it('staggers two labels at the same place into two rows, and turns many on their side', () => {
    const b = {left: 0, right: 300, fontSize: 10, maxWidth: 200, maxRows: 3, maxRotatedLength: 100}
    const two = layoutLabels([{anchor: 290, text: 'contained 04:35:20'}, {anchor: 292, text: 'resolved 04:35:40'}], b)!
    assert.equal(two.mode, 'rows')
    assert.deepEqual(two.labels.map((l) => l.row), [0, 1])
    assert.ok(two.labels.every((l) => l.box.x + l.box.width <= 300), 'kept inside the right edge')
    const many = layoutLabels(Array.from({length: 12}, (_, i): LabelRequest => ({anchor: 150 + i, text: `step ${i} of the walk`})), b)!
    assert.equal(many.mode, 'rotated')
    assert.equal(layoutLabels(Array.from({length: 40}, (_, i): LabelRequest => ({anchor: 150 + i, text: `step ${i}`})), b), undefined)
  })

  it('fitText cuts at a character boundary with an ellipsis', () => {
    assert.deepEqual(fitText('short', 10, 100), {text: 'short', truncated: false})
    const cut = fitText('Runbook secret-in-prompt-logs: step revoke-github done', 10, 120)
    assert.ok(cut.truncated && cut.text.endsWith('…') && textWidth(cut.text, 10) <= 120)
  })
})

describe('timelineSvg', () => {
  /** The label boxes of the SVG's texts, from their attributes (rows: x and baseline; on their side: the rotation). */
  function textBoxes(svg: string): Box[] {
    return [...svg.matchAll(/<text class="(?:phase|event)-label" x="([-\d.]+)" y="([-\d.]+)" font-size="(\d+)"( text-anchor="(?:start|end)" transform)?[^>]*><title>[^<]*<\/title>([^<]*)<\/text>/g)].map((m) => {
      const [x, y, size] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const shown = m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
      const width = textWidth(shown, size)
      if (m[4] === undefined) return {x, y: y - size * 0.95, width, height: size * LINE}
      // A quarter turn back: anchored at its end it hangs below y (a band below the axis), at its start it rises above y.
      const down = m[4].includes('end')
      return {x: x - size * 0.95, y: down ? y : y - width, width: size * LINE, height: width}
    })
  }

  it('labels of any crowded incident never overlap', () => {
    const clock = reportClock({utc: true})
    const point = fc.record({
      at: fc.integer({min: 0, max: 3 * 3_600_000}),
      label: text,
      phase: fc.option(fc.constantFrom('started', 'detected', 'acknowledged', 'contained', 'resolved'), {nil: undefined}),
      superseded: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(point, {minLength: 1, maxLength: 120}), (raw) => {
        const points = raw.map((p) => ({at: 1_796_000_000_000 + p.at, label: p.label, superseded: p.superseded, ...(p.phase === undefined ? {} : {phase: p.phase})}))
        const boxes = textBoxes(timelineSvg(points, clock)).map(shrink)
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i]!, boxes[j]!), `${JSON.stringify(boxes[i])} / ${JSON.stringify(boxes[j])}`)
      }),
      {numRuns: 150},
    )
  })
})
