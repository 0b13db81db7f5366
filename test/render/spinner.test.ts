/** The wait spinner's line: provider, request, attempt, seconds since the first attempt, a pause; and silence without a terminal. */
import assert from 'node:assert/strict'
import {PassThrough} from 'node:stream'
import {describe, it} from 'node:test'
import {waitSpinner, waitText} from '../../src/render/spinner.js'

describe('wait spinner', () => {
  it('names the provider, the request, the attempt and the elapsed time', () => {
    const w = {provider: 'github', what: 'POST /credentials/revoke', attempt: 2, attempts: 3, since: 1_000}
    assert.equal(waitText(w, 5_300), 'github: POST /credentials/revoke — attempt 2/3, 4.3 s — Ctrl-C cancels')
    assert.equal(waitText({...w, pause: 'rate limited; retrying in 3 s'}, 1_000), 'github: POST /credentials/revoke — attempt 2/3, 0.0 s (rate limited; retrying in 3 s) — Ctrl-C cancels')
  })

  it('writes nothing when standard error is not a terminal', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream
    let written = ''
    ;(stream as unknown as PassThrough).on('data', (d: Buffer) => (written += d.toString()))
    const s = waitSpinner(stream)
    s.show({provider: 'github', what: 'GET /user', attempt: 1, attempts: 3, since: Date.now()})
    s.show(undefined)
    assert.equal(written, '')
  })
})
