/**
 * `pl incident open --from pagerduty:ID | opsgenie:ID` and `pl incident mark INC acknowledged
 * --from pagerduty`, against local servers implementing the documented endpoints.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {opsgenieFacts, pagerDutyFacts, parseAlertRef} from '../../src/domain/alerts.js'
import {alertServer} from '../fixtures/providers/alerts.js'
import type {AlertState} from '../fixtures/providers/alerts.js'
import type {ProviderServer} from '../fixtures/providers/server.js'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

interface Incident {
  id: string
  title: string
  severity: string
  source?: {system: string; id: string; url: string}
  phases: Record<string, {at: number; note?: string} | undefined>
}

describe('mapping an alert', () => {
  test('PagerDuty: priority wins over urgency; the first acknowledgement counts', () => {
    const f = pagerDutyFacts(
      {incident: {id: 'Q1', title: 'Leak', urgency: 'low', priority: {name: 'P2'}, created_at: '2026-11-20T13:20:00Z', html_url: 'https://x.pagerduty.com/incidents/Q1'}},
      {log_entries: [{type: 'acknowledge_log_entry', created_at: '2026-11-20T13:30:00Z'}, {type: 'acknowledge_log_entry', created_at: '2026-11-20T13:25:00Z'}]},
    )
    assert.deepEqual([f.severity, f.detectedAt, f.acknowledgedAt], ['P2', Date.parse('2026-11-20T13:20:00Z'), Date.parse('2026-11-20T13:25:00Z')])
    assert.equal(pagerDutyFacts({incident: {id: 'Q', title: 't', urgency: 'high', created_at: '2026-11-20T13:20:00Z', html_url: 'u'}}, {log_entries: []}).severity, 'P1')
    assert.equal(pagerDutyFacts({incident: {id: 'Q', title: 't', urgency: 'low', created_at: '2026-11-20T13:20:00Z', html_url: 'u'}}, {}).severity, 'P3')
    assert.throws(() => pagerDutyFacts({incident: {id: 'Q', title: 't', created_at: 'yesterday', html_url: 'u'}}, {}), /not a time/)
  })

  test('Opsgenie: P5 is P4; ackTime counts from creation', () => {
    const f = opsgenieFacts({data: {id: 'a-1', message: 'Leak', priority: 'P5', createdAt: '2026-11-20T13:20:00Z', acknowledged: true, report: {ackTime: 90_000}}}, 'https://app.opsgenie.com')
    assert.deepEqual([f.severity, f.acknowledgedAt, f.url], ['P4', Date.parse('2026-11-20T13:21:30Z'), 'https://app.opsgenie.com/alert/detail/a-1/details'])
    assert.throws(() => parseAlertRef('servicenow:1'), /pagerduty:INCIDENT_ID or opsgenie:ALERT_ID/)
  })
})

describe('pl incident open --from', () => {
  let t: TestStore
  let server: ProviderServer
  let state: AlertState
  let env: Record<string, string>
  before(async () => {
    t = tempStore('pl-alerts-')
    ;({server, state} = alertServer())
    await server.start()
    env = {...t.env, PL_PAGERDUTY_API_URL: server.url, PL_OPSGENIE_API_URL: server.url, PAGERDUTY_API_TOKEN: state.pagerdutyToken, OPSGENIE_API_KEY: state.opsgenieKey}
    assert.equal((await runPl(['init'], {env})).code, 0)
    state.pagerduty.set('Q1ABCD2EF3GH', {title: 'GitHub token in gateway logs', urgency: 'high', createdAt: '2026-11-20T13:20:00Z', acks: []})
    state.opsgenie.set('8418d193-2dab-4490-b331-8c02cdd196b7-1', {message: 'Support bot repeats its system prompt', priority: 'P2', createdAt: '2026-11-21T09:00:00Z', ackTime: 120_000})
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  test('PagerDuty: title, urgency → severity, created → detected, link recorded; the acknowledgement refreshed later', async () => {
    const r = await runJson<Incident>(['incident', 'open', '--from', 'pagerduty:Q1ABCD2EF3GH', '--class', 'secret', '--started-at', '2026-11-20T13:02:00Z'], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.title, 'GitHub token in gateway logs')
    assert.equal(r.json.severity, 'P1')
    assert.equal(r.json.phases.detected?.at, Date.parse('2026-11-20T13:20:00Z'))
    assert.equal(r.json.phases.acknowledged, undefined, 'not acknowledged yet')
    assert.deepEqual(r.json.source, {system: 'pagerduty', id: 'Q1ABCD2EF3GH', url: 'https://example.pagerduty.com/incidents/Q1ABCD2EF3GH'})
    const seen = server.requests.find((q) => q.path === '/incidents/Q1ABCD2EF3GH')!
    assert.equal(seen.headers.accept, 'application/vnd.pagerduty+json;version=2')

    const early = await runPl(['incident', 'mark', r.json.id, 'acknowledged', '--from', 'pagerduty'], {env})
    assert.equal(early.code, 3)
    assert.match(early.stderr, /has not been acknowledged yet/)
    state.pagerduty.get('Q1ABCD2EF3GH')!.acks.push('2026-11-20T13:24:00Z', '2026-11-20T13:40:00Z')
    const acked = await runJson<Incident>(['incident', 'mark', r.json.id, 'acknowledged', '--from', 'pagerduty'], {env})
    assert.equal(acked.code, 0, acked.stderr)
    assert.equal(acked.json.phases.acknowledged?.at, Date.parse('2026-11-20T13:24:00Z'))
    assert.match(acked.json.phases.acknowledged?.note ?? '', /example\.pagerduty\.com\/incidents\/Q1ABCD2EF3GH/)
    const wrong = await runPl(['incident', 'mark', r.json.id, 'acknowledged', '--from', 'opsgenie'], {env})
    assert.equal(wrong.code, 2)
    assert.match(wrong.stderr, /not opened from Opsgenie but from PagerDuty/)
  })

  test('Opsgenie: priority → severity, and the acknowledgement at once', async () => {
    const r = await runJson<Incident>(['incident', 'open', '--from', 'opsgenie:8418d193-2dab-4490-b331-8c02cdd196b7-1'], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.severity, 'P2')
    assert.equal(r.json.phases.detected?.at, Date.parse('2026-11-21T09:00:00Z'))
    assert.equal(r.json.phases.acknowledged?.at, Date.parse('2026-11-21T09:02:00Z'))
    assert.equal(r.json.source?.system, 'opsgenie')
    // Flags given too win over the alert.
    const flags = await runJson<Incident>(['incident', 'open', '--from', 'opsgenie:8418d193-2dab-4490-b331-8c02cdd196b7-1', '--severity', 'P1', '--title', 'Mine'], {env})
    assert.deepEqual([flags.json.title, flags.json.severity], ['Mine', 'P1'])
  })

  test('a bad token, an unknown id, a missing token and plain http elsewhere are clear errors; the token is never printed', async () => {
    const bad = await runPl(['incident', 'open', '--from', 'pagerduty:Q1ABCD2EF3GH'], {env: {...env, PAGERDUTY_API_TOKEN: 'not-the-token'}})
    assert.equal(bad.code, 8)
    assert.match(bad.stderr, /PagerDuty refused the token \(HTTP 401\)[\s\S]*PAGERDUTY_API_TOKEN/)
    const missing = await runPl(['incident', 'open', '--from', 'opsgenie:nope'], {env})
    assert.equal(missing.code, 3)
    const noToken = await runPl(['incident', 'open', '--from', 'pagerduty:Q1'], {env: {...env, PAGERDUTY_API_TOKEN: ''}})
    assert.equal(noToken.code, 2)
    assert.match(noToken.stderr, /needs a token in PAGERDUTY_API_TOKEN/)
    const http = await runPl(['incident', 'open', '--from', 'pagerduty:Q1'], {env: {...env, PL_PAGERDUTY_API_URL: 'http://example.com'}})
    assert.equal(http.code, 2)
    for (const r of [bad, missing, noToken, http]) assert.ok(!r.stderr.includes(state.pagerdutyToken) && !r.stderr.includes(state.opsgenieKey))
  })
})
