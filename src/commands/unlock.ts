import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {parseDurationText} from '../domain/metrics.js'
import {UserError} from '../errors.js'
import {duration, when} from '../render/format.js'
import type {AgentStatus} from '../services/agent/client.js'
import type {UnlockResult} from '../services/agent/unlock.js'
import {agentStatus, unlockStore} from '../services/agent/unlock.js'

function durationFlag(name: string, text: string): number {
  const ms = parseDurationText(text)
  if (ms === undefined) throw new UserError('usage', `--${name} "${text}" is not a duration.`, {hints: ['Use forms like 30m, 8h, 1h30m, or a number of seconds.']})
  return ms
}

/** The longest an agent may hold the store's key: a working week, not years. */
const MAX_TTL_MS = 7 * 24 * 3_600_000

export default class Unlock extends BaseCommand {
  static override summary = 'Unlock the store once for a shift: an agent holds its key so commands stop asking.'
  static override description = `Asks for the passphrase once (or reads PL_PASSPHRASE_FILE / PL_PASSPHRASE / PL_KEY_FILE) and starts a per-user agent, in the manner of ssh-agent, that keeps the store's key in memory only and wraps and unwraps the store's keys for pl commands of the same user over a Unix socket (0600, in a 0700 directory under $XDG_RUNTIME_DIR, or PL_AGENT_DIR).
It serves only this store, and stops at \`pl lock\`, after --ttl, after --idle without use, or when the terminal session it was started from ends. Commands then ask again. Every command still records its entries as before.`
  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --ttl 8h --idle 30m',
    '<%= config.bin %> <%= command.id %> --status',
    'PL_PASSPHRASE_FILE=~/.pl-pass <%= config.bin %> <%= command.id %> --ttl 2h --json',
  ]
  static override flags = {
    ttl: Flags.string({description: 'Stop the agent this long after it starts (30m, 8h, 1h30m; at most 7d).', default: '8h'}),
    idle: Flags.string({description: 'Stop the agent after this long without a command (0 for never).', default: '30m'}),
    status: Flags.boolean({description: 'Only say whether an agent holds the key of this store, until when, and how often it was used.'}),
  }

  async run(): Promise<UnlockResult | {store: string; storeId?: string; agent?: AgentStatus; unreachable?: string}> {
    const {flags} = await this.parse(Unlock)
    if (flags.status) {
      const session = await this.session(flags)
      const {storeId, status, unreachable} = agentStatus(session)
      if (unreachable !== undefined) this.logToStderr(`Note: ${unreachable} The agent's status is read without it.`)
      if (status === undefined) this.log(`No unlock agent runs for ${session.storePath}: commands ask for the passphrase.`)
      else {
        this.log(`Unlocked ${session.storePath} until ${when(status.expiresAt, flags.utc)}${status.idleMs > 0 ? ` (or ${duration(status.idleMs)} without use)` : ''}.`)
        this.log(`  agent: pid ${status.pid}, ${status.uses} request(s), last at ${when(status.lastUse, flags.utc)}`)
      }
      return {store: session.storePath, ...(storeId === undefined ? {} : {storeId}), ...(status ? {agent: status} : {}), ...(unreachable === undefined ? {} : {unreachable})}
    }
    const ttlMs = durationFlag('ttl', flags.ttl)
    if (ttlMs > MAX_TTL_MS) {
      throw new UserError('usage', `--ttl ${flags.ttl} is longer than 7 days, the longest an agent holds the store's key.`, {hints: ['Unlock for a shift (--ttl 8h, the default) and again the next day.']})
    }
    const idleMs = durationFlag('idle', flags.idle)
    const result = await unlockStore(await this.session(flags), {ttlMs, idleMs})
    this.log(`Unlocked ${result.store} until ${when(result.expiresAt, flags.utc)}${result.idleMs > 0 ? ` (or ${duration(result.idleMs)} without use)` : ''}.`)
    this.log(`  agent: pid ${result.pid}, socket ${result.socket}${result.replaced ? ' (replaced the previous agent)' : ''}`)
    this.log('  lock it again with: pl lock')
    return result
  }
}
