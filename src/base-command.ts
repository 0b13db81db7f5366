/**
 * The base of every pl command: global flags (--store, --utc, --json), the session (store path,
 * actor, clock, prompter) and the one place that turns errors into output and exit codes.
 */
// Subpath imports: the package index loads every part of oclif (~30 ms of start-up).
import {Command} from '@oclif/core/command'
import {CLIError, ExitError} from '@oclif/core/errors'
import * as Flags from '@oclif/core/flags'
import {format} from 'node:util'
import {BugError, EXIT_CODES, isDiskFull, PlError, systemError, UserError} from './errors.js'
import type {Prompter} from './prompts/types.js'
import {noPrompter} from './prompts/types.js'
import {escapeJsonControls, forTerminal} from './render/terminal.js'
import type {SessionOptions} from './services/session.js'
import {resolveActor, resolveStorePath} from './services/session.js'

/**
 * A failed write to standard output (a full disk behind `> file`, an I/O error) arrives as the
 * stream's 'error' event, which oclif's own listener rethrows as a stack trace with exit 1, the
 * "findings" code. This listener, put before oclif's, says what failed and exits with pl's code
 * instead: the report is incomplete, so nothing else pl would print matters. A closed pipe
 * (EPIPE, `| head`) stays quiet, as before.
 */
export function stdoutWriteFailure(error: unknown): {code: number; lines: string[]} | undefined {
  const code = (error as {code?: unknown} | null)?.code
  if (code === 'EPIPE') return undefined
  const name = typeof code === 'string' ? code : 'an unknown error'
  if (isDiskFull(code)) {
    return {
      code: EXIT_CODES['disk-full'],
      lines: [
        `Error: Cannot write the output to standard output: the disk it goes to is full or over its quota or file size limit (${name}); the output is incomplete.`,
        '  → Free some space (or send the output to another disk) and run the command again; do not use the partly written output.',
      ],
    }
  }
  return {
    code: EXIT_CODES['no-access'],
    lines: [
      `Error: Cannot write the output to standard output (${name}${typeof (error as Error | null)?.message === 'string' ? `: ${(error as Error).message}` : ''}); the output is incomplete.`,
      '  → Check where standard output goes (the file, disk or device after `>` or `|`) and run the command again; do not use the partly written output.',
    ],
  }
}

process.stdout.prependListener('error', (error: unknown) => {
  const failure = stdoutWriteFailure(error)
  if (failure === undefined) return
  try {
    process.stderr.write(failure.lines.map((line) => forTerminal(line)).join('\n') + '\n')
  } catch {
    // Standard error is gone too: the exit code alone tells.
  }
  process.exit(failure.code)
})

export abstract class BaseCommand extends Command {
  static override enableJsonFlag = true

  static override baseFlags = {
    store: Flags.string({
      description: 'Evidence store: a SQLite file, or a postgres://USER@HOST/DB team store [default: $PL_HOME/evidence.db; PL_HOME defaults to ~/.pl]',
      helpGroup: 'GLOBAL',
      env: 'PL_STORE',
    }),
    utc: Flags.boolean({description: 'Show times in UTC instead of local time.', helpGroup: 'GLOBAL'}),
  }

  /** True when a person can answer prompts: standard input and standard error are terminals. */
  protected get interactive(): boolean {
    return Boolean(process.stdin.isTTY && process.stderr.isTTY) && process.env.PL_NO_PROMPT !== '1'
  }

  protected async prompter(): Promise<Prompter> {
    if (!this.interactive) return noPrompter
    const {inquirerPrompter} = await import('./prompts/inquirer.js')
    return inquirerPrompter(true)
  }

  protected async session(flags: {store?: string | undefined}): Promise<SessionOptions> {
    return {
      storePath: resolveStorePath(flags.store, process.env),
      env: process.env,
      prompter: await this.prompter(),
      actor: resolveActor(process.env),
      now: () => Date.now(),
    }
  }

  /**
   * The incident named, or else the store's current one (`pl incident use`), said on standard
   * error so nobody acts on an incident without seeing which.
   */
  protected async incidentOrCurrent(given: string | undefined, session: SessionOptions): Promise<string> {
    if (given !== undefined) return given
    const current = await this.currentIncident(session)
    if (current === undefined) {
      throw new UserError('usage', 'Which incident? Name it (INC-yyyy-nnnn), or set a current one with `pl incident use INC-…`.', {hints: ['List incidents with `pl incident list`.']})
    }
    this.noteCurrent(current)
    return current
  }

  /** The store's current incident (`pl incident use`), if one is set. */
  protected async currentIncident(session: SessionOptions): Promise<string | undefined> {
    const {currentIncident} = await import('./services/current-incident.js')
    return currentIncident(session.env, session.storePath)
  }

  /** Says which incident a command acts on when it was not named. */
  protected noteCurrent(incident: string): void {
    this.note(`Incident ${incident} (current; change it with \`pl incident use\`)`)
  }

  /**
   * Human progress and notes go to standard error; results go to standard output. Everything a
   * command prints passes here or through log()/logToStderr(), which strip control characters:
   * names, titles and messages from outside pl never drive the terminal.
   */
  protected note(message: string): void {
    if (!this.jsonEnabled()) process.stderr.write(forTerminal(message) + '\n')
  }

  override log(message = '', ...args: unknown[]): void {
    super.log(forTerminal(format(message, ...args)))
  }

  override logToStderr(message = '', ...args: unknown[]): void {
    super.logToStderr(forTerminal(format(message, ...args)))
  }

  /** JSON escapes what a terminal would obey instead of removing it: the value stays exact. */
  protected override logJson(json: unknown): void {
    process.stdout.write(escapeJsonControls(JSON.stringify(json, null, 2)) + '\n')
  }

  protected override async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    if (error instanceof ExitError) throw error
    let plError: PlError
    const system = error instanceof PlError ? undefined : systemError(error)
    if (error instanceof PlError) plError = error
    else if (error instanceof CLIError || (error as {oclif?: {exit?: number}}).oclif?.exit === 2) {
      // oclif's own parse errors (unknown flag, missing argument): a usage error.
      // oclif's "The following error occurred: Missing required flag out …" said as pl says things.
      const missingFlag = /Missing required flag (\S+)/.exec(error.message)?.[1]
      plError = new UserError('usage', missingFlag === undefined ? error.message.replace(/^Error: /, '') : `--${missingFlag} is required.`, {hints: [`See \`pl ${this.id?.replaceAll(':', ' ') ?? ''} --help\`.`]})
    } else if (system) {
      // The environment refused (a full disk, a forbidden or read-only path): the user can fix it.
      plError = system
    } else {
      plError = new BugError(`pl hit an unexpected error: ${error.message}`, {
        cause: error,
        hints: ['This is a bug in pl. Re-run with PL_DEBUG=1 for a stack trace and report it.'],
      })
    }
    if (this.jsonEnabled()) {
      process.stdout.write(
        escapeJsonControls(JSON.stringify({error: {code: plError.code, message: plError.message, hints: plError.hints, exitCode: plError.exitCode, ...plError.details}}, null, 2)) + '\n',
      )
    } else {
      process.stderr.write(forTerminal(`Error: ${plError.message}`) + '\n')
      for (const hint of plError.hints) process.stderr.write(forTerminal(`  → ${hint}`) + '\n')
    }
    if (process.env.PL_DEBUG === '1') process.stderr.write(String((plError.cause as Error | undefined)?.stack ?? plError.stack) + '\n')
    process.exitCode = plError.exitCode
    return undefined
  }
}
