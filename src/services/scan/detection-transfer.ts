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

/** The mask bit of each optional field (its place in OPTIONAL). */
const BIT = Object.fromEntries(OPTIONAL.map(([name], i) => [name, 1 << i])) as Record<(typeof OPTIONAL)[number][0], number>

/** How many fields intern strings (rule, category, jsonPath, promptName, tenant, channel, confidence, reason, pair). */
const INTERNED_FIELDS = 9

/**
 * The strings of one segment: each one that repeats once (rule ids, categories, JSON paths,
 * reasons…), found again by the last one seen in its field before the map is asked (consecutive
 * detections mostly share a rule, a category and a reason).
 */
class Strings {
  readonly list: string[] = []
  private readonly index = new Map<string, number>()
  // One slot per interned field, filled from the start: arrays that grew as fields first came
  // (a field set before the one below it) changed their elements kind and deoptimized intern.
  private readonly last: Array<string | undefined> = Array.from({length: INTERNED_FIELDS}, () => undefined)
  private readonly lastAt = new Int32Array(INTERNED_FIELDS)

  /** The index of `s`, kept once; `field` is the slot whose last string is tried first. */
  intern(s: string, field: number): number {
    if (this.last[field] === s) return this.lastAt[field] ?? 0
    let i = this.index.get(s)
    if (i === undefined) {
      i = this.list.length
      this.list.push(s)
      this.index.set(s, i)
    }
    this.last[field] = s
    this.lastAt[field] = i
    return i
  }

  /** A string that seldom repeats (a masked form, a raw value), kept as it is. */
  add(s: string): number {
    return this.list.push(s) - 1
  }
}

/**
 * The segment's detections packed, or undefined when one of them holds something the packing does
 * not know (they are then cloned). Each field is read by name, in the lists' order above (a loop
 * over the lists read them by computed key, which V8 handles as a megamorphic lookup for every
 * field of every detection: measured 2–3 times slower, ADR 0035).
 */
export function packDetections(detections: readonly Detection[]): PackedDetections | undefined {
  const strings = new Strings()
  const values = new Float64Array(detections.length * SLOTS)
  let at = 0
  for (const d of detections) {
    if (typeof d.rule !== 'string' || typeof d.category !== 'string' || typeof d.line !== 'number' || typeof d.start !== 'number' || typeof d.end !== 'number') return undefined
    if (typeof d.masked !== 'string' || typeof d.length !== 'number' || typeof d.secret !== 'string') return undefined
    const maskAt = at
    values[at + 1] = strings.intern(d.rule, 0)
    values[at + 2] = strings.intern(d.category, 1)
    values[at + 3] = d.line
    values[at + 4] = d.start
    values[at + 5] = d.end
    values[at + 6] = strings.add(d.masked)
    values[at + 7] = d.length
    values[at + 8] = strings.add(d.secret)
    at += 1 + REQUIRED.length
    let mask = 0
    let set = REQUIRED.length
    const {endLine, jsonPath, promptName, coverage, tenant, channel, confidence, reason, pair, partner} = d
    if (endLine !== undefined) {
      if (typeof endLine !== 'number') return undefined
      mask |= BIT.endLine
      values[at++] = endLine
      set++
    }
    if (jsonPath !== undefined) {
      if (typeof jsonPath !== 'string') return undefined
      mask |= BIT.jsonPath
      values[at++] = strings.intern(jsonPath, 2)
      set++
    }
    if (promptName !== undefined) {
      if (typeof promptName !== 'string') return undefined
      mask |= BIT.promptName
      values[at++] = strings.intern(promptName, 3)
      set++
    }
    if (coverage !== undefined) {
      if (typeof coverage !== 'number') return undefined
      mask |= BIT.coverage
      values[at++] = coverage
      set++
    }
    if (tenant !== undefined) {
      if (typeof tenant !== 'string') return undefined
      mask |= BIT.tenant
      values[at++] = strings.intern(tenant, 4)
      set++
    }
    if (channel !== undefined) {
      if (typeof channel !== 'string') return undefined
      mask |= BIT.channel
      values[at++] = strings.intern(channel, 5)
      set++
    }
    if (confidence !== undefined) {
      if (typeof confidence !== 'string') return undefined
      mask |= BIT.confidence
      values[at++] = strings.intern(confidence, 6)
      set++
    }
    if (reason !== undefined) {
      if (typeof reason !== 'string') return undefined
      mask |= BIT.reason
      values[at++] = strings.intern(reason, 7)
      set++
    }
    if (pair !== undefined) {
      // JSON keeps a flat object of strings and finite numbers as it is; anything else is cloned.
      if (!jsonSafe(pair)) return undefined
      mask |= BIT.pair
      values[at++] = strings.intern(JSON.stringify(pair), 8)
      set++
    }
    if (partner !== undefined) {
      if (typeof partner !== 'string') return undefined
      mask |= BIT.partner
      values[at++] = strings.add(partner)
      set++
    }
    // A key set to undefined, or one not listed: not packed.
    let keys = 0
    for (const key in d) if (Object.hasOwn(d, key)) keys++
    if (keys !== set) return undefined
    values[maskAt] = mask
  }
  return {count: detections.length, strings: strings.list, values: values.slice(0, at)}
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

/**
 * A line, offset or length read from the buffer, as a small integer when it is one: read as a
 * double it would be kept as a heap number, and the findings made from it would change the map V8
 * made for the main thread's own (a deoptimization of toFinding, "not a Smi"). Any other number
 * comes back as it was sent.
 */
function whole(value: number): number {
  const small = value | 0
  return small === value ? small : value
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
      line: whole(values[at + 3] ?? 0),
      start: whole(values[at + 4] ?? 0),
      end: whole(values[at + 5] ?? 0),
      masked: text(at + 6),
      length: whole(values[at + 7] ?? 0),
      secret: text(at + 8),
    }
    at += 1 + REQUIRED.length
    if (mask !== 0) {
      if ((mask & BIT.endLine) !== 0) d.endLine = whole(values[at++] ?? 0)
      if ((mask & BIT.jsonPath) !== 0) d.jsonPath = text(at++)
      if ((mask & BIT.promptName) !== 0) d.promptName = text(at++)
      if ((mask & BIT.coverage) !== 0) d.coverage = values[at++] ?? 0
      if ((mask & BIT.tenant) !== 0) d.tenant = text(at++)
      if ((mask & BIT.channel) !== 0) d.channel = text(at++) as NonNullable<Detection['channel']>
      if ((mask & BIT.confidence) !== 0) d.confidence = text(at++) as NonNullable<Detection['confidence']>
      if ((mask & BIT.reason) !== 0) d.reason = text(at++)
      if ((mask & BIT.pair) !== 0) d.pair = JSON.parse(text(at++)) as NonNullable<Detection['pair']>
      if ((mask & BIT.partner) !== 0) d.partner = text(at++)
    }
    out.push(d)
  }
  return out
}
