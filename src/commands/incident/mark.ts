import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {Phase} from '../../domain/entry.js'
import {PHASES} from '../../domain/entry.js'
import type {IncidentState} from '../../domain/incident.js'
import {parseTime} from '../../domain/time.js'
import {maskedNotice, notKeptHint} from '../../domain/free-text.js'
import type {MaskedValue} from '../../domain/free-text.js'
import {UserError} from '../../errors.js'
import {ALERT_SOURCES} from '../../domain/alerts.js'
import {alertAcknowledgement} from '../../services/alerts.js'
import {markIncident} from '../../services/incidents.js'
import {incidentDetails} from '../../render/incident.js'
import {when} from '../../render/format.js'

export default class IncidentMark extends BaseCommand {
  static override summary = 'Mark a phase of an incident (started, detected, acknowledged, contained, resolved).'
  static override description = `The event time (--at) may be in the past; the time the mark was recorded is kept too. A later mark of the same phase corrects an earlier one, and the history stays.
A phase that has a mark already is corrected only knowingly: on a terminal pl shows old → new and the effect on detection latency, time to contain and the SLO, and asks (declining records nothing and exits 0); without a terminal it needs --correct.
With a current incident (\`pl incident use\`), the incident may be left out.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> INC-2026-0001 contained',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 started --at 2026-11-20T13:02:00Z --note "first leaked request in gateway logs"',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 contained --at 13:31 --correct --note "revocation confirmed at 13:31, not 13:34"',
    '<%= config.bin %> <%= command.id %> acknowledged --at "10m ago" --json',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 acknowledged --from pagerduty',
  ]
  static override args = {
    incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'}),
    phase: Args.string({description: `Phase: ${PHASES.join(', ')}.`}),
  }
  static override flags = {
    at: Flags.string({char: 'a', description: 'Event time [default: now]: ISO-8601 or "15m ago", "13:02"…'}),
    note: Flags.string({char: 'n', description: 'Why, or how it is known.'}),
    correct: Flags.boolean({description: 'Correct a phase that has a mark already, without asking.'}),
    from: Flags.option({description: 'acknowledged only: read the time of the first acknowledgement again from the alert the incident was opened from.', options: ALERT_SOURCES})(),
  }

  async run(): Promise<IncidentState & {masked: MaskedValue[]; recorded?: false}> {
    const {args, flags} = await this.parse(IncidentMark)
    // One argument is the phase, for the current incident.
    const [given, phase] = args.phase === undefined ? [undefined, args.incident] : [args.incident, args.phase]
    if (phase === undefined || !(PHASES as readonly string[]).includes(phase)) {
      throw new UserError('usage', phase === undefined ? 'Which phase? Give one of: ' + PHASES.join(', ') + '.' : `"${phase}" is not a phase: use one of ${PHASES.join(', ')}.`, {
        hints: ['pl incident mark INC-2026-0001 contained'],
      })
    }
    const session = await this.session(flags)
    const incidentId = await this.incidentOrCurrent(given, session)
    if (flags.from !== undefined && (phase !== 'acknowledged' || flags.at !== undefined)) {
      throw new UserError('usage', '--from reads the acknowledgement: use it with the acknowledged phase and without --at.', {hints: ['pl incident mark INC-2026-0001 acknowledged --from pagerduty']})
    }
    const at = parseTime(flags.at ?? 'now', session.now())
    const system = flags.from
    const {incident, recorded, masked} = await markIncident(session, incidentId, {phase: phase as Phase, at, ...(flags.note ? {note: flags.note} : {})}, {
      correct: flags.correct,
      utc: flags.utc,
      ...(system === undefined ? {} : {fromSource: (i) => alertAcknowledgement(session.env, i, system)}),
    })
    if (!recorded) {
      // The correction was declined at the terminal: a normal outcome (exit 0), like a declined shred.
      this.log(`The ${phase} mark of ${incident.id} is unchanged. Nothing was recorded.`)
      return {...incident, masked, recorded: false}
    }
    if (masked.length > 0) this.logToStderr(`${maskedNotice(masked, "mark's note")}\n${notKeptHint(incident.id)}`)
    this.log(`${incident.id}: ${phase} at ${when(incident.phases[phase as Phase]?.at ?? at, flags.utc)}`)
    this.log(incidentDetails(incident, flags.utc))
    return {...incident, masked}
  }
}
