/**
 * Ledger entry kinds (domain/entries/): every kind's guard accepts the bodies pl writes and wrote,
 * refuses malformed ones with an IntegrityError naming the entry, and its summary reads as before.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {checkedBody, ENTRY_KINDS, isKind, summarize} from '../../src/domain/entries/index.js'
import {stepRecord} from '../../src/domain/entries/runbook-step.js'
import type {SummaryContext} from '../../src/domain/entries/spec.js'
import type {KnownKind, LedgerEntry} from '../../src/domain/entry.js'
import {foldIncident} from '../../src/domain/incident.js'
import {buildPostmortem} from '../../src/domain/postmortem.js'
import {buildTimeline} from '../../src/domain/timeline.js'
import {DEFAULT_SLO} from '../../src/domain/metrics.js'
import {IntegrityError} from '../../src/errors.js'

const T = Date.UTC(2026, 10, 20, 13, 0)
const SEQ = 42

function entry(kind: string, body: unknown, seq = SEQ, keyId = 'k-inc'): LedgerEntry {
  return {seq, ts: T + seq * 60_000, incident: 'INC-2026-0001', kind, actor: 'alice', keyId, body}
}

const noContext: SummaryContext = {shredOfKey: () => undefined, placedMark: () => undefined, evidenceIdOf: () => undefined, shownId: (recorded) => recorded}

interface KindCase {
  /** Bodies pl writes today, and shapes older versions or partial records leave (readers have fallbacks). */
  valid: unknown[]
  /** A body and the problem its error must name. */
  malformed: [unknown, string][]
  /** A body and its summary, as the summaries read before they moved into their kinds' modules. */
  summaries: [unknown, string][]
}

const secrets = [
  {fingerprint: 'ff', rule: 'github-token', category: 'secret', masked: 'ghp_…', keyId: 'k-13', entry: 13, occurrences: 1},
  {fingerprint: 'ee', rule: 'email', category: 'pii', masked: 'a…', keyId: 'k-2', entry: 2, occurrences: 1, earlier: true},
]
const findings = [
  {rule: 'github-token', category: 'secret', path: 'a.log', line: 1, column: 1, endLine: 1, endColumn: 41, masked: 'ghp_…', fingerprint: 'ff', length: 40},
  {rule: 'email', category: 'pii', path: 'a.log', line: 2, column: 1, endLine: 2, endColumn: 9, masked: 'a…', fingerprint: 'ee', length: 8, tenant: 'acme', jsonPath: '$.user'},
]
const replay = {
  incident: 'INC-2026-0001',
  evidence: 'EV-6',
  model: 'sim',
  reduce: ['secrets'],
  keep: [],
  dropped: [],
  seed: 1,
  promptSha256: 'ab',
  segments: 3,
  canaries: [{rule: 'github-token', category: 'secret', segments: ['system.1']}],
  runs: 5,
  completed: 4,
  leaks: 2,
  leakRate: 0.5,
  leaked: true,
  channels: ['canary', 'cross-tenant'],
  evidenceFound: [{channel: 'cross-tenant', detail: 'chunk of tenant beta', segments: ['context.1'], tenant: 'beta'}],
  verdicts: [],
  minimal: [{id: 's1', label: 'system.1'}],
  minimizeCalls: 3,
  modelCalls: 7,
}

const CASES: {[K in KnownKind]: KindCase} = {
  'incident.opened': {
    valid: [
      {title: 'T', severity: 'P3', classes: []},
      {title: 'T', severity: 'P1', classes: ['secret', 'pii'], owner: 'bob', summary: 's'},
      {title: 'T', severity: 'P1', classes: [], source: {system: 'pagerduty', id: 'Q1', url: 'https://x.pagerduty.com/incidents/Q1'}},
    ],
    malformed: [
      [{severity: 'P1', classes: []}, 'title is missing'],
      [{title: 'T', severity: 'P9', classes: []}, 'severity is a string, not one of P1, P2, P3, P4'],
      [{title: 'T', severity: 'P1', classes: 'secret'}, 'classes is a string, not an array'],
      [{title: 'T', severity: 'P1', classes: [], owner: null}, 'owner is null, not a string'],
      [{title: 'T', severity: 'P1', classes: [], source: {system: 'servicenow', id: 'Q1', url: 'u'}}, 'source.system is a string, not one of pagerduty, opsgenie'],
      ['T', 'the body is a string, not an object'],
    ],
    summaries: [
      [{title: 'System prompt\nin logs', severity: 'P1', classes: ['secret', 'pii'], owner: 'bob', summary: 's'}, 'Incident opened: "System prompt in logs" (P1; secret, pii; owner bob)'],
      [{title: 'T', severity: 'P3', classes: []}, 'Incident opened: "T" (P3)'],
      [null, 'Incident opened: [content shredded]'],
    ],
  },
  'timeline.mark': {
    // A phase of a newer version, or a time that is not finite, is read; the fold leaves the mark unplaced.
    valid: [{phase: 'detected', at: T}, {phase: 'started', at: T, note: 'n'}, {phase: 'mitigated', at: T}, {phase: 'detected', at: Number.NaN}],
    malformed: [
      [{phase: 'detected'}, 'at is missing'],
      [{phase: 'detected', at: '2026-11-20'}, 'at is a string, not a number'],
      [{phase: 7, at: T}, 'phase is a number, not a string'],
      [{phase: 'detected', at: null}, 'at is null, not a number'],
    ],
    summaries: [
      [{phase: 'mitigated', at: T}, 'Mark with a phase or time this version cannot read'],
      [null, 'Mark: [content shredded]'],
    ],
  },
  note: {
    valid: [{text: 'called the vendor'}],
    malformed: [
      [{}, 'text is missing'],
      [{text: ['a']}, 'text is an array, not a string'],
      [[], 'the body is an array, not an object'],
    ],
    summaries: [
      [{text: 'called the vendor'}, 'Note: called the vendor'],
      [null, 'Note: [content shredded]'],
    ],
  },
  'evidence.added': {
    valid: [
      {evidence: 'EV-6', name: 'app.log', kind: 'log', size: 5_300_000, sha256: 'ab', blob: 'cd', mediaType: 'text/plain'},
      {evidence: 'EV-7', name: 'tiny.txt', kind: 'artifact', size: 12, sha256: 'ab', blob: 'cd'},
    ],
    malformed: [
      [{evidence: 'EV-7', name: 'x', kind: 'log', size: 12, sha256: 'ab'}, 'blob is missing'],
      [{evidence: 'EV-7', name: 'x', kind: 'video', size: 12, sha256: 'ab', blob: 'cd'}, 'kind is a string, not one of log, prompt, exchange, trace, artifact'],
      [{evidence: 'EV-7', name: 'x', kind: 'log', size: '12', sha256: 'ab', blob: 'cd'}, 'size is a string, not a number'],
    ],
    summaries: [
      [{evidence: 'EV-6', name: 'app.log', kind: 'log', size: 5_300_000, sha256: 'ab', blob: 'cd', mediaType: 'text/plain'}, 'Evidence EV-6 added: "app.log" (log, 5.1 MiB)'],
      [{evidence: 'EV-7', name: 'tiny.txt', kind: 'artifact', size: 12, sha256: 'ab', blob: 'cd'}, 'Evidence EV-7 added: "tiny.txt" (artifact, 12 B)'],
      [null, 'Evidence added: [content shredded]'],
    ],
  },
  'evidence.revealed': {
    valid: [{evidence: 'EV-6', to: 'stdout'}],
    malformed: [
      [{evidence: 'EV-6'}, 'to is missing'],
      [{evidence: null, to: 'stdout'}, 'evidence is null, not a string'],
    ],
    summaries: [
      [{evidence: 'EV-6', to: 'stdout'}, 'Evidence EV-6 revealed to stdout'],
      [null, 'Evidence revealed: [content shredded]'],
    ],
  },
  'evidence.numbering': {
    valid: [{earlierItems: 0}, {earlierItems: 4}],
    malformed: [
      [{}, 'earlierItems is missing'],
      [{earlierItems: '4'}, 'earlierItems is a string, not a number'],
    ],
    summaries: [
      [{earlierItems: 0}, 'Evidence ids count items in the order they are added (EV-1, EV-2, …)'],
      [{earlierItems: 4}, 'Evidence ids count items in the order they are added (EV-1, EV-2, …); the 4 earlier item(s) keep their entry-number ids as aliases'],
      [null, 'Evidence numbering: [content shredded]'],
    ],
  },
  'key.shredded': {
    valid: [{keyId: 'k-x'}, {keyId: 'k-8', evidence: 'EV-8', name: 'dump.json', reason: 'purged'}],
    malformed: [
      [{evidence: 'EV-8'}, 'keyId is missing'],
      [{keyId: 'k', reason: 5}, 'reason is a number, not a string'],
    ],
    summaries: [
      [{keyId: 'k-8', evidence: 'EV-8', name: 'dump.json', reason: 'purged'}, 'Evidence EV-8 "dump.json" shredded: purged'],
      [{keyId: 'k-x'}, 'Key k-x shredded'],
      [null, 'Key shredded: [content shredded]'],
    ],
  },
  'scan.findings': {
    valid: [
      {inputs: ['a.log'], cwd: '/', prompts: [], fingerprintScope: 'store', stats: {files: 1}, findings, secrets},
      {findings: [{detector: 'openai', masked: 'sk-…9f'}]},
      {inputs: [], findings: [], secrets: [{}]},
    ],
    malformed: [
      [{findings: {}}, 'findings is an object, not an array'],
      [{findings: [{line: '3'}]}, 'findings[0].line is a string, not a number'],
      [{secrets: [{entry: 3}, {earlier: 'yes'}]}, 'secrets[1].earlier is a string, not a boolean'],
      [{inputs: [null]}, 'inputs[0] is null, not a string'],
    ],
    summaries: [
      [{inputs: ['a.log'], cwd: '/', prompts: [], fingerprintScope: 'store', stats: {}, findings, secrets}, 'Scan of 1 input: 2 findings (1 secret, 1 pii); 1 value captured, 1 already captured earlier'],
      [{inputs: [], findings: [], secrets: []}, 'Scan of 0 inputs: 0 findings; 0 values captured'],
      [null, 'Scan findings: [content shredded]'],
    ],
  },
  'secret.captured': {
    valid: [{fingerprint: 'c08fd0dea22c4e0f9a77', rule: 'github-token', category: 'secret', raw: 'ghp_x'}, {raw: 'ghp_x'}],
    malformed: [
      [{rule: 7, raw: 'x'}, 'rule is a number, not a string'],
      [{fingerprint: null, raw: 'x'}, 'fingerprint is null, not a string'],
    ],
    summaries: [
      [{fingerprint: 'c08fd0dea22c4e0f9a77', rule: 'github-token', category: 'secret', raw: 'ghp_x'}, 'Captured github-token c08fd0dea22c… under its own key (for revocation, shreddable)'],
      [null, 'Captured secret: [content shredded]'],
    ],
  },
  'runbook.step': {
    valid: [
      {runbook: 'rb', step: 'ask', status: 'answered', answer: true},
      {runbook: 'rb', step: 'leaked', status: 'answered', answer: ['github']},
      {runbook: 'rb', step: 'done', status: 'done', mark: 'contained'},
      {runbook: 'rb', step: 'pw', status: 'answered', secretEntry: 20},
    ],
    malformed: [
      [{runbook: 'rb', step: 'ask', status: 'answered', answer: 3}, 'answer is a number, not a string, a boolean or a list of strings'],
      [{runbook: 'rb', step: 'pw', status: 'answered', secretEntry: '20'}, 'secretEntry is a string, not a number'],
      [{runbook: null, step: 'x'}, 'runbook is null, not a string'],
      [{runbook: 'rb', step: 'x', status: 'done', byHand: 'yes'}, 'byHand is a string, not a boolean'],
      [{runbook: 'rb', step: 'x', status: 'skipped', reason: 3}, 'reason is a number, not a string'],
    ],
    summaries: [
      [{runbook: 'rb', step: 'ask', status: 'answered', answer: true}, 'Runbook rb: step ask answered (true)'],
      [{runbook: 'rb', step: 'done', status: 'done', mark: 'contained'}, 'Runbook rb: step done done; marked contained'],
      [{runbook: 'rb', step: 'pw', status: 'answered', secretEntry: 20}, 'Runbook rb: step pw answered (answer kept under its own key)'],
      [{runbook: 'rb', step: 'revoke', status: 'skipped', reason: 'GitHub API down', action: 'revoke-token', provider: 'github'}, 'Runbook rb: step revoke SKIPPED by the responder: GitHub API down'],
      [{runbook: 'rb', step: 'when', status: 'skipped'}, 'Runbook rb: step when skipped'],
      [{runbook: 'rb', step: 'pause', status: 'done', byHand: true, note: 'alice paused it in the UI', mark: 'contained'}, 'Runbook rb: step pause DONE BY HAND: alice paused it in the UI; marked contained'],
      [null, 'runbook.step: [content shredded]'],
    ],
  },
  'runbook.lease': {
    valid: [
      {runbook: 'rb', event: 'taken', holder: 'alice@a', host: 'a', pid: 12, walk: 'w1', expiresAt: T},
      {runbook: 'rb', event: 'taken', holder: 'bob@b', host: 'b', pid: 13, walk: 'w2', expiresAt: T, replaced: {holder: 'alice@a', host: 'a', pid: 12, walk: 'w1', why: 'dead'}},
    ],
    malformed: [
      [{runbook: 'rb', event: 'stolen', holder: 'a', host: 'a', pid: 1, walk: 'w', expiresAt: T}, 'event is a string, not one of taken, renewed, released'],
      [{runbook: 'rb', event: 'taken', holder: 'a', host: 'a', pid: '1', walk: 'w', expiresAt: T}, 'pid is a string, not a number'],
    ],
    summaries: [
      [{runbook: 'rb', event: 'taken', holder: 'alice@a', host: 'a', pid: 12, walk: 'w1', expiresAt: T}, 'Runbook rb: walk lease taken by alice@a (pid 12 on a)'],
      [
        {runbook: 'rb', event: 'taken', holder: 'bob@b', host: 'b', pid: 13, walk: 'w2', expiresAt: T, replaced: {holder: 'alice@a', host: 'a', pid: 12, walk: 'w1', why: 'dead'}},
        'Runbook rb: walk lease taken by bob@b (pid 13 on b), replacing alice@a (pid 12 on a): its process was gone',
      ],
      [{runbook: 'rb', event: 'released', holder: 'alice@a', host: 'a', pid: 12, walk: 'w1', expiresAt: T}, 'Runbook rb: walk lease released by alice@a (pid 12 on a)'],
      [null, 'runbook.lease: [content shredded]'],
    ],
  },
  'runbook.secret': {
    valid: [{runbook: 'rb', step: 'pw', value: 'hunter2'}],
    malformed: [[{runbook: 'rb', step: 'pw', value: 42}, 'value is a number, not a string']],
    summaries: [
      [{runbook: 'rb', step: 'pw', value: 'hunter2'}, 'Runbook rb: password answer to step pw kept under its own key'],
      [null, 'runbook.secret: [content shredded]'],
    ],
  },
  'action.result': {
    valid: [
      {runbook: 'rb', step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'revoke', ok: true, at: T, target: 'ghp_…'},
      {runbook: 'rb', step: 'purge', action: 'purge', provider: 'files', stage: 'delete', ok: true, at: T, deleted: 2, targets: ['a', 'b']},
    ],
    malformed: [
      [{runbook: 'rb', step: 'revoke', stage: 'check', ok: 'true'}, 'ok is a string, not a boolean'],
      [{runbook: 'rb', step: 'revoke', stage: 'failed', ok: false, error: {message: 'x'}}, 'error is an object, not a string'],
    ],
    summaries: [
      [{runbook: 'rb', step: 'revoke', action: 'revoke-token', provider: 'github', stage: 'revoke', ok: true, at: T, target: 'ghp_…'}, 'Action revoke-token/github (rb › revoke): revoke ok'],
      [{runbook: 'rb', step: 'revoke', action: 'manual', provider: 'manual', stage: 'done', ok: true, at: T, task: 'x', who: 'bob', summary: 'x — confirmed by bob'}, 'Action manual (rb › revoke): done ok: x — confirmed by bob'],
      [null, 'action.result: [content shredded]'],
    ],
  },
  'replay.result': {
    valid: [replay, {evidence: 'EV-6', model: 'sim', runs: 5, completed: 5, leaks: 0, leaked: false, channels: []}],
    malformed: [
      [{...replay, leaked: 'yes'}, 'leaked is a string, not a boolean'],
      [{...replay, minimal: [{label: 5}]}, 'minimal[0].label is a number, not a string'],
      [{...replay, evidenceFound: [null]}, 'evidenceFound[0] is null, not an object'],
    ],
    summaries: [
      [{evidence: 'EV-6', model: 'sim', runs: 5, completed: 5, leaks: 0, leaked: false, channels: []}, 'Replay of EV-6 on sim: no leak in 5 runs'],
      [replay, 'Replay of EV-6 on sim: leaked in 2/4 runs via canary, cross-tenant; minimal context: system.1'],
      [null, 'replay.result: [content shredded]'],
    ],
  },
  'replay.canaries': {
    valid: [{replay: 24, canaries: [], outputs: []}],
    malformed: [[{replay: [24]}, 'replay is an array, not a number or a string']],
    summaries: [
      [{replay: 24, canaries: [], outputs: []}, 'Canary map and model outputs of replay entry 24 (under their own key; never shown)'],
      [null, 'replay.canaries: [content shredded]'],
    ],
  },
  'postmortem.input': {
    valid: [{rootCause: 'debug logs', actionItems: ['a']}, {actionItems: []}],
    malformed: [
      [{rootCause: 'x', actionItems: 'a'}, 'actionItems is a string, not an array'],
      [{actionItems: ['a', 2]}, 'actionItems[1] is a number, not a string'],
    ],
    summaries: [
      [{rootCause: 'debug logs', actionItems: ['a']}, 'Postmortem input: root cause recorded; 1 action item'],
      [{actionItems: []}, 'Postmortem input: no root cause; 0 action items'],
      [null, 'postmortem.input: [content shredded]'],
    ],
  },
  'responder.added': {
    valid: [
      {name: 'bob', signKey: 'a'.repeat(64), boxKey: 'b'.repeat(64), admin: false},
      {name: 'alice', signKey: 'a'.repeat(64), boxKey: 'b'.repeat(64), admin: true, sealedKek: 'AAAA'},
    ],
    malformed: [
      [{name: 'bob', signKey: 'a', boxKey: 'b'}, 'admin is missing'],
      [{name: 'bob', signKey: 'a', boxKey: 'b', admin: 'yes'}, 'admin is a string, not a boolean'],
    ],
    summaries: [
      [{name: 'bob', signKey: 'a', boxKey: 'b', admin: false}, 'Responder bob enrolled'],
      [{name: 'alice', signKey: 'a', boxKey: 'b', admin: true}, 'Responder alice enrolled as an admin'],
    ],
  },
  'responder.revoked': {
    valid: [{name: 'bob', signKey: 'a'}, {name: 'bob', signKey: 'a', reason: 'left'}],
    malformed: [[{name: 'bob'}, 'signKey is missing']],
    summaries: [
      [{name: 'bob', signKey: 'a', reason: 'left'}, 'Responder bob revoked: left'],
      [{name: 'bob', signKey: 'a'}, 'Responder bob revoked'],
    ],
  },
  'access.granted': {
    valid: [{name: 'bob', signKey: 'a'}],
    malformed: [[{name: 'bob'}, 'signKey is missing']],
    summaries: [[{name: 'bob', signKey: 'a'}, 'Access granted to bob']],
  },
  'access.revoked': {
    valid: [{name: 'bob', signKey: 'a'}],
    malformed: [[{signKey: 'a'}, 'name is missing']],
    summaries: [[{name: 'bob', signKey: 'a'}, 'Access revoked from bob']],
  },
}

function refusal(kind: string, problem: string): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof IntegrityError, String(error))
    assert.equal(error.message, `Entry #${SEQ} (${kind}) has a malformed body: ${problem}.`)
    assert.deepEqual(error.details, {seq: SEQ, kind})
    assert.equal(error.exitCode, 10)
    return true
  }
}

describe('ledger entry kinds', () => {
  it('the registry covers every kind pl writes', () => {
    assert.deepEqual(Object.keys(ENTRY_KINDS).sort(), Object.keys(CASES).sort())
  })

  for (const [kind, c] of Object.entries(CASES)) {
    describe(kind, () => {
      it('accepts the bodies pl writes and wrote, and a shredded (null) body', () => {
        for (const body of [...c.valid, null]) assert.equal(isKind(entry(kind, body), kind as KnownKind), true, JSON.stringify(body))
      })

      it('refuses a malformed body with an IntegrityError naming the entry and what is wrong', () => {
        for (const [body, problem] of c.malformed) {
          assert.throws(() => isKind(entry(kind, body), kind as KnownKind), refusal(kind, problem))
          assert.throws(() => checkedBody(entry(kind, body)), refusal(kind, problem))
          assert.throws(() => summarize(entry(kind, body), noContext), refusal(kind, problem))
        }
      })

      it('summarizes on one line as before', () => {
        for (const [body, summary] of c.summaries) assert.equal(summarize(entry(kind, body), noContext), summary)
      })
    })
  }

  it('an entry of another kind is not checked against this kind', () => {
    assert.equal(isKind(entry('note', 'not a body'), 'incident.opened'), false)
  })

  it('a kind this version does not know is named by its kind, never checked', () => {
    assert.equal(summarize(entry('vendor.ticket', 'anything'), noContext), 'vendor.ticket')
    assert.equal(checkedBody(entry('vendor.ticket', 'anything')), 'anything')
  })

  it('a step body becomes the walk record only when it has a runbook, a step and a known status', () => {
    assert.deepEqual(stepRecord({runbook: 'rb', step: 'pw', status: 'answered', secretEntry: 20}), {runbook: 'rb', step: 'pw', status: 'answered', secretEntry: 20})
    assert.deepEqual(stepRecord({runbook: 'rb', step: 'ask', status: 'answered', answer: ['a']}), {runbook: 'rb', step: 'ask', status: 'answered', answer: ['a']})
    assert.deepEqual(stepRecord({runbook: 'rb', step: 'done', status: 'done', mark: 'contained'}), {runbook: 'rb', step: 'done', status: 'done', mark: 'contained'})
    assert.equal(stepRecord({step: 'revoke'}), undefined)
    assert.equal(stepRecord({runbook: 'rb', step: 'x', status: 'paused'}), undefined)
  })

  it('a shredded exhibit is named by its evidence number, as every exhibit (ADR 0016)', () => {
    const context: SummaryContext = {...noContext, evidenceIdOf: (seq) => (seq === 8 ? 'EV-3' : undefined)}
    assert.equal(summarize(entry('evidence.added', null, 8, 'k-8'), context), 'Evidence EV-3 added: [content shredded]')
    assert.equal(
      summarize(entry('evidence.added', {evidence: 'EV-8', name: '/var/log/app/app.log', kind: 'log', size: 12, sha256: 'ab', blob: 'cd'}, 8), context),
      'Evidence EV-3 added: "app.log" (log, 12 B)',
      'the id it is shown by, and the file name shown one way (the last part of a recorded path)',
    )
  })

  it('ids recorded in a reveal, a shred or a replay are shown as today\'s ids', () => {
    const context: SummaryContext = {...noContext, shownId: (recorded, seq) => (recorded === 'EV-8' && seq === SEQ ? 'EV-3' : recorded)}
    assert.equal(summarize(entry('evidence.revealed', {evidence: 'EV-8', to: 'stdout'}), context), 'Evidence EV-3 revealed to stdout')
    assert.equal(summarize(entry('key.shredded', {keyId: 'k', evidence: 'EV-8', name: '/tmp/x/dump.json'}), context), 'Evidence EV-3 "dump.json" shredded')
  })

  it('the fold, the timeline and the postmortem refuse a malformed body they read', () => {
    const opened = entry('incident.opened', {title: 'T', severity: 'P1', classes: []}, 1)
    assert.throws(() => foldIncident([entry('incident.opened', {title: 'T', severity: 'P1'})]), refusal('incident.opened', 'classes is missing'))
    const badNote = entry('note', {text: 3})
    assert.throws(() => foldIncident([opened, badNote]), refusal('note', 'text is a number, not a string'))
    assert.throws(() => buildTimeline([opened, badNote]), refusal('note', 'text is a number, not a string'))
    const badScan = entry('scan.findings', {findings: [{tenant: 7}]})
    // The fold only counts scans; the postmortem reads their findings.
    const state = foldIncident([opened, badScan])
    assert.throws(
      () =>
        buildPostmortem({
          incident: state,
          timeline: [],
          entries: [opened, badScan],
          hashes: new Map(),
          checkpoint: {format: 'pl-checkpoint/1', storeId: 's', size: 2, root: '00', ts: T, publicKey: '00', signature: ''},
          proofs: [],
          verification: {ok: true, entries: 2, checkpoints: 1, firstBadEntry: null, problems: [], warnings: []},
          slo: DEFAULT_SLO,
          generatedAt: T,
        }),
      refusal('scan.findings', 'findings[0].tenant is a number, not a string'),
    )
  })
})
