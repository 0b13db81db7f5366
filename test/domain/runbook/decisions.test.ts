/**
 * A failed or refused step never blocks the rest: skips with a reason, completions by hand, the
 * --skip/--done/--from plan, a step whose input was skipped skipped too; and the walk's lease.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {parseRunbook} from '../../../src/domain/runbook/parse.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import type {StepRecordBody} from '../../../src/domain/runbook/walk.js'
import {foldWalk, missingAnswers, planDecisions, readersOfAnswer, skippedInput, withFindingDefaults} from '../../../src/domain/runbook/walk.js'
import type {LeaseBody} from '../../../src/domain/runbook/lease.js'
import {currentLease, judgeLease} from '../../../src/domain/runbook/lease.js'
import {walkStatus} from '../../../src/domain/runbook/status.js'

const rb: Runbook = (() => {
  const r = parseRunbook(
    `name: rb
title: RB
steps:
  - id: revoke
    title: Revoke
    action: {type: revoke-token, provider: github, params: {tokens: "{{ secrets.github-token }}"}}
  - id: connector
    title: Which connector?
    question: {type: input, message: Connector}
  - id: pause
    title: Pause it
    when: {answer: connector}
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}"}}
  - id: either
    title: Either
    when: {any: [{answer: connector}, {class: secret}]}
    question: {type: confirm, message: Go?}
  - id: end
    title: End
    question: {type: confirm, message: Done?}
    mark: contained
`,
    'rb.yaml',
  )
  assert.deepEqual(r.problems, [])
  return r.runbook!
})()

const rec = (step: string, status: StepRecordBody['status'], extra: Partial<StepRecordBody> = {}): StepRecordBody => ({runbook: 'rb', step, status, ...extra})

describe('skip, done by hand, and the plan from flags', () => {
  it('folds skips (with and without a reason) and completions by hand; a later by-hand completion ends a skip', () => {
    const s = foldWalk(rb, [rec('revoke', 'skipped', {reason: 'GitHub down'}), rec('connector', 'skipped'), rec('pause', 'done', {byHand: true, note: 'alice paused it'})])
    assert.deepEqual([...s.completed], ['revoke', 'connector', 'pause'])
    assert.deepEqual(s.skipped.get('revoke'), {reason: 'GitHub down'})
    assert.deepEqual(s.skipped.get('connector'), {})
    assert.equal(s.byHand.get('pause'), 'alice paused it')
    assert.equal(s.next?.id, 'either')
    const later = foldWalk(rb, [rec('revoke', 'skipped', {reason: 'GitHub down'}), rec('revoke', 'done', {byHand: true, note: 'revoked in the console'})])
    assert.equal(later.skipped.has('revoke'), false)
    assert.equal(later.byHand.get('revoke'), 'revoked in the console')
  })

  it('a step reading a skipped step\'s missing answer is skipped too; a condition decided without it is not', () => {
    const skipped = new Map([['connector', {reason: 'no idea'}]])
    const ctx = {answers: new Map(), classes: ['secret'], findings: []}
    assert.equal(skippedInput(rb.steps[2]!, skipped, ctx), 'connector')
    // `either` holds through the incident's class: the skipped answer does not matter.
    assert.equal(skippedInput(rb.steps[3]!, skipped, ctx), undefined)
    assert.equal(skippedInput(rb.steps[3]!, skipped, {...ctx, classes: []}), 'connector')
    // Answered before it was skipped: the answer is there, nothing waits on it.
    assert.equal(skippedInput(rb.steps[2]!, skipped, {...ctx, answers: new Map([['connector', 'sink']])}), undefined)
    // Skipped by its own condition: never meant to run, not a skipped input.
    assert.equal(skippedInput(rb.steps[2]!, new Map([['connector', {}]]), ctx), undefined)
  })

  it('plans --skip, --done and --from, and names every problem', () => {
    const state = foldWalk(rb, [rec('revoke', 'done'), rec('connector', 'skipped', {reason: 'x'})])
    const ok = planDecisions(rb, state, {skip: new Map([['pause', 'later']]), done: new Map([['connector', 'set by hand']]), from: 'end'})
    assert.deepEqual(ok.problems, [])
    assert.deepEqual([...ok.decisions], [
      ['pause', {type: 'skip', reason: 'later'}],
      ['connector', {type: 'done', note: 'set by hand'}],
      ['either', {type: 'skip', reason: 'walk started --from end'}],
    ])
    const bad = planDecisions(rb, state, {skip: new Map([['revoke', 'r'], ['nope', 'n'], ['end', 'e']]), done: new Map([['end', 'x']]), from: 'zzz'})
    assert.deepEqual(bad.problems, [
      '--skip revoke: the step is already done',
      '--skip nope: rb has no step "nope"',
      '--skip end and --done end: choose one',
      '--from zzz: rb has no step "zzz"',
    ])
  })

  it('a walk without a terminal does not ask for the answers of skipped steps nor of steps that read them', () => {
    const state = foldWalk(rb, [])
    const ctx = {classes: [], findings: []}
    assert.deepEqual(missingAnswers(rb, state, ctx, new Map(), false), ['connector', 'either', 'end'])
    assert.deepEqual(missingAnswers(rb, state, ctx, new Map(), false, new Map([['connector', {type: 'skip', reason: 'r'}]])), ['end'])
    assert.deepEqual(missingAnswers(rb, state, ctx, new Map(), false, new Map([['end', {type: 'done', note: 'n'}]])), ['connector', 'either'])
  })

  it('status: done, by hand, skipped with its reason, failed with the last error, pending; who and when', () => {
    const steps = [
      {seq: 3, ts: 30, actor: 'a', body: rec('connector', 'answered', {answer: 'sink'})},
      {seq: 5, ts: 50, actor: 'b', body: rec('revoke', 'skipped', {reason: 'GitHub down'})},
      {seq: 7, ts: 70, actor: 'c', body: rec('either', 'done', {byHand: true, note: 'did it'})},
    ]
    const results = [
      {seq: 4, ts: 40, actor: 'a', body: {runbook: 'rb', step: 'pause', stage: 'failed', ok: false, error: 'first'}},
      {seq: 6, ts: 60, actor: 'b', body: {runbook: 'rb', step: 'pause', stage: 'failed', ok: false, error: 'kafka-connect: refused'}},
    ]
    const s = walkStatus('rb', rb, steps, results, null)
    assert.deepEqual(s.steps.map((x) => [x.id, x.state, x.detail, x.actor, x.at]), [
      ['revoke', 'skipped', 'GitHub down', 'b', 50],
      ['connector', 'pending', null, 'a', 30],
      ['pause', 'failed', 'kafka-connect: refused', 'b', 60],
      ['either', 'done-by-hand', 'did it', 'c', 70],
      ['end', 'pending', null, null, null],
    ])
    assert.equal(s.steps[1]!.answer, 'sink')
    assert.deepEqual(s.counts, {done: 0, 'done-by-hand': 1, skipped: 1, failed: 1, pending: 2})
  })
})

describe('the walk lease', () => {
  const body = (event: LeaseBody['event'], walk: string, extra: Partial<LeaseBody> = {}): LeaseBody => ({runbook: 'rb', event, holder: `${walk}@h`, host: 'h1', pid: 100, walk, expiresAt: 1000, ...extra})
  it('folds taken, renewed and released; a renewal or release of another walk changes nothing', () => {
    const records = [
      {seq: 1, ts: 10, body: body('taken', 'w1')},
      {seq: 2, ts: 20, body: body('renewed', 'w1', {expiresAt: 2000})},
      {seq: 3, ts: 30, body: body('released', 'w2')},
      {seq: 4, ts: 40, body: body('taken', 'w3', {runbook: 'other'})},
    ]
    assert.deepEqual(currentLease(records, 'rb'), {holder: 'w1@h', host: 'h1', pid: 100, walk: 'w1', since: 10, seq: 1, expiresAt: 2000})
    assert.equal(currentLease([...records, {seq: 5, ts: 50, body: body('released', 'w1')}], 'rb'), undefined)
    assert.equal(currentLease(records, 'other')?.walk, 'w3')
  })

  it('same host: the process decides; another host: the expiry; the walk itself is never in the way', () => {
    const lease = currentLease([{seq: 1, ts: 10, body: body('taken', 'w1')}], 'rb')!
    assert.equal(judgeLease(lease, {host: 'h1'}, 999_999, () => true), 'held', 'a live process waiting at a prompt keeps it')
    assert.equal(judgeLease(lease, {host: 'h1'}, 0, () => false), 'dead')
    assert.equal(judgeLease(lease, {host: 'h2'}, 999, () => false), 'held')
    assert.equal(judgeLease(lease, {host: 'h2'}, 1001, () => true), 'expired')
    assert.equal(judgeLease(lease, {host: 'h2', walk: 'w1'}, 0, () => true), 'mine')
  })
})

describe('fewer questions', () => {
  it('choices default from the findings: an OpenAI key found pre-selects OpenAI', () => {
    const q = {type: 'checkbox' as const, message: 'Kinds', choices: [{value: 'github', name: 'GitHub'}, {value: 'openai', name: 'OpenAI'}, {value: 'vault', name: 'Vault'}], default: ['github']}
    assert.deepEqual(withFindingDefaults(q, ['openai-api-key', 'secret']).default, ['openai'])
    assert.deepEqual(withFindingDefaults(q, ['github-fine-grained-token', 'openai-api-key']).default, ['github', 'openai'])
    assert.deepEqual(withFindingDefaults(q, ['email']).default, ['github'], 'no match: the runbook default stands')
    assert.equal(withFindingDefaults({...q, type: 'select', default: 'vault'}, ['openai-api-key']).default, 'openai')
    assert.equal(withFindingDefaults({type: 'input', message: 'x'}, ['openai-api-key']).default, undefined)
  })

  it('a changed answer lists the completed steps done on the old one and reopens those its condition now lets in', () => {
    const state = foldWalk(rb, [rec('revoke', 'done'), rec('connector', 'answered', {answer: ''}), rec('connector', 'done'), rec('pause', 'skipped'), rec('either', 'done')])
    const ctx = {answers: new Map([['connector', 'sink']]), classes: [], findings: []}
    assert.deepEqual(readersOfAnswer(rb, state, 'connector', ctx), {redo: ['either'], reopen: ['pause']})
  })
})
