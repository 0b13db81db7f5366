/**
 * The native XChaCha20-Poly1305 and Ed25519 paths must be byte-identical to libsodium's, so a
 * store written by either can be read by the other (and by an independent verifier).
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {createRequire} from 'node:module'
import fc from 'fast-check'
import type SodiumModule from 'libsodium-wrappers-sumo'
import {DecryptionError, KDF_PRESETS, hmacSha256, hmacSha256Hex, loadCrypto, randomBytes} from '../../src/crypto/sodium.js'
import {verifyEd25519} from '../../src/crypto/ed25519.js'
import {hchacha20, xchachaDecrypt, xchachaEncrypt} from '../../src/crypto/xchacha.js'

const sodium = createRequire(import.meta.url)('libsodium-wrappers-sumo') as typeof SodiumModule
await sodium.ready
const hex = (s: string) => new Uint8Array(Buffer.from(s, 'hex'))

describe('XChaCha20-Poly1305-IETF on node:crypto', () => {
  test('HChaCha20 matches the test vector of draft-irtf-cfrg-xchacha §2.2.1', () => {
    const key = hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f')
    const nonce = hex('000000090000004a0000000031415927')
    assert.equal(Buffer.from(hchacha20(key, nonce)).toString('hex'), '82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc')
  })

  test('encryption is byte-identical to libsodium, and each decrypts the other', () => {
    fc.assert(
      fc.property(fc.uint8Array({minLength: 32, maxLength: 32}), fc.uint8Array({minLength: 24, maxLength: 24}), fc.uint8Array({maxLength: 3000}), fc.uint8Array({maxLength: 200}), (key, nonce, plain, aad) => {
        const ours = xchachaEncrypt(key, nonce, plain, aad)
        const theirs = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, aad, null, nonce, key)
        assert.deepEqual(Buffer.from(ours), Buffer.from(theirs))
        assert.deepEqual(Buffer.from(xchachaDecrypt(key, nonce, theirs, aad)!), Buffer.from(plain))
        assert.deepEqual(Buffer.from(sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ours, aad, nonce, key)), Buffer.from(plain))
      }),
      {numRuns: 300},
    )
  })

  test('any flipped bit in ciphertext, tag, nonce, key or associated data fails authentication', () => {
    fc.assert(
      fc.property(fc.uint8Array({minLength: 1, maxLength: 500}), fc.uint8Array({minLength: 1, maxLength: 64}), fc.nat(), fc.integer({min: 0, max: 3}), (plain, aad, bit, target) => {
        const key = randomBytes(32)
        const nonce = randomBytes(24)
        const sealed = xchachaEncrypt(key, nonce, plain, aad)
        const parts = [sealed, nonce, key, aad].map((b) => b.slice())
        const t = parts[target]!
        t[Math.floor(bit / 8) % t.length]! ^= 1 << bit % 8
        const [s, n, k, a] = parts as [Uint8Array, Uint8Array, Uint8Array, Uint8Array]
        assert.equal(xchachaDecrypt(k, n, s, a), null)
      }),
      {numRuns: 300},
    )
    assert.equal(xchachaDecrypt(randomBytes(32), randomBytes(24), new Uint8Array(5), new Uint8Array(0)), null, 'shorter than a tag')
    assert.throws(() => xchachaEncrypt(new Uint8Array(31), randomBytes(24), new Uint8Array(1), new Uint8Array(0)), RangeError)
  })

  test('Crypto.seal/open round-trip with fresh nonces and throw DecryptionError on tampering', async () => {
    const c = await loadCrypto()
    const key = c.randomKey()
    const aad = new TextEncoder().encode('header')
    const a = c.seal(key, new TextEncoder().encode('secret'), aad)
    const b = c.seal(key, new TextEncoder().encode('secret'), aad)
    assert.notDeepEqual(a.nonce, b.nonce)
    assert.equal(new TextDecoder().decode(c.open(key, a.nonce, a.ciphertext, aad)), 'secret')
    assert.throws(() => c.open(key, a.nonce, a.ciphertext, new TextEncoder().encode('other')), DecryptionError)
  })
})

describe('Ed25519 and the other primitives', () => {
  test('HMAC-SHA-256: the RFC 4231 test case 2, and the hex form is the hex of the bytes', () => {
    const key = new TextEncoder().encode('Jefe')
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
    assert.equal(Buffer.from(hmacSha256(key, 'what do ya want for nothing?')).toString('hex'), expected)
    assert.equal(hmacSha256Hex(key, 'what do ya want for nothing?'), expected)
    fc.assert(fc.property(fc.uint8Array({minLength: 1, maxLength: 64}), fc.string(), (k, data) => hmacSha256Hex(k, data) === Buffer.from(hmacSha256(k, data)).toString('hex')))
  })

  test('RFC 8032 test 1: the public key and signature of the empty message', async () => {
    const c = await loadCrypto()
    const seed = hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')
    const sig = c.sign(seed, new Uint8Array(0))
    assert.equal(
      Buffer.from(sig).toString('hex'),
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    )
    assert.ok(verifyEd25519(hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'), new Uint8Array(0), sig))
  })

  test('signatures made natively verify with libsodium and the other way round; tampering fails', async () => {
    const c = await loadCrypto()
    const {publicKey, secretKey} = c.signKeypair()
    const msg = new TextEncoder().encode('pl-checkpoint v1\n…')
    const sig = c.sign(secretKey, msg)
    assert.ok(sodium.crypto_sign_verify_detached(sig, msg, publicKey))
    const kp = sodium.crypto_sign_seed_keypair(secretKey)
    assert.deepEqual(Buffer.from(kp.publicKey), Buffer.from(publicKey))
    assert.ok(c.verify(publicKey, msg, sodium.crypto_sign_detached(msg, kp.privateKey)))
    const bad = sig.slice()
    bad[10]! ^= 4
    assert.equal(c.verify(publicKey, msg, bad), false)
    assert.equal(c.verify(publicKey.subarray(0, 31), msg, sig), false)
    assert.equal(c.verify(new Uint8Array(32).fill(255), msg, sig), false, 'an invalid point is rejected, not thrown')
  })

  test('Argon2id derives the same key from the same passphrase and salt, another from another', async () => {
    const c = await loadCrypto()
    const params = c.newKdfParams('test-only-weak')
    assert.equal(params.memlimit, KDF_PRESETS['test-only-weak'].memlimit)
    const pw = new TextEncoder().encode('correct horse battery staple')
    const k1 = await c.deriveKek(pw, params)
    const k2 = await c.deriveKek(pw, params)
    const k3 = await c.deriveKek(new TextEncoder().encode('correct horse battery stapler'), params)
    assert.deepEqual(k1, k2)
    assert.notDeepEqual(k1, k3)
    assert.deepEqual(c.kekCheck(k1), c.kekCheck(k2))
    assert.notDeepEqual(c.kekCheck(k1), c.kekCheck(k3))
  })

  test('secretstream round-trips and detects truncation and reordering', async () => {
    const c = await loadCrypto()
    const key = c.randomKey()
    const push = await c.pushStream(key)
    const chunks = [push.push(new Uint8Array([1, 2, 3]), false), push.push(new Uint8Array([4]), false), push.push(new Uint8Array(0), true)]
    const pull = await c.pullStream(key, push.header)
    assert.deepEqual([...pull.pull(chunks[0]!).message], [1, 2, 3])
    assert.deepEqual([...pull.pull(chunks[1]!).message], [4])
    assert.equal(pull.pull(chunks[2]!).final, true)
    const reordered = await c.pullStream(key, push.header)
    assert.throws(() => reordered.pull(chunks[1]!), DecryptionError)
    await assert.rejects(c.pullStream(key, new Uint8Array(3)), DecryptionError)
  })

  test('pooled random bytes never repeat a nonce and are not all zero', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 5000; i++) {
      const n = Buffer.from(randomBytes(24)).toString('hex')
      assert.ok(!seen.has(n))
      assert.notEqual(n, '0'.repeat(48))
      seen.add(n)
    }
    assert.equal(randomBytes(10_000).length, 10_000)
  })
})
