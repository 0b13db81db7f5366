/**
 * The guards of the generic `name = value` rule: when a value assigned to a secret-looking name
 * (password, secret, token, API key…) is reported, and when not, with the reason `pl rules
 * explain` gives. Each guard is about the shape of names and values in any log, code or config,
 * not about a provider: a value that is a reference, a code expression, an identifier, a stand-in
 * a person typed, or text in place of an issued token.
 */
import {charClasses, counted, entropy, isPlaceholder} from '../checks.js'

/** Names of what is about a secret but not one: counts, types, ids, hashes, flags. */
const NAME_EXCLUDED =
  /(?:tokens?[_.-]?(?:count|limit|usage|type|ids?|url|uri|endpoint|expir\w*|len(?:gth)?|ttl|size|max|min|budget|estimate|index)|(?:max|min|total|prompt|completion|input|output|cached|reasoning)[_.-]?tokens?|password[_.-]?(?:hash|policy|length|reset|changed|min|max|expir\w*|strength|hint|field|label|prompt|required)|(?:no|is|has|use|show|hide|forgot|reset|new|confirm)[_.-]?password|secret[_.-]?(?:name|arn|id|ref|version|path|manager|store)|key[_.-]?(?:id|name|path|file|vault|ref|arn)|keyid|(?:hash|digest|sha\d*|md5|checksum|fingerprint|etag|nonce)s?\b|pass(?:port|enger|age|ive|through|thru)s?(?:[_.-]?(?:no|num(?:ber)?|ids?|country|type|mode))?)$/i

/** Words of a name that say its value is not a real one (`fake_token`, `nonMatchingToken`, `BAD_KEY`). */
const STAND_IN_NAME_WORDS = new Set(['fake', 'dummy', 'example', 'sample', 'mock', 'invalid', 'bad', 'wrong', 'placeholder', 'non', 'not'])

/** A value that names where the secret is instead of holding it. */
const VALUE_REFERENCE =
  /^(?:\$|%|\{|<|@|#|process\.env|os\.environ|env\.|getenv|config\.|settings\.|self\.|this\.|secrets\.|vault:|arn:|[a-z][a-z0-9+.-]*:\/\/|https?:|file:|\/|\.\/|~\/)/i
const WORDISH = /^[A-Za-z]+(?:[_ .-][A-Za-z]+)*$/
const KEYWORD_VALUE = /^(?:true|false|null|none|nil|undefined|string|required|optional|bearer|basic)$/i
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const HEX = /^[0-9a-f]+$/i
const HEX_NAME = /(?:hash|digest|sha|md5|checksum|fingerprint|etag|commit|nonce|id)$/i
/** An ISO 8601 date or timestamp. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
/** A lower-case host name (`files.example.net`) or an e-mail address: an address, not a secret. */
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,6}$/
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
/** An unquoted member path or qualified name in code (`var.db_password`, `os.GetEnv`, `cfg.Secret`). */
const MEMBER_PATH = /^[A-Za-z_$][A-Za-z_$]*\d*(?:\.[A-Za-z_$][A-Za-z_$]*\d*)+$/
/**
 * A call inside a quoted value (`"getpass()"`, `"os.getenv('DB')"`): a name, then parentheses that
 * close. Brackets that do not pair (`"m{{h}o)p(…"`) are a password's characters, not code.
 */
const CALL = /[A-Za-z_$][\w$.]*\([^()]*\)/
/** The name's own word as its value, with digits or punctuation: `password1`, `secret123`, `token_1`. */
const NAME_WORD_VALUE = /^(?:pass(?:word|wd)?|secret|token|changeme|api[_-]?key)[\d\W_]*$/i
/**
 * The alphabet of issued tokens and keys: base64, base64url, hex, base32 and their separators
 * (`.`, `-`, `_`, `~`, `:`), and `%` of URL encoding. Characters outside it (`?`, `^`, `|`, `!`,
 * `$`, `@`, `#`, `,`, `;`, `&`, `*`, brackets) belong to text, format strings and passwords.
 */
const TOKEN_ALPHABET = /^[A-Za-z0-9._~+/=:%-]+$/
/** Names whose values a person chooses (passwords, passphrases, credentials): any printable character. */
export const CHOSEN_NAME = /pass|pwd|credential/i

/** Up to this length a value holding a count (`API-1234`, `1a2b3c4d`) is that count, not random. */
const SHORT = 16

/** Names of an issued value (a token, an API or access key), not one a person chooses (a password, a secret). */
const ISSUED_NAME = /token|key/i
/** Shorter than this, a value under a token or key name is not an issued one: providers issue 10 characters or more (a version, an id or a truncated copy). */
const ISSUED_MIN = 10
/**
 * A qualified name, `prefix:CamelCaseWords` (`ns1:AgencyIdentificationCodeType`, an XML schema
 * type): a namespace and a type or element name made of words ending as schema names do (…Type,
 * …Code), not a random secret. Not under a password or login name, where `user:CorrectHorseBattery`
 * is a user and the words they chose.
 */
const QUALIFIED_NAME = /^[A-Za-z][\w.-]{0,40}:(?:[a-z]+)?(?:[A-Z][a-z]+)+(?:Type|Code|Element|Content|Group|Name|Id|Kind|List|Set|Ref|Info|Data|Value|Status|Category)$/
/** Names under which `user:Words` is Basic-auth credentials, a user and the words they chose. */
const LOGIN_NAME = /auth|basic|login|user/i

/** The words of an identifier: `nonMatchingToken` → non, matching, token. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
}

export interface AssignedValue {
  /** The name on the left, with any prefix (`db_password`, `nonMatchingToken`). */
  name: string
  value: string
  /** Whether the value was in quotes. */
  quoted?: boolean
  /** The character right after an unquoted value (`(` of a call). */
  followedBy?: string
  /**
   * Whether a quote opened right before the value and the quoted text goes on after it with one
   * space and more text (`"abc-def ghi…"`): the value is only its first word.
   */
  inQuotedText?: boolean
}

/**
 * A quote opened before the value that does not close after it: the value is the first word of a
 * quoted text (`"abc-def ghi…"`). Issued tokens and keys hold no space; a password may.
 */
export function quotedText({name, inQuotedText = false}: AssignedValue): string | null {
  return inQuotedText && !CHOSEN_NAME.test(name) ? 'the first word of a quoted text with spaces, which no issued token or key holds' : null
}

/** `eyJ` + `.`: the start of a JSON Web Token (base64url of `{"`). */
const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]*$/

/** The JSON object a base64url part decodes to, or null. */
function base64UrlObject(part: string): unknown {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}

/**
 * A value shaped like a JSON Web Token whose header does not decode to a JSON object with an `alg`
 * (RFC 7515): a corrupted or made-up copy that no issuer signed and no server accepts. A JWT
 * that decodes is the `jwt` rule's.
 */
export function brokenJwt({value}: AssignedValue): string | null {
  if (!JWT_SHAPE.test(value)) return null
  const header = base64UrlObject(value.slice(0, value.indexOf('.')))
  return header !== null && typeof (header as {alg?: unknown}).alg === 'string' ? null : 'shaped like a JSON Web Token (eyJ….…) but its header is not JSON with an alg: a corrupted copy, not a token'
}

/** The guards above, in order: each says why it refuses a value, or null. */
const SHAPE_GUARDS: ReadonlyArray<(assigned: AssignedValue) => string | null> = [quotedText, brokenJwt]

/** How every placeholder rejection starts: the generic rule shows those that are typed stand-ins at low confidence. */
const PLACEHOLDER = 'a placeholder'

/** The rejection of a value `isPlaceholder` refuses (the generic and connection-string rules). */
export const PLACEHOLDER_REASON = `${PLACEHOLDER} (a stand-in word, a run of one character, few distinct characters)`

/** Whether a rejection says the value is a placeholder. */
export const isPlaceholderRejection = (why: string): boolean => why.startsWith(PLACEHOLDER)

/**
 * Why a value assigned to a secret-looking name is not reported, or null when it is: long enough,
 * mixed, with entropy near that of random text of its length, and none of the guards above.
 */
export function assignedRejection(assigned: AssignedValue): string | null {
  const {name, value, quoted = false, followedBy = ''} = assigned
  if (value.length < 8) return `too short (${value.length} < 8 characters)`
  if (value.length > 200) return 'too long for a secret (over 200 characters)'
  if (NAME_EXCLUDED.test(name)) return 'the name is about a secret, not one (a count, a type, an id, a hash, a flag)'
  if (nameWords(name).some((w) => STAND_IN_NAME_WORDS.has(w))) return 'the name marks the value as a stand-in (fake, dummy, example, invalid, not…)'
  if (VALUE_REFERENCE.test(value)) return 'a reference, not a value (a variable, an environment lookup, a URL or a path: a password in a URL is for the connection-string rules)'
  if ((quoted ? CALL.test(value) : value.includes('(')) || (!quoted && followedBy === '(')) return 'a code expression (a function call)'
  if (!quoted && /^[[{]$/.test(followedBy)) return 'a code expression (an index or a block follows)'
  if (!quoted && MEMBER_PATH.test(value)) return 'a code expression (a member path)'
  for (const guard of SHAPE_GUARDS) {
    const why = guard(assigned)
    if (why !== null) return why
  }
  if (value.endsWith(':')) return 'a key, not a value (it ends with ":")'
  if (WORDISH.test(value) || /^\d+(?:\.\d+)?$/.test(value) || KEYWORD_VALUE.test(value)) return 'words, a number or a keyword, not a random value'
  if (QUALIFIED_NAME.test(value) && !CHOSEN_NAME.test(name) && !LOGIN_NAME.test(name)) return 'a qualified name (prefix:CamelCaseWords, an XML schema type), not a random value'
  if (NAME_WORD_VALUE.test(value)) return `${PLACEHOLDER} (the name's own word as the value)`
  if (UUID.test(value) || (HEX.test(value) && HEX_NAME.test(name))) return 'an identifier (a UUID, or a hash beside a hash name)'
  if (TIMESTAMP.test(value)) return 'a date or timestamp'
  if (HOST.test(value) || EMAIL.test(value)) return 'an address (a host name or an e-mail address)'
  if (isPlaceholder(value)) return PLACEHOLDER_REASON
  if (value.length <= SHORT && counted(value)) return `${PLACEHOLDER} (counting, like 1234 or a1b2c3, in a value of ${SHORT} characters or fewer)`
  if (value.length < ISSUED_MIN && ISSUED_NAME.test(name) && !CHOSEN_NAME.test(name) && !/secret/i.test(name)) return `too short for an issued token or key (${value.length} < ${ISSUED_MIN} characters): a version, an id or a truncated copy`
  if (!CHOSEN_NAME.test(name) && !TOKEN_ALPHABET.test(value)) return 'characters no issued token or key has (?, ^, |, !, $, @, #, …) under a token or key name'
  if (charClasses(value) < 2) return 'one kind of character only'
  const bits = entropy(value)
  const floor = Math.min(3.2, 0.78 * Math.log2(value.length))
  if (bits < floor) return `entropy ${bits.toFixed(1)} < ${floor.toFixed(1)}`
  return null
}

/**
 * A value assigned to a secret-looking name that a person would not have typed as a stand-in:
 * long enough, mixed, with entropy near that of random text of its length.
 */
export function looksLikeAssignedSecret(name: string, value: string): boolean {
  return assignedRejection({name, value, quoted: true}) === null
}
