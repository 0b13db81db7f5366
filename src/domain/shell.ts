/**
 * Values put in a command pl prints for copy-paste (a path in `export PL_STORE=…`, `mkdir -p …`,
 * `--answers …`), quoted for a POSIX shell so that a space, a quote or a `$` in them survives the
 * paste: left as they are when only safe characters, else in single quotes (`'` as `'\''`).
 */
const SAFE = /^[A-Za-z0-9_@%+=:,./~-]+$/

export function shellWord(value: string): string {
  if (value !== '' && SAFE.test(value) && !value.startsWith('~')) return value
  return `'${value.replaceAll("'", "'\\''")}'`
}
