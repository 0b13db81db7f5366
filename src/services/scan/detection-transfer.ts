/**
 * Detections as a scan worker posts them to the main thread (ADR 0027). A structured clone of a
 * segment's detections (about 7,000 objects per 4 MiB of the bench corpus) costs the main thread,
 * which also fingerprints, sorts and keeps every finding, about a microsecond per object, and makes
 * a new copy of every repeated string (rule ids, categories, the reason of each low-confidence
 * finding) that the finding then keeps alive. Packed, each repeated string crosses once, and the
 * numbers, and which optional fields are set, travel in one Float64Array that is moved, not copied.
 *
 * A detection with a field this file does not know, or a field of another type than the
 * Detection type says, is not packed: the segment's detections are then cloned as before
 * (`packDetections` returns undefined), so a field added to Detection later still arrives.
 */
import type {Detection} from '../../domain/scan/types.js'

export interface PackedDetections {
  count: number
  /** The strings, each one that repeats once (rule ids, reasons…), masked forms and raw values as they come; the values refer to them by index. */
  strings: string[]
  /** Per detection: a bit mask of the optional fields set, then the REQUIRED fields and the optional ones set, in list order. */
  values: Float64Array
}

/** A number; a string that repeats (sent once, looked up); one that seldom does (sent as it is); an object (as JSON). */
type Kind = 'number' | 'string' | 'unique' | 'json'

/** Every field of Detection: the required ones first, then the optional ones (one mask bit each, in this order). */
const REQUIRED = [
  ['rule', 'string'],
  ['category', 'string'],
  ['line', 'number'],
  ['start', 'number'],
  ['end', 'number'],
  ['masked', 'unique'],
  ['length', 'number'],
  ['secret', 'unique'],
] as const satisfies ReadonlyArray<readonly [keyof Detection, Kind]>
const OPTIONAL = [
  ['endLine', 'number'],
  ['jsonPath', 'string'],
  ['promptName', 'string'],
  ['coverage', 'number'],
  ['tenant', 'string'],
  ['channel', 'string'],
  ['confidence', 'string'],
  ['reason', 'string'],
  ['pair', 'json'],
  ['partner', 'unique'],
] as const satisfies ReadonlyArray<readonly [keyof Detection, Kind]>

/** Whether every key of Detection is listed above (a compile-time check: a new field must be added here). */
type Listed = (typeof REQUIRED)[number][0] | (typeof OPTIONAL)[number][0]
const everyFieldListed: Exclude<keyof Detection, Listed> extends never ? true : never = true
void everyFieldListed

const SLOTS = 1 + REQUIRED.length + OPTIONAL.length

/** The segment's detections packed, or undefined when one of them holds something the packing does not know (they are then cloned). */
export function packDetections(detections: readonly Detection[]): PackedDetections | undefined {
  const strings: string[] = []
  const index = new Map<string, number>()
  const intern = (s: string): number => {
    let i = index.get(s)
    if (i === undefined) {
      i = strings.length
      strings.push(s)
      index.set(s, i)
    }
    return i
  }
  const add = (s: string): number => strings.push(s) - 1
  const values = new Float64Array(detections.length * SLOTS)
  let at = 0
  for (const d of detections) {
    const record = d as unknown as Record<string, unknown>
    let keys = 0
    for (const key in record) if (Object.hasOwn(record, key)) keys++
    let set = REQUIRED.length
    const maskAt = at++
    for (const [name, kind] of REQUIRED) {
      const value = record[name]
      if (typeof value !== (kind === 'unique' ? 'string' : kind)) return undefined
      values[at++] = kind === 'string' ? intern(value as string) : kind === 'unique' ? add(value as string) : (value as number)
    }
    let mask = 0
    for (let bit = 0; bit < OPTIONAL.length; bit++) {
      const [name, kind] = OPTIONAL[bit] as (typeof OPTIONAL)[number]
      const value = record[name]
      if (value === undefined) continue
      set++
      mask |= 1 << bit
      if (kind === 'json') {
        // JSON keeps a flat object of strings and finite numbers as it is; anything else is cloned.
        if (!jsonSafe(value)) return undefined
        values[at++] = intern(JSON.stringify(value))
      } else if (typeof value !== (kind === 'unique' ? 'string' : kind)) return undefined
      else values[at++] = kind === 'string' ? intern(value as string) : kind === 'unique' ? add(value as string) : (value as number)
    }
    // A key set to undefined, or one not listed: not packed.
    if (keys !== set) return undefined
    values[maskAt] = mask
  }
  return {count: detections.length, strings, values: values.slice(0, at)}
}

/** A flat object whose every own value is a string or a finite number (JSON.stringify drops or changes anything else). */
function jsonSafe(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  for (const field of Object.values(value)) {
    if (typeof field === 'string') continue
    if (typeof field !== 'number' || !Number.isFinite(field) || Object.is(field, -0)) return false
  }
  return true
}

/** The detections packDetections packed, field for field (a pair is a new object for each detection). */
export function unpackDetections(packed: PackedDetections): Detection[] {
  const {strings, values} = packed
  const text = (i: number): string => strings[values[i] ?? -1] ?? ''
  const out: Detection[] = []
  let at = 0
  for (let n = 0; n < packed.count; n++) {
    const mask = values[at] ?? 0
    const d: Detection = {
      rule: text(at + 1),
      category: text(at + 2) as Detection['category'],
      line: values[at + 3] ?? 0,
      start: values[at + 4] ?? 0,
      end: values[at + 5] ?? 0,
      masked: text(at + 6),
      length: values[at + 7] ?? 0,
      secret: text(at + 8),
    }
    at += 1 + REQUIRED.length
    if (mask !== 0) {
      const record = d as unknown as Record<string, unknown>
      for (let bit = 0; bit < OPTIONAL.length; bit++) {
        if ((mask & (1 << bit)) === 0) continue
        const [name, kind] = OPTIONAL[bit] as (typeof OPTIONAL)[number]
        record[name] = kind === 'number' ? values[at] : kind === 'json' ? (JSON.parse(text(at)) as unknown) : text(at)
        at++
      }
    }
    out.push(d)
  }
  return out
}
