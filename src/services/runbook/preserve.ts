/** Items an action preserves before it destroys anything: each becomes an exhibit of the incident. */
import type {PreserveItem} from '../../actions/types.js'
import {evidenceId} from '../../domain/evidence.js'
import type {UnlockedLedger} from '../../store/ledger.js'

/** Adds the items as evidence, each under a data key of its own; returns their evidence ids. */
export async function preserve(ledger: UnlockedLedger, incident: string, items: readonly PreserveItem[]): Promise<string[]> {
  const ids: string[] = []
  for (const item of items) {
    const keyId = ledger.createKey(incident)
    const blob = await ledger.writeBlob(keyId, (async function* () {
      yield item.bytes
    })())
    const [row] = ledger.append([
      {incident, kind: 'evidence.added', keyId, blob: blob.id, body: (seq: number) => ({evidence: evidenceId(seq), name: item.name, kind: item.kind, size: blob.size, sha256: blob.sha256, blob: blob.id})},
    ])
    ids.push(evidenceId(row!.seq))
  }
  return ids
}
