import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {stringify as stringifyYaml} from 'yaml'
import {BaseCommand} from '../../base-command.js'
import {maskedNotice} from '../../domain/free-text.js'
import {waitSpinner} from '../../render/spinner.js'
import {UserError} from '../../errors.js'
import {shellWord} from '../../domain/shell.js'
import {checkOutputFile, writeOutputFile} from '../../services/files/output.js'
import {readAnswersFile} from '../../services/runbook/answers.js'
import {findRunbook} from '../../services/runbook/discovery.js'
import type {WalkEvent, WalkResult} from '../../services/runbook/walk.js'
import {walkRunbook} from '../../services/runbook/walk.js'

export default class RunbookRun extends BaseCommand {
  static override summary = 'Walk a containment runbook for an incident, recording every answer and action as it happens.'
  static override description = `Run it again after an interruption (Ctrl-C, a crash) and it resumes at the next step; completed actions are not repeated. A password answer that was crypto-shredded (\`pl evidence shred\`) is asked for again if a step still to do needs it (without a terminal: give it again with --answers).
Destructive actions (revoke, pause, purge) and notifications (notify: Slack, Teams, PagerDuty, a webhook; the message is shown masked) ask first unless --yes. Without a terminal, every question needs an answer from --answers (or the runbook's default with --yes: a choice the incident's findings suggest is pre-selected on a terminal only, and --yes says when it differs); the missing step ids are named at once.
A step that fails or is refused never blocks the rest: on a terminal pl offers to retry it, skip it with a reason, record it as done by hand with a note, or stop. Without a terminal, --skip STEP[=reason] and --done STEP[=note] (both repeatable) decide ahead, and --from STEP skips the steps before STEP that are still to do. A later step that needs the answer of a skipped step is skipped too, with that reason; all of it is recorded and shown as such.
Findings and captured values recorded while the walk runs (\`pl scan --incident\` from another terminal, by you or another responder) are read before each step: its condition, the choices its question pre-selects and the captured values it hands to a provider are current. A step skipped because its condition did not hold is reopened (recorded) and walked when a finding it reads is recorded later, during this walk or before the next run.
An answer can be changed: --reanswer STEP (or, on a terminal, "Change an earlier answer" after a failure) appends a correcting answer and reopens the steps that depended on it: a step whose action used the old answer runs again with the new one (confirmed again unless --yes), and a step skipped because its condition did not hold runs if it holds now — the walk goes back to them. Steps done on the old answer that need nothing more (their action is the same, or no longer applies) are listed.
One walker at a time: a walk holds a lease on (incident, runbook), recorded in the store. A second walker is told who holds it and since when, and exits 14; --take-over takes it (recorded). A walker whose process is gone (killed, crashed) on the same host is found dead at once; one on another host holds the lease until it lapses (PL_RUNBOOK_LEASE_TTL_MS, default 15 minutes without recording anything).
Without --incident, the current incident (\`pl incident use\`) is used and named, except for a runbook with purge actions: those need --incident (or --dry-run).
Credentials and provider addresses come from the environment (see docs/runbooks.md) and are never recorded.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --dry-run',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --dry-run --answers-out answers.yaml',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --answers answers.yaml --yes --json',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --skip "revoke-github=GitHub API down; revoked in the console at 02:10" --yes',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --done "pause-shipping=alice paused the connector in the Confluent UI"',
    '<%= config.bin %> <%= command.id %> secret-in-prompt-logs --incident INC-2026-0001 --reanswer log-connector',
  ]
  static override args = {name: Args.string({description: 'Runbook name (or a .yaml file).', required: true})}
  static override flags = {
    incident: Flags.string({char: 'i', description: 'Incident id [default: the current incident, except for runbooks that purge; on a terminal, asked for when there is none].'}),
    answers: Flags.string({char: 'a', description: 'Answers by step id (YAML or JSON).'}),
    yes: Flags.boolean({char: 'y', description: 'Take the runbook\'s question defaults and do destructive actions and notifications without asking.'}),
    'dry-run': Flags.boolean({description: 'Show what each step would do; record and change nothing.'}),
    dir: Flags.string({description: 'Another folder of runbooks (*.yaml).'}),
    skip: Flags.string({description: 'Skip this step when the walk reaches it, with a reason (STEP=reason); repeatable.', multiple: true}),
    done: Flags.string({description: 'Record this step as done by hand, with a note saying who did what (STEP=note); repeatable. Also for a step skipped earlier.', multiple: true}),
    from: Flags.string({description: 'Start at this step: the steps before it that are still to do are skipped.'}),
    reanswer: Flags.string({description: 'Change the recorded answer of this question step (asked again, or taken from --answers); the steps that used the old answer are reopened and run again. Repeatable.', multiple: true}),
    'answers-out': Flags.string({description: 'Write the answers of this walk (by step id, YAML) to this file, for --answers to replay: answer once in a --dry-run, then run for real. Password answers are left out (asked again).'}),
    'take-over': Flags.boolean({description: 'Take the walk\'s lease from another walker of this runbook on this incident (recorded).'}),
  }

  async run(): Promise<WalkResult> {
    const {args, flags} = await this.parse(RunbookRun)
    // Checked before the walk: its answers must not be lost to a mistyped folder at the end.
    if (flags['answers-out'] !== undefined) checkOutputFile({path: flags['answers-out'], flag: '--answers-out'})
    const {runbook} = findRunbook(process.env, args.name, flags.dir)
    const answers = flags.answers ? readAnswersFile(flags.answers) : new Map<string, unknown>()
    const session = await this.session(flags)
    let incident = flags.incident
    if (incident === undefined) {
      const current = await this.currentIncident(session)
      if (current !== undefined) {
        // Purging is destructive: the incident it preserves evidence into is named, never assumed.
        if (!flags['dry-run'] && runbook.steps.some((s) => s.action?.type === 'purge')) {
          throw new UserError('usage', `${runbook.name} purges data: name the incident with --incident (the current incident is ${current}).`, {
            hints: [`pl runbook run ${args.name} --incident ${current}`],
          })
        }
        this.noteCurrent(current)
        incident = current
      }
    }
    // Ctrl-C while pl waits on a provider cancels the request cleanly (at a prompt, the prompt handles it).
    const cancel = new AbortController()
    const onSigint = () => cancel.abort()
    process.on('SIGINT', onSigint)
    const spinner = waitSpinner()
    const result = await walkRunbook(session, {
      runbook,
      ...(incident ? {incident} : {}),
      answers,
      yes: flags.yes,
      dryRun: flags['dry-run'],
      cwd: process.cwd(),
      skip: stepValues(flags.skip, 'skipped with --skip'),
      done: stepValues(flags.done, 'done by hand (--done)'),
      ...(flags.from === undefined ? {} : {from: flags.from}),
      takeOver: flags['take-over'],
      ...(flags.reanswer === undefined ? {} : {reanswer: flags.reanswer}),
      signal: cancel.signal,
      collectAnswers: flags['answers-out'] !== undefined,
      onEvent: (e) => (e.type === 'wait' ? spinner.show(e.wait) : this.note(describe(e))),
    }).finally(() => {
      spinner.show(undefined)
      process.off('SIGINT', onSigint)
    })
    if (flags['answers-out'] !== undefined) {
      writeOutputFile({path: flags['answers-out'], flag: '--answers-out'}, stringifyYaml(result.answers ?? {}), {mode: 0o600})
      this.note(`Answers written to ${flags['answers-out']}; replay them with --answers ${shellWord(flags['answers-out'])}.`)
    }
    this.log(
      result.dryRun
        ? `Dry run of ${result.runbook} for ${result.incident}: nothing was recorded or changed.`
        : `${result.runbook} complete for ${result.incident}${result.marked.length > 0 ? `; marked ${result.marked.join(', ')}` : ''}${result.openWhenContained === undefined ? '' : ` (contained with ${result.openWhenContained.length} item${result.openWhenContained.length === 1 ? '' : 's'} still open: see above and the postmortem)`}.`,
    )
    const skipped = result.steps.filter((s) => s.status === 'skipped' && s.reason !== undefined)
    const byHand = result.steps.filter((s) => s.status === 'done-by-hand')
    if (skipped.length > 0) this.note(`Skipped by the responder: ${skipped.map((s) => `${s.id} (${s.reason!})`).join('; ')}.`)
    if (byHand.length > 0) this.note(`Done by hand: ${byHand.map((s) => `${s.id} (${s.note!})`).join('; ')}.`)
    return result
  }
}

/** `STEP=text` values by step id; a value without `=text` gets `fallback`. */
function stepValues(values: readonly string[] | undefined, fallback: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const v of values ?? []) {
    const at = v.indexOf('=')
    const id = (at < 0 ? v : v.slice(0, at)).trim()
    const text = at < 0 ? '' : v.slice(at + 1).trim()
    out.set(id, text.length > 0 ? text : fallback)
  }
  return out
}

const shown = (v: unknown): string => (v === undefined ? 'no answer' : Array.isArray(v) ? `[${v.join(', ')}]` : String(v))

function describe(e: WalkEvent): string {
  switch (e.type) {
    case 'resume':
      return `Resuming at step ${e.step} (${e.done} step(s) already done).`
    case 'step':
      return `\n[${e.index + 1}/${e.total}] ${e.step.title}${e.step.instructions ? '\n' + e.step.instructions.trim().replace(/^/gm, '    ') : ''}`
    case 'skipped':
      return e.reason === undefined ? `— skipped ${e.step.id} (its condition does not hold)` : `— SKIPPED ${e.step.id}: ${e.reason}`
    case 'by-hand':
      return `    ✔ ${e.step.id} recorded as done by hand: ${e.note}`
    case 'reanswered':
      return `    ✔ answer to ${e.step.id} changed${e.redo.length > 0 ? `; done on the old answer (redo them if needed): ${e.redo.join(', ')}` : '; no completed step used the old answer'}${e.reopen.length > 0 ? `; reopened, to run again on the new answer: ${e.reopen.join(', ')}` : ''}`
    case 'findings':
      return `    ! New findings recorded in the incident since the walk last looked: ${e.found.join(', ')}. The steps from here use them.`
    case 'reopened':
      return `    ↺ ${e.step.id} reopened: it was skipped on its condition, which holds now that ${e.finding} was found; the walk goes back to it.`
    case 'suggested':
      return `    ! ${e.step.id}: --yes took the runbook's default (${shown(e.taken)}); the incident's findings suggest ${shown(e.suggested)}. To use that, give "${e.step.id}" in --answers or answer on a terminal.`
    case 'wait':
      return ''
    case 'preflight':
      return `Preflight — what this runbook's actions may need and is missing:\n${e.problems.map((p) => `  ! ${p.message}`).join('\n')}`
    case 'lease':
      return `Took the walk's lease from ${e.holder} (pid ${e.pid} on ${e.host}): ${e.why === 'dead' ? 'that process is gone' : e.why === 'expired' ? 'it had lapsed' : 'taken over (--take-over)'}.`
    case 'failed':
      return `    ✘ ${e.step.id} failed: ${e.message}`
    case 'would':
      return `    would: ${e.what}`
    case 'action':
      return `    ✔ ${e.summary}`
    case 'already':
      return `    ✔ action already done earlier; not repeated`
    case 'marked':
      return e.open === undefined ? `    ✔ incident marked ${e.phase}` : `    ! incident marked ${e.phase} with ${e.open.length} item${e.open.length === 1 ? '' : 's'} still open (recorded on the mark)`
    case 'open':
      return `    ! Still open before step ${e.step.id} marks the incident contained (the postmortem lists these as open risks):\n${e.open.map((text) => `      - ${text}`).join('\n')}\n    Contain only if they are dealt with; otherwise answer No, then skip or stop.`
    case 'masked':
      return `    ! ${e.step.id}: ${maskedNotice(e.masked)}${e.masked.some((m) => m.field === 'answer') ? ' The answer as typed is kept under a key of its own (for the actions; shreddable).' : ''}`
  }
}
