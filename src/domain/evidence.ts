/**
 * Evidence identifiers and kinds (ADR 0016).
 *
 * Every item that `pl evidence` lists and shreds — an exhibit (`evidence.added`), a raw value a
 * scan captured (`secret.captured`), a password answer typed into a runbook (`runbook.secret`) —
 * has an id EV-<n>: n counts the store's items in the order they were added (EV-1, EV-2, …). The
 * number is a function of the clear entry headers alone (1 + the number of earlier entries of
 * those three kinds), so a verifier without the key derives it, it has no gaps, and two
 * concurrent writers cannot get the same one (appends are serialised; the id is never stored as
 * the source of truth). The entry number (seq) stays a field of its own.
 *
 * Before numbering, ids were entry numbers (EV-<seq>). The first append of an item by a pl that
 * numbers writes one `evidence.numbering` entry just before it; items recorded before that entry
 * keep their former id as an alias, and ids recorded in older entries (a reveal, a shred, a
 * replay) are read as the entry numbers they were. Pure.
 */
import type {EvidenceKind} from './entry.js'

/** The entry kinds that are evidence items, numbered together. */
export const EVIDENCE_ENTRY_KINDS = ['evidence.added', 'secret.captured', 'runbook.secret'] as const
export type EvidenceEntryKind = (typeof EVIDENCE_ENTRY_KINDS)[number]
/** The entry written once, just before the first item a numbering pl adds to a store. */
export const NUMBERING_KIND = 'evidence.numbering'

export function isEvidenceEntryKind(kind: string): kind is EvidenceEntryKind {
  return (EVIDENCE_ENTRY_KINDS as readonly string[]).includes(kind)
}

export function evidenceId(n: number): string {
  return `EV-${n}`
}

/** The number of an id EV-<n>, or undefined when it is not one. */
export function parseEvidenceId(input: string): number | undefined {
  const m = /^EV-([1-9][0-9]{0,15})$/i.exec(input.trim())
  if (!m) return undefined
  const n = Number(m[1])
  return Number.isSafeInteger(n) ? n : undefined
}

/** The entry number of `entry:<seq>` (the form that never depends on numbering), or undefined. */
export function parseEntryRef(input: string): number | undefined {
  const m = /^entry:([1-9][0-9]{0,15})$/i.exec(input.trim())
  if (!m) return undefined
  const n = Number(m[1])
  return Number.isSafeInteger(n) ? n : undefined
}

/** The clear header fields numbering needs: the entries of the evidence kinds and the numbering entry. */
export interface NumberingHeader {
  seq: number
  kind: string
}

export type EvidenceRef =
  | {found: true; seq: number; id: string; via: 'id' | 'former-id' | 'entry'}
  | {found: false; reason: 'not-an-id' | 'no-such-item'}
  /** EV-<n> is both the n-th item's id and the former id of another item (entry n, recorded before numbering). */
  | {found: false; reason: 'ambiguous'; numbered: number; former: number}

export interface EvidenceNumbering {
  /** EV-<n> of the item at entry `seq`, or undefined when that entry is not an item. */
  idOf(seq: number): string | undefined
  /** The id the item had before numbering (EV-<seq>), when it was recorded before the numbering entry. */
  formerIdOf(seq: number): string | undefined
  /** An id as recorded inside the entry `recordSeq` (a reveal, a shred, a replay), as it is shown now. */
  shownId(recorded: string, recordSeq: number): string
  /** What a typed id names: EV-<n>, a former id, or entry:<seq>. */
  resolve(input: string): EvidenceRef
  /** Items in the store. */
  readonly count: number
}

/**
 * The store's numbering from the headers of its evidence entries and its numbering entry (any
 * order; other kinds are ignored).
 */
export function evidenceNumbering(headers: Iterable<NumberingHeader>): EvidenceNumbering {
  const items: number[] = []
  let numberedFrom = Infinity
  for (const h of headers) {
    if (isEvidenceEntryKind(h.kind)) items.push(h.seq)
    else if (h.kind === NUMBERING_KIND) numberedFrom = Math.min(numberedFrom, h.seq)
  }
  items.sort((a, b) => a - b)
  const numberOf = new Map(items.map((seq, i) => [seq, i + 1]))
  const idOf = (seq: number) => {
    const n = numberOf.get(seq)
    return n === undefined ? undefined : evidenceId(n)
  }
  const isFormer = (seq: number) => seq < numberedFrom && numberOf.has(seq)
  return {
    count: items.length,
    idOf,
    formerIdOf: (seq) => (isFormer(seq) ? evidenceId(seq) : undefined),
    shownId(recorded, recordSeq) {
      if (recordSeq >= numberedFrom) return recorded
      const seq = parseEvidenceId(recorded)
      return (seq === undefined ? undefined : idOf(seq)) ?? recorded
    },
    resolve(input) {
      const entry = parseEntryRef(input)
      if (entry !== undefined) {
        const id = idOf(entry)
        return id === undefined ? {found: false, reason: 'no-such-item'} : {found: true, seq: entry, id, via: 'entry'}
      }
      const n = parseEvidenceId(input)
      if (n === undefined) return {found: false, reason: 'not-an-id'}
      const numbered = items[n - 1]
      const former = isFormer(n) ? n : undefined
      if (numbered !== undefined && former !== undefined && numbered !== former) return {found: false, reason: 'ambiguous', numbered, former}
      if (numbered !== undefined) return {found: true, seq: numbered, id: evidenceId(n), via: 'id'}
      if (former !== undefined) return {found: true, seq: former, id: idOf(former)!, via: 'former-id'}
      return {found: false, reason: 'no-such-item'}
    },
  }
}

/**
 * A file name as pl shows it: the last part of the path it was recorded under (pl evidence add
 * records base names; a runbook's purge recorded the path it preserved). The full path, when
 * there was one, is shown beside it as `path`.
 */
export function displayName(recorded: string): {name: string; path?: string} {
  const cut = Math.max(recorded.lastIndexOf('/'), recorded.lastIndexOf('\\'))
  if (cut < 0 || cut === recorded.length - 1) return {name: recorded}
  return {name: recorded.slice(cut + 1), path: recorded}
}

/**
 * The numbering of entries taken as a whole store numbered from its start (no former ids): the
 * default of readers handed one incident's entries without the store's numbering (unit tests).
 */
export function numberedFromStart(entries: Iterable<NumberingHeader>): EvidenceNumbering {
  return evidenceNumbering([{seq: 0, kind: NUMBERING_KIND}, ...entries])
}

const KIND_BY_EXTENSION: Readonly<Record<string, EvidenceKind>> = {
  log: 'log',
  jsonl: 'log',
  ndjson: 'log',
  gz: 'log',
  txt: 'log',
  har: 'exchange',
  prompt: 'prompt',
}

/** A best guess from the file name; a captured exchange is recognised by content later. */
export function guessEvidenceKind(name: string): EvidenceKind {
  const lower = name.toLowerCase()
  if (/(^|[^a-z])(trace|traces|spans?|otel)([^a-z]|$)/.test(lower)) return 'trace'
  if (/(^|[^a-z])(exchange|conversation|chat)([^a-z]|$)/.test(lower)) return 'exchange'
  if (/(^|[^a-z])(system[-_]?prompt|prompt)([^a-z]|$)/.test(lower)) return 'prompt'
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : ''
  return KIND_BY_EXTENSION[ext] ?? 'artifact'
}
