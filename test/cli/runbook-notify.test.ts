/**
 * The notify action through the real CLI, against a local server implementing Slack's
 * chat.postMessage and incoming webhooks, Teams (Workflows and classic incoming) webhooks, PagerDuty Events API v2 and
 * a JSON webhook: messages templated from the incident, planted fake secrets arriving masked,
 * one PagerDuty dedup key per incident (trigger, then resolve the same alert), every send recorded
 * without a token, routing key or webhook URL; each failing state (unreachable, slow, 401, 429 with
 * Retry-After, 5xx, Slack's ok:false, PagerDuty's 400) leaves the step pending and --skip goes on;
 * plain http to another host is refused before anything is sent.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {fakes, githubToken, Rng} from '../fixtures/scan/fakes.js'
import {freePort} from '../fixtures/providers/databases.js'
import {entries} from '../fixtures/providers/ledger.js'
import type {Entry} from '../fixtures/providers/ledger.js'
import {notifyServer} from '../fixtures/providers/notify.js'
import type {NotifyState} from '../fixtures/providers/notify.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const rng = new Rng(Date.now() % 2 ** 31)

const RUNBOOK = `name: notify-test
title: Notify the people who need to know
steps:
  - id: page
    title: Page the on-call
    action: {type: notify, provider: pagerduty, params: {event: trigger, message: "{{ incident.severity }} {{ incident.id }}: {{ incident.title }} ({{ incident.status }})"}}
  - id: who
    title: Who is on it?
    question: {type: input, message: "Who is on it, and what do they know?"}
  - id: tell-slack
    title: Tell the incident channel
    action: {type: notify, provider: slack, params: {channel: "#incidents", message: "{{ incident.id }} — {{ step.title }}: {{ answers.who }}"}}
  - id: tell-hook
    title: Tell the channel's webhook
    action: {type: notify, provider: slack-webhook, params: {message: "{{ incident.id }} ({{ runbook.name }}): {{ answers.who }}"}}
  - id: tell-teams
    title: Tell Teams
    action: {type: notify, provider: teams, params: {title: "{{ incident.id }} opened", message: "{{ answers.who }}"}}
  - id: tell-teams-classic
    title: Tell Teams through a classic incoming webhook
    action: {type: notify, provider: teams, params: {url_env: TEAMS_CLASSIC_URL, message: "{{ incident.status }}"}}
  - id: tell-json
    title: Tell the status page
    action: {type: notify, provider: webhook, params: {event: opened, auth_env: HOOK_TOKEN, message: "{{ incident.title }}: {{ answers.who }}"}}
  - id: contained
    title: Contained
    action: {type: manual, params: {task: Copies purged}}
    mark: contained
  - id: resolve-page
    title: Resolve the page
    action: {type: notify, provider: pagerduty, params: {event: resolve}}
  - id: tell-contained
    title: Say it is contained
    action: {type: notify, provider: slack-webhook, params: {message: "{{ incident.id }} is {{ incident.status }}"}}
`

interface Walk {
  complete: boolean
  steps: {id: string; status: string; summary?: string; reason?: string}[]
}

describe('pl runbook run: notify', () => {
  let t: TestStore
  let server: ProviderServer
  let state: NotifyState
  let notifyEnv: (url: string) => Record<string, string>
  let file: string
  before(async () => {
    t = tempStore('pl-rb-notify-')
    ;({server, state, env: notifyEnv} = notifyServer())
    await server.start()
    file = join(t.dir, 'notify.yaml')
    writeFileSync(file, RUNBOOK)
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  const openIncident = async (title: string): Promise<string> => (await runJson<{id: string}>(['incident', 'open', '--title', title, '--severity', 'P1', '--class', 'secret'], {env: t.env})).json.id

  const answersFile = (name: string, answers: Record<string, unknown>) => {
    const f = join(t.dir, name)
    writeFileSync(f, JSON.stringify(answers))
    return f
  }

  it('sends each provider its documented request, masked, records every send without a secret, and resolves the alert it triggered', async () => {
    const incident = await openIncident('System prompt and a key in gateway logs')
    const token = githubToken(rng)
    const email = fakes.email(rng)
    const hook = fakes.slackWebhook(rng)
    const who = `alice (${email}) revoking ${token}; logs also held ${hook}`
    const env = {...t.env, ...notifyEnv(server.url)}
    const r = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--answers', answersFile('a.json', {who}), '--yes'], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.complete, true)

    // Nothing raw left pl: not the token, the e-mail address or the webhook URL in the answer.
    const sent = JSON.stringify(server.requests.map((x) => x.body))
    for (const raw of [token, email, hook]) assert.ok(!sent.includes(raw), `a raw value was sent: ${raw.slice(0, 6)}…`)
    assert.match(sent, /ghp_…/, 'the token arrives masked')

    // Slack chat.postMessage: bearer token, JSON, the channel; the step's title and the answer templated.
    const post = server.requests.find((x) => x.path === '/api/chat.postMessage')!
    assert.equal(post.headers.authorization, `Bearer ${state.slackToken}`)
    assert.equal(state.slackPosts.length, 1)
    assert.equal(state.slackPosts[0]!.channel, '#incidents')
    assert.match(state.slackPosts[0]!.text, new RegExp(`^${incident} — Tell the incident channel: alice \\(`))
    // The incoming webhook: {text}; opened, then contained (the status follows the walk's mark).
    assert.equal(state.slackHookPosts.length, 2)
    assert.match(state.slackHookPosts[0]!, new RegExp(`^${incident} \\(notify-test\\): alice`))
    assert.equal(state.slackHookPosts[1], `${incident} is contained`)
    // Teams: an Adaptive Card with the title and the masked text.
    assert.deepEqual(state.teamsPosts.map((p) => [p.title, p.text.length > 0]), [[`${incident} opened`, true], [`${incident}: System prompt and a key in gateway logs`, true]])
    assert.ok(!state.teamsPosts[0]!.text.includes(token))
    // The JSON webhook: bearer from auth_env, the incident's fields and the event.
    const json = state.hookPosts[0]!
    assert.equal(json.event, 'opened')
    assert.deepEqual(json.incident, {id: incident, title: 'System prompt and a key in gateway logs', severity: 'P1', status: 'open', link: null})

    // PagerDuty: one alert for the incident, triggered (critical for P1) then resolved by the same dedup key.
    assert.equal(state.alerts.size, 1)
    const [dedupKey, alert] = [...state.alerts][0]!
    assert.match(dedupKey, new RegExp(`^pl-[0-9a-f]{12}-${incident}$`))
    assert.equal(alert.severity, 'critical')
    assert.equal(alert.summary, `P1 ${incident}: System prompt and a key in gateway logs (open)`)
    assert.deepEqual(alert.events, ['trigger', 'resolve'])
    assert.equal(alert.status, 'resolved')

    // Every send is recorded: target kind, host, status, the masked text and the answer; never a secret.
    const all = await entries(t, incident)
    const sends = all.filter((x) => x.kind === 'action.result' && x.body!.stage === 'send').map((x) => x.body!)
    assert.deepEqual(sends.map((b) => [b.step, b.target, b.ok, b.status]), [
      ['page', 'pagerduty', true, 202],
      ['tell-slack', 'slack', true, 200],
      ['tell-hook', 'slack-webhook', true, 200],
      ['tell-teams', 'teams', true, 202],
      ['tell-teams-classic', 'teams', true, 200],
      ['tell-json', 'webhook', true, 200],
      ['resolve-page', 'pagerduty', true, 202],
      ['tell-contained', 'slack-webhook', true, 200],
    ])
    const host = new URL(server.url).host
    assert.ok(sends.every((b) => b.host === host))
    assert.deepEqual(sends.filter((b) => b.target === 'pagerduty').map((b) => [b.event, b.dedupKey]), [['trigger', dedupKey], ['resolve', dedupKey]])
    const slackSend = sends.find((b) => b.target === 'slack')!
    assert.equal(slackSend.text, state.slackPosts[0]!.text)
    assert.deepEqual((slackSend.masked as {rule: string}[]).map((m) => m.rule).sort(), ['email', 'github-token', 'slack-webhook'].sort())
    const recorded = JSON.stringify(all.map((x) => x.body))
    for (const secret of [state.slackToken, state.pagerdutyKey, state.hookToken, state.slackHookPath, state.teamsPath, state.teamsClassicPath, state.hookPath]) {
      assert.ok(!recorded.includes(secret), 'no token, routing key or webhook path in the ledger')
    }
    const shown = r.stderr + JSON.stringify(r.json)
    for (const secret of [state.slackToken, state.pagerdutyKey, state.slackHookPath, token, email]) assert.ok(!shown.includes(secret))
  })

  it('a dry run shows each message masked and sends nothing; plain http to another host is refused before sending', async () => {
    const incident = await openIncident('dry run')
    const token = githubToken(rng)
    // Sent: any POST (the walk's preflight may GET an address's origin to see it answers).
    const sentCount = () => server.requests.filter((x) => x.method === 'POST').length
    const before = sentCount()
    const env = {...t.env, ...notifyEnv(server.url)}
    const dry = await runPl(['runbook', 'run', file, '--incident', incident, '--answers', answersFile('d.json', {who: `bob with ${token}`}), '--dry-run', '--yes'], {env})
    assert.equal(dry.code, 0, dry.stderr)
    assert.match(dry.stderr, /would: post to Slack #incidents at http:\/\/127\.0\.0\.1:\d+: ".* — Tell the incident channel: bob with ghp_…[A-Za-z0-9]{4}" \(1 value masked\)/)
    assert.match(dry.stderr, /would: send a PagerDuty trigger event for this incident/)
    assert.match(dry.stderr, /would: post to the Slack incoming webhook in \$SLACK_WEBHOOK_URL: /)
    assert.ok(!dry.stderr.includes(token) && !dry.stderr.includes(state.slackHookPath))
    assert.equal(sentCount(), before, 'a dry run sends nothing')

    const plain = await runJson<{error: {message: string}}>(['runbook', 'run', file, '--incident', incident, '--answers', answersFile('p.json', {who: 'bob'}), '--yes'], {
      env: {...env, PL_PAGERDUTY_EVENTS_URL: 'http://events.example.com'},
    })
    assert.equal(plain.code, 2, plain.stderr)
    assert.match(plain.json.error.message, /PL_PAGERDUTY_EVENTS_URL must be an https URL \(plain http only to this machine\)/)
    assert.equal(sentCount(), before, 'nothing sent')
    // The preflight and pl doctor say so before an incident; a webhook is named by its variable and host, never its URL.
    const doctor = await runJson<{runbooks: {problems: {step: string; message: string}[]; reached: {address: string}[]}[]}>(['doctor', '--runbook', file], {
      env: {...env, PL_PAGERDUTY_EVENTS_URL: 'http://events.example.com'},
    })
    assert.equal(doctor.code, 1)
    assert.deepEqual(doctor.json.runbooks[0]!.problems.map((p) => p.message), [
      'step page (pagerduty): PL_PAGERDUTY_EVENTS_URL must be an https URL (plain http only to this machine)',
      'step resolve-page (pagerduty): PL_PAGERDUTY_EVENTS_URL must be an https URL (plain http only to this machine)',
    ])
    const alone = await runJson<{runbooks: {reached: {address: string; ok: boolean}[]}[]}>(['doctor', '--runbook', file], {
      // Every address local (doctor also tries public defaults); the bases by another name, so the webhooks' origins are told apart.
      env: {...t.env, ...notifyEnv(server.url), PL_SLACK_URL: server.url.replace('127.0.0.1', 'localhost'), PL_PAGERDUTY_EVENTS_URL: server.url.replace('127.0.0.1', 'localhost')},
    })
    assert.equal(alone.code, 0)
    assert.ok(alone.json.runbooks[0]!.reached.some((x) => x.address === `$SLACK_WEBHOOK_URL (${new URL(server.url).host})` && x.ok))
    assert.ok(!JSON.stringify([doctor.json, alone.json]).includes(state.slackHookPath) && !JSON.stringify(alone.json).includes(state.teamsPath))
  })

  it('each failing state leaves the step pending with its cause, the send recorded as failed; --skip goes on', async () => {
    const incident = await openIncident('failures')
    const base = {...t.env, ...notifyEnv(server.url), PL_HTTP_TIMEOUT_MS: '400', PL_MAX_RETRY_WAIT_MS: '2000'}
    const answers = answersFile('f.json', {who: 'carol'})
    const run = (env: Record<string, string>, ...extra: string[]) => runJson<{error: {message: string; hints: string[]; reason?: string; step?: string}}>(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes', ...extra], {env})

    // PagerDuty: 429 with Retry-After, then 503, are retried (the dedup key makes a repeat harmless).
    server.failNext('POST', '/v2/enqueue', {status: 429, json: {status: 'throttle event', message: 'Requests for this service are arriving too quickly.'}, headers: {'retry-after': '1'}})
    server.failNext('POST', '/v2/enqueue', {status: 503, json: {}})
    // Slack chat.postMessage: rate limited (429, Retry-After: not processed, so retried), then the bot is not in the channel (HTTP 200, ok:false).
    server.failNext('POST', '/api/chat.postMessage', {status: 429, json: {ok: false, error: 'ratelimited'}, headers: {'retry-after': '1'}})
    state.slackChannels.clear()
    const posts = server.count('POST', '/api/chat.postMessage')
    const slack = await run(base)
    assert.equal(server.count('POST', '/api/chat.postMessage') - posts, 2, 'the 429 was retried once')
    assert.equal(slack.code, 8, slack.stderr)
    assert.equal(slack.json.error.step, 'tell-slack')
    assert.match(slack.json.error.message, /slack: chat\.postMessage answered not_in_channel/)
    assert.match(slack.json.error.hints.join(' '), /invite the bot/)
    assert.deepEqual([...state.alerts].filter(([key]) => key.endsWith(`-${incident}`)).map(([, a]) => a.events), [['trigger']], 'the page went out after a 429 and a 503')
    state.slackChannels.add('#incidents')

    const hookUrl = `${server.url}${state.slackHookPath}`
    const cases: [string, Record<string, string>, RegExp, (() => void)?][] = [
      ['unreachable', {SLACK_WEBHOOK_URL: `http://127.0.0.1:${await freePort()}/services/T1/B1/x`}, /could not connect: connection refused/],
      ['slow', {}, /timed out after 400 ms/, () => void server.failNext('POST', state.slackHookPath, 'hang')],
      ['5xx, not retried (a second post is a second message)', {}, /failed with 500/, () => void server.failNext('POST', state.slackHookPath, {status: 500, text: 'rollup_error'})],
      ['removed webhook', {SLACK_WEBHOOK_URL: `${server.url}/services/T0/B0/gone`}, /the webhook answered 404 \(no_service\)/],
      ['archived channel', {}, /the webhook answered 410 \(channel_is_archived\)/, () => void server.failNext('POST', state.slackHookPath, {status: 410, text: 'channel_is_archived'})],
    ]
    for (const [what, env, message, arrange] of cases) {
      arrange?.()
      const seen = server.count('POST', state.slackHookPath)
      const r = await run({...base, ...env})
      assert.equal(r.code, 8, `${what}: ${r.stderr}`)
      assert.equal(r.json.error.step, 'tell-hook', what)
      assert.match(r.json.error.message, message, what)
      assert.match(r.json.error.message, /POST to the webhook in SLACK_WEBHOOK_URL|the webhook answered/, what)
      assert.ok(!r.stderr.includes(state.slackHookPath) && !r.stderr.includes('/services/T'), `${what}: the webhook's URL is never shown`)
      assert.ok(server.count('POST', state.slackHookPath) - seen <= 1, `${what}: sent at most once`)
      assert.equal(hookUrl.length > 0, true)
    }
    // A classic Teams webhook may answer 200 with the failure in its text.
    server.failNext('POST', state.teamsClassicPath, {status: 200, text: 'Microsoft Teams endpoint returned HTTP error 413 with ContextId tcid=0'})
    const teams = await run(base, '--skip', 'tell-hook=Slack webhook down', '--skip', 'tell-teams=later')
    assert.equal(teams.code, 8, teams.stderr)
    assert.equal(teams.json.error.step, 'tell-teams-classic')
    assert.match(teams.json.error.message, /teams: the webhook answered 200 \(Microsoft Teams endpoint returned HTTP error 413/)
    // The JSON webhook's bearer token is wrong: 401 names the variable, not the token.
    const wrong = await run({...base, HOOK_TOKEN: 'not-the-token'})
    assert.equal(wrong.code, 8, wrong.stderr)
    assert.equal(wrong.json.error.step, 'tell-json')
    assert.match(wrong.json.error.message, /failed with 401/)
    assert.match(wrong.json.error.hints.join(' '), /HOOK_TOKEN/)
    assert.ok(!wrong.stderr.includes('not-the-token'))
    // PagerDuty refuses an unknown routing key with 400 and its errors.
    const refused = await run({...base, PAGERDUTY_ROUTING_KEY: 'f'.repeat(32)}, '--skip', 'tell-json=status page later')
    assert.equal(refused.code, 8, refused.stderr)
    assert.equal(refused.json.error.step, 'resolve-page')
    assert.match(refused.json.error.message, /pagerduty: the event was refused \(400 Event object is invalid: Invalid routing key\)/)
    assert.ok(!refused.stderr.includes('f'.repeat(32)))
    const done = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes', '--done', 'resolve-page=resolved in the PagerDuty console'], {env: base})
    assert.equal(done.code, 0, done.stderr)
    assert.deepEqual(done.json.steps.filter((s) => s.status !== 'already-done').map((s) => [s.id, s.status]), [['resolve-page', 'done-by-hand'], ['tell-contained', 'done']])

    const sends = (await entries(t, incident)).filter((x: Entry) => x.kind === 'action.result' && x.body!.stage === 'send').map((x) => x.body!)
    const failed = sends.filter((b) => b.ok === false).map((b) => [b.step, b.status, b.reason ?? null])
    assert.deepEqual(failed, [
      ['tell-slack', 200, null],
      ['tell-hook', null, 'refused'],
      ['tell-hook', null, 'timeout'],
      ['tell-hook', 500, null],
      ['tell-hook', 404, null],
      ['tell-hook', 410, null],
      ['tell-teams-classic', 200, null],
      ['tell-json', 401, null],
      ['resolve-page', 400, null],
    ])
    const sent = sends.filter((b) => b.ok === true).map((b) => b.summary)
    assert.ok(sent.includes(`slack-webhook at ${new URL(server.url).host} answered 200`), 'the timeline line says where and what came back')
    // A notification skipped is an open risk in the postmortem: people may not have been told.
    const pm = await runJson<{containment: {openRisks: string[]}}>(['report', 'postmortem', incident], {env: t.env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.deepEqual(pm.json.containment.openRisks.map((r) => /step ([a-z-]+) \(notify\/([a-z-]+)\)/.exec(r)?.slice(1).join('/')), ['tell-hook/slack-webhook', 'tell-teams/teams', 'tell-json/webhook'])
    assert.match(pm.json.containment.openRisks[0]!, /may not have been told: tell them/)
  })
})
