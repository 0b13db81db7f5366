/**
 * `pl rules explain` through the real CLI: a rule described (finds, keywords, a fake example,
 * validation, live check, where to revoke), a text explained (what fires, masked; what nearly
 * fired and why), and never a value echoed.
 */
import assert from 'node:assert/strict'
import {describe, test} from 'node:test'

import type {RuleExplanation, TextExplanation} from '../../src/services/scan/explain-rules.js'
import {Rng, cardNumber, githubToken, githubTokenBadChecksum} from '../fixtures/scan/fakes.js'
import {runJson, runPl} from '../helpers/cli.js'

describe('pl rules explain', () => {
  test('a provider rule: what it finds, a fake example the rule itself finds, its live check and where to revoke', async () => {
    const {code, json, stderr} = await runJson<RuleExplanation>(['rules', 'explain', 'stripe-test-key'])
    assert.equal(code, 0, stderr)
    assert.equal(json.category, 'secret')
    assert.equal(json.reach, 'bare')
    assert.deepEqual(json.keywords, ['sk_test_', 'rk_test_'])
    assert.deepEqual(json.verify, {env: 'PL_STRIPE_API_URL', base: 'https://api.stripe.com', request: 'GET /v1/balance'})
    assert.ok(json.references.includes('https://dashboard.stripe.com/test/apikeys'))
    assert.match(json.revoke ?? '', /roll the key/)
    // The example is in the rule's own format: explaining it as a text, the rule fires.
    const example = await runJson<TextExplanation>(['rules', 'explain', '--text', `pasted ${json.example ?? ''} here`])
    assert.deepEqual(example.json.fired.map((h) => h.rule), ['stripe-test-key'])
    const table = await runPl(['rules', 'explain', 'stripe-test-key'])
    assert.match(table.stdout, /^ {2}verify: +GET \/v1\/balance on https:\/\/api\.stripe\.com \(base URL: PL_STRIPE_API_URL\)$/m)
    assert.match(table.stdout, /^ {2}example: +sk_test_\w+ +\(a fake, made here\)$/m)
  })

  test('a long-tail row: found next to its name, its source the long-tail table', async () => {
    const {code, json, stderr} = await runJson<RuleExplanation>(['rules', 'explain', 'abyssale-api-key'])
    assert.equal(code, 0, stderr)
    assert.equal(json.reach, 'context')
    assert.ok(json.references.includes('src/domain/scan/providers/long-tail/a-l.ts'), JSON.stringify(json.references))
    const example = await runJson<TextExplanation>(['rules', 'explain', '--text', json.example ?? ''])
    assert.deepEqual(example.json.fired.map((h) => h.rule), ['abyssale-api-key'])
    const folder = await runJson<RuleExplanation>(['rules', 'explain', 'adafruit-io-key'])
    assert.ok(folder.json.references.includes('src/domain/scan/providers/adafruit/'))
  })

  test('a core rule, a checksum rule, the known-prompt detector', async () => {
    const github = await runJson<RuleExplanation>(['rules', 'explain', 'github-token'])
    assert.equal(github.code, 0, github.stderr)
    assert.ok(github.json.validation.some((v) => /checksum/.test(v)))
    const prompt = await runJson<RuleExplanation>(['rules', 'explain', 'known-prompt'])
    assert.equal(prompt.json.category, 'prompt')
  })

  test('a text: what fires (masked), what nearly fired and why, never the value', async () => {
    const rng = new Rng(41)
    const token = githubToken(rng)
    const bad = githubTokenBadChecksum(rng)
    const card = cardNumber(rng)
    const text = `token ${token} copy ${bad} card ${card} placeholder OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxx`
    const {code, json, stderr} = await runJson<TextExplanation>(['rules', 'explain', text])
    const stdout = JSON.stringify(json)
    assert.equal(code, 0, stderr)
    const fired = json.fired.map((h) => `${h.rule}${h.confidence === 'low' ? ':low' : ''}`)
    assert.deepEqual(fired, ['github-token', 'github-token:low', 'payment-card'])
    assert.equal(json.fired[0]?.column, text.indexOf(token) + 1)
    assert.ok(json.nearlyFired.some((n) => n.rule === 'openai-api-key' && /placeholder/.test(n.why)), JSON.stringify(json.nearlyFired))
    for (const value of [token, bad, card, token.slice(4, 20)]) assert.ok(!stdout.includes(value), 'a value echoed')
    const plain = await runPl(['rules', 'explain', text])
    for (const value of [token, bad, card]) assert.ok(!plain.stdout.includes(value), 'a value echoed in the table')
    assert.match(plain.stdout, /^Nearly fired \(not reported\):$/m)
  })

  test('the generic key = value rule says which guard turned a near miss down, without the value', async () => {
    const value = new Rng(42).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)
    const cases: Array<[string, RegExp]> = [
      ['secret := os.GetEnv("APP_SECRET")', /code expression \(a function call\)/],
      ['administrator_login_password = var.db_password', /code expression \(a member path\)/],
      [`fake_api_key = "${value}"`, /name marks the value as a stand-in/],
      ['apiKey := "API-1234"', /counting/],
      [`api_key = '${value.slice(0, 10)}?${value.slice(10)}'`, /characters no issued token or key has/],
      ['api_key = process.env.OPENAI_API_KEY', /a reference, not a value/],
      ['postgres://postgres:postgres@localhost:5432/db', /the user name again/],
    ]
    for (const [text, why] of cases) {
      const {code, json, stderr} = await runJson<TextExplanation>(['rules', 'explain', '--text', text])
      assert.equal(code, 0, stderr)
      assert.deepEqual(json.fired, [], text)
      assert.ok(json.nearlyFired.some((n) => why.test(n.why)), `${text}: ${JSON.stringify(json.nearlyFired)}`)
      assert.ok(!JSON.stringify(json).includes(value.slice(0, 10)), 'a value echoed')
    }
  })

  test('format checks say why a malformed copy of a provider token is not reported, without the value', async () => {
    const rng = new Rng(44)
    const hex = (n: number): string => rng.chars('0123456789abcdef', n)
    const alnum = (n: number): string => rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n)
    const trigger = `glptt-${hex(39)}`
    const cut = `xai-${alnum(40)}`
    const admin = `sk-admin-${alnum(5)}T3BlbkFJ${alnum(58)}`
    const sig = `${alnum(43)}%3D`
    const cases: Array<[string, string, RegExp]> = [
      [`trigger ${trigger}`, 'gitlab-token', /GitLab issues glptt- tokens with 40 characters after the prefix, not 39/],
      [`xai_token = '${cut}'`, 'generic-secret', /starts with xai-, the prefix of xai-api-key tokens, which are 84 characters long, not 44/],
      [`key ${admin}`, 'openai-api-key', /5 characters on one side of "T3BlbkFJ"/],
      [`https://a.blob.core.windows.net/c?sp=rqx&sr=c&sig=${sig}`, 'azure-sas-signature', /sp=rqx holds a letter that is not an Azure SAS permission/],
    ]
    for (const [text, rule, why] of cases) {
      const {code, json, stderr} = await runJson<TextExplanation>(['rules', 'explain', '--text', text])
      assert.equal(code, 0, stderr)
      assert.deepEqual(json.fired, [], text)
      assert.ok(json.nearlyFired.some((n) => n.rule === rule && why.test(n.why)), `${text}: ${JSON.stringify(json.nearlyFired)}`)
      for (const value of [trigger, cut, admin, sig]) assert.ok(!JSON.stringify(json).includes(value.slice(4, 24)), 'a value echoed')
    }
    // The same values in the provider's format fire.
    const good = await runJson<TextExplanation>(['rules', 'explain', '--text', `trigger glptt-${hex(40)} key sk-admin-${alnum(58)}T3BlbkFJ${alnum(58)}`])
    assert.deepEqual(good.json.fired.map((h) => h.rule), ['gitlab-token', 'openai-api-key'])
  })

  test('a prompt-log line is explained as pl scan reads it: JSON escapes (\\n, \\") are not part of a value', async () => {
    const value = new Rng(43).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 28)
    const line = JSON.stringify({messages: [{role: 'user', content: `config:\nSERVICE_TOKEN=${value}\nnonMatchingToken := "${value}"\n`}]})
    const {code, json, stderr} = await runJson<TextExplanation>(['rules', 'explain', '--text', line])
    assert.equal(code, 0, stderr)
    assert.deepEqual(json.fired.map((h) => [h.rule, h.length]), [['generic-secret', value.length]])
    assert.ok(json.nearlyFired.some((n) => /name marks the value as a stand-in/.test(n.why)), JSON.stringify(json.nearlyFired))
  })

  test('an unknown rule id is a usage error naming close ids; --text explains it as a text', async () => {
    const wrong = await runPl(['rules', 'explain', 'stripe-key'])
    assert.equal(wrong.code, 2)
    assert.match(wrong.stderr, /No rule stripe-key\. Did you mean stripe-secret-key, stripe-test-key, stripe-webhook-secret\?/)
    const asText = await runJson<TextExplanation>(['rules', 'explain', '--text', 'stripe-key'])
    assert.equal(asText.code, 0)
    assert.deepEqual(asText.json.fired, [])
  })
})
