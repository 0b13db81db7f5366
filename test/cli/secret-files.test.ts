/**
 * Issue 14, item 5: a key file or passphrase file is read with a bound. A character device, a
 * FIFO, a key file over 1 KiB or a passphrase file over 64 KiB is refused at once (exit 6, with a
 * message naming the variable), before anything is read into memory.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {closeSync, openSync, writeFileSync, ftruncateSync} from 'node:fs'
import {join} from 'node:path'
import {runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

describe('key and passphrase files are read with a bound', () => {
  let t: TestStore
  before(async () => {
    t = tempStore('pl-secret-files-')
    assert.equal((await runPl(['init'], {env: t.env})).code, 0)
  })
  after(() => t.cleanup())

  const list = (env: Record<string, string | undefined>) => runPl(['incident', 'list'], {env: {...t.env, PL_KEY_FILE: undefined, ...env}})

  test('a character device (/dev/zero) as PL_KEY_FILE or PL_PASSPHRASE_FILE: exit 6 at once', async () => {
    for (const variable of ['PL_KEY_FILE', 'PL_PASSPHRASE_FILE']) {
      const r = await list({[variable]: '/dev/zero'})
      assert.equal(r.code, 6, r.stderr)
      assert.match(r.stderr, new RegExp(`/dev/zero \\(${variable}\\) is a character device`))
    }
  })

  test('a FIFO without a writer is refused, not waited on', async () => {
    const fifo = join(t.dir, 'secret.fifo')
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0)
    for (const variable of ['PL_KEY_FILE', 'PL_PASSPHRASE_FILE']) {
      const r = await list({[variable]: fifo})
      assert.equal(r.code, 6, r.stderr)
      assert.match(r.stderr, /is a pipe \(FIFO\)/)
    }
  })

  test('a key file over 1 KiB and a 3 GB sparse passphrase file: refused by size', async () => {
    const key = join(t.dir, 'big.key')
    writeFileSync(key, 'a'.repeat(1025))
    const r = await list({PL_KEY_FILE: key})
    assert.equal(r.code, 6, r.stderr)
    assert.match(r.stderr, /larger than 1024 bytes/)
    const pass = join(t.dir, 'huge.pass')
    const fd = openSync(pass, 'w')
    ftruncateSync(fd, 3 * 1024 ** 3)
    closeSync(fd)
    const p = await list({PL_PASSPHRASE_FILE: pass})
    assert.equal(p.code, 6, p.stderr)
    assert.match(p.stderr, /larger than 65536 bytes/)
  })

  test('a key file of the right size still works', async () => {
    const r = await runPl(['incident', 'list'], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
  })
})
