/**
 * SARIF rendering: the log validates against the SARIF 2.1.0 structure (required properties,
 * types, enumerations, no undefined properties), every result points at its rule, paths become
 * URI references, and the validator itself rejects broken logs.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {defaultRules} from '../../src/domain/scan/rules/index.js'
import {revokeUri} from '../../src/domain/scan/providers/index.js'
import {artifactLocation, SARIF_SCHEMA, toSarif} from '../../src/render/sarif.js'
import type {ReportedFinding, ScanReport} from '../../src/domain/scan/report.js'
import {validateSarif} from '../fixtures/sarif/validate.js'

const FP = 'a'.repeat(64)

function finding(overrides: Partial<ReportedFinding>): ReportedFinding {
  return {
    rule: 'github-token',
    category: 'secret',
    path: 'logs/app.log',
    line: 3,
    column: 7,
    endLine: 3,
    endColumn: 47,
    masked: 'ghp_…abcd',
    fingerprint: FP,
    length: 40,
    ...overrides,
  }
}

function report(findings: ReportedFinding[], overrides: Partial<ScanReport['stats']> = {}): ScanReport {
  const byCategory = {secret: 0, pii: 0, prompt: 0}
  for (const f of findings) byCategory[f.category]++
  return {
    findings,
    stats: {
      files: 2,
      bytes: 1234,
      lines: 40,
      skippedBinary: 0,
      errors: [],
      durationMs: 5,
      findings: findings.length,
      byCategory,
      distinctValues: new Set(findings.map((f) => f.fingerprint)).size,
      prompts: 1,
      fingerprintScope: 'store',
      ...overrides,
    },
  }
}

const mixed = [
  finding({}),
  finding({rule: 'email', category: 'pii', masked: 'j…@example.com', path: 'dir with space/data#1.jsonl', jsonPath: '$.messages[0].content', line: 1, column: 20, endColumn: 44, length: 24}),
  finding({rule: 'known-prompt', category: 'prompt', masked: '[prompt:support-bot]', promptName: 'support-bot', coverage: 0.42, path: '-', line: 2, column: 1, endLine: 9, endColumn: 12, length: 800}),
  finding({rule: 'private-key', path: '/var/tmp/keys.txt', line: 10, column: 1, endLine: 14, endColumn: 30, length: 300}),
]

describe('SARIF output', () => {
  it('renders well in code scanning: every rule has a full description, markdown help with the remediation, a name distinct from its id', () => {
    const log = toSarif(report(mixed), {toolVersion: '1.2.3'})
    assert.deepEqual(validateSarif(log), [])
    const run = log.runs[0]!
    assert.match(run.tool.driver.fullName, /^pl 1\.2\.3/)
    assert.equal(run.automationDetails.id, 'pl-scan/')
    const names = new Set<string>()
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.fullDescription.text.length >= rule.shortDescription.text.length, rule.id)
      assert.ok(rule.help.text.length > 20 && rule.help.markdown.startsWith('**'), rule.id)
      assert.notEqual(rule.name, rule.id)
      assert.ok(!names.has(rule.name), `${rule.name} twice`)
      names.add(rule.name)
    }
    const pinecone = run.tool.driver.rules.find((r) => r.id === 'pinecone-api-key')
    assert.match(pinecone?.help.markdown ?? '', /Where to revoke — Pinecone: app\.pinecone\.io/)
    assert.match(pinecone?.fullDescription.text ?? '', /Found alone .*guard: prefix pcsk_/)
  })

  it('links a provider rule to the page where its values are revoked (helpUri), and the driver to the project (informationUri)', () => {
    const log = toSarif(report(mixed), {toolVersion: '1.2.3', informationUri: 'https://example.org/pl'})
    assert.deepEqual(validateSarif(log), [])
    const run = log.runs[0]!
    assert.equal(run.tool.driver.informationUri, 'https://example.org/pl')
    const rule = (id: string) => run.tool.driver.rules.find((r) => r.id === id)
    assert.equal(rule('pinecone-api-key')?.helpUri, 'https://app.pinecone.io')
    assert.equal(rule('stripe-test-key')?.helpUri, 'https://dashboard.stripe.com/test/apikeys')
    // No page named (a menu path, a command), no link: never a made-up one.
    assert.equal(rule('vault-token')?.helpUri, undefined)
    assert.equal(toSarif(report(mixed), {toolVersion: '1.2.3'}).runs[0]?.tool.driver.informationUri, undefined)
    assert.equal(revokeUri('vault token revoke <accessor>'), undefined)
    assert.equal(revokeUri('Message @BotFather: /revoke'), undefined)
  })

  it('validates, with one result per finding pointing at its rule', () => {
    const log = toSarif(report(mixed), {toolVersion: '1.2.3'})
    assert.deepEqual(validateSarif(log), [])
    assert.equal(log.$schema, SARIF_SCHEMA)
    assert.equal(log.version, '2.1.0')
    const run = log.runs[0]!
    assert.equal(run.tool.driver.name, 'pl')
    assert.equal(run.tool.driver.version, '1.2.3')
    assert.equal(run.results.length, mixed.length)
    for (const [i, result] of run.results.entries()) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, mixed[i]!.rule)
      assert.ok(result.message.text.length > 0)
    }
    assert.deepEqual(
      run.results.map((r) => r.level),
      ['error', 'warning', 'error', 'error'],
    )
  })

  it('describes every built-in rule once, and the known-prompt rule', () => {
    const log = toSarif(report([]), {toolVersion: '0.0.0'})
    const ids = log.runs[0]!.tool.driver.rules.map((r) => r.id)
    assert.equal(new Set(ids).size, ids.length)
    for (const rule of defaultRules) assert.ok(ids.includes(rule.id), rule.id)
    assert.ok(ids.includes('known-prompt'))
    assert.deepEqual(validateSarif(log), [])
  })

  it('gives a rule unknown to the list a descriptor of its own', () => {
    const log = toSarif(report([finding({rule: 'brand-new-rule'})]), {toolVersion: '0.0.0', rules: []})
    assert.deepEqual(validateSarif(log), [])
    assert.equal(log.runs[0]!.results[0]!.ruleId, 'brand-new-rule')
  })

  it('keeps positions (1-based, end exclusive) and multi-line regions', () => {
    const run = toSarif(report(mixed), {toolVersion: '0.0.0'}).runs[0]!
    assert.deepEqual(run.results[0]!.locations[0]!.physicalLocation.region, {startLine: 3, startColumn: 7, endLine: 3, endColumn: 47})
    assert.deepEqual(run.results[3]!.locations[0]!.physicalLocation.region, {startLine: 10, startColumn: 1, endLine: 14, endColumn: 30})
    assert.equal(run.columnKind, 'utf16CodeUnits')
  })

  it('turns paths into URI references: relative to the source root, absolute as file:, stdin as -', () => {
    assert.deepEqual(artifactLocation('logs/app.log'), {uri: 'logs/app.log', uriBaseId: '%SRCROOT%'})
    assert.deepEqual(artifactLocation('./dir with space/data#1.jsonl'), {uri: 'dir%20with%20space/data%231.jsonl', uriBaseId: '%SRCROOT%'})
    assert.deepEqual(artifactLocation('a:b.log'), {uri: 'a%3Ab.log', uriBaseId: '%SRCROOT%'})
    assert.deepEqual(artifactLocation('/var/tmp/keys.txt'), {uri: 'file:///var/tmp/keys.txt'})
    assert.equal(artifactLocation('-').uri, '-')
  })

  it('never carries a snippet, and masks values in messages', () => {
    const text = JSON.stringify(toSarif(report(mixed), {toolVersion: '0.0.0'}))
    assert.doesNotMatch(text, /"snippet"/)
    assert.match(text, /ghp_…abcd/)
  })

  it('adds stable partial fingerprints only when fingerprints are store-scoped', () => {
    const stable = toSarif(report(mixed), {toolVersion: '0.0.0'}).runs[0]!.results[0]!
    assert.deepEqual(stable.partialFingerprints, {'plFingerprint/v1': FP})
    const ephemeral = toSarif(report(mixed, {fingerprintScope: 'ephemeral'}), {toolVersion: '0.0.0'}).runs[0]!.results[0]!
    assert.equal(ephemeral.partialFingerprints, undefined)
    assert.equal(ephemeral.properties.fingerprint, FP)
  })

  it('reports unreadable inputs as tool execution notifications', () => {
    const log = toSarif(report([], {errors: [{path: 'gone.log', message: 'ENOENT: no such file'}]}), {toolVersion: '0.0.0'})
    assert.deepEqual(validateSarif(log), [])
    const invocation = log.runs[0]!.invocations[0]!
    assert.equal(invocation.executionSuccessful, false)
    assert.equal(invocation.toolExecutionNotifications[0]?.locations[0]?.physicalLocation.artifactLocation.uri, 'gone.log')
  })

  it('reports a problem in the text of an input read whole as a warning at its first line, not as "cannot scan"', () => {
    const problem = {path: 'app.jsonl', message: '2 lines are not valid JSON (first: line 7); scanned as text', line: 7}
    const log = toSarif(report([], {errors: [{path: 'gone.log', message: 'ENOENT: no such file'}, problem]}), {toolVersion: '0.0.0'})
    assert.deepEqual(validateSarif(log), [])
    const [unreadable, text] = log.runs[0]!.invocations[0]!.toolExecutionNotifications
    assert.equal(unreadable?.level, 'error')
    assert.match(unreadable?.message.text ?? '', /^Cannot scan: /)
    assert.equal(text?.level, 'warning')
    assert.equal(text?.message.text, problem.message)
    assert.deepEqual(text?.locations[0]?.physicalLocation.region, {startLine: 7})
  })
})

describe('the SARIF validator', () => {
  const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(toSarif(report(mixed), {toolVersion: '0.0.0'}))) as Record<string, unknown>
  // Mutations poke at arbitrary places of parsed JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Mutation = [string, (log: any) => void]
  const mutations: Mutation[] = [
    ['no version', (l) => delete l.version],
    ['wrong version', (l) => (l.version = '2.0.0')],
    ['no runs', (l) => delete l.runs],
    ['relative $schema', (l) => (l.$schema = 'sarif.json')],
    ['no driver name', (l) => delete l.runs[0].tool.driver.name],
    ['rule without id', (l) => delete l.runs[0].tool.driver.rules[0].id],
    ['duplicate rule ids', (l) => (l.runs[0].tool.driver.rules[1].id = l.runs[0].tool.driver.rules[0].id)],
    ['result without message', (l) => delete l.runs[0].results[0].message],
    ['message without text or id', (l) => (l.runs[0].results[0].message = {markdown: 'x'})],
    ['unknown level', (l) => (l.runs[0].results[0].level = 'critical')],
    ['undefined result property', (l) => (l.runs[0].results[0].masked = 'x')],
    ['startLine 0', (l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0)],
    ['region ending before it starts', (l) => (l.runs[0].results[0].locations[0].physicalLocation.region.endColumn = 2)],
    ['uri with a space', (l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b.log')],
    ['ruleIndex naming another rule', (l) => (l.runs[0].results[0].ruleIndex += 1)],
    ['physical location without artifact', (l) => delete l.runs[0].results[0].locations[0].physicalLocation.artifactLocation],
    ['invocation without executionSuccessful', (l) => delete l.runs[0].invocations[0].executionSuccessful],
    ['bad columnKind', (l) => (l.runs[0].columnKind = 'bytes')],
    ['tags not unique', (l) => l.runs[0].tool.driver.rules[0].properties.tags.push('security')],
  ]
  for (const [name, mutate] of mutations) {
    it(`rejects a log with ${name}`, () => {
      const log = good()
      mutate(log)
      assert.notDeepEqual(validateSarif(log), [], name)
    })
  }
})
