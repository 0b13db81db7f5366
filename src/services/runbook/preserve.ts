/** Items an action preserves before it destroys anything: each becomes an exhibit of the incident. */
import type {PreserveItem} from '../../actions/types.js'
import {displayName, evidenceId} from '../../domain/evidence.js'
import type {UnlockedLedger} from '../../store/ledger.js'

/**
 * Adds the items as evidence, each under a data key of its own; returns their evidence ids. An
 * item named by a path is recorded by its last part, the path beside it (ADR 0016).
 */
export async function preserve(ledger: UnlockedLedger, incident: string, items: readonly PreserveItem[]): Promise<string[]> {
  const ids: string[] = []
  for (const item of items) {
    const keyId = ledger.createKey(incident)
    const blob = await ledger.writeBlob(keyId, (async function* () {
      yield item.bytes
    })())
    const {name, path} = displayName(item.name)
    let id = ''
    ledger.append([
      {
        incident,
        kind: 'evidence.added',
        keyId,
        blob: blob.id,
        body: (_seq: number, n: number) => {
          id = evidenceId(n)
          return {evidence: id, name, ...(path === undefined ? {} : {path}), kind: item.kind, size: blob.size, sha256: blob.sha256, blob: blob.id}
        },
      },
    ])
    ids.push(id)
  }
  return ids
}
