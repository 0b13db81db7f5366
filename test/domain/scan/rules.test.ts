import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import fc from 'fast-check'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {isPublishedSample} from '../../../src/domain/scan/published-samples.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {Rng, cardNumber, fakes, githubToken, githubTokenBadChecksum, groupCard, iban, ibanBroken, luhnBroken, npmToken, opensshKey, pemKey, spacedIban} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const scan = (text: string): Finding[] => scanner.scanText(text)
const rules = (text: string): string[] => scan(text).map((f) => f.rule)

function assertFound(text: string, rule: string, value?: string): Finding {
  const found = scan(text).filter((f) => f.rule === rule)
  assert.equal(found.length, 1, `${rule} in ${JSON.stringify(text.slice(0, 200))}: got ${JSON.stringify(scan(text).map((f) => f.rule))}`)
  const finding = found[0] as Finding
  if (value !== undefined) {
    const line = text.split('\n')[finding.line - 1] ?? ''
    assert.equal(line.slice(finding.start, finding.end), value)
  }
  return finding
}

function assertClean(text: string): void {
  assert.deepEqual(rules(text), [], JSON.stringify(text.slice(0, 200)))
}

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** An SSH2 (RFC 4716, ssh.com) private key block: the format's magic, then a random body, in 70-column lines. */
function ssh2Key(rng: Rng, headers: readonly string[] = []): string {
  const body = `P2/56wAAA${rng.chars(B64, 880)}==`
  return ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', ...headers, ...(body.match(/.{1,70}/g) ?? []), '---- END SSH2 ENCRYPTED PRIVATE KEY ----'].join('\n')
}

/** True positives in several surroundings a log line gives them. */
function contexts(value: string): string[] {
  return [value, `token ${value} end`, `{"auth":"${value}"}`, `X=${value}`, `'${value}',`]
}

describe('provider secrets', () => {
  const cases: Array<[string, (rng: Rng) => string]> = [
    ['aws-access-key-id', fakes.awsKeyId],
    ['github-token', (rng) => githubToken(rng)],
    ['github-token', (rng) => githubToken(rng, 'gho_')],
    ['github-token', (rng) => githubToken(rng, 'ghs_')],
    ['github-fine-grained-token', fakes.githubFineGrained],
    ['gitlab-token', fakes.gitlab],
    ['openai-api-key', fakes.openaiProject],
    ['openai-api-key', fakes.openaiLegacy],
    ['anthropic-api-key', fakes.anthropic],
    ['google-api-key', fakes.google],
    ['groq-api-key', fakes.groq],
    ['groq-api-key', fakes.groqPlain],
    ['slack-token', fakes.slackBot],
    ['slack-webhook', fakes.slackWebhook],
    ['stripe-secret-key', fakes.stripe],
    ['twilio-api-key', fakes.twilioKey],
    ['sendgrid-api-key', fakes.sendgrid],
    ['npm-token', npmToken],
    ['pypi-token', fakes.pypi],
    ['huggingface-token', fakes.huggingface],
    ['azure-client-secret', fakes.azureClientSecret],
    ['jwt', fakes.jwt],
  ]
  for (const [rule, make] of cases) {
    it(`${rule}: ${make(new Rng(0)).slice(0, 8)}… found with exact span in every context`, () => {
      for (const seed of SEEDS) {
        const value = make(new Rng(seed))
        for (const text of contexts(value)) {
          const finding = assertFound(text, rule, value)
          assert.ok(!finding.masked.includes(value.slice(8, -4)) || value.length < 16, 'masked hides the middle')
          assert.ok(finding.masked.length < value.length)
        }
      }
    })
  }

  it('AWS secret key: next to an id, or under a secret-key name', () => {
    const rng = new Rng(11)
    const id = fakes.awsKeyId(rng)
    const secret = fakes.awsSecret(rng)
    assertFound(`aws_access_key_id=${id}\naws_secret_access_key=${secret}`, 'aws-secret-access-key', secret)
    assertFound(`{"AccessKeyId":"${id}","SecretAccessKey":"${secret}"}`, 'aws-secret-access-key', secret)
    assertFound(`export AWS_SECRET_ACCESS_KEY="${secret}"`, 'aws-secret-access-key', secret)
    // A bare 40-character string far from any key id or name is not an AWS secret.
    assert.ok(!rules(`blob ${secret}`).includes('aws-secret-access-key'))
  })

  it('AWS documentation examples are placeholders', () => {
    assertClean('AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
  })

  it('Azure keys in connection strings', () => {
    const rng = new Rng(12)
    const key = fakes.azureStorageKey(rng)
    assertFound(`DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${key};EndpointSuffix=core.windows.net`, 'azure-storage-key', key)
    const shared = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}=`
    assertFound(`Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${shared}`, 'azure-shared-access-key', shared)
    const sig = `${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43)}%3D`
    assertFound(`https://acct.blob.core.windows.net/c/b?sv=2022-11-02&ss=b&sig=${sig}`, 'azure-sas-signature', sig)
  })

  it('Twilio auth token under a Twilio name', () => {
    const token = new Rng(13).chars('0123456789abcdef', 32)
    assertFound(`TWILIO_AUTH_TOKEN=${token}`, 'twilio-auth-token', token)
  })

  it('a token in its exact format whose checksum fails: reported with confidence low and the reason, not dropped', () => {
    const rng = new Rng(14)
    for (let i = 0; i < 20; i++) {
      const bad = githubTokenBadChecksum(rng)
      const found = assertFound(`token ${bad}`, 'github-token', bad)
      assert.equal(found.confidence, 'low')
      assert.equal(found.reason, 'checksum fails: a truncated copy, an example, or a test value')
    }
    const npmBad = npmToken(rng)
    const wrong = `${npmBad.slice(0, -1)}${npmBad.endsWith('A') ? 'B' : 'A'}`
    assert.equal(assertFound(`npm ${wrong}`, 'npm-token', wrong).confidence, 'low')
    assert.equal(assertFound(`token ${githubToken(rng)}`, 'github-token').confidence, undefined, 'a valid checksum is of full confidence')
    // Where another rule reports the same value with full confidence, that finding stands alone.
    const assigned = scan(`GITHUB_TOKEN=${githubTokenBadChecksum(rng)}`)
    assert.ok(assigned.every((f) => f.confidence === undefined || f.rule === 'github-token'))
    assert.ok(assigned.length <= 1)
  })

  it('hard negatives: placeholders, look-alikes', () => {
    assertClean('OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
    assertClean('OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
    assertClean('key: <YOUR_API_KEY> token: ${API_KEY} password=changeme secret: "{{ vault.secret }}"')
    assertClean('ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
    assertClean('hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx sk_live_xxxxxxxxxxxxxxxxxxxxxxxx')
    assertClean('request_id=123e4567-e89b-12d3-a456-426614174000 trace=4bf92f3577b34da6a3ce929d0e0e4736')
    assertClean('sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 commit 356a192b7913b04c54574d18c28d46e6395428ab')
    assertClean('the task-risk ratio; disk-usage; sk-learn is a library; xoxb-your-token-here')
    assertClean('eyJhbGciOiJIUzI1NiJ9.notbase64json.sig')
    assertClean('max_tokens=4096 token_count: 1234 password_hash: $2b$12$abcdefghijklmnopqrstuv total_tokens=88')
    assertClean('slack: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')
  })

  it('Groq keys: 52 base62 characters after gsk_, random-looking; placeholders, wrong lengths and low entropy are not keys', () => {
    const rng = new Rng(16)
    const key = fakes.groqPlain(rng)
    const finding = assertFound(`GROQ_API_KEY=${key}`, 'groq-api-key', key)
    assert.equal(finding.masked, `gsk_…${key.slice(-4)}`)
    assertClean(`GROQ_API_KEY=gsk_${'x'.repeat(52)}`)
    assertClean(`GROQ_API_KEY=gsk_${'xXxX'.repeat(13)}`)
    // Not Groq keys; a free-standing one in a sentence is an unnamed token at low confidence (issue 18).
    const wrongLengths = `key ${key.slice(0, -1)} and ${key}Z and ${key}-uv and word${key}`
    assert.ok(!rules(wrongLengths).includes('groq-api-key'))
    assert.ok(scan(wrongLengths).every((f) => f.rule === 'high-entropy-token' && f.confidence === 'low'))
    // Ten characters cycling, the alphabet typed in order: in Groq's exact format, an example body,
    // reported at low confidence, not as a key (issue 18).
    assert.deepEqual(
      scan(`key gsk_${'abcdefgh12'.repeat(6).slice(0, 52)}`).map((f) => [f.rule, f.confidence, f.reason]),
      [['groq-api-key', 'low', "the provider's format with an example body: a documentation or test value"]],
    )
  })

  it('a JWT needs a header that decodes to JSON with alg', () => {
    const rng = new Rng(15)
    const payload = Buffer.from(JSON.stringify({sub: '1'})).toString('base64url')
    const noAlg = Buffer.from(JSON.stringify({typ: 'JWT'})).toString('base64url')
    assertClean(`${noAlg}.${payload}.${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 43)}`)
  })
})

describe('published example credentials', () => {
  it('an SDK\'s published example key is not reported; a key of the same shape is', () => {
    // The Firebase Android SDK's alphabet sample: one of the published examples, by digest.
    const sample = `AIzaSy${'abcdefghijklmnopqrstuvwxyz'}1234567`
    assert.ok(isPublishedSample(sample))
    assert.deepEqual(rules(`apiKey: "${sample}"`).filter((r) => r === 'google-api-key'), [])
    for (const seed of SEEDS) {
      const key = fakes.google(new Rng(seed))
      assert.equal(isPublishedSample(key), false)
      assertFound(key, 'google-api-key', key)
    }
  })
})

describe('private keys', () => {
  for (const [kind, type] of [['rsa', 'pkcs8'], ['rsa', 'pkcs1'], ['ec', 'sec1'], ['ec', 'pkcs8'], ['ed25519', 'pkcs8']] as const) {
    it(`${kind} ${type}: as a PEM block, and inside a JSON string with escaped newlines`, () => {
      const pem = pemKey(kind, type)
      const lines = `log start\n${pem}\nlog end\n`
      const finding = assertFound(lines, 'private-key')
      assert.equal(finding.line, 2)
      assert.equal(finding.endLine, pem.trimEnd().split('\n').length + 1)
      assert.match(finding.masked, /^-----BEGIN [A-Z ]*PRIVATE KEY-----…$/)
      const json = JSON.stringify({id: 1, credentials: {private_key: pem}})
      const inJson = assertFound(json, 'private-key')
      assert.equal(inJson.jsonPath, '$.credentials.private_key')
      // The same key found in either form has the same fingerprint input (the base64 body).
      assert.equal(inJson.fingerprint, finding.fingerprint)
    })
  }

  it('OpenSSH, encrypted and truncated keys; placeholders are not keys', () => {
    const rng = new Rng(16)
    assertFound(opensshKey(rng), 'private-key')
    const body = pemKey('rsa').split('\n').slice(1, 8).join('\n')
    assertFound(`-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${rng.chars('0123456789ABCDEF', 32)}\n\n${body}\n-----END RSA PRIVATE KEY-----`, 'private-key')
    assertFound(`-----BEGIN PRIVATE KEY-----\n${body}`, 'private-key')
    assertClean('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----')
    assertClean('-----BEGIN RSA PRIVATE KEY-----\nMIIE...your key here...\n-----END RSA PRIVATE KEY-----')
    assertClean('-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----')
  })

  it('SSH2 (RFC 4716): with and without headers, as lines and inside a JSON string, one fingerprint', () => {
    for (const headers of [[], ['Comment: "rsa-key-20260402, ops"'], ['Subject: ops', 'Comment: "a long comment \\', 'continued on the next line"']]) {
      const key = ssh2Key(new Rng(21), headers)
      const lines = `log start\n${key}\nlog end\n`
      const finding = assertFound(lines, 'private-key')
      assert.equal(finding.line, 2)
      assert.equal(finding.start, 0)
      assert.equal(finding.endLine, key.split('\n').length + 1)
      assert.equal(finding.end, '---- END SSH2 ENCRYPTED PRIVATE KEY ----'.length)
      assert.equal(finding.masked, '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----…')
      const inJson = assertFound(JSON.stringify({id: 1, key}), 'private-key')
      assert.equal(inJson.jsonPath, '$.key')
      if (headers.length < 3) assert.equal(inJson.fingerprint, finding.fingerprint, 'the same base64 body either way')
      // The body is the fingerprint input, so the same key with other headers is the same value.
      assert.equal(finding.fingerprint, assertFound(ssh2Key(new Rng(21)), 'private-key').fingerprint)
    }
  })

  it('SSH2: a key cut off before its END line, an unencrypted label; placeholders and public keys are not keys', () => {
    const key = ssh2Key(new Rng(22), ['Comment: "cut off"'])
    const cut = key.split('\n').slice(0, 6).join('\n')
    const finding = assertFound(`${cut}\n`, 'private-key')
    assert.equal(finding.endLine, 6)
    assertFound(key.replaceAll('SSH2 ENCRYPTED PRIVATE KEY', 'SSH2 PRIVATE KEY'), 'private-key')
    assertClean('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "my key"\n...your key here...\n---- END SSH2 ENCRYPTED PRIVATE KEY ----')
    assertClean(`---- BEGIN SSH2 PUBLIC KEY ----\nComment: "pub"\n${new Rng(23).chars(B64, 300)}\n---- END SSH2 PUBLIC KEY ----`)
  })
})

describe('connection strings and generic assignments', () => {
  it('finds the password, not the whole URL, and masks it out', () => {
    const rng = new Rng(17)
    for (const scheme of ['postgres', 'postgresql', 'mysql', 'mongodb+srv', 'amqp']) {
      const password = fakes.password(rng)
      const finding = assertFound(`DATABASE_URL=${scheme}://app_user:${password}@db-1.internal:5432/prod`, 'connection-string-password', password)
      assert.equal(finding.masked, `${scheme}://app_user:…@db-1.internal`)
    }
    assertFound('REDIS_URL=redis://:s3cr3tP4ss@cache:6379/0', 'connection-string-password', 's3cr3tP4ss')
    // A password holding "@" runs to the authority's last one.
    assertFound('DATABASE_URL=postgres://app:p@ss9Wq2Lz81@db.internal:5432/prod', 'connection-string-password', 'p@ss9Wq2Lz81')
  })

  it('ignores templated and placeholder connection strings', () => {
    assertClean('postgres://user:password@localhost/db postgres://app:${DB_PASSWORD}@db/app mongodb://admin:<password>@host redis://:****@cache')
    // The user name again (a default), or a constant's name to be replaced.
    assertClean('postgres://postgres:postgres@localhost:5432/db mysql://admin:REPLACE_WITH_PASSWORD@localhost:3306/app')
  })

  it('generic secrets need a secret name and a random-looking value', () => {
    const rng = new Rng(18)
    // A chosen password may hold any character; an issued token or key is drawn from a token alphabet.
    for (const template of ['password=%', 'db_password: "%"', 'PGPASSWORD=%', 'credentials: %']) {
      const value = fakes.password(rng)
      assertFound(template.replace('%', value), 'generic-secret', value)
    }
    for (const template of ["API_KEY='%'", '{"client_secret": "%"}', 'auth_token := %', 'SECRET_KEY => %', 'private_key: %']) {
      const value = `k${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+/', 31)}`
      assertFound(template.replace('%', value), 'generic-secret', value)
    }
    assertFound('Authorization: Bearer 8f2kD93mPqLx7Zt1Vb4nQw0RsY6uHc', 'bearer-token', '8f2kD93mPqLx7Zt1Vb4nQw0RsY6uHc')
    assertClean('password=changeme password: "hunter" token: string secret=${SECRET} api_key=process.env.API_KEY password: null')
    assertClean('passwordless=true token_type=bearer auth=basic secret_name: prod-db-password access_key_id: primary')
  })

  it('guards: code, references, identifiers, stand-ins and text in place of a token are not secrets', () => {
    const token = `k${new Rng(21).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 31)}`
    // Code expressions: a call, a member path, an index, a YAML key with nothing after it.
    assertClean('secret := os.GetEnv("APP_SECRET") administrator_login_password = var.db_password api_token = cfg.Tokens[0]')
    assertClean('auth0_credentials:\n  apiToken:\n    value')
    // Names that mark the value as a stand-in.
    for (const name of ['nonMatchingToken', 'fake_api_key', 'DUMMY_SECRET', 'exampleToken', 'invalid_token', 'BAD_API_KEY']) assertClean(`${name} = "${token}"`)
    // Counting in a short value; the name's own word with digits; a date; a host name; an e-mail address.
    assertClean('apiKey := "API-1234" token = "1a2b3c4d" secret=abcd9876 password=secret123 token: Password1!')
    assertClean('SAS_TOKEN=st=2025-03-04T07:24:52Z&se=2025-04-04T15:24:52Z secret = "4f2a9c.invoiceocean.net"')
    assert.deepEqual(rules('credentials: ops.admin@example.org'), ['email'])
    // Characters no issued token has, under a token or key name; a chosen password may hold them.
    for (const value of ['u+C4lGv0?ct7TlvSUDoc', '2xN7puShxzNf5fZleQthTg305l95D3gSD%c^', '987ahjjdasgUcaaraAdd|poiuy76RaEf90ertgh0K', 'MBqIYgxH0vZaL1s5314lgPDLqHX^ZsY59PSew63A'])
      for (const name of ['api_key', 'auth_token', 'client_secret']) assertClean(`${name} = '${value}'`)
    assertFound("db_password = 'u+C4lGv0?ct7TlvSUDoc'", 'generic-secret', 'u+C4lGv0?ct7TlvSUDoc')
    // A value that is a pair of its own is judged, and reported, by its own value.
    assertFound(`percy token = 'PERCY_TOKEN=${token}'`, 'generic-secret', token)
    // Still found: a random value in each position.
    for (const text of [`apiKey := "${token}"`, `token: ${token}`, `secret = "${token}" # set by ops`, `client_secret=${token}&grant_type=x`]) assertFound(text, 'generic-secret', token)
  })

  it('a value holding &, ; or , is taken whole; the next key=value pair is not part of it', () => {
    const cases: Array<[string, string]> = [
      ['password=Tr0ub4dor&3xYz!', 'Tr0ub4dor&3xYz!'],
      ['DB_PASSWORD="pa;ss,W0rd&Zq9x"', 'pa;ss,W0rd&Zq9x'],
      ["passphrase: 'K9x;2a&b,Qz'", 'K9x;2a&b,Qz'],
      ['{"password":"a,b;c&dQ9x7z","user":"bob"}', 'a,b;c&dQ9x7z'],
      ['password=abc123Xy9&user=bob', 'abc123Xy9'],
      ['Server=tcp:db,1433;Database=app;Password=Str0ng;P4ss;Database=prod', 'Str0ng;P4ss'],
      ['Server=db;Password=Str0ngP4ss;User Id=sa;Persist Security Info=False', 'Str0ngP4ss'],
      ['GET /cb?token=abc123DEF456&amp;state=x', 'abc123DEF456'],
      ['password=Tr0ub4dor&3xYz!, then more text', 'Tr0ub4dor&3xYz!'],
    ]
    for (const [text, value] of cases) assertFound(text, 'generic-secret', value)
    assert.equal(assertFound('password=Tr0ub4dor&3xYz!', 'generic-secret').length, 'Tr0ub4dor&3xYz!'.length)
  })

  it("a shell default (${DB_PASS:-value}, :=, :+, :?) is the value, without the operator", () => {
    for (const [text, value] of [
      ['password=${DB_PASS:-Fallback99xQ}', 'Fallback99xQ'],
      ['export PGPASSWORD=${PGPASSWORD:=Zq8vN3kLm2}', 'Zq8vN3kLm2'],
      ['api_token=${API_TOKEN:+k7Hq2mZp9Lx}', 'k7Hq2mZp9Lx'],
    ] as const) {
      assertFound(text, 'generic-secret', value)
    }
    // Not after a shell parameter: a leading dash stays part of the value.
    assertFound('token: -Ab3dE5fG7hJ9kL', 'generic-secret', '-Ab3dE5fG7hJ9kL')
    assertClean('password=${DB_PASS} secret=${API_SECRET:?must be set}')
  })

  it('placeholders stay placeholders, quoted or not, followed by another pair or not', () => {
    for (const value of ['${DB_PASS}', '<your-password>', '{{ db_pass }}', 'process.env.DB_PASSWORD', '%(password)s']) {
      for (const template of ['password=%', 'password="%"', "password='%'", 'password=%&user=bob', 'password=%;Database=prod', '{"password":"%"}']) {
        assertClean(template.replace('%', value))
      }
    }
    assertClean('"token": "Use the token from step 2, then the secret: see the docs"')
  })

  it('property: a value with separators is found whole in every form, or not at all, never cut short', () => {
    const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!*.-_'
    const part = fc.string({unit: fc.constantFrom(...chars), minLength: 3, maxLength: 10})
    const value = fc
      .tuple(part, fc.array(fc.tuple(fc.constantFrom('&', ';', ','), part), {minLength: 1, maxLength: 4}))
      .map(([head, rest]) => head + rest.map(([sep, p]) => sep + p).join(''))
    let found = 0
    fc.assert(
      fc.property(value, (v) => {
        if (scan(`password=${v}`).length > 0) found++
        for (const text of [`password=${v}`, `password=${v}&user=bob`, `PASSWORD="${v}"`, `{"db_password":"${v}","user":"bob"}`, `Server=db;Password=${v};Database=prod`]) {
          const found = scan(text).filter((f) => f.rule === 'generic-secret')
          assert.ok(found.length <= 1, text)
          const f = found[0]
          if (f !== undefined) assert.equal(text.slice(f.start, f.end), v, text)
        }
      }),
      {numRuns: 300, seed: 4},
    )
    assert.ok(found >= 270, `most random values are found (${found} of 300)`)
  })

  it("pl's own redaction placeholders are not secrets, while a value beside one still is", () => {
    assertClean('GITHUB_TOKEN=[REDACTED:github-token:808f2995] db_password: "[REDACTED:generic-secret:1a2b3c4d]"')
    assertClean('[REDACTED:bearer-token:0f9e8d7c] [REDACTED:private-key:a1b2c3d4] [REDACTED:connection-string-password:deadbeef]')
    assertClean('{"content":"key [REDACTED:aws-secret-access-key:12ab34cd] and [REDACTED:twilio-auth-token:9a8b7c6d]"}')
    const value = fakes.password(new Rng(20))
    assertFound(`[REDACTED:github-token:808f2995] password=${value}`, 'generic-secret', value)
    // Not a placeholder: the same shape without the [REDACTED:<rule>: head is read as a value again.
    assertFound('[note secret:9f3c07e1]', 'generic-secret', '9f3c07e1')
  })

  it('an OpenAI key of any format (legacy, project, service account, admin) carries T3BlbkFJ', () => {
    const rng = new Rng(23)
    const B64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    for (const prefix of ['sk-proj-', 'sk-svcacct-', 'sk-admin-']) {
      assertClean(`key ${prefix}${rng.chars(B64URL_CHARS, 120)}`)
      const key = `${prefix}${rng.chars(B64URL_CHARS, 74)}T3BlbkFJ${rng.chars(B64URL_CHARS, 74)}`
      assertFound(`key ${key}`, 'openai-api-key', key)
    }
  })

  it('a provider token whose body is the alphabet typed in order is a stand-in', () => {
    assertClean('sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA')
    assertClean('AIzaSyCjkL9m2nOp4qRsTuVwXyZ0a1B2c3D4e5F')
    const key = fakes.anthropic(new Rng(22))
    assertFound(`key ${key}`, 'anthropic-api-key', key)
  })

  it('a provider rule wins over the generic one for the same value', () => {
    const token = githubToken(new Rng(19))
    assert.deepEqual(rules(`GITHUB_TOKEN=${token}`), ['github-token'])
  })
})

describe('PII', () => {
  it('e-mail addresses, not file names or package versions', () => {
    const rng = new Rng(20)
    const address = fakes.email(rng)
    const finding = assertFound(`from: ${address};`, 'email', address)
    assert.ok(finding.masked.startsWith(address[0] ?? '') && finding.masked.includes('…@'))
    assertClean('icon@2x.png lodash@4.17.21 @scope/pkg user@ name@localhost')
  })

  it('phone numbers in E.164 and North American forms, conservatively', () => {
    const rng = new Rng(21)
    for (let i = 0; i < 10; i++) {
      const e164 = fakes.phoneE164(rng)
      assertFound(`call ${e164} now`, 'phone', e164)
      const us = fakes.phoneUs(rng)
      assertFound(`tel: ${us}.`, 'phone', us)
    }
    assertFound('cell 415-555-2671', 'phone', '415-555-2671')
    assertClean('version 1.2.3.4 at 2024-01-15 10:00:00+01:00 id 123-456-7890 port 8080 +12 years')
    // A private address is reported, at low confidence; it is not a phone number.
    assert.deepEqual(scan('ip 10.0.0.1 +12 years').map((f) => `${f.rule} ${f.confidence ?? ''}`), ['ip-address low'])
  })

  it('payment cards: Luhn-valid numbers in issuer ranges, in printed groupings', () => {
    const rng = new Rng(22)
    for (const brand of ['visa', 'mastercard', 'amex'] as const) {
      const card = cardNumber(rng, brand)
      assertFound(`card ${card} ok`, 'payment-card', card)
      assertFound(`card ${groupCard(card)} ok`, 'payment-card', groupCard(card))
      assertFound(`card ${groupCard(card, '-')} ok`, 'payment-card', groupCard(card, '-'))
      assertClean(`card ${luhnBroken(card)} ok`)
    }
    assertClean('ts=1700000000000 order 1234567812345670 4111 1111-1111 1111 0000000000000000')
  })

  it('GitHub App installation tokens in the JWT form (ghs_, the installation id, a JWT whose header names its algorithm)', () => {
    const rng = new Rng(51)
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const header = part({alg: 'RS256', typ: 'JWT'})
    const payload = part({iat: 1700000000 + rng.int(1e6), exp: 1700000600, iss: rng.digits(6), sub: `github|${rng.digits(6)}`})
    const signature = rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43)
    const value = `ghs_${rng.digits(5)}_${header}.${payload}.${signature}`
    const finding = assertFound(`GITHUB_TOKEN: ${value} (installation)`, 'github-app-token', value)
    assert.equal(finding.masked, `ghs_…${value.slice(-4)}`)
    // A header that is not a JWT's is not one.
    assertClean(`token ghs_${rng.digits(5)}_eyJ${rng.chars('abcdefghij', 20)}.${payload}.${signature}`)
  })

  it('published test card numbers are reported as test data, with low confidence', () => {
    for (const text of ['card 4111111111111111 ok', 'card 4111 1111 1111 1111 ok', 'amex 3782-822463-10005 ok', 'uatp 122000000000003']) {
      const cards = scanner.scanText(text).filter((f) => f.rule === 'payment-card')
      assert.equal(cards.length, 1, text)
      assert.equal(cards[0]?.confidence, 'low', text)
      assert.match(cards[0]?.reason ?? '', /test card number/)
    }
  })

  it('internationalized e-mail addresses: Unicode local parts and domains, punycode', () => {
    for (const address of ['josé.garcía@correo.españa.es', '用户@例子.广告', 'a@xn--d1acufc.xn--p1ai', 'müller@bücher.de']) {
      assertFound(`write to ${address} today`, 'email', address)
    }
    assertClean('icon@2x.png lodash@4.17.21 @scope/pkg name@localhost')
  })

  it('IBANs with a valid mod-97, compact or spaced; broken check digits are not', () => {
    const rng = new Rng(23)
    for (let i = 0; i < 10; i++) {
      const value = iban(rng)
      assertFound(`pay to ${value} today`, 'iban', value)
      assertFound(`IBAN: ${spacedIban(value)}`, 'iban', spacedIban(value))
      assertClean(`pay to ${ibanBroken(value)} today`)
    }
  })

  it('US SSNs under the SSA rules, and undashed only next to a label', () => {
    const rng = new Rng(24)
    const ssn = fakes.ssn(rng)
    assertFound(`ssn ${ssn}`, 'us-ssn', ssn)
    assertFound('SSN: 536221234', 'us-ssn', '536221234')
    assertClean('000-12-3456 666-12-3456 912-12-3456 536-00-1234 078-05-1120 2024-01-15 ref 536221234')
    // After a phone word, nine digits are a phone number (Polish, Spanish), not an SSN.
    assert.deepEqual(rules('call 536221234'), ['phone'])
  })
})
