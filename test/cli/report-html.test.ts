/**
 * The HTML postmortem and metrics page open in headless Chromium: they render (a non-empty PNG
 * screenshot), log no console errors, make no request beyond the file itself, and carry the
 * SVG elements of the timeline, the duration bars and the charts.
 */
import assert from 'node:assert/strict'
import {existsSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {after, before, describe, it} from 'node:test'

import {chromium} from 'playwright-core'
import type {Browser} from 'playwright-core'

import {Rng, githubToken} from '../fixtures/scan/fakes.js'
import type {TestStore} from '../helpers/cli.js'
import {chartLabels, outside, overlapping} from '../helpers/chart-labels.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

describe('HTML reports in headless Chromium', {skip: existsSync(CHROMIUM) ? false : 'chromium is not installed'}, () => {
  let t: TestStore
  let browser: Browser
  let postmortem: string
  let metrics: string
  const token = githubToken(new Rng(Date.now() % 100_000))

  before(async () => {
    t = tempStore('pl-report-html-')
    const env = t.env
    assert.equal((await runPl(['init'], {env})).code, 0)
    const base = Math.floor(Date.now() / 60_000) * 60_000 - 90 * 60_000
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString()
    // A title with markup: it must show as text, not become elements.
    const open = await runJson<{id: string}>(
      ['incident', 'open', '--title', 'Token <script>alert(1)</script> & "quotes"', '--severity', 'P1', '--class', 'secret', '--started-at', at(0), '--detected-at', at(12)],
      {env},
    )
    const id = open.json.id
    const log = join(t.dir, 'gateway.jsonl')
    writeFileSync(log, `{"msg":"ok"}\n{"headers":{"authorization":"token ${token}"}}\n`)
    assert.equal((await runPl(['scan', log, '--incident', id], {env})).code, 1)
    for (const [phase, m] of [['acknowledged', 15], ['contained', 30], ['resolved', 60]] as const) {
      assert.equal((await runPl(['incident', 'mark', id, phase, '--at', at(m)], {env})).code, 0)
    }
    postmortem = join(t.dir, 'postmortem.html')
    const r = await runPl(['report', 'postmortem', id, '--format', 'html', '--out', postmortem, '--root-cause', 'header logging <b>on</b>'], {env})
    assert.equal(r.code, 0, r.stderr)
    metrics = join(t.dir, 'metrics.html')
    assert.equal((await runPl(['metrics', '--format', 'html', '--out', metrics], {env})).code, 0)
    browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
  })
  after(async () => {
    await browser?.close()
    t.cleanup()
  })

  async function load(file: string) {
    const page = await browser.newPage()
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('request', (r) => requests.push(r.url()))
    const url = pathToFileURL(file).href
    await page.goto(url)
    const png = await page.screenshot({fullPage: true})
    return {page, errors, requests: requests.filter((u) => u !== url), png}
  }

  it('the postmortem renders its timeline and duration bars, with no errors or requests', async () => {
    const {page, errors, requests, png} = await load(postmortem)
    assert.deepEqual(errors, [])
    assert.deepEqual(requests, [])
    assert.ok(png.length > 1000)
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    assert.equal(await page.locator('svg.timeline').count(), 1)
    assert.equal(await page.locator('svg.timeline .phase-mark').count(), 5)
    assert.equal(await page.locator('svg.timeline .phase-span').count(), 5)
    // Events close in time are drawn as one group (issue 15: labels that never overlap); each says how many it holds.
    const events = await page.locator('svg.timeline .event').evaluateAll((shapes) => shapes.reduce((sum, s) => sum + Number(s.getAttribute('data-events')), 0))
    assert.ok(events >= 3, `${events} events`)
    assert.equal(await page.locator('svg.durations .duration-bar').count(), 4)
    assert.equal(await page.locator('svg.durations .slo-target').count(), 2)
    const {labels, charts} = await chartLabels(page)
    assert.deepEqual(overlapping(labels), [])
    assert.deepEqual(outside(labels, charts), [])
    const box = await page.locator('svg.timeline').boundingBox()
    assert.ok(box !== null && box.width > 100 && box.height > 10)
    // Escaped: the title is text, and no script element came from it.
    assert.equal(await page.locator('script').count(), 0)
    assert.match(await page.locator('h1').innerText(), /<script>alert\(1\)<\/script> & "quotes"/)
    assert.equal(await page.locator('b').count(), 0)
    const text = await page.locator('body').innerText()
    for (const section of ['Summary', 'Impact', 'Timeline', 'Root cause and action items', 'Evidence appendix']) assert.ok(text.includes(section))
    assert.ok(!text.includes(token))
    await page.close()
  })

  it('the metrics page renders both charts', async () => {
    const {page, errors, requests, png} = await load(metrics)
    assert.deepEqual(errors, [])
    assert.deepEqual(requests, [])
    assert.ok(png.length > 1000)
    assert.equal(await page.locator('svg.chart').count(), 2)
    assert.equal(await page.locator('svg.chart .point').count(), 2)
    const {labels, charts} = await chartLabels(page)
    assert.ok(labels.length >= 8)
    assert.deepEqual(overlapping(labels), [])
    assert.deepEqual(outside(labels, charts), [])
    await page.close()
  })
})
