import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import type {TestStore} from '../helpers/cli.js'
import {initWithIncident, runJson, runPl, tempStore} from '../helpers/cli.js'
import {leakedToken, openaiCapture} from '../fixtures/replay/exchanges.js'

interface ErrorJson {
  error: {code: string; message: string; hints: string[]; exitCode: number; reason?: string}
}

describe('pl replay: bad input', () => {
  let t: TestStore
  let incident: string
  const token = leakedToken()
  const add = async (name: string, text: string): Promise<string> => {
    const file = join(t.dir, name)
    writeFileSync(file, text)
    const r = await runJson<{evidence: {id: string}[]}>(['evidence', 'add', incident, file], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    return r.json.evidence[0]!.id
  }

  before(async () => {
    t = tempStore('pl-replay-bad-')
    incident = await initWithIncident(t, 'Bad replay input')
  })
  after(() => t.cleanup())

  it('refuses evidence that is not an exchange, an empty conversation, an ambiguous log, unknown and shredded evidence', async () => {
    const log = await add('app.log', 'plain text\nnothing to replay\n')
    const notExchange = await runJson<ErrorJson>(['replay', log], {env: t.env})
    assert.equal(notExchange.code, 2, JSON.stringify(notExchange.json) + notExchange.stderr)
    assert.equal(notExchange.json.error.code, 'invalid-input')
    assert.equal(notExchange.json.error.reason, 'not-exchange')

    const empty = await add('empty.json', JSON.stringify({model: 'gpt-4o', messages: [{role: 'system', content: 'You are Aria.'}]}))
    const emptyRun = await runJson<ErrorJson>(['replay', empty], {env: t.env})
    assert.equal(emptyRun.code, 2, JSON.stringify(emptyRun.json) + emptyRun.stderr)
    assert.equal(emptyRun.json.error.reason, 'empty')
    assert.match(emptyRun.json.error.message, /empty conversation/)

    const gateway = await add('gateway.jsonl', [openaiCapture(token, 'Hello'), '{"msg":"noise"}', openaiCapture(token)].join('\n') + '\n')
    const ambiguous = await runJson<ErrorJson>(['replay', gateway], {env: t.env})
    assert.equal(ambiguous.code, 2, JSON.stringify(ambiguous.json) + ambiguous.stderr)
    assert.match(ambiguous.json.error.hints.join(' '), /--line/)
    const line3 = await runJson<{leaked: boolean}>(['replay', gateway, '--line', '3'], {env: t.env})
    assert.equal(line3.code, 0, line3.stderr)
    assert.equal(line3.json.leaked, true)

    const missing = await runJson<ErrorJson>(['replay', 'EV-9999'], {env: t.env})
    assert.equal(missing.code, 3, JSON.stringify(missing.json) + missing.stderr)

    const doomed = await add('doomed.json', openaiCapture(token))
    const shred = await runPl(['evidence', 'shred', doomed, '--yes', '--reason', 'test'], {env: t.env})
    assert.equal(shred.code, 0, shred.stderr)
    const shredded = await runJson<ErrorJson>(['replay', doomed], {env: t.env})
    assert.equal(shredded.code, 7, JSON.stringify(shredded.json) + shredded.stderr)
    assert.equal(shredded.json.error.code, 'key-shredded')
  })
})
