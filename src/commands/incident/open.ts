import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {IncidentClass, Severity} from '../../domain/entry.js'
import {INCIDENT_CLASSES, SEVERITIES} from '../../domain/entry.js'
import type {IncidentState} from '../../domain/incident.js'
import {maskedNotice, notKeptHint} from '../../domain/free-text.js'
import type {MaskedValue} from '../../domain/free-text.js'
import {UserError} from '../../errors.js'
import {askIncidentOpen} from '../../prompts/incident-open.js'
import {parseAlertRef} from '../../domain/alerts.js'
import {fetchAlert} from '../../services/alerts.js'
import {openIncident} from '../../services/incidents.js'
import {incidentDetails} from '../../render/incident.js'

export default class IncidentOpen extends BaseCommand {
  static override summary = 'Open a prompt-leakage incident.'
  static override description = `On a terminal, asks for whatever the flags did not give. Without a terminal, --title and --severity are required; --detected-at defaults to now and --started-at may stay unknown until marked.
Times accept ISO-8601 ("2026-11-20T13:02:00Z") and relative forms ("15m ago", "yesterday 13:02").
--from pagerduty:ID or opsgenie:ID reads the incident or alert that paged you (token in PAGERDUTY_API_TOKEN or OPSGENIE_API_KEY): its title, its urgency or priority as the severity, its creation time as detected and its first acknowledgement as acknowledged, with its link recorded. Flags given too win.
A secret or personal value the scanner finds in the title or summary is recorded masked, and the command says so (ADR 0038).`
  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --from pagerduty:Q1ABCD2EF3GH --class secret --started-at "40m ago"',
    '<%= config.bin %> <%= command.id %> --title "System prompt in gateway logs" --severity P1 --class secret,system-prompt --started-at 2026-11-20T13:02:00Z --detected-at "15m ago" --json',
  ]
  static override flags = {
    title: Flags.string({char: 't', description: 'One line saying what leaked where.'}),
    severity: Flags.string({char: 's', description: 'Severity.', options: [...SEVERITIES]}),
    class: Flags.string({char: 'c', description: `What leaked (comma-separated): ${INCIDENT_CLASSES.join(', ')}.`, delimiter: ',', multiple: true}),
    owner: Flags.string({description: 'Incident owner [default: you].'}),
    summary: Flags.string({description: 'A longer description.'}),
    'started-at': Flags.string({description: 'When the leak began (event time), if known.'}),
    'detected-at': Flags.string({description: 'When the leak was detected [default: now].'}),
    from: Flags.string({char: 'f', description: 'The alert that paged you: pagerduty:INCIDENT_ID or opsgenie:ALERT_ID.'}),
  }

  async run(): Promise<IncidentState & {masked: MaskedValue[]}> {
    const {flags} = await this.parse(IncidentOpen)
    const session = await this.session(flags)
    const p = session.prompter
    const now = session.now()
    const classes = (flags.class ?? []).map((c) => c.trim()).filter(Boolean)
    const unknown = classes.filter((c) => !(INCIDENT_CLASSES as readonly string[]).includes(c))
    if (unknown.length > 0) {
      throw new UserError('usage', `Unknown incident class: ${unknown.join(', ')}.`, {hints: [`Use any of: ${INCIDENT_CLASSES.join(', ')}.`]})
    }
    const alert = flags.from === undefined ? undefined : await fetchAlert(session.env, parseAlertRef(flags.from))
    if (alert) this.note(`From ${alert.url}: "${alert.title}" (${alert.severity})`)
    const title = flags.title ?? alert?.title
    const severity = (flags.severity as Severity | undefined) ?? alert?.severity
    const detectedAt = flags['detected-at'] ?? (alert ? new Date(alert.detectedAt).toISOString() : undefined)
    if (flags.title !== undefined && flags.title.trim() === '') {
      throw new UserError('usage', '--title is empty.', {hints: ['Say in a few words what leaked where, e.g. --title "Token in gateway logs".']})
    }
    if (!p.interactive) {
      const missing = [title ? undefined : '--title', severity ? undefined : '--severity'].filter(Boolean)
      if (missing.length > 0) {
        throw new UserError('usage', `No terminal to ask on: pass ${missing.join(' and ')}.`, {
          hints: ['pl incident open --title "What leaked where" --severity P1 [--class secret] [--started-at TIME]'],
        })
      }
    }
    const incident = await openIncident(session, async () => ({
      ...(await askIncidentOpen(
        p,
        {
          title,
          severity,
          classes: flags.class === undefined ? undefined : (classes as IncidentClass[]),
          startedAt: flags['started-at'],
          detectedAt,
        },
        now,
      )),
      ...(flags.owner ? {owner: flags.owner} : {}),
      ...(flags.summary ? {summary: flags.summary} : {}),
      ...(alert ? {source: {system: alert.system, id: alert.id, url: alert.url}} : {}),
      ...(alert?.acknowledgedAt === undefined ? {} : {acknowledgedAt: alert.acknowledgedAt}),
    }))
    if (incident.masked.length > 0) this.logToStderr(`${maskedNotice(incident.masked)}\n${notKeptHint(incident.id)}`)
    this.log(incidentDetails(incident, flags.utc))
    this.note(`\nNext: pl evidence add ${incident.id} FILE…   ·   pl incident mark ${incident.id} contained`)
    return incident
  }
}
