/**
 * `high-entropy-token` (issue 18): a random token pasted alone into prose is reported at low
 * confidence with its reason; the guards keep it off what prose also holds — UUIDs, commit ids,
 * host names, paths, code assignments, labels, identifiers, log lines. Every value is a fake made
 * here from a seeded generator.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {HIGH_ENTROPY_PATTERN, HIGH_ENTROPY_REASON, HIGH_ENTROPY_STAND_IN, highEntropyToken, judgeToken, readsAsIdentifier, tokenRuns} from '../../../src/domain/scan/rules/high-entropy.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {explainText} from '../../../src/services/scan/explain-rules.js'
import {Rng} from '../../fixtures/scan/fakes.js'
import {isNotSensitive} from '../../../src/domain/scan/report.js'
import {STAND_IN} from '../../../src/domain/scan/checks.js'

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'
const BASE64 = `${BASE62}+/`

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const scan = (text: string): Finding[] => scanner.scanText(text)
const unnamed = (text: string): Finding[] => scan(text).filter((f) => f.rule === 'high-entropy-token')

/** The reason `pl rules explain` gives for the token at `value` in `text` not being reported. */
function whyNot(text: string, value: string): string | undefined {
  const column = text.indexOf(value) + 1
  return explainText(text).nearlyFired.find((n) => n.rule === 'high-entropy-token' && n.column === column)?.why
}

/** Sentences a token is pasted into, as people write to a chat. */
const PROSE = [
  (v: string) => `Here is what I have: ${v} and the request still fails. What should I check?`,
  (v: string) => `my key is ${v}, can you tell me why the call is refused?`,
  (v: string) => `{"messages":[{"role":"user","content":"I pasted ${v} into the settings page and it still says invalid"}]}`,
  (v: string) => `the token "${v}" stopped working this morning for our team`,
]

describe('high-entropy-token: found in prose', () => {
  const rng = new Rng(1818)
  const tokens = [rng.chars(BASE62, 40), rng.chars(BASE36, 32), rng.chars(HEX, 32), rng.chars(HEX, 64), `${rng.chars(BASE64, 42)}==`]

  it('a random token alone in a sentence: low confidence, the reason, the exact span, masked', () => {
    for (const token of tokens) {
      for (const sentence of PROSE) {
        const text = sentence(token)
        const found = unnamed(text)
        assert.equal(found.length, 1, text)
        const [f] = found
        assert.equal(text.slice(f?.start, f?.end), token, text)
        assert.equal(f?.confidence, 'low')
        assert.equal(f?.reason, HIGH_ENTROPY_REASON)
        assert.ok(!(f?.masked ?? '').includes(token.slice(0, 8)), 'masked')
      }
    }
  })

  it('finds nearly every random base62, base36 and hex token (a few random ones read as names or fall under the entropy floor)', () => {
    const r = new Rng(7)
    for (const [alphabet, length, share] of [[BASE62, 40, 0.95], [BASE62, 24, 0.85], [BASE36, 32, 0.95], [HEX, 32, 0.99]] as const) {
      let hits = 0
      for (let i = 0; i < 200; i++) hits += unnamed(PROSE[0]!(r.chars(alphabet, length))).length
      assert.ok(hits >= 200 * share, `${length} of ${alphabet.length}: ${hits}/200`)
    }
  })

  it('a typed stand-in (FAKE, counting) in prose is reported too, as a stand-in', () => {
    const r = new Rng(3)
    const text = PROSE[0]!(`${r.chars(BASE62, 10)}FAKE${r.chars(BASE62, 12)}`)
    assert.deepEqual(unnamed(text).map((f) => f.reason), [HIGH_ENTROPY_STAND_IN])
    // Still captured with --incident: a random key can hold FAKE or abcde by chance.
    const [finding] = unnamed(text)
    assert.ok(finding !== undefined)
    assert.equal(isNotSensitive({rule: finding.rule, confidence: 'low', reason: finding.reason ?? ''}), false)
    assert.equal(isNotSensitive({rule: 'generic-secret', confidence: 'low', reason: STAND_IN}), true)
  })

  it('40 hex characters typed for a document are not a commit id: shown as a stand-in, unless a word before names a commit', () => {
    const typed = `${new Rng(40).chars(HEX, 12)}${'abcdef1234567890'}${new Rng(41).chars(HEX, 12)}`
    assert.deepEqual(unnamed(PROSE[0]!(typed)).map((f) => f.reason), [HIGH_ENTROPY_STAND_IN])
    assert.deepEqual(unnamed(`I reverted commit ${typed} and the build still fails on main`), [])
  })

  it('another rule that finds the value wins: no second finding', () => {
    const r = new Rng(5)
    const text = `Here is what I have: ${'gh'}p_${r.chars(BASE62, 36)} and the request still fails.`
    assert.ok(unnamed(text).length === 0)
    const assigned = `we set API_KEY=${r.chars(BASE62, 40)} in the file and the request still fails`
    assert.deepEqual(scan(assigned).map((f) => f.rule), ['generic-secret'])
  })
})

describe('high-entropy-token: guards, each with its reason', () => {
  const r = new Rng(99)
  const hex = (n: number): string => r.chars(HEX, n)
  const cases: [string, string, RegExp][] = [
    // [text, the candidate in it, why not]
    ...((): [string, string, RegExp][] => {
      const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
      return [[`the request ${uuid} failed with a timeout again today`, uuid, /a UUID/]]
    })(),
    ...((): [string, string, RegExp][] => {
      const sha = hex(40)
      return [
        [`I reverted commit ${sha} and the build still fails on main`, sha, /commit id|names a hash/],
        [`This was fixed in ${sha} but it came back after the merge`, sha, /40 hex characters/],
      ]
    })(),
    ...((): [string, string, RegExp][] => {
      const digest = hex(64)
      return [[`the checksum ${digest} does not match what the download page says`, digest, /"checksum"/]]
    })(),
    ['the server api-secure-03.internal returned an error for every request', 'api-secure-03.internal', /dotted name/],
    ['the manifest uses external-secrets.io/v1beta1 as its api version here', 'external-secrets.io/v1beta1', /dotted name/],
    ['look at usr/local/lib/node_modules2/pl/dist for the files we ship', 'usr/local/lib/node_modules2/pl/dist', /path/],
    ['we call gnutls_x509_crt_list_import2 first and then the list is empty', 'gnutls_x509_crt_list_import2', /identifier/],
    ['the codec calls VP8LHistogramNumCodes before it writes any of the data', 'VP8LHistogramNumCodes', /identifier/],
    ['the rust target riscv64gc-unknown-linux-gnu is built with the full toolset', 'riscv64gc-unknown-linux-gnu', /identifier/],
    ['we cast 0xffffffff00000000ULL to a long and the tests still pass', '0xffffffff00000000ULL', /hex number/],
    ['the value gggg1111hhhh2222kkkk3333 shows up in the form when it loads', 'gggg1111hhhh2222kkkk3333', /entropy 2\.6 < 3\.7/],
    ['our support team replaced the key with sk9xxxxxxxxxxxxxxxxxxxxxxxx before they sent it', 'sk9xxxxxxxxxxxxxxxxxxxxxxxx', /masked/],
    ['a short one like abc123def456 is not a key for sure', 'abc123def456', /./],
  ]

  it('UUIDs, commit ids, named hashes, hosts, paths, identifiers, hex numbers, low entropy, masks', () => {
    for (const [text, candidate, why] of cases) {
      assert.deepEqual(unnamed(text), [], text)
      if (candidate.length >= 20) assert.match(whyNot(text, candidate) ?? '', why, text)
    }
  })

  it('code, labels and log lines are not prose: the generic and provider rules judge those', () => {
    const token = r.chars(BASE62, 32)
    const code: [string, RegExp][] = [
      [`\troninAPIKey := ${token}`, /assigned to a name/],
      [`const client = new Client(); client.key = "${token}" // set before the call`, /assigned to a name/],
      [`settings => ${token} is what the helper returns to the caller`, /assigned to a name/],
      [`\t\taylien key: ${token}`, /under a label/],
      [`Server: ${token}`, /under a label/],
      [`[DEBUG] Using ${token}`, /not in prose/],
      [`${token}`, /not in prose/],
    ]
    for (const [text, why] of code) {
      assert.deepEqual(unnamed(text), [], text)
      assert.match(whyNot(text, token) ?? '', why, text)
    }
    // A colon after a sentence is prose: "Here is what I have: …".
    assert.equal(unnamed(`Here is what I have: ${token} and it fails`).length, 1)
  })

  it('glued to other text, or a name=value pair, is not a free-standing token', () => {
    const token = r.chars(BASE62, 32)
    for (const text of [`the header was x${token}@host and it failed`, `we sent user:${token} to the server yesterday`, `the query had key=${token} in it this time`]) {
      assert.deepEqual(unnamed(text), [], text)
    }
  })

  it('readsAsIdentifier: names of words, not random text', () => {
    for (const name of ['gnutls_x509_crt_list_import2', 'VP8LHistogramNumCodes', 'riscv64imac-unknown-none-elf', 'V4L2_TUNER_CAP_FREQ_BANDS', 'jetty-alpn-openjdk8-server']) {
      assert.ok(readsAsIdentifier(name), name)
    }
    const rr = new Rng(11)
    let random = 0
    for (let i = 0; i < 200; i++) random += readsAsIdentifier(rr.chars(BASE62, 32)) ? 1 : 0
    assert.ok(random <= 6, `${random}/200 random tokens read as names`)
  })
})

describe('high-entropy-token: random parts joined by = : . %', () => {
  const r = new Rng(1809)
  const random = (n: number): string => r.chars(BASE62, n)
  const digits = (n: number): string => `${r.chars('123456789', 1)}${r.chars('0123456789', n - 1)}`

  it('a token whose random parts = or : join, or after a prefix and a dot, or URL-encoded, is one token', () => {
    const joined = [
      // A bot id and its secret in a shape the Telegram rule does not take (the secret starts with B).
      `${digits(9)}:B${random(34)}`,
      // Two random parts either side of "=" (base64 padding inside, a generated key's alphabet).
      `${random(12)}=${random(30)}`,
      `${random(24)}==_${random(43)}`,
      // A short prefix, a dot, a long random part.
      `QX.${random(22)}${random(44)}`,
      `${random(15)}.${random(32)}`,
      // URL-encoded.
      `${random(22)}%2F${random(30)}%3D`,
      // An id and a secret with a "/" after the colon: no path, whose first segment holds no colon.
      `${random(21)}:${random(5)}:${random(22)}/${r.chars('abcdefghijklmnopqrstuvwxyz', 4)}`,
    ]
    for (const token of joined) {
      const text = PROSE[0]!(token)
      const found = unnamed(text)
      assert.equal(found.length, 1, text)
      assert.equal(text.slice(found[0]?.start, found[0]?.end), token, text)
      assert.equal(found[0]?.confidence, 'low')
    }
  })

  it('hex ids, hashes, numbers and UUIDs joined are refused as each is alone; a URL-encoded URL is no token (issue 18 review)', () => {
    const hex = (n: number): string => r.chars(HEX, n)
    const uuid = (): string => [8, 4, 4, 4, 12].map(hex).join('-')
    const joined = [
      `${hex(40)}..${hex(40)}`,
      `${hex(40)}...${hex(40)}`,
      `${uuid()}:${uuid()}`,
      `${uuid()}=${uuid()}`,
      `${hex(32)}:${hex(16)}:01`,
      `${hex(32)}:${hex(32)}`,
      `${hex(24)}:${hex(24)}`,
      `${hex(32)}.${hex(32)}`,
      `${uuid()}.${hex(20)}`,
      `48213:${hex(24)}`,
      `${hex(8)}-${hex(4)}:${uuid()}`,
    ]
    for (const token of joined) {
      const text = PROSE[0]!(token)
      assert.deepEqual(unnamed(text), [], text)
      assert.match(whyNot(text, token) ?? '', /only hex ids, hashes, numbers or UUIDs joined|dotted name/, text)
    }
    // One random part that is not hex makes a token again.
    const mixed = `${hex(32)}:${random(32)}`
    assert.equal(unnamed(PROSE[0]!(mixed)).length, 1)
    const url = `https%3A%2F%2Fapp.example.com%2Fcallback%3Fsession%3D${uuid()}`
    assert.deepEqual(unnamed(PROSE[0]!(url)), [])
    assert.match(whyNot(PROSE[0]!(url), url) ?? '', /URL-encoded URL/)
  })

  it('a 40-hex commit id with a short alphabet run (fedcb) is a commit id, not a stand-in', () => {
    const commit = `${r.chars(HEX, 16)}9fedcb0${r.chars(HEX, 17)}`
    assert.equal(commit.length, 40)
    const text = PROSE[0]!(commit)
    assert.deepEqual(unnamed(text), [], text)
    assert.match(whyNot(text, commit) ?? '', /git commit id/)
  })

  it('a colon after the token ends the clause, not the token', () => {
    const token = random(32)
    const text = `I was given ${token}: it is refused by the server every time`
    const found = unnamed(text)
    assert.equal(found.length, 1, text)
    assert.equal(text.slice(found[0]?.start, found[0]?.end), token)
  })

  it('a name before = or :, a short part after it, host names, addresses and times are still refused, each with its reason', () => {
    const hex = (n: number): string => r.chars(HEX, n)
    const cases: [string, RegExp][] = [
      [`the config had api_key=${random(32)} in it this time`, /name=value pair/],
      [`the image was pulled as sha256:${hex(64)} from the registry again`, /label:value pair/],
      [`it printed ${random(20)}=Yxssonca after the call and then stopped`, /name=value pair/],
      [`the gateway ${hex(4)}k2j4h5g6f7.execute-api.us-east-1.amazonaws.com answers with a 403 now`, /dotted name/],
      [`the peer 2001:0db8:85a3:0000:0000:8a2e:0370:7334 dropped the connection again`, /identifier|only hex ids/],
      [`the job started at 2024-01-01T12:34:56Z and then it failed again`, /label:value pair|identifier/],
      [`the service at 10.0.0.1:8080/users/${random(24)} returns nothing at all`, /label:value pair/],
      [`the service at api.example.com/v1/users/${random(24)} returns nothing at all`, /dotted name/],
      [`the service at localhost:3000/users/${random(24)} returns nothing at all`, /label:value pair/],
      [`the service at ip-10-0-0-1.ec2.internal:8443/users/${random(24)} returns nothing at all`, /dotted name/],
    ]
    for (const [text, why] of cases) {
      assert.deepEqual(unnamed(text), [], text)
      const candidate = text.split(' ').find((w) => w.length >= 20)
      assert.ok(candidate !== undefined, text)
      assert.match(whyNot(text, candidate) ?? '', why, text)
    }
  })
})

describe('high-entropy-token: the single pass finds what the pattern finds', () => {
  it('tokenRuns visits exactly the pattern matches, and scan returns exactly what validate keeps', () => {
    const r = new Rng(2024)
    const pieces = [' ', '  ', '\n', '"', "'", '(', ':', '=', '.', '%', ', ', '/', '-', '_', '@', 'é', r.chars(BASE62, 3), r.chars(BASE62, 12), r.chars(BASE62, 25), 'the ', 'request ', 'fails ']
    for (let round = 0; round < 300; round++) {
      let text = ''
      const n = 5 + r.int(40)
      for (let i = 0; i < n; i++) text += r.pick(pieces) + (r.int(3) === 0 ? r.chars(BASE62, 20 + r.int(30)) : '')
      const fromPass: string[] = []
      tokenRuns(text, (start, end) => fromPass.push(`${start}-${end}`))
      const pattern = new RegExp(HIGH_ENTROPY_PATTERN.source, HIGH_ENTROPY_PATTERN.flags)
      const fromPattern = [...text.matchAll(pattern)].map((m) => `${m.index}-${m.index + m[0].length}`)
      assert.deepEqual(fromPass, fromPattern, JSON.stringify(text))
      const viaValidate = [...text.matchAll(pattern)].flatMap((m) => {
        const hit = highEntropyToken.validate(m, text)
        return hit === null ? [] : [`${hit.start}-${hit.end}`]
      })
      assert.deepEqual((highEntropyToken.scan?.(text) ?? []).map((h) => `${h.start}-${h.end}`), viaValidate, JSON.stringify(text))
    }
  })

  it('judgeToken leaves a full stop out of the token', () => {
    const token = new Rng(8).chars(BASE62, 30)
    const text = `it fails with the key I was given, ${token}. What should I check next?`
    const start = text.indexOf(token)
    assert.deepEqual(judgeToken(text, start, start + token.length + 1), {end: start + token.length, why: null})
  })
})
