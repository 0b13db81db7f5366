/**
 * `pl init` with PL_HOME to be made under a read-only file system, through the real CLI: Node's
 * recursive mkdir says ENOENT there; pl names the read-only folder with the no-access exit code
 * (13), as it does when PL_HOME itself exists on it. Needs a read-only mount: a private tmpfs,
 * mounted read-only when the tests may mount (root); skipped otherwise.
 */
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, test} from 'node:test'

import {runPl} from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'pl-init-ro-'))
const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,ro', 'tmpfs', dir], {timeout: 10_000}).status === 0

describe('pl init under a read-only file system', {skip: !mounted && 'cannot mount a read-only tmpfs here (needs root)'}, () => {
  after(() => {
    spawnSync('umount', [dir], {timeout: 10_000})
    rmSync(dir, {recursive: true, force: true})
  })

  test('PL_HOME to be created in it: exit 13 naming the read-only folder, no bug', async () => {
    const home = join(dir, 'home', 'pl')
    const r = await runPl(['init', '--kdf', 'test-only-weak'], {env: {PL_HOME: home, PL_PASSPHRASE: 'correct horse battery staple'}})
    assert.equal(r.code, 13, r.stderr)
    assert.match(r.stderr, new RegExp(`Cannot use ${dir.replaceAll('/', '\\/')} \\(to create ${home.replaceAll('/', '\\/')} in it\\): it is on a read-only file system \\(EROFS\\)`))
    assert.doesNotMatch(r.stderr, /bug in pl|\n\s+at /)
  })
})

if (!mounted) rmSync(dir, {recursive: true, force: true})
