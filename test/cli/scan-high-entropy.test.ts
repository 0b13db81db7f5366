/**
 * Issue 18 through the real CLI: a random token pasted alone into a chat message is reported by
 * `high-entropy-token` at low confidence with its reason, counted apart, without changing the
 * exit code (unless --fail-on low); `pl rules list`, `pl rules explain` and SARIF describe the
 * rule; the value is never printed.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'

import type {ScanReport} from '../../src/domain/scan/report.js'
import {HIGH_ENTROPY_REASON} from '../../src/domain/scan/rules/high-entropy.js'
import type {SarifLog} from '../../src/render/sarif.js'
import type {RuleExplanation, TextExplanation} from '../../src/services/scan/explain-rules.js'
import type {RuleInfo} from '../../src/services/scan/list-rules.js'
import {Rng} from '../fixtures/scan/fakes.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

describe('pl scan: an unnamed token pasted into a chat', () => {
  let t: TestStore
  let env: Record<string, string>
  let file: string
  const rng = new Rng(1818)
  const token = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)
  const uuid = `${rng.chars('0123456789abcdef', 8)}-${rng.chars('0123456789abcdef', 4)}-4${rng.chars('0123456789abcdef', 3)}-8${rng.chars('0123456789abcdef', 3)}-${rng.chars('0123456789abcdef', 12)}`
  const message = `Here is what I have: ${token} and the request still fails. What should I check?`

  before(() => {
    t = tempStore('pl-unnamed-')
    env = {PL_HOME: join(t.dir, 'home'), PL_ACTOR: 'tester@test'}
    file = join(t.dir, 'chat.jsonl')
    const lines = [
      {messages: [{role: 'user', content: message}]},
      {messages: [{role: 'assistant', content: `Request ${uuid} was logged; the gateway answered 401 for that call.`}]},
    ]
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
  })
  after(() => t.cleanup())

  it('is reported low with its reason, counted apart, exit 0; --fail-on low fails; the request id is not reported', async () => {
    const r = await runJson<ScanReport>(['scan', file], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(
      r.json.findings.map((f) => ({rule: f.rule, line: f.line, confidence: f.confidence, reason: f.reason, jsonPath: f.jsonPath})),
      [{rule: 'high-entropy-token', line: 1, confidence: 'low', reason: HIGH_ENTROPY_REASON, jsonPath: '$.messages[0].content'}],
    )
    assert.equal(r.json.stats.lowConfidence, 1)
    assert.ok(!JSON.stringify(r.json).includes(token), 'the value is never printed')

    const table = await runPl(['scan', file], {env})
    assert.equal(table.code, 0)
    assert.match(table.stdout, /high-entropy-token .*low confidence \(an unnamed high-entropy token pasted into text/)
    assert.ok(!table.stdout.includes(token) && !table.stderr.includes(token))
    assert.match(table.stderr, /1 of low confidence \(.*an unnamed token;/)

    assert.equal((await runPl(['scan', file, '--fail-on', 'low'], {env})).code, 1)
  })

  it('SARIF: the rule with its full description, guard and help; the result a note', async () => {
    const r = await runPl(['scan', file, '--format', 'sarif'], {env})
    assert.equal(r.code, 0, r.stderr)
    const sarif = JSON.parse(r.stdout) as SarifLog
    const run = sarif.runs[0]
    const rule = run?.tool.driver.rules.find((x) => x.id === 'high-entropy-token')
    assert.equal(rule?.name, 'HighEntropyToken')
    assert.match(rule?.fullDescription.text ?? '', /Found alone in prose; guard: alone between spaces in a line of prose/)
    assert.match(rule?.help.markdown ?? '', /Nothing names its issuer/)
    assert.equal(run?.results[0]?.ruleId, 'high-entropy-token')
    assert.equal(run?.results[0]?.level, 'note')
    assert.ok(!r.stdout.includes(token))
  })

  it('pl rules list and pl rules explain describe it; explain says why a UUID is not one', async () => {
    const list = await runJson<{rules: RuleInfo[]}>(['rules', 'list'])
    const info = list.json.rules.find((x) => x.id === 'high-entropy-token')
    assert.deepEqual({keywords: info?.keywords, reach: info?.reach, verify: info?.verify}, {keywords: [], reach: 'bare', verify: null})
    assert.match(info?.guard ?? '', /entropy ≥ 3\.7/)

    const rule = await runJson<RuleExplanation>(['rules', 'explain', 'high-entropy-token'])
    assert.equal(rule.code, 0, rule.stderr)
    assert.match(rule.json.validation.join(' '), /UUID/)
    const example = await runJson<TextExplanation>(['rules', 'explain', '--text', rule.json.example ?? ''])
    assert.deepEqual(example.json.fired.map((h) => h.rule), ['high-entropy-token'])

    const text = `${message} The request ${uuid} failed too.`
    const explained = await runJson<TextExplanation>(['rules', 'explain', '--text', text])
    assert.deepEqual(explained.json.fired.map((h) => [h.rule, h.confidence]), [['high-entropy-token', 'low']])
    const near = explained.json.nearlyFired.find((n) => n.rule === 'high-entropy-token')
    assert.equal(near?.column, text.indexOf(uuid) + 1)
    assert.match(near?.why ?? '', /a UUID/)
    assert.ok(!JSON.stringify(explained.json).includes(token))
  })
})
