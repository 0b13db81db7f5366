/**
 * Where the store is, who is acting, and how the key is obtained: the environment of every
 * command, resolved once and passed to services as plain values.
 */
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'
import type {Stats} from 'node:fs'
import {homedir, hostname, userInfo} from 'node:os'
import {join, resolve} from 'node:path'
import {fromHex} from '../domain/bytes.js'
import {UserError} from '../errors.js'
import {askNewPassphrase, askPassphrase} from '../prompts/passphrase.js'
import type {Prompter} from '../prompts/types.js'
import type {KeyMaterial} from '../store/meta.js'
import {isPostgresLocation} from '../store/engine.js'
import {storeUrl} from '../store/pg/url.js'

export type Env = Readonly<Record<string, string | undefined>>

export interface SessionOptions {
  storePath: string
  env: Env
  prompter: Prompter
  actor: string
  now: () => number
}

export function plHome(env: Env): string {
  return resolve(env.PL_HOME && env.PL_HOME.length > 0 ? env.PL_HOME : join(homedir(), '.pl'))
}

/**
 * The store's location: a SQLite file's absolute path, or a postgres:// URL without its password
 * (a password given in it is kept in memory for the connection only, never shown or recorded).
 */
export function resolveStorePath(flag: string | undefined, env: Env): string {
  if (flag && isPostgresLocation(flag)) return storeUrl(flag)
  // Any other SCHEME:// (mysql://, a mistyped postgress://, an https:// link pasted from a wiki)
  // is refused, not taken as a relative path where a local store would be created. Only the
  // scheme is shown: the rest may hold a password. Two letters at least: C:// is a drive.
  const scheme = flag && /^([a-z][a-z0-9+.-]+):\/\//i.exec(flag)?.[1]
  if (scheme) {
    throw new UserError('usage', `Unsupported store address scheme "${scheme}" (--store or PL_STORE): an evidence store is a file path or a postgres:// URL.`, {
      hints: ['Give a SQLite file path (e.g. --store ~/.pl/evidence.db), or a team store as postgres://USER@HOST/DB (postgresql:// also works).'],
    })
  }
  if (flag) return resolve(flag)
  return join(plHome(env), 'evidence.db')
}

export function resolveActor(env: Env): string {
  if (env.PL_ACTOR) return env.PL_ACTOR
  let user = 'unknown'
  try {
    user = userInfo().username
  } catch {
    // No passwd entry (some containers): keep "unknown".
  }
  return `${user}@${hostname()}`
}

const KEY_SOURCES_HINT = [
  'Set PL_PASSPHRASE_FILE to a file holding the passphrase (or PL_PASSPHRASE), or PL_KEY_FILE for a store created with a key file.',
  'On a terminal, pl asks for the passphrase instead.',
]

/** The most a key file may hold (32 bytes as hex or base64 with a newline fit many times over). */
export const KEY_FILE_LIMIT = 1024
/** The most a passphrase file may hold. */
export const PASSPHRASE_FILE_LIMIT = 64 * 1024

function kindOfFile(stats: Stats): string {
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isFIFO()) return 'a pipe (FIFO)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isDirectory()) return 'a directory'
  return 'not a regular file'
}

/**
 * A secret file read with a bound: a device, a pipe or anything larger than `limit` is refused
 * before a byte is read into memory (opened non-blocking, so a FIFO without a writer does not hang).
 */
export function readSecretFile(path: string, limit: number, what: string, variable: string): Buffer {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new UserError('no-passphrase', `Cannot read the ${what} ${path} (${variable}).`, {cause: error, hints: ['Check the path and its permissions.']})
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) {
      throw new UserError('no-passphrase', `The ${what} ${path} (${variable}) is ${kindOfFile(stats)}: pl reads it only from a regular file.`, {
        hints: [`Point ${variable} at a file of at most ${limit} bytes.`],
      })
    }
    const tooLarge = () =>
      new UserError('no-passphrase', `The ${what} ${path} (${variable}) is larger than ${limit} bytes: it is not a ${what}.`, {
        hints: [`Point ${variable} at the right file (a ${what} holds at most ${limit} bytes).`],
      })
    if (stats.size > limit) throw tooLarge()
    const buffer = Buffer.alloc(limit + 1)
    let length = 0
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > limit) throw tooLarge()
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError('no-passphrase', `Cannot read the ${what} ${path} (${variable}).`, {cause: error, hints: ['Check the path and its permissions.']})
  } finally {
    closeSync(fd)
  }
}

function readKeyFile(path: string): Uint8Array {
  const raw = readSecretFile(path, KEY_FILE_LIMIT, 'key file', 'PL_KEY_FILE')
  if (raw.length === 32) return new Uint8Array(raw)
  const text = raw.toString('utf8').trim()
  if (/^[0-9a-fA-F]{64}$/.test(text)) return fromHex(text)
  const b64 = Buffer.from(text, 'base64')
  if (b64.length === 32 && /^[A-Za-z0-9+/]{43}=$/.test(text)) return new Uint8Array(b64)
  throw new UserError('no-passphrase', `The key file ${path} must hold exactly 32 bytes (raw, 64 hex characters, or base64).`, {
    hints: ['Create one with `pl init --new-key-file FILE`.'],
  })
}

/** Where the key material comes from: a variable, or the person at the terminal. */
export function keySource(env: Env): 'key-file' | 'passphrase-file' | 'passphrase' | 'terminal' {
  if (env.PL_KEY_FILE) return 'key-file'
  if (env.PL_PASSPHRASE_FILE) return 'passphrase-file'
  if (env.PL_PASSPHRASE !== undefined) return 'passphrase'
  return 'terminal'
}

/**
 * The key material, from the environment or, on a terminal, from the person. `confirm` asks twice
 * (when a store is created); `attempt` > 1 tells the person the previous passphrase was wrong.
 */
export async function obtainKeyMaterial(env: Env, prompter: Prompter, options: {confirm?: boolean; attempt?: number} = {}): Promise<KeyMaterial> {
  const encode = (s: string) => new TextEncoder().encode(s)
  if (env.PL_KEY_FILE) return {kind: 'keyfile', key: readKeyFile(env.PL_KEY_FILE)}
  if (env.PL_PASSPHRASE_FILE) {
    const raw = readSecretFile(env.PL_PASSPHRASE_FILE, PASSPHRASE_FILE_LIMIT, 'passphrase file', 'PL_PASSPHRASE_FILE')
    const text = raw.toString('utf8')
    raw.fill(0)
    const passphrase = text.replace(/\r?\n$/, '')
    if (passphrase.length === 0) throw new UserError('no-passphrase', `The passphrase file ${env.PL_PASSPHRASE_FILE} is empty.`)
    return {kind: 'passphrase', passphrase: encode(passphrase)}
  }
  if (env.PL_PASSPHRASE !== undefined) {
    if (env.PL_PASSPHRASE.length === 0) throw new UserError('no-passphrase', 'PL_PASSPHRASE is set but empty.', {hints: KEY_SOURCES_HINT})
    return {kind: 'passphrase', passphrase: encode(env.PL_PASSPHRASE)}
  }
  if (!prompter.interactive) {
    throw new UserError('no-passphrase', 'The evidence store needs its passphrase and there is no terminal to ask on.', {hints: KEY_SOURCES_HINT})
  }
  return {kind: 'passphrase', passphrase: encode(await (options.confirm ? askNewPassphrase(prompter) : askPassphrase(prompter, options.attempt)))}
}
