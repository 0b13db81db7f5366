/**
 * ADR 0038's list of free-text fields, with the real scanner's masker: what is masked in each
 * kind, lists item by item, and a body in which nothing is found returned as the same object.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import type {LedgerEntry} from '../../src/domain/entry.js'
import {maskBody, maskedNotice, maskEntries} from '../../src/domain/free-text.js'
import {createTextMasker} from '../../src/domain/scan/mask-text.js'
import {fakes, githubToken, Rng} from '../fixtures/scan/fakes.js'

const rng = new Rng(Date.now() % 2 ** 31)
const GH = githubToken(rng)
const OA = fakes.openaiProject(rng)
const mask = createTextMasker()
const ghMasked = `ghp_…${GH.slice(-4)}`

describe('free text masking (ADR 0038)', () => {
  it('masks the free-text fields of each kind and leaves the others', () => {
    const opened = maskBody('incident.opened', {title: `Token ${GH}`, severity: 'P1', classes: ['secret'], owner: 'alice', summary: `and ${OA}`}, mask)
    assert.deepEqual(opened.body, {title: `Token ${ghMasked}`, severity: 'P1', classes: ['secret'], owner: 'alice', summary: `and sk-proj-…${OA.slice(-4)}`})
    assert.deepEqual(
      opened.masked.map((m) => [m.field, m.rule, m.masked]),
      [
        ['title', 'github-token', ghMasked],
        ['summary', 'openai-api-key', `sk-proj-…${OA.slice(-4)}`],
      ],
    )
    const pm = maskBody('postmortem.input', {rootCause: 'config', actionItems: ['rotate', `revoke ${GH}`]}, mask)
    assert.deepEqual(pm.body, {rootCause: 'config', actionItems: ['rotate', `revoke ${ghMasked}`]})
    const step = maskBody('runbook.step', {runbook: 'r', step: GH, status: 'skipped', reason: `no: ${GH}`}, mask)
    // The step id is not free text; the reason is.
    assert.deepEqual(step.body, {runbook: 'r', step: GH, status: 'skipped', reason: `no: ${ghMasked}`})
    // Kinds without free text are not scanned at all.
    const captured = {fingerprint: 'f', rule: 'github-token', category: 'secret', raw: GH}
    assert.equal(maskBody('secret.captured', captured, mask).body, captured)
  })

  it('returns a body with nothing found as the same object, and text exactly as given', () => {
    const body = {text: 'Vendor called at 14:02 —  twice,\ttabbed, ünïcödé'}
    const r = maskBody('note', body, mask)
    assert.equal(r.body, body)
    assert.deepEqual(r.masked, [])
  })

  it('masks entries as they are shown, keeping shredded and unchanged entries as they are', () => {
    const base = {ts: 1, incident: 'INC-2026-0001', actor: 'a', keyId: 'k'}
    const entries: LedgerEntry[] = [
      {...base, seq: 1, kind: 'note', body: {text: `old ${GH}`}},
      {...base, seq: 2, kind: 'note', body: null},
      {...base, seq: 3, kind: 'note', body: {text: 'plain'}},
    ]
    const shown = maskEntries(entries, mask)
    assert.deepEqual(shown[0]!.body, {text: `old ${ghMasked}`})
    assert.equal(shown[1], entries[1])
    assert.equal(shown[2], entries[2])
    assert.equal(entries[0]!.body && (entries[0]!.body as {text: string}).text, `old ${GH}`, 'the entry read is not changed')
  })

  it('tells what was masked by rule, never the value', () => {
    const {masked} = maskBody('note', {text: `${GH} ${OA} ${GH}`}, mask)
    const notice = maskedNotice(masked, 'note')
    assert.equal(notice, '3 values masked in the note: github-token, openai-api-key.')
    assert.equal(maskedNotice(masked.slice(0, 1)), '1 value masked in the note: github-token.')
  })
})
