/**
 * A URL's password, masked without the scanner (light enough for every command: a ledger entry's
 * summary, `pl runbook status`, the postmortem show failures recorded before provider URLs were
 * masked when written). Pure. domain/provider-url.ts adds query values the scanner finds a secret in.
 */

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^@/?#\s]*@)?([^\s]*)$/i
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi

/** The URL with its password shown as `…`, the user name kept; anything else as given. */
export function withoutPassword(value: string): string {
  const m = URL_PARTS.exec(value)
  if (!m || m[2] === undefined) return value
  const userinfo = m[2]
  const colon = userinfo.indexOf(':')
  return colon < 0 ? value : `${m[1]!}${userinfo.slice(0, colon)}:…@${m[3]!}`
}

/** Each URL inside `text` (an error message) passed through `show`, sentence punctuation kept after it. */
export function eachUrl(text: string, show: (url: string) => string): string {
  return text.replace(URL_IN_TEXT, (url) => {
    const trail = /[.,;:!]+$/.exec(url)?.[0] ?? ''
    return show(url.slice(0, url.length - trail.length)) + trail
  })
}

/** A text with the password of every URL in it shown as `…`. */
export function maskUrlPasswords(text: string): string {
  return eachUrl(text, withoutPassword)
}
