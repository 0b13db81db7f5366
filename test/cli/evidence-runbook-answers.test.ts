/**
 * Password answers typed into runbook steps (`runbook.secret` entries) as evidence, through the
 * real CLI: listed and shown by runbook and step (never the value), never revealed or proven,
 * shredded one by id or all with --incident (`verify --deep` still passing, the postmortem still
 * built); a walk resumed after its answer was shredded asks for it again, or without a terminal
 * fails naming the step and --answers, and never uses an empty value; a finished walk is
 * unaffected. No typed password appears in any output or, in clear, in the store's files.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {initWithIncident, recordingCli, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {entries, sessionOf} from '../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'
import type {RunbookAnswer} from '../../src/domain/runbook-answers.js'
import type {Prompter} from '../../src/prompts/types.js'
import {checkRunbookFile} from '../../src/services/runbook/discovery.js'
import {walkRunbook} from '../../src/services/runbook/walk.js'
import {withLedger} from '../../src/services/store-access.js'

interface Listing {
  incident: string
  evidence: {id: string; shredded: boolean}[]
  captured: unknown[]
  runbookAnswers: RunbookAnswer[]
}

interface Shred {
  shredded: {type: string; id: string; seq: number; name: null | string; runbook?: string | null; step?: string | null}[]
  alreadyShredded: string[]
  wipe: string
}

interface ErrorJson {
  error: {code: string; message: string; exitCode: number; hints: string[]; missing?: string[]; shredded?: {step: string; id: string}[]}
}

/** Fake Vault tokens, made for this run. */
const vaultToken = () => `hvs.${randomBytes(18).toString('base64url')}`
const first = vaultToken()
const second = vaultToken()
const typed = [first, second]

/** The answer is given in one step and used by a later one. */
const LATER = `name: answer-later
title: Revoke a Vault token typed in earlier
steps:
  - id: vault-token
    title: The leaked Vault token
    question: {type: password, message: The leaked Vault token}
  - id: revoke
    title: Revoke it
    action: {type: revoke-token, provider: vault, params: {tokens: "{{ answers.vault-token }}"}}
`

/** The answer is used by its own step. */
const OWN = `name: answer-own
title: Revoke a pasted Vault token
steps:
  - id: token
    title: Revoke the pasted token
    question: {type: password, message: Paste the token}
    action: {type: revoke-token, provider: vault, params: {tokens: "{{ answers.token }}"}}
`

describe('runbook answers as evidence', {concurrency: 1}, () => {
  let t: TestStore
  let incident: string
  let server: ProviderServer
  let state: ProviderState
  let env: Record<string, string>
  let later: string
  let own: string
  const cliRecorder = recordingCli(() => env)
  const {outputs} = cliRecorder
  let n = 0
  /** An answers file, written for one run and removed after it. */
  const answersFile = (content: Record<string, string>): string => {
    const file = join(t.dir, `answers-${(n += 1)}.json`)
    writeFileSync(file, JSON.stringify(content), {mode: 0o600})
    return file
  }

  const {pl, json} = cliRecorder
  const list = async (): Promise<Listing> => {
    const r = await json<Listing>(['evidence', 'list', incident])
    assert.equal(r.code, 0, r.stderr)
    return r.json
  }
  const answerOf = (l: Listing, runbook: string): RunbookAnswer[] => l.runbookAnswers.filter((a) => a.runbook === runbook)
  const verifyDeep = async (): Promise<{ok: boolean; deep: {shreddedKeys: number}}> => {
    const v = await json<{ok: boolean; deep: {shreddedKeys: number}}>(['evidence', 'verify', '--deep'])
    assert.equal(v.code, 0, v.stderr)
    return v.json
  }

  before(async () => {
    t = tempStore('pl-rb-answers-')
    incident = await initWithIncident(t, 'Vault token pasted into a chat')
    ;({server, state} = providerServer())
    await server.start()
    env = {...t.env, ...providerEnv(server.url)}
    state.live.set('vault', new Set(typed))
    later = join(t.dir, 'answer-later.yaml')
    own = join(t.dir, 'answer-own.yaml')
    writeFileSync(later, LATER)
    writeFileSync(own, OWN)
  })

  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('a password answer given without a terminal is listed by runbook and step, never its value', async () => {
    // Without --yes each walk stops at its revoke: answered (and, for answer-later, done), not revoked.
    const a = await pl(['runbook', 'run', later, '--incident', incident, '--answers', answersFile({'vault-token': first})])
    assert.equal(a.code, 2, a.stderr)
    assert.match(a.stderr, /Step revoke would .* needs --yes/)
    const b = await pl(['runbook', 'run', own, '--incident', incident, '--answers', answersFile({token: second})])
    assert.equal(b.code, 2, b.stderr)
    assert.equal(state.live.get('vault')?.size, 2)

    const l = await list()
    assert.equal(l.runbookAnswers.length, 2)
    const secrets = (await entries(t, incident)).filter((e) => e.kind === 'runbook.secret')
    assert.deepEqual(l.runbookAnswers.map((x) => x.seq), secrets.map((e) => e.seq))
    const [la] = answerOf(l, 'answer-later')
    assert.deepEqual({...la!, answeredAt: 0}, {
      // The store's first evidence item (ADR 0016); its entry number is its own field.
      id: 'EV-1',
      seq: secrets[0]!.seq,
      kind: 'runbook-answer',
      runbook: 'answer-later',
      step: 'vault-token',
      keyId: secrets[0]!.keyId,
      answeredAt: 0,
      answeredBy: 'tester@test',
      shredded: false,
    })
    assert.deepEqual(answerOf(l, 'answer-own').map((x) => [x.step, x.shredded]), [['token', false]])

    const human = await pl(['evidence', 'list', incident])
    assert.equal(human.code, 0, human.stderr)
    assert.match(human.stdout, /Runbook answers \(2, 2 kept\)/)
    assert.match(human.stdout, new RegExp(`${la!.id}\\s+answer-later\\s+vault-token\\s+.*tester@test\\s+kept`))
  })

  it('show gives an answer\'s metadata; --reveal and prove refuse it, recording nothing and creating no file', async () => {
    const [la] = answerOf(await list(), 'answer-later')
    const shown = await json<RunbookAnswer & {incident: string}>(['evidence', 'show', la!.id])
    assert.equal(shown.code, 0, shown.stderr)
    assert.deepEqual(shown.json, {...la, incident})
    const human = await pl(['evidence', 'show', la!.id])
    assert.match(human.stdout, /runbook answer, entry \d+\n {2}runbook: answer-later {3}step: vault-token/)
    assert.match(human.stdout, /never shown/)

    const before = (await entries(t, incident)).length
    const out = join(t.dir, 'revealed.txt')
    const reveal = await json<ErrorJson>(['evidence', 'show', la!.id, '--reveal', '--out', out])
    assert.equal(reveal.code, 2)
    assert.match(reveal.json.error.message, /answer typed into a runbook step and kept apart \(runbook answer-later step vault-token: a password, or text that held a secret\); pl never reveals runbook answers/)
    const plain = await pl(['evidence', 'show', la!.id, '--reveal'])
    assert.equal(plain.code, 2)
    assert.equal(plain.stdout, '')
    const prove = await json<ErrorJson>(['evidence', 'prove', la!.id, '--out', join(t.dir, 'proof.json')])
    assert.equal(prove.code, 2)
    assert.match(prove.json.error.message, /not an exhibit/)
    assert.equal((await entries(t, incident)).length, before, 'a refused reveal is not recorded')
    assert.ok(!existsSync(out) && !existsSync(join(t.dir, 'proof.json')))
  })

  it('shred ID destroys one answer: key.shredded names its runbook and step, the key is gone, verify --deep passes', async () => {
    const [la] = answerOf(await list(), 'answer-later')
    const shred = await json<Shred>(['evidence', 'shred', la!.id, '--yes', '--reason', 'token rotated'])
    assert.equal(shred.code, 0, shred.stderr)
    assert.deepEqual(shred.json, {
      shredded: [{type: 'runbook-answer', id: la!.id, seq: la!.seq, name: null, runbook: 'answer-later', step: 'vault-token'}],
      alreadyShredded: [],
      wipe: 'complete',
    })
    const recorded = await entries(t, incident)
    assert.deepEqual(recorded.find((e) => e.kind === 'key.shredded')?.body, {keyId: la!.keyId, evidence: la!.id, name: 'runbook answer-later step vault-token', reason: 'token rotated'})
    assert.equal(recorded.find((e) => e.seq === la!.seq)?.body, null, 'the answer no longer decrypts')
    assert.equal(await withLedger(sessionOf(t), (ledger) => ledger.hasKey(la!.keyId)), false)

    const after = await list()
    const gone = after.runbookAnswers.find((x) => x.id === la!.id)!
    assert.deepEqual([gone.shredded, gone.shreddedBy, gone.shredReason], [true, 'tester@test', 'token rotated'])
    assert.equal(after.runbookAnswers.filter((x) => x.shredded).length, 1)
    const human = await pl(['evidence', 'show', la!.id])
    assert.match(human.stdout, /SHREDDED .* by tester@test \(token rotated\): answer unrecoverable/)
    const again = await pl(['evidence', 'shred', la!.id, '--yes'])
    assert.match(again.stdout, new RegExp(`${la!.id} was already shredded`))

    const verify = await verifyDeep()
    assert.equal(verify.ok, true)
    assert.equal(verify.deep.shreddedKeys, 1)
    const pm = await pl(['report', 'postmortem', incident])
    assert.equal(pm.code, 0, pm.stderr)
    assert.match(pm.stdout, /answer-later/)
  })

  it('resuming a walk whose shredded answer a later step reads: without a terminal it fails naming the step and --answers, revoking nothing', async () => {
    const [la] = answerOf(await list(), 'answer-later')
    const before = (await entries(t, incident)).length
    const r = await json<ErrorJson>(['runbook', 'run', later, '--incident', incident, '--yes'])
    assert.equal(r.code, 2, r.stderr)
    assert.equal(r.json.error.code, 'usage')
    assert.match(r.json.error.message, new RegExp(`password answer to vault-token \\(${la!.id}\\) was crypto-shredded: the walk needs it again`))
    assert.deepEqual(r.json.error.missing, ['vault-token'])
    assert.deepEqual(r.json.error.shredded, [{step: 'vault-token', id: la!.id}])
    assert.match(r.json.error.hints[0]!, /--answers FILE .* "vault-token: …"/)
    assert.equal(state.live.get('vault')?.size, 2, 'nothing revoked, in particular not with an empty token')
    assert.equal((await entries(t, incident)).length, before, 'nothing recorded')
    const dry = await pl(['runbook', 'run', later, '--incident', incident, '--yes', '--dry-run'])
    assert.equal(dry.code, 0, dry.stderr)

    // Given again, the walk goes on: the answer is kept anew under a key of its own.
    const ok = await json<{complete: boolean; steps: {id: string; status: string}[]}>(['runbook', 'run', later, '--incident', incident, '--yes', '--answers', answersFile({'vault-token': first})])
    assert.equal(ok.code, 0, ok.stderr)
    assert.deepEqual(ok.json.steps.map((s) => [s.id, s.status]), [['vault-token', 'already-done'], ['revoke', 'done']])
    assert.equal(state.live.get('vault')?.has(first), false, 'revoked with the answer given again')
    assert.deepEqual(answerOf(await list(), 'answer-later').map((x) => x.shredded), [true, false])

    // A finished walk does not need its answer: shredding it changes nothing for a rerun.
    const [, renewed] = answerOf(await list(), 'answer-later')
    assert.equal((await pl(['evidence', 'shred', renewed!.id, '--yes'])).code, 0)
    const rerun = await json<{steps: {status: string}[]}>(['runbook', 'run', later, '--incident', incident])
    assert.equal(rerun.code, 0, rerun.stderr)
    assert.ok(rerun.json.steps.every((s) => s.status === 'already-done'))
  })

  it('shred --incident covers the runbook answers still kept, naming them by runbook and step', async () => {
    const file = join(t.dir, 'notes.txt')
    writeFileSync(file, 'responder notes\n')
    assert.equal((await pl(['evidence', 'add', incident, file])).code, 0)
    const before = await list()
    const kept = before.runbookAnswers.filter((a) => !a.shredded)
    assert.deepEqual(kept.map((a) => [a.runbook, a.step]), [['answer-own', 'token']])
    const human = await pl(['evidence', 'shred', '--incident', incident, '--yes', '--reason', 'retention ended'])
    assert.equal(human.code, 0, human.stderr)
    assert.match(human.stdout, new RegExp(`^Shredded ${kept[0]!.id} \\(answer to runbook answer-own step token\\)\\.$`, 'm'))
    assert.match(human.stdout, /^Shredded EV-\d+ \(notes\.txt\)\.$/m)
    for (const a of before.runbookAnswers.filter((x) => x.shredded)) assert.match(human.stdout, new RegExp(`${a.id} was already shredded`))

    const after = await list()
    assert.ok(after.runbookAnswers.every((a) => a.shredded) && after.evidence.every((e) => e.shredded))
    const again = await json<Shred>(['evidence', 'shred', '--incident', incident, '--yes'])
    assert.deepEqual(again.json.shredded, [])
    assert.deepEqual(again.json.alreadyShredded.sort(), [...after.runbookAnswers.map((a) => a.id), ...after.evidence.map((e) => e.id)].sort())
    const verify = await verifyDeep()
    assert.equal(verify.ok, true)
    assert.equal(verify.deep.shreddedKeys, 4)
    const pm = await json<{containment: {actions: unknown[]}; timeline: {kind: string; summary: string}[]}>(['report', 'postmortem', incident, '--format', 'json'])
    assert.equal(pm.code, 0, pm.stderr)
    assert.ok(pm.json.containment.actions.length > 0)
    const answers = pm.json.timeline.filter((e) => e.kind === 'runbook.secret')
    assert.equal(answers.length, after.runbookAnswers.length)
    for (const e of answers) assert.match(e.summary, /shredded/)
  })

  it('resuming a step whose own answer was shredded: without a terminal it is named; on a terminal it is asked again', async () => {
    const [lost] = answerOf(await list(), 'answer-own')
    const r = await json<ErrorJson>(['runbook', 'run', own, '--incident', incident, '--yes'])
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.json.error.message, new RegExp(`password answer to token \\(${lost!.id}\\) was crypto-shredded`))
    assert.deepEqual(r.json.error.shredded, [{step: 'token', id: lost!.id}])
    assert.equal(state.live.get('vault')?.has(second), true)

    // On a terminal (a scripted prompter, in-process): the question is asked again and says why.
    const asked: string[] = []
    const refuse = () => Promise.reject(new Error('only the password is expected'))
    const prompter: Prompter = {interactive: true, input: refuse, confirm: refuse, select: refuse, checkbox: refuse, password: async ({message}) => (asked.push(message), second)}
    const {runbook} = checkRunbookFile(own)
    const result = await walkRunbook({...sessionOf(t), env: {...sessionOf(t).env, ...providerEnv(server.url)}, prompter}, {runbook: runbook!, incident, answers: new Map(), yes: true, dryRun: false, cwd: t.dir})
    assert.equal(result.complete, true)
    assert.deepEqual(asked, [`Paste the token (asked again: the earlier answer, ${lost!.id}, was crypto-shredded)`])
    assert.equal(state.live.get('vault')?.has(second), false, 'revoked with the answer typed again')
    assert.deepEqual(answerOf(await list(), 'answer-own').map((x) => x.shredded), [true, false])
    assert.equal((await verifyDeep()).ok, true)
  })

  it('no typed password appeared in any output, nor in clear in the store files', () => {
    assert.ok(outputs.length > 30)
    const all = outputs.join('\n')
    for (const pw of typed) assert.ok(!all.includes(pw), 'a typed password appears in the output')
    for (const file of [t.store, `${t.store}-wal`]) {
      if (!existsSync(file)) continue
      const bytes = readFileSync(file)
      for (const pw of typed) assert.ok(!bytes.includes(pw), `a typed password is in clear in ${file}`)
    }
  })
})
