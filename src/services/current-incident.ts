/**
 * The current incident (`pl incident use`): kept per store in `$PL_HOME/config.yaml` under
 * `current:` (store path → incident id), not in the ledger: it is a preference of this
 * responder's shell, not a fact of the incident.
 *
 *   current:
 *     /home/me/.pl/evidence.db: INC-2026-0001
 */
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {UserError} from '../errors.js'
import {configPath} from './config.js'
import {incidentKey} from './incidents.js'
import type {Env, SessionOptions} from './session.js'
import {openLocked} from './store-access.js'

/** The current incident of the store, if one is set. */
export async function currentIncident(env: Env, storePath: string): Promise<string | undefined> {
  const file = configPath(env)
  if (!existsSync(file)) return undefined
  const {parse} = await import('yaml')
  let doc: unknown
  try {
    doc = parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UserError('invalid-input', `Cannot read ${file}: ${(error as Error).message}`, {cause: error})
  }
  const current = (doc as {current?: Record<string, unknown>} | null)?.current?.[storePath]
  return typeof current === 'string' ? current : undefined
}

export interface UseResult {
  store: string
  /** The current incident now; absent after --clear. */
  incident?: string
  previous?: string
}

/**
 * Sets (or with `id` undefined, clears) the store's current incident. The incident must exist;
 * the rest of config.yaml, comments included, is kept as written.
 */
export async function useIncident(session: SessionOptions, id: string | undefined): Promise<UseResult> {
  let incident: string | undefined
  if (id !== undefined) {
    const ledger = openLocked(session.storePath, {readonly: true})
    try {
      incidentKey(ledger, id)
    } finally {
      ledger.close()
    }
    incident = id.toUpperCase()
  }
  const previous = await currentIncident(session.env, session.storePath)
  const file = configPath(session.env)
  const {parseDocument} = await import('yaml')
  const doc = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '')
  if (incident === undefined) doc.deleteIn(['current', session.storePath])
  else doc.setIn(['current', session.storePath], incident)
  mkdirSync(dirname(file), {recursive: true, mode: 0o700})
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, doc.toString(), {mode: 0o600})
  renameSync(temp, file)
  return {store: session.storePath, ...(incident ? {incident} : {}), ...(previous ? {previous} : {})}
}
