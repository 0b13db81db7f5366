import {isPlaceholder} from '../../checks.js'
import {maskToken} from '../../mask.js'
import {Detector} from '../../detect.js'
import {ALNUM, PROVIDER_PRIORITY, provider, randomPart} from '../define.js'
import type {ProviderRule} from '../define.js'
import type {Rule} from '../../types.js'

/** Passwords a person writes as a stand-in (`user:pass@`, `:password@`). */
const STAND_IN = /^(?:pass(?:word)?|passwd|pwd|pw|secret|token|api[_-]?key|changeme|user(?:name)?|\*+|x+|\.+|test|demo)>?$/i

function chosenPassword(password: string): boolean {
  return password.length >= 4 && !STAND_IN.test(password) && !/^[$%{<[]/.test(password) && !isPlaceholder(password)
}

const curlUser: ProviderRule<'curl-user-password'> = {
  id: 'curl-user-password',
  category: 'secret',
  description: 'Password in a curl command line (-u user:password, --user user:password)',
  keywords: ['curl'],
  caseInsensitive: true,
  startsAtKeyword: true,
  // Quotes may be doubled (a command inside a JSON string) and wrap the password alone (kevin:'…'); the user may be empty (-u ":password").
  pattern: /curl\b[^\n]{0,200}?\s(?:-u|--user)(?:\s+|=)["']{0,2}([^\s:"'<]{0,64}):["']{0,2}([^\s"'<>]{1,128}|(?=["'\s]|$))/gi,
  priority: PROVIDER_PRIORITY,
  reach: 'context',
  guard: 'only in a curl command after -u/--user; the password is not a stand-in (pass, $VAR, ***); with no password (-u KEY:, an API key as the user, as Stripe documents), the user looks random',
  minEntropy: 0,
  sample: (r) => `${r.chars(ALNUM, 14)}!`,
  sampleInContext: (value) => `curl -s -u deploy:${value} https://ci.internal/api/jobs`,
  validate(match) {
    const password = match[2] ?? ''
    if (password === '') {
      // `-u KEY:`: an API key as the user name, the colon so that curl asks for no password.
      const user = match[1] ?? ''
      if (user.length < 12 || !randomPart(user, 3)) return null
      const start = match.index + match[0].lastIndexOf(`${user}:`)
      return {start, end: start + user.length, secret: user, masked: `curl -u ${maskToken(user)}:`}
    }
    if (!chosenPassword(password)) return null
    const start = match.index + match[0].length - password.length
    return {start, end: start + password.length, secret: password, masked: `curl -u ${match[1] ?? ''}:…`}
  },
}

/**
 * A password in any URL's user-info, `@` included (`ftps://u:p@ss@host`): the password runs to
 * the last `@` before the host. The built-in connection-string rule covers known schemes with
 * passwords free of `@`; this one the rest.
 */
const urlPassword: ProviderRule<'url-password'> = {
  id: 'url-password',
  category: 'secret',
  description: 'Password in a URL\'s user-info for any scheme (ftps, ssh, git, …), also one holding "@"',
  keywords: ['://'],
  pattern: /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:@/"'<>]{1,64}):([^\s/"'<>]{1,128})@([A-Za-z0-9][A-Za-z0-9._-]*)/g,
  priority: PROVIDER_PRIORITY,
  reach: 'bare',
  guard: 'a scheme, user:password@host with a host name; the password is not a stand-in; known schemes without "@" in the password are left to connection-string-password',
  minEntropy: 0,
  sample: (r) => `ftps://backup:${r.chars(ALNUM, 10)}@${r.chars(ALNUM, 4)}@files.example.net/incoming`,
  sampleInContext: (value) => value,
  validate(match) {
    const [, scheme = '', user = '', password = '', host = ''] = match
    const known = /^(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|s?ftp|smtps?|ldaps?|https?)$/.test(scheme)
    if (known && !password.includes('@')) return null
    if (!chosenPassword(password.replace(/@.*$/, '')) || !/[.]/.test(host) && !/^[a-z0-9-]+$/i.test(host)) return null
    const start = match.index + scheme.length + 3 + user.length + 1
    return {start, end: start + password.length, secret: password, masked: `${scheme}://${user}:…@${host}`}
  },
}

/** `user:password` from base64, when it decodes to printable text with a chosen password; else null. */
export function basicPair(base64: string): {user: string; password: string} | null {
  if (base64.length % 4 === 1) return null
  const text = Buffer.from(base64, 'base64').toString('utf8')
  // Printable text only (a wrong guess decodes to control bytes or U+FFFD).
  if (text.length < 3 || /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text)) return null
  const colon = text.indexOf(':')
  if (colon < 0) return null
  const user = text.slice(0, colon)
  const password = text.slice(colon + 1)
  // Google's registries take a service account key as the password of the user _json_key (Artifact/Container Registry docs).
  if (user === '_json_key' && password.includes('"private_key"')) return {user, password}
  if (user.length > 128 || /\s/.test(user) || !chosenPassword(password)) return null
  return {user, password}
}

/** The token rules a Basic credential's user or password is tried against (set by rules/index.ts, which knows them all). */
let innerRules: readonly Rule[] = []
/** Their detector, built on the first Basic credential: one keyword pass per part, not a regex per rule. */
let inner: Detector | undefined

export function setBasicInnerRules(rules: readonly Rule[]): void {
  innerRules = rules.filter((r) => r.category === 'secret' && r.keywords.length > 0 && r.id !== 'basic-auth-credentials')
  inner = undefined
}

/**
 * A provider token that is the whole user or password of a Basic credential (git over HTTPS sends
 * `x-access-token:ghp_…`; registries take a token as the password): found by that provider's own
 * rule at full confidence, else undefined.
 */
export function tokenInBasic(pair: {user: string; password: string}): {rule: Rule; secret: string; masked: string} | undefined {
  for (const part of [pair.password, pair.user]) {
    if (part.length < 8) continue
    inner ??= new Detector(innerRules)
    const whole = inner.detect(part).find((hit) => hit.start === 0 && hit.end === part.length && hit.confidence === undefined)
    if (whole !== undefined) return {rule: whole.rule, secret: whole.secret, masked: whole.masked}
  }
  return undefined
}

/**
 * HTTP Basic credentials in base64: an `Authorization: Basic …` header (curl -H, a request log)
 * and the `"auth"` entry of a Docker or Podman registry config (`~/.docker/config.json`,
 * `DOCKER_AUTH_CONFIG`). Both decode to `user:password`; the value is reported only when it does,
 * with a password that is not a stand-in.
 */
const basicAuth: ProviderRule<'basic-auth-credentials'> = {
  id: 'basic-auth-credentials',
  category: 'secret',
  description: 'HTTP Basic credentials in base64 (Authorization: Basic header, Docker/Podman registry config "auth")',
  // The config may sit in a JSON string (`{\\"auth\\": …}` in a prompt log), which the scanner reads as `{""auth"": …}`.
  // Escaped twice (DOCKER_AUTH_CONFIG in a TOML string inside a JSON log) the quotes come with spaces: `""auth  "":  ""…`.
  keywords: ['basic', 'auth"', 'auth '],
  caseInsensitive: true,
  startsAtKeyword: true,
  pattern: /(?:basic[ \t]+|(?<=")auth(?="|[ \t]+")[ \t"]{1,12}:[ \t"]{0,12})([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/gi,
  priority: PROVIDER_PRIORITY,
  reach: 'context',
  guard: 'only after "Basic " or a registry config\'s "auth": and only when the base64 decodes to printable user:password with a password that is not a stand-in',
  minEntropy: 0,
  sample: (r) => Buffer.from(`deploy:${r.chars(ALNUM, 16)}`).toString('base64'),
  sampleInContext: (value) => `curl -H 'Authorization: Basic ${value}' https://ci.internal/api/jobs`,
  validate(match) {
    const value = match[1] ?? ''
    const pair = basicPair(value)
    if (pair === null) return null
    const start = match.index + match[0].length - value.length
    // A provider token as the user or password: reported as that token (its value, decoded), so containment revokes it.
    const inner = tokenInBasic(pair)
    if (inner !== undefined) return {start, end: start + value.length, secret: inner.secret, masked: inner.masked, as: inner.rule}
    return {start, end: start + value.length, secret: value, masked: maskToken(value)}
  },
}

/**
 * A credential header given to curl (or wget/httpie) with -H / --header: `Authorization: Token …`,
 * `X-Api-Key: …`, `Token: …`. The header name must name a credential (auth, api key, token,
 * secret); the value is taken after an optional scheme word. Basic is left to the base64 rule.
 */
const CREDENTIAL_HEADER = '[A-Za-z0-9-]*(?:[Aa]uth[A-Za-z]*|[Aa][Pp][Ii]-?[Kk][Ee][Yy]|[Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Aa]ccess-[Kk]ey)[A-Za-z0-9-]*'
const SCHEME = '(?:[Tt]oken|[Aa]pi-[Tt]oken|[Bb]earer|[Kk]ey|[Aa]pi[Kk]ey|[Ss][Ss][Oo]-[Kk]ey)[ \\t]+'

const curlHeader: ProviderRule<'curl-auth-header'> = {
  id: 'curl-auth-header',
  category: 'secret',
  description: 'Credential in a command-line HTTP header (curl -H "Authorization: Token …", --header "X-Api-Key: …")',
  keywords: ['-H', '--header'],
  pattern: new RegExp(`(?:-H|--header)(?:\\s+|=)["']{1,2}(${CREDENTIAL_HEADER})[ \\t]*:[ \\t]*(?:${SCHEME})?([A-Za-z0-9._~+/=-]{16,256})(?=["'])`, 'g'),
  priority: PROVIDER_PRIORITY,
  reach: 'context',
  guard: 'only as the value of a -H/--header whose name says auth, api key, token or secret, quoted; 16+ characters with entropy ≥ 3, no placeholder; Basic is left to basic-auth-credentials',
  minEntropy: 3,
  sample: (r) => r.chars(ALNUM, 32),
  sampleInContext: (value) => `curl -H "X-Api-Key: ${value}" https://api.internal.example/v1/items`,
  validate(match) {
    const value = match[2] ?? ''
    if (/^basic$/i.test(value) || !randomPart(value, 3)) return null
    const start = match.index + match[0].length - value.length
    return {start, end: start + value.length, secret: value, masked: maskToken(value)}
  },
}

export default provider({
  name: 'http',
  title: 'Credentials in command lines and URLs',
  revoke: 'Change the password on the server the URL or command names; then remove it from shell history and scripts.',
  rules: [curlUser, urlPassword, basicAuth, curlHeader],
})
