/**
 * HTTP Basic credentials in base64 (providers/http, basic-auth-credentials) and Discord bot tokens
 * (providers/discord): found only when the value decodes to what it claims to be.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {redactText} from '../../../src/domain/scan/redact.js'
import {githubToken, npmToken, Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const rules = (text: string): string[] => scanner.scanText(text).map((f) => f.rule)
const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('basic-auth-credentials', () => {
  const rng = new Rng(4242)
  const pair = b64(`deploy:${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 18)}`)

  it('finds an Authorization: Basic header and a registry config "auth", also inside a JSON string', () => {
    assert.deepEqual(rules(`curl -H 'Authorization: Basic ${pair}' https://ci.internal/api`), ['basic-auth-credentials'])
    assert.deepEqual(rules(`{"auths": {"registry.internal:5000": {"auth": "${pair}"}}}`), ['basic-auth-credentials'])
    const prompt = JSON.stringify({messages: [{role: 'user', content: JSON.stringify({auths: {'docker.io': {auth: pair}}})}]})
    const found = scanner.scanText(prompt)
    assert.deepEqual(found.map((f) => f.rule), ['basic-auth-credentials'])
    assert.equal(prompt.slice(found[0]?.start, found[0]?.end), pair)
  })

  it('refuses what does not decode to user:password, a stand-in password, and base64 without the header', () => {
    assert.deepEqual(rules(`Authorization: Basic ${b64('no colon in this one at all')}`), [])
    assert.deepEqual(rules(`Authorization: Basic ${b64('admin:password')}`), [])
    assert.deepEqual(rules(`Authorization: Basic ${b64('admin:${PASSWORD}')}`), [])
    assert.deepEqual(rules(`Authorization: Basic ${Buffer.from([0, 1, 2, 250, 251, 58, 3, 4, 5, 6, 7, 8]).toString('base64')}`), [])
    // Without the header it is not basic-auth-credentials; in a sentence it is an unnamed token, at low confidence (issue 18).
    assert.deepEqual(scanner.scanText(`the value is ${pair} here`).map((f) => [f.rule, f.confidence]), [['high-entropy-token', 'low']])
  })

  it('a provider token as the password or the user is reported as that token, its decoded value captured (git over HTTPS, a registry token) (#21)', () => {
    const gh = githubToken(rng)
    const raw: string[] = []
    const capturing = createScanner({fingerprint: (value) => (raw.push(value), `fp${value.length}`)})
    const header = b64(`x-access-token:${gh}`)
    const line = JSON.stringify({headers: {authorization: `Basic ${header}`}})
    const found = capturing.scanText(line)
    assert.deepEqual(found.map((f) => [f.rule, f.jsonPath]), [['github-token', '$.headers.authorization']])
    assert.equal(line.slice(found[0]!.start, found[0]!.end), header, 'at the header value')
    assert.ok(raw.includes(gh), 'the decoded token is the value captured, for revocation')
    assert.match(found[0]!.masked, /^ghp_…/)
    assert.ok(!redactText(line, found).includes(header), 'redaction removes the whole credential')
    // As the user, with any password (a token as the user, as npm and others take it).
    const npm = npmToken(rng)
    assert.deepEqual(rules(`Authorization: Basic ${b64(`${npm}:x-oauth-basic`)}`), ['npm-token'])
    // A password that is no token stays a Basic credential.
    assert.deepEqual(rules(`Authorization: Basic ${pair}`), ['basic-auth-credentials'])
  })

  it('finds a Google registry login with a service account key (user _json_key) and a config escaped twice', () => {
    const key = JSON.stringify({type: 'service_account', private_key_id: rng.chars('0123456789abcdef', 40), private_key: `-----BEGIN PRIVATE KEY-----\n${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)}\n-----END PRIVATE KEY-----\n`}, null, 2)
    assert.deepEqual(rules(`{"auths": {"https://gcr.io": {"auth": "${b64(`_json_key:${key}`)}"}}}`), ['basic-auth-credentials'])
    assert.deepEqual(rules(`{"auths": {"https://gcr.io": {"auth": "${b64('_json_key:{"type": "service_account"}')}"}}}`), [], 'not a key without its private key')
    // DOCKER_AUTH_CONFIG in a TOML string, in a JSON log line: the quotes come escaped twice.
    const toml = `environment = [${JSON.stringify(`DOCKER_AUTH_CONFIG=${JSON.stringify({auths: {'registry.internal': {auth: pair}}})}`)}]`
    assert.deepEqual(rules(JSON.stringify({messages: [{role: 'user', content: toml}]})), ['basic-auth-credentials'])
  })
})

describe('discord-bot-token', () => {
  const rng = new Rng(77)
  const id = b64(`1${rng.chars('0123456789', 17)}`)
  const rest = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 6)}.${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 27)}`

  it('is found bare when its first part decodes to a snowflake id', () => {
    assert.deepEqual(rules(`my bot token is ${id}.${rest} thanks`), ['discord-bot-token'])
  })

  it('is refused when the first part does not decode to digits', () => {
    const notId = b64(`1${rng.chars('0123456789', 10)}abcdefg`)
    assert.deepEqual(rules(`my bot token is ${notId}.${rest} thanks`).filter((r) => r === 'discord-bot-token'), [])
  })
})
