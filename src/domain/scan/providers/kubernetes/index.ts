import {isPlaceholder} from '../../checks.js'
import {maskToken} from '../../mask.js'
import type {Hit} from '../../types.js'
import {ALNUM, PROVIDER_PRIORITY, type ProviderRule, decodeBase64, provider} from '../define.js'

/** How far after `data:` its entries are looked for. */
const BLOCK = 4000
/** A top-level key of a manifest, or the end of a YAML document: where a `data:` block ends. */
const BLOCK_END = /(?:^|\s)(?:apiVersion|kind|metadata|type|spec|stringData|immutable):|(?:^|\s)---(?:\s|$)/
/** One `key: value` of the block: the value in quotes (also JSON-escaped ones) or not, or on the lines after `|` or `>`. */
const ENTRY = /(?:^|\s)[\w.-]+:[ \t]*(?:[|>][-+]?\s+)?["']{0,2}([A-Za-z0-9+/]{8,}={0,2})(?=["'\s,}\]]|$)/g
/** `kind: Secret` itself, not SopsSecret, ExternalSecret or SecretStore. */
const KIND_SECRET = /(?:^|\s)kind:[ \t]*["']{0,2}secret(?=["'\s,}\]]|$)/i

/**
 * The bounds of the YAML document around `at`: from the `---` before it to the `---` after it,
 * within BLOCK characters either way when `data:` is on a line of its own (a manifest file); within
 * its line when the line holds more (a manifest inside a JSON string, its line breaks escaped: the
 * lines around it are other records).
 */
function documentAround(text: string, at: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', at) + 1
  const lineEnd = text.indexOf('\n', at)
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
  const [from, to] = /^\s*data:\s*(?:#.*)?$/.test(line) ? [Math.max(0, at - BLOCK), Math.min(text.length, at + BLOCK)] : [lineStart, lineStart + line.length]
  // `---` looked for within those bounds only, so that a long text is not read end to end per `data:`.
  const before = text.slice(from, at).lastIndexOf('---')
  const after = text.slice(at, to).indexOf('---')
  return [before < 0 ? from : from + before, after < 0 ? to : at + after]
}

/**
 * The last document judged, so that many `data:` in one long line (server-sent events, a JSON log
 * record) read it once: the text (the chunk being scanned, held until the next one), the
 * document's bounds, and whether its kind is Secret.
 */
const last = {text: '', from: -1, to: -1, secret: false}

function isSecretDocument(text: string, at: number): boolean {
  if (last.text === text && at >= last.from && at < last.to) return last.secret
  const [from, to] = documentAround(text, at)
  Object.assign(last, {text, from, to, secret: KIND_SECRET.test(text.slice(from, to))})
  return last.secret
}

/** The first entry of a Secret's `data:` block whose value decodes from base64 to 6 bytes or more, not a stand-in. */
function secretData(match: RegExpExecArray, text: string): Hit | null {
  if (!isSecretDocument(text, match.index)) return null
  const from = match.index + match[0].length
  let block = text.slice(from, from + BLOCK)
  const end = BLOCK_END.exec(block)
  if (end !== null) block = block.slice(0, end.index)
  ENTRY.lastIndex = 0
  for (let entry = ENTRY.exec(block); entry !== null; entry = ENTRY.exec(block)) {
    const value = entry[1] ?? ''
    const decoded = value.length % 4 === 0 ? decodeBase64(value) : null
    // A stand-in password (`changeme`, `xxxx`); a decoded document (a dockercfg, a PEM) is not judged by its words.
    if (decoded === null || Buffer.byteLength(decoded) < 6 || (!/[{\n]/.test(decoded) && isPlaceholder(decoded))) continue
    const start = from + entry.index + entry[0].lastIndexOf(value)
    return {start, end: start + value.length, secret: value, masked: maskToken(value)}
  }
  return null
}

const secretDataRule: ProviderRule<'kubernetes-secret-data'> = {
  id: 'kubernetes-secret-data',
  category: 'secret',
  description: 'A value of a Kubernetes Secret manifest\'s data: block (base64 is an encoding, not encryption)',
  keywords: ['data:'],
  // `data:` that opens a block: the line ends (or a comment follows), or, in a JSON string's escape
  // view (`\n` read as two spaces), the block's first key follows. Not `data: {…` of server-sent events.
  pattern: /(?<![\w.-])data:(?=[ \t]*(?:#|\r?\n|$)|\s{2,}["']?[\w.-]+["']?:)/g,
  priority: PROVIDER_PRIORITY,
  reach: 'context',
  guard: 'only under data: in a YAML document whose kind is Secret (not SopsSecret, ExternalSecret, SecretStore); the value decodes from base64 to 6 bytes or more and is not a placeholder or a template',
  minEntropy: 0,
  sample: (r) => `${r.chars(`${ALNUM}+/`, 31)}=`,
  sampleInContext: (value) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  password: ${value}\n`,
  validate: secretData,
}

export default provider({
  name: 'kubernetes',
  title: 'Kubernetes',
  revoke: 'Rotate the credential the Secret holds at its issuer, then kubectl apply the new Secret (base64 in a manifest is readable by anyone who has the file).',
  rules: [secretDataRule],
})
