/**
 * Compressed evidence, the way the README adds it (`gateway.jsonl.gz`): `pl replay EV --line N`
 * reads a gzip exhibit decompressed, as `pl scan` does, and replays the same exchange as the
 * uncompressed copy; `pl evidence show --reveal` refuses to write its binary content to a
 * terminal (a real one, through tmux) and says to use --out FILE, while a pipe still gets the bytes.
 */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {gzipSync} from 'node:zlib'
import {BIN, initWithIncident, runJson, runPlBytes, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {TmuxSession, hasTmux} from '../helpers/tmux.js'
import {gatewayLog} from '../fixtures/scan/gateway-log.js'

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`

describe('compressed evidence', () => {
  let t: TestStore
  let incident: string
  let gz: string
  let plain: string
  const log = gatewayLog()
  const text = log.lines.join('\n') + '\n'
  const compressed = gzipSync(text)

  const add = async (name: string, content: string | Buffer): Promise<string> => {
    const file = join(t.dir, name)
    writeFileSync(file, content)
    const r = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, file], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    return r.json.evidence[0]!.id
  }

  before(async () => {
    t = tempStore('pl-compressed-')
    incident = await initWithIncident(t, 'Prompt in gateway logs')
    gz = await add('gateway.jsonl.gz', compressed)
    plain = await add('gateway.jsonl', text)
  })
  after(() => t.cleanup())

  it('pl replay EV --line N reads a gzip exhibit as pl scan does: the same exchange as the plain copy', async () => {
    const fromGz = await runJson<{promptSha256: string; runs: number}>(['replay', gz, '--line', '17', '--runs', '1', '--seed', '7'], {env: t.env})
    assert.equal(fromGz.code, 0, fromGz.stderr)
    const fromPlain = await runJson<{promptSha256: string}>(['replay', plain, '--line', '17', '--runs', '1', '--seed', '7'], {env: t.env})
    assert.equal(fromPlain.code, 0, fromPlain.stderr)
    assert.equal(fromGz.json.promptSha256, fromPlain.json.promptSha256)
    const notExchange = await runJson<{error: {message: string}}>(['replay', gz, '--line', '99'], {env: t.env})
    assert.equal(notExchange.code, 2)
    assert.match(notExchange.json.error.message, /Line 99 is not a captured exchange/)
  })

  it('pl evidence show --reveal writes the bytes of a .gz exhibit to a pipe or a file', async () => {
    const r = await runPlBytes(['evidence', 'show', gz, '--reveal'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(r.stdout, compressed)
  })

  it('pl evidence show --reveal refuses to write binary to a terminal, suggests --out FILE, and records no reveal', {skip: !hasTmux()}, async () => {
    const tmux = new TmuxSession(t.dir)
    const env = Object.entries(t.env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ')
    try {
      tmux.start(`env ${env} ${shellQuote(process.execPath)} ${shellQuote(BIN)} evidence show ${gz} --reveal`)
      const screen = await tmux.waitFor(/--out FILE/)
      assert.match(screen, /gzip-compressed: pl does not write binary content to a terminal/)
      assert.equal(await tmux.exitCode(), 2)
    } finally {
      tmux.kill()
    }
    const text = new TmuxSession(t.dir)
    try {
      text.start(`env ${env} ${shellQuote(process.execPath)} ${shellQuote(BIN)} evidence show ${plain} --reveal`)
      await text.waitFor(/the reveal is recorded/)
      assert.equal(await text.exitCode(), 0, 'a text exhibit is still written to a terminal')
    } finally {
      text.kill()
    }
    const timeline = await runJson<{events: {kind: string}[]}>(['incident', 'timeline', incident], {env: t.env})
    const reveals = JSON.stringify(timeline.json).match(/evidence\.revealed/g) ?? []
    assert.equal(reveals.length, 2, 'the refused reveal is not on the record: only the pipe and the text reveal')
  })
})
