/**
 * The questions of `pl incident open`: whatever the flags did not give. Without a title flag a
 * person is also asked when the leak started and was detected; with one, the flags stand.
 */
import type {IncidentClass, Severity} from '../domain/entry.js'
import {INCIDENT_CLASSES} from '../domain/entry.js'
import {assertNotFuture, parseTime} from '../domain/time.js'
import type {Prompter} from './types.js'

/** What the flags gave; times are as typed ("15m ago", ISO-8601). */
export interface IncidentOpenGiven {
  title?: string | undefined
  severity?: Severity | undefined
  classes?: IncidentClass[] | undefined
  startedAt?: string | undefined
  detectedAt?: string | undefined
}

export interface IncidentOpenAnswers {
  title: string
  severity: Severity
  classes: IncidentClass[]
  startedAt?: number
  detectedAt: number
}

const SEVERITY_CHOICES: readonly {name: string; value: Severity}[] = [
  {name: 'P1 — secrets or personal data exposed, ongoing', value: 'P1'},
  {name: 'P2 — confirmed leak, contained scope', value: 'P2'},
  {name: 'P3 — suspected or limited leak', value: 'P3'},
  {name: 'P4 — near miss / hygiene', value: 'P4'},
]

/** Asks for what `given` lacks; `now` anchors relative times. */
export async function askIncidentOpen(p: Prompter, given: IncidentOpenGiven, now: number): Promise<IncidentOpenAnswers> {
  const title = given.title ?? (await p.input({message: 'What leaked, and where? (one line)', validate: (v) => (v.trim().length > 0 ? true : 'A title is required.')})).trim()
  const severity = given.severity ?? (await p.select<Severity>({message: 'Severity', choices: SEVERITY_CHOICES, default: 'P2'}))
  const classes =
    given.classes === undefined && p.interactive
      ? await p.checkbox({message: 'What leaked? (space to select, enter to confirm)', choices: INCIDENT_CLASSES.map((c) => ({name: c, value: c}))})
      : (given.classes ?? [])
  /** A time asked for: it must read as a time, not in the future, and pass `check` (an order). */
  const askTime = async (message: string, allowEmpty: boolean, fallback: string, what: string, check?: (ms: number, typed: string) => string | true) =>
    p.input({
      message,
      default: fallback,
      validate: (v) => {
        if (allowEmpty && v.trim() === '') return true
        try {
          const ms = parseTime(v, now)
          assertNotFuture(ms, now, what)
          return check?.(ms, v.trim()) ?? true
        } catch (error) {
          return (error as Error).message
        }
      },
    })
  const askTimes = p.interactive && given.title === undefined
  const startedInput = given.startedAt ?? (askTimes ? await askTime('When did the leak start? (blank if unknown; e.g. "2h ago", "13:02")', true, '', 'The start time') : '')
  // Asked after the start: a detection before it is said at the question and asked again (the flags' error is for flags).
  const started = startedInput.trim() ? startedInput.trim() : undefined
  const detectedInput =
    given.detectedAt ??
    (askTimes
      ? await askTime('When was it detected?', false, 'now', 'The detection time', (ms, typed) =>
          started === undefined || parseTime(started, now) <= ms ? true : `Detected ${typed} is before the start (${started}): give a time at or after it.`,
        )
      : 'now')
  return {
    title,
    severity,
    classes,
    ...(startedInput.trim() ? {startedAt: parseTime(startedInput, now)} : {}),
    detectedAt: parseTime(detectedInput, now),
  }
}
