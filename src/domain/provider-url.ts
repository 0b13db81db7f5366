/**
 * A provider's address as pl reads, shows and records it. A URL may carry a password
 * (`https://elastic:…@es:9200`) or a secret in its query (`?api_key=…`): wherever pl shows or records
 * a provider URL — a step's failure, the preflight, `pl doctor` — the password is replaced by `…`
 * and a query value pl's own scanner finds a secret in is masked. An address that is not a URL pl
 * can use is named with its variable, never thrown as an unexpected error. Pure.
 */
import {createScanner} from './scan/engine.js'
import type {Finding} from './scan/types.js'
import {eachUrl} from './url-password.js'

let scanner: {scan: (text: string) => Finding[]} | undefined

/** The secrets pl's scanner finds in one short text (built once, reused). */
function secretsIn(text: string): Finding[] {
  if (scanner === undefined) {
    let found: Finding[] = []
    const s = createScanner({fingerprint: () => '', onSecret: (finding) => void found.push(finding)})
    scanner = {
      scan: (t) => {
        found = []
        s.scanText(t)
        return found.filter((f) => f.category === 'secret')
      },
    }
  }
  return scanner.scan(text)
}

const URL_START = /^([a-z][a-z0-9+.-]*:\/\/)([^@/?#\s]*@)?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/i

/** The URL fit to show: its password `…`, a query value holding a secret masked; anything else as given. */
export function shownUrl(value: string): string {
  const m = URL_START.exec(value)
  if (!m) return value
  const [, scheme, userinfo, rest, query, hash] = m
  let out = scheme!
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(':')
    out += colon >= 0 ? `${userinfo.slice(0, colon)}:…@` : userinfo
  }
  out += rest
  if (query !== undefined) {
    const pairs = query
      .slice(1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=')
        if (eq < 0) return pair
        const value = pair.slice(eq + 1)
        let decoded = value
        try {
          decoded = decodeURIComponent(value.replaceAll('+', ' '))
        } catch {
          // A malformed escape is scanned as written.
        }
        return secretsIn(`${decodeSafe(pair.slice(0, eq))}=${decoded}`).length > 0 ? `${pair.slice(0, eq)}=…` : pair
      })
    out += `?${pairs.join('&')}`
  }
  return out + (hash ?? '')
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** A text (an error message) with every URL in it shown as shownUrl shows it. */
export function maskUrls(text: string): string {
  return eachUrl(text, shownUrl)
}

/**
 * Why `value`, read from `variable`, is not a provider address pl can use, or undefined when it is.
 * `http`: an http(s) URL without a user name and password (fetch cannot send them; a credential
 * belongs in the provider's credential variable). `tcp`: any URL with a host (redis://, postgres://).
 */
export function providerUrlProblem(variable: string, value: string, scheme: 'http' | 'tcp'): string | undefined {
  let u: URL
  try {
    u = new URL(value)
  } catch {
    return `${variable} is not a URL: "${shownUrl(value)}"${/:(\d{6,}|6553[6-9]|655[4-9]\d|65[6-9]\d\d|6[6-9]\d{3}|[7-9]\d{4})(?:[/?#]|$)/.test(value) ? ' (the port must be 1–65535)' : ''}`
  }
  if (scheme === 'http') {
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return `${variable} is not an http(s) URL: "${shownUrl(value)}"`
    if (u.username || u.password) return `${variable} holds a user name and password (${shownUrl(value)}); pl cannot send them in a URL`
  }
  if (!u.hostname) return `${variable} names no host: "${shownUrl(value)}"`
  return undefined
}
