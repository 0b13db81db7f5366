import {writeFileSync} from 'node:fs'
import * as Flags from '@oclif/core/flags'
import {escapeJsonControls, forTerminal} from '../render/terminal.js'
import {BaseCommand} from '../base-command.js'
import type {IncidentClass, Severity} from '../domain/entry.js'
import {INCIDENT_CLASSES, SEVERITIES} from '../domain/entry.js'
import type {MetricName} from '../domain/metrics.js'
import {parseDurationText} from '../domain/metrics.js'
import {parseTime} from '../domain/time.js'
import {UserError} from '../errors.js'
import type {MetricsJson} from '../render/metrics.js'
import {metricsCsv, metricsHtml, metricsJson, metricsText} from '../render/metrics.js'
import {incidentMetrics} from '../services/metrics.js'

/** `--since 90d` means 90 days ago; any other time form of `pl incident mark --at` works too. */
function windowTime(text: string, now: number, flag: string): number {
  const t = /^\s*\d+\s*[smhdw]\s*$/i.test(text) ? `${text.trim()} ago` : text
  try {
    return parseTime(t, now)
  } catch (error) {
    throw new UserError('usage', `--${flag}: ${(error as Error).message}`, {hints: ['Examples: --since 90d, --since 2026-01-01, --until "2 weeks ago".']})
  }
}

function target(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined
  const ms = parseDurationText(text)
  if (ms === undefined) throw new UserError('usage', `--${flag}: "${text}" is not a duration.`, {hints: ['Examples: 5m, 30m, 1h30m, 90s.']})
  return ms
}

export default class Metrics extends BaseCommand {
  static override summary = 'Detection latency, time to contain (MTTC), exposure and time to resolve across incidents, against SLO targets.'
  static override description =
    'Incidents are selected by their detection time. An incident missing a mark is counted and listed under the metric it leaves unknown; marks out of order are flagged and kept out of the statistics. SLO targets come from $PL_HOME/config.yaml (default P1: detection ≤ 5m, time to contain ≤ 30m; a duration equal to its target meets it); --detection-target and --contain-target override them for the --severity given (P1 when none is). In a store with responders, an incident you hold no grant on is listed as "no access" (--json: "access": false, counted in noAccess) and kept out of the statistics: its severity, class and marks are unreadable, so --severity and --class keep it, and the window reads its opening time.'
  static override examples = [
    '<%= config.bin %> <%= command.id %> --since 90d',
    '<%= config.bin %> <%= command.id %> --since 2026-01-01 --until 2026-04-01 --severity P1 --class secret --json',
    '<%= config.bin %> <%= command.id %> --format html --out metrics.html',
    '<%= config.bin %> <%= command.id %> --format csv > incidents.csv',
  ]
  static override flags = {
    since: Flags.string({description: 'Only incidents detected at or after this time (90d, 2026-01-01, "2 weeks ago").'}),
    until: Flags.string({description: 'Only incidents detected before this time.'}),
    severity: Flags.string({char: 's', description: 'Only incidents of this severity (repeatable).', options: [...SEVERITIES], multiple: true}),
    class: Flags.string({description: 'Only incidents of this class (repeatable).', options: [...INCIDENT_CLASSES], multiple: true}),
    format: Flags.string({char: 'f', description: 'Output format.', options: ['table', 'json', 'csv', 'html'], default: 'table'}),
    out: Flags.string({char: 'o', description: 'Write the output to this file instead of standard output.'}),
    'detection-target': Flags.string({description: 'Detection latency target, e.g. 5m (overrides the config).'}),
    'contain-target': Flags.string({description: 'Time to contain target, e.g. 30m (overrides the config).'}),
  }

  async run(): Promise<MetricsJson> {
    const {flags} = await this.parse(Metrics)
    const session = await this.session(flags)
    const now = session.now()
    const severities = (flags.severity ?? []) as Severity[]
    const targets: Partial<Record<MetricName, number>> = {}
    const detection = target(flags['detection-target'], 'detection-target')
    const contain = target(flags['contain-target'], 'contain-target')
    if (detection !== undefined) targets.detectionLatency = detection
    if (contain !== undefined) targets.timeToContain = contain
    const report = await incidentMetrics(session, {
      filter: {
        ...(flags.since === undefined ? {} : {since: windowTime(flags.since, now, 'since')}),
        ...(flags.until === undefined ? {} : {until: windowTime(flags.until, now, 'until')}),
        severities,
        classes: (flags.class ?? []) as IncidentClass[],
      },
      ...(Object.keys(targets).length === 0 ? {} : {overrides: {severities: severities.length > 0 ? severities : ['P1'], targets}}),
    })
    const json = metricsJson(report)
    if (!this.jsonEnabled()) {
      const text =
        flags.format === 'json'
          ? escapeJsonControls(JSON.stringify(json, null, 2)) + '\n'
          : flags.format === 'csv'
            ? metricsCsv(report)
            : flags.format === 'html'
              ? metricsHtml(report, {utc: flags.utc, generatedAt: now})
              : metricsText(report, flags.utc) + '\n'
      if (flags.out === undefined) process.stdout.write(process.stdout.isTTY ? forTerminal(text) : text)
      else {
        writeFileSync(flags.out, text)
        this.note(`Wrote ${flags.out}`)
      }
    }
    return json
  }
}
