/**
 * The containment table of the postmortem, from entries in memory: every record of a step folded
 * into one row whose outcome is said in words, in the order the steps began; and what is still
 * open for the executive summary.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import type {EntryBodies, KnownKind, LedgerEntry} from '../../src/domain/entry.js'
import {containmentRows} from '../../src/domain/postmortem.js'

const T0 = Date.UTC(2026, 11, 7, 3, 0)
let seq = 0
function entry<K extends KnownKind>(kind: K, body: EntryBodies[K] | null, seconds: number, actor = 'alice@test'): LedgerEntry {
  seq += 1
  return {seq, ts: T0 + seconds * 1000, incident: 'INC-2026-0001', kind, actor, keyId: 'k', body}
}
const step = (body: Omit<EntryBodies['runbook.step'], 'runbook'>, seconds: number, actor?: string) => entry('runbook.step', {runbook: 'rb', ...body}, seconds, actor)
const result = (body: Omit<EntryBodies['action.result'], 'runbook' | 'at'>, seconds: number) => entry('action.result', {runbook: 'rb', at: T0 + seconds * 1000, ...body}, seconds)

describe('containmentRows', () => {
  it('folds each step into one row with its outcome in words, times and duration', () => {
    seq = 0
    const rows = containmentRows([
      step({step: 'preserve', status: 'answered', answer: true}, 10),
      result({step: 'preserve', action: 'manual', provider: 'manual', stage: 'done', ok: true, summary: 'Logs preserved — confirmed by alice'}, 12),
      step({step: 'preserve', status: 'done'}, 12),
      result({step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'failed', ok: false, error: 'github: 503'}, 20),
      result({step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'revoke', ok: true}, 50),
      result({step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'check', ok: true}, 51),
      result({step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'done', ok: true, summary: 'revoked 1 github token(s), each checked dead'}, 52),
      step({step: 'revoke', status: 'done', mark: 'contained'}, 52, 'bob@test'),
      step({step: 'slack', status: 'skipped'}, 53),
      step({step: 'pause', status: 'skipped', reason: 'Kafka down', action: 'pause-pipeline', provider: 'kafka-connect'}, 54),
      step({step: 'purge', status: 'answered', answer: ['a.log', 'b.log']}, 60),
      result({step: 'purge', action: 'purge', provider: 'files', stage: 'failed', ok: false, error: 'EACCES'}, 61),
      result({step: 'purge', action: 'purge', provider: 'files', stage: 'failed', ok: false, error: 'EACCES again'}, 70),
      step({step: 'cache', status: 'done', byHand: true, note: 'flushed by hand', action: 'purge', provider: 'redis'}, 80),
      step({step: 'notify', status: 'answered', answer: 'legal'}, 90),
      entry('runbook.step', null, 95),
      entry('action.result', {action: 'webhook', ok: true, detail: 'HTTP 204', at: T0} as EntryBodies['action.result'], 99),
    ])
    assert.deepEqual(
      rows.map((r) => [r.step, r.outcome, r.text]),
      [
        ['preserve', 'done', 'Logs preserved — confirmed by alice'],
        ['revoke', 'done', 'revoked 1 github token(s), each checked dead; marked contained (after 1 failed attempt)'],
        ['slack', 'not-applicable', 'Not needed: its condition did not hold'],
        ['pause', 'skipped', 'Skipped: Kafka down'],
        ['purge', 'failed', 'Failed: EACCES again (2 attempts); still pending'],
        ['cache', 'done-by-hand', 'Done by hand: flushed by hand'],
        ['notify', 'in-progress', 'Started, not finished (answered: legal)'],
        ['entry #16', 'in-progress', '[content shredded]'],
        ['webhook', 'done', 'Succeeded: detail: HTTP 204'],
      ],
    )
    const revoke = rows[1]!
    assert.equal(revoke.startedAt, new Date(T0 + 20_000).toISOString())
    assert.equal(revoke.endedAt, new Date(T0 + 52_000).toISOString())
    assert.equal(revoke.seconds, 32)
    assert.equal(revoke.actor, 'bob@test')
    assert.deepEqual(revoke.entries, [4, 5, 6, 7, 8])
    assert.deepEqual([revoke.action, revoke.provider, revoke.runbook], ['revoke-token', 'github', 'rb'])
    // Epoch milliseconds of the action's `at` never reach the words.
    for (const r of rows) assert.doesNotMatch(r.text, /\b1\d{12}\b/)
  })

  it('an answer of a password is never shown, nor a list run long', () => {
    seq = 0
    const rows = containmentRows([step({step: 'token', status: 'answered', secretEntry: 3}, 1), step({step: 'token', status: 'done'}, 2), step({step: 'files', status: 'answered', answer: []}, 3), step({step: 'files', status: 'done'}, 4)])
    assert.deepEqual(rows.map((r) => r.text), ['Answered: (kept under its own key)', 'Answered: (none)'])
  })
})
