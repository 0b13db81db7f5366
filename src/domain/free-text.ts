/**
 * The free text of ledger entries: what a responder types and pl records (a note, an incident's
 * title and summary, a mark's note, a runbook answer, skip reason or by-hand note, a postmortem's
 * root cause and action items). ADR 0038: a secret or personal value the scanner finds in it is
 * masked before the entry is written, and again when an entry written before is shown. Pure: the
 * masker (domain/scan/mask-text.ts) is handed in.
 */
import type {LedgerEntry} from './entry.js'
import type {MaskedText} from './scan/mask-text.js'

export type Mask = (text: string) => MaskedText

/** One value masked: the field it was in, its rule and its masked form; never the value. */
export interface MaskedValue {
  field: string
  rule: string
  masked: string
}

/** The free-text fields of each kind; a list of strings (action items) is masked item by item. */
const FREE_TEXT: Readonly<Partial<Record<string, readonly string[]>>> = {
  'incident.opened': ['title', 'summary'],
  'timeline.mark': ['note'],
  note: ['text'],
  'runbook.step': ['answer', 'reason', 'note'],
  'postmortem.input': ['rootCause', 'actionItems'],
}

/** Field names as a responder knows them. */
const FIELD_NAMES: Readonly<Record<string, string>> = {text: 'note', rootCause: 'root cause', actionItems: 'action items', reason: 'skip reason', note: 'note'}

export const fieldName = (field: string): string => FIELD_NAMES[field] ?? field

function maskValue(value: unknown, field: string, mask: Mask, found: MaskedValue[]): unknown {
  if (typeof value === 'string') {
    const m = mask(value)
    if (m.masked.length === 0) return value
    for (const v of m.masked) found.push({field, ...v})
    return m.text
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    const next = value.map((v) => maskValue(v, field, mask, found))
    return next.some((v, i) => v !== value[i]) ? next : value
  }
  return value
}

/** The body with its free text masked, and what was masked. A body with nothing found is returned as it is. */
export function maskBody<T>(kind: string, body: T, mask: Mask): {body: T; masked: MaskedValue[]} {
  const fields = FREE_TEXT[kind]
  if (fields === undefined || body === null || typeof body !== 'object') return {body, masked: []}
  const found: MaskedValue[] = []
  let out: Record<string, unknown> | undefined
  for (const field of fields) {
    const value = (body as Record<string, unknown>)[field]
    const next = maskValue(value, field, mask, found)
    if (next !== value) {
      out ??= {...(body as Record<string, unknown>)}
      out[field] = next
    }
  }
  return {body: (out ?? body) as T, masked: found}
}

/** An entry as it is shown: free text written before ADR 0038 masked too. An entry with nothing found is kept as it is. */
export function maskEntry(entry: LedgerEntry, mask: Mask): LedgerEntry {
  if (FREE_TEXT[entry.kind] === undefined || entry.body === null) return entry
  const {body, masked} = maskBody(entry.kind, entry.body, mask)
  return masked.length === 0 ? entry : ({...entry, body} as LedgerEntry)
}

/** Entries as they are shown (maskEntry, each). */
export function maskEntries(entries: readonly LedgerEntry[], mask: Mask): LedgerEntry[] {
  return entries.map((entry) => maskEntry(entry, mask))
}

/** Said after a masked note, title, mark or postmortem input: the raw value is not kept (ADR 0038 §3). */
export const notKeptHint = (incident: string): string =>
  `  → The value as typed is not kept. To capture a leaked credential for revocation and shredding, scan where it leaked: pl scan FILE --incident ${incident}`

/** "1 value masked in the note: github-token" — for the responder, never the value. */
export function maskedNotice(masked: readonly MaskedValue[], where?: string): string {
  const fields = [...new Set(masked.map((m) => fieldName(m.field)))]
  const rules = [...new Set(masked.map((m) => m.rule))]
  return `${masked.length} value${masked.length === 1 ? '' : 's'} masked in the ${where ?? fields.join(' and ')}: ${rules.join(', ')}.`
}
