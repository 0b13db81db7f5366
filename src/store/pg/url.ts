/**
 * A PostgreSQL store's address. The URL pl shows and records is always the one without its
 * password; a password given in the URL is kept in this process's memory only, for the
 * connection (PGPASSWORD and ~/.pgpass work as with psql, and are better).
 */
import {UserError} from '../../errors.js'

const passwords = new Map<string, string>()

/**
 * The URL without its password, fit to show. The password, when there was one, is remembered
 * for `connectionString` in this process; it never appears in anything pl prints or records.
 */
export function storeUrl(given: string): string {
  let url: URL
  try {
    url = new URL(given)
  } catch {
    throw new UserError('invalid-input', `The store address is not a valid postgres:// URL.`, {
      hints: ['Write it as postgres://USER@HOST:PORT/DATABASE (the password in PGPASSWORD or ~/.pgpass).'],
    })
  }
  const password = url.password
  url.password = ''
  const shown = url.toString()
  if (password) passwords.set(shown, decodeURIComponent(password))
  return shown
}

/** The URL to connect with: the shown one plus its remembered password, if any. */
export function connectionString(shown: string): string {
  const password = passwords.get(shown)
  if (password === undefined) return shown
  const url = new URL(shown)
  url.password = encodeURIComponent(password)
  return url.toString()
}

/** Any text with the URL's password (remembered or still in it) taken out. */
export function withoutPassword(text: string): string {
  let out = text.replace(/(postgres(?:ql)?:\/\/[^:@/\s]*):[^@/\s]*@/gi, '$1@')
  for (const p of passwords.values()) if (p.length > 0) out = out.split(p).join('***')
  return out
}
