/**
 * A notify step in a real terminal (tmux): the go-ahead shows the message as it will be sent,
 * masked; a webhook that fails offers retry, skip, done by hand, stop; "Retry it now" sends it once
 * more and the channel gets one message, masked.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {BIN, initWithIncident, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {hasTmux, TmuxSession} from '../helpers/tmux.js'
import {githubToken, Rng} from '../fixtures/scan/fakes.js'
import {entries} from '../fixtures/providers/ledger.js'
import {notifyServer} from '../fixtures/providers/notify.js'
import type {NotifyState} from '../fixtures/providers/notify.js'
import type {ProviderServer} from '../fixtures/providers/server.js'

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

describe('a notify step in a terminal', {skip: !hasTmux() && 'tmux not installed'}, () => {
  let t: TestStore
  let incident: string
  let server: ProviderServer
  let state: NotifyState
  let notifyEnv: (url: string) => Record<string, string>
  before(async () => {
    t = tempStore('pl-rb-notify-tty-')
    incident = await initWithIncident(t, 'notify tty')
    ;({server, state, env: notifyEnv} = notifyServer())
    await server.start()
  })
  after(async () => {
    await server.stop()
    t.cleanup()
  })

  it('shows the masked message before sending; a failed post offers the choices and "Retry it now" sends it once', async () => {
    const file = join(t.dir, 'tty-notify.yaml')
    writeFileSync(
      file,
      `name: tty-notify
title: Notify
steps:
  - id: status
    title: Status for the channel
    question: {type: input, message: One line for the channel}
  - id: tell
    title: Tell the incident channel
    action: {type: notify, provider: slack-webhook, params: {message: "{{ incident.id }}: {{ answers.status }}"}}
`,
    )
    const token = githubToken(new Rng(Date.now() % 2 ** 31))
    server.failNext('POST', state.slackHookPath, {status: 500, text: 'rollup_error'})
    const env = {...t.env, ...notifyEnv(server.url)}
    const cmd = `env ${Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ')} ${shellQuote(process.execPath)} ${shellQuote(BIN)} runbook run ${shellQuote(file)} --incident ${incident}`
    const tmux = new TmuxSession(t.dir)
    try {
      tmux.start(cmd)
      await tmux.waitFor(/One line for the channel/)
      tmux.type(`revoking ${token} now`)
      tmux.keys('Enter')
      await tmux.waitFor(/Go ahead: post to the Slack incoming webhook in \$SLACK_WEBHOOK_URL:/)
      const ask = tmux.screen().split('\n').filter((l) => l.includes('Go ahead')).join('')
      assert.match(ask, new RegExp(`"${incident}: revoking ghp_…[A-Za-z0-9]{4} now" \\(1 value masked\\)`))
      tmux.type('y')
      tmux.keys('Enter')
      await tmux.waitFor(/Step tell failed: slack-webhook: POST to the webhook in SLACK_WEBHOOK_URL failed with 500/)
      for (const choice of [/Retry it now/, /Skip it, with a reason/, /Done by hand/, /Stop here/]) assert.match(tmux.screen(), choice)
      assert.ok(!tmux.screen().includes(state.slackHookPath), 'the webhook URL is never shown')
      tmux.keys('Enter') // Retry it now
      await tmux.waitFor(/tty-notify complete for/)
      assert.match(tmux.screen(), /posted to the Slack incoming webhook/)
      assert.equal(await tmux.exitCode(), 0, tmux.screen())
    } finally {
      tmux.kill()
    }
    assert.deepEqual(state.slackHookPosts.filter((p) => p.startsWith(incident)).map((p) => p.replace(/ghp_…\w{4}/, 'ghp_…MASK')), [`${incident}: revoking ghp_…MASK now`])
    assert.equal(server.count('POST', state.slackHookPath), 2, 'the failed post, then the retry')
    const sends = (await entries(t, incident)).filter((x) => x.kind === 'action.result' && x.body!.stage === 'send').map((x) => [x.body!.ok, x.body!.status])
    assert.deepEqual(sends, [[false, 500], [true, 200]])
  })
})
