/**
 * Issue 16, item 6: an independent check of pl's checkpoint notes with Go's own implementation of
 * signed notes, golang.org/x/mod/sumdb/note from Debian's golang-golang-x-mod-dev. The test builds
 * test/independent/note_verify.go offline in GOPATH mode (GOPATH=/usr/share/gocode,
 * GO111MODULE=off, a private GOCACHE) and runs it on the note `pl evidence checkpoint --format note`
 * wrote, with the verifier key `pl store info` printed: Go accepts it, reads the same origin, size
 * and root, and rejects a tampered note or another store's key.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {generateKeyPairSync, sign} from 'node:crypto'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {cosignatureLine, cosignatureMessage, cosignerName} from '../../src/domain/cosignature.js'
import {formatNote, parseCheckpointNote} from '../../src/domain/note.js'
import type {StoreInfo} from '../../src/services/store/info.js'
import {initWithIncident, REPO, runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'

const GOPATH = '/usr/share/gocode'
const NOTE_PACKAGE = join(GOPATH, 'src', 'golang.org', 'x', 'mod', 'sumdb', 'note')

interface GoVerdict {
  code: number | null
  ok: boolean
  error?: string
  origin?: string
  size?: number
  root?: string
}

const hasGo = spawnSync('go', ['version'], {encoding: 'utf8'}).status === 0

describe("Go's golang.org/x/mod/sumdb/note checks pl's checkpoint notes", {skip: hasGo ? false : 'go is not installed (Debian: golang-go golang-golang-x-mod-dev; .ci/run installs them)'}, () => {
  let t: TestStore
  let build: string
  let binary: string
  let info: StoreInfo
  let note: string

  function goVerify(vkey: string, text: string): GoVerdict {
    const path = join(build, `note-${Math.random().toString(36).slice(2)}.txt`)
    writeFileSync(path, text)
    const r = spawnSync(binary, [vkey, path], {encoding: 'utf8'})
    if (r.error) throw r.error
    return {code: r.status, ...(JSON.parse(r.stdout) as Omit<GoVerdict, 'code'>)}
  }

  before(async () => {
    assert.ok(existsSync(NOTE_PACKAGE), `Go's note package is not at ${NOTE_PACKAGE}: install golang-golang-x-mod-dev`)
    build = mkdtempSync(join(tmpdir(), 'pl-go-note-'))
    copyFileSync(join(REPO, 'test', 'independent', 'note_verify.go'), join(build, 'note_verify.go'))
    binary = join(build, 'note_verify')
    // Offline, in GOPATH mode: the packages come from Debian's GOPATH, nothing is downloaded.
    const env = {PATH: process.env.PATH ?? '', HOME: build, GOPATH, GO111MODULE: 'off', GOCACHE: join(build, 'cache'), GOFLAGS: '', GOPROXY: 'off', CGO_ENABLED: '0'}
    const r = spawnSync('go', ['build', '-o', binary, 'note_verify.go'], {cwd: build, env, encoding: 'utf8'})
    assert.equal(r.status, 0, `go build failed:\n${r.stdout}${r.stderr}`)

    t = tempStore('pl-go-note-store-')
    const incident = await initWithIncident(t)
    assert.equal((await runPl(['incident', 'note', incident, 'checked by Go'], {env: t.env})).code, 0)
    info = (await runJson<StoreInfo>(['store', 'info'], {env: t.env})).json
    const out = join(t.dir, 'cp.note')
    assert.equal((await runPl(['evidence', 'checkpoint', '--format', 'note', '--out', out], {env: t.env})).code, 0)
    note = readFileSync(out, 'utf8')
  })
  after(() => {
    t?.cleanup()
    if (build) rmSync(build, {recursive: true, force: true})
  })

  test('note.Open with note.NewVerifier(vkey) accepts the note pl wrote: same origin, size and root', () => {
    const v = goVerify(info.verifierKey, note)
    assert.equal(v.code, 0, JSON.stringify(v))
    assert.equal(v.ok, true)
    assert.equal(v.origin, info.origin)
    assert.equal(v.size, info.entries)
    assert.equal(v.root, info.latestCheckpoint?.root)
  })

  test('a tampered note is rejected: size, root, signature; and another store\'s key does not verify it', async () => {
    const [, size, root, , sigLine] = note.split('\n') as [string, string, string, string, string]
    const sig = Buffer.from(sigLine.split(' ')[2]!, 'base64')
    sig[20] = sig[20]! ^ 0x01
    const tampered: [string, string][] = [
      ['size', note.replace(`\n${size}\n`, `\n${Number(size) + 1}\n`)],
      ['root', note.replace(root, Buffer.alloc(32, 1).toString('base64'))],
      ['signature', note.replace(sigLine, `${sigLine.split(' ').slice(0, 2).join(' ')} ${sig.toString('base64')}`)],
    ]
    for (const [what, text] of tampered) {
      const v = goVerify(info.verifierKey, text)
      assert.equal(v.code, 1, `${what}: ${JSON.stringify(v)}`)
      assert.match(v.error ?? '', /invalid signature/, what)
    }
    const other = tempStore('pl-go-note-other-')
    try {
      assert.equal((await runPl(['init'], {env: other.env})).code, 0)
      const otherInfo = (await runJson<StoreInfo>(['store', 'info'], {env: other.env})).json
      const v = goVerify(otherInfo.verifierKey, note)
      assert.equal(v.code, 1)
      assert.match(v.error ?? '', /verifier|unverified|signature/i)
    } finally {
      other.cleanup()
    }
  })

  test('a note carrying responders\' cosignature lines (type 0x04, as `pl evidence checkpoint` appends them) still opens, same checkpoint', () => {
    const parsed = parseCheckpointNote(note)
    assert.ok(!('error' in parsed), JSON.stringify(parsed))
    const lines = ['bob', 'carol'].map((name) => {
      const {publicKey, privateKey} = generateKeyPairSync('ed25519')
      const raw = new Uint8Array(publicKey.export({format: 'der', type: 'spki'}).subarray(12))
      const ts = 1_765_000_000
      return cosignatureLine(cosignerName(name), raw, ts, new Uint8Array(sign(null, cosignatureMessage(parsed.text, ts), privateKey)))
    })
    const cosigned = formatNote(parsed.text, [...parsed.signatures, ...lines])
    assert.equal(cosigned.split('\n— ').length, 4)
    const v = goVerify(info.verifierKey, cosigned)
    assert.equal(v.code, 0, JSON.stringify(v))
    assert.equal(v.size, info.entries)
    assert.equal(v.root, info.latestCheckpoint?.root)
  })
})
