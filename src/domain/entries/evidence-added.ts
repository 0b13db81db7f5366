/** `evidence.added`: an exhibit whose bytes are an encrypted blob under the entry's data key. */
import type {EvidenceKind} from '../entry.js'
import {EVIDENCE_KINDS} from '../entry.js'
import {displayName} from '../evidence.js'
import {formatSize} from '../size.js'
import {aNumber, aString, object, oneOf} from './check.js'
import type {KindSpec} from './spec.js'
import {oneLine, SHREDDED} from './text.js'

export interface EvidenceAddedBody {
  evidence: string
  name: string
  kind: EvidenceKind
  size: number
  /** SHA-256 of the original bytes, hex. */
  sha256: string
  /** Content address of the encrypted blob (hex SHA-256 of its ciphertext stream). */
  blob: string
  mediaType?: string
  /** Where a runbook's purge preserved it from (the name is then the path's last part); ADR 0016. */
  path?: string
}

export const evidenceAdded: KindSpec<'evidence.added'> = {
  guard: object({evidence: aString, name: aString, kind: oneOf(EVIDENCE_KINDS), size: aNumber, sha256: aString, blob: aString}, {mediaType: aString, path: aString}),
  summary(entry, context) {
    if (entry.body === null) {
      const id = context.evidenceIdOf(entry.seq)
      return `Evidence ${id === undefined ? '' : `${oneLine(id)} `}added: ${SHREDDED}`
    }
    const {evidence, name, kind, size} = entry.body
    return `Evidence ${oneLine(context.evidenceIdOf(entry.seq) ?? evidence)} added: "${oneLine(displayName(name).name)}" (${kind}, ${formatSize(size)})`
  },
}
