/**
 * `pl scan` through the real CLI: table, JSON and SARIF output, exit codes, unreadable inputs,
 * standard input, registered prompts, keyed fingerprints (store-scoped or ephemeral), and
 * findings recorded as incident evidence with each raw value under its own data key — without the
 * raw value ever reaching the output or the store files in clear.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {Rng, cardNumber, fakes, githubToken} from '../fixtures/scan/fakes.js'
import {validateSarif} from '../fixtures/sarif/validate.js'
import {noPrompter} from '../../src/prompts/types.js'
import type {ReportedFinding, ScanReport} from '../../src/domain/scan/report.js'
import type {ScanFindingsBody} from '../../src/domain/entries/scan-findings.js'
import type {SecretCapturedBody} from '../../src/domain/entries/secret-captured.js'
import {withLedger} from '../../src/services/store-access.js'

interface IncidentJson {
  otherEntries: Record<string, number>
}

const rng = new Rng(20261120)
const token = githubToken(rng)
const otherToken = githubToken(rng)
const email = fakes.email(rng)
const card = cardNumber(rng)
const aws = fakes.awsKeyId(rng)
const raws = [token, otherToken, email, card, aws]

/** A sensitive system prompt made of random words, so it exists nowhere else. */
const WORDS = ['refund', 'policy', 'escalate', 'customer', 'tier', 'never', 'reveal', 'internal', 'discount', 'codes', 'account', 'manager', 'always', 'verify', 'identity', 'before', 'sharing', 'order', 'history', 'apologise', 'politely', 'route', 'legal', 'questions', 'to', 'the', 'compliance', 'team', 'within', 'hours']
const promptWords = Array.from({length: 150}, () => rng.pick(WORDS))
const prompt = `You are Tessa, the support assistant of Example Corp. ${promptWords.join(' ')}.`

function assertNoRaw(text: string, where: string): void {
  for (const raw of raws) assert.ok(!text.includes(raw), `a raw value appears in ${where}`)
}

describe('pl scan', () => {
  let t: TestStore
  let other: TestStore
  let incident: string
  let inputs: string
  let noStore: Record<string, string>

  before(async () => {
    t = tempStore('pl-scan-')
    other = tempStore('pl-scan-other-')
    incident = await initWithIncident(t, 'GitHub token in gateway logs')
    const init = await runPl(['init'], {env: other.env})
    assert.equal(init.code, 0, init.stderr)
    noStore = {PL_HOME: join(t.dir, 'no-store-here'), PL_ACTOR: 'tester@test'}
    inputs = join(t.dir, 'inputs')
    mkdirSync(join(inputs, 'tree', 'nested'), {recursive: true})
    mkdirSync(join(inputs, 'prompts'))
    writeFileSync(join(inputs, 'tree', 'app.log'), `10:00 start\n10:01 auth token=${token} user=${email}\n10:02 aws key ${aws}\n`)
    writeFileSync(
      join(inputs, 'tree', 'nested', 'chat.jsonl'),
      [JSON.stringify({messages: [{role: 'user', content: `here is my token ${token}`}]}), JSON.stringify({card: card, note: 'pay'}), ''].join('\n'),
    )
    writeFileSync(join(inputs, 'other.log'), `deploy with ${otherToken}\n`)
    writeFileSync(join(inputs, 'clean.txt'), 'nothing to see here\njust logs\n')
    writeFileSync(join(inputs, 'prompts', 'support-bot.txt'), prompt)
    writeFileSync(join(inputs, 'prompts', 'unrelated.txt'), 'You translate recipes from French to English and convert every unit to metric, keeping the tone warm and the steps short.')
    // A third of the prompt, re-wrapped and upper-cased, quoted in a model reply.
    const third = promptWords.slice(50, 100).join(' ').toUpperCase().replace(/(.{60}\S*) /g, '$1\n')
    writeFileSync(join(inputs, 'reply.log'), `model reply: "${third}"\n`)
  })

  after(() => {
    t.cleanup()
    other.cleanup()
  })

  test('table: one row per finding with location, rule, masked value and fingerprint prefix; summary on stderr; exit 1', async () => {
    const r = await runPl(['scan', join(inputs, 'tree')], {env: noStore})
    assert.equal(r.code, 1, r.stderr)
    assertNoRaw(r.stdout + r.stderr, 'the table output')
    const rows = r.stdout.split('\n').filter((l) => l.includes(inputs))
    assert.equal(rows.length, 5, r.stdout)
    // Piped, the table is plain aligned columns (boxed only on a terminal).
    assert.match(r.stdout, /^LOCATION +RULE +FOUND +FINGERPRINT/)
    assert.match(r.stdout, new RegExp(`tree/app\\.log:2:\\d+ +github-token +ghp_…${token.slice(-4)} +[0-9a-f]{12}`))
    assert.match(r.stdout, /chat\.jsonl:1:\d+ +github-token .*\$\.messages\[0\]\.content/)
    assert.match(r.stdout, /chat\.jsonl:2:\d+ +payment-card /)
    // Grouped by input: both app.log rows come before the chat.jsonl rows.
    const firstChat = rows.findIndex((l) => l.includes('chat.jsonl'))
    assert.ok(rows.slice(0, firstChat).every((l) => l.includes('app.log')) && rows.slice(firstChat).every((l) => l.includes('chat.jsonl')))
    assert.match(r.stderr, /5 findings \(3 secret, 2 pii; 4 distinct values\) in 2 of 2 inputs/)
    assert.match(r.stderr, /fingerprints: ephemeral/)
  })

  test('--format json and --json print {findings, stats} with every field a finding needs', async () => {
    const viaFormat = await runPl(['scan', join(inputs, 'tree'), '--format', 'json'], {env: noStore})
    assert.equal(viaFormat.code, 1)
    const a = JSON.parse(viaFormat.stdout) as ScanReport
    const {code, json: b} = await runJson<ScanReport>(['scan', join(inputs, 'tree')], {env: noStore})
    assert.equal(code, 1)
    for (const report of [a, b]) {
      assertNoRaw(JSON.stringify(report), 'the JSON output')
      assert.equal(report.findings.length, 5)
      assert.equal(report.stats.files, 2)
      assert.equal(report.stats.findings, 5)
      assert.equal(report.stats.fingerprintScope, 'ephemeral')
      assert.deepEqual(report.stats.errors, [])
      for (const f of report.findings) {
        assert.ok(['secret', 'pii', 'prompt'].includes(f.category))
        assert.ok(f.line >= 1 && f.column >= 1)
        assert.match(f.fingerprint, /^[0-9a-f]{64}$/)
        assert.ok(f.masked.includes('…'), f.masked)
        assert.ok(f.path.startsWith(join(inputs, 'tree')))
      }
      const inJson = report.findings.find((f) => f.path.endsWith('chat.jsonl') && f.rule === 'github-token')
      assert.equal(inJson?.jsonPath, '$.messages[0].content')
      const inLog = report.findings.find((f) => f.path.endsWith('app.log') && f.rule === 'github-token')
      assert.equal(inLog?.line, 2)
      assert.equal(inLog?.column, '10:01 auth token='.length + 1)
      assert.equal(inLog?.jsonPath, undefined)
    }
    // Ephemeral keys differ between runs, but within one run equal values share a fingerprint.
    const tokenFps = (r: ScanReport) => new Set(r.findings.filter((f) => f.rule === 'github-token').map((f) => f.fingerprint))
    assert.equal(tokenFps(a).size, 1)
    assert.notDeepEqual([...tokenFps(a)], [...tokenFps(b)])
  })

  test('exit codes: 0 without findings, 1 with, --exit-code N instead', async () => {
    const clean = await runPl(['scan', join(inputs, 'clean.txt')], {env: noStore})
    assert.equal(clean.code, 0, clean.stderr)
    assert.equal(clean.stdout, '')
    assert.match(clean.stderr, /No findings in 1 input/)
    assert.equal((await runPl(['scan', join(inputs, 'other.log')], {env: noStore})).code, 1)
    assert.equal((await runPl(['scan', join(inputs, 'other.log'), '--exit-code', '0'], {env: noStore})).code, 0)
    assert.equal((await runPl(['scan', join(inputs, 'other.log'), '--exit-code', '42'], {env: noStore})).code, 42)
    assert.equal((await runPl(['scan', join(inputs, 'clean.txt'), '--exit-code', '42'], {env: noStore})).code, 0)
    // pl's own error codes are refused: findings would read as a usage error or an incomplete scan.
    for (const reserved of ['2', '9', '10', '70']) {
      const refused = await runPl(['scan', join(inputs, 'other.log'), '--exit-code', reserved], {env: noStore})
      assert.equal(refused.code, 2, reserved)
      assert.match(refused.stderr, new RegExp(`--exit-code ${reserved} is an error code of pl`))
    }
  })

  test('a corrupt .gz is reported with its path, its good prefix and the other inputs are scanned, exit 9 even with --exit-code 0', async () => {
    const gz = gzipSync(`first ${token}\n${'filler line\n'.repeat(20000)}last ${otherToken}\n`)
    const corrupt = join(t.dir, 'rotated.log.gz')
    writeFileSync(corrupt, gz.subarray(0, Math.floor(gz.length / 2)))
    const j = await runJson<ScanReport>(['scan', corrupt, join(inputs, 'tree', 'app.log'), '--exit-code', '0'], {env: noStore})
    assert.equal(j.code, 9, j.stderr)
    assert.equal(j.json.stats.errors.length, 1)
    assert.equal(j.json.stats.errors[0]?.path, corrupt)
    assert.ok(j.json.findings.some((f) => f.path === corrupt && f.line === 1 && f.rule === 'github-token'))
    assert.ok(j.json.findings.some((f) => f.path.endsWith('app.log')))
    assertNoRaw(JSON.stringify(j.json) + j.stderr, 'the output')
  })

  test('unreadable and missing paths are reported with their path, the rest is scanned, exit 9 (not the usage code 2)', async () => {
    const locked = join(t.dir, 'locked.log')
    writeFileSync(locked, `token ${otherToken}\n`)
    chmodSync(locked, 0)
    const missing = join(t.dir, 'does-not-exist.log')
    const r = await runPl(['scan', missing, locked, join(inputs, 'tree', 'app.log')], {env: noStore})
    assert.equal(r.code, 9, r.stderr)
    assert.match(r.stderr, new RegExp(`Cannot scan ${missing.replaceAll('.', '\\.')}: ENOENT`))
    if (process.getuid?.() !== 0) assert.match(r.stderr, new RegExp(`Cannot scan ${locked.replaceAll('.', '\\.')}: EACCES`))
    assert.match(r.stdout, /app\.log:2:/)
    assert.match(r.stderr, /could not be read/)
    const j = await runJson<ScanReport>(['scan', missing, join(inputs, 'tree', 'app.log')], {env: noStore})
    assert.equal(j.code, 9)
    assert.equal(j.json.stats.errors[0]?.path, missing)
    assert.equal(j.json.findings.length, 3)
  })

  test('an input read whole but with bad text is named apart from unreadable ones; pipes in a directory are counted, not read', async () => {
    const mixed = join(t.dir, 'mixed')
    mkdirSync(mixed)
    writeFileSync(join(mixed, 'latin1.log'), Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(` ${token}\n`)]))
    execFileSync('mkfifo', [join(mixed, 'events.pipe')])
    const missing = join(t.dir, 'gone.log')
    const r = await runPl(['scan', mixed, missing], {env: noStore})
    assert.equal(r.code, 9, r.stderr)
    assert.match(r.stderr, new RegExp(`^${join(mixed, 'latin1.log').replaceAll('.', '\\.')}: 1 invalid UTF-8 sequence \\(on line 1\\), read as U\\+FFFD$`, 'm'))
    assert.match(r.stderr, /^Cannot scan .*gone\.log: ENOENT/m)
    assert.match(r.stderr, /1 pipe, socket or device in directories skipped · 1 input could not be read · 1 input with problems in its text/)
    assert.match(r.stdout, /latin1\.log:1:6 +github-token/)
    // A dangling link named on the command line says where it points.
    const dangling = join(t.dir, 'dangling.log')
    symlinkSync(join(t.dir, 'rotated-away.log'), dangling)
    const d = await runPl(['scan', dangling], {env: noStore})
    assert.equal(d.code, 9)
    assert.match(d.stderr, /Cannot scan .*dangling\.log: dangling symbolic link to .*rotated-away\.log/)
  })

  test('reads standard input (-) and reports its path as -', async () => {
    const r = await runJson<ScanReport>(['scan', '-'], {env: noStore, input: `piped ${token}\n`})
    assert.equal(r.code, 1)
    assert.equal(r.json.findings[0]?.path, '-')
    assert.equal(r.json.findings[0]?.rule, 'github-token')
    const twice = await runPl(['scan', '-', '-'], {env: noStore, input: ''})
    assert.equal(twice.code, 2)
  })

  test('--prompts DIR finds a partial, reformatted copy of a registered prompt by its file name, and nothing in unrelated text', async () => {
    const r = await runJson<ScanReport>(['scan', join(inputs, 'reply.log'), join(inputs, 'clean.txt'), '--prompts', join(inputs, 'prompts')], {env: noStore})
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.json.stats.prompts, 2)
    assert.equal(r.json.findings.length, 1)
    const hit = r.json.findings[0] as ReportedFinding
    assert.equal(hit.category, 'prompt')
    assert.equal(hit.rule, 'known-prompt')
    assert.equal(hit.promptName, 'support-bot')
    assert.ok(hit.path.endsWith('reply.log'))
    assert.ok(!JSON.stringify(r.json).includes(promptWords.slice(50, 60).join(' ')), 'the prompt text is not printed')
    const missing = await runPl(['scan', join(inputs, 'reply.log'), '--prompts', join(inputs, 'nope')], {env: noStore})
    assert.equal(missing.code, 3)
    const empty = join(t.dir, 'empty-prompts')
    mkdirSync(empty)
    const none = await runPl(['scan', join(inputs, 'reply.log'), '--prompts', empty], {env: noStore})
    assert.equal(none.code, 2)
    assert.match(none.stderr, /No \.txt files/)
  })

  test('--format sarif prints a valid SARIF 2.1.0 log; --json cannot be combined with it', async () => {
    const r = await runPl(['scan', join(inputs, 'tree'), join(inputs, 'reply.log'), '--prompts', join(inputs, 'prompts'), '--format', 'sarif'], {env: noStore})
    assert.equal(r.code, 1, r.stderr)
    assertNoRaw(r.stdout, 'the SARIF output')
    const log = JSON.parse(r.stdout) as {version: string; runs: {tool: {driver: {name: string; rules: {id: string}[]}}; results: {ruleId: string; level: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]}[]}[]}
    assert.deepEqual(validateSarif(log), [])
    assert.equal(log.runs[0]?.tool.driver.name, 'pl')
    const results = log.runs[0]?.results ?? []
    assert.equal(results.length, 6)
    assert.ok(results.some((x) => x.ruleId === 'known-prompt'))
    assert.ok(results.every((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.startsWith('file:///')))
    const both = await runPl(['scan', join(inputs, 'clean.txt'), '--format', 'sarif', '--json'], {env: noStore})
    assert.equal(both.code, 2)
  })

  test('with a store and its key, fingerprints are store-scoped: equal within a store, different across stores', async () => {
    const a1 = (await runJson<ScanReport>(['scan', join(inputs, 'tree')], {env: t.env})).json
    const a2 = (await runJson<ScanReport>(['scan', join(inputs, 'tree', 'app.log')], {env: t.env})).json
    const b = (await runJson<ScanReport>(['scan', join(inputs, 'tree')], {env: other.env})).json
    assert.equal(a1.stats.fingerprintScope, 'store')
    assert.equal(b.stats.fingerprintScope, 'store')
    const fp = (r: ScanReport, file: string) => r.findings.find((f) => f.rule === 'github-token' && f.path.endsWith(file))?.fingerprint
    assert.ok(fp(a1, 'app.log'))
    assert.equal(fp(a1, 'app.log'), fp(a1, 'chat.jsonl'), 'the same token in two files')
    assert.equal(fp(a1, 'app.log'), fp(a2, 'app.log'), 'the same token in two runs')
    assert.notEqual(fp(a1, 'app.log'), fp(b, 'app.log'), 'another store, another key')
    // A store whose key is not in the environment is not unlocked (no prompt): ephemeral, and said so.
    const locked = await runJson<ScanReport>(['scan', join(inputs, 'other.log')], {env: {PL_HOME: t.env.PL_HOME}})
    assert.equal(locked.json.stats.fingerprintScope, 'ephemeral')
    assert.match(locked.json.stats.fingerprintNote ?? '', /not in the environment/)
  })

  test('--incident records scan.findings and one secret.captured per distinct value, each under its own key; nothing in clear on disk', async () => {
    const r = await runPl(['scan', join(inputs, 'tree'), join(inputs, 'reply.log'), '--incident', incident.toLowerCase(), '--prompts', join(inputs, 'prompts')], {env: t.env})
    assert.equal(r.code, 1, r.stderr)
    assertNoRaw(r.stdout + r.stderr, 'the output')
    assert.match(r.stderr, new RegExp(`Recorded in ${incident} as entry #\\d+: 4 raw values captured under their own keys`))

    const show = await runJson<IncidentJson>(['incident', 'show', incident], {env: t.env})
    assert.equal(show.code, 0)
    assert.deepEqual(show.json.otherEntries, {'secret.captured': 4, 'scan.findings': 1})
    const timeline = await runJson<{events: {kind: string}[]}>(['incident', 'timeline', incident], {env: t.env})
    assert.ok(timeline.json.events.some((e) => e.kind === 'scan.findings'))

    for (const suffix of ['', '-wal', '-shm']) {
      const file = t.store + suffix
      if (!existsSync(file)) continue
      const bytes = readFileSync(file)
      for (const raw of raws) {
        assert.ok(!bytes.includes(Buffer.from(raw)), `a raw value in clear in ${suffix || 'the database'}`)
        assert.ok(!bytes.includes(Buffer.from(Buffer.from(raw).toString('base64').slice(0, 24))), `a raw value in base64 in ${suffix || 'the database'}`)
      }
    }
    const verify = await runPl(['evidence', 'verify'], {env: t.env})
    assert.equal(verify.code, 0, verify.stdout + verify.stderr)

    // Read the entries back with the key: the findings body names each value's own key.
    const session = {storePath: t.store, env: t.env, prompter: noPrompter, actor: 'test', now: () => Date.now()}
    await withLedger(session, (ledger) => {
      const rows = ledger.rowsOfIncident(incident)
      const incidentKeyId = rows[0]!.keyId
      const findingsRow = rows.find((row) => row.kind === 'scan.findings')!
      assert.equal(findingsRow.keyId, incidentKeyId)
      const body = ledger.decrypt(findingsRow).body as ScanFindingsBody
      assert.equal(body.findings.length, 6)
      assert.deepEqual(body.prompts, ['support-bot', 'unrelated'])
      assert.equal(body.secrets.length, 4)
      const captured = rows.filter((row) => row.kind === 'secret.captured')
      const keyIds = new Set(captured.map((row) => row.keyId))
      assert.equal(keyIds.size, 4, 'one data key per value')
      assert.ok(!keyIds.has(incidentKeyId))
      const rawByFingerprint = new Map<string, string>()
      for (const row of captured) {
        const secret = ledger.decrypt(row).body as SecretCapturedBody
        rawByFingerprint.set(secret.fingerprint, secret.raw)
        const listed = body.secrets.find((s) => s.fingerprint === secret.fingerprint)
        assert.equal(listed?.keyId, row.keyId, 'the findings body names the key next to the fingerprint')
        assert.equal(listed?.entry, row.seq)
      }
      const tokenFinding = body.findings.find((f) => f.rule === 'github-token')!
      assert.equal(rawByFingerprint.get(tokenFinding.fingerprint), token)
      assert.equal(body.secrets.find((s) => s.fingerprint === tokenFinding.fingerprint)?.occurrences, 2)
      assert.ok([...rawByFingerprint.values()].includes(email))
      assert.ok(!JSON.stringify(body).includes(token), 'the findings body holds no raw value')
    })
  })

  test('a second --incident scan reuses values already captured, and captures only new ones', async () => {
    const r = await runJson<ScanReport>(['scan', join(inputs, 'tree', 'app.log'), join(inputs, 'other.log'), '--incident', incident], {env: t.env})
    assert.equal(r.code, 1, r.stderr)
    assert.equal(r.json.stats.fingerprintScope, 'store')
    assert.equal(r.json.incident?.secretsCaptured, 1)
    assert.equal(r.json.incident?.secretsAlreadyCaptured, 3)
    const show = await runJson<IncidentJson>(['incident', 'show', incident], {env: t.env})
    assert.deepEqual(show.json.otherEntries, {'secret.captured': 5, 'scan.findings': 2})
    assert.equal((await runPl(['evidence', 'verify'], {env: t.env})).code, 0)
  })

  test('--incident with an unknown incident fails before scanning and records nothing', async () => {
    const before = await runJson<{entries: number}>(['evidence', 'verify'], {env: t.env})
    const r = await runJson<{error: {code: string}}>(['scan', join(inputs, 'tree'), '--incident', 'INC-1999-0001'], {env: t.env})
    assert.equal(r.code, 3)
    assert.equal(r.json.error.code, 'not-found')
    const afterwards = await runJson<{entries: number}>(['evidence', 'verify'], {env: t.env})
    assert.equal(afterwards.json.entries, before.json.entries)
    const noKey = await runPl(['scan', join(inputs, 'tree'), '--incident', incident], {env: {PL_HOME: t.env.PL_HOME}})
    assert.equal(noKey.code, 6, 'with --incident the store must be unlocked')
  })

  test('--incident: a scan that could read no input records nothing; one read in part records what was read and names the rest (exit 9 both)', async () => {
    const entries = async () => (await runJson<{entries: number}>(['evidence', 'verify'], {env: t.env})).json.entries
    const before = await entries()
    const missing = join(inputs, 'no-such-dir', 'gateway.jsonl')
    const none = await runJson<ScanReport>(['scan', missing, '--incident', incident], {env: t.env})
    assert.equal(none.code, 9, none.stderr)
    assert.equal(none.json.incident, undefined)
    assert.deepEqual(none.json.notRecorded, {incident, reason: 'no input could be read'})
    const human = await runPl(['scan', missing, '--incident', incident], {env: t.env})
    assert.equal(human.code, 9)
    assert.match(human.stderr, new RegExp(`Nothing was recorded in ${incident}: no input could be read`))
    assert.doesNotMatch(human.stderr, /Recorded in/)
    assert.equal(await entries(), before, 'a mistyped path leaves no scan entry')

    const part = await runJson<ScanReport>(['scan', join(inputs, 'other.log'), missing, '--incident', incident], {env: t.env})
    assert.equal(part.code, 9, part.stderr)
    assert.ok(part.json.incident !== undefined, 'what was read is recorded')
    assert.equal(part.json.notRecorded, undefined)
    assert.deepEqual(part.json.stats.errors.map((e) => e.path), [missing], 'the recorded stats name the input not read')
    const partHuman = await runPl(['scan', join(inputs, 'other.log'), missing, '--incident', incident], {env: t.env})
    assert.equal(partHuman.code, 9)
    assert.match(partHuman.stderr, new RegExp(`Recorded in ${incident} as entry #\\d+: .*the entry names the 1 input that could not be read`))
    assert.equal(await entries(), before + 2)
  })
})
