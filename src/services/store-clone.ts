/**
 * `pl store clone SRC --to DST`: a store copied to another engine or place (SQLite ⇄ PostgreSQL)
 * and proven the same: the source is verified first, the copy after, and both reports must agree
 * on the store id, the entries, the checkpoints and the latest signed root. No key is needed.
 */
import type {VerifyReport} from '../domain/verify/report.js'
import {IntegrityError, UserError} from '../errors.js'
import {copyRows} from '../store/clone.js'
import {openDatabase, storeError} from '../store/database.js'
import {ledgerShape} from '../store/meta.js'
import {isPostgresLocation} from '../store/engine.js'
import {rolesSql} from '../store/pg/schema.js'
import {ROLE_NAMES} from './init.js'
import {verifyLedger} from '../store/verify.js'
import {resolveStorePath} from './session.js'
import type {Env} from './session.js'
import {onStore, openLocked} from './store-access.js'

export interface CloneResult {
  from: string
  to: string
  storeId: string
  entries: number
  checkpoints: number
  blobs: number
  root: string | null
  verified: true
  /** A PostgreSQL destination: the writer and auditor roles' SQL, run when `roles` is `create` (as `pl init` does). */
  roles?: {writer: string; auditor: string; sql: string; created: boolean}
}

const summary = (r: VerifyReport) => ({storeId: r.storeId, entries: r.entries, checkpoints: r.checkpoints, latest: r.latestCheckpoint && {size: r.latestCheckpoint.size, root: r.latestCheckpoint.root}})

export function cloneStore(source: string, target: string, env: Env, now: number, options: {roles?: 'create' | 'print'} = {}): CloneResult {
  const from = resolveStorePath(source, env)
  const to = resolveStorePath(target, env)
  if (from === to) throw new UserError('usage', 'The source and the destination of a clone are the same store.')
  const postgres = isPostgresLocation(to)
  if (!postgres && options.roles !== undefined) throw new UserError('usage', '--roles is for a PostgreSQL destination (--to postgres://…).')
  const src = openLocked(from, {readonly: true})
  try {
    const before = onStore(from, () => verifyLedger(src.db))
    if (!before.ok) {
      throw new IntegrityError(`The store ${from} does not verify (first bad entry ${before.firstBadEntry ?? 'none'}): pl will not clone it.`, {
        hints: ['Run `pl evidence verify --store SOURCE` for the report; preserve the store as it is.'],
      })
    }
    const dst = openDatabase(to, {create: true, now})
    try {
      const shape = onStore(to, () => ledgerShape(dst))
      if (shape.shape !== 'empty' && shape.shape !== 'uninitialised') {
        throw new UserError('store-exists', `${to} is not empty: a clone goes into a new store only.`, {hints: ['Pick a new file, or an empty database (createdb).']})
      }
      const counts = onStore(to, () => copyRows(src.db, dst))
      const after = onStore(to, () => verifyLedger(dst))
      const a = JSON.stringify(summary(before))
      const b = JSON.stringify(summary(after))
      if (!after.ok || a !== b) {
        throw new IntegrityError(`The clone at ${to} does not verify the same as ${from}.`, {details: {source: summary(before), clone: summary(after)}})
      }
      // The team's roles, as `pl init` gives them: without grants the copy is the owner's alone.
      let roles: CloneResult['roles']
      if (postgres) {
        const sql = rolesSql(ROLE_NAMES)
        if (options.roles === 'create') onStore(to, () => dst.exec(sql))
        roles = {...ROLE_NAMES, sql, created: options.roles === 'create'}
      }
      return {
        from,
        to,
        storeId: after.storeId,
        entries: after.entries,
        checkpoints: after.checkpoints,
        blobs: counts.blobs ?? 0,
        root: after.latestCheckpoint ? after.latestCheckpoint.root : null,
        verified: true,
        ...(roles ? {roles} : {}),
      }
    } catch (error) {
      throw storeError(error, to)
    } finally {
      dst.close()
    }
  } finally {
    src.close()
  }
}
