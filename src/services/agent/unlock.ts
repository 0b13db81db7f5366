/**
 * `pl unlock` and `pl lock`: start the store's unlock agent with the KEK derived once, and stop
 * it (docs/adr/0010-unlock-agent.md).
 */
import {spawn} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {loadCrypto} from '../../crypto/sodium.js'
import {ExternalError, UserError} from '../../errors.js'
import {openDatabase} from '../../store/database.js'
import {isPostgresLocation} from '../../store/engine.js'
import {isInitialised, readMeta} from '../../store/meta.js'
import type {SessionOptions} from '../session.js'
import {toHex} from '../../domain/bytes.js'
import {deriveKekWithTries, rosterOf, unsealAsResponder} from '../store-access.js'
import {AgentClient} from './client.js'
import type {AgentStatus} from './client.js'
import {agentDir, ensureAgentDir, socketPath} from './protocol.js'
import type {AgentConfig} from './server.js'
import {sessionLeader} from './server.js'

export interface UnlockOptions {
  /** The agent stops this long after it starts. */
  ttlMs: number
  /** The agent stops after this long without a request; 0 for never. */
  idleMs: number
}

export interface UnlockResult {
  store: string
  storeId: string
  pid: number
  socket: string
  expiresAt: number
  idleMs: number
  /** An agent already running for this store was stopped and replaced. */
  replaced: boolean
}

export interface LockResult {
  store: string
  storeId: string
  /** The pid of the agent that was stopped, when one ran. */
  stopped?: number
}

function storeIdOf(storePath: string): string {
  const db = openDatabase(storePath, {readonly: true})
  try {
    if (!isInitialised(db)) throw new UserError('store-missing', `${storePath} is not an initialised evidence store.`, {hints: ['Create it with `pl init`.']})
    return readMeta(db).storeId
  } finally {
    db.close()
  }
}

/**
 * The running agent of the session's store, or undefined. The agent is local: when a PostgreSQL
 * store's server cannot be reached for its id, the agents in the agent directory are asked which
 * store they serve instead, and `unreachable` says why the id was not read.
 */
export function agentStatus(session: SessionOptions): {storeId?: string; status?: AgentStatus; unreachable?: string} {
  let storeId: string
  try {
    storeId = storeIdOf(session.storePath)
  } catch (error) {
    if (!(isPostgresLocation(session.storePath) && error instanceof ExternalError)) throw error
    return {...agentServing(session), unreachable: error.message}
  }
  const agent = AgentClient.connect(session.env, storeId)
  agent?.client.close()
  return agent ? {storeId, status: agent.status} : {storeId}
}

/** The agent, among those in the agent directory, that serves the session's store location. */
function agentServing(session: SessionOptions): {storeId?: string; status?: AgentStatus} {
  let names: string[]
  try {
    names = readdirSync(agentDir(session.env))
  } catch {
    return {}
  }
  for (const name of names) {
    const id = /^([0-9a-f]{32})\.sock$/.exec(name)?.[1]
    if (!id) continue
    const agent = AgentClient.connect(session.env, id)
    agent?.client.close()
    if (agent && agent.status.storePath === session.storePath) return {storeId: id, status: agent.status}
  }
  return {}
}

export async function lockStore(session: SessionOptions): Promise<LockResult> {
  const storeId = storeIdOf(session.storePath)
  const agent = AgentClient.connect(session.env, storeId)
  if (!agent) return {store: session.storePath, storeId}
  try {
    agent.client.request({op: 'lock'})
  } finally {
    agent.client.close()
  }
  return {store: session.storePath, storeId, stopped: agent.status.pid}
}

/** Derives the KEK (asking at most three times on a terminal) and hands it to a new agent. */
export async function unlockStore(session: SessionOptions, options: UnlockOptions): Promise<UnlockResult> {
  if (!(options.ttlMs > 0)) throw new UserError('usage', 'The --ttl must be longer than zero.')
  const db = openDatabase(session.storePath)
  let kek: Uint8Array
  let storeId: string
  // In a store with responders, the agent holds the person's identity beside the KEK unsealed with it (ADR 0014).
  let identity: {config: NonNullable<AgentConfig['identity']>; secrets: Uint8Array} | undefined
  try {
    if (!isInitialised(db)) throw new UserError('store-missing', `${session.storePath} is not an initialised evidence store.`, {hints: ['Create it with `pl init`.']})
    const crypto = await loadCrypto()
    const roster = rosterOf(db)
    storeId = readMeta(db).storeId
    if (roster.genesis === undefined) {
      ;({kek} = await deriveKekWithTries(db, session, crypto))
    } else {
      const unsealed = await unsealAsResponder(db, session, crypto, roster)
      kek = unsealed.kek
      const secrets = new Uint8Array(64)
      secrets.set(unsealed.secrets.signSecretKey, 0)
      secrets.set(unsealed.secrets.boxSecretKey, 32)
      crypto.memzero(unsealed.secrets.signSecretKey)
      crypto.memzero(unsealed.secrets.boxSecretKey)
      identity = {config: {signPublicKey: toHex(unsealed.secrets.signPublicKey), boxPublicKey: toHex(unsealed.secrets.boxPublicKey)}, secrets}
    }
  } finally {
    db.close()
  }
  try {
    const socket = socketPath(ensureAgentDir(agentDir(session.env)), storeId)
    const previous = AgentClient.connect(session.env, storeId)
    if (previous) {
      try {
        previous.client.request({op: 'lock'})
      } finally {
        previous.client.close()
      }
    }
    const expiresAt = session.now() + options.ttlMs
    const leader = sessionLeader()
    const config: AgentConfig = {storeId, storePath: session.storePath, socket, expiresAt, idleMs: options.idleMs, ...(leader ? {leader} : {}), ...(identity ? {identity: identity.config} : {})}
    const pid = await spawnAgent(kek, config, identity?.secrets)
    return {store: session.storePath, storeId, pid, socket, expiresAt, idleMs: options.idleMs, replaced: previous !== undefined}
  } finally {
    kek.fill(0)
    identity?.secrets.fill(0)
  }
}

/**
 * Starts the agent detached (its own process session, so closing the terminal's job control does
 * not signal it; it watches the session it was started from instead), with an empty environment
 * (no PL_PASSPHRASE in its /proc environ for hours), the KEK and its config on standard input.
 */
function spawnAgent(kek: Uint8Array, config: AgentConfig, identitySecrets?: Uint8Array): Promise<number> {
  const entry = new URL('./server.js', import.meta.url).href
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(entry)}).then((m) => m.agentMain())`], {
    detached: true,
    stdio: ['pipe', 'pipe', 'ignore'],
    env: {},
    cwd: '/',
  })
  const secrets = identitySecrets ?? new Uint8Array(0)
  const input = Buffer.concat([kek, Uint8Array.of(secrets.length), secrets, Buffer.from(JSON.stringify(config), 'utf8')])
  child.stdin.end(input, () => input.fill(0))
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new ExternalError('The unlock agent did not start within 10 seconds.'))
    }, 10_000)
    let settled = false
    const done = (error?: Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      child.stdout.destroy()
      child.unref()
      if (error) reject(error)
      else resolve(child.pid!)
    }
    child.on('error', (error) => done(new ExternalError(`Cannot start the unlock agent: ${error.message}`, {cause: error})))
    child.on('exit', (code) => done(new ExternalError(`The unlock agent exited at start (code ${code}): ${out.trim() || 'no message'}`)))
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8')
      if (!out.includes('\n')) return
      child.removeAllListeners('exit')
      if (out.startsWith('ready ')) done()
      else done(new ExternalError(`The unlock agent did not start: ${out.replace(/^error /, '').trim()}`))
    })
  })
}
