/**
 * A failed or refused step never blocks the rest, through the real CLI: a revocation against a
 * provider in each failing state (unreachable, slow, 401, 429 with a long Retry-After, 5xx) stops
 * the walk naming the step and the flags that go on; --skip goes on and the skip is recorded,
 * shown by `pl runbook status`, the timeline and the postmortem (an open risk and action item)
 * until --done records it done by hand; --from and a skipped input skip later steps with a reason.
 */
import assert from 'node:assert/strict'
import {readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {fakes, githubToken, Rng} from '../fixtures/scan/fakes.js'
import {freePort} from '../fixtures/providers/databases.js'
import {entries} from '../fixtures/providers/ledger.js'
import {providerEnv, providerServer} from '../fixtures/providers/providers.js'
import type {ProviderState} from '../fixtures/providers/providers.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const rng = new Rng(Date.now() % 2 ** 31)

const RUNBOOK = `name: skip-test
title: Skip
steps:
  - id: token
    title: The leaked token
    question: {type: password, message: Token}
  - id: revoke
    title: Revoke it
    action: {type: revoke-token, provider: github, params: {tokens: "{{ answers.token }}"}}
  - id: connector
    title: Which connector ships the logs?
    question: {type: input, message: Connector}
  - id: pause
    title: Pause it
    when: {answer: connector}
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}"}}
  - id: contained
    title: Contained
    action: {type: manual, params: {task: Copies re-scanned clean}}
    mark: contained
`

interface Walk {
  complete: boolean
  marked: string[]
  steps: {id: string; status: string; reason?: string; note?: string}[]
}
interface Status {
  incidents: {incident: string; walks: {runbook: string; steps: {id: string; state: string; detail: string | null; actor: string | null}[]; lease: unknown}[]}[]
}

describe('pl runbook run: skip, done by hand, from', () => {
  let t: TestStore
  let server: ProviderServer
  let state: ProviderState
  let file: string
  before(async () => {
    t = tempStore('pl-rb-skip-')
    ;({server, state} = providerServer())
    await server.start()
    file = join(t.dir, 'skip.yaml')
    writeFileSync(file, RUNBOOK)
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('a failing provider in each state stops with exit 8 and the way on; --skip goes on; the skip is shown everywhere until --done', async () => {
    const incident = await initWithIncident(t, 'skip')
    const token = githubToken(rng)
    state.live.set('github', new Set([token]))
    const answers = join(t.dir, 'answers.yaml')
    writeFileSync(answers, `token: "${token}"\nconnector: logs-sink\n`)
    const env = {...t.env, ...providerEnv(server.url)}
    const closed = `http://127.0.0.1:${await freePort()}`
    const states: [string, Record<string, string>, () => void][] = [
      ['unreachable', {PL_GITHUB_URL: closed}, () => undefined],
      ['slow', {PL_HTTP_TIMEOUT_MS: '300'}, () => {
        for (let i = 0; i < 3; i++) server.failNext('POST', '/credentials/revoke', 'hang')
      }],
      ['401', {}, () => server.failNext('POST', '/credentials/revoke', {status: 401, json: {message: 'Bad credentials'}})],
      ['429', {}, () => server.failNext('POST', '/credentials/revoke', {status: 429, json: {}, headers: {'retry-after': '3600'}})],
      ['5xx', {}, () => {
        for (let i = 0; i < 3; i++) server.failNext('POST', '/credentials/revoke', {status: 503, json: {}})
      }],
    ]
    for (const [name, extra, arrange] of states) {
      arrange()
      const r = await runJson<{error: {step: string; hints: string[]; message: string}}>(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes'], {env: {...env, ...extra}})
      assert.equal(r.code, 8, `${name}: ${r.stderr}`)
      assert.equal(r.json.error.step, 'revoke', name)
      assert.match(r.json.error.message, /^Step revoke failed and is still pending: github: POST \/credentials\/revoke/, name)
      assert.ok(r.json.error.hints.some((h) => h.includes('--skip revoke=REASON or --done revoke=NOTE')), name)
    }
    assert.ok(state.live.get('github')!.has(token), 'never revoked')
    // Status: the revocation failed, with the last error; the rest is pending.
    const failing = await runJson<Status>(['runbook', 'status', incident, '--dir', t.dir], {env})
    assert.equal(failing.code, 0, failing.stderr)
    const walk = failing.json.incidents[0]!.walks[0]!
    assert.equal(walk.runbook, 'skip-test')
    assert.deepEqual(walk.steps.map((s) => [s.id, s.state]), [['token', 'done'], ['revoke', 'failed'], ['connector', 'pending'], ['pause', 'pending'], ['contained', 'pending']])
    const revoke = walk.steps.find((s) => s.id === 'revoke')!
    assert.equal(revoke.state, 'failed')
    assert.match(revoke.detail!, /failed with 503/)
    assert.equal(walk.lease, null, 'each failed walk released its lease')

    const skipped = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--answers', answers, '--yes', '--skip', 'revoke=GitHub API down'], {env: {...env, PL_GITHUB_URL: closed}})
    assert.equal(skipped.code, 0, skipped.stderr)
    assert.deepEqual(skipped.json.steps.map((s) => [s.id, s.status, s.reason]), [
      ['token', 'already-done', undefined],
      ['revoke', 'skipped', 'GitHub API down'],
      ['connector', 'done', undefined],
      ['pause', 'done', undefined],
      ['contained', 'done', undefined],
    ])
    assert.deepEqual(skipped.json.marked, ['contained'])
    assert.ok(state.paused.has('kafka:logs-sink'))

    const status = await runJson<Status>(['runbook', 'status', incident], {env})
    const steps = status.json.incidents[0]!.walks[0]!.steps
    assert.deepEqual(steps.find((s) => s.id === 'revoke'), {...steps.find((s) => s.id === 'revoke')!, state: 'skipped', detail: 'GitHub API down', actor: 'tester@test'})
    const table = await runPl(['runbook', 'status', incident], {env})
    assert.match(table.stdout, /Step\s+State\s+Detail\s+By\s+When/i)
    assert.match(table.stdout, /revoke\s+SKIPPED\s+GitHub API down\s+tester@test/)

    const timeline = await runPl(['incident', 'timeline', incident], {env})
    assert.match(timeline.stdout, /step revoke SKIPPED by the responder: GitHub API down/)

    interface Pm {
      containment: {skipped: {step: string; action: string; text: string}[]; byHand: {step: string; text: string}[]; openRisks: string[]}
    }
    const pm = await runJson<Pm>(['report', 'postmortem', incident, '--format', 'json'], {env})
    assert.equal(pm.code, 0, pm.stderr)
    assert.deepEqual(pm.json.containment.skipped.map((s) => [s.step, s.action, s.text]), [['revoke', 'revoke-token', 'GitHub API down']])
    assert.equal(pm.json.containment.openRisks.length, 1)
    assert.match(pm.json.containment.openRisks[0]!, /step revoke \(revoke-token\/github\) of runbook skip-test was skipped \(GitHub API down\); the credential may still be live/)
    const md = await runPl(['report', 'postmortem', incident], {env})
    assert.match(md.stdout, /Open risks \(containment steps skipped\):\n\n- \[ \] Open risk: step revoke/)
    assert.ok(![md.stdout, JSON.stringify(pm.json), table.stdout, timeline.stdout].some((o) => o.includes(token)))

    // Revoked by hand later: recorded as done by hand, no longer an open risk.
    const done = await runJson<Walk>(['runbook', 'run', file, '--incident', incident, '--done', 'revoke=alice revoked it in the GitHub settings'], {env})
    assert.equal(done.code, 0, done.stderr)
    assert.deepEqual(done.json.steps.find((s) => s.id === 'revoke'), {id: 'revoke', status: 'done-by-hand', note: 'alice revoked it in the GitHub settings'})
    const pm2 = await runJson<Pm>(['report', 'postmortem', incident, '--format', 'json'], {env})
    assert.deepEqual(pm2.json.containment.openRisks, [])
    assert.deepEqual(pm2.json.containment.byHand.map((s) => [s.step, s.text]), [['revoke', 'alice revoked it in the GitHub settings']])
    const status2 = await runJson<Status>(['runbook', 'status', incident], {env})
    assert.equal(status2.json.incidents[0]!.walks[0]!.steps.find((s) => s.id === 'revoke')!.state, 'done-by-hand')
    const verify = await runPl(['evidence', 'verify'], {env})
    assert.equal(verify.code, 0, verify.stderr)
  })

  it('--from skips the steps before it; a step reading a skipped answer is skipped with that reason; --done marks the phase', async () => {
    const incident = (await runJson<{id: string}>(['incident', 'open', '--title', 'from', '--severity', 'P2', '--class', 'secret'], {env: t.env})).json.id
    const env = {...t.env, ...providerEnv(server.url)}
    // A dry run writes its answers for the real run to replay (mode 0600); nothing recorded.
    const out = join(t.dir, 'answers-out.yaml')
    const given = join(t.dir, 'dry-given.yaml')
    writeFileSync(given, 'connector: logs-sink\n')
    const dry = await runPl(['runbook', 'run', file, '--incident', incident, '--dry-run', '--answers', given, '--answers-out', out], {env})
    assert.equal(dry.code, 0, dry.stderr)
    assert.equal(readFileSync(out, 'utf8'), 'connector: logs-sink\n')
    assert.equal(statSync(out).mode & 0o777, 0o600)
    assert.match(dry.stderr, /replay them with --answers/)
    // The preflight's GET of each address is not a provider action.
    const actions = () => server.requests.filter((x) => x.path !== '/').length
    const seen = actions()
    // No answers at all: the steps skipped need none, and neither does the step that reads one.
    const r = await runJson<Walk>(
      ['runbook', 'run', file, '--incident', incident, '--from', 'connector', '--skip', 'connector=nobody knows yet', '--done', 'contained=bob re-scanned the copies: clean'],
      {env},
    )
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(r.json.steps.map((s) => [s.id, s.status, s.reason ?? s.note]), [
      ['token', 'skipped', 'walk started --from connector'],
      ['revoke', 'skipped', 'walk started --from connector'],
      ['connector', 'skipped', 'nobody knows yet'],
      ['pause', 'skipped', 'its input connector was skipped (nobody knows yet)'],
      ['contained', 'done-by-hand', 'bob re-scanned the copies: clean'],
    ])
    assert.deepEqual(r.json.marked, ['contained'])
    assert.equal(actions(), seen, 'no provider action was called')
    const recorded = await entries(t, incident)
    const pause = recorded.find((x) => x.kind === 'runbook.step' && x.body!.step === 'pause')!
    assert.equal(pause.body!.after, 'connector')
    assert.ok(recorded.some((x) => x.kind === 'timeline.mark' && x.body!.phase === 'contained'))
    const shown = await runJson<{status: string}>(['incident', 'show', incident], {env: t.env})
    assert.equal(shown.json.status, 'contained')
  })

  it('names a --skip/--done of an unknown or finished step (exit 2) before anything is recorded', async () => {
    const incident = (await runJson<{id: string}>(['incident', 'open', '--title', 'bad flags', '--severity', 'P3', '--class', 'secret'], {env: t.env})).json.id
    const env = {...t.env, ...providerEnv(server.url)}
    const r = await runPl(['runbook', 'run', file, '--incident', incident, '--skip', 'nope', '--done', 'pause', '--skip', 'pause=x'], {env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /--skip nope: skip-test has no step "nope"; --skip pause and --done pause: choose one\./)
    assert.match(r.stderr, /Steps of skip-test: token, revoke, connector, pause, contained/)
    assert.ok(!(await entries(t, incident)).some((x) => x.kind.startsWith('runbook.')), 'nothing of the walk recorded')
  })

  it('--reanswer appends a correcting answer, lists the steps done on the old one, reopens and runs again those that used it, and runs a step the new answer makes apply', async () => {
    const incident = (await runJson<{id: string}>(['incident', 'open', '--title', 'reanswer', '--severity', 'P2', '--class', 'secret'], {env: t.env})).json.id
    const env = {...t.env, ...providerEnv(server.url)}
    const rbFile = join(t.dir, 'reanswer.yaml')
    writeFileSync(
      rbFile,
      `name: reanswer-test
title: Reanswer
steps:
  - id: kind
    title: Which kind?
    question: {type: select, message: Kind, choices: [a, b]}
  - id: note-a
    title: Note A
    when: {answer: kind, equals: a}
    action: {type: manual, params: {task: "Handled as {{ answers.kind }}"}}
  - id: only-b
    title: Only for B
    when: {answer: kind, equals: b}
    action: {type: manual, params: {task: B handled}}
  - id: connector
    title: Connector
    question: {type: input, message: Connector}
  - id: pause
    title: Pause it
    action: {type: pause-pipeline, provider: kafka-connect, params: {connector: "{{ answers.connector }}"}}
`,
    )
    const answers = (name: string, text: string) => {
      const f = join(t.dir, name)
      writeFileSync(f, text)
      return f
    }
    // A mistyped connector: Kafka Connect answers 404 and the walk stops at pause.
    server.failNext('PUT', '/connectors/logs-sinc/pause', {status: 404, json: {error_code: 404, message: 'Connector logs-sinc not found'}})
    const first = await runJson<{error: {step: string}}>(['runbook', 'run', rbFile, '--incident', incident, '--answers', answers('a1.yaml', 'kind: a\nconnector: logs-sinc\n'), '--yes'], {env})
    assert.equal(first.code, 8, first.stderr)
    assert.equal(first.json.error.step, 'pause')

    const noValue = await runPl(['runbook', 'run', rbFile, '--incident', incident, '--reanswer', 'connector', '--yes'], {env})
    assert.equal(noValue.code, 2)
    assert.match(noValue.stderr, /--reanswer connector needs the new answer: no terminal to ask on/)

    const fixed = await runJson<Walk & {reanswered: {step: string; redo: string[]; reopen: string[]}[]}>(
      ['runbook', 'run', rbFile, '--incident', incident, '--reanswer', 'connector', '--answers', answers('a2.yaml', 'connector: logs-sink2\n'), '--yes'],
      {env},
    )
    assert.equal(fixed.code, 0, fixed.stderr)
    assert.deepEqual(fixed.json.reanswered, [{step: 'connector', redo: [], reopen: []}])
    assert.ok(state.paused.has('kafka:logs-sink2'))

    const changed = await runJson<Walk & {reanswered: {step: string; redo: string[]; reopen: string[]}[]}>(
      ['runbook', 'run', rbFile, '--incident', incident, '--reanswer', 'kind', '--answers', answers('a3.yaml', 'kind: b\n'), '--yes'],
      {env},
    )
    assert.equal(changed.code, 0, changed.stderr)
    assert.deepEqual(changed.json.reanswered, [{step: 'kind', redo: ['note-a'], reopen: ['only-b']}])
    assert.deepEqual(changed.json.steps.find((x) => x.id === 'only-b')?.status, 'done')
    const recorded = await entries(t, incident)
    const given = recorded.filter((x) => x.kind === 'runbook.step' && x.body!.status === 'answered').map((x) => [x.body!.step, x.body!.answer])
    assert.deepEqual(given, [['kind', 'a'], ['connector', 'logs-sinc'], ['connector', 'logs-sink2'], ['kind', 'b']])

    // The connector changed once more after pause was done: pause is reopened and runs again on the new one.
    const again = await runJson<Walk & {reanswered: {step: string; redo: string[]; reopen: string[]}[]}>(
      ['runbook', 'run', rbFile, '--incident', incident, '--reanswer', 'connector', '--answers', answers('a4.yaml', 'connector: logs-sink3\n'), '--yes'],
      {env},
    )
    assert.equal(again.code, 0, again.stderr)
    assert.deepEqual(again.json.reanswered, [{step: 'connector', redo: [], reopen: ['pause']}])
    assert.equal(again.json.steps.find((x) => x.id === 'pause')?.status, 'done')
    assert.ok(state.paused.has('kafka:logs-sink3'))
    const reopened = (await entries(t, incident)).filter((x) => x.kind === 'runbook.step' && x.body!.status === 'reopened').map((x) => [x.body!.step, x.body!.because])
    assert.deepEqual(reopened, [['only-b', 'kind'], ['pause', 'connector']])
  })

  it('--yes takes the runbook\'s default, not the choice the findings suggest, and says which they suggest', async () => {
    const incident = (await runJson<{id: string}>(['incident', 'open', '--title', 'findings', '--severity', 'P2', '--class', 'secret'], {env: t.env})).json.id
    const log = join(t.dir, 'openai.log')
    writeFileSync(log, `request used ${fakes.openaiProject(rng)}\n`)
    assert.equal((await runPl(['scan', log, '--incident', incident], {env: t.env})).code, 1)
    const rbFile = join(t.dir, 'kinds.yaml')
    writeFileSync(rbFile, 'name: kinds-test\ntitle: Kinds\nsteps:\n  - id: leaked\n    title: Kinds\n    question: {type: checkbox, message: Kinds, choices: [github, openai], default: [github]}\n')
    const out = join(t.dir, 'kinds-answers.yaml')
    const r = await runPl(['runbook', 'run', rbFile, '--incident', incident, '--dry-run', '--yes', '--answers-out', out], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(readFileSync(out, 'utf8'), 'leaked:\n  - github\n')
    assert.match(r.stderr, /! leaked: --yes took the runbook's default \(\[github\]\); the incident's findings suggest \[openai\]\. To use that, give "leaked" in --answers or answer on a terminal\./)
  })

  it('a root cause given in a runbook walk is the postmortem\'s until one is written for it', async () => {
    const incident = (await runJson<{id: string}>(['incident', 'open', '--title', 'root cause', '--severity', 'P2', '--class', 'secret'], {env: t.env})).json.id
    const rbFile = join(t.dir, 'root.yaml')
    writeFileSync(rbFile, 'name: root-test\ntitle: Root\nsteps:\n  - id: root-cause\n    title: Root cause\n    question: {type: input, message: Root cause}\n')
    const answers = join(t.dir, 'root-answers.yaml')
    writeFileSync(answers, 'root-cause: token pasted into a prompt template\n')
    const r = await runPl(['runbook', 'run', rbFile, '--incident', incident, '--answers', answers], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    interface Pm {
      rootCause: {recorded: boolean; text: string; source: string}
    }
    const pm = await runJson<Pm>(['report', 'postmortem', incident, '--format', 'json'], {env: t.env})
    assert.deepEqual([pm.json.rootCause.recorded, pm.json.rootCause.text, pm.json.rootCause.source], [true, 'token pasted into a prompt template', 'runbook'])
    const md = await runPl(['report', 'postmortem', incident], {env: t.env})
    assert.match(md.stdout, /Root cause: token pasted into a prompt template \(as given in the runbook walk\)/)
    const own = await runJson<Pm>(['report', 'postmortem', incident, '--format', 'json', '--root-cause', 'a logging default'], {env: t.env})
    assert.deepEqual([own.json.rootCause.text, own.json.rootCause.source], ['a logging default', 'postmortem'])
  })
})
