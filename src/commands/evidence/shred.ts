import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import {capturedLabel} from '../../domain/captured.js'
import {runbookAnswerLabel} from '../../domain/runbook-answers.js'
import type {ShreddedItem, ShredItem, ShredResult} from '../../services/evidence/shred.js'
import {shredEvidence} from '../../services/evidence/shred.js'
import {confirmShred} from '../../prompts/shred-confirm.js'

/**
 * An exhibit by its file name; a captured value by rule and masked form; a runbook answer by
 * runbook and step. Never a value.
 */
function label(item: ShredItem | ShreddedItem): string {
  switch (item.type) {
    case 'captured':
      return `captured ${capturedLabel(item)}`
    case 'runbook-answer':
      return `answer to ${runbookAnswerLabel(item)}`
    case 'exhibit':
      return item.name ?? '?'
  }
}

/** --older-than as milliseconds: a duration (7d, 12h, 30m). */
function olderThan(value: string): number {
  const m = /^\s*(\d{1,6})\s*([smhdw])\s*$/.exec(value)
  if (!m) throw new UserError('invalid-input', `--older-than ${JSON.stringify(value)} is not a duration.`, {hints: ['Give a number and a unit: 30m, 12h, 7d or 2w.']})
  const unit = {s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000}[m[2] as 's' | 'm' | 'h' | 'd' | 'w']
  return Number(m[1]) * unit
}

export default class EvidenceShred extends BaseCommand {
  static override summary = "Crypto-shred evidence: destroy its data key so its content is unrecoverable."
  static override description = `The wrapped key is deleted (and overwritten), a key.shredded entry is appended to the incident, and the chain still verifies. Irreversible: asks for confirmation unless --yes.

--runbook-answers cleans up old password answers: those of every resolved incident (or of the --incident named), answered longer ago than --older-than; exhibits and captured values are left alone, and answers of incidents not resolved yet are kept and listed. --dry-run lists what would be shredded and shreds nothing.

Works on exhibits, on the raw values \`pl scan --incident\` captured (listed under "Captured values" by \`pl evidence list\`) and on the password answers typed into runbook steps (listed under "Runbook answers"); --incident shreds all three. A shredded captured value is no longer handed to runbooks; revoke a credential before shredding it. A walk that still needs a shredded answer asks for it again (without a terminal, give it in --answers).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12 --reason "customer data, retention ended"',
    '<%= config.bin %> <%= command.id %> --incident INC-2026-0001 --yes',
    '<%= config.bin %> <%= command.id %> --runbook-answers --older-than 7d --dry-run',
    '<%= config.bin %> <%= command.id %> --runbook-answers --older-than 7d --yes --reason "walks done"',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n, as `pl evidence list` shows it; entry:SEQ also works) of an exhibit, a captured value or a runbook answer.'})}
  static override flags = {
    incident: Flags.string({char: 'i', description: 'Shred every exhibit, captured value and runbook answer of this incident.', exclusive: ['evidence']}),
    reason: Flags.string({char: 'r', description: 'Why (recorded).'}),
    yes: Flags.boolean({char: 'y', description: 'Do not ask for confirmation.'}),
    'runbook-answers': Flags.boolean({description: 'Only password answers typed into runbook walks: of every resolved incident, or of --incident.', exclusive: ['evidence']}),
    'older-than': Flags.string({description: 'With --runbook-answers: only answers given longer ago than this (e.g. 7d, 12h).', dependsOn: ['runbook-answers']}),
    'dry-run': Flags.boolean({description: 'List what would be shredded; shred nothing.'}),
  }

  async run(): Promise<ShredResult> {
    const {args, flags} = await this.parse(EvidenceShred)
    const answers = flags['runbook-answers']
    if (!args.evidence && !flags.incident && !answers) {
      throw new UserError('usage', 'Name the evidence to shred (EV-n), or --incident INC, or --runbook-answers.', {hints: ['pl evidence shred EV-12']})
    }
    if (args.evidence && flags.incident) throw new UserError('usage', 'Give either an evidence id or --incident, not both.')
    const olderThanMs = flags['older-than'] === undefined ? undefined : olderThan(flags['older-than'])
    const session = await this.session(flags)
    if (!flags.yes && !flags['dry-run'] && !session.prompter.interactive) {
      throw new UserError('usage', 'Shredding is irreversible and there is no terminal to confirm on: pass --yes.')
    }
    const result = await shredEvidence(
      session,
      {
        ...(args.evidence ? {evidence: args.evidence} : {}),
        ...(flags.incident ? {incident: flags.incident} : {}),
        ...(flags.reason ? {reason: flags.reason} : {}),
        ...(answers ? {runbookAnswers: olderThanMs === undefined ? {} : {olderThanMs}} : {}),
        ...(flags['dry-run'] ? {dryRun: true} : {}),
      },
      async (items) => flags.yes || confirmShred(session.prompter, items.map((i) => ({id: i.id, type: i.type, label: label(i)})), (line) => this.logToStderr(line)),
    )
    if (result.dryRun) {
      for (const s of result.wouldShred ?? []) this.log(`Would shred ${s.id} (${label(s)}).`)
      for (const k of result.kept ?? []) this.log(`Keeping ${k.id}: ${k.reason}.`)
      for (const id of result.alreadyShredded) this.log(`${id} was already shredded.`)
      this.log(`Dry run: ${result.wouldShred?.length ?? 0} to shred; nothing was shredded.`)
      return result
    }
    for (const k of result.kept ?? []) this.logToStderr(`Keeping ${k.id}: ${k.reason}.`)
    for (const s of result.shredded) {
      const named = s.type !== 'exhibit' || s.name ? ` (${label(s)})` : ''
      this.log(`Shredded ${s.id}${named}.`)
    }
    for (const id of result.alreadyShredded) this.log(`${id} was already shredded.`)
    if (result.wipe === 'pending' && /^postgres(ql)?:\/\//i.test(session.storePath)) {
      this.logToStderr(
        'Warning: the keys are destroyed in the team store, but PostgreSQL keeps the deleted rows in its pages until VACUUM, in its WAL, and in backups and WAL archives until they expire (docs/team-store.md, "Backups and shredding").',
      )
    } else if (result.wipe === 'pending') {
      this.logToStderr(
        'Warning: the keys are destroyed in the store, but another process is reading it, so the old wrapped-key bytes are still on disk. They are overwritten when that reader is done and the last pl command closes the store (for example `pl evidence checkpoint`).',
      )
    }
    if (result.shredded.length === 0 && result.alreadyShredded.length === 0) this.log('Nothing to shred.')
    else if (result.shredded.length === 0 && !flags.yes) this.log('Nothing was shredded.')
    return result
  }
}
