import assert from 'node:assert/strict'
import {createHash} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, it} from 'node:test'

import {digestFile} from '../../../src/services/files/digest.js'

describe('digestFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-digest-'))
  after(() => rmSync(dir, {recursive: true, force: true}))

  it('gives the SHA-256 and size of an empty file', async () => {
    const path = join(dir, 'empty')
    writeFileSync(path, '')
    assert.deepEqual(await digestFile(path), {sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', size: 0})
  })

  it('reads a file larger than one stream chunk whole', async () => {
    const path = join(dir, 'large')
    const bytes = Buffer.alloc(3 * 65536 + 17, 0x61)
    writeFileSync(path, bytes)
    assert.deepEqual(await digestFile(path), {sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length})
  })

  it('passes a read error on as the file system gave it, code and path', async () => {
    const path = join(dir, 'missing')
    await assert.rejects(digestFile(path), (error: NodeJS.ErrnoException) => error.code === 'ENOENT' && error.path === path)
  })
})
