/**
 * The provider catalogue (src/domain/scan/providers/<name>/): every rule of every provider is
 * found with its exact span on fakes its folder generates at test time (correct format, never a
 * real credential), bare where it says bare and next to its name where it needs context; and it
 * stays quiet on the hard negatives every token format has: a placeholder body, a low-entropy
 * body, the token glued to a word, the value alone when it needs context.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {PROVIDERS, providerOf, providerRules, providerVerifiers} from '../../../src/domain/scan/providers/index.js'
import type {ProviderRule} from '../../../src/domain/scan/providers/index.js'
import {CORE_RULE_IDS} from '../../../src/domain/scan/rules/ids.js'
import {explainText} from '../../../src/services/scan/explain-rules.js'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const scan = (text: string): Finding[] => scanner.scanText(text)

function spanOf(text: string, finding: Finding): string {
  return (text.split('\n')[finding.line - 1] ?? '').slice(finding.start, finding.end)
}

/** Sentences a bare value is pasted into. */
const BARE_CONTEXTS = [
  (v: string) => v,
  (v: string) => `Here is what I have: ${v} and the request still fails.`,
  (v: string) => `{"messages":[{"role":"user","content":"use ${v} please"}]}`,
  (v: string) => `token="${v}"`,
]

function samples(rule: ProviderRule, count = 4): string[] {
  return [1, 2, 3, 4, 5, 6].slice(0, count).map((seed) => rule.sample(new Rng(seed * 7919 + rule.id.length)))
}

describe('provider catalogue', () => {
  it('has one folder per provider and rule ids unique across the catalogue and the core rules', () => {
    const names = PROVIDERS.map((p) => p.name)
    assert.equal(new Set(names).size, names.length)
    const ids = providerRules.map((r) => r.id)
    assert.equal(new Set(ids).size, ids.length, 'a provider rule id is used twice')
    for (const id of ids) assert.ok(!(CORE_RULE_IDS as readonly string[]).includes(id), `${id} is also a core rule id`)
    assert.ok(providerRules.length >= 90, `${providerRules.length} provider rules`)
  })

  it('lists every core rule id the scanner runs, and no other (the typed verifier table relies on it)', () => {
    const provided = new Set<unknown>(providerRules)
    const core = new Set(defaultRules.filter((r) => !provided.has(r)).map((r) => r.id))
    assert.deepEqual([...core].sort(), [...CORE_RULE_IDS].sort())
  })

  it('every rule states its reach and guard, and the scanner loads it', () => {
    for (const rule of providerRules) {
      assert.ok(rule.reach === 'bare' || rule.reach === 'context', rule.id)
      assert.ok(rule.guard.length > 10, `${rule.id} states its false-positive guard`)
      assert.ok(rule.keywords.length > 0, `${rule.id} has prefilter keywords`)
      assert.ok(rule.pattern.flags.includes('g'), `${rule.id} pattern is global`)
      assert.ok(defaultRules.includes(rule), `${rule.id} is loaded`)
      assert.equal(providerOf(rule.id)?.rules.includes(rule), true)
    }
  })

  it('verifiers: https defaults, PL_*_API_URL variables, each for a rule of its own provider', () => {
    for (const [id, verifier] of Object.entries(providerVerifiers)) {
      assert.ok(providerRules.some((r) => r.id === id), id)
      assert.match(verifier?.env ?? '', /^PL_[A-Z0-9]+_API_URL$/)
      assert.match(verifier?.base ?? '', /^https:\/\//)
      // A check that takes a pair gets the other half (an id) as it would from pairs.ts.
      const request = verifier?.request('x-token-under-test', {base: verifier.base, now: new Date(), ...(verifier.needsPair === true ? {pair: 'ACid-under-test'} : {})})
      assert.ok(request !== undefined && !request.path.includes('x-token-under-test'), `${id}: the token goes in a header, never the URL`)
      const basic = (h: string): string => (/^Basic /.test(h) ? Buffer.from(h.slice(6), 'base64').toString('utf8') : '')
      assert.ok(Object.values(request.headers).some((h) => h.includes('x-token-under-test') || basic(h).endsWith(':x-token-under-test')), `${id} sends the token`)
    }
  })
})

describe('provider rules find their fakes', () => {
  for (const rule of providerRules) {
    it(`${rule.id} (${rule.reach})`, () => {
      for (const value of samples(rule)) {
        const contexts = rule.reach === 'bare' ? BARE_CONTEXTS.map((c) => c(value)) : [rule.sampleInContext(value)]
        for (const text of contexts) {
          const found = scan(text).filter((f) => f.rule === rule.id)
          assert.equal(found.length, 1, `${rule.id} in ${JSON.stringify(text.slice(0, 120))}: got ${JSON.stringify(scan(text).map((f) => f.rule))}`)
          const finding = found[0] as Finding
          assert.ok(value.includes(spanOf(text, finding)) || spanOf(text, finding).includes(value), `${rule.id}: span ${finding.start}-${finding.end}`)
          // The report never holds the value: the mask keeps a prefix and at most the last four characters.
          assert.ok(!finding.masked.includes(value.slice(-12, -4)) || value.length < 16, `${rule.id} masked ${finding.masked}`)
        }
      }
    })
  }
})

/** The value with its random part replaced by a typed stand-in of the same length. */
function placeholderOf(value: string): string {
  const keep = Math.min(value.length - 8, Math.max(0, value.search(/[_.-][^_.-]*$/) + 1))
  return value.slice(0, keep) + 'x'.repeat(value.length - keep)
}

describe('provider rules stay quiet on hard negatives', () => {
  for (const rule of providerRules) {
    it(`${rule.id}`, () => {
      const value = samples(rule, 1)[0] ?? ''
      const rules = (text: string): string[] => scan(text).map((f) => f.rule)
      if (rule.minEntropy > 0) {
        assert.ok(!rules(rule.sampleInContext(placeholderOf(value))).includes(rule.id), `${rule.id}: placeholder ${placeholderOf(value).slice(0, 40)}`)
      }
      if (rule.reach === 'bare' && /^[A-Za-z0-9]/.test(value) && !value.includes('://')) {
        assert.ok(!rules(`zz9${value}`).includes(rule.id), `${rule.id}: glued to a word`)
      }
      if (rule.reach === 'context') {
        assert.ok(!rules(`the value is ${value} here`).includes(rule.id), `${rule.id}: needs its name nearby`)
        assert.ok(!rules(`${rule.keywords[0]} ${'a'.repeat(200)} ${value}`).includes(rule.id), `${rule.id}: out of reach of its name`)
      }
    })
  }

  it('allowlists documentation values and counting stand-ins', () => {
    const texts = [
      // Built at run time, so the repository holds no string in a token's shape.
      `${'shp'}at_${'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6'}`,
      `${'lin'}_api_${'x'.repeat(40)}`,
      'curl -u username:password https://example.com',
      'curl -u <user:password> https://example.com',
      // The example password of Microsoft's nuget.config reference, and a stand-in.
      '<add key="ClearTextPassword" value="33f!!lloppa" />',
      '<add key="ClearTextPassword" value="XXXXXXXXXXX" />',
      // A variable, not a password.
      'docker login registry.example.io -u ci -p $REGISTRY_PASSWORD',
    ]
    for (const text of texts) assert.deepEqual(scan(text).map((f) => f.rule), [], text)
  })

  it('reports an example body in the exact format of a provider that opts in at low confidence, with the reason', () => {
    // Issue 18: docs and tests print these; a prompt log holding one is shown, never as a live key.
    const examples = {
      'docker-hub-token': `${'dckr'}_pat_Example${'1234567890'}AbCdEfGhjK`,
      'tailscale-key': `${'tskey'}-api-${'A'.repeat(12)}-${'B'.repeat(24)}`,
      'stripe-test-key': `${'sk'}_test_${'B'.repeat(24)}`,
      'stripe-secret-key': `${'rk'}_live_${'C'.repeat(24)}`,
      'gitlab-token': `${'glpat'}-${'aBcDeFgHiJkLmNoPqRsT'}`,
      'groq-api-key': `${'gsk'}_${'aBcDeFgHiJkLmNoPqRsT'}${'1234567890'}${'abcdefghijklmnopqrstuv'}`,
      'shippo-api-token': `${'shippo'}_live_${'a'.repeat(40)}`,
      'pganalyze-read-key': `${'pgar'}_${'1234567890'.repeat(2)}${'1234567'}`,
      'spectral-personal-token': `${'spu'}-${'1'.repeat(32)}`,
    }
    for (const [rule, value] of Object.entries(examples)) {
      const found = scan(`Here is what I have: ${value} and the request still fails.`)
      assert.deepEqual(
        found.map((f) => [f.rule, f.confidence, f.reason]),
        [[rule, 'low', "the provider's format with an example body: a documentation or test value"]],
        value,
      )
    }
    // Not the exact format (23 characters after the prefix; Shippo's hex is lower case), masked with x, or a
    // provider that does not opt in: nothing.
    const notExact = [
      `${'sk'}_live_${'A'.repeat(23)}`,
      `${'glpat'}-${'X'.repeat(11)}-${'X'.repeat(8)}`,
      `${'shippo'}_live_${'A'.repeat(40)}`,
      `${'sntryu'}_${'a'.repeat(64)}`,
    ]
    for (const text of notExact) {
      assert.deepEqual(scan(text).map((f) => f.rule), [], text)
    }
  })

  it('a typed example is shown only where it is used (after a username, beside its endpoint), and explain says so', () => {
    const bitbucket = `${'ATBB'}${'123abcDEF456ghiJKL789mnoPQR'}`
    const appsync = `${'da2'}-${'abcdefghijklmnopqrstuvwxyz'}`
    const endpoint = `https://${'q'.repeat(2)}${'4vbn7c2x9m5kz8w3r6t1yplh'}.appsync-api.us-east-1.amazonaws.com/graphql`
    const low = (text: string): string[] => scan(text).filter((f) => f.confidence === 'low').map((f) => f.rule)
    assert.deepEqual(low(`Here is what I have: myuser:${bitbucket}`), ['bitbucket-app-password'])
    assert.deepEqual(scan(`the password is ${bitbucket}`).map((f) => f.rule), [])
    assert.deepEqual(scan(`${'u'.repeat(31)}:${bitbucket}`).map((f) => f.rule), [], 'a Bitbucket username has at most 30 characters')
    assert.deepEqual(low(`endpoint ${endpoint} key ${appsync}`), ['aws-appsync-api-key'])
    assert.deepEqual(scan(`const key = "${appsync}"`).map((f) => f.rule), [])
    assert.deepEqual(scan(`https://abc.appsync-api.us-east-1.amazonaws.com\n${appsync}`).map((f) => f.rule), [], 'an API id is 26 characters, and on the same line')
    const vault = `${'hvb'}.${'a'.repeat(52)}`
    assert.deepEqual(low(`VAULT_ADDR=https://vault.internal:8200 VAULT_TOKEN=${vault}`), ['vault-token'])
    assert.deepEqual(scan(`oldToken := "${vault}"`).map((f) => f.rule), [])
    assert.deepEqual(scan(`vault at https://vault.internal:8200\noldToken := "${vault}"`).map((f) => f.rule), [], 'the address on another line')
    const why = (text: string, rule: string): string => explainText(text).nearlyFired.find((n) => n.rule === rule)?.why ?? ''
    assert.match(why(`oldToken := "${vault}"`, 'vault-token'), /shown only on the line of a Vault address/)
    assert.match(why(`the password is ${bitbucket}`, 'bitbucket-app-password'), /shown only after a Bitbucket username/)
    assert.match(why(`const key = "${appsync}"`, 'aws-appsync-api-key'), /shown only on the line of an AppSync endpoint/)
  })

  it('context rules added for issue 18 find their value after the name, and a stand-in there at low confidence', () => {
    const rng = new Rng(18)
    const hex = rng.chars('0123456789abcdef', 40)
    const cases: Array<[string, string]> = [
      [`SONAR_LOGIN := "${hex}"`, 'sonar-login-token'],
      [`sonar.token=${'sqp'}_${hex}`, 'sonar-token'],
      [`AZURE_API_MANAGEMENT_SUBSCRIPTION_KEY=${hex.slice(0, 32)}`, 'azure-apim-subscription-key'],
      [`GITLAB_TOKEN=${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 20)}`, 'gitlab-legacy-token'],
      [`sl_key= ${rng.chars('0123456789abcdef', 64)}`, 'softlayer-api-key'],
      [`twitter consumer key - '${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 25)}'`, 'twitter-api-key'],
    ]
    for (const [text, rule] of cases) assert.deepEqual(scan(text).map((f) => [f.rule, f.confidence ?? 'high']), [[rule, 'high']], text)
    // The name and the shape, a counting body: shown, at low confidence.
    const counting = `${'12345678'}ABCDEFH${'1234567890'}ABCDEFH${'12345678'}`
    assert.deepEqual(scan(`SONAR.LOGIN ?= "${counting}"`).map((f) => [f.rule, f.confidence]), [['sonar-login-token', 'low']])
    // A project path beside "gitlab" is not a legacy token: no upper case and digit mixed in.
    assert.deepEqual(scan('see https://gitlab.com/acme/deploy-scripts-2024x/-/issues').map((f) => f.rule), [])
    // Not a sonar name (sonarcloud is its own rule's), or the name too far away: nothing from this rule.
    assert.ok(!scan(`sonar = "${hex}"`).some((f) => f.rule === 'sonar-login-token'))
    assert.ok(!scan(`sonar_token: see the vault for the real value, it is not ${hex}`).some((f) => f.rule === 'sonar-login-token'))
  })

  it('a Tableau personal access token secret is found bare; a stand-in in its shape is not', () => {
    const rng = new Rng(7)
    const secret = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 21)}Q==:${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)}`
    assert.deepEqual(scan(`pat test-token-6\n${secret}\nurl=prod.online.tableau.com`).map((f) => f.rule), ['tableau-personal-access-token'])
    assert.deepEqual(scan(`${'A'.repeat(22)}==:${'B'.repeat(32)}`).map((f) => f.rule), [])
  })

  it('a checksum or structure decides where entropy cannot', () => {
    const rng = new Rng(42)
    const notJson = `sntrys_eyJ${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 60)}_${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43)}`
    assert.ok(!scan(notJson).some((f) => f.rule === 'sentry-org-token'))
    const npmV1 = '//registry.npmjs.org/:_authToken=743b294a-cd03-11ec-9d64-0242ac120002'
    assert.ok(!scan(npmV1).some((f) => f.rule === 'npm-legacy-token'), 'time-based UUIDs are not npm tokens')
  })
})
