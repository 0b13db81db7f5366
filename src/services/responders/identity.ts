/**
 * A responder's identity (issue 17, ADR 0014): an Ed25519 signing key and an X25519 key in the
 * person's own config directory ($XDG_CONFIG_HOME/pl, else ~/.config/pl), the secret halves
 * encrypted with XChaCha20-Poly1305 under a key stretched from their passphrase with Argon2id,
 * as the store's KEK is. The file holds no store key: a store seals its key to the public half.
 */
import {chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync} from 'node:fs'
import {homedir} from 'node:os'
import {join} from 'node:path'
import type {Crypto, KdfParams, KdfPreset} from '../../crypto/sodium.js'
import {DecryptionError} from '../../crypto/sodium.js'
import {fromHex, toHex} from '../../domain/bytes.js'
import {formatResponderKey} from '../../domain/responders/roster.js'
import {UserError} from '../../errors.js'
import {askIdentityPassphrase, askNewIdentityPassphrase} from '../../prompts/identity-passphrase.js'
import {PASSPHRASE_TRIES} from '../../prompts/passphrase.js'
import type {Prompter} from '../../prompts/types.js'
import type {AuthorSecrets} from '../../store/author.js'
import type {Env} from '../session.js'
import {PASSPHRASE_FILE_LIMIT, readSecretFile} from '../session.js'

export const IDENTITY_FORMAT = 'pl-identity/1'

export interface IdentityFile {
  format: typeof IDENTITY_FORMAT
  signPublicKey: string
  boxPublicKey: string
  kdf: KdfParams
  nonce: string
  /** hex of XChaCha20-Poly1305(Ed25519 seed ‖ X25519 secret key) */
  secret: string
}

export function configDir(env: Env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : join(homedir(), '.config')
  return join(base, 'pl')
}

export function identityPath(env: Env): string {
  return join(configDir(env), 'identity.json')
}

const encoder = new TextEncoder()
const identityAad = (signPublicKey: string, boxPublicKey: string) => encoder.encode(`pl-identity v1\n${signPublicKey}\n${boxPublicKey}\n`)

/** The identity file, parsed and checked, or undefined when there is none. */
export function readIdentityFile(env: Env): IdentityFile | undefined {
  const path = identityPath(env)
  if (!existsSync(path)) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new UserError('invalid-input', `The responder identity ${path} is not JSON.`, {cause: error, hints: ['Restore it from your backup, or move it away and run `pl responder init` (an admin must then enroll the new key).']})
  }
  const f = parsed as Partial<IdentityFile>
  const hex64 = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)
  if (f.format !== IDENTITY_FORMAT || !hex64(f.signPublicKey) || !hex64(f.boxPublicKey) || typeof f.nonce !== 'string' || typeof f.secret !== 'string' || typeof f.kdf !== 'object' || f.kdf === null) {
    throw new UserError('invalid-input', `${path} is not a pl responder identity (${IDENTITY_FORMAT}).`, {hints: ['Restore it from your backup, or move it away and run `pl responder init`.']})
  }
  return f as IdentityFile
}

export function publicKeyOf(file: IdentityFile): string {
  return formatResponderKey({signKey: fromHex(file.signPublicKey), boxKey: fromHex(file.boxPublicKey)})
}

/** Where the identity passphrase comes from: PL_IDENTITY_PASSPHRASE_FILE, PL_IDENTITY_PASSPHRASE, or the terminal. */
function passphraseFromEnv(env: Env): string | undefined {
  if (env.PL_IDENTITY_PASSPHRASE_FILE) {
    const raw = readSecretFile(env.PL_IDENTITY_PASSPHRASE_FILE, PASSPHRASE_FILE_LIMIT, 'identity passphrase file', 'PL_IDENTITY_PASSPHRASE_FILE')
    const text = raw.toString('utf8').replace(/\r?\n$/, '')
    raw.fill(0)
    if (text.length === 0) throw new UserError('no-passphrase', `The identity passphrase file ${env.PL_IDENTITY_PASSPHRASE_FILE} is empty.`)
    return text
  }
  if (env.PL_IDENTITY_PASSPHRASE !== undefined) {
    if (env.PL_IDENTITY_PASSPHRASE.length === 0) throw new UserError('no-passphrase', 'PL_IDENTITY_PASSPHRASE is set but empty.')
    return env.PL_IDENTITY_PASSPHRASE
  }
  return undefined
}

const NO_SOURCE_HINTS = ['Set PL_IDENTITY_PASSPHRASE_FILE to a file holding your identity passphrase (or PL_IDENTITY_PASSPHRASE), or run `pl unlock` once on a terminal.']

/** Creates the identity file (0600, in a 0700 directory); refuses to overwrite one. */
export async function createIdentity(env: Env, prompter: Prompter, crypto: Crypto, preset: KdfPreset): Promise<IdentityFile> {
  const path = identityPath(env)
  if (existsSync(path)) {
    const existing = readIdentityFile(env)
    throw new UserError('invalid-input', `A responder identity already exists at ${path}.`, {
      hints: [
        ...(existing ? [`Your key (give it to an admin to enroll you): ${publicKeyOf(existing)}`] : []),
        'Keep it (`pl responder init` never overwrites one); `pl responder list` shows whether a store enrolled it. Use another XDG_CONFIG_HOME for a second identity.',
      ],
    })
  }
  let passphrase = passphraseFromEnv(env)
  if (passphrase === undefined) {
    if (!prompter.interactive) throw new UserError('no-passphrase', 'A new responder identity needs a passphrase and there is no terminal to ask on.', {hints: NO_SOURCE_HINTS})
    passphrase = await askNewIdentityPassphrase(prompter)
  }
  const sign = crypto.signKeypair()
  const box = await crypto.boxKeypair()
  const kdf = crypto.newKdfParams(preset)
  const key = await crypto.deriveKek(encoder.encode(passphrase), kdf)
  const signPublicKey = toHex(sign.publicKey)
  const boxPublicKey = toHex(box.publicKey)
  const secrets = new Uint8Array(64)
  secrets.set(sign.secretKey, 0)
  secrets.set(box.secretKey, 32)
  const sealed = crypto.seal(key, secrets, identityAad(signPublicKey, boxPublicKey))
  for (const b of [key, secrets, sign.secretKey, box.secretKey]) crypto.memzero(b)
  const file: IdentityFile = {format: IDENTITY_FORMAT, signPublicKey, boxPublicKey, kdf, nonce: toHex(sealed.nonce), secret: toHex(sealed.ciphertext)}
  mkdirSync(configDir(env), {recursive: true, mode: 0o700})
  const fd = openSync(path, 'wx', 0o600)
  try {
    writeSync(fd, JSON.stringify(file, null, 2) + '\n')
  } finally {
    closeSync(fd)
  }
  chmodSync(path, 0o600)
  return file
}

/** The identity's secret keys, decrypted with its passphrase (three tries on a terminal). The caller wipes them. */
export async function unlockIdentity(env: Env, prompter: Prompter, crypto: Crypto, file: IdentityFile): Promise<AuthorSecrets> {
  const fromEnv = passphraseFromEnv(env)
  if (fromEnv === undefined && !prompter.interactive) {
    throw new UserError('no-passphrase', 'Your responder identity needs its passphrase and there is no terminal to ask on.', {hints: NO_SOURCE_HINTS})
  }
  for (let attempt = 1; ; attempt++) {
    const passphrase = fromEnv ?? (await askIdentityPassphrase(prompter, attempt))
    const key = await crypto.deriveKek(encoder.encode(passphrase), file.kdf)
    try {
      const plain = crypto.open(key, fromHex(file.nonce), fromHex(file.secret), identityAad(file.signPublicKey, file.boxPublicKey))
      return {signSecretKey: plain.slice(0, 32), signPublicKey: fromHex(file.signPublicKey), boxSecretKey: plain.slice(32, 64), boxPublicKey: fromHex(file.boxPublicKey)}
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error
      if (fromEnv !== undefined || attempt === PASSPHRASE_TRIES) {
        throw new UserError('wrong-passphrase', `Wrong passphrase for your responder identity ${identityPath(env)}. Nothing was written.`, {
          hints: ['Check PL_IDENTITY_PASSPHRASE / PL_IDENTITY_PASSPHRASE_FILE, or XDG_CONFIG_HOME if you keep several identities.'],
        })
      }
    } finally {
      crypto.memzero(key)
    }
  }
}
