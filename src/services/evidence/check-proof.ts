/**
 * `pl evidence verify --proof`: an exhibit proof bundle checked offline by the same domain
 * verifier as the store (entry hash, checkpoint signature, inclusion), plus, with a disclosed data
 * key, that the bundle's metadata is the recorded one.
 */
import {loadCrypto} from '../../crypto/sodium.js'
import {verifyEd25519} from '../../crypto/ed25519.js'
import {encodeHeader} from '../../domain/codec.js'
import type {EvidenceAddedBody} from '../../domain/entries/evidence-added.js'
import type {ExhibitProof} from '../../domain/verify/exhibit.js'
import {checkProofBundle} from '../../domain/verify/exhibit.js'
import {UserError} from '../../errors.js'
import type {FileDigest} from '../files/digest.js'
import {digestFile} from '../files/digest.js'
import {readJsonFile} from './json-file.js'

export interface ProofCheck {
  ok: boolean
  evidence: string
  /** Whether the bundle's name, size and SHA-256 are proven (only with the disclosed data key). */
  metadataAuthenticated: boolean
  checks: {name: string; ok: boolean; detail: string}[]
}

/** The exhibit file's digest, read before the bundle: an unreadable exhibit is named first. */
async function exhibitDigest(path: string): Promise<FileDigest> {
  try {
    return await digestFile(path)
  } catch (error) {
    throw new UserError('not-found', `Cannot read the exhibit ${path}.`, {cause: error})
  }
}

/** Checks an exhibit proof offline; with the exhibit file, also that its bytes are the recorded ones. */
export async function checkExhibitProof(proofPath: string, exhibitPath?: string): Promise<ProofCheck> {
  const exhibit = exhibitPath === undefined ? undefined : await exhibitDigest(exhibitPath)
  const p = readJsonFile(proofPath, 'proof file') as ExhibitProof
  if (p?.format !== 'pl-exhibit-proof/1' || !p.entry || !Array.isArray(p.inclusionProof) || !p.checkpoint) {
    throw new UserError('invalid-input', `${proofPath} is not a pl exhibit proof.`, {hints: ['Produce one with `pl evidence prove EV --out FILE`.']})
  }
  if (exhibit && !p.dataKey) {
    // Without the exhibit's key nothing authenticates the bundle's stated SHA-256: anyone could
    // edit it to match another file.
    throw new UserError('usage', `${proofPath} does not disclose the exhibit's data key, so it cannot prove which bytes the exhibit holds.`, {
      hints: ['Export the proof with `pl evidence prove EV --out FILE --disclose-key` to check an exhibit file against it.'],
    })
  }
  const checks: ProofCheck['checks'] = checkProofBundle(p, verifyEd25519)
  const fromB64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'))
  if (p.dataKey) {
    const crypto = await loadCrypto()
    let bound = false
    try {
      const plain = JSON.parse(new TextDecoder().decode(crypto.open(fromB64(p.dataKey), fromB64(p.entry.nonce), fromB64(p.entry.body), encodeHeader(p.entry)))) as EvidenceAddedBody
      bound = plain.sha256 === p.exhibit.sha256 && plain.size === p.exhibit.size && plain.name === p.exhibit.name
    } catch {
      bound = false
    }
    checks.push({name: 'metadata', ok: bound, detail: bound ? 'name, size and SHA-256 are the ones recorded' : 'the stated metadata is not the recorded one'})
  }
  if (exhibit) {
    const same = exhibit.sha256 === p.exhibit.sha256 && exhibit.size === p.exhibit.size
    checks.push({name: 'exhibit bytes', ok: same, detail: same ? 'the file is the recorded exhibit' : 'the file differs from the recorded exhibit'})
  }
  if (!p.dataKey) {
    checks.push({name: 'metadata', ok: true, detail: 'not authenticated: the bundle proves the entry only (export with --disclose-key to bind name, size and SHA-256)'})
  }
  return {ok: checks.every((x) => x.ok), evidence: p.evidence, metadataAuthenticated: Boolean(p.dataKey) && checks.every((x) => x.ok), checks}
}
