/**
 * `pl evidence add`: exhibits streamed into encrypted blobs, one data key per exhibit, each
 * recorded by an `evidence.added` entry. Only metadata is returned; the content never is.
 */
import type {EvidenceAddedBody} from '../../domain/entries/evidence-added.js'
import type {EvidenceKind} from '../../domain/entry.js'
import {evidenceId, guessEvidenceKind} from '../../domain/evidence.js'
import {exchangeFromJson} from '../../domain/replay/exchange.js'
import {CancelledError} from '../../errors.js'
import {textMasker} from '../free-text.js'
import {incidentKey, loadIncident} from '../incidents.js'
import type {SessionOptions} from '../session.js'
import {withLedger} from '../store-access.js'

export interface EvidenceSource {
  /** The name recorded (a file's base name, or "stdin"). */
  name: string
  open(): AsyncIterable<Uint8Array>
  size?: number
}

export interface AddedEvidence {
  id: string
  incident: string
  name: string
  kind: EvidenceKind
  size: number
  sha256: string
  seq: number
  /** Earlier exhibits of the incident with the same name (ids): a second copy is worth a look. */
  sameName?: string[]
}

export async function addEvidence(
  session: SessionOptions,
  options: {
    incident: string
    sources: readonly EvidenceSource[]
    kind?: EvidenceKind
    onProgress?: (name: string, bytes: number, total?: number) => void
    /** Ctrl-C: the exhibit being streamed is dropped unrecorded; those added before it stay. */
    signal?: AbortSignal
  },
): Promise<AddedEvidence[]> {
  return withLedger(session, async (ledger) => {
    const incident = options.incident.toUpperCase()
    incidentKey(ledger, incident)
    const byName = new Map<string, string[]>()
    for (const e of loadIncident(ledger, incident).evidence) if (e.name !== null && e.id !== null) byName.set(e.name, [...(byName.get(e.name) ?? []), e.id])
    const added: AddedEvidence[] = []
    // A name can hold a secret (`cache/<api key>.json`, `dump-<token>.log`): it is recorded and
    // shown masked, as free text is (ADR 0038); the content is the evidence, kept whole.
    // The scanner is built (some 70 MB) only for a name that could hold a value: a long run of
    // token characters or an @; `gateway-2026-12-07.log` does not need it.
    let mask: Awaited<ReturnType<typeof textMasker>> | undefined
    const masked = async (raw: string): Promise<string> => (MAYBE_SECRET.test(raw) ? (mask ??= await textMasker())(raw).text : raw)
    for (const source of options.sources) {
      const name = await masked(source.name)
      const keyId = ledger.createKey(incident)
      const head: Uint8Array[] = []
      let headBytes = 0
      // The first bytes are kept (in memory only) to recognise a captured exchange by content.
      const tee = async function* () {
        for await (const chunk of source.open()) {
          if (headBytes < HEAD_BYTES) {
            head.push(chunk.subarray(0, HEAD_BYTES - headBytes))
            headBytes += Math.min(chunk.length, HEAD_BYTES - headBytes)
          }
          yield chunk
        }
      }
      let blob: Awaited<ReturnType<typeof ledger.writeBlob>>
      try {
        blob = await ledger.writeBlob(keyId, tee(), (bytes) => options.onProgress?.(name, bytes, source.size), options.signal)
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error
        throw cancelledUpload(name, Number(error.details?.unreferencedBytes ?? 0), added)
      }
      const kind = options.kind ?? (looksLikeExchange(Buffer.concat(head), blob.size <= HEAD_BYTES) ? 'exchange' : guessEvidenceKind(source.name))
      let id = ''
      const [row] = ledger.append([
        {
          incident,
          kind: 'evidence.added',
          keyId,
          blob: blob.id,
          body: (_seq: number, n: number): EvidenceAddedBody => {
            id = evidenceId(n)
            return {evidence: id, name, kind, size: blob.size, sha256: blob.sha256, blob: blob.id}
          },
        },
      ])
      const earlier = byName.get(name) ?? []
      added.push({id, incident, name, kind, size: blob.size, sha256: blob.sha256, seq: row!.seq, ...(earlier.length > 0 ? {sameName: earlier} : {})})
      byName.set(name, [...earlier, id])
    }
    return added
  })
}

const HEAD_BYTES = 1024 * 1024

/** What a credential or an address in a file name holds: 16 token characters in a row (a key, a card number) or an @ (an e-mail address). */
const MAYBE_SECRET = /[A-Za-z0-9_]{16}|@/

/** What a Ctrl-C during an upload leaves: nothing recorded of that exhibit; its committed chunks stay unreferenced. */
function cancelledUpload(name: string, unreferenced: number, added: readonly AddedEvidence[]): CancelledError {
  const mib = unreferenced / (1024 * 1024)
  const left = unreferenced === 0 ? '' : ` (${mib >= 0.1 ? mib.toFixed(1) : '< 0.1'} MiB of unreferenced encrypted chunks stay in the store: \`pl evidence verify\` counts them as an interrupted upload, harmless)`
  const kept = added.length === 0 ? '' : ` ${added.map((e) => e.id).join(', ')}, added before it, ${added.length === 1 ? 'is' : 'are'} recorded.`
  return new CancelledError(`Cancelled: nothing was recorded of ${name}${left}.${kept}`, {details: {unreferencedBytes: unreferenced, added: added.map((e) => e.id)}})
}

/**
 * A captured model exchange (an OpenAI or Anthropic request/response, an OpenTelemetry GenAI span,
 * pl's native format) as one whole JSON document. A JSON-lines log of many exchanges stays a log.
 */
function looksLikeExchange(head: Uint8Array, complete: boolean): boolean {
  if (!complete) return false
  const text = new TextDecoder().decode(head).trim()
  if (!text.startsWith('{')) return false
  try {
    return exchangeFromJson(JSON.parse(text)) !== undefined
  } catch {
    return false
  }
}
