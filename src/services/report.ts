/**
 * `pl report postmortem`: the postmortem of an incident from its record. Root cause and action
 * items are recorded as a `postmortem.input` entry under the incident key (from the caller, from
 * a YAML file, or asked when a person is at the terminal), so the report can be written again
 * with the same content. The appendix carries the entry hashes, a signed checkpoint covering
 * them, inclusion proofs of the exhibits and the result of the same verification as
 * `pl evidence verify`.
 */
import type {z as Zod} from 'zod'
import {evidenceNumbering, isEvidenceEntryKind, NUMBERING_KIND} from '../domain/evidence.js'
import {foldIncident} from '../domain/incident.js'
import {buildTimeline} from '../domain/timeline.js'
import type {LedgerEntry} from '../domain/entry.js'
import type {PostmortemInputBody} from '../domain/entries/postmortem-input.js'
import type {Postmortem} from '../domain/postmortem.js'
import {inclusionProofs, SubtreeRoots} from '../domain/merkle.js'
import {buildPostmortem, EXHIBIT_KINDS, POSTMORTEM_INPUT_KIND, runbookRootCause} from '../domain/postmortem.js'
import {askPostmortemInput} from '../prompts/postmortem-input.js'
import {toHex} from '../domain/bytes.js'
import {checkpointToFile} from '../domain/checkpoint.js'
import type {MaskedValue} from '../domain/free-text.js'
import {maskBody, maskEntries} from '../domain/free-text.js'
import {verifyLedger} from '../store/verify.js'
import {loadConfig, readYamlFile} from './config.js'
import {textMasker} from './free-text.js'
import {incidentKey} from './incidents.js'
import type {SessionOptions} from './session.js'
import {withLedger} from './store-access.js'

/** Above this many entries the incident's entries are decrypted with libsodium (ADR 0004). */
const BULK_ENTRIES = 500

export interface PostmortemOptions {
  incident: string
  rootCause?: string
  actionItems?: readonly string[]
  /** A YAML file with `rootCause` and `actionItems`; flags given as well take precedence. */
  inputFile?: string
  /** Told what was masked in the root cause and action items before they were recorded (ADR 0038). */
  onMasked?: (masked: MaskedValue[]) => void
}

const inputSchema = (z: typeof Zod) =>
  z
    .object({
      rootCause: z.string().trim().min(1).optional(),
      actionItems: z.array(z.string().trim().min(1)).default([]),
    })
    .strict()

async function givenInput(options: PostmortemOptions): Promise<PostmortemInputBody | undefined> {
  const file =
    options.inputFile === undefined ? undefined : await readYamlFile(options.inputFile, inputSchema, 'The file looks like: rootCause: "…" and actionItems: ["…", "…"].')
  const rootCause = options.rootCause?.trim() || file?.rootCause
  const actionItems = [...(file?.actionItems ?? []), ...(options.actionItems ?? []).map((a) => a.trim()).filter((a) => a.length > 0)]
  if (rootCause === undefined && actionItems.length === 0) return undefined
  return {...(rootCause === undefined ? {} : {rootCause}), actionItems}
}

export async function writePostmortem(session: SessionOptions, options: PostmortemOptions): Promise<Postmortem> {
  const slo = (await loadConfig(session.env)).slo
  const given = await givenInput(options)
  const mask = await textMasker()
  return withLedger(session, async (ledger) => {
    const keyId = incidentKey(ledger, options.incident)
    const incident = options.incident.toUpperCase()
    // The postmortem is the incident's content: without a grant on it, exit 13 naming who can
    // grant it, never a report calling everything shredded (ADR 0014).
    ledger.requireIncidentAccess(incident)
    const recorded = ledger.db
      .prepare('SELECT key_id AS "keyId" FROM entries WHERE incident = ? AND kind = ? ORDER BY seq')
      .all(incident, POSTMORTEM_INPUT_KIND) as {keyId: string}[]
    const hasInput = recorded.some((r) => ledger.hasKey(r.keyId))
    const walked = runbookRootCause(ledger.rowsOfIncidentKind(incident, 'runbook.step').map((row) => ledger.decrypt(row)))
    const input = given ?? (!hasInput && session.prompter.interactive ? await askPostmortemInput(session.prompter, walked === undefined ? {} : {rootCause: walked.text}) : undefined)
    if (input !== undefined) {
      const recorded = maskBody(POSTMORTEM_INPUT_KIND, input, mask)
      if (recorded.masked.length > 0) options.onMasked?.(recorded.masked)
      ledger.append([{incident, kind: POSTMORTEM_INPUT_KIND, keyId, body: recorded.body}])
    }
    const checkpoint = ledger.checkpoint()
    // libsodium's AEAD beats node:crypto's per-call set-up once there are many small entries to open.
    const count = ledger.db.prepare('SELECT count(*) AS n FROM entries WHERE incident = ?').get(incident) as {n: number}
    if (count.n > BULK_ENTRIES) await ledger.crypto.preload()
    // One pass over the store: the same verification as `pl evidence verify`, which also hands
    // over the incident's rows (decrypted as they pass, with the header the hash needed), the leaf
    // hashes and the subtree roots. Nothing of a row is kept beyond what the report prints.
    const entries: LedgerEntry[] = []
    const hashes = new Map<number, string>()
    const exhibits: {seq: number; kind: string; hash: string}[] = []
    const leaves: Uint8Array[] = []
    const subtrees = new SubtreeRoots()
    const numberingHeaders: {seq: number; kind: string}[] = []
    const report = verifyLedger(ledger.db, {
      subtrees,
      onRow: (row, leaf, header) => {
        if (isEvidenceEntryKind(row.kind) || row.kind === NUMBERING_KIND) numberingHeaders.push({seq: row.seq, kind: row.kind})
        if (row.incident === incident) {
          entries.push(ledger.decrypt(row, header))
          const hash = toHex(row.hash)
          hashes.set(row.seq, hash)
          if (EXHIBIT_KINDS.includes(row.kind) && row.seq <= checkpoint.size) exhibits.push({seq: row.seq, kind: row.kind, hash})
        }
        if (leaf !== undefined && leaves.length < checkpoint.size) leaves.push(leaf)
      },
    })
    const paths = inclusionProofs(leaves, exhibits.map((r) => r.seq - 1), checkpoint.size, subtrees)
    const proofs = exhibits.map((r, i) => ({...r, leafIndex: r.seq - 1, treeSize: checkpoint.size, path: paths[i]!.map(toHex)}))
    const numbering = evidenceNumbering(numberingHeaders)
    // Free text written before ADR 0038 may hold raw values: masked as it is shown.
    const shown = maskEntries(entries, mask)
    return buildPostmortem({
      incident: foldIncident(shown, numbering),
      timeline: buildTimeline(shown, numbering),
      numbering,
      entries: shown,
      hashes,
      checkpoint: checkpointToFile(checkpoint, ledger.meta.signPublicKey),
      proofs,
      verification: {
        ok: report.ok,
        entries: report.entries,
        checkpoints: report.checkpoints,
        firstBadEntry: report.firstBadEntry,
        problems: report.problems.map((p) => ({code: p.code, message: p.message})),
        warnings: report.warnings,
      },
      slo,
      generatedAt: session.now(),
    })
  }, {reader: true})
}
