import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {escapeJsonControls, forTerminal} from '../../render/terminal.js'
import {BaseCommand} from '../../base-command.js'
import {maskedNotice, notKeptHint} from '../../domain/free-text.js'
import type {Postmortem} from '../../domain/postmortem.js'
import {checkTimeZone} from '../../domain/time-zone.js'
import {postmortemHtml} from '../../render/postmortem-html.js'
import {postmortemMarkdown} from '../../render/postmortem-md.js'
import {checkOutputFile, writeOutputFile} from '../../services/files/output.js'
import {writePostmortem} from '../../services/report.js'

export default class ReportPostmortem extends BaseCommand {
  static override summary = 'Write the postmortem of an incident from its record: Markdown, self-contained HTML, or JSON.'
  static override description =
    'An executive summary that fits one screen (what leaked, where, who was exposed, detection latency, time to contain, status, what is still open), impact (masked), timeline, detection latency / time to contain / exposure against SLO, containment actions as a table (local times, durations, outcomes in words), replay findings, root cause and action items, and an evidence appendix (entry hashes, signed checkpoint, inclusion proofs, verification; collapsed in HTML). Times are shown in the local time zone, or in --tz ZONE (where the reader is), or in UTC with --utc; the report states which. Root cause and action items given by flags or --input are recorded in the store as a postmortem.input entry; on a terminal, when none is recorded yet, pl asks for them.'
  static override examples = [
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --out postmortem.md',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --format html --out postmortem.html',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --format html --tz America/New_York --out postmortem.html',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --root-cause "debug logging of headers" --action-item "disable header logging" --action-item "rotate tokens weekly"',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 --input postmortem.yaml --format json',
  ]
  static override args = {incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'})}
  static override flags = {
    format: Flags.string({char: 'f', description: 'Output format.', options: ['md', 'html', 'json'], default: 'md'}),
    out: Flags.string({char: 'o', description: 'Write the report (in --format) to this file instead of standard output; with --json the file is written too, and the JSON postmortem printed.'}),
    'root-cause': Flags.string({description: 'The root cause, recorded in the store.'}),
    'action-item': Flags.string({description: 'An action item, recorded in the store (repeatable).', multiple: true}),
    input: Flags.string({description: 'A YAML file with rootCause and actionItems, recorded in the store.'}),
    tz: Flags.string({description: "Show times in this IANA time zone, the reader's (e.g. Europe/Paris) [default: the local time zone]. The report states the zone.", exclusive: ['utc']}),
  }

  async run(): Promise<Postmortem> {
    const {args, flags} = await this.parse(ReportPostmortem)
    // Checked before anything is recorded: a mistyped zone costs nothing.
    const timeZone = flags.tz === undefined ? undefined : checkTimeZone(flags.tz)
    if (flags.out !== undefined) checkOutputFile({path: flags.out, flag: '--out'})
    const session = await this.session(flags)
    const incident = await this.incidentOrCurrent(args.incident, session)
    const pm = await writePostmortem(session, {
      incident,
      ...(flags['root-cause'] === undefined ? {} : {rootCause: flags['root-cause']}),
      ...(flags['action-item'] === undefined ? {} : {actionItems: flags['action-item']}),
      ...(flags.input === undefined ? {} : {inputFile: flags.input}),
      onMasked: (masked) => this.logToStderr(`${maskedNotice(masked)}\n${notKeptHint(incident.toUpperCase())}`),
    })
    const clock = timeZone === undefined ? {} : {timeZone}
    const render = (): string =>
      flags.format === 'json' ? escapeJsonControls(JSON.stringify(pm, null, 2)) + '\n' : flags.format === 'html' ? postmortemHtml(pm, {utc: flags.utc, ...clock}) : postmortemMarkdown(pm, {utc: flags.utc, ...clock})
    // --out is written with --json too (the postmortem as JSON then goes to standard output, as without --out).
    if (flags.out !== undefined) {
      writeOutputFile({path: flags.out, flag: '--out'}, render())
      this.note(`Wrote the postmortem of ${pm.incident.id} to ${flags.out}`)
    } else if (!this.jsonEnabled()) {
      const text = render()
      process.stdout.write(process.stdout.isTTY ? forTerminal(text) : text)
    }
    if (!this.jsonEnabled() && !pm.rootCause.recorded) this.note('Root cause and action items are not recorded: pass --root-cause and --action-item, or --input FILE.')
    return pm
  }
}
