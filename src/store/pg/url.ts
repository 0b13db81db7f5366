/**
 * A PostgreSQL store's address. The URL pl shows and records is always the one without its
 * password; a password given in the URL is kept in this process's memory only, for the
 * connection (PGPASSWORD and ~/.pgpass work as with psql, and are better).
 */
import {statSync} from 'node:fs'
import {UserError, systemError} from '../../errors.js'

const passwords = new Map<string, string>()

/** The sslmode values pl accepts: libpq's, less `allow` (node-postgres has no such fallback). */
export const SSL_MODES: readonly string[] = ['disable', 'prefer', 'require', 'verify-ca', 'verify-full']

/**
 * node-postgres 8 treats prefer, require and verify-ca as verify-full, and warns on stderr that a
 * later major version will not (its documented way to keep today's behaviour: say verify-full).
 * pl keeps that one meaning, documented in docs/team-store.md, and says it to the driver: every
 * TLS mode but disable connects as verify-full, without the driver's warning.
 */
function driverSslMode(url: URL): void {
  const mode = url.searchParams.get('sslmode')
  if (mode !== null && mode !== 'disable' && mode !== 'verify-full') url.searchParams.set('sslmode', 'verify-full')
}

/** The URL parameters that name files the driver reads when it connects (pg-connection-string). */
const SSL_FILES = ['sslrootcert', 'sslcert', 'sslkey'] as const

/**
 * Each TLS file the URL names must be a readable file: checked here, where the parameter is still
 * known, so that a typo in `sslrootcert=` is a message naming it rather than the driver's raw
 * error when it opens the file.
 */
function checkSslFiles(url: URL): void {
  for (const name of SSL_FILES) {
    const file = url.searchParams.get(name)
    if (file === null) continue
    const where = `${name} ${file} (in the store URL)`
    let isFile: boolean
    try {
      isFile = statSync(file).isFile()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new UserError('not-found', `The ${where} does not exist.`, {
          cause: error,
          hints: [`Check the path after ${name}= (docs/team-store.md, TLS), or put the server's CA certificate there.`],
        })
      }
      throw systemError(error, `the ${where}`) ?? error
    }
    if (!isFile) {
      throw new UserError('invalid-input', `The ${where} is not a file.`, {hints: [`${name}= takes the path of a PEM file (docs/team-store.md, TLS).`]})
    }
  }
}

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
  const sslmode = url.searchParams.get('sslmode')
  if (sslmode !== null && !SSL_MODES.includes(sslmode)) {
    throw new UserError('invalid-input', `The store address has sslmode=${JSON.stringify(sslmode)}, which is not one pl knows.`, {
      hints: [`Use one of ${SSL_MODES.join(', ')} (docs/team-store.md, TLS); across a network, sslmode=verify-full with sslrootcert=FILE.`],
    })
  }
  checkSslFiles(url)
  const password = url.password
  url.password = ''
  const shown = url.toString()
  if (password) passwords.set(shown, decodeURIComponent(password))
  return shown
}

/** The URL to connect with: the shown one plus its remembered password, if any. */
export function connectionString(shown: string): string {
  const password = passwords.get(shown)
  const url = new URL(shown)
  driverSslMode(url)
  if (password !== undefined) url.password = encodeURIComponent(password)
  return url.toString()
}

/** Any text with the URL's password (remembered or still in it) taken out. */
export function withoutPassword(text: string): string {
  let out = text.replace(/(postgres(?:ql)?:\/\/[^:@/\s]*):[^@/\s]*@/gi, '$1@')
  for (const p of passwords.values()) if (p.length > 0) out = out.split(p).join('***')
  return out
}
