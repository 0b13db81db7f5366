/**
 * `pl rules list` through the real CLI: every detector of the catalogue once, its prefilter
 * keywords, and the live check `pl scan --verify` has for it (from TOKEN_VERIFIERS).
 */
import assert from 'node:assert/strict'
import {describe, test} from 'node:test'

import {defaultRules} from '../../src/domain/scan/rules/index.js'
import type {RuleInfo} from '../../src/services/scan/list-rules.js'
import {TOKEN_VERIFIERS} from '../../src/services/scan/verify-tokens.js'
import {runJson, runPl} from '../helpers/cli.js'

describe('pl rules list', () => {
  test('--json: every rule id once, the known-prompt detector last, verifiers with their base URL variable', async () => {
    const {code, json, stderr} = await runJson<{rules: RuleInfo[]}>(['rules', 'list'])
    assert.equal(code, 0, stderr)
    const ids = json.rules.map((r) => r.id)
    assert.deepEqual(ids, [...new Set([...defaultRules.map((r) => r.id), 'known-prompt'])])
    const groq = json.rules.find((r) => r.id === 'groq-api-key')
    assert.deepEqual(groq, {id: 'groq-api-key', category: 'secret', description: 'Groq API key', keywords: ['gsk_'], verify: {env: 'PL_GROQ_API_URL', base: 'https://api.groq.com/openai'}})
    // The AWS secret key is found two ways: one entry, both descriptions, both keyword sets.
    const aws = json.rules.find((r) => r.id === 'aws-secret-access-key')
    assert.deepEqual(aws?.keywords, ['secret', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'])
    assert.match(aws?.description ?? '', /secret-key name; .*next to an access key id/)
    // Every verifier belongs to a listed rule, and every rule with a verifier says so.
    for (const [id, verifier] of Object.entries(TOKEN_VERIFIERS)) assert.equal(json.rules.find((r) => r.id === id)?.verify?.env, verifier.env, id)
    assert.equal(json.rules.filter((r) => r.verify !== null).length, Object.keys(TOKEN_VERIFIERS).length)
    assert.deepEqual(json.rules.at(-1), {id: 'known-prompt', category: 'prompt', description: 'A copy (whole or partial, reformatted) of a registered sensitive prompt', keywords: [], verify: null})
  })

  test('--category filters; the table has one row per rule with its keywords and verify column', async () => {
    const pii = await runJson<{rules: RuleInfo[]}>(['rules', 'list', '--category', 'pii'])
    assert.ok(pii.json.rules.length > 0)
    assert.ok(pii.json.rules.every((r) => r.category === 'pii' && r.verify === null))
    const table = await runPl(['rules', 'list', '--category', 'secret'])
    assert.equal(table.code, 0, table.stderr)
    const lines = table.stdout.trimEnd().split('\n')
    assert.match(lines[0] ?? '', /^RULE +CATEGORY +KEYWORDS +VERIFY +DESCRIPTION$/)
    assert.match(table.stdout, /^groq-api-key +secret +gsk_ +yes \(PL_GROQ_API_URL\) +Groq API key$/m)
    assert.match(table.stdout, /^google-api-key +secret +AIza +— +Google API key$/m)
    assert.ok(!/\bpii\b|known-prompt/.test(table.stdout))
    const bad = await runPl(['rules', 'list', '--category', 'nope'])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /secret, pii, prompt/)
  })
})
