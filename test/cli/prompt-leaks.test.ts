/**
 * The new user's gateway log, through the real CLI: registered prompts sit in every request (OpenAI
 * chat, Anthropic messages, Responses API) and leak whole, partly, lower-cased or quoted in replies
 * on known lines, and pasted into a user message on another. `pl scan` reports each copy on its
 * own line with its JSON path and tenant, no finding spans records, and `pl redact` writes a copy
 * that keeps every record's structure (the repro: five lines each holding the prompt).
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {gatewayLog} from '../fixtures/scan/gateway-log.js'
import type {RedactResult} from '../../src/domain/scan/redact-report.js'
import type {ScanReport} from '../../src/domain/scan/report.js'
import type {Postmortem} from '../../src/domain/postmortem.js'
import type {SarifLog} from '../../src/render/sarif.js'

const log = gatewayLog()

describe('known prompts in a gateway log', () => {
  let t: TestStore
  let env: Record<string, string>
  let dir: string
  let prompts: string
  let gateway: string

  before(() => {
    t = tempStore('pl-prompt-leaks-')
    env = {PL_HOME: join(t.dir, 'home'), PL_ACTOR: 'tester@test'}
    dir = join(t.dir, 'files')
    prompts = join(t.dir, 'prompts')
    mkdirSync(dir)
    mkdirSync(prompts)
    for (const p of log.prompts) writeFileSync(join(prompts, `${p.name}.txt`), p.text)
    gateway = join(dir, 'gateway.jsonl.gz')
    writeFileSync(gateway, gzipSync(log.lines.join('\n') + '\n'))
  })

  after(() => t.cleanup())

  test('pl scan reports every copy on its own record, with its line, JSON path and tenant', async () => {
    const r = await runJson<ScanReport>(['scan', gateway, '--prompts', prompts], {env})
    assert.equal(r.code, 1, r.stderr)
    const found = r.json.findings.filter((f) => f.rule === 'known-prompt')
    assert.deepEqual(
      found.map((f) => [f.line, f.jsonPath, f.tenant, f.promptName, f.channel]).sort(),
      log.copies.map((c) => [c.line, c.jsonPath, c.tenant, c.prompt, c.channel]).sort(),
    )
    const leaks = log.copies.filter((c) => c.channel !== 'system')
    assert.deepEqual(r.json.stats.byChannel, {'model-output': 4, 'user-message': 1, 'tool-result': 0, 'outside-exchange': 0, system: log.lines.length})
    assert.equal(r.json.stats.expectedCopies, log.lines.length)
    assert.equal(leaks.length, 5)
    for (const f of found) assert.equal(f.endLine, f.line, `the copy at line ${f.line} does not span records`)
    for (const p of log.prompts) assert.ok(!JSON.stringify(r.json).includes(p.text.slice(0, 60)), 'the prompt text is never printed')
  })

  test('the table lists the leaks first, with their channel, and counts the expected copies past three of a prompt; --all-expected lists each; --hide-expected leaves them out but counts them', async () => {
    const table = await runPl(['scan', gateway, '--prompts', prompts], {env})
    assert.equal(table.code, 1, table.stderr)
    const rows = table.stdout.split('\n').filter((l) => l.includes('known-prompt'))
    const leakRows = rows.slice(0, 5)
    assert.ok(leakRows.every((row) => /LEAKED/.test(row)), 'the five leaks come first')
    assert.deepEqual(leakRows.map((row) => Number(/gateway\.jsonl\.gz:(\d+):/.exec(row)?.[1])), [5, 9, 11, 13, 17])
    assert.match(leakRows[2] ?? '', /pasted in a user message/)
    assert.ok(rows.slice(5).every((row) => /own place/.test(row)))
    // Per prompt, three expected copies are listed and the rest counted on one row.
    const expectedPer = new Map<string, number>()
    for (const c of log.copies) if (c.channel === 'system') expectedPer.set(c.prompt, (expectedPer.get(c.prompt) ?? 0) + 1)
    const counted = rows.filter((row) => row.startsWith('…'))
    assert.deepEqual(
      counted.map((row) => Number(/(\d+) more/.exec(row)?.[1])).sort((a, b) => a - b),
      [...expectedPer.values()].filter((n) => n > 3).map((n) => n - 3).sort((a, b) => a - b),
    )
    assert.ok(counted.every((row) => /--hide-expected hides them; --all-expected lists each/.test(row)), counted.join('\n'))
    assert.equal(rows.length - counted.length, 5 + [...expectedPer.values()].reduce((sum, n) => sum + Math.min(n, 3), 0))
    assert.match(table.stderr, /prompt copies: 5 leaks \(4 in model output, 1 in user messages\), 20 in their own place/)
    const all = await runPl(['scan', gateway, '--prompts', prompts, '--all-expected'], {env})
    assert.equal(all.stdout.split('\n').filter((l) => l.includes('known-prompt')).length, log.copies.length)

    const hidden = await runJson<ScanReport>(['scan', gateway, '--prompts', prompts, '--hide-expected'], {env})
    assert.equal(hidden.code, 1)
    assert.deepEqual(
      hidden.json.findings.map((f) => [f.line, f.channel]),
      [
        [5, 'model-output'],
        [9, 'model-output'],
        [11, 'user-message'],
        [13, 'model-output'],
        [17, 'model-output'],
      ],
    )
    assert.equal(hidden.json.stats.expectedCopies, 20)
    assert.equal(hidden.json.stats.expectedHidden, true)
  })

  test('copies only in their own place are notes: exit 0; SARIF gives leaks error level and the channel', async () => {
    const clean = join(dir, 'clean.jsonl')
    const quiet = gatewayLog(12, 4)
    writeFileSync(clean, quiet.lines.join('\n') + '\n')
    const r = await runJson<ScanReport>(['scan', clean, '--prompts', prompts], {env})
    assert.equal(r.code, 0, 'copies in their own place are not leaks')
    assert.equal(r.json.stats.expectedCopies, 4)

    const sarif = await runPl(['scan', gateway, '--prompts', prompts, '--format', 'sarif'], {env})
    const results = (JSON.parse(sarif.stdout) as SarifLog).runs[0]?.results ?? []
    const prompt = results.filter((x) => x.ruleId === 'known-prompt')
    assert.equal(prompt.filter((x) => x.level === 'error').length, 5)
    assert.equal(prompt.filter((x) => x.level === 'note').length, 20)
    assert.ok(prompt.every((x) => typeof x.properties.channel === 'string'))
    assert.match(prompt.find((x) => x.properties.channel === 'user-message')?.message.text ?? '', /pasted in a user message/)
  })

  test('the postmortem counts the leaks by channel and tenant', async () => {
    const incident = await initWithIncident(t)
    const scan = await runPl(['scan', gateway, '--prompts', prompts, '--incident', incident], {env: t.env})
    assert.equal(scan.code, 1, scan.stderr)
    const pm = await runJson<Postmortem>(['report', 'postmortem', incident], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    const expected = new Map<string, number>()
    for (const c of log.copies.filter((x) => x.channel !== 'system')) expected.set(`${c.channel} ${c.tenant}`, (expected.get(`${c.channel} ${c.tenant}`) ?? 0) + 1)
    assert.deepEqual(new Map(pm.json.impact.promptLeaks.map((l) => [`${l.channel} ${l.tenant}`, l.copies])), expected)
    assert.equal(pm.json.impact.promptLeaks[0]?.channel, 'model-output')
    const md = await runPl(['report', 'postmortem', incident], {env: t.env})
    assert.match(md.stdout, /Prompt copies outside their own place, by channel and tenant: model-output: /)
  })

  test('the postmortem counts a prompt in its own place apart: not a leak, and no exposure of its tenant (Markdown, HTML, JSON)', async () => {
    // Lines 1–10: leaks on line 5 (contoso) and 9 (northwind); fabrikam's lines hold the prompt only in their system message.
    const short = gatewayLog(12, 10)
    const file = join(dir, 'short.jsonl')
    writeFileSync(file, short.lines.join('\n') + '\n')
    const open = await runJson<{id: string}>(['incident', 'open', '--title', 'System prompts in the log', '--severity', 'P1', '--class', 'secret'], {env: t.env})
    assert.equal(open.code, 0, open.stderr)
    const incident = open.json.id
    const scan = await runPl(['scan', file, '--prompts', prompts, '--incident', incident], {env: t.env})
    assert.equal(scan.code, 1, scan.stderr)
    const leaks = short.copies.filter((c) => c.channel !== 'system')
    const expected = short.copies.length - leaks.length
    assert.deepEqual([...new Set(leaks.map((c) => c.tenant))].sort(), ['contoso', 'northwind'])
    const pm = await runJson<Postmortem>(['report', 'postmortem', incident], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.equal(pm.json.impact.findings, leaks.length)
    assert.deepEqual(pm.json.impact.byCategory, {prompt: leaks.length})
    assert.equal(pm.json.impact.expectedCopies, expected)
    assert.deepEqual(
      pm.json.impact.tenants.map((x) => [x.tenant, x.findings]),
      [['contoso', 1], ['northwind', 1]],
    )
    assert.ok(pm.json.impact.locations.every((l) => l.line === 5 || l.line === 9))
    const md = await runPl(['report', 'postmortem', incident], {env: t.env})
    const exposed = md.stdout.split('\n').find((l) => l.includes('Who was exposed')) ?? ''
    assert.match(exposed, /contoso/)
    assert.doesNotMatch(exposed, /fabrikam/)
    assert.doesNotMatch(md.stdout, /fabrikam \(/)
    assert.match(md.stdout, new RegExp(`What leaked:\\*\\* ${leaks.length} findings \\(${leaks.length} prompt\\)`))
    assert.match(md.stdout, new RegExp(`${expected} copies of a prompt in its own place \\(system/instructions; expected, not leaks\\)`))
    const html = await runPl(['report', 'postmortem', incident, '--format', 'html'], {env: t.env})
    assert.equal(html.code, 0, html.stderr)
    assert.doesNotMatch(html.stdout, /fabrikam/)
    assert.match(html.stdout, /Not counted: \d+ copies of a prompt in its own place/)
  })

  test('pl redact over repeated prompts keeps every record: keys, order, other values byte for byte', async () => {
    const plain = join(dir, 'g.jsonl')
    writeFileSync(plain, log.lines.join('\n') + '\n')
    const r = await runJson<RedactResult>(['redact', plain, '--prompts', prompts], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.remaining, 0)
    assert.equal(r.json.byRule['known-prompt'], log.copies.length)
    const copy = readFileSync(`${plain}.redacted`, 'utf8').split('\n')
    assert.equal(copy.length, log.lines.length + 1)
    log.lines.forEach((line, i) => {
      const before = JSON.parse(line) as {ts: string; tenant: string; request: Record<string, unknown>; response: unknown}
      const after = JSON.parse(copy[i] ?? '') as typeof before
      assert.equal(after.ts, before.ts, `line ${i + 1}: ts kept`)
      assert.equal(after.tenant, before.tenant, `line ${i + 1}: tenant kept`)
      assert.deepEqual(Object.keys(after.request), Object.keys(before.request), `line ${i + 1}: keys and order kept`)
      assert.equal(after.request.model, before.request.model)
      const placeholders = (copy[i] ?? '').match(/\[REDACTED:known-prompt:[0-9a-f]{8}\]/g) ?? []
      assert.equal(placeholders.length, log.copies.filter((c) => c.line === i + 1).length, `line ${i + 1}: one placeholder per copy`)
    })
    const rescan = await runJson<ScanReport>(['scan', `${plain}.redacted`, '--prompts', prompts], {env})
    assert.equal(rescan.json.findings.length, 0, 'the copy scans clean')
  })
})
