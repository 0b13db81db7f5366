/**
 * The C2SP signed-note and tlog-checkpoint encodings (src/domain/note.ts) and the signed meta
 * statement (src/domain/meta-statement.ts), as pure values: key ids, verifier keys, parsing, and
 * every signature outcome. (Go's own implementation checks the same notes in test/independent.)
 */
import assert from 'node:assert/strict'
import {createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign} from 'node:crypto'
import {describe, test} from 'node:test'
import {verifyEd25519} from '../../src/crypto/ed25519.js'
import {checkMetaStatement, encodeMetaStatement, metaStatementFinding, metaStatementMessage, parseMetaStatement} from '../../src/domain/meta-statement.js'
import type {MetaValues} from '../../src/domain/meta-statement.js'
import {checkNoteSignature, checkpointNote, checkpointNoteText, checkpointOrigin, noteKeyId, parseCheckpointNote, parseVerifierKey, verifierKey} from '../../src/domain/note.js'

function signer() {
  const {publicKey, privateKey} = generateKeyPairSync('ed25519')
  return {publicKey: new Uint8Array(Buffer.from(publicKey.export({format: 'jwk'}).x ?? '', 'base64url')), sign: (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey))}
}

const STORE = '0123456789abcdef0123456789abcdef'
const ROOT = new Uint8Array(createHash('sha256').update('root').digest())

describe('checkpoint notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint)', () => {
  test('the key id is the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key); the verifier key is name+hash+base64(0x01 ‖ key)', () => {
    const key = new Uint8Array(32).map((_, i) => i)
    const name = checkpointOrigin(STORE)
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([1]), key])).digest().subarray(0, 4)
    assert.deepEqual(Buffer.from(noteKeyId(name, key)), expected)
    const vkey = verifierKey(name, key)
    assert.equal(vkey, `${name}+${expected.toString('hex')}+${Buffer.concat([Buffer.from([1]), key]).toString('base64')}`)
    const parsed = parseVerifierKey(vkey)
    assert.ok(!('error' in parsed))
    assert.deepEqual(Buffer.from(parsed.publicKey), Buffer.from(key))
    assert.match((parseVerifierKey(vkey.replace(`+${expected.toString('hex')}+`, '+00000000+')) as {error: string}).error, /hash does not match/)
    assert.match((parseVerifierKey('no-plus') as {error: string}).error, /three parts/)
    assert.match((parseVerifierKey(`${name}+${expected.toString('hex')}+AAAA`) as {error: string}).error, /not the base64 of an Ed25519 key/)
  })

  test("the spec's test vector (docs/store-format.md §11): the checkpoint of §10 as a note, byte for byte", () => {
    const seed = Buffer.from(Array.from({length: 32}, (_, i) => 0xa0 + i))
    const key = createPrivateKey({key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8'})
    const publicKey = new Uint8Array(Buffer.from(createPublicKey(key).export({format: 'jwk'}).x ?? '', 'base64url'))
    const storeId = '00112233445566778899aabbccddeeff'
    const root = Buffer.from('fa33a847eda3f1bf009d437b5563c69e367bf17427af44877e55349646a442cd', 'hex')
    const text = checkpointNoteText(checkpointOrigin(storeId), 3, root)
    const note = checkpointNote(storeId, 3, root, publicKey, new Uint8Array(sign(null, Buffer.from(text), key)))
    assert.equal(
      note,
      'pl-evidence/00112233445566778899aabbccddeeff\n3\n+jOoR+2j8b8AnUN7VWPGnjZ78XQnr0SHflU0lkakQs0=\n\n' +
        '\u2014 pl-evidence/00112233445566778899aabbccddeeff HlK8S3Pw3AJIUx9bCZfifbF/+Z2D1yiz/VeVfm53kZOCP/4vBujO7PQa+D/W/W8c8bNX/FQYe1attbKJ7sixwxlgfAw=\n',
    )
    assert.equal(verifierKey(checkpointOrigin(storeId), publicKey), 'pl-evidence/00112233445566778899aabbccddeeff+1e52bc4b+AU/QmczUfXiT3+nsJEFOyw2bVCAjKq0w2RxGW+M8vmXE')
  })

  test('a signed checkpoint note parses back to its origin, size and root, and verifies under its key only', () => {
    const s = signer()
    const origin = checkpointOrigin(STORE)
    const note = checkpointNote(STORE, 42, ROOT, s.publicKey, s.sign(new TextEncoder().encode(checkpointNoteText(origin, 42, ROOT))))
    const parsed = parseCheckpointNote(note)
    assert.ok(!('error' in parsed), JSON.stringify(parsed))
    assert.equal(parsed.origin, origin)
    assert.equal(parsed.size, 42)
    assert.equal(parsed.root, Buffer.from(ROOT).toString('hex'))
    assert.equal(checkNoteSignature(parsed, origin, s.publicKey, verifyEd25519), 'verified')
    assert.equal(checkNoteSignature(parsed, origin, signer().publicKey, verifyEd25519), 'other-key')
    assert.equal(checkNoteSignature(parsed, 'example.com/other', s.publicKey, verifyEd25519), 'unsigned')
    const altered = parseCheckpointNote(note.replace('\n42\n', '\n43\n'))
    assert.ok(!('error' in altered))
    assert.equal(checkNoteSignature(altered, origin, s.publicKey, verifyEd25519), 'bad-signature')
  })

  test('malformed notes are refused with the reason', () => {
    const s = signer()
    const good = checkpointNote(STORE, 0, ROOT, s.publicKey, new Uint8Array(64))
    const cases: [string, RegExp][] = [
      [good.replace('\n\n', '\n'), /no blank line/],
      [good.slice(0, -1), /no signature line ending in a newline/],
      [good.replace('\n0\n', '\n-1\n'), /tree size/],
      [good.replace('\n0\n', '\n1e3\n'), /tree size/],
      [`\n${good}`, /line 1 \(the origin\) is empty|has 4 lines/],
      [good.replace('\u2014 ', '\u2014'), /valid key name|em dash/],
      [good.replace(/ [A-Za-z0-9+/=]+\n$/, ' AAAA\n'), /key id and a signature/],
      [good.replace('\n', '\r\n'), /control character/],
    ]
    for (const [text, reason] of cases) {
      const r = parseCheckpointNote(text)
      assert.ok('error' in r, text)
      assert.match(r.error, reason)
    }
  })
})

describe('the signed meta statement', () => {
  const values: MetaValues = {format: '1', store_id: STORE, created: '1795179720000', kdf: '{"alg":"keyfile"}', kek_check: 'ab'.repeat(32), sign_public_key: 'cd'.repeat(32)}

  test('signs the canonical JSON of the six values and names each value that changed', () => {
    const s = signer()
    const message = Buffer.from(metaStatementMessage(values)).toString()
    assert.equal(message, `pl-meta v1\n{"created":"1795179720000","format":"1","kdf":"{\\"alg\\":\\"keyfile\\"}","kek_check":"${'ab'.repeat(32)}","sign_public_key":"${'cd'.repeat(32)}","store_id":"${STORE}"}\n`)
    const statement = parseMetaStatement(encodeMetaStatement(values, s.sign(metaStatementMessage(values))))
    assert.ok(!('error' in statement))
    assert.equal(metaStatementFinding(checkMetaStatement(statement, values, s.publicKey, verifyEd25519), false), undefined)
    const changed = checkMetaStatement(statement, {...values, kdf: '{"alg":"argon2id13"}', kek_check: '00'.repeat(32)}, s.publicKey, verifyEd25519)
    assert.deepEqual(changed, {signed: true, changed: ['kdf', 'kek_check']})
    assert.match(metaStatementFinding(changed, false)!, /"kdf", "kek_check" differ from the signed meta statement/)
    const forged = checkMetaStatement(statement, values, signer().publicKey, verifyEd25519)
    assert.match(metaStatementFinding(forged, true)!, /does not verify under the pinned key/)
  })

  test('a statement of the wrong shape is refused with the reason', () => {
    const sig = Buffer.alloc(64).toString('base64')
    assert.match((parseMetaStatement('{not json') as {error: string}).error, /not JSON/)
    assert.match((parseMetaStatement('[]') as {error: string}).error, /not a JSON object/)
    assert.match((parseMetaStatement(JSON.stringify({sig: 'x', values})) as {error: string}).error, /signature/)
    assert.match((parseMetaStatement(JSON.stringify({sig, values: {...values, extra: '1'}})) as {error: string}).error, /exactly the values/)
    assert.match((parseMetaStatement(JSON.stringify({sig, values: {...values, format: 1}})) as {error: string}).error, /exactly the values/)
  })
})
