/**
 * Reading and writing times for humans. Pure: the current time is always a parameter, never read
 * from the clock here, so every result is reproducible in a test.
 *
 * Times without an explicit zone (`2026-11-20T14:02`, `2026-11-20`, `14:02`, `today 09:15`) are
 * read in the process's local time zone (the `TZ` environment variable, else the system zone),
 * because that is the clock on the responder's wall. A local time skipped by a spring-forward
 * clock change is refused; one that occurs twice in autumn means its first occurrence.
 */
// Hand-written rather than date-fns (docs/adr/0006-time-without-date-fns.md): every command
// parses or prints a time, and loading date-fns' format, parseISO and sub cost ~35 ms of start-up
// for one fixed pattern, one ISO shape and five units.

import {BugError, UserError} from '../errors.js'

/** How far ahead of `now` a time may be before it counts as the future (clocks drift). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000

/** The accepted forms, one per line, for flag descriptions and error hints. */
export function timeForms(): string[] {
  return [
    'ISO-8601 with a zone: 2026-11-20T13:02:00Z, 2026-11-20T14:02+01:00',
    `ISO-8601 without a zone, read in the local time zone (${localZoneName()}): 2026-11-20T14:02, 2026-11-20 14:02:30`,
    'a date alone, local midnight: 2026-11-20',
    'now',
    'relative: 90s ago, 15m ago, 2h ago, 1h30m ago, 2 hours ago, 3 days ago, 1w ago',
    'a day and a time: today 09:15, yesterday 13:02',
    'a time today: 14:02, 14:02:30',
  ]
}

/**
 * Parses a time as typed on the command line into UTC epoch milliseconds. Relative days and weeks
 * are calendar days in the local zone (`1d ago` at noon is noon yesterday, even across a clock
 * change); seconds, minutes and hours are elapsed time. Does not refuse future times: see
 * {@link assertNotFuture}.
 */
export function parseTime(input: string, now: number): number {
  const text = input.trim().toLowerCase()
  if (text === 'now') return now
  const result = parseIsoForm(input, text) ?? parseRelative(input, text, now) ?? parseDayAndTime(input, text, now)
  if (result === undefined) throw unreadable(input)
  return result
}

/** Refuses `ms` if it is more than {@link FUTURE_TOLERANCE_MS} after `now`; `what` names it. */
export function assertNotFuture(ms: number, now: number, what: string): void {
  if (ms <= now + FUTURE_TOLERANCE_MS) return
  throw new UserError(
    'invalid-input',
    `${what} is in the future: ${formatTime(ms)} is ${formatDuration(ms - now)} after now (${formatTime(now)}).`,
    {
      hints: [
        'Give the time it actually happened, at or before now.',
        `Times without a zone are read in the local time zone (${localZoneName()}); ` +
          'add Z or an offset such as +01:00 to be explicit.',
        'For a time of day before midnight, say so: yesterday 23:50.',
      ],
      details: {time: formatIso(ms), now: formatIso(now)},
    },
  )
}

/** `+01:00` by offset in minutes: a process meets a handful. */
const ZONES = new Map<number, string>()

/** `2026-11-20 14:02:00 +01:00` in the local zone, or `2026-11-20 13:02:00 UTC`. */
export function formatTime(ms: number, options: {utc?: boolean} = {}): string {
  if (options.utc === true) {
    const iso = formatIso(ms)
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`
  }
  const d = new Date(ms)
  const offset = -d.getTimezoneOffset()
  let zone = ZONES.get(offset)
  if (zone === undefined) {
    const abs = Math.abs(offset)
    zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
    ZONES.set(offset, zone)
  }
  // The wall-clock fields are the UTC fields of the shifted instant (reports print thousands).
  const wall = ms + offset * 60_000
  if (ms >= WHOLE_MINUTE_OFFSETS_MS && wall < FIRST_FIVE_DIGIT_YEAR_MS) {
    const iso = formatIso(wall)
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${zone}`
  }
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`
}

const DAY_MS = 86_400_000
/** 10000-01-01T00:00:00Z: from here `toISOString` writes the year with six digits. */
const FIRST_FIVE_DIGIT_YEAR_MS = 253_402_300_800_000
/**
 * 1980-01-01T00:00:00Z. Before it some zones kept local mean time, offsets with seconds (Monrovia
 * until 1972) that `getTimezoneOffset` rounds away: those times take Date's local fields.
 */
const WHOLE_MINUTE_OFFSETS_MS = 315_532_800_000
const TWO_DIGITS = Array.from({length: 60}, (_, i) => String(i).padStart(2, '0'))
const THREE_DIGITS = Array.from({length: 1000}, (_, i) => String(i).padStart(3, '0'))
let isoDay = Number.NaN
let isoDayPrefix = ''

/**
 * `2026-11-20T13:02:00.000Z`, as `Date#toISOString`. The date part is formatted once per day and
 * the time of day by table lookups: reports and timelines format tens of thousands of times.
 */
export function formatIso(ms: number): string {
  if (!Number.isSafeInteger(ms)) return new Date(ms).toISOString()
  const day = Math.floor(ms / DAY_MS)
  if (day !== isoDay) {
    const iso = new Date(day * DAY_MS).toISOString()
    isoDayPrefix = iso.slice(0, iso.indexOf('T') + 1)
    isoDay = day
  }
  let rest = ms - day * DAY_MS
  const hours = Math.floor(rest / 3_600_000)
  rest -= hours * 3_600_000
  const minutes = Math.floor(rest / 60_000)
  rest -= minutes * 60_000
  const seconds = Math.floor(rest / 1000)
  return `${isoDayPrefix}${TWO_DIGITS[hours]!}:${TWO_DIGITS[minutes]!}:${TWO_DIGITS[seconds]!}.${THREE_DIGITS[rest - seconds * 1000]!}Z`
}

/**
 * Compact elapsed time: `45s`, `12m 05s`, `1h 04m`, `2d 03h`. Shows the two largest units and
 * truncates the rest, as a clock does, so a duration never reads longer than it was.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new BugError(`formatDuration got a non-finite duration: ${ms}`)
  const total = Math.floor(Math.abs(ms) / 1000)
  if (total === 0) return '0s'
  const sign = ms < 0 ? '-' : ''
  const days = Math.floor(total / 86_400)
  const hours = Math.floor(total / 3600) % 24
  const minutes = Math.floor(total / 60) % 60
  const seconds = total % 60
  if (days > 0) return `${sign}${days}d ${pad(hours)}h`
  if (hours > 0) return `${sign}${hours}h ${pad(minutes)}m`
  if (minutes > 0) return `${sign}${minutes}m ${pad(seconds)}s`
  return `${sign}${seconds}s`
}

// Input is lower-cased before matching, hence `t`, `z` and `utc`.
const ISO_DATE = String.raw`(?<date>\d{4}-\d{2}-\d{2})`
const ISO_TIME = String.raw`(?<time>(?<hours>[01]\d|2[0-3]):(?<minutes>[0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?)`
const ISO_ZONE = String.raw`(?<zone>z|utc|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)`
const ISO_FORM = new RegExp(String.raw`^${ISO_DATE}(?:[t ]${ISO_TIME}\s*${ISO_ZONE}?)?$`)

/**
 * Epoch ms of an ISO date, optional time and optional zone (`z`, `utc`, `+hh`, `+hhmm`, `+hh:mm`);
 * without a zone, local time; a date alone is local midnight. Undefined for an impossible date.
 */
function isoToEpoch(date: string, time: string | undefined, zone: string | undefined): number | undefined {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number]
  const [h = 0, mi = 0, secs = '0'] = time === undefined ? [] : (time.split(':') as [string, string, string?]).map((x, i) => (i < 2 ? Number(x) : x)) as [number, number, string?]
  const [whole = '0', frac = ''] = String(secs).split(/[.,]/)
  const sec = Number(whole)
  const ms = Math.round(Number(`0.${frac || '0'}`) * 1000)
  const at = new Date(0)
  if (zone === undefined) {
    // setFullYear keeps years below 100 as written (the Date constructor would add 1900).
    at.setFullYear(y, mo - 1, d)
    at.setHours(h, mi, sec, ms)
    if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return undefined
    return at.getTime()
  }
  at.setUTCFullYear(y, mo - 1, d)
  at.setUTCHours(h, mi, sec, ms)
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return undefined
  if (zone === 'z' || zone === 'utc') return at.getTime()
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!
  const offset = (Number(m[2]) * 60 + Number(m[3] ?? '0')) * (m[1] === '-' ? -1 : 1)
  return at.getTime() - offset * 60_000
}

function parseIsoForm(input: string, text: string): number | undefined {
  const groups = ISO_FORM.exec(text)?.groups
  if (groups === undefined) return undefined
  const {date, time, hours, minutes, zone} = groups
  // Rebuilt in the spelling parseISO reads: upper-case T and Z, no space before the offset.
  const parsed = isoToEpoch(date!, time, zone)
  if (parsed === undefined) throw unreadable(input, `${date} is not a calendar date.`)
  if (zone === undefined && hours !== undefined && minutes !== undefined) {
    assertLocalTimeExists(input, parsed, Number(hours), Number(minutes))
  }
  return parsed
}

interface Duration {
  seconds?: number
  minutes?: number
  hours?: number
  days?: number
  weeks?: number
}

/** Days and weeks are calendar days in the local zone (a DST day is 23 or 25 hours); the rest elapsed time. */
function subtract(now: number, d: Duration): number {
  const at = new Date(now)
  const days = (d.days ?? 0) + 7 * (d.weeks ?? 0)
  if (days !== 0) at.setDate(at.getDate() - days)
  return at.getTime() - (((d.hours ?? 0) * 60 + (d.minutes ?? 0)) * 60 + (d.seconds ?? 0)) * 1000
}

const UNITS: Readonly<Record<string, keyof Duration>> = {
  s: 'seconds',
  sec: 'seconds',
  secs: 'seconds',
  second: 'seconds',
  seconds: 'seconds',
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  d: 'days',
  day: 'days',
  days: 'days',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
}

const RELATIVE_FORM = /^((?:\d+\s*[a-z]+\s*)+)ago$/
const RELATIVE_PART = /(\d+)\s*([a-z]+)/g

function parseRelative(input: string, text: string, now: number): number | undefined {
  const parts = RELATIVE_FORM.exec(text)?.[1]
  if (parts === undefined) return undefined
  const duration: Duration = {}
  for (const [, amount = '', word = ''] of parts.matchAll(RELATIVE_PART)) {
    const unit = UNITS[word]
    if (unit === undefined) throw unreadable(input, `"${word}" is not a unit; use s, m, h, d or w.`)
    if (duration[unit] !== undefined) throw unreadable(input, `${unit} is given twice.`)
    duration[unit] = Number(amount)
  }
  const result = subtract(now, duration)
  if (Number.isNaN(result)) throw unreadable(input, 'That is further back than a date can go.')
  return result
}

const DAY_AND_TIME_FORM = /^(?:(today|yesterday)\s+)?([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/

function parseDayAndTime(input: string, text: string, now: number): number | undefined {
  const match = DAY_AND_TIME_FORM.exec(text)
  if (match === null) return undefined
  const [, day, hours = '', minutes = '', seconds = '0'] = match
  const date = new Date(day === 'yesterday' ? subtract(now, {days: 1}) : now)
  const parsed = new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    Number(hours),
    Number(minutes),
    Number(seconds),
  ).getTime()
  assertLocalTimeExists(input, parsed, Number(hours), Number(minutes))
  return parsed
}

/** A local wall time skipped by a spring-forward change silently moves an hour; refuse it instead. */
function assertLocalTimeExists(input: string, parsed: number, hours: number, minutes: number): void {
  const date = new Date(parsed)
  if (date.getHours() === hours && date.getMinutes() === minutes) return
  throw new UserError(
    'invalid-input',
    `"${input}" does not exist in the local time zone (${localZoneName()}): the clocks skipped it.`,
    {hints: ['Give the time with its UTC offset (e.g. 2026-03-29T01:30+01:00) or in UTC with Z.']},
  )
}

function unreadable(input: string, reason?: string): UserError {
  const because = reason === undefined ? '' : ` ${reason}`
  return new UserError('invalid-input', `Cannot read "${input}" as a time.${because}`, {
    hints: ['Accepted forms:', ...timeForms().map((form) => `  ${form}`)],
  })
}

function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}
