/** Password answers that were crypto-shredded: the walk's fold, what must be given again, and the listing fold. */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import type {StepRecordBody} from '../../../src/domain/runbook/walk.js'
import {answersToGiveAgain, foldWalk, missingAnswers} from '../../../src/domain/runbook/walk.js'
import {evidenceNumbering} from '../../../src/domain/evidence.js'
import {foldRunbookAnswers, runbookAnswerLabel} from '../../../src/domain/runbook-answers.js'

const rb: Runbook = {
  name: 'rb',
  title: 'RB',
  classes: [],
  file: 'rb.yaml',
  steps: [
    {id: 'pw', title: 'Token', question: {type: 'password', message: 'Token'}},
    {id: 'note', title: 'Note', question: {type: 'input', message: 'Note'}},
    {id: 'revoke', title: 'Revoke', action: {type: 'revoke-token', provider: 'vault', params: {tokens: '{{ answers.pw }}'}}},
  ],
}
const ctx = {classes: [], findings: []}
const answered = (step: string, secretEntry: number): StepRecordBody => ({runbook: 'rb', step, status: 'answered', secretEntry})
const done = (step: string): StepRecordBody => ({runbook: 'rb', step, status: 'done'})

describe('shredded password answers in a walk', () => {
  it('a readable answer is used; a shredded one is no answer, and is named with its entry', () => {
    assert.equal(foldWalk(rb, [answered('pw', 3)], new Map([[3, 'v']])).answers.get('pw'), 'v')
    const s = foldWalk(rb, [answered('pw', 3), done('pw')], new Map())
    assert.equal(s.answers.has('pw'), false)
    assert.deepEqual([...s.shredded], [['pw', 3]])
  })

  it('an earlier answer is not used when the latest was shredded; a later answer replaces a shredded one', () => {
    const s = foldWalk(rb, [answered('pw', 3), answered('pw', 5)], new Map([[3, 'old']]))
    assert.equal(s.answers.has('pw'), false)
    assert.deepEqual([...s.shredded], [['pw', 5]])
    const t = foldWalk(rb, [answered('pw', 3), answered('pw', 5)], new Map([[5, 'new']]))
    assert.equal(t.answers.get('pw'), 'new')
    assert.equal(t.shredded.size, 0)
  })

  it('a completed step\'s shredded answer must be given again only while a step still to do reads it', () => {
    const pending = foldWalk(rb, [answered('pw', 3), done('pw'), {runbook: 'rb', step: 'note', status: 'answered', answer: 'x'}, done('note')])
    assert.deepEqual(answersToGiveAgain(rb, pending), ['pw'])
    assert.deepEqual(missingAnswers(rb, pending, ctx, new Map(), true), ['pw'])
    assert.deepEqual(missingAnswers(rb, pending, ctx, new Map([['pw', 'again']]), true), [])
    const finished = foldWalk(rb, [answered('pw', 3), done('pw'), done('note'), done('revoke')])
    assert.deepEqual(answersToGiveAgain(rb, finished), [])
    assert.deepEqual(missingAnswers(rb, finished, ctx, new Map(), false), [])
  })

  it('a step not done yet whose answer was shredded is simply unanswered', () => {
    const s = foldWalk(rb, [answered('pw', 3)])
    assert.deepEqual(answersToGiveAgain(rb, s), [])
    assert.deepEqual(missingAnswers(rb, s, ctx, new Map(), false), ['pw', 'note'])
  })
})

describe('runbook answers as evidence', () => {
  it('names each answer by the step record pointing at it; shredded by record or by a missing key', () => {
    const answers = foldRunbookAnswers({
      secrets: [
        {seq: 7, keyId: 'k7', ts: 70, actor: 'b'},
        {seq: 4, keyId: 'k4', ts: 40, actor: 'a'},
        {seq: 9, keyId: 'k9', ts: 90, actor: 'c'},
      ],
      pointers: [
        {secretEntry: 4, runbook: 'rb', step: 'pw'},
        {secretEntry: 7, runbook: 'rb', step: 'pw2'},
      ],
      shreds: [{seq: 10, ts: 100, actor: 'd', body: {keyId: 'k4', evidence: 'EV-1', reason: 'done'}}],
      hasKey: (k) => k === 'k7',
      // Numbered from entry 3 (ADR 0016): entries 4, 7 and 9 are EV-1, EV-2, EV-3.
      numbering: evidenceNumbering([{seq: 3, kind: 'evidence.numbering'}, ...[4, 7, 9].map((seq) => ({seq, kind: 'runbook.secret'}))]),
    })
    assert.deepEqual(
      answers.map((a) => [a.id, a.runbook, a.step, a.shredded, a.shreddedBy ?? null, a.shredReason ?? null]),
      [
        ['EV-1', 'rb', 'pw', true, 'd', 'done'],
        ['EV-2', 'rb', 'pw2', false, null, null],
        ['EV-3', null, null, true, null, null],
      ],
    )
    assert.equal(runbookAnswerLabel(answers[2]!), 'runbook ? step ?')
  })
})
