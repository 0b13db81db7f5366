/**
 * The HTML postmortem of a crowded incident (30 steps seconds apart, long titles and ids, phase
 * marks seconds apart at the right edge) in headless Chromium, as the responder's manager reads
 * it: at 1280 px on a screen and printed on A4. Measured in the page: no two chart labels overlap
 * (each label's rotated box, from its bounding box and screen transform) and none leaves its
 * chart; the executive summary fits the first screen; the proofs are in the file but collapsed;
 * the containment table gives local times in the zone asked for, and outcomes in words.
 *
 * Set PL_TEST_SCREENSHOTS=DIR to keep the screenshots and the PDF for a look.
 */
import assert from 'node:assert/strict'
import {copyFileSync, existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {after, before, describe, it} from 'node:test'

import {chromium} from 'playwright-core'
import type {Browser, Page} from 'playwright-core'

import type {Postmortem} from '../../src/domain/postmortem.js'
import {CROWDED_TITLE, crowdedIncident} from '../fixtures/postmortem/crowded.js'
import type {TestStore} from '../helpers/cli.js'
import {chartLabels, outside, overlapping} from '../helpers/chart-labels.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const ZONE = 'America/New_York'
/** A4 at 96 px per inch, less the report's 14 mm print margins. */
const A4_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96)

describe('the postmortem of a crowded incident in headless Chromium, on screen and in print', {skip: existsSync(CHROMIUM) ? false : 'chromium is not installed'}, () => {
  let t: TestStore
  let browser: Browser
  let html: string
  let pm: Postmortem
  let token: string
  const keep = process.env.PL_TEST_SCREENSHOTS

  before(async () => {
    t = tempStore('pl-report-screens-')
    const crowded = await crowdedIncident(t)
    token = crowded.token
    html = join(t.dir, 'postmortem.html')
    const r = await runPl(['report', 'postmortem', crowded.id, '--format', 'html', '--tz', ZONE, '--out', html, '--action-item', 'Turn debug header logging off in every gateway profile', '--action-item', 'Alert on tokens in logs'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    pm = (await runJson<Postmortem>(['report', 'postmortem', crowded.id, '--format', 'json'], {env: t.env})).json
    browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
    if (keep !== undefined) {
      mkdirSync(keep, {recursive: true})
      copyFileSync(html, join(keep, 'postmortem.html'))
    }
  })
  after(async () => {
    await browser?.close()
    t.cleanup()
  })

  async function open(width: number, media: 'screen' | 'print'): Promise<Page> {
    const page = await browser.newPage({viewport: {width, height: 800}})
    await page.emulateMedia({media})
    await page.goto(pathToFileURL(html).href)
    return page
  }

  it('at 1280 px: chart labels do not overlap or leave their chart; cut labels keep their text in a tooltip', async () => {
    const page = await open(1280, 'screen')
    const {labels, charts} = await chartLabels(page)
    assert.ok(labels.filter((l) => l.chart.startsWith('timeline')).length >= 8, `labels: ${labels.map((l) => l.text).join(' | ')}`)
    assert.deepEqual(overlapping(labels), [])
    assert.deepEqual(outside(labels, charts), [])
    // Every phase is labelled with its local time; the crowded ones are staggered, not dropped.
    for (const phase of ['started', 'detected', 'acknowledged', 'contained', 'resolved']) assert.ok(labels.some((l) => l.text.startsWith(`${phase} `)), `no ${phase} label`)
    for (const l of labels.filter((x) => x.text.endsWith('…'))) {
      assert.ok(l.title !== null && l.title.length > 0, `"${l.text}" is cut but has no tooltip`)
    }
    if (keep !== undefined) await page.screenshot({path: join(keep, 'postmortem-1280.png'), fullPage: true})
    await page.close()
  })

  it('at 1280 px: the executive summary fits the first screen and says what leaked, who, latency, TTC, status and what is open', async () => {
    const page = await open(1280, 'screen')
    const box = await page.locator('#summary').boundingBox()
    assert.ok(box !== null && box.y + box.height <= 800, `the summary ends at ${box === null ? '?' : box.y + box.height} px`)
    const text = await page.locator('#summary').innerText()
    for (const label of ['What leaked', 'Where', 'Who was exposed', 'Detection latency', 'Time to contain', 'Status', 'Still open']) assert.ok(text.includes(label), `no ${label}`)
    assert.match(text, /github-token ghp_/)
    assert.match(text, /globex/)
    assert.match(text, /revoke-the-production-github-deploy-token .*skipped/)
    assert.ok(!text.includes(token))
    if (keep !== undefined) await page.screenshot({path: join(keep, 'postmortem-1280-first-screen.png')})
    await page.close()
  })

  it('the containment table: local times in the zone asked for, durations, outcomes in words, no epoch milliseconds', async () => {
    const page = await open(1280, 'screen')
    assert.match(await page.locator('#time-zone').innerText(), /America\/New_York \(UTC-0[45]:00\)/)
    const table = page.locator('table.containment')
    assert.match(await table.locator('caption').innerText(), /Times in America\/New_York/)
    const rows = await table.locator('tbody tr').allInnerTexts()
    const steps = pm.containment.steps!.filter((s) => s.outcome !== 'not-applicable')
    assert.equal(rows.length, steps.length)
    // The first row's time is the step's start in New York.
    const first = new Date(steps[0]!.startedAt)
    const local = new Intl.DateTimeFormat('en-GB', {timeZone: ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'}).format(first)
    assert.ok(rows[0]!.startsWith(local), `${rows[0]} does not start with ${local}`)
    const all = rows.join('\n')
    assert.match(all, /revoke-the-production-github-deploy-token[\s\S]*skipped[\s\S]*GitHub credential revocation API down[\s\S]*after 3 failed attempts/)
    assert.match(all, /pause-the-log-shipping-connector[\s\S]*done by hand[\s\S]*bob paused the connector/)
    assert.match(all, /purge-the-copies-in-the-analytics-bucket[\s\S]*done[\s\S]*preserved 14 file\(s\)/)
    assert.doesNotMatch(all, /\b1\d{12}\b/, 'an epoch in milliseconds')
    assert.doesNotMatch(all, /failed FAILED/i)
    assert.match(await page.locator('#containment ~ p.muted').first().innerText(), /Not needed \(their condition did not hold\): revoke-slack-bot-token/)
    await page.close()
  })

  it('the proofs are in the file, collapsed: every exhibit hash and audit path is there for an offline check', async () => {
    const page = await open(1280, 'screen')
    const proofs = page.locator('details.proofs')
    assert.equal(await proofs.count(), 1)
    assert.equal(await proofs.getAttribute('open'), null)
    assert.equal(await proofs.locator('table').isVisible(), false)
    const source = await page.content()
    assert.ok(pm.appendix.proofs.length > 20)
    for (const p of pm.appendix.proofs) {
      assert.ok(source.includes(p.hash), `no hash of #${p.seq}`)
      for (const h of p.path) assert.ok(source.includes(h))
    }
    assert.ok(source.includes(pm.appendix.checkpoint.signature))
    // Collapsed, the appendix takes a few lines: the page above it is the report.
    const appendix = await page.locator('#appendix').boundingBox()
    const height = await page.evaluate<number>('document.documentElement.scrollHeight')
    assert.ok(appendix !== null && height - appendix.y < 500, `the appendix takes ${height - (appendix?.y ?? 0)} px`)
    await page.close()
  })

  it('printed on A4: the labels still do not overlap or leave their chart, and the PDF is written', async () => {
    const page = await open(A4_WIDTH, 'print')
    const {labels, charts} = await chartLabels(page)
    assert.ok(labels.length > 10)
    assert.deepEqual(overlapping(labels), [])
    assert.deepEqual(outside(labels, charts), [])
    // Nothing runs off the paper's width: the containment table wraps its long step ids and results.
    for (const selector of ['table.containment', '#summary', 'svg.timeline', 'svg.durations']) {
      const box = await page.locator(selector).boundingBox()
      assert.ok(box !== null && box.x >= 0 && box.x + box.width <= A4_WIDTH + 0.5, `${selector} runs off the page: ${JSON.stringify(box)}`)
    }
    // Print styles apply: the summary box loses its screen background.
    assert.equal(await page.evaluate<string>(`getComputedStyle(document.getElementById('summary')).backgroundColor`), 'rgba(0, 0, 0, 0)')
    if (keep !== undefined) await page.screenshot({path: join(keep, 'postmortem-print.png'), fullPage: true})
    const pdf = await page.pdf({format: 'A4', printBackground: true})
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-')
    assert.ok(pdf.length > 10_000)
    if (keep !== undefined) writeFileSync(join(keep, 'postmortem.pdf'), pdf)
    await page.close()
  })

  it('the page title and headline carry the long title whole; the report never holds the token', async () => {
    const page = await open(1280, 'screen')
    assert.ok((await page.locator('h1').innerText()).includes(CROWDED_TITLE))
    assert.ok(!(await page.content()).includes(token))
    await page.close()
  })
})
