/**
 * Secrets in the contexts people write them in (issue 18, context recall): the generic rule's
 * operators and quotes of code and config, a quoted password with unpaired brackets, stand-ins
 * next to a provider's name, Kubernetes Secret manifests, and IBM Cloudant and SoftLayer keys.
 * Every value is made at test time; each positive has the negatives its guard is for.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {typedStandIn, isPlaceholder, STAND_IN} from '../../../src/domain/scan/checks.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const scan = (text: string): Finding[] => scanner.scanText(text)

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'

/** The one finding of `rule` in `text`, whose span is `value`. */
function found(text: string, rule: string, value: string): Finding {
  const hits = scan(text).filter((f) => f.rule === rule)
  assert.equal(hits.length, 1, `${rule} in ${JSON.stringify(text)}: got ${JSON.stringify(scan(text).map((f) => f.rule))}`)
  const hit = hits[0] as Finding
  assert.equal((text.split('\n')[hit.line - 1] ?? '').slice(hit.start, hit.end), value, JSON.stringify(text))
  return hit
}

function quiet(text: string, rule?: string): void {
  const hits = scan(text).filter((f) => f.category === 'secret' && (rule === undefined || f.rule === rule))
  assert.deepEqual(hits.map((f) => f.rule), [], JSON.stringify(text))
}

/** Random letters and digits that spell no stand-in word. */
function random(rng: Rng, alphabet: string, n: number): string {
  for (;;) {
    const value = rng.chars(alphabet, n)
    if (!isPlaceholder(value)) return value
  }
}

/** A chosen password with brackets that do not pair and shell characters: `Ab3d{{Xy}k2)Qw9$#…(Zz`. */
function bracketPassword(rng: Rng): string {
  const r = (n: number): string => random(rng, ALNUM, n)
  return `${r(5)}{{${r(3)}}${r(3)})${r(4)}$#${r(5)}(${r(4)}`
}

describe('generic rule: operators and quotes of code and config', () => {
  it('finds a quoted password after :=, ?=, ::=, =>, a comparison, a C# verbatim string, backticks and escaped JSON quotes', () => {
    const rng = new Rng(181)
    for (let i = 0; i < 5; i++) {
      const pw = bracketPassword(rng)
      const token = random(rng, ALNUM, 32)
      found(`db_password := "${pw}"`, 'generic-secret', pw)
      found(`if (db_pass !== "${pw}") {`, 'generic-secret', pw)
      found(`if (password == '${pw}')`, 'generic-secret', pw)
      found(`password = @"${pw}";`, 'generic-secret', pw)
      found(`password => "${pw}"`, 'generic-secret', pw)
      found(`password = \`${pw}\``, 'generic-secret', pw)
      found(`{"role":"user","content":"password = \\"${pw}\\""}`, 'generic-secret', pw)
      found(`API_TOKEN ?= "${token}"`, 'generic-secret', token)
      found(`API_TOKEN ::= "${token}"`, 'generic-secret', token)
      found(`api_token := \`${token}\``, 'generic-secret', token)
    }
  })

  it('finds a quoted password compared with the name after it', () => {
    const rng = new Rng(182)
    for (let i = 0; i < 5; i++) {
      const pw = bracketPassword(rng)
      found(`if ("${pw}" == password) {`, 'generic-secret', pw)
      found(`if ("${pw}" !== my_db_password) {`, 'generic-secret', pw)
      found(`{"content":"if (\\"${pw}\\" != passwd) {"}`, 'generic-secret', pw)
    }
  })

  it('stays quiet on code, templates, words and other names in those forms', () => {
    const rng = new Rng(183)
    const pw = bracketPassword(rng)
    // A comparison with another variable, unquoted.
    quiet(`if (password == storedPasswordValue9) {`)
    quiet(`if (token != expectedToken2024x) {`)
    // The value compared with a name that is not a secret's.
    quiet(`if ("${pw}" == username) {`)
    // A call or a closed template inside the quotes.
    quiet(`password := "getpass.getpass('Password: ')"`)
    quiet(`password = "os.environ.get(DB)"`)
    quiet(`password := "${'$'}{DB_PASSWORD}"`)
    quiet(`password = "{{ .Values.db.password }}"`)
    quiet(`secret := "prefix-${'$'}{SUFFIX}"`)
    // A provider prefix and a word, not an issued token.
    quiet(`token := "hvb.shorttoken"`)
    // The `@` of a verbatim string only before a quote: `@name` stays a reference.
    quiet(`password=@DbPasswordVariable`)
    // Characters no issued token has, under a token's name (a chosen password may hold them).
    quiet(`api_key := "${pw}"`)
  })

  it('a template is a placeholder only when it closes', () => {
    for (const value of ['${API_KEY}', '${DB_PASS:-x}', '{{ api_key }}', '{{.Values.token}}', 'pre-${NAME}-post']) assert.ok(isPlaceholder(value), value)
    const rng = new Rng(184)
    for (let i = 0; i < 20; i++) assert.equal(isPlaceholder(bracketPassword(rng)), false)
  })
})

describe('stand-ins next to a provider\'s name', () => {
  it('counted values of the exact shape are shown at low confidence with the reason', () => {
    const rng = new Rng(191)
    // A UUID typed by counting, as in documentation: 12345678-ABCD-…
    const counting = `${'1234'}${'5678'}-ABCD-ABCD-ABCD-${'1234567890'}AB`
    const snyk = found(`SNYK_TOKEN=${counting}`, 'snyk-api-token', counting)
    assert.equal(snyk.confidence, 'low')
    assert.equal(snyk.reason, STAND_IN)
    // abcd1234 blocks in mixed case and padding: no block repeats exactly, but it counts.
    const iam = `${'abcd1234'.repeat(3)}${'ABCD1234'.repeat(2)}--__`
    assert.equal(found(`ibm_cloud_iam-key : ${iam}`, 'ibm-cloud-api-key', iam).confidence, 'low')
    assert.ok(typedStandIn(iam))
    // A random value is not a stand-in, and a run of x is a placeholder not worth a finding.
    const uuid = [8, 4, 4, 4, 12].map((n) => random(rng, HEX, n)).join('-')
    assert.equal(found(`SNYK_TOKEN=${uuid}`, 'snyk-api-token', uuid).confidence, undefined)
    quiet(`SNYK_TOKEN=${'x'.repeat(8)}-${'x'.repeat(4)}-${'x'.repeat(4)}-${'x'.repeat(4)}-${'x'.repeat(12)}`, 'snyk-api-token')
    let counted = 0
    for (let i = 0; i < 500; i++) if (typedStandIn(random(rng, ALNUM, 44))) counted++
    assert.ok(counted <= 3, `${counted} of 500 random 44-character values taken for counting`)
  })

  it('hex words in a provider\'s exact shape (cafebabe:deadbeef) are a stand-in, random hex is not', () => {
    const words = `${['cafe', 'babe'].join('')}:${['dead', 'beef'].join('')}`
    const hit = found(`export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${words}`, 'sidekiq-secret', words)
    assert.equal(hit.confidence, 'low')
    assert.ok(typedStandIn(words))
    const rng = new Rng(192)
    const real = `${random(rng, HEX, 8)}:${random(rng, HEX, 8)}`
    assert.equal(found(`BUNDLE_GEMS__CONTRIBSYS__COM: "${real}"`, 'sidekiq-secret', real).confidence, undefined)
    assert.equal(typedStandIn('d3adb33fc0ffee17'), false)
  })

  it('a key-length stand-in as a connection string password is shown at low confidence; user:pass stays quiet', () => {
    const stand = 'abcd1234'.repeat(8)
    const hit = found(`postgres://app:${stand}@localhost:5432/app`, 'connection-string-password', stand)
    assert.equal(hit.confidence, 'low')
    quiet('https://user:pass@example.com')
    quiet('postgres://app:changeme@db:5432/app')
  })
})

describe('IBM Cloudant and SoftLayer keys next to their names', () => {
  it('finds the 64-hex Cloudant password and a SoftLayer key, also in its API URL', () => {
    const rng = new Rng(201)
    const password = random(rng, HEX, 64)
    const softlayer = random(rng, HEX, 64)
    found(`cloudant_password='${password}'`, 'ibm-cloudant-credential', password)
    found(`"cloudant": {"password": "${password}"}`, 'ibm-cloudant-credential', password)
    found(`--softlayer-api-key "${softlayer}"`, 'softlayer-api-key', softlayer)
    found(`http://api.softlayer.com/soap/v3/${softlayer}`, 'softlayer-api-key', softlayer)
  })

  it('not without the name, not in another length, not upper-case hex', () => {
    const rng = new Rng(202)
    const hex = random(rng, HEX, 64)
    quiet(`checksum ${hex}`, 'softlayer-api-key')
    quiet(`SOFTLAYER_API_KEY=${hex}ab`, 'softlayer-api-key')
    quiet(`cloudant_password = "${hex.toUpperCase()}"`, 'ibm-cloudant-credential')
  })
})

describe('Kubernetes Secret manifests', () => {
  const manifest = (kind: string, data: string): string => `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: app\ntype: Opaque\ndata:\n${data}\n`
  const b64 = (rng: Rng, bytes: number): string => Buffer.from(random(rng, ALNUM, bytes)).toString('base64')

  it('finds the first data value of a kind: Secret, in a file and inside a JSON string', () => {
    const rng = new Rng(211)
    const value = b64(rng, 18)
    found(manifest('Secret', `  password: ${value}`), 'kubernetes-secret-data', value)
    found(manifest('"Secret"', `  password: "${value}"`), 'kubernetes-secret-data', value)
    // kind after data, a short value first (admin: 5 bytes), a comment in the block.
    const late = `apiVersion: v1\ndata:\n  # base64 of the password\n  username: ${Buffer.from('admin').toString('base64')}\n  password: ${value}\nkind: secret\n`
    found(late, 'kubernetes-secret-data', value)
    found(`{"content":"${late.replace(/\n/g, '\\n')}"}`, 'kubernetes-secret-data', value)
    // A block scalar (.dockercfg: |).
    const cfg = Buffer.from(`{"auths":{"registry.internal":{"auth":"${random(rng, ALNUM, 16)}"}}}`).toString('base64')
    found(manifest('Secret', `  .dockercfg: |\n    ${cfg}`), 'kubernetes-secret-data', cfg)
  })

  it('stays quiet on other kinds, templates, empty and tiny values, and a data: block in another document', () => {
    const rng = new Rng(212)
    const value = b64(rng, 18)
    for (const kind of ['ConfigMap', 'SopsSecret', 'ExternalSecret', 'SecretStore']) quiet(manifest(kind, `  password: ${value}`), 'kubernetes-secret-data')
    quiet(manifest('Secret', '  password: {{ .Values.password }}'), 'kubernetes-secret-data')
    quiet(manifest('Secret', `  htpasswd: ""`), 'kubernetes-secret-data')
    quiet(manifest('Secret', `  extra: ${Buffer.from('bar\n').toString('base64')}`), 'kubernetes-secret-data')
    quiet(manifest('Secret', `  password: ${Buffer.from('changeme').toString('base64')}`), 'kubernetes-secret-data')
    quiet(`kind: Secret\nmetadata:\n  name: a\n---\nkind: ConfigMap\ndata:\n  key: ${value}\n`, 'kubernetes-secret-data')
    quiet(`data: ${value}`, 'kubernetes-secret-data')
    // Server-sent events: many data: lines, no manifest.
    quiet(Array.from({length: 50}, (_, i) => `data: {"id":${i},"delta":"${value}"}`).join('\n'), 'kubernetes-secret-data')
  })

  it('judges each document of a multi-document file by its own kind', () => {
    const rng = new Rng(213)
    const config = b64(rng, 18)
    const secret = b64(rng, 18)
    const text = `kind: ConfigMap\ndata:\n  key: ${config}\n---\napiVersion: v1\nkind: Secret\ndata:\n  token: ${secret}\n`
    assert.deepEqual(scan(text).filter((f) => f.rule === 'kubernetes-secret-data').map((f) => f.line), [8])
    found(text, 'kubernetes-secret-data', secret)
  })
})

describe('curl -u KEY: (an API key as the user, no password)', () => {
  it('finds a random user before an empty password, not a name', () => {
    const rng = new Rng(221)
    for (let i = 0; i < 5; i++) {
      const key = `${random(rng, ALNUM, 11)}!`
      found(`curl -u "${key}:" https://localhost:9200`, 'curl-user-password', key)
      const api = `${'sk'}_${random(rng, ALNUM, 24)}`
      found(`curl https://api.example.test/v1/charges -u ${api}:`, 'curl-user-password', api)
    }
    quiet('curl -u admin: https://localhost:9200')
    quiet('curl -u "deploy-user:" https://ci.internal')
    quiet('curl -u $API_KEY: https://api.example.test')
  })
})

