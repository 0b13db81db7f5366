/**
 * The postmortem's "Still open": every captured credential no revocation was recorded for (not only
 * those of a skipped revoke step), once; and each missing phase mark said once.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import type {EntryBodies, KnownKind, LedgerEntry} from '../../src/domain/entry.js'
import {foldIncident} from '../../src/domain/incident.js'
import {DEFAULT_SLO} from '../../src/domain/metrics.js'
import {buildPostmortem} from '../../src/domain/postmortem.js'

const T0 = Date.UTC(2026, 11, 7, 3, 0)
const ID = 'INC-2026-0001'

function build(bodies: [KnownKind, unknown, string?][]): string[] {
  const entries: LedgerEntry[] = bodies.map(([kind, body, keyId], i) => ({seq: i + 1, ts: T0 + i * 1000, incident: ID, kind, actor: 'alice', keyId: keyId ?? 'k', body: body as EntryBodies[typeof kind]}))
  const pm = buildPostmortem({
    incident: foldIncident(entries),
    timeline: [],
    entries,
    hashes: new Map(),
    checkpoint: {format: 'pl-checkpoint/1', storeId: 's', size: entries.length, root: '00', ts: T0, publicKey: '00', signature: ''},
    proofs: [],
    verification: {ok: true, entries: entries.length, checkpoints: 1, firstBadEntry: null, problems: [], warnings: []},
    slo: DEFAULT_SLO,
    generatedAt: T0,
  })
  return (pm.open ?? []).map((o) => `${o.kind}: ${o.text}`)
}

const opened: [KnownKind, unknown] = ['incident.opened', {title: 't', severity: 'P1', classes: ['secret']}]
const mark = (phase: string): [KnownKind, unknown] => ['timeline.mark', {phase, at: T0}]
const captured = (rule: string, keyId: string): [KnownKind, unknown, string] => ['secret.captured', {fingerprint: keyId.repeat(8), rule, category: rule === 'email' ? 'pii' : 'secret', raw: 'x'}, keyId]
/** A scan whose captured values are entries 2.. in the order given. */
const scan = (values: [string, string, number][]): [KnownKind, unknown] => [
  'scan.findings',
  {findings: values.map(([rule]) => ({rule, category: rule === 'email' ? 'pii' : 'secret'})), secrets: values.map(([rule, masked, entry]) => ({rule, category: rule === 'email' ? 'pii' : 'secret', masked, fingerprint: `fp-${entry}`, entry, occurrences: 1}))},
]
const revoked = (step: string, provider: string, target: string): [KnownKind, unknown] => ['action.result', {runbook: 'rb', step, action: 'revoke-token', provider, stage: 'revoke', ok: true, at: T0, target}]

describe('postmortem: still open', () => {
  it('lists each captured credential with no revocation recorded; a revoked one, one done by hand and PII are not', () => {
    const open = build([
      opened,
      captured('github-token', 'g'),
      captured('openai-api-key', 'o'),
      captured('aws-access-key-id', 'a'),
      captured('slack-token', 's'),
      captured('email', 'e'),
      scan([
        ['github-token', 'ghp_…8YOP', 2],
        ['openai-api-key', 'sk-proj…AbCd', 3],
        ['aws-access-key-id', 'AKIA…WXYZ', 4],
        ['slack-token', 'xoxb…1234', 5],
        ['email', 'j…@example.com', 6],
      ]),
      revoked('revoke-github', 'github', 'ghp_…8YOP'),
      ['runbook.step', {runbook: 'rb', step: 'revoke-slack', status: 'done', byHand: true, note: 'revoked in the Slack console', action: 'revoke-token', provider: 'slack'}],
      mark('detected'),
      mark('contained'),
    ])
    assert.deepEqual(
      open.filter((o) => o.includes('revocation')),
      ['risk: Captured openai-api-key sk-proj…AbCd (entry #3): no revocation recorded; it may still be live', 'risk: Captured aws-access-key-id AKIA…WXYZ (entry #4): no revocation recorded; it may still be live'],
    )
  })

  it('leaves a credential whose revoke step was skipped to that step\'s line', () => {
    const open = build([
      opened,
      captured('slack-token', 's'),
      scan([['slack-token', 'xoxb…1234', 2]]),
      ['runbook.step', {runbook: 'rb', step: 'revoke-slack', status: 'skipped', reason: 'Slack down', action: 'revoke-token', provider: 'slack'}],
    ])
    assert.equal(open.filter((o) => o.includes('slack')).length, 1, open.join('\n'))
    assert.match(open.find((o) => o.includes('slack'))!, /^risk: Step revoke-slack \(revoke-token\/slack\) was skipped \(Slack down\)/)
  })

  it('says a missing contained or resolved mark once', () => {
    const notContained = build([opened, mark('detected')])
    assert.deepEqual(notContained.filter((o) => /contained|resolved/.test(o)), ['phase: Not marked contained: time to contain and exposure are unknown'])
    const notResolved = build([opened, mark('detected'), mark('contained')])
    assert.deepEqual(notResolved.filter((o) => /contained|resolved/.test(o)), ['phase: Contained, not yet resolved'])
    // Another missing mark (started) is still a warning of its own.
    assert.ok(notResolved.some((o) => o === 'warning: No started mark: detection latency and exposure window are unknown.'), notResolved.join('\n'))
  })
})
