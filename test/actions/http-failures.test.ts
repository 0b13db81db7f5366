/**
 * A connection failure names its cause — DNS name not found, connection refused, TLS failure or
 * timeout — against real sockets on 127.0.0.1 (a closed port, a plain-HTTP server spoken to over
 * TLS, a server that never answers) and a name in the reserved `.invalid` domain.
 */
import assert from 'node:assert/strict'
import {after, before, describe, it} from 'node:test'
import {http} from '../../src/actions/http.js'
import type {ActionContext} from '../../src/actions/types.js'
import {ExternalError} from '../../src/errors.js'
import {freePort} from '../fixtures/providers/databases.js'
import {ProviderServer} from '../fixtures/providers/server.js'

const ctx: ActionContext = {env: {}, cwd: '/', timeoutMs: 300, maxRetryWaitMs: 0, sleep: () => Promise.resolve(), preserve: () => Promise.resolve([]), record: () => undefined}

async function failure(url: string, idempotent = false): Promise<ExternalError> {
  try {
    await http(ctx, {provider: 'test', method: 'GET', url, idempotent})
  } catch (error) {
    assert.ok(error instanceof ExternalError, String(error))
    return error
  }
  assert.fail('the request succeeded')
}

describe('http: the cause of a connection failure', () => {
  const server = new ProviderServer()
  before(async () => {
    server.on('GET', '/hang', () => 'hang')
    await server.start()
  })
  after(() => server.stop())

  it('connection refused (a closed port)', async () => {
    const e = await failure(`http://127.0.0.1:${await freePort()}/x`)
    assert.match(e.message, /^test: GET \/x could not connect: connection refused \(ECONNREFUSED\)\.$/)
    assert.equal(e.details.reason, 'refused')
  })

  it('DNS name not found', async () => {
    const e = await failure('http://no-such-host.invalid/x')
    assert.match(e.message, /could not connect: DNS name no-such-host\.invalid not found \((ENOTFOUND|EAI_AGAIN)\)/)
    assert.equal(e.details.reason, 'dns')
  })

  it('TLS failure (TLS spoken to a plain HTTP server)', async () => {
    const e = await failure(`${server.url.replace('http:', 'https:')}/x`)
    assert.match(e.message, /could not connect: TLS failure \(/)
    assert.equal(e.details.reason, 'tls')
  })

  it('timeout', async () => {
    const e = await failure(`${server.url}/hang`)
    assert.match(e.message, /GET \/hang timed out after 300 ms/)
    assert.equal(e.details.reason, 'timeout')
  })

  it('a timeout retried: how many attempts and how long each waited, not one attempt\'s time', async () => {
    const e = await failure(`${server.url}/hang`, true)
    assert.match(e.message, /^test: GET \/hang timed out: 3 attempts of 300 ms each\.$/)
    assert.equal(e.details.reason, 'timeout')
  })
})
