/**
 * The signed meta statement (ADR 0009 part 4, docs/store-format.md §3): the store's key signs the
 * meta values every check starts from, so that verify, without a key, names a value that was
 * changed, and a changed key-derivation setting reads as tampering rather than a wrong passphrase.
 *
 * Stored as the meta row `meta_statement`: canonical JSON `{"sig": base64, "values": {key: value}}`
 * where `values` holds the six covered meta values exactly as stored (TEXT), and `sig` is Ed25519
 * under the store's signing key over `"pl-meta v1\n" ‖ canonicalJson(values) ‖ "\n"`.
 */
import {canonicalJson} from './codec.js'
import type {VerifySignature} from './verify/checkpoint.js'

/** The meta keys the statement covers. The wrapped keys need no signature: the KEK authenticates them. */
export const META_STATEMENT_KEYS = ['format', 'store_id', 'created', 'kdf', 'kek_check', 'sign_public_key'] as const
export type MetaStatementKey = (typeof META_STATEMENT_KEYS)[number]
export type MetaValues = Readonly<Record<MetaStatementKey, string>>

/** The meta row that holds the statement. */
export const META_STATEMENT_ROW = 'meta_statement'

const encoder = new TextEncoder()

/** The bytes the statement's signature covers. */
export function metaStatementMessage(values: MetaValues): Uint8Array {
  return encoder.encode(`pl-meta v1\n${canonicalJson(values)}\n`)
}

/** The covered values of a meta table (a key missing from it is left out: readMeta names it first). */
export function coveredValues(meta: ReadonlyMap<string, string>): Partial<Record<MetaStatementKey, string>> {
  const out: Partial<Record<MetaStatementKey, string>> = {}
  for (const k of META_STATEMENT_KEYS) {
    const v = meta.get(k)
    if (v !== undefined) out[k] = v
  }
  return out
}

export function encodeMetaStatement(values: MetaValues, signature: Uint8Array): string {
  return canonicalJson({sig: Buffer.from(signature).toString('base64'), values})
}

export interface MetaStatement {
  values: MetaValues
  signature: Uint8Array
}

/** The statement a meta row holds, or why it is not one. */
export function parseMetaStatement(text: string): MetaStatement | {error: string} {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {error: 'is not JSON'}
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {error: 'is not a JSON object'}
  const {sig, values} = parsed as Record<string, unknown>
  if (typeof sig !== 'string' || !/^[A-Za-z0-9+/]{86}==$/.test(sig)) return {error: 'has no 64-byte base64 signature'}
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return {error: 'has no values'}
  const v = values as Record<string, unknown>
  const keys = Object.keys(v).sort()
  if (keys.join() !== [...META_STATEMENT_KEYS].sort().join() || keys.some((k) => typeof v[k] !== 'string')) {
    return {error: `does not hold exactly the values ${META_STATEMENT_KEYS.join(', ')} as strings`}
  }
  return {values: v as MetaValues, signature: new Uint8Array(Buffer.from(sig, 'base64'))}
}

export interface MetaStatementCheck {
  /** Whether the statement is signed by the trusted key. */
  signed: boolean
  /** The covered meta values that differ from the statement's, in META_STATEMENT_KEYS order. */
  changed: MetaStatementKey[]
}

/** Compares the stored meta with a statement and checks its signature under `publicKey`. */
export function checkMetaStatement(
  statement: MetaStatement,
  meta: Partial<Record<MetaStatementKey, string>>,
  publicKey: Uint8Array,
  verifySignature: VerifySignature,
): MetaStatementCheck {
  return {
    signed: verifySignature(publicKey, metaStatementMessage(statement.values), statement.signature),
    changed: META_STATEMENT_KEYS.filter((k) => meta[k] !== statement.values[k]),
  }
}

/** A sentence naming what a check found wrong, or undefined when the statement holds. */
export function metaStatementFinding(check: MetaStatementCheck, pinned: boolean): string | undefined {
  const named = check.changed.map((k) => `"${k}"`).join(', ')
  const differ = check.changed.length === 1 ? 'differs' : 'differ'
  if (check.signed && check.changed.length === 0) return undefined
  if (check.signed) return `The store's meta value${check.changed.length === 1 ? '' : 's'} ${named} ${differ} from the signed meta statement: the meta table was altered.`
  const by = pinned ? 'the pinned key' : "the store's public key"
  return `The signed meta statement does not verify under ${by}${check.changed.length > 0 ? ` (and the meta value${check.changed.length === 1 ? '' : 's'} ${named} ${differ} from it)` : ''}: the meta table was altered.`
}
