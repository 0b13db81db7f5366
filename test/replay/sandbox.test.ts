import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import net from 'node:net'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {after, before, describe, it} from 'node:test'
import {fileURLToPath} from 'node:url'
import {runSandboxed, SandboxError} from '../../src/replay/sandbox.js'

const here = dirname(fileURLToPath(import.meta.url))
const PROBE = join(here, 'probe.js')
const GUARD_DIR = join(here, '..', '..', 'src', 'replay')

interface Attempt {
  ok: boolean
  value?: unknown
  error?: string
}

function probe(job: unknown, options: {allowNet?: {host: string; port: number}; env?: Record<string, string>; timeoutMs?: number; maxOutputBytes?: number} = {}): Promise<Attempt> {
  return runSandboxed<Attempt>({
    entry: PROBE,
    allowRead: [GUARD_DIR],
    timeoutMs: options.timeoutMs ?? 20_000,
    maxOutputBytes: options.maxOutputBytes ?? 1024 * 1024,
    input: job,
    ...(options.allowNet ? {allowNet: options.allowNet} : {}),
    ...(options.env ? {env: options.env} : {}),
  })
}

/** A TCP server on 127.0.0.1 that greets and counts its connections. */
function greeter(greeting: string): Promise<{server: net.Server; port: number; connections: () => number}> {
  let n = 0
  const server = net.createServer((s) => {
    n += 1
    s.end(greeting)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({server, port: (server.address() as net.AddressInfo).port, connections: () => n})))
}

describe('sandbox', () => {
  let dir: string
  let allowed: Awaited<ReturnType<typeof greeter>>
  let other: Awaited<ReturnType<typeof greeter>>
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pl-sandbox-'))
    allowed = await greeter('allowed')
    other = await greeter('other')
  })
  after(() => {
    allowed.server.close()
    other.server.close()
    rmSync(dir, {recursive: true, force: true})
  })

  it('cannot read a file outside its allowance, but can read inside it', async () => {
    const outside = join(dir, 'secret.txt')
    writeFileSync(outside, 'not for the model')
    const denied = await probe({action: 'read', path: outside})
    assert.equal(denied.ok, false)
    assert.match(denied.error!, /ERR_ACCESS_DENIED/)
    const inside = await probe({action: 'read', path: PROBE})
    assert.equal(inside.ok, true)
  })

  it('connects to the allowed host and port only: a second local port is refused before any packet', async () => {
    const net = {host: '127.0.0.1', port: allowed.port}
    assert.deepEqual(await probe({action: 'connect', port: allowed.port}, {allowNet: net}), {ok: true, value: 'allowed'})
    const before = other.connections()
    const refused = await probe({action: 'connect', port: other.port}, {allowNet: net})
    assert.equal(refused.ok, false)
    assert.match(refused.error!, /sandbox: connection to 127\.0\.0\.1:\d+ refused/)
    const viaHttp = await probe({action: 'http', port: other.port}, {allowNet: net})
    assert.equal(viaHttp.ok, false)
    // Same port, other name: the allowance is for the configured host name exactly.
    const otherName = await probe({action: 'connect', port: allowed.port, host: 'localhost'}, {allowNet: net})
    assert.equal(otherName.ok, false)
    assert.equal(other.connections(), before)
    const noNet = await probe({action: 'connect', port: allowed.port})
    assert.equal(noNet.ok, false)
    const udp = await probe({action: 'udp'}, {allowNet: net})
    assert.equal(udp.ok, false)
  })

  it("sees none of the parent's environment, only what it is given", async () => {
    process.env.PL_SANDBOX_TEST_PARENT_ONLY = 'parent'
    try {
      assert.deepEqual((await probe({action: 'env'})).value, {})
      assert.deepEqual((await probe({action: 'env'}, {env: {OPENAI_API_KEY: 'k'}})).value, {OPENAI_API_KEY: 'k'})
    } finally {
      delete process.env.PL_SANDBOX_TEST_PARENT_ONLY
    }
  })

  it('cannot start child processes or worker threads', async () => {
    const spawn = await probe({action: 'spawn'})
    assert.equal(spawn.ok, false)
    assert.match(spawn.error!, /ERR_ACCESS_DENIED/)
    const worker = await probe({action: 'worker'})
    assert.equal(worker.ok, false)
    assert.match(worker.error!, /ERR_ACCESS_DENIED/)
  })

  it('is killed at the time limit', async () => {
    await assert.rejects(probe({action: 'hang'}, {timeoutMs: 1500}), (e: unknown) => e instanceof SandboxError && e.kind === 'timeout')
  })

  it('is killed when it writes more than the output cap', async () => {
    await assert.rejects(probe({action: 'flood'}, {maxOutputBytes: 64 * 1024}), (e: unknown) => e instanceof SandboxError && e.kind === 'output-cap')
  })
})
