/**
 * Times in the reader's time zone, for reports read the morning after by someone who may sit in
 * another zone than the responder: `pl report postmortem --tz Europe/Paris`. Without a zone the
 * process's own (the `TZ` variable, else the system's) is used, as everywhere else in pl; `--utc`
 * gives UTC. Every report states which zone its times are in.
 *
 * Pure: `Intl` knows the zone rules; nothing is read from the clock or the environment here.
 */
import {UserError} from '../errors.js'
import {formatIso} from './time.js'

export interface ReportClock {
  /** `Europe/Paris`, `UTC`, or the process's zone name. */
  zone: string
  /** `+01:00` at `ms`; `UTC` is `+00:00`. */
  offset(ms: number): string
  /** `2026-11-20 14:02:00 +01:00`. */
  dateTime(ms: number): string
  /** `14:02:00`. */
  time(ms: number): string
  /** `14:02`. */
  minute(ms: number): string
  /** `2026-11-20`. */
  day(ms: number): string
  /** `Europe/Paris (UTC+01:00)` at `ms`. */
  describe(ms: number): string
}

/**
 * Checks an IANA time zone name (`Europe/Paris`, `America/New_York`, `UTC`) and returns it as
 * given, or in ICU's spelling when only the case differs (ICU calls Asia/Kolkata Asia/Calcutta:
 * the reader's name is kept).
 */
export function checkTimeZone(name: string): string {
  const given = name.trim()
  try {
    const known = new Intl.DateTimeFormat('en-US', {timeZone: given}).resolvedOptions().timeZone
    return known.toLowerCase() === given.toLowerCase() ? known : given
  } catch {
    throw new UserError('invalid-input', `"${name}" is not a time zone pl knows.`, {
      hints: ['Give an IANA time zone name, such as Europe/Paris, America/New_York, Asia/Tokyo or UTC.', 'Or leave --tz out for the local time zone, or pass --utc.'],
    })
  }
}

const QUARTER_HOUR_MS = 900_000
/** 1980-01-01: from here every zone changes its offset on a quarter hour, so offsets are cached per quarter hour. */
const QUARTER_HOUR_RULES_MS = 315_532_800_000

/** Offset from UTC in minutes of `timeZone` at `ms`, read from Intl's wall-clock fields. */
function intlOffset(format: Intl.DateTimeFormat, ms: number): number {
  const fields: Record<string, number> = {}
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') fields[part.type] = Number(part.value)
  const wall = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour! % 24, fields.minute!, fields.second!)
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000)
}

/** A clock printing times in UTC, in `timeZone` (checked with {@link checkTimeZone}), or in the process's zone. */
export function reportClock(options: {utc?: boolean; timeZone?: string}): ReportClock {
  let offsetMinutes: (ms: number) => number
  let zone: string
  if (options.utc === true) {
    zone = 'UTC'
    offsetMinutes = () => 0
  } else if (options.timeZone !== undefined) {
    zone = checkTimeZone(options.timeZone)
    const format = new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'})
    const cache = new Map<number, number>()
    offsetMinutes = (ms) => {
      if (ms < QUARTER_HOUR_RULES_MS || !Number.isSafeInteger(ms)) return intlOffset(format, ms)
      const quarter = Math.floor(ms / QUARTER_HOUR_MS)
      let offset = cache.get(quarter)
      if (offset === undefined) {
        offset = intlOffset(format, quarter * QUARTER_HOUR_MS)
        cache.set(quarter, offset)
      }
      return offset
    }
  } else {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    offsetMinutes = (ms) => -new Date(ms).getTimezoneOffset()
  }
  const offset = (ms: number) => {
    const minutes = offsetMinutes(ms)
    const abs = Math.abs(minutes)
    return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  }
  // The wall-clock fields are the UTC fields of the instant shifted by the offset.
  const wall = (ms: number) => formatIso(ms + offsetMinutes(ms) * 60_000)
  return {
    zone,
    offset,
    dateTime: (ms) => {
      const iso = wall(ms)
      return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${options.utc === true ? 'UTC' : offset(ms)}`
    },
    time: (ms) => wall(ms).slice(11, 19),
    minute: (ms) => wall(ms).slice(11, 16),
    day: (ms) => wall(ms).slice(0, 10),
    describe: (ms) => (options.utc === true || zone === 'UTC' || zone === 'Etc/UTC' ? 'UTC' : `${zone} (UTC${offset(ms)})`),
  }
}
