/**
 * A labelled corpus for the scanner benchmark: log lines of the kinds a responder gets (access
 * logs, application logs, OpenAI-style request logs as JSONL, OpenTelemetry spans), many hard
 * negatives (digests, UUIDs, Luhn-invalid numbers, bad checksums, placeholders, unregistered
 * prompts) and planted secrets, PII and copies of registered prompts whose lines are recorded.
 */
import type {Category, KnownPrompt} from '../../src/domain/scan/types.js'
import {Rng, cardNumber, fakes, githubToken, githubTokenBadChecksum, groupCard, iban, ibanBroken, luhnBroken, npmToken, pemKey, spacedIban} from '../../test/fixtures/scan/fakes.js'

export interface Label {
  category: Category
  kind: string
  line: number
  endLine: number
}

export interface Corpus {
  text: string
  labels: Label[]
  prompts: KnownPrompt[]
}

const HEX = '0123456789abcdef'
const WORDS = 'the request was processed by worker and returned status after retry with cache miss for user session upstream timeout batch queue job completed failed scheduled deploy config reload connection pool warm cold shard replica'.split(' ')

function uuid(rng: Rng): string {
  return `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-a${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`
}

function sentence(rng: Rng, n: number): string {
  return Array.from({length: n}, () => rng.pick(WORDS)).join(' ')
}

function timestamp(rng: Rng): string {
  return `2024-05-${String(1 + rng.int(28)).padStart(2, '0')}T${String(rng.int(24)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}.${rng.digits(3)}Z`
}

/** Things that look like secrets or PII to a naive scanner and are not. */
const hardNegatives: Array<(rng: Rng) => string> = [
  (rng) => `request_id=${uuid(rng)}`,
  (rng) => `sha256=${rng.chars(HEX, 64)}`,
  (rng) => `commit ${rng.chars(HEX, 40)}`,
  (rng) => `etag "${rng.chars(HEX, 32)}"`,
  (rng) => `card ${luhnBroken(cardNumber(rng))}`,
  (rng) => `ref ${groupCard(luhnBroken(cardNumber(rng)))}`,
  (rng) => `iban ${ibanBroken(iban(rng))}`,
  (rng) => `token ${githubTokenBadChecksum(rng)}`,
  () => 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  () => 'api_key: "<YOUR_API_KEY>"',
  () => 'secret=${API_SECRET}',
  () => 'password=changeme',
  () => 'DATABASE_URL=postgres://user:password@localhost:5432/app',
  (rng) => `max_tokens=${rng.int(8192)} total_tokens=${rng.int(100000)}`,
  (rng) => `ts=${1700000000000 + rng.int(1e9)}`,
  (rng) => `order ${rng.digits(12)} qty ${rng.int(99)}`,
  (rng) => `version ${rng.int(9)}.${rng.int(30)}.${rng.int(99)}`,
  (rng) => `ip 10.${rng.int(255)}.${rng.int(255)}.${rng.int(255)}:${1024 + rng.int(60000)}`,
  (rng) => `id ${rng.digits(3)}-${rng.digits(3)}-${rng.digits(4)}`.replace(/id \d/, 'id 1'),
  (rng) => `span_id=${rng.chars(HEX, 16)} trace_id=${rng.chars(HEX, 32)}`,
  () => 'slack hook https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX',
  () => 'AKIAIOSFODNN7EXAMPLE',
  () => 'token: hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  (rng) => `blob ${Buffer.from(rng.chars(HEX, 30)).toString('base64')}`,
  (rng) => `assets/icon@2x.png lodash@4.17.${rng.int(30)}`,
  (rng) => `date ${2020 + rng.int(5)}-0${1 + rng.int(9)}-1${rng.int(9)} elapsed ${rng.int(999)}ms`,
]

interface Planted {
  category: Category
  kind: string
  value: string
}

const secrets: Array<[string, (rng: Rng) => string]> = [
  ['aws', (rng) => `aws_access_key_id=${fakes.awsKeyId(rng)}`],
  ['aws-secret', (rng) => `aws_secret_access_key = ${fakes.awsSecret(rng)}`],
  ['github', (rng) => `GITHUB_TOKEN=${githubToken(rng)}`],
  ['github-fine', (rng) => fakes.githubFineGrained(rng)],
  ['gitlab', (rng) => fakes.gitlab(rng)],
  ['openai', (rng) => `Authorization: Bearer ${fakes.openaiProject(rng)}`],
  ['anthropic', (rng) => `x-api-key: ${fakes.anthropic(rng)}`],
  ['google', (rng) => `key=${fakes.google(rng)}`],
  ['slack', (rng) => fakes.slackBot(rng)],
  ['slack-webhook', (rng) => fakes.slackWebhook(rng)],
  ['stripe', (rng) => fakes.stripe(rng)],
  ['twilio', (rng) => fakes.twilioKey(rng)],
  ['sendgrid', (rng) => fakes.sendgrid(rng)],
  ['npm', (rng) => `//registry.npmjs.org/:_authToken=${npmToken(rng)}`],
  ['pypi', (rng) => fakes.pypi(rng)],
  ['huggingface', (rng) => fakes.huggingface(rng)],
  ['azure', (rng) => `AccountName=prod;AccountKey=${fakes.azureStorageKey(rng)};EndpointSuffix=core.windows.net`],
  ['jwt', (rng) => `cookie session=${fakes.jwt(rng)}`],
  ['connection', (rng) => `mongodb+srv://svc:${fakes.password(rng)}@cluster0.example.net/db`],
  ['generic', (rng) => `db_password: "${fakes.password(rng)}"`],
]

const pii: Array<[string, (rng: Rng) => string]> = [
  ['email', (rng) => fakes.email(rng)],
  ['phone', (rng) => fakes.phoneE164(rng)],
  ['phone-us', (rng) => fakes.phoneUs(rng)],
  ['card', (rng) => groupCard(cardNumber(rng, rng.pick(['visa', 'mastercard', 'amex'] as const)))],
  ['card-compact', (rng) => cardNumber(rng)],
  ['iban', (rng) => (rng.int(2) === 0 ? iban(rng) : spacedIban(iban(rng)))],
  ['ssn', (rng) => fakes.ssn(rng)],
]

export function generateCorpus(options: {lines: number; seed: number; prompts: readonly KnownPrompt[]}): Corpus {
  const rng = new Rng(options.seed)
  // Registered prompts are the longer ones (system prompts are); every other prompt is a hard negative.
  const registered = options.prompts.filter((p, i) => i % 4 === 0 && p.text.split(/\s+/).length >= 25)
  const unregistered = options.prompts.filter((p) => !registered.includes(p))
  const out: string[] = []
  const labels: Label[] = []
  const label = (category: Category, kind: string, line: number, endLine = line): void => {
    labels.push({category, kind, line, endLine})
  }

  const textLine = (payload: string): string => {
    switch (rng.int(3)) {
      case 0:
        return `${timestamp(rng)} ${rng.pick(['INFO', 'WARN', 'DEBUG', 'ERROR'])} [worker-${rng.int(16)}] ${sentence(rng, 4 + rng.int(6))} ${payload} ${sentence(rng, 2)}`
      case 1:
        return `10.${rng.int(255)}.${rng.int(255)}.${rng.int(255)} - - [01/May/2024:10:${rng.int(60)}:00 +0000] "GET /api/v1/items/${rng.int(99999)} HTTP/1.1" ${rng.pick([200, 404, 500])} ${rng.int(99999)} "${payload.replace(/"/g, "'")}"`
      default:
        return `${timestamp(rng)} level=info msg="${sentence(rng, 5)}" detail="${payload.replace(/"/g, "'")}" duration_ms=${rng.int(2000)}`
    }
  }
  const jsonLine = (content: string, system: string): string =>
    rng.int(2) === 0
      ? JSON.stringify({
          ts: timestamp(rng),
          request: {model: 'gpt-4o-mini', messages: [{role: 'system', content: system}, {role: 'user', content}], max_tokens: 1024},
          response: {id: `chatcmpl-${rng.chars(HEX, 24)}`, usage: {prompt_tokens: rng.int(4000), completion_tokens: rng.int(900), total_tokens: rng.int(5000)}},
        })
      : JSON.stringify({
          traceId: rng.chars(HEX, 32),
          spanId: rng.chars(HEX, 16),
          name: 'chat gpt-4o',
          attributes: [
            {key: 'gen_ai.system', value: {stringValue: 'openai'}},
            {key: 'gen_ai.prompt', value: {stringValue: content}},
            {key: 'gen_ai.usage.input_tokens', value: {intValue: rng.int(5000)}},
          ],
        })
  const background = (): string => (rng.int(4) === 0 ? rng.pick(unregistered).text.slice(0, 400) : sentence(rng, 8))

  while (out.length < options.lines) {
    const roll = rng.int(100)
    const negative = rng.int(3) === 0 ? rng.pick(hardNegatives)(rng) : sentence(rng, 3)
    if (roll < 4 || roll >= 12) {
      // Plain traffic: hard negatives and unregistered prompts everywhere.
      out.push(rng.int(3) === 0 ? jsonLine(`${negative} ${sentence(rng, 4)}`, background()) : textLine(negative))
      continue
    }
    if (roll < 7) {
      const [kind, make] = rng.pick(secrets)
      const planted: Planted = {category: 'secret', kind, value: make(rng)}
      out.push(rng.int(2) === 0 ? textLine(planted.value) : jsonLine(`here is my config: ${planted.value}`, background()))
      label(planted.category, kind, out.length)
      continue
    }
    if (roll < 8) {
      // Private keys: as a PEM block in a text log, or escaped inside a JSON string.
      const pem = pemKey(rng.pick(['rsa', 'ec', 'ed25519'] as const))
      if (rng.int(2) === 0) {
        const start = out.length + 1
        out.push(...pem.trimEnd().split('\n'))
        label('secret', 'private-key', start, out.length)
      } else {
        out.push(jsonLine(`key file:\n${pem}`, background()))
        label('secret', 'private-key', out.length)
      }
      continue
    }
    if (roll < 10) {
      const [kind, make] = rng.pick(pii)
      const value = make(rng)
      out.push(rng.int(2) === 0 ? textLine(`contact ${value}`) : jsonLine(`my details: ${value}`, background()))
      label('pii', kind, out.length)
      continue
    }
    // A copy of a registered prompt: whole, half or a third; in a JSON reply or re-wrapped in a text log.
    const prompt = rng.pick(registered)
    const words = prompt.text.split(/\s+/).filter((w) => w.length > 0)
    const fraction = rng.pick([1, 0.5, 0.34])
    const length = Math.max(1, Math.ceil(words.length * fraction))
    const from = rng.int(words.length - length + 1)
    let copy = words.slice(from, from + length).join(' ')
    if (rng.int(3) === 0) copy = copy.toUpperCase()
    if (rng.int(2) === 0) {
      out.push(jsonLine(`Sure. My instructions say: "${copy}"`, background()))
      label('prompt', 'prompt', out.length)
    } else {
      const start = out.length + 1
      const chunks = copy.match(/(?:\S+\s*){1,9}/g) ?? [copy]
      for (const chunk of chunks) out.push(`${timestamp(rng)} DEBUG model output: ${chunk.trim()}`)
      label('prompt', 'prompt', start, out.length)
    }
  }
  return {text: `${out.join('\n')}\n`, labels, prompts: registered}
}
