/**
 * Raw values captured by `pl scan --incident` as evidence, through the real CLI: listed and shown
 * masked, never revealed or proven, shredded one by id or all with --incident (a `key.shredded`
 * entry, the key gone, `verify --deep` still passing), no longer handed to runbooks once shredded
 * (the revoke step fails and says why; a new scan captures the value again), shown as shredded in
 * the postmortem — and no raw value in any output at any point.
 */
import assert from 'node:assert/strict'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {initWithIncident, recordingCli, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {Rng, cardNumber, fakes, githubToken} from '../fixtures/scan/fakes.js'
import {entries, sessionOf} from '../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'
import type {CapturedValue} from '../../src/domain/captured.js'
import {withLedger} from '../../src/services/store-access.js'

/** What `pl evidence list --json` gives for a captured value. */
type Captured = CapturedValue

interface Listing {
  incident: string
  evidence: {id: string; seq: number; name: string; shredded: boolean}[]
  captured: Captured[]
}

interface Shred {
  shredded: ({type: 'exhibit'; id: string; seq: number; name: string | null} | {type: 'captured'; id: string; seq: number; name: null; rule: string; category: string; masked: string})[]
  alreadyShredded: string[]
  wipe: string
}

interface ErrorJson {
  error: {code: string; message: string; exitCode: number; hints: string[]; step?: string; shredded?: {id: string; masked: string}[]}
}

const rng = new Rng(Date.now() % 2 ** 31)
const token = githubToken(rng)
const otherToken = githubToken(rng)
const email = fakes.email(rng)
const card = cardNumber(rng)
const raws = [token, otherToken, email, card]

const RUNBOOK = `name: revoke-captured
title: Revoke the GitHub tokens the scanner captured
steps:
  - id: revoke
    title: Revoke every captured GitHub token
    action:
      type: revoke-token
      provider: github
      params:
        tokens: "{{ secrets.github-token }}"
`

describe('captured values as evidence', {concurrency: 1}, () => {
  let t: TestStore
  let incident: string
  let logs: string
  let runbook: string
  let server: ProviderServer
  let state: ProviderState
  let env: Record<string, string>
  /** Every output of every command this suite runs: none may hold a raw value. */
  const cliRecorder = recordingCli(() => env)
  const {outputs} = cliRecorder

  const {pl, json} = cliRecorder
  const list = async (): Promise<Listing> => {
    const r = await json<Listing>(['evidence', 'list', incident])
    assert.equal(r.code, 0, r.stderr)
    return r.json
  }
  /** The postmortem's credentials agree with the list on what is shredded; returns how many are. */
  const postmortemShredded = async (): Promise<number> => {
    const pm = await json<{impact: {credentials: {entry: number; shredded: boolean}[]}}>(['report', 'postmortem', incident, '--format', 'json'])
    assert.equal(pm.code, 0, pm.stderr)
    const l = await list()
    // One row per capture, as the list has them: a value shredded and captured again is two rows.
    assert.deepEqual(pm.json.impact.credentials.map((c) => c.entry), l.captured.map((c) => c.seq))
    for (const cred of pm.json.impact.credentials) {
      const c = l.captured.find((x) => x.seq === cred.entry)
      assert.ok(c, `entry ${cred.entry} is listed`)
      assert.equal(cred.shredded, c.shredded, c.id)
    }
    return pm.json.impact.credentials.filter((c) => c.shredded).length
  }
  const byMasked = (l: Listing, raw: string): Captured[] => l.captured.filter((c) => c.masked !== null && c.masked.endsWith(raw.slice(-4)) && c.rule === 'github-token')

  before(async () => {
    t = tempStore('pl-captured-')
    incident = await initWithIncident(t, 'Tokens and card numbers in gateway logs')
    ;({server, state} = providerServer())
    await server.start()
    env = {...t.env, ...providerEnv(server.url)}
    logs = join(t.dir, 'logs')
    mkdirSync(logs)
    writeFileSync(join(logs, 'gateway.log'), `10:01 auth ${token} for ${email}\n10:02 deploy with ${otherToken}\n10:03 retry ${token}\n`)
    writeFileSync(join(logs, 'billing.jsonl'), JSON.stringify({card, note: 'pay'}) + '\n')
    runbook = join(t.dir, 'revoke-captured.yaml')
    writeFileSync(runbook, RUNBOOK)
  })

  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('a scan with --incident captures each distinct value; list shows them masked with rule, category and occurrences', async () => {
    const scan = await pl(['scan', logs, '--incident', incident])
    assert.equal(scan.code, 1, scan.stderr)
    assert.match(scan.stderr, /4 raw values captured under their own keys/)

    const l = await list()
    assert.deepEqual(l.evidence, [])
    assert.equal(l.captured.length, 4)
    // Evidence ids count the store's items in the order they were added (ADR 0016); the entry number is its own field.
    assert.deepEqual(l.captured.map((c) => c.id), ['EV-1', 'EV-2', 'EV-3', 'EV-4'])
    assert.ok(l.captured.every((c, i) => i === 0 || c.seq > l.captured[i - 1]!.seq))
    for (const c of l.captured) {
      assert.equal(c.kind, 'captured')
      assert.equal(c.shredded, false)
      assert.equal(c.scans, 1)
      assert.match(c.fingerprint ?? '', /^[0-9a-f]{16}$/, 'a fingerprint prefix, as in the postmortem')
      assert.match(c.keyId, /^k_[0-9a-f]{24}$/)
      assert.equal(c.capturedBy, 'tester@test')
    }
    assert.deepEqual(l.captured.map((c) => c.category).sort(), ['pii', 'pii', 'secret', 'secret'])
    assert.equal(byMasked(l, token)[0]?.occurrences, 2, 'the token is in the log twice')

    const human = await pl(['evidence', 'list', incident])
    assert.equal(human.code, 0, human.stderr)
    assert.doesNotMatch(human.stdout, /No evidence/)
    assert.match(human.stdout, /Captured values \(4, 4 kept\)/)
    assert.match(human.stdout, new RegExp(`EV-\\d+ +github-token +secret +ghp_…${token.slice(-4)} +2 .* kept`))
  })

  it('show gives a captured value\'s metadata; --reveal and prove refuse it, recording nothing and creating no file', async () => {
    const [c] = byMasked(await list(), token)
    const show = await json<Captured & {incident: string}>(['evidence', 'show', c!.id])
    assert.equal(show.code, 0, show.stderr)
    assert.deepEqual(show.json, {...c, incident})
    const human = await pl(['evidence', 'show', c!.id])
    assert.match(human.stdout, new RegExp(`${c!.id} +\\(incident ${incident}\\) +captured value`))
    assert.match(human.stdout, /rule: github-token {3}category: secret {3}masked: ghp_…/)
    assert.match(human.stdout, /found 2 times in 1 scan/)
    assert.match(human.stdout, /never shown/)

    const before = (await entries(t, incident)).length
    const out = join(t.dir, 'revealed.txt')
    const reveal = await json<ErrorJson>(['evidence', 'show', c!.id, '--reveal', '--out', out])
    assert.equal(reveal.code, 2)
    assert.equal(reveal.json.error.code, 'usage')
    assert.match(reveal.json.error.message, /never reveals captured values/)
    const plain = await pl(['evidence', 'show', c!.id, '--reveal'])
    assert.equal(plain.code, 2)
    assert.equal(plain.stdout, '')
    const prove = await json<ErrorJson>(['evidence', 'prove', c!.id, '--out', join(t.dir, 'proof.json')])
    assert.equal(prove.code, 2)
    assert.match(prove.json.error.message, /not an exhibit/)
    assert.equal((await entries(t, incident)).length, before, 'a refused reveal is not recorded')
    assert.ok(!existsSync(out) && !existsSync(join(t.dir, 'proof.json')))
  })

  it('shred ID destroys one captured value: key.shredded names it masked, the key is gone, list and show say shredded, verify --deep passes', async () => {
    const [c] = byMasked(await list(), token)
    const refused = await pl(['evidence', 'shred', c!.id])
    assert.equal(refused.code, 2, 'no terminal and no --yes')
    assert.equal((await list()).captured.filter((x) => x.shredded).length, 0)

    const shred = await json<Shred>(['evidence', 'shred', c!.id, '--yes', '--reason', 'revoked by hand'])
    assert.equal(shred.code, 0, shred.stderr)
    assert.deepEqual(shred.json, {
      shredded: [{type: 'captured', id: c!.id, seq: c!.seq, name: null, rule: 'github-token', category: 'secret', masked: c!.masked}],
      alreadyShredded: [],
      wipe: 'complete',
    })

    const recorded = await entries(t, incident)
    const record = recorded.find((e) => e.kind === 'key.shredded')
    assert.deepEqual(record?.body, {keyId: c!.keyId, evidence: c!.id, name: `github-token ${c!.masked}`, reason: 'revoked by hand'})
    assert.ok(record!.seq > c!.seq)
    assert.equal(recorded.find((e) => e.seq === c!.seq)?.body, null, 'the raw value no longer decrypts')
    assert.equal(await withLedger(sessionOf(t), (ledger) => ledger.hasKey(c!.keyId)), false)

    const after = await list()
    const shredded = after.captured.find((x) => x.id === c!.id)
    assert.equal(shredded?.shredded, true)
    assert.equal(shredded?.shredReason, 'revoked by hand')
    assert.equal(shredded?.shreddedBy, 'tester@test')
    assert.equal(after.captured.filter((x) => x.shredded).length, 1)
    const human = await pl(['evidence', 'show', c!.id])
    assert.match(human.stdout, /SHREDDED .* by tester@test \(revoked by hand\): value unrecoverable/)

    const again = await pl(['evidence', 'shred', c!.id, '--yes'])
    assert.equal(again.code, 0)
    assert.match(again.stdout, new RegExp(`${c!.id} was already shredded`))

    const verify = await json<{ok: boolean; deep: {shreddedKeys: number}}>(['evidence', 'verify', '--deep'])
    assert.equal(verify.code, 0, verify.stderr)
    assert.equal(verify.json.ok, true)
    assert.equal(verify.json.deep.shreddedKeys, 1)
    assert.equal(await postmortemShredded(), 1, 'the postmortem shows the shredded value as shredded')

    const timeline = await json<{events: {kind: string; summary: string}[]}>(['incident', 'timeline', incident])
    assert.match(timeline.json.events.find((e) => e.kind === 'key.shredded')?.summary ?? '', new RegExp(`Evidence ${c!.id} "github-token ghp_…${token.slice(-4)}" shredded: revoked by hand`))
  })

  it('a runbook step needing a shredded value fails and says so, touching no provider; a new scan captures the value again and the step runs', async () => {
    state.live.set('github', new Set([token, otherToken]))
    const dry = await json<ErrorJson>(['runbook', 'run', runbook, '--incident', incident, '--yes', '--dry-run'])
    assert.equal(dry.code, 7)
    assert.equal(dry.json.error.code, 'key-shredded')
    assert.equal(dry.json.error.step, 'revoke')
    const [shredded] = (await list()).captured.filter((c) => c.shredded)
    assert.deepEqual(dry.json.error.shredded?.map((s) => s.id), [shredded!.id])
    const run = await pl(['runbook', 'run', runbook, '--incident', incident, '--yes'])
    assert.equal(run.code, 7, run.stderr)
    assert.match(run.stderr, new RegExp(`Step revoke cannot run: \\{\\{ secrets\\.github-token \\}\\} includes 1 captured value that was crypto-shredded \\(${shredded!.id} github-token ghp_…${token.slice(-4)}\\)`))
    assert.match(run.stderr, /Revoke it by hand at the provider/)
    assert.equal(state.live.get('github')?.size, 2, 'no token was revoked: not even the one still captured')
    assert.ok(!(await entries(t, incident)).some((e) => e.kind === 'action.result'))

    const findingsIn = async (): Promise<number> => (await json<{impact: {findings: number}}>(['report', 'postmortem', incident, '--format', 'json'])).json.impact.findings
    const findingsBefore = await findingsIn()
    const rescan = await json<{incident: {secretsCaptured: number; secretsAlreadyCaptured: number}}>(['scan', join(logs, 'gateway.log'), '--incident', incident])
    assert.equal(rescan.code, 1, rescan.stderr)
    assert.deepEqual(rescan.json.incident, {...rescan.json.incident, secretsCaptured: 1, secretsAlreadyCaptured: 2})
    const l = await list()
    const captures = byMasked(l, token)
    assert.deepEqual(captures.map((c) => c.shredded), [true, false], 'the old capture stays shredded; the new one is kept')
    assert.notEqual(captures[1]!.keyId, captures[0]!.keyId)
    assert.equal(await postmortemShredded(), 1, 'the postmortem keeps the shredded capture beside the new one')
    assert.equal(await findingsIn(), findingsBefore, 'a file scanned again counts its findings once')
    const timeline = await pl(['incident', 'timeline', incident])
    assert.match(timeline.stdout, /1 value captured, 2 already captured earlier/)

    const walk = await pl(['runbook', 'run', runbook, '--incident', incident, '--yes'])
    assert.equal(walk.code, 0, walk.stderr)
    assert.equal(state.live.get('github')?.size, 0, 'both tokens revoked, the recaptured one from its new entry')
  })

  it('shred --incident shreds the exhibits and the captured values still kept, and no more', async () => {
    const file = join(t.dir, 'notes.txt')
    writeFileSync(file, 'responder notes\n')
    const add = await json<{evidence: {id: string}[]}>(['evidence', 'add', incident, file])
    assert.equal(add.code, 0, add.stderr)
    const before = await list()
    const kept = before.captured.filter((c) => !c.shredded)
    assert.equal(kept.length, 4)

    const shred = await json<Shred>(['evidence', 'shred', '--incident', incident.toLowerCase(), '--yes', '--reason', 'retention ended'])
    assert.equal(shred.code, 0, shred.stderr)
    const exhibit = before.evidence[0]!
    assert.deepEqual(
      shred.json.shredded.map((s) => [s.type, s.id]),
      [...kept.map((c) => ['captured', c.id]), ['exhibit', exhibit.id]].sort((a, b) => Number(a[1]!.slice(3)) - Number(b[1]!.slice(3))),
    )
    for (const s of shred.json.shredded) {
      if (s.type === 'captured') assert.deepEqual(s, {type: 'captured', id: s.id, seq: s.seq, name: null, rule: s.rule, category: s.category, masked: kept.find((c) => c.id === s.id)!.masked})
      else assert.deepEqual(s, {type: 'exhibit', id: exhibit.id, seq: exhibit.seq, name: 'notes.txt'})
    }
    assert.deepEqual(shred.json.alreadyShredded, before.captured.filter((c) => c.shredded).map((c) => c.id))
    assert.equal(shred.json.wipe, 'complete')

    const after = await list()
    assert.ok(after.captured.every((c) => c.shredded))
    assert.ok(after.evidence.every((e) => e.shredded))
    await withLedger(sessionOf(t), (ledger) => {
      for (const c of after.captured) assert.equal(ledger.hasKey(c.keyId), false, c.id)
    })
    const verify = await json<{ok: boolean; deep: {shreddedKeys: number}}>(['evidence', 'verify', '--deep'])
    assert.equal(verify.json.ok, true)
    assert.equal(verify.json.deep.shreddedKeys, 6)
    assert.equal(await postmortemShredded(), 5, 'every capture is shredded in the postmortem, the value captured twice on two rows')

    const human = await pl(['evidence', 'shred', '--incident', incident, '--yes'])
    assert.equal(human.code, 0)
    assert.doesNotMatch(human.stdout, /Nothing to shred/)
    assert.equal(human.stdout.split('\n').filter((line) => / was already shredded\.$/.test(line)).length, 6)
  })

  it('the human output of a shred names captured values by rule and masked form', async () => {
    const other = tempStore('pl-captured-human-')
    try {
      const inc = await initWithIncident(other)
      const scan = await runPl(['scan', join(logs, 'billing.jsonl'), '--incident', inc], {env: other.env})
      outputs.push(scan.stdout, scan.stderr)
      const r = await runPl(['evidence', 'shred', '--incident', inc, '--yes'], {env: other.env})
      outputs.push(r.stdout, r.stderr)
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stdout, new RegExp(`^Shredded EV-\\d+ \\(captured payment-card …${card.slice(-4)}\\)\\.$`, 'm'))
    } finally {
      other.cleanup()
    }
  })

  it('no raw value appeared in any standard output or standard error', () => {
    assert.ok(outputs.length > 40)
    const all = outputs.join('\n')
    for (const raw of raws) assert.ok(!all.includes(raw), 'a raw value appears in the output')
  })
})
