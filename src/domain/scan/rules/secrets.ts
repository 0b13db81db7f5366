/**
 * Provider secrets. Each rule's regex starts with the provider's literal prefix where one exists,
 * and its validator rejects what the regex cannot: bad checksums, placeholders, low entropy.
 */
import {EXAMPLE_BODY, STAND_IN, charClasses, entropy, exampleBody, hasBase62Crc, isPlaceholder, letterRun, standIn} from '../checks.js'
import {maskToken} from '../mask.js'
import {insideMarker} from '../marker.js'
import {isPublishedSample} from '../published-samples.js'
import type {Hit, Rule} from '../types.js'

import {providerRules} from '../providers/index.js'
import {CHOSEN_NAME, PLACEHOLDER_REASON, assignedRejection, isPlaceholderRejection} from './assigned.js'
import {claimRejection, claimingRules, prefixFormatRejection, providerPrefixes} from './prefix-format.js'

const PROVIDER = 3
const GENERIC = 2

function tokenHit(match: RegExpExecArray, prefix: string): Hit {
  const value = match[0]
  return {start: match.index, end: match.index + value.length, secret: value, masked: maskToken(value, prefix)}
}

/**
 * A token made of a literal prefix and a random body: reject bodies a person typed (the alphabet
 * typed in order, too). A body whose checksum passes (`checksummed`) was issued, not typed: an
 * alphabet run in it is chance, and it is kept.
 */
function randomBody(body: string, minEntropy = 3.5, checksummed = false): boolean {
  return !isPlaceholder(body) && (checksummed || letterRun(body) < 5) && entropy(body) >= minEntropy && charClasses(body) >= 2
}

/** Why a token in its provider's exact format whose checksum fails is reported with low confidence. */
export const CHECKSUM_FAILS = 'checksum fails: a truncated copy, an example, or a test value'

function prefixed(
  id: string,
  description: string,
  keywords: readonly string[],
  pattern: RegExp,
  accept: (value: string, match: RegExpExecArray) => boolean,
  maskPrefix = (value: string) => keywords.find((k) => value.startsWith(k)) ?? '',
  /** The provider's checksum: a value `accept` takes that fails it is a low-confidence hit. */
  checksum?: (value: string) => boolean,
): Rule {
  return {
    id,
    category: 'secret',
    description,
    keywords,
    pattern,
    priority: PROVIDER,
    ...(checksum === undefined ? {} : {checksum: true}),
    validate(match) {
      const value = match[0]
      if (!accept(value, match)) return null
      const hit = tokenHit(match, maskPrefix(value))
      return checksum === undefined || checksum(value) ? hit : {...hit, confidence: 'low', reason: CHECKSUM_FAILS}
    },
  }
}

/**
 * `rule`, also reporting at low confidence (EXAMPLE_BODY) a value it refuses whose body (after
 * `prefix`) a person typed, as docs and tests do, when the value has the provider's exact shape
 * (`exact`, default: whatever the rule's pattern matched).
 */
function orExample(rule: Rule, prefix: (value: string) => string, exact?: RegExp | ((value: string) => boolean)): Rule {
  return {
    ...rule,
    validate(match, text) {
      const hit = rule.validate(match, text)
      if (hit !== null) return hit
      const value = match[0]
      if (exact !== undefined && !(typeof exact === 'function' ? exact(value) : exact.test(value))) return null
      return exampleBody(value.slice(prefix(value).length)) ? {...tokenHit(match, prefix(value)), confidence: 'low', reason: EXAMPLE_BODY} : null
    },
  }
}

const AWS_ID_PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T']
const AWS_ID = /\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}\b/g
/** How far (in characters) a bare 40-character secret may sit from an access key id. */
const AWS_NEAR = 400

function awsSecretShape(value: string): boolean {
  return (
    /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value) && entropy(value) >= 4 && !isPlaceholder(value) && !/EXAMPLE/.test(value)
  )
}

function awsSecretHit(value: string, start: number): Hit {
  return {start, end: start + value.length, secret: value, masked: maskToken(value)}
}

const awsAccessKeyId = prefixed(
  'aws-access-key-id',
  'AWS access key id',
  AWS_ID_PREFIXES,
  AWS_ID,
  (value) => !isPlaceholder(value.slice(4)) && !value.endsWith('EXAMPLE') && new Set(value.slice(4)).size >= 6,
)

const awsSecretNamed: Rule = {
  id: 'aws-secret-access-key',
  category: 'secret',
  description: 'AWS secret access key assigned to a secret-key name',
  keywords: ['secret'],
  caseInsensitive: true,
  pattern: /secret[_.-]?(?:access[_.-]?)?key["'\s]*(?:[:=]|=>)["'\s]*([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  priority: PROVIDER,
  validate(match) {
    const value = match[1] ?? ''
    return awsSecretShape(value) ? awsSecretHit(value, match.index + match[0].length - value.length) : null
  },
}

const AWS_SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g

const awsSecretNearId: Rule = {
  id: 'aws-secret-access-key',
  category: 'secret',
  description: 'AWS secret access key next to an access key id',
  keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
  // Found through the id: the secret is looked for around each id, not in the whole text.
  pattern: AWS_ID,
  priority: PROVIDER,
  validate(match, text) {
    if (awsAccessKeyId.validate(match, text) === null) return null
    const from = Math.max(0, match.index - AWS_NEAR)
    const around = text.slice(from, match.index + match[0].length + AWS_NEAR)
    for (const candidate of around.matchAll(AWS_SECRET_CANDIDATE)) {
      const value = candidate[0]
      const start = from + (candidate.index ?? 0)
      // The candidate must be whole in the text, not cut by the window's edge.
      if (awsSecretShape(value) && !/[A-Za-z0-9/+]/.test(text[start - 1] ?? '') && !/[A-Za-z0-9/+=]/.test(text[start + 40] ?? '')) {
        return awsSecretHit(value, start)
      }
    }
    return null
  },
}

const githubClassic = prefixed(
  'github-token',
  'GitHub token (classic format, checksum verified)',
  ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  /\bgh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
  (value) => randomBody(value.slice(4), 3, hasBase62Crc(value.slice(4))),
  undefined,
  (value) => hasBase62Crc(value.slice(4)),
)

const githubFineGrained = prefixed(
  'github-fine-grained-token',
  'GitHub fine-grained personal access token',
  ['github_pat_'],
  // 22 + "_" + 59 as issued; a copy whose underscore was lost or moved still has the prefix and 82 characters.
  /\bgithub_pat_(?:[A-Za-z0-9]{22}_[A-Za-z0-9]{59}|[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
  (value) => randomBody(value.slice(11), 4),
)

/**
 * The body lengths GitLab issues after each prefix (its token generators; gitleaks' and
 * detect-secrets' GitLab rules agree): OAuth application secrets 64 characters, pipeline trigger
 * tokens 40, incoming-mail tokens 25, agent tokens at least 50; every other kind 20 to 50 before
 * a routable token's `.<version>.<crc>` suffix.
 */
const GITLAB_BODY_LENGTHS: ReadonlyArray<readonly [prefix: string, min: number, max: number]> = [
  ['gloas-', 64, 64],
  ['glptt-', 40, 40],
  ['glimt-', 25, 25],
  ['glagent-', 50, 1024],
]
const GITLAB_ROUTABLE_SUFFIX = /\.[0-9a-z]{2}\.[0-9a-z]{7,9}$/

/** A GitLab token's prefix: `GR1348941`, or the letters up to the first `-` (`glpat-`). */
function gitlabPrefix(value: string): string {
  return value.startsWith('GR1348941') ? 'GR1348941' : value.slice(0, value.indexOf('-') + 1)
}

/** Why a GitLab-prefixed value is not a token GitLab issues (its body's length), or null. */
function gitlabLengthRejection(value: string): string | null {
  const prefix = gitlabPrefix(value)
  const body = value.slice(prefix.length).replace(GITLAB_ROUTABLE_SUFFIX, '')
  const [, min, max] = GITLAB_BODY_LENGTHS.find(([p]) => p === prefix) ?? [prefix, 20, 50]
  if (body.length >= min && body.length <= max) return null
  const issued = min === max ? `${min}` : max > 50 ? `${min} or more` : `${min} to ${max}`
  return `GitLab issues ${prefix} tokens with ${issued} characters after the prefix, not ${body.length}`
}

const gitlabToken = prefixed(
  'gitlab-token',
  'GitLab token (personal, deploy, runner, CI job, trigger, feed, OAuth)',
  ['glpat-', 'gldt-', 'glrt-', 'glcbt-', 'glimt-', 'glft-', 'glsoat-', 'glagent-', 'gloas-', 'glffct-', 'glptt-', 'GR1348941'],
  /\b(?:(?:glpat|gldt|glrt|glcbt|glimt|glft|glsoat|glagent|gloas|glffct|glptt)-|GR1348941)[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_-])/g,
  (value) => gitlabLengthRejection(value) === null && randomBody(value.slice(value.indexOf('-') + 1 || 9), 3.5),
)

/** A GitLab token, or a typed example of one (the gl…- tokens, whose examples GitLab's docs print; GR1348941 runner tokens are left out) of a length GitLab issues. */
const gitlab = orExample(
  {...gitlabToken, whyNot: (match) => gitlabLengthRejection(match[0]) ?? undefined},
  gitlabPrefix,
  (value) => /^gl[a-z]+-/.test(value) && gitlabLengthRejection(value) === null,
)

/** The shortest random part OpenAI keys carry on either side of "T3BlbkFJ" (legacy keys: 20 and 20; project and admin keys longer). */
const OPENAI_PART = 20

/** An OpenAI key's prefix: `sk-`, or `sk-proj-`, `sk-svcacct-`, `sk-admin-`. */
function openaiPrefix(value: string): string {
  return /^sk-(?:(?:proj|svcacct|admin)-)?/.exec(value)?.[0] ?? 'sk-'
}

/** Why an `sk-` body is not an OpenAI key's: no "T3BlbkFJ", or too little on one side of it. Null: it is. */
function openaiMarkerRejection(body: string): string | null {
  const at = body.indexOf('T3BlbkFJ')
  if (at < 0) return 'no "T3BlbkFJ" (base64 of "OpenAI"), which every OpenAI key format holds'
  const after = body.length - at - 8
  if (at < OPENAI_PART || after < OPENAI_PART) return `${Math.min(at, after)} characters on one side of "T3BlbkFJ": every OpenAI key format has at least ${OPENAI_PART} on each`
  return null
}

const openaiKey = prefixed(
  'openai-api-key',
  'OpenAI API key (project, service account, admin or legacy)',
  ['sk-'],
  /\bsk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
  (value) => {
    if (value.startsWith('sk-ant-')) return false
    const body = value.slice(openaiPrefix(value).length)
    // Every OpenAI key format embeds "T3BlbkFJ" (base64 of "OpenAI") between two random parts.
    return openaiMarkerRejection(body) === null && randomBody(body, 4)
  },
  openaiPrefix,
)

const openai: Rule = {
  ...openaiKey,
  whyNot: (match) => {
    const value = match[0]
    if (value.startsWith('sk-ant-')) return undefined
    const body = value.slice(openaiPrefix(value).length)
    // A placeholder is the better reason (`sk-proj-xxxx…`): the scanner's own words for it.
    return isPlaceholder(body) ? undefined : (openaiMarkerRejection(body) ?? undefined)
  },
}

const anthropic = prefixed(
  'anthropic-api-key',
  'Anthropic API or admin key',
  ['sk-ant-'],
  /\bsk-ant-(?:api|admin|oat|sid)\d{2}-[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g,
  (value) => randomBody(value.slice(value.indexOf('-', 7) + 1), 4),
  (value) => value.slice(0, value.indexOf('-', 7) + 1),
)

const groq = orExample(
  prefixed(
    'groq-api-key',
    'Groq API key',
    ['gsk_'],
    // 52 base62 characters after the prefix (56 in all); longer or hyphenated runs are other strings.
    /\bgsk_[A-Za-z0-9]{52}(?![A-Za-z0-9_-])/g,
    (value) => randomBody(value.slice(4), 4),
  ),
  () => 'gsk_',
)

const google = prefixed(
  'google-api-key',
  'Google API key',
  ['AIza'],
  /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
  (value) => randomBody(value.slice(4), 3.5) && !isPublishedSample(value),
)

const slackToken = prefixed(
  'slack-token',
  'Slack bot, user, app, config or refresh token',
  ['xoxb-', 'xoxa-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-', 'xoxe.', 'xapp-'],
  /\b(?:xox[abposre]|xoxe\.xox[bp]|xapp)-[0-9A-Za-z-]{20,}(?![0-9A-Za-z_-])/g,
  (value) => {
    const parts = value.split('-')
    const last = parts[parts.length - 1] ?? ''
    return parts.length >= 3 && parts.some((p) => /^\d{6,}$/.test(p) || /^\d$/.test(p)) && last.length >= 8 && !isPlaceholder(last)
  },
)

const slackWebhook: Rule = {
  id: 'slack-webhook',
  category: 'secret',
  description: 'Slack incoming webhook URL',
  keywords: ['hooks.slack.com'],
  // The scheme is often dropped when a URL is pasted or logged.
  pattern: /(?:\bhttps?:\/\/|(?<![\w.-]))hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,}/g,
  priority: PROVIDER,
  validate(match) {
    const value = match[0]
    const last = value.slice(value.lastIndexOf('/') + 1)
    if (last.length < 16 || isPlaceholder(last)) return null
    return {start: match.index, end: match.index + value.length, secret: value, masked: `${value.slice(0, value.indexOf('/', 24) + 1)}…${value.slice(-4)}`}
  },
}

const stripe = orExample(
  prefixed(
    'stripe-secret-key',
    'Stripe live secret or restricted key',
    ['sk_live_', 'rk_live_'],
    // Stripe's keys are letters and digits: a run that goes on through `-` into more of them is a
    // longer value of another alphabet (another vendor's `sk_live_…-…`), not a Stripe key.
    /\b[rs]k_live_[0-9A-Za-z]{20,}(?!-?[0-9A-Za-z_])/g,
    (value) => randomBody(value.slice(8), 3.5),
  ),
  (value) => value.slice(0, 8),
  // Issued keys have 24 characters or more after the prefix (as stripe-test-key requires).
  /^[rs]k_live_[0-9A-Za-z]{24,}$/,
)

const twilioApiKey = prefixed(
  'twilio-api-key',
  'Twilio API key SID',
  ['SK'],
  /\bSK[0-9a-fA-F]{32}\b/g,
  (value) => /[a-fA-F]/.test(value.slice(2)) && /\d/.test(value.slice(2)) && !isPlaceholder(value.slice(2)),
)

const twilioAuthToken: Rule = {
  id: 'twilio-auth-token',
  category: 'secret',
  description: 'Twilio auth token assigned to a Twilio-named setting',
  keywords: ['twilio'],
  caseInsensitive: true,
  pattern: /twilio[\w.-]{0,20}?(?:auth[_-]?token|secret|token)["'\s]*(?:[:=]|=>)["'\s]*([0-9a-f]{32})\b/gi,
  priority: PROVIDER,
  validate(match) {
    const value = match[1] ?? ''
    if (isPlaceholder(value) || entropy(value) < 3) return null
    const start = match.index + match[0].length - value.length
    return {start, end: start + value.length, secret: value, masked: maskToken(value)}
  },
}

const sendgrid = prefixed(
  'sendgrid-api-key',
  'SendGrid API key',
  ['SG.'],
  // 22 + 43 as issued; copies cut or re-typed keep the SG. prefix and the dot between two long parts.
  /\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{32,64}(?![A-Za-z0-9_-])/g,
  (value) => randomBody(value.slice(3), 4),
)

const npm = prefixed(
  'npm-token',
  'npm access token (checksum verified)',
  ['npm_'],
  /\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
  (value) => randomBody(value.slice(4), 3, hasBase62Crc(value.slice(4))),
  undefined,
  (value) => hasBase62Crc(value.slice(4)),
)

const pypi = prefixed(
  'pypi-token',
  'PyPI upload token',
  ['pypi-AgE'],
  // The body is a macaroon whose base64 always begins with the location "pypi.org" or "test.pypi.org".
  /\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}/g,
  // 3.5: a hex-only tail (a copy re-encoded or cut) cannot reach 4 bits per character.
  (value) => randomBody(value.slice(24), 3.5),
)

const huggingface = prefixed(
  'huggingface-token',
  'Hugging Face access token',
  ['hf_', 'api_org_'],
  /\b(?:hf_|api_org_)[A-Za-z0-9]{34}(?![A-Za-z0-9_])/g,
  (value) => {
    const body = value.slice(value.indexOf('_', 3) + 1)
    return /[a-z]/.test(body) && /[A-Z]/.test(body) && randomBody(body, 3.8)
  },
)

function namedValue(id: string, description: string, keyword: string, pattern: RegExp, minEntropy: number): Rule {
  return {
    id,
    category: 'secret',
    description,
    keywords: [keyword],
    pattern,
    priority: PROVIDER,
    validate(match) {
      const value = match[1] ?? ''
      if (isPlaceholder(value) || entropy(value) < minEntropy) return null
      const start = match.index + match[0].length - value.length
      return {start, end: start + value.length, secret: value, masked: maskToken(value)}
    },
  }
}

const azureStorage = namedValue(
  'azure-storage-key',
  'Azure storage account key (connection string AccountKey)',
  'AccountKey=',
  /AccountKey=([A-Za-z0-9+/]{86}==)/g,
  4.5,
)

const azureSharedAccess = namedValue(
  'azure-shared-access-key',
  'Azure Service Bus / Event Hubs / IoT Hub shared access key',
  'SharedAccessKey=',
  /SharedAccessKey=([A-Za-z0-9+/]{42,43}=)/g,
  4.2,
)

const azureSasSignature = namedValue(
  'azure-sas-signature',
  'Azure shared access signature (sig= in a SAS URL)',
  'sig=',
  /[?&]sig=([A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/g,
  4,
)

/**
 * The permission letters Azure Storage SAS tokens grant (service and account SAS: read, add,
 * create, write, delete, delete version, permanent delete, list, tags, filter, move, execute,
 * ownership, permissions, immutability, update, process).
 */
const SAS_PERMISSIONS = /^[racwdxyltfmeopiu]+$/
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

/** A SAS query parameter's value (`sp=rl`), read from the query the signature ends. */
function sasParameter(query: string, name: string): string | undefined {
  return new RegExp(`(?:^|[?&=])${name}=([^&]*)`).exec(query)?.[1]
}

/**
 * Why a SAS signature is not reported: its query grants a permission letter Azure has not, or
 * restricts it to an address that is not one (`sip=168.1.6`): Azure refuses such a token. Null: reported.
 */
function sasRejection(match: RegExpExecArray, text: string): string | null {
  const before = text.slice(Math.max(0, match.index - 1000), match.index)
  const query = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('"'), before.lastIndexOf("'")) + 1)
  const permissions = sasParameter(query, 'sp')
  if (permissions !== undefined && !SAS_PERMISSIONS.test(permissions)) return `sp=${permissions} holds a letter that is not an Azure SAS permission (r a c w d x y l t f m e o p i u): Azure refuses the token`
  const ip = sasParameter(query, 'sip')
  if (ip !== undefined && !ip.split('-').every((part) => IPV4.test(part))) return 'sip= is not an IPv4 address or range: Azure refuses the token'
  return null
}

const azureSas: Rule = {
  ...azureSasSignature,
  validate: (match, text) => (sasRejection(match, text) === null ? azureSasSignature.validate(match, text) : null),
  whyNot: (match, text) => sasRejection(match, text) ?? undefined,
}

const azureClientSecret = prefixed(
  'azure-client-secret',
  'Microsoft Entra ID (Azure AD) application client secret',
  ['Q~'],
  // Entra secrets carry "Q~" after three characters and a digit.
  /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  (value) => randomBody(value.slice(6), 3.8),
)

function base64UrlJson(part: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const jwt: Rule = {
  id: 'jwt',
  category: 'secret',
  description: 'JSON Web Token (header decodes to JSON with an alg)',
  keywords: ['eyJ'],
  pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
  priority: PROVIDER,
  validate(match) {
    const value = match[0]
    const [header = '', payload = '', signature = ''] = value.split('.')
    const decoded = base64UrlJson(header)
    if (decoded === null || typeof decoded.alg !== 'string' || base64UrlJson(payload) === null) return null
    if (decoded.alg.toLowerCase() !== 'none' && signature.length < 16) return null
    return {start: match.index, end: match.index + value.length, secret: value, masked: `eyJ…${value.slice(-4)}`}
  },
}

/** How far after a BEGIN line its END line is looked for; a 16 kbit RSA key fits. */
const PEM_MAX = 16_384
const PEM_BODY = /^[A-Za-z0-9+/=\s:,.-]*/
/**
 * One RFC 4716 header line at the start of an SSH2 key body (`Comment: "rsa-key-20160402"`,
 * `Subject: ops`): a quoted value may hold any character, a line ending in `\` goes on on the
 * next one. Two spaces end it too: a JSON-escaped line break reads as two spaces (escapeView).
 */
const SSH2_HEADER = String.raw`\s*[A-Za-z][A-Za-z0-9-]{0,63}:(?:"(?:[^"\r\n\\]|\\\r?\n|\\)*"|\\\r?\n|[^\s"]|[ \t](?![ \t])|")*`

/** Where the header lines at the start of an SSH2 key body end. */
function ssh2HeadersEnd(body: string): number {
  // Sticky, so each header must start where the previous one ended; built per key (rare) to keep no shared lastIndex.
  const header = new RegExp(SSH2_HEADER, 'y')
  let at = 0
  for (;;) {
    header.lastIndex = at
    if (header.exec(body) === null || header.lastIndex === at) return at
    at = header.lastIndex
  }
}

const privateKey: Rule = {
  id: 'private-key',
  category: 'secret',
  description: 'Private key block (PEM, OpenSSH, PGP, SSH2), also with JSON-escaped newlines',
  // Also the prefilter of SSH2 keys: their BEGIN line ends in "PRIVATE KEY ----".
  keywords: ['PRIVATE KEY'],
  // PEM, OpenSSH and PGP: "-----BEGIN … PRIVATE KEY-----"; SSH2 (RFC 4716): "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----".
  pattern: /-----BEGIN ((?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?)-----|---- BEGIN (SSH2 (?:ENCRYPTED )?PRIVATE KEY) ----/g,
  priority: PROVIDER,
  validate(match, text) {
    const ssh2 = match[2] !== undefined
    const label = match[1] ?? match[2] ?? ''
    const bodyStart = match.index + match[0].length
    const window = text.slice(bodyStart, bodyStart + PEM_MAX)
    const endMarker = ssh2 ? `---- END ${label} ----` : `-----END ${label}-----`
    const endAt = window.indexOf(endMarker)
    // SSH2 headers may hold quotes, which PEM_BODY stops at: they are skipped first.
    const headers = ssh2 ? ssh2HeadersEnd(window) : 0
    const rest = window.slice(headers, endAt >= 0 ? Math.max(headers, endAt) : undefined)
    // A key cut off by a log line limit still leaked: accept it without END if enough of the body is there.
    const body = endAt >= 0 ? rest : (PEM_BODY.exec(rest)?.[0] ?? '').replace(/-+$/, '')
    const base64 = body
      .split(/\r?\n|\s{2,}/)
      .filter((l) => !/^\s*[A-Za-z-]+:\s/.test(l))
      .join('')
      .replace(/[^A-Za-z0-9+/=]/g, '')
    // No placeholder test here: real DER bodies have long runs of "A" (zero bytes); entropy over the whole body decides.
    if (base64.length < (endAt >= 0 ? 64 : 128) || entropy(base64) < 4.5) return null
    const end = endAt >= 0 ? bodyStart + endAt + endMarker.length : bodyStart + headers + body.trimEnd().length
    return {start: match.index, end, secret: base64, masked: ssh2 ? `---- BEGIN ${label} ----…` : `-----BEGIN ${label}-----…`}
  },
}

/** An upper-case constant's name, `REPLACE_WITH_PASSWORD`, `DB_PASS`: a stand-in to be replaced. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/

const CONNECTION_PLACEHOLDER = /^(?:password|passwd|pass|pwd|pw|secret|changeme|user|username|\*+|x+|\.+)$/i

const connectionString: Rule = {
  id: 'connection-string-password',
  category: 'secret',
  description: 'Password inside a database, cache, queue or URL connection string',
  keywords: ['://'],
  pattern:
    /\b(postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|s?ftp|smtps?|ldaps?|https?|jdbc:[a-z]+):\/\/([^\s:@/"'<>]*):([^\s/"'<>]+)@([A-Za-z0-9._-]+|\[[0-9a-fA-F:.]+\])/g,
  priority: PROVIDER,
  validate(match) {
    const [, scheme = '', user = '', password = '', host = ''] = match
    const why = connectionPasswordRejection(match)
    const start = match.index + scheme.length + 3 + user.length + 1
    const hit = {start, end: start + password.length, secret: password, masked: `${scheme}://${user}:…@${host}`}
    if (why === null) return hit
    // A key-length pattern a person typed in place of the password: shown at low confidence, not dropped.
    if (isPlaceholderRejection(why) && password.length >= 16 && standIn(password)) return {...hit, confidence: 'low', reason: STAND_IN}
    return null
  },
  whyNot: (match) => connectionPasswordRejection(match) ?? undefined,
}

/** Why a connection string's password is not reported, or null when it is. */
function connectionPasswordRejection(match: RegExpExecArray): string | null {
  // The password runs to the authority's last "@": a password may hold one (`p@ss`).
  const [, scheme = '', user = '', password = ''] = match
  if (password.length < 3) return 'too short (under 3 characters)'
  if (CONNECTION_PLACEHOLDER.test(password) || isPlaceholder(password)) return PLACEHOLDER_REASON
  if (/^[$%{<[]/.test(password)) return 'a reference, not a value (a variable or a template)'
  if (password === user) return 'a stand-in: the user name again (a default such as postgres:postgres)'
  if (CONSTANT_NAME.test(password)) return "a stand-in: a constant's name (REPLACE_WITH_PASSWORD)"
  // https://user:pass@ in documentation is usually a template; require the password to look chosen.
  if (scheme.startsWith('http') && (password.length < 6 || charClasses(password) < 2)) return 'in an http(s) URL a password must look chosen: 6 characters or more, two kinds'
  return null
}

/** The identifier that ends at `end` (the name on the left of an assignment). */
function nameBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && /[A-Za-z0-9_.-]/.test(text[start - 1] ?? '')) start--
  return text.slice(start, end)
}

/**
 * Names that say only that a value is secret, not what kind of credential it is (`Secret=`,
 * `key=`, `credentials:`): the word before one may say whose it is. A name that says its kind
 * itself (`token`, `api_key`, `password`) is read as written: `amplitude token=` or
 * `jira token:` names a token, not the provider's issued key, and no claim reads the word.
 */
const BARE_NAME = /^(?:secrets?|keys?|credentials?|creds)$/i

/**
 * The word right before a bare name (BARE_NAME), with the one space between (`amplitude ` of
 * `amplitude Secret=`), or '': how a log line or a note names the provider a key is for. Only a
 * claim (Rule.claims) reads it; the generic rule's own guards judge the name as written.
 */
function providerWordBefore(text: string, nameStart: number, name: string): string {
  if (text[nameStart - 1] !== ' ' || !BARE_NAME.test(name)) return ''
  const word = /[A-Za-z][A-Za-z0-9]{2,30}$/.exec(text.slice(Math.max(0, nameStart - 33), nameStart - 1))
  return word === null ? '' : `${word[0]} `
}

/** A character of an unquoted assigned value. */
const VALUE_CHAR = String.raw`[^\s"'<>{}()[\]\`,;&]`
/**
 * `&`, `;` and `,` belong to an unquoted value (`password=Tr0ub4dor&3xYz!`) unless the next
 * `key=` pair follows (`password=abc123&user=bob`, `Password=x;Database=y`, `&amp;`), and never
 * end it. A key may be capitalised words (`;User Id=sa`, `;Persist Security Info=False`).
 */
const VALUE_SEPARATOR = String.raw`[,;&](?!amp;|[A-Za-z_][\w.-]{0,40}(?: [A-Z][\w.-]{0,40}){0,3}=)(?=${VALUE_CHAR})`
const NAME_WORD = String.raw`(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?(?:key|token)|private[_-]?key|credentials?)`
const SECRET_NAME = String.raw`${NAME_WORD}([A-Za-z0-9_.-]{0,24})`
/**
 * A quoted value compared with the name after it, `if ("…" == password)` (group 7): a lookbehind,
 * so that the match still starts at the name's keyword. The value holds no quote or space.
 */
// Bounded runs: evaluated at every name, an unbounded one would read back over a whole line each time (quadratic on a long line of names).
const COMPARED_BEFORE = String.raw`(?<=["'\`]([^"'\`\s]{8,200})["'\`]{1,2}[ \t]{0,8}[!=]==?[ \t]{0,8}[A-Za-z0-9_.]{0,64})`

/** The start of a shell parameter expansion, `${NAME`, right before a `:-` default. */
const SHELL_PARAMETER = /\$\{[A-Za-z_][A-Za-z0-9_]*$/

/** The second quote of an escaped one (`\"` reads `""` in the escape view of a JSON string), after a first. */
const ESCAPED = '(?:(?<=")")?'

/** A value that is itself a `name=value` pair (`PERCY_TOKEN=…` quoted whole, `st=2025-…` of a SAS query). */
const NESTED_PAIR = /^([A-Za-z_][\w.-]{0,40})=(?!=)/

/** The generic rule's value, where it starts, and why it is not reported (null: it is). */
function assignedValue(match: RegExpExecArray, text: string): {value: string; start: number; end: number; why: string | null} {
  // Groups 2–3: a quoted value after an assignment; 4: an unquoted one; 5–6: a quoted value compared with `==`, `!==`…;
  // 7: a quoted value compared with the name after it.
  const before = match[7]
  if (before !== undefined) {
    // The lookbehind matched it: the last occurrence before the name is the value.
    const start = Math.max(0, text.lastIndexOf(before, match.index - 1))
    const end = start + before.length
    const name = nameBefore(text, match.index) + match[0]
    if (insideMarker(text, start, end)) return {value: before, start, end, why: "pl's own redaction placeholder"}
    return {value: before, start, end, why: assignedRejection({name, value: before, quoted: true})}
  }
  const quoted = match[3] ?? match[6]
  let value = quoted ?? match[4] ?? ''
  // A quoted match ends with its closing quote (two characters when escaped in a JSON string).
  let end = match.index + (quoted === undefined ? match[0].length : match[0].lastIndexOf(value) + value.length)
  let start = end - value.length
  // A shell default, `${DB_PASS:-s3cret}` (or `:=`, `:+`, `:?`): the value starts after the operator.
  if (quoted === undefined && /^[-=+?]/.test(value) && SHELL_PARAMETER.test(text.slice(Math.max(0, start - 80), start - 1))) {
    value = value.slice(1)
    start += 1
  }
  const head = nameBefore(text, match.index)
  let name = head + text.slice(match.index, start).replace(/["'`\s:=>!?@]+$/, '')
  // The provider's name written as a word before the key's (`amplitude Secret=`): claims read both.
  let claimName = providerWordBefore(text, match.index - head.length, name) + name
  // A value that is a pair of its own is judged by its own name and value.
  const nested = NESTED_PAIR.exec(value)
  if (nested !== null) {
    name = nested[1] ?? name
    claimName = name
    value = value.slice(nested[0].length)
    start += nested[0].length
  }
  // An ellipsis after an unquoted password ends the sentence (`password=MyPa$$w0rd...`): the
  // password is what stands before it. After an issued token's name it marks the rest left out
  // (`TOKEN=ops_eyJ...`, a shortened copy in docs) and stays part of the value.
  const ellipsis = quoted === undefined && CHOSEN_NAME.test(name) ? /(?:\.{3,}|\u2026)$/.exec(value) : null
  if (ellipsis !== null && ellipsis.index >= 8) {
    value = value.slice(0, ellipsis.index)
    end = start + value.length
  }
  if (insideMarker(text, start, end)) return {value, start, end, why: "pl's own redaction placeholder"}
  // One space then more text: a JSON escape (`\n`, `\\`) reads as two spaces, and is not one.
  const inQuotedText = quoted === undefined && /["']$/.test(text.slice(match.index, start)) && text[end] === ' ' && /[^\s"']/.test(text[end + 1] ?? '')
  const why =
    assignedRejection({name, value, quoted: quoted !== undefined, followedBy: text[end] ?? '', inQuotedText}) ??
    prefixFormatRejection(value, PROVIDER_PREFIXES) ??
    claimRejection(claimName, value, CLAIMING_RULES)
  return {value, start, end, why}
}

const genericAssignment: Rule = {
  id: 'generic-secret',
  category: 'secret',
  description: 'High-entropy value assigned to a password, secret, token or API-key name',
  keywords: ['pass', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'access-key', 'auth', 'credential', 'private_key', 'private-key', 'privatekey'],
  caseInsensitive: true,
  // Each alternative of the name starts with one of the keywords.
  startsAtKeyword: true,
  // A quoted value is taken whole up to its closing quote (any character but whitespace); an
  // unquoted one up to whitespace, a bracket, or a separator before the next pair. The operators
  // of config and code: `=`, `:`, `=>`, Go's `:=`, Make's `?=` and `::=`; a C# verbatim string
  // `@"…"`; Go's raw string in backticks. A comparison (`==`, `!==`) only with a quoted value: an
  // unquoted one there is another variable.
  pattern: new RegExp(
    String.raw`${SECRET_NAME}["'\s]*(?:(?::{1,3}=|\?=|=>|[:=])[ \t]*(?:@(?="))?(?:(["'\`])${ESCAPED}((?:(?!\2)\S){8,200})\2${ESCAPED}|["']*((?:${VALUE_CHAR}|${VALUE_SEPARATOR}){8,200}))|[!=]==?[ \t]*(["'\`])${ESCAPED}((?:(?!\5)\S){8,200})\5${ESCAPED})|${COMPARED_BEFORE}${NAME_WORD}[A-Za-z0-9_.-]{0,24}(?![A-Za-z0-9_])`,
    'gi',
  ),
  priority: GENERIC,
  validate(match, text) {
    const {value, start, end, why} = assignedValue(match, text)
    if (why === null) return {start, end, secret: value, masked: maskToken(value)}
    // A typed pattern of key length under a key's name: shown at low confidence, not dropped.
    if (isPlaceholderRejection(why) && value.length >= 16 && standIn(value)) return {start, end, secret: value, masked: maskToken(value), confidence: 'low', reason: STAND_IN}
    return null
  },
  whyNot: (match, text) => assignedValue(match, text).why ?? undefined,
}

const bearer: Rule = {
  id: 'bearer-token',
  category: 'secret',
  description: 'Opaque token in an Authorization: Bearer header',
  keywords: ['bearer'],
  caseInsensitive: true,
  pattern: /\bbearer\s+([A-Za-z0-9._~+/-]{20,}=*)/gi,
  priority: GENERIC,
  validate(match) {
    const value = match[1] ?? ''
    if (bearerRejection(value) !== null) return null
    const start = match.index + match[0].length - value.length
    return {start, end: start + value.length, secret: value, masked: maskToken(value)}
  },
  whyNot: (match) => bearerRejection(match[1] ?? '') ?? undefined,
}

/** Why a bearer token is not reported (a placeholder, low entropy, another provider's malformed token), or null. */
function bearerRejection(value: string): string | null {
  if (isPlaceholder(value) || entropy(value) < 3.5 || charClasses(value) < 2) return 'a placeholder or low entropy (< 3.5 bits, one kind of character)'
  return prefixFormatRejection(value, PROVIDER_PREFIXES)
}

export const secretRules: readonly Rule[] = [
  awsAccessKeyId,
  awsSecretNamed,
  awsSecretNearId,
  githubClassic,
  githubFineGrained,
  gitlab,
  openai,
  anthropic,
  groq,
  google,
  slackToken,
  slackWebhook,
  stripe,
  twilioApiKey,
  twilioAuthToken,
  sendgrid,
  npm,
  pypi,
  huggingface,
  azureStorage,
  azureSharedAccess,
  azureSas,
  azureClientSecret,
  jwt,
  privateKey,
  connectionString,
  genericAssignment,
  bearer,
]

/** The prefixes that name one provider, with the rules that decide a value carrying one (rules/prefix-format.ts). */
const PROVIDER_PREFIXES = providerPrefixes([...secretRules, ...providerRules])

/** The rules that claim values of their shape or name for themselves (Rule.claims). */
const CLAIMING_RULES = claimingRules([...secretRules, ...providerRules])
