/**
 * TLS files named in a team-store URL (sslrootcert, sslcert, sslkey), through the real CLI: a
 * missing file or a folder is a message naming the parameter and the path, before any connection
 * (no server is needed: port 1 is never reached), never pl's bug.
 */
import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'

import {runPl} from '../helpers/cli.js'

describe('TLS files in the store URL', () => {
  let dir = ''
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pl-store-url-tls-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))
  const url = (query: string) => `postgres://alice@127.0.0.1:1/pl?sslmode=verify-full&${query}`

  test('a missing sslrootcert: exit 3 naming it and the file', async () => {
    const missing = join(dir, 'no-such-ca.pem')
    const r = await runPl(['incident', 'list', '--store', url(`sslrootcert=${missing}`)], {env: {PL_HOME: join(dir, 'home')}})
    assert.equal(r.code, 3, r.stderr)
    assert.match(r.stderr, new RegExp(`The sslrootcert ${missing.replaceAll('/', '\\/')} \\(in the store URL\\) does not exist\\.`))
    assert.match(r.stderr, /Check the path after sslrootcert=/)
    assert.doesNotMatch(r.stderr, /bug in pl|\n\s+at /)
  })

  test('a folder as sslrootcert: exit 2 naming it', async () => {
    const r = await runPl(['incident', 'list', '--store', url(`sslrootcert=${dir}`)], {env: {PL_HOME: join(dir, 'home')}})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /The sslrootcert .* \(in the store URL\) is not a file\./)
  })

  test('a missing sslkey beside an existing sslcert: the key is named', async () => {
    const cert = join(dir, 'client.pem')
    writeFileSync(cert, 'not checked here\n')
    const r = await runPl(['incident', 'list', '--store', url(`sslcert=${cert}&sslkey=${join(dir, 'client.key')}`)], {env: {PL_HOME: join(dir, 'home')}})
    assert.equal(r.code, 3, r.stderr)
    assert.match(r.stderr, /The sslkey .*client\.key \(in the store URL\) does not exist\./)
  })
})
