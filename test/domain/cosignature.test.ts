/**
 * Cosignatures of checkpoint notes (c2sp.org/tlog-cosignature, Ed25519, type 0x04) as pure
 * values: the key id, the signed message, the timestamped signature line, the spec's own example
 * line, and what a quorum counts.
 */
import assert from 'node:assert/strict'
import {createHash, generateKeyPairSync, sign} from 'node:crypto'
import {describe, test} from 'node:test'
import {verifyEd25519} from '../../src/crypto/ed25519.js'
import {checkCosignature, cosignatureKeyId, cosignatureLine, cosignatureMessage, cosignerName, parseTimestampedSignature, verifiedCosigners} from '../../src/domain/cosignature.js'
import {checkNoteSignature, checkpointNoteText, checkpointOrigin, formatNote, noteKeyId, parseCheckpointNote} from '../../src/domain/note.js'
import type {CheckpointNote, NoteSignature} from '../../src/domain/note.js'

function keyPair() {
  const {publicKey, privateKey} = generateKeyPairSync('ed25519')
  return {publicKey: new Uint8Array(Buffer.from(publicKey.export({format: 'jwk'}).x ?? '', 'base64url')), sign: (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey))}
}

const STORE = '0123456789abcdef0123456789abcdef'
const ORIGIN = checkpointOrigin(STORE)
const ROOT = new Uint8Array(createHash('sha256').update('root').digest())

/** The store signs the note; each responder given cosigns it at time `t`. */
function cosignedNote(size: number, cosigners: {name: string; key: ReturnType<typeof keyPair>; t: number}[]): CheckpointNote {
  const store = keyPair()
  const text = checkpointNoteText(ORIGIN, size, ROOT)
  const lines: NoteSignature[] = [{name: ORIGIN, keyId: noteKeyId(ORIGIN, store.publicKey), signature: store.sign(new TextEncoder().encode(text))}]
  for (const c of cosigners) lines.push(cosignatureLine(cosignerName(c.name), c.key.publicKey, c.t, c.key.sign(cosignatureMessage(text, c.t))))
  const parsed = parseCheckpointNote(formatNote(text, lines))
  assert.ok(!('error' in parsed), JSON.stringify(parsed))
  // The store's own signature still verifies beside the cosignatures.
  assert.equal(checkNoteSignature(parsed, ORIGIN, store.publicKey, verifyEd25519), 'verified')
  return parsed
}

describe('checkpoint cosignatures (c2sp.org/tlog-cosignature)', () => {
  test('the key id is SHA-256(name ‖ 0x0A ‖ 0x04 ‖ key)[:4], never the note key id of the same key', () => {
    const key = new Uint8Array(32).map((_, i) => 255 - i)
    const name = cosignerName('alice')
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([4]), key])).digest().subarray(0, 4)
    assert.deepEqual(Buffer.from(cosignatureKeyId(name, key)), expected)
    assert.notDeepEqual(Buffer.from(cosignatureKeyId(name, key)), Buffer.from(noteKeyId(name, key)))
  })

  test('the signed message is the header line, the time line and the whole note text', () => {
    const text = checkpointNoteText(ORIGIN, 7, ROOT)
    assert.equal(new TextDecoder().decode(cosignatureMessage(text, 1679315147)), `cosignature/v1\ntime 1679315147\n${ORIGIN}\n7\n${Buffer.from(ROOT).toString('base64')}\n`)
    assert.throws(() => cosignatureMessage(text, 1.5), /whole seconds/)
    assert.throws(() => cosignatureMessage(text, -1), /whole seconds/)
  })

  test("the spec's example cosignature line: a 4-byte key id, then the time 1679315147 big-endian, then 64 signature bytes", () => {
    const note = parseCheckpointNote(
      'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n',
    )
    assert.ok(!('error' in note), JSON.stringify(note))
    const line = note.signatures[0]!
    assert.equal(Buffer.from(line.keyId).toString('hex'), '8d66cf3f')
    const parsed = parseTimestampedSignature(line)!
    assert.equal(parsed.timestamp, 1679315147)
    assert.equal(parsed.signature.length, 64)
  })

  test('a cosignature verifies over its note; another size, another time or another key does not', () => {
    const alice = keyPair()
    const note = cosignedNote(12, [{name: 'alice', key: alice, t: 1_800_000_000}])
    const cosigner = {name: cosignerName('alice'), publicKey: alice.publicKey}
    assert.deepEqual(checkCosignature(note, cosigner, verifyEd25519), {status: 'verified', timestamp: 1_800_000_000})
    // The same line under a note of another size (a forked or rolled-back tree head).
    const other = {...note, text: checkpointNoteText(ORIGIN, 13, ROOT)}
    assert.deepEqual(checkCosignature(other, cosigner, verifyEd25519), {status: 'bad-signature'})
    // The time in the line changed after signing.
    const line = note.signatures[1]!
    const retimed = new Uint8Array(line.signature)
    retimed[7] = retimed[7]! ^ 1
    assert.deepEqual(checkCosignature({...note, signatures: [{...line, signature: retimed}]}, cosigner, verifyEd25519), {status: 'bad-signature'})
    // A line of that name under another key; a truncated line; no line at all.
    assert.deepEqual(checkCosignature(note, {name: cosigner.name, publicKey: keyPair().publicKey}, verifyEd25519), {status: 'other-key'})
    assert.deepEqual(checkCosignature({...note, signatures: [{...line, signature: line.signature.subarray(0, 70)}]}, cosigner, verifyEd25519), {status: 'malformed'})
    assert.deepEqual(checkCosignature(note, {name: cosignerName('bob'), publicKey: alice.publicKey}, verifyEd25519), {status: 'unsigned'})
  })

  test('a quorum counts distinct cosigners whose cosignature verifies; the store key, a repeated line and a stranger do not count', () => {
    const [alice, bob, carol] = [keyPair(), keyPair(), keyPair()]
    const note = cosignedNote(40, [
      {name: 'alice', key: alice, t: 1_800_000_000},
      {name: 'alice', key: alice, t: 1_800_000_100},
      {name: 'bob', key: bob, t: 1_800_000_050},
      {name: 'mallory', key: keyPair(), t: 1_800_000_060},
    ])
    const roster = [
      {name: cosignerName('alice'), publicKey: alice.publicKey},
      {name: cosignerName('alice'), publicKey: alice.publicKey},
      {name: cosignerName('bob'), publicKey: bob.publicKey},
      {name: cosignerName('carol'), publicKey: carol.publicKey},
    ]
    assert.deepEqual(verifiedCosigners(note, roster, verifyEd25519), [cosignerName('alice'), cosignerName('bob')])
    assert.deepEqual(checkCosignature(note, roster[0]!, verifyEd25519), {status: 'verified', timestamp: 1_800_000_100})
  })
})
