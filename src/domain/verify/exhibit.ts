/**
 * An exhibit proof bundle (`pl evidence prove`) checked offline, with the same pieces as the store
 * verifier: the entry's hash, the checkpoint's signature and the entry's inclusion in its tree.
 */
import {fromHex, toHex} from '../bytes.js'
import type {CheckpointFile} from '../checkpoint.js'
import type {EntryHeader} from '../codec.js'
import {encodeHeader, entryHash} from '../codec.js'
import {leafHash, verifyInclusion} from '../merkle.js'
import {checkpointSignatureOk} from './checkpoint.js'
import type {VerifySignature} from './checkpoint.js'

/** A self-contained bundle that lets a reviewer check one exhibit without the store. */
export interface ExhibitProof {
  format: 'pl-exhibit-proof/1'
  evidence: string
  /** The entry's header, with its binary fields in base64 (nonce, body) and hex (prev, hash). */
  entry: EntryHeader & {nonce: string; body: string; prev: string; hash: string}
  leafIndex: number
  treeSize: number
  inclusionProof: string[]
  checkpoint: CheckpointFile
  exhibit: {name: string; kind: string; size: number; sha256: string}
  /** The exhibit's own data key (base64), only when disclosed on request: it decrypts this exhibit. */
  dataKey?: string
}

export interface ProofCheckItem {
  name: string
  ok: boolean
  detail: string
}

/** The entry hash, checkpoint signature and inclusion checks of a bundle, in that order. */
export function checkProofBundle(p: ExhibitProof, verifySignature: VerifySignature): ProofCheckItem[] {
  const checks: ProofCheckItem[] = []
  const fromB64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'))
  const hash = entryHash(hexOrEmpty(p.entry.prev), encodeHeader(p.entry), fromB64(p.entry.nonce), fromB64(p.entry.body))
  const hashOk = toHex(hash) === p.entry.hash
  checks.push({name: 'entry hash', ok: hashOk, detail: hashOk ? 'the entry hashes to its recorded hash' : 'the entry was altered'})
  const c = p.checkpoint
  const checkpoint = {storeId: c.storeId, size: c.size, root: hexOrEmpty(c.root), ts: c.ts, sig: fromB64(c.signature)}
  const sigOk = checkpointSignatureOk(checkpoint, hexOrEmpty(c.publicKey), verifySignature)
  checks.push({name: 'checkpoint signature', ok: sigOk, detail: sigOk ? `signed by ${c.publicKey.slice(0, 16)}…` : 'invalid signature'})
  const incl = verifyInclusion(p.leafIndex, c.size, leafHash(hash), p.inclusionProof.map(hexOrEmpty), checkpoint.root)
  const inclOk = incl.ok && p.leafIndex === p.entry.seq - 1
  checks.push({name: 'inclusion', ok: inclOk, detail: inclOk ? `entry ${p.entry.seq} is in the signed tree of size ${c.size}` : incl.ok ? 'leaf index does not match the entry' : incl.reason})
  return checks
}

/** A bundle comes from elsewhere: a field that is not hex fails its check (as a wrong length) instead of throwing. */
function hexOrEmpty(hex: string): Uint8Array {
  try {
    return fromHex(hex)
  } catch {
    return new Uint8Array(0)
  }
}
