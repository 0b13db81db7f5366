/** `pl evidence prove`: a self-contained inclusion proof bundle for one exhibit. */
import {toHex} from '../../domain/bytes.js'
import {checkpointToFile} from '../../domain/checkpoint.js'
import {isKind} from '../../domain/entries/index.js'
import {inclusionProof} from '../../domain/merkle.js'
import type {ExhibitProof} from '../../domain/verify/exhibit.js'
import {UserError} from '../../errors.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'
import {exhibitRow, idOfRow} from './lookup.js'

export async function proveEvidence(session: SessionOptions, id: string, options: {discloseKey?: boolean} = {}): Promise<ExhibitProof> {
  return withLedger(session, (ledger) => {
    const row = exhibitRow(ledger, id)
    // Without a grant on its incident: exit 13 naming who can grant it, never "shredded" (ADR 0014).
    ledger.requireIncidentAccess(row.incident)
    const entry = ledger.decrypt(row)
    if (!isKind(entry, 'evidence.added') || entry.body === null) throw new UserError('key-shredded', `Evidence ${id} was crypto-shredded; only its entry hash remains.`)
    const checkpoint = ledger.checkpoint()
    const leaves = [...ledger.leafHashes()].slice(0, checkpoint.size)
    const proof = inclusionProof(leaves, row.seq - 1, checkpoint.size)
    const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64')
    const key = options.discloseKey ? ledger.key(row.keyId) : undefined
    return {
      format: 'pl-exhibit-proof/1',
      evidence: idOfRow(ledger, row),
      entry: {
        seq: row.seq,
        ts: row.ts,
        incident: row.incident,
        kind: row.kind,
        actor: row.actor,
        keyId: row.keyId,
        blob: row.blob,
        nonce: b64(row.nonce),
        body: b64(row.body),
        prev: toHex(row.prev),
        hash: toHex(row.hash),
      },
      leafIndex: row.seq - 1,
      treeSize: checkpoint.size,
      inclusionProof: proof.map(toHex),
      checkpoint: checkpointToFile(checkpoint, ledger.meta.signPublicKey),
      exhibit: {name: entry.body.name, kind: entry.body.kind, size: entry.body.size, sha256: entry.body.sha256},
      ...(key ? {dataKey: b64(key)} : {}),
    }
  })
}
