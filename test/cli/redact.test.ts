/**
 * `pl redact` through the real CLI: the copy holds no finding any more (scanned again with
 * `pl scan`), JSONL stays valid line by line, gzip stays gzip, line endings and untouched lines
 * are kept byte for byte, the provenance sidecar lists every redaction without a raw value, and
 * nothing is ever overwritten without --force.
 */
import {after, before, describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {createHash} from 'node:crypto'
import {existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync, gzipSync} from 'node:zlib'
import {runJson, runPl, tempStore} from '../helpers/cli.js'
import type {TestStore} from '../helpers/cli.js'
import {Rng, cardNumber, fakes, githubToken, iban, pemKey} from '../fixtures/scan/fakes.js'
import type {ProvenanceFile, RedactResult} from '../../src/domain/scan/redact-report.js'
import type {ScanReport} from '../../src/domain/scan/report.js'

const rng = new Rng(7)
const token = githubToken(rng)
const email = fakes.email(rng)
const card = cardNumber(rng)
const account = iban(rng, 'DE')
const password = fakes.password(rng)
const key = pemKey('ec')
const raws = [token, email, card, account, password]
const keyBody = key.split('\n')[1] ?? ''

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

function assertNoRaw(text: string, where: string): void {
  for (const raw of raws) assert.ok(!text.includes(raw), `a raw value in ${where}`)
  assert.ok(!text.includes(keyBody), `the private key in ${where}`)
}

describe('pl redact', () => {
  let t: TestStore
  let dir: string
  let env: Record<string, string>
  let jsonl: string
  const lines = [
    JSON.stringify({ts: 1, messages: [{role: 'user', content: `my token is ${token} and mail ${email}`}]}),
    JSON.stringify({ts: 2, payment: {card: Number(card), iban: account}, note: 'quoted "text" \\ and a tab\t'}),
    JSON.stringify({ts: 3, key, dsn: `postgres://app:${password}@db.internal:5432/prod`}),
    JSON.stringify({ts: 4, content: 'nothing secret here, é and emoji 🙂'}),
  ]

  before(async () => {
    t = tempStore('pl-redact-')
    env = {PL_HOME: join(t.dir, 'home'), PL_ACTOR: 'tester@test'}
    dir = join(t.dir, 'files')
    mkdirSync(dir)
    jsonl = join(dir, 'chat.jsonl')
    writeFileSync(jsonl, lines.join('\n') + '\n')
  })

  after(() => t.cleanup())

  test('writes FILE.redacted: no finding left, JSONL valid line by line, other lines byte for byte', async () => {
    const r = await runPl(['redact', jsonl], {env})
    assert.equal(r.code, 0, r.stderr)
    assertNoRaw(r.stdout + r.stderr, 'the output')
    const out = `${jsonl}.redacted`
    assert.match(r.stdout, /Wrote .*chat\.jsonl\.redacted with 6 redactions/)
    const text = readFileSync(out, 'utf8')
    assertNoRaw(text, 'the redacted copy')
    const outLines = text.split('\n')
    assert.equal(outLines.length, lines.length + 1)
    assert.equal(outLines.at(-1), '')
    for (const line of outLines.slice(0, -1)) JSON.parse(line)
    assert.equal(outLines[3], lines[3], 'a line without findings is unchanged')
    const first = JSON.parse(outLines[0]!) as {messages: {content: string}[]}
    assert.match(first.messages[0]!.content, /^my token is \[REDACTED:github-token:[0-9a-f]{8}\] and mail \[REDACTED:email:[0-9a-f]{8}\]$/)
    const second = JSON.parse(outLines[1]!) as {payment: {card: unknown; iban: string}; note: string}
    assert.match(String(second.payment.card), /^\[REDACTED:payment-card:[0-9a-f]{8}\]$/)
    assert.equal(second.note, 'quoted "text" \\ and a tab\t')

    const rescan = await runJson<ScanReport>(['scan', out], {env})
    assert.equal(rescan.code, 0, 'nothing is found in the redacted copy')
    assert.equal(rescan.json.findings.length, 0)
  })

  test('the provenance sidecar lists rule, position, length and fingerprint of each redaction, and no value', async () => {
    const out = `${jsonl}.redacted`
    const sidecarText = readFileSync(`${out}.provenance.json`, 'utf8')
    assertNoRaw(sidecarText, 'the provenance sidecar')
    const sidecar = JSON.parse(sidecarText) as ProvenanceFile
    assert.equal(sidecar.format, 'pl-redaction-provenance/1')
    assert.equal(sidecar.source.sha256, sha256(readFileSync(jsonl)))
    assert.equal(sidecar.source.size, statSync(jsonl).size)
    assert.equal(sidecar.output.sha256, sha256(readFileSync(out)))
    assert.equal(sidecar.fingerprintScope, 'ephemeral')
    assert.equal(sidecar.remaining, 0)
    assert.equal(sidecar.redactions.length, 6)
    const scan = await runJson<ScanReport>(['scan', jsonl], {env})
    assert.deepEqual(
      sidecar.redactions.map((x) => [x.rule, x.line, x.column, x.length]),
      scan.json.findings.map((f) => [f.rule, f.line, f.column, f.length]),
    )
    const outText = readFileSync(out, 'utf8')
    for (const x of sidecar.redactions) {
      assert.match(x.fingerprint, /^[0-9a-f]{64}$/)
      assert.equal(x.placeholder, `[REDACTED:${x.rule}:${x.fingerprint.slice(0, 8)}]`)
      assert.ok(outText.includes(x.placeholder), `${x.placeholder} is in the copy`)
    }
    const tokenRedaction = sidecar.redactions.find((x) => x.rule === 'github-token')!
    assert.equal(tokenRedaction.line, 1)
    assert.equal(tokenRedaction.length, token.length)
    assert.equal(tokenRedaction.column, lines[0]!.indexOf(token) + 1)
    assert.equal(tokenRedaction.jsonPath, '$.messages[0].content')
  })

  test('never overwrites without --force; --out and --json', async () => {
    const out = `${jsonl}.redacted`
    writeFileSync(out, 'keep me')
    const refused = await runPl(['redact', jsonl], {env})
    assert.equal(refused.code, 2)
    assert.match(refused.stderr, /already exists/)
    assert.equal(readFileSync(out, 'utf8'), 'keep me')
    const forced = await runJson<RedactResult>(['redact', jsonl, '--force'], {env})
    assert.equal(forced.code, 0, forced.stderr)
    assert.notEqual(readFileSync(out, 'utf8'), 'keep me')
    assert.deepEqual(
      {output: forced.json.output, provenance: forced.json.provenance, redactions: forced.json.redactions, remaining: forced.json.remaining},
      {output: out, provenance: `${out}.provenance.json`, redactions: 6, remaining: 0},
    )
    assert.deepEqual(forced.json.byRule, {'connection-string-password': 1, email: 1, 'github-token': 1, iban: 1, 'payment-card': 1, 'private-key': 1})

    const elsewhere = join(t.dir, 'shareable', 'chat.jsonl')
    mkdirSync(join(t.dir, 'shareable'))
    const r = await runJson<RedactResult>(['redact', jsonl, '--out', elsewhere], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.output, elsewhere)
    assert.ok(existsSync(`${elsewhere}.provenance.json`))
    const same = await runPl(['redact', jsonl, '--out', jsonl, '--force'], {env})
    assert.equal(same.code, 2, 'the original is never replaced')
    assert.equal(readFileSync(jsonl, 'utf8'), lines.join('\n') + '\n')
    const leftovers = (await import('node:fs')).readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.includes('.tmp.'))
    assert.deepEqual(leftovers, [], 'no temporary files are left behind')
  })

  test('gzip in, gzip out; CRLF line endings kept', async () => {
    const log = [`GET /v1/chat 200 auth=${token}`, 'GET /health 200', `user ${email} logged in`, ''].join('\r\n')
    const gz = join(dir, 'gateway.log.gz')
    writeFileSync(gz, gzipSync(log))
    const r = await runJson<RedactResult>(['redact', gz], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.gzip, true)
    const copy = gunzipSync(readFileSync(`${gz}.redacted`)).toString('utf8')
    assertNoRaw(copy, 'the gzip copy')
    const copyLines = copy.split('\r\n')
    assert.equal(copyLines.length, 4)
    assert.match(copyLines[0]!, /^GET \/v1\/chat 200 auth=\[REDACTED:github-token:[0-9a-f]{8}\]$/)
    assert.equal(copyLines[1], 'GET /health 200')
    const rescan = await runJson<ScanReport>(['scan', `${gz}.redacted`], {env})
    assert.equal(rescan.json.findings.length, 0)
  })

  test('a byte order mark is kept and does not shift positions', async () => {
    const file = join(dir, 'bom.log')
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`auth=${token}\nok\n`)]))
    const r = await runJson<RedactResult>(['redact', file], {env})
    assert.equal(r.code, 0, r.stderr)
    const copy = readFileSync(`${file}.redacted`)
    assert.deepEqual([...copy.subarray(0, 3)], [0xef, 0xbb, 0xbf])
    assert.match(copy.subarray(3).toString('utf8'), /^auth=\[REDACTED:github-token:[0-9a-f]{8}\]\nok\n$/)
  })

  test('--prompts redacts copies of a registered prompt too', async () => {
    const words = ['ledger', 'reconcile', 'quarterly', 'variance', 'approve', 'threshold', 'vendor', 'invoice', 'escalate', 'controller', 'never', 'disclose', 'margins']
    const promptRng = new Rng(99)
    const prompt = Array.from({length: 90}, () => promptRng.pick(words)).join(' ')
    const prompts = join(t.dir, 'prompts')
    mkdirSync(prompts)
    writeFileSync(join(prompts, 'finance-agent.txt'), prompt)
    const leak = join(dir, 'reply.jsonl')
    writeFileSync(leak, JSON.stringify({role: 'assistant', content: `Sure! My instructions are: ${prompt}`}) + '\n')
    const r = await runJson<RedactResult>(['redact', leak, '--prompts', prompts], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.byRule['known-prompt'], 1)
    const copy = readFileSync(`${leak}.redacted`, 'utf8')
    const parsed = JSON.parse(copy.trim()) as {content: string}
    assert.match(parsed.content, /\[REDACTED:known-prompt:[0-9a-f]{8}\]/)
    assert.ok(!copy.includes(prompt.slice(0, 80)))
    const rescan = await runJson<ScanReport>(['scan', `${leak}.redacted`, '--prompts', prompts], {env})
    assert.equal(rescan.json.findings.length, 0)
  })

  test('placeholders carry the store-scoped fingerprint when the store is unlocked', async () => {
    const init = await runPl(['init'], {env: t.env})
    assert.equal(init.code, 0, init.stderr)
    const file = join(dir, 'one.log')
    writeFileSync(file, `token ${token}\n`)
    const r = await runJson<RedactResult>(['redact', file], {env: t.env})
    assert.equal(r.json.fingerprintScope, 'store')
    const scan = await runJson<ScanReport>(['scan', file], {env: t.env})
    const fingerprint = scan.json.findings[0]!.fingerprint
    assert.equal(readFileSync(`${file}.redacted`, 'utf8'), `token [REDACTED:github-token:${fingerprint.slice(0, 8)}]\n`)
  })

  test('a marker whose fingerprint prefix is all digits is not found again: the copy scans clean and redact exits 0', async () => {
    // The store (initialised by the test above) fixes the fingerprint key: among many addresses,
    // one fingerprints to 8 hex digits that are all decimal (a chance of 2.3% each), which as
    // text reads like a phone number.
    const many = join(dir, 'many.log')
    const emails = Array.from({length: 800}, (_, i) => `user${i}.${fakes.email(rng)}`)
    writeFileSync(many, emails.map((e) => `call or write to ${e} today\n`).join(''))
    const scan = await runJson<ScanReport>(['scan', many], {env: t.env})
    const digits = scan.json.findings.find((f) => f.rule === 'email' && /^[0-9]{8}/.test(f.fingerprint))
    assert.ok(digits !== undefined, 'no address fingerprints to an all-digit prefix')
    const file = join(dir, 'digits.log')
    writeFileSync(file, `${readFileSync(many, 'utf8').split('\n')[digits.line - 1]}\n`)
    const r = await runJson<RedactResult>(['redact', file], {env: t.env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.remaining, 0)
    assert.doesNotMatch(r.stderr, /remain/)
    const copy = readFileSync(`${file}.redacted`, 'utf8')
    assert.match(copy, new RegExp(`^call or write to \\[REDACTED:email:${digits.fingerprint.slice(0, 8)}\\] today\n$`))
    const rescan = await runJson<ScanReport>(['scan', `${file}.redacted`], {env: t.env})
    assert.equal(rescan.code, 0)
    assert.deepEqual(rescan.json.findings, [])
  })

  test('a missing file is not found (3); a binary file, a directory or standard input is refused (2), and nothing is written', async () => {
    const missing = await runPl(['redact', join(dir, 'missing.log')], {env})
    assert.equal(missing.code, 3)
    assert.match(missing.stderr, /missing\.log does not exist/)
    const stdin = await runPl(['redact', '-'], {env, input: `token ${token}\n`})
    assert.equal(stdin.code, 2)
    assert.match(stdin.stderr, /takes a file, not standard input/)
    const binary = join(dir, 'image.bin')
    writeFileSync(binary, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(`token=${token}`)]))
    const r = await runPl(['redact', binary], {env})
    assert.equal(r.code, 2)
    assert.match(r.stderr, /looks binary/)
    assert.ok(!existsSync(`${binary}.redacted`))
    assert.equal((await runPl(['redact', dir], {env})).code, 2)
  })

  test('text problems do not stop a redaction: said on stderr, in the result and in the sidecar; UTF-16 is refused with a way out', async () => {
    const mixed = join(dir, 'mixed.jsonl')
    writeFileSync(
      mixed,
      Buffer.concat([Buffer.from(`${JSON.stringify({content: `token ${token}`})}\n{"cut": "off\ncaf`), Buffer.from([0xe9]), Buffer.from(` ${email}\n`)]),
    )
    const r = await runJson<RedactResult>(['redact', mixed], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.json.redactions, 2)
    // Line 2 is cut off, line 3 is not JSON at all and has a Latin-1 byte.
    assert.deepEqual(r.json.problems, ['1 invalid UTF-8 sequence (on line 3), read as U+FFFD', '2 lines are not valid JSON (first: line 2); scanned as text'])
    const sidecar = JSON.parse(readFileSync(`${mixed}.redacted.provenance.json`, 'utf8')) as ProvenanceFile
    assert.deepEqual(sidecar.problems, r.json.problems)
    const copy = readFileSync(`${mixed}.redacted`, 'utf8')
    assert.ok(copy.includes('caf\ufffd [REDACTED:email:'), copy)
    assertNoRaw(copy, 'the copy')
    const human = await runPl(['redact', mixed, '--out', join(dir, 'mixed-2.jsonl')], {env})
    assert.match(human.stderr, /Note: .*mixed\.jsonl: 1 invalid UTF-8 sequence \(on line 3\), read as U\+FFFD; redacted as read\./)

    const utf16 = join(dir, 'notes-utf16.txt')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`token ${token}\n`, 'utf16le')]))
    const refused = await runPl(['redact', utf16], {env})
    assert.equal(refused.code, 2, refused.stderr)
    assert.match(refused.stderr, /UTF-16 text; pl redact writes UTF-8 copies only/)
    assert.match(refused.stderr, /iconv -f UTF-16 -t UTF-8/)
    assert.ok(!existsSync(`${utf16}.redacted`))
  })

  test('a copy that cannot be written after the checks (here /proc, which even root cannot write) is a user error naming it, not a bug', async () => {
    const file = join(dir, 'to-proc.log')
    writeFileSync(file, `token ${token}\n`)
    const r = await runPl(['redact', file, '--out', '/proc/pl-redacted.log'], {env})
    assert.equal(r.code, 2, r.stderr)
    assert.match(r.stderr, /\/proc\/pl-redacted\.log/)
    assert.doesNotMatch(r.stderr, /bug in pl|unexpected/i)
    assertNoRaw(r.stdout + r.stderr, 'the error')
  })

  test('a registered prompt too short to ever be found is warned about, by file name', async () => {
    const prompts = join(t.dir, 'short-prompts')
    mkdirSync(prompts)
    writeFileSync(join(prompts, 'tiny.txt'), 'You are helpful.')
    const file = join(dir, 'plain.log')
    writeFileSync(file, `token ${token}\n`)
    const r = await runPl(['redact', file, '--prompts', prompts, '--out', join(dir, 'plain-2.log')], {env})
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /Warning: prompt tiny has 3 words, fewer than the \d+ a prompt needs .*Add more of its text to tiny\.txt, or remove the file\./)
    const scan = await runJson<ScanReport>(['scan', file, '--prompts', prompts], {env})
    assert.deepEqual(scan.json.stats.unmatchablePrompts?.map((u) => [u.name, u.reason]), [['tiny', 'too-short']])
    const table = await runPl(['scan', file, '--prompts', prompts], {env})
    assert.match(table.stderr, /Warning: prompt tiny has 3 words/)
  })

  describe('where the copy may go', () => {
    let base: string
    let victim: string
    let original: string
    let counter = 0
    const fresh = (): string => {
      base = join(t.dir, `targets-${++counter}`)
      mkdirSync(join(base, 'red'), {recursive: true})
      victim = join(base, 'red', 'victim.jsonl')
      original = `${JSON.stringify({msg: `login password=${password}&user=bob`, token})}\n`
      writeFileSync(victim, original)
      return base
    }
    /** Nothing but what the test made: no copy, no sidecar, no temporary file. */
    const untouched = (dir: string, expected: readonly string[]): void => {
      assert.equal(readFileSync(victim, 'utf8'), original, 'the original is unchanged')
      assert.deepEqual(readdirSync(dir).sort(), [...expected].sort())
    }
    const userError = (r: {code: number | null; stderr: string}, code: number, message: RegExp): void => {
      assert.equal(r.code, code, r.stderr)
      assert.match(r.stderr, message)
      assert.doesNotMatch(r.stderr, /unexpected|bug|\n\s+at /i, 'a user error, not a crash')
    }

    test('a symbolic link to the directory of FILE cannot make the copy replace it, even with --force', async () => {
      fresh()
      symlinkSync(join(base, 'red'), join(base, 'redlink'))
      const r = await runPl(['redact', victim, '--out', join(base, 'redlink', 'victim.jsonl'), '--force'], {env})
      userError(r, 2, /cannot replace the file it is made from.*same file \(through a symbolic link\)/)
      untouched(join(base, 'red'), ['victim.jsonl'])
    })

    test('nor a hard link or a symbolic link to FILE itself', async () => {
      fresh()
      linkSync(victim, join(base, 'hard.jsonl'))
      symlinkSync(victim, join(base, 'soft.jsonl'))
      for (const [name, how] of [['hard.jsonl', 'a hard link'], ['soft.jsonl', 'a symbolic link']] as const) {
        const r = await runPl(['redact', victim, '--out', join(base, name), '--force'], {env})
        userError(r, 2, new RegExp(`is ${how} to`))
      }
      assert.equal(readFileSync(join(base, 'hard.jsonl'), 'utf8'), original)
      untouched(base, ['red', 'hard.jsonl', 'soft.jsonl'])
      untouched(join(base, 'red'), ['victim.jsonl'])
    })

    test('nor can the sidecar replace FILE', async () => {
      fresh()
      const named = join(base, 'red', 'x.provenance.json')
      writeFileSync(named, original)
      const r = await runPl(['redact', named, '--out', join(base, 'red', 'x'), '--force'], {env})
      userError(r, 2, /provenance sidecar cannot replace the file it is made from/)
      assert.equal(readFileSync(named, 'utf8'), original)
      untouched(join(base, 'red'), ['victim.jsonl', 'x.provenance.json'])
    })

    test('--out in a missing directory is not found (3), naming the directory; nothing is written', async () => {
      fresh()
      const missing = join(base, 'no-such-dir', 'x.jsonl')
      const r = await runPl(['redact', victim, '--out', missing], {env})
      userError(r, 3, /Cannot write .*no-such-dir.x\.jsonl: the directory .*no-such-dir does not exist/)
      assert.match(r.stderr, /mkdir -p/)
      untouched(base, ['red'])
      untouched(join(base, 'red'), ['victim.jsonl'])
      const json = await runJson<{error: {code: string; exitCode: number}}>(['redact', victim, '--out', missing], {env})
      assert.deepEqual([json.json.error.code, json.json.error.exitCode], ['not-found', 3])
    })

    test('--out naming a directory, or a path through a file, is refused (2) with or without --force', async () => {
      fresh()
      mkdirSync(join(base, 'shareable'))
      for (const force of [[], ['--force']]) {
        const r = await runPl(['redact', victim, '--out', join(base, 'shareable'), ...force], {env})
        userError(r, 2, /shareable is a directory; --out takes the path of the file to write/)
        assert.match(r.stderr, /--out .*shareable.victim\.jsonl/)
      }
      // The directory of FILE: the suggestion is not FILE itself.
      const same = await runPl(['redact', victim, '--out', join(base, 'red'), '--force'], {env})
      userError(same, 2, /is a directory/)
      assert.match(same.stderr, /--out .*red.victim\.jsonl\.redacted/)
      const through = await runPl(['redact', victim, '--out', join(victim, 'x.jsonl')], {env})
      userError(through, 2, /is not a directory/)
      untouched(join(base, 'shareable'), [])
      untouched(join(base, 'red'), ['victim.jsonl'])
    })

    test('a directory where the sidecar goes is refused before the copy is written', async () => {
      fresh()
      const out = join(base, 'out.jsonl')
      mkdirSync(`${out}.provenance.json`)
      const r = await runPl(['redact', victim, '--out', out, '--force'], {env})
      userError(r, 2, /out\.jsonl\.provenance\.json is a directory/)
      untouched(base, ['red', 'out.jsonl.provenance.json'])
    })

    test('a password holding & and an SSH2 private key are redacted whole; the copy scans clean', async () => {
      fresh()
      const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
      const keyRng = new Rng(31)
      const ssh2 = [
        '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
        'Comment: "rsa-key-20260402"',
        ...(`P2/56wAAA${keyRng.chars(b64, 900)}`.match(/.{1,70}/g) ?? []),
        '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      ].join('\n')
      const secret = `${password.slice(0, 6)}&${password.slice(6)};Zq`
      const file = join(base, 'red', 'mixed.log')
      writeFileSync(file, `connect password=${secret}&user=bob\n${ssh2}\n${JSON.stringify({key: ssh2})}\nDB_PASSWORD="pa;ss,W0rd&Zq9x"\n`)
      const r = await runJson<RedactResult>(['redact', file], {env})
      assert.equal(r.code, 0, r.stderr)
      assert.equal(r.json.remaining, 0)
      assert.deepEqual(r.json.byRule, {'generic-secret': 2, 'private-key': 2})
      const copy = readFileSync(`${file}.redacted`, 'utf8')
      const lines = copy.split('\n')
      assert.match(lines[0] ?? '', /^connect password=\[REDACTED:generic-secret:[0-9a-f]{8}\]&user=bob$/)
      assert.ok(!copy.includes(secret.slice(7)), 'no part of the password is left')
      for (const bodyLine of ssh2.split('\n').slice(2, -1)) assert.ok(!copy.includes(bodyLine), 'no line of the key body is left')
      assert.ok(!copy.includes('W0rd&Zq9x'))
      JSON.parse(lines[ssh2.split('\n').length + 1] ?? '')
    })
  })
})
