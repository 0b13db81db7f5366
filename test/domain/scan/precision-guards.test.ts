/**
 * The guards that keep malformed copies and look-alikes from being reported as secrets (issue 18,
 * precision): each refuses a fake made here in a wrong shape and accepts the same fake in the
 * provider's or the format's right shape, so a test fails whether the guard is lost or too wide;
 * and each refusal has a reason `pl rules explain` shows.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {providerRules} from '../../../src/domain/scan/providers/index.js'
import {matchLengths} from '../../../src/domain/scan/rules/prefix-format.js'
import {base62, crc32} from '../../../src/domain/scan/checks.js'
import {Rng} from '../../fixtures/scan/fakes.js'
import {found, rules, scanner, whyNot} from '../../helpers/scan.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'
const B64URL = `${ALNUM}-_`

describe('GitLab tokens: the body length GitLab issues after each prefix', () => {
  // [prefix, a length GitLab issues, a length it does not that the pattern still reads]
  const lengths: Array<[string, number, number]> = [
    ['gloas-', 64, 63],
    ['glptt-', 40, 39],
    ['glimt-', 25, 23],
    ['glagent-', 50, 20],
    ['glpat-', 20, 51],
    ['glsoat-', 50, 64],
  ]
  for (const [prefix, length, wrong] of lengths) {
    it(`${prefix}: ${length} characters are a token, ${wrong} are not`, () => {
      const rng = new Rng(length)
      const token = `${prefix}${rng.chars(ALNUM, length)}`
      assert.equal(found(`deploy with ${token} today`, 'gitlab-token'), token)
      const other = `${prefix}${rng.chars(ALNUM, wrong)}`
      assert.deepEqual(rules(`deploy with ${other} today`), [])
      assert.match(whyNot(`deploy with ${other} today`, 'gitlab-token'), new RegExp(`GitLab issues ${prefix} tokens with .*not ${wrong}$`))
    })
  }

  it('fixed lengths are exact, the others run from 20 to 50; a routable suffix is not counted', () => {
    const rng = new Rng(7)
    assert.deepEqual(rules(`x glptt-${rng.chars(HEX, 41)} y`), [])
    assert.deepEqual(rules(`x gloas-${rng.chars(HEX, 65)} y`), [])
    assert.deepEqual(rules(`x glsoat-${rng.chars(ALNUM, 51)} y`), [])
    const routable = `glpat-${rng.chars(ALNUM, 27)}.01.${rng.chars('0123456789abcdefghijklmnopqrstuvwxyz', 9)}`
    assert.equal(found(`x ${routable} y`, 'gitlab-token'), routable)
    const agent = `glagent-${rng.chars(ALNUM, 60)}`
    assert.equal(found(`x ${agent} y`, 'gitlab-token'), agent)
  })

  it('under a token name, a GitLab prefix on a wrong-length body is not reported by the generic rule either', () => {
    const rng = new Rng(8)
    const secret = `gloas-${rng.chars(HEX, 64)}`
    assert.deepEqual(rules(`client_secret: ${secret}`), ['gitlab-token'])
    assert.deepEqual(rules(`client_secret: ${secret.slice(0, 38)}`), [])
  })
})

describe('the generic and bearer rules defer to the provider whose prefix a value carries', () => {
  const xai = providerRules.find((r) => r.id === 'xai-api-key')
  const buildkite = providerRules.find((r) => r.id === 'buildkite-user-token')

  it('a value in the provider format is the provider rule; cut or padded, it is no finding, with the reason', () => {
    assert.ok(xai !== undefined && buildkite !== undefined)
    const rng = new Rng(31)
    const key = xai.sample(rng)
    assert.deepEqual(rules(`xai_token = '${key}'`), ['xai-api-key'])
    const cut = key.slice(0, 44)
    assert.deepEqual(rules(`xai_token = '${cut}'`), [])
    assert.match(whyNot(`xai_token = '${cut}'`, 'generic-secret'), /starts with xai-, the prefix of xai-api-key tokens, which are 84 characters long, not 44/)
    const user = buildkite.sample(rng)
    assert.deepEqual(rules(`buildkite_secret := "${user}"`), ['buildkite-user-token'])
    assert.deepEqual(rules(`buildkite_secret := "${user}a7"`), [])
  })

  it('a value as long as the provider issues but off its alphabet, or a format of open length, is left to the generic rule', () => {
    assert.ok(buildkite !== undefined)
    const rng = new Rng(34)
    // Buildkite issues lower case: the same length in upper case is not its token, nor provably a copy of one.
    const upper = `bkua_${buildkite.sample(rng).slice(5).toUpperCase()}`
    assert.deepEqual(rules(`buildkite_secret := "${upper}"`), ['generic-secret'])
    // Slack tokens have no fixed length: a short xoxa- value is judged as any other.
    const short = `xoxa-2-${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}`
    assert.deepEqual(rules(`"access_token": "${short}"`), ['generic-secret'])
  })

  it('a random value without a provider prefix is still the generic rule; a prefix shared by many vendors decides nothing', () => {
    const rng = new Rng(32)
    const value = `k${rng.chars(ALNUM, 39)}`
    assert.equal(found(`api_token = "${value}"`, 'generic-secret'), value)
    // "api-", "test_" and "sk-" begin keys of many vendors: the catalogue's rule for one of them does not decide.
    for (const prefix of ['api-', 'test_', 'sk-']) {
      const other = `${prefix}${rng.chars(ALNUM, 30)}`
      assert.equal(found(`api_token = "${other}"`, 'generic-secret'), other)
    }
  })

  it('a typed pattern after the prefix is judged by the generic rule as without the prefix, not by the provider rule', () => {
    const counting = `bkua_${'a1b2c3d4e5'.repeat(4)}`
    assert.deepEqual(rules(`buildkite_secret = "${counting}"`), rules(`buildkite_secret = "${counting.slice(5)}"`))
    assert.ok(!rules(`buildkite_secret = "${counting}"`).includes('buildkite-user-token'))
  })

  it('bearer tokens: another provider prefix on a malformed body is not a bearer finding', () => {
    assert.ok(buildkite !== undefined)
    const rng = new Rng(33)
    const user = buildkite.sample(rng)
    const opaque = rng.chars(ALNUM, 32)
    assert.equal(found(`Authorization: Bearer ${opaque}`, 'bearer-token'), opaque)
    assert.deepEqual(rules(`Authorization: Bearer ${user.slice(0, 30)}`), [])
    assert.match(whyNot(`Authorization: Bearer ${user.slice(0, 30)}`, 'bearer-token'), /prefix of buildkite-user-token/)
  })
})

describe('matchLengths: the length range of a provider pattern', () => {
  it('literals, classes, groups, alternation, lookarounds and quantifiers; open ranges; a backreference is unknown', () => {
    assert.deepEqual(matchLengths('(?<![A-Za-z0-9])(?:bkua_[a-z0-9]{40})(?![A-Za-z0-9_-])'), {min: 45, max: 45})
    assert.deepEqual(matchLengths('cf(?:ut|at|k)_[A-Za-z0-9]{40,60}'), {min: 44, max: 65})
    assert.deepEqual(matchLengths('(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.x?'), {min: 27, max: 28})
    assert.deepEqual(matchLengths('\\bxox[bp]-[0-9A-Za-z-]{20,}'), {min: 25, max: Infinity})
    assert.deepEqual(matchLengths('a+b*'), {min: 1, max: Infinity})
    assert.equal(matchLengths('(a)\\1'), null)
  })
})

describe('Azure SAS: the permissions and the address the query grants', () => {
  const sig = (rng: Rng): string => `${rng.chars(ALNUM, 43)}%3D`
  const url = (query: string, signature: string): string => `https://acct.blob.core.windows.net/c/b?${query}&spr=https&sv=2022-11-02&sr=c&sig=${signature}`

  it("Azure's permission letters and an IPv4 address or range are a SAS; another letter or a broken address is not", () => {
    const rng = new Rng(41)
    for (const query of ['sp=racwdl', 'sp=rl&sip=168.1.5.60-168.1.5.70', 'sp=r&sip=10.0.0.1', 'st=2025-03-04T07:24:52Z']) {
      const signature = sig(rng)
      assert.equal(found(url(query, signature), 'azure-sas-signature'), signature, query)
    }
    const badLetter = url('sp=rqx', sig(rng))
    assert.deepEqual(rules(badLetter), [])
    assert.match(whyNot(badLetter, 'azure-sas-signature'), /sp=rqx holds a letter that is not an Azure SAS permission/)
    const badIp = url('sp=rl&sip=168.1.6', sig(rng))
    assert.deepEqual(rules(badIp), [])
    assert.match(whyNot(badIp, 'azure-sas-signature'), /sip= is not an IPv4 address or range/)
  })

  it('the query is read as far as the token: a SAS name before it does not hide the permissions', () => {
    const rng = new Rng(42)
    const signature = sig(rng)
    assert.equal(found(`AZURE_SAS_TOKEN=sp=rl&se=2025-04-04T15:24:52Z&sig=${signature}`, 'azure-sas-signature'), signature)
    assert.deepEqual(rules(`AZURE_SAS_TOKEN=sp=rlq&se=2025-04-04T15:24:52Z&sig=${sig(rng)}`), [])
  })
})

describe('OpenAI keys: twenty characters or more on each side of T3BlbkFJ', () => {
  it('a legacy key (20 and 20) and an admin key (58 and 58) are keys; five on one side is not', () => {
    const rng = new Rng(51)
    const legacy = `sk-${rng.chars(ALNUM, 20)}T3BlbkFJ${rng.chars(ALNUM, 20)}`
    assert.equal(found(`key ${legacy}`, 'openai-api-key'), legacy)
    const admin = `sk-admin-${rng.chars(B64URL, 58)}T3BlbkFJ${rng.chars(B64URL, 58)}`
    assert.equal(found(`key ${admin}`, 'openai-api-key'), admin)
    const before = `sk-admin-${rng.chars(ALNUM, 5)}T3BlbkFJ${rng.chars(B64URL, 58)}`
    const after = `sk-admin-${rng.chars(B64URL, 58)}T3BlbkFJ${rng.chars(ALNUM, 5)}`
    for (const key of [before, after]) {
      assert.deepEqual(rules(`key ${key}`), [])
      assert.match(whyNot(`key ${key}`, 'openai-api-key'), /5 characters on one side of "T3BlbkFJ"/)
    }
    assert.equal(found(`key sk-${rng.chars(ALNUM, 19)}T3BlbkFJ${rng.chars(ALNUM, 20)}`, 'openai-api-key'), undefined)
  })
})

describe('generic rule: a broken JSON Web Token and the first word of a quoted text', () => {
  const b64 = (text: string): string => Buffer.from(text).toString('base64url')

  it('a JWT-shaped value whose header is not JSON with alg is not a secret; one that decodes is the jwt rule', () => {
    const rng = new Rng(61)
    const payload = b64(JSON.stringify({sub: rng.chars(HEX, 12), iat: 1_700_000_000}))
    const signature = rng.chars(B64URL, 43)
    const good = `${b64(JSON.stringify({alg: 'HS256', typ: 'JWT'}))}.${payload}.${signature}`
    assert.deepEqual(rules(`api_token = "${good}"`), ['jwt'])
    // The same header with one character changed: `{"alg"` no longer parses.
    const broken = `${b64('{"typ":"JWT","alg":"HS256"}').replace(/^eyJ0eXAiOiJKV1QiLCJh/, 'eyJ0eXAiOiJKV1QiLCJq')}.${rng.chars(B64URL, 60)}.${signature}`
    assert.deepEqual(rules(`api_token = "${broken}"`), [])
    assert.match(whyNot(`api_token = "${broken}"`, 'generic-secret'), /shaped like a JSON Web Token .* header is not JSON with an alg/)
    const noAlg = `${b64(JSON.stringify({typ: 'JWT'}))}.${rng.chars(B64URL, 60)}`
    assert.deepEqual(rules(`api_token = "${noAlg}"`), [])
  })

  it('under a token name, a quoted text with a space is not a token; the same value alone is, and a password may hold spaces', () => {
    const rng = new Rng(62)
    const value = `k${rng.chars(ALNUM, 23)}`
    assert.equal(found(`api_token := "${value}"`, 'generic-secret'), value)
    const text = `api_token := "${value} ykl8-8jpv#i09hd"`
    assert.deepEqual(rules(text), [])
    assert.match(whyNot(text, 'generic-secret'), /first word of a quoted text with spaces/)
    assert.equal(found(`db_password = "${value} horse"`, 'generic-secret'), value)
    // A JSON-escaped line break after the value reads as two spaces: that is not text going on.
    assert.equal(found(`{"text": "api_token := \\"${value}\\"\\n"}`, 'generic-secret'), value)
  })
})

describe('GitHub and npm tokens: an issued checksum outranks an alphabet run', () => {
  /** A token whose body is `head` and random characters, its last six the body's checksum. */
  function issued(prefix: string, head: string, seed: number): string {
    const random = head + new Rng(seed).chars(ALNUM, 30 - head.length)
    return `${prefix}${random}${base62(crc32(random), 6)}`
  }

  it('finds, at full confidence, a token whose random body holds a run like utSRq or a same-case run of five', () => {
    for (const head of ['utSRq', 'Xq9utSRq', 'lmnop', 'ZYXWV']) {
      for (const prefix of ['ghp_', 'npm_']) {
        const value = issued(prefix, head, head.length)
        const hit = scanner.scanText(`token ${value} pasted`).find((f) => f.category === 'secret')
        assert.equal(hit?.rule, prefix === 'ghp_' ? 'github-token' : 'npm-token', value.slice(0, 12))
        assert.equal(hit.confidence ?? 'high', 'high', value.slice(0, 12))
      }
    }
  })

  it('still drops a typed alphabet body whose checksum fails', () => {
    const typed = 'ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'
    assert.deepEqual(rules(`token ${typed} pasted`).filter((r) => r === 'github-token'), [])
  })
})

describe('claims read the provider named right before the key name (session 9)', () => {
  /** A value in `alphabet` with one character outside it at `at`: an altered copy. */
  const altered = (value: string, at: number, c: string): string => value.slice(0, at) + c + value.slice(at + 1)

  it('`amplitude Secret=`: 32 hex digits are an Amplitude key; a non-hex letter in them is no finding, with the claim as the reason', () => {
    const rng = new Rng(91)
    const key = rng.chars(HEX, 32)
    assert.equal(found(`[DEBUG] Using amplitude Secret=${key}`, 'amplitude-api-key'), key)
    const bad = altered(key, 13, 'q')
    const line = `[DEBUG] Using amplitude Secret=${bad}`
    assert.deepEqual(rules(line), [])
    assert.match(whyNot(line, 'generic-secret'), /amplitude-api-key claims it .* not in that format/)
    // Without the provider's word before the name nothing says whose secret it is: the generic rule judges it.
    assert.equal(found(`[DEBUG] Using Secret=${bad}`, 'generic-secret'), bad)
  })

  it('`amadeus Secret=`: 16 letters and digits are an Amadeus API secret; 17 are no finding', () => {
    const rng = new Rng(92)
    const secret = rng.chars(ALNUM, 16)
    assert.equal(found(`[DEBUG] Using amadeus Secret=${secret}`, 'amadeus-api-secret'), secret)
    assert.equal(found(`AMADEUS_API_SECRET=${secret}`, 'amadeus-api-secret'), secret)
    const long = `${secret}${rng.chars(ALNUM, 1)}`
    assert.deepEqual(rules(`[DEBUG] Using amadeus Secret=${long}`), [])
    assert.match(whyNot(`[DEBUG] Using amadeus Secret=${long}`, 'generic-secret'), /amadeus-api-secret claims it/)
    assert.equal(found(`[DEBUG] Using Secret=${long}`, 'generic-secret'), long)
  })

  it('BeSnappy (64 hex), Clientary (25 letters and digits) and Brandfetch (40, or 44 of base64) claim values under their names', () => {
    const rng = new Rng(93)
    const besnappy = rng.chars(HEX, 64)
    assert.equal(found(`beSnappyToken := ${besnappy}`, 'besnappy-api-key'), besnappy)
    const joined = `${besnappy.slice(0, 18)}__${besnappy.slice(18, 40)}+${besnappy.slice(40)}`
    assert.deepEqual(rules(`beSnappyToken := ${joined}`), [])
    assert.match(whyNot(`beSnappyToken := ${joined}`, 'generic-secret'), /besnappy-api-key claims it/)

    const ronin = rng.chars(ALNUM, 25)
    assert.equal(found(`roninAPIKey := ${ronin}`, 'clientary-api-key'), ronin)
    const dashed = `${ronin.slice(0, 10)}-${ronin.slice(10)}`
    assert.deepEqual(rules(`roninAPIKey := ${dashed}`), [])
    assert.match(whyNot(`roninAPIKey := ${dashed}`, 'generic-secret'), /clientary-api-key claims it/)
    assert.equal(found(`apiKey := ${dashed}`, 'generic-secret'), dashed)

    const brand = rng.chars(ALNUM, 40)
    assert.equal(found(`brandfetch credentials: ${brand}`, 'brandfetch-api-key'), brand)
    const padded = `${brand.slice(0, 18)}+=${brand.slice(20)}`
    assert.deepEqual(rules(`brandfetch credentials: ${padded}`), [])
    assert.match(whyNot(`brandfetch credentials: ${padded}`, 'generic-secret'), /brandfetch-api-key claims it/)
  })

  it('a claim leaves other credentials under the provider name to the generic rule: Ronin chain keys, client, webhook and JWT secrets (issue 18 review)', () => {
    const rng = new Rng(96)
    const B64 = `${ALNUM}+/`
    // Ronin is also a blockchain: its wallet keys and its API keys are no Clientary key in another shape.
    const reported = [
      `RONIN_PRIVATE_KEY=0x${rng.chars(HEX, 64)}`,
      `RONIN_WALLET_PRIVATE_KEY="${rng.chars(HEX, 64)}"`,
      `RONIN_API_KEY=${rng.chars(ALNUM, 32)}`,
      `NEXT_PUBLIC_RONIN_API_KEY=${rng.chars(ALNUM, 32)}`,
      // Brandfetch issues API keys: a client or webhook secret under its name is another credential.
      `BRANDFETCH_WEBHOOK_SECRET=${rng.chars(ALNUM, 36)}`,
      `BRANDFETCH_CLIENT_SECRET="${rng.chars(ALNUM, 48)}"`,
      // Amadeus's API secret is 16 characters: its name is the API secret's; other secrets are the app's own.
      `AMADEUS_JWT_SECRET="${rng.chars(ALNUM, 48)}"`,
      `amadeus client_secret=${rng.chars(ALNUM, 24)}`,
      `AMADEUS_CLIENT_SECRET=${rng.chars(ALNUM, 20)}`,
      // The word before a name that names its kind itself (token) does not make it the provider's key.
      `[auth] signal amplitude token=${rng.chars(ALNUM, 40)}`,
      `sync jira token: ${rng.chars(B64, 44)}`,
    ]
    for (const line of reported) {
      const value = /[=:] ?"?(?:0x)?([^"\s]+)"?$/.exec(line)?.[1] ?? ''
      assert.ok(value.length >= 20, line)
      assert.ok(found(line, 'generic-secret')?.includes(value), `${line}: ${JSON.stringify(rules(line))}`)
    }
    // Still claimed: a Clientary key's name, the app's 25 characters altered under a Ronin key's name,
    // the Amadeus API secret's names, and a bare name after the provider's word.
    const clientary = rng.chars(ALNUM, 25)
    assert.deepEqual(rules(`CLIENTARY_API_KEY=${clientary}x7`), [])
    assert.deepEqual(rules(`RONIN_API_KEY=${clientary.slice(0, 9)}-${clientary.slice(9)}`), [])
    assert.deepEqual(rules(`AMADEUS_API_SECRET=${rng.chars(ALNUM, 20)}`), [])
    assert.deepEqual(rules(`[DEBUG] Using amplitude key=${rng.chars(ALNUM, 40)}`), [])
  })
})

describe('the prefix guard: a fixed-length token with characters its format never holds (session 9)', () => {
  const bannerbear = providerRules.find((r) => r.id === 'bannerbear-key')

  it('bb_ma_ and 30 characters with a non-hex letter is an altered copy; the hex token, a re-cased one and a random bearer stay findings', () => {
    assert.ok(bannerbear !== undefined)
    const rng = new Rng(94)
    const key = bannerbear.sample(rng)
    assert.equal(found(`Authorization: Bearer ${key}`, 'bannerbear-key'), key)
    const bad = `${key.slice(0, -1)}q`
    assert.deepEqual(rules(`Authorization: Bearer ${bad}`), [])
    assert.match(whyNot(`Authorization: Bearer ${bad}`, 'bearer-token'), /starts with bb_\w+_, the prefix of bannerbear-key tokens and is as long as they are, but holds characters they never hold/)
    assert.deepEqual(rules(`bannerbear_secret = "${bad}"`), [])
    // Re-cased, it is still the token (ADR 0029): the bearer rule reports it.
    const upper = `${key.slice(0, 6)}${key.slice(6).toUpperCase()}`
    assert.equal(found(`Authorization: Bearer ${upper}`, 'bearer-token'), upper)
  })

  it("a token's own characters with a separator elsewhere is left undecided: the format may have a form the pattern lacks", () => {
    const rng = new Rng(95)
    // Grafana's glsa_ is 32 letters and digits, `_`, 8 hex: the same 46 characters with `_` moved stays a finding.
    const moved = `glsa_${rng.chars(ALNUM, 8)}_${rng.chars(ALNUM, 32)}`
    assert.equal(moved.length, 46)
    assert.equal(found(`token = "${moved}"`, 'generic-secret'), moved)
  })
})
