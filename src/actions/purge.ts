/**
 * purge: preserve → delete → verify, each stage recorded. The matched items go into the evidence
 * store first; if that fails nothing is deleted. Targets are recorded by name or key, never content.
 */
import {maskUrls} from '../domain/provider-url.js'
import {existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, unlinkSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import type {Client as PgClient} from 'pg'
import type {RedisClientType} from 'redis'
import {ExternalError, UserError} from '../errors.js'
import type {ExternalSqlite} from '../store/external-sqlite.js'
import {openExternalSqlite} from '../store/external-sqlite.js'
import {baseUrl, http} from './http.js'
import {str} from './params.js'
import type {ActionContext, ActionProvider, ItemCount, PreserveItem} from './types.js'

async function preserveOrStop(ctx: ActionContext, provider: string, items: readonly PreserveItem[]): Promise<string[]> {
  try {
    const ids = await ctx.preserve(items)
    ctx.record('preserve', true, {provider, items: items.length, evidence: ids})
    return ids
  } catch (error) {
    ctx.record('preserve', false, {provider, items: items.length, error: (error as Error).message})
    throw new ExternalError(`${provider}: preserving ${items.length} item(s) as evidence failed; nothing was deleted.`, {cause: error, hints: ['Fix the cause and run the runbook again; the step is still pending.']})
  }
}

function verified(ctx: ActionContext, provider: string, left: number, detail: Record<string, unknown>): void {
  ctx.record('verify', left === 0, {provider, remaining: left, ...detail})
  if (left > 0) throw new ExternalError(`${provider}: ${left} item(s) are still there after the delete.`, {hints: ['Run the runbook again; the step is still pending.']})
}

/** Glob to RegExp over '/'-separated relative paths: `**` any depth, `*` and `?` within a segment. */
function globRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!
    if (ch === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/**
 * The regular files matching `pattern` (a path, or a glob with `*`, `?`, `**`), sorted; and what
 * matches but is not purged: symbolic links (a link is left in place and its target, maybe outside
 * the folder, is never deleted), named so the walk can say so. `rootMissing` is set when the
 * folder before the first wildcard (or a plain path's folder) does not exist: a typo, not a purge.
 */
export function matchFiles(pattern: string, cwd: string): {root: string; files: string[]; links: string[]; rootMissing: boolean} {
  const abs = isAbsolute(pattern) ? pattern : resolve(cwd, pattern)
  const parts = abs.split(sep)
  const firstWild = parts.findIndex((p) => /[*?]/.test(p))
  const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory()
  if (firstWild === -1) {
    const link = existsLink(abs)
    return {root: abs, files: !link && existsSync(abs) && statSync(abs).isFile() ? [abs] : [], links: link ? [abs] : [], rootMissing: !isDir(dirname(abs))}
  }
  const root = parts.slice(0, firstWild).join(sep) || sep
  const re = globRegExp(parts.slice(firstWild).join('/'))
  const files: string[] = []
  const links: string[] = []
  const walk = (dir: string) => {
    if (!existsSync(dir)) return
    for (const e of readdirSync(dir, {withFileTypes: true})) {
      const p = join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if ((e.isFile() || e.isSymbolicLink()) && re.test(relative(root, p).split(sep).join('/'))) (e.isFile() ? files : links).push(p)
    }
  }
  walk(root)
  return {root, files: files.sort(), links: links.sort(), rootMissing: !isDir(root)}
}

function existsLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

/** "bucket/current.jsonl → /var/log/app.jsonl": a link left in place, with where it points. */
function linkShown(p: string): string {
  try {
    return `${p} → ${readlinkSync(p)}`
  } catch {
    return p
  }
}

async function withRedis<T>(ctx: ActionContext, use: (client: RedisClientType) => Promise<T>): Promise<T> {
  const url = baseUrl(ctx.env, 'PL_REDIS_URL', ctx.env.REDIS_URL, 'redis', {scheme: 'tcp', fallbackName: 'REDIS_URL'})
  const {createClient} = await import('redis')
  const client = createClient({url, socket: {connectTimeout: ctx.timeoutMs, reconnectStrategy: false}}) as RedisClientType
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    throw new ExternalError(`redis: could not connect (${maskUrls((error as Error).message)}).`, {cause: error, hints: ['Check PL_REDIS_URL; the step is still pending.']})
  }
  try {
    return await use(client)
  } finally {
    await client.close().catch(() => undefined)
  }
}

async function redisKeys(client: RedisClientType, pattern: string): Promise<string[]> {
  const keys: string[] = []
  for await (const batch of client.scanIterator({MATCH: pattern, COUNT: 500})) keys.push(...batch)
  return [...new Set(keys)].sort()
}

async function redisValue(client: RedisClientType, key: string): Promise<unknown> {
  const type = await client.type(key)
  switch (type) {
    case 'string':
      return client.get(key)
    case 'hash':
      return client.hGetAll(key)
    case 'list':
      return client.lRange(key, 0, -1)
    case 'set':
      return client.sMembers(key)
    case 'zset':
      return client.zRangeWithScores(key, 0, -1)
    default:
      return {type, note: 'not captured: unsupported type'}
  }
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/

async function withPostgres<T>(ctx: ActionContext, use: (client: PgClient) => Promise<T>): Promise<T> {
  const url = baseUrl(ctx.env, 'PL_POSTGRES_URL', ctx.env.DATABASE_URL, 'postgres', {scheme: 'tcp', fallbackName: 'DATABASE_URL'})
  const pg = (await import('pg')).default
  const client = new pg.Client({connectionString: url, connectionTimeoutMillis: ctx.timeoutMs})
  try {
    await client.connect()
  } catch (error) {
    throw new ExternalError(`postgres: could not connect (${maskUrls((error as Error).message)}).`, {cause: error, hints: ['Check PL_POSTGRES_URL; the step is still pending.']})
  }
  try {
    return await use(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

const counted = (count: number, one: string, many: string): ItemCount => ({count, one, many})

/** The plain table name of a SQL purge, or a UserError: never SQL from a template. */
function tableName(provider: string, p: Record<string, unknown>): string {
  const table = str(p, 'table')
  if (!IDENT.test(table)) throw new UserError('invalid-input', `${provider}: "${table}" is not a plain table name (schema.table).`)
  return table
}

const sqlArgs = (p: Record<string, unknown>) => (Array.isArray(p.args) ? p.args.map(String) : [])

function esRequest(p: Record<string, unknown>, ctx: ActionContext) {
  const base = baseUrl(ctx.env, 'PL_ELASTICSEARCH_URL', undefined, 'elasticsearch')
  const headers: Record<string, string> = ctx.env.ELASTICSEARCH_API_KEY ? {authorization: `ApiKey ${ctx.env.ELASTICSEARCH_API_KEY}`} : {}
  return {base, index: encodeURIComponent(str(p, 'index')), common: {provider: 'elasticsearch', headers, credential: 'ELASTICSEARCH_API_KEY'}}
}

const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 2) + '\n')

export const purgeProviders: Record<string, ActionProvider> = {
  files: {
    describe: (p) => `preserve, delete and verify files matching ${str(p, 'path')}`,
    count: async (p, ctx) => counted(matchFiles(str(p, 'path'), ctx.cwd).files.length, 'file', 'files'),
    async run(p, ctx) {
      const pattern = str(p, 'path')
      const {root, files, links, rootMissing} = matchFiles(pattern, ctx.cwd)
      if (rootMissing) {
        // A typo in the folder at 2 a.m. must not read as copies purged.
        ctx.record('match', false, {provider: 'files', pattern, matched: 0, summary: `no directory ${root}`})
        throw new UserError('not-found', `files: there is no directory ${root} (from ${pattern}); nothing was purged.`, {hints: ['Check the path (a typo?) and run the runbook again; the step is still pending.']})
      }
      // Symbolic links that match are left in place (their target, maybe outside the folder, is never deleted): named.
      const left = links.length === 0 ? '' : `; ${links.length} symbolic link(s) matched and left in place, not purged: ${links.map(linkShown).join(', ')} — if a target is a copy, purge it with its own path`
      if (files.length === 0) {
        ctx.record('match', false, {provider: 'files', pattern, matched: 0, summary: 'nothing matched: nothing was purged', ...(links.length === 0 ? {} : {linksLeft: links.map(linkShown)})})
        return `nothing matched ${pattern}: no file was purged${left}`
      }
      const ids = await preserveOrStop(ctx, 'files', files.map((f) => ({name: f, kind: 'log' as const, bytes: new Uint8Array(readFileSync(f))})))
      for (const f of files) unlinkSync(f)
      ctx.record('delete', true, {provider: 'files', deleted: files.length, targets: files, ...(links.length === 0 ? {} : {linksLeft: links.map(linkShown)})})
      verified(ctx, 'files', files.filter((f) => existsSync(f)).length, {targets: files})
      return `preserved ${files.length} file(s) as ${ids.join(', ')}, deleted and checked gone${left}`
    },
  },
  redis: {
    describe: (p, env) => `preserve, delete and verify Redis keys matching ${str(p, 'pattern')} at ${env.PL_REDIS_URL ? 'PL_REDIS_URL' : 'REDIS_URL'}`,
    count: (p, ctx) => withRedis(ctx, async (client) => counted((await redisKeys(client, str(p, 'pattern'))).length, 'Redis key', 'Redis keys')),
    run: (p, ctx) =>
      withRedis(ctx, async (client) => {
        const pattern = str(p, 'pattern')
        const keys = await redisKeys(client, pattern)
        if (keys.length === 0) {
          ctx.record('verify', true, {provider: 'redis', pattern, remaining: 0, note: 'nothing matched'})
          return `no Redis keys match ${pattern}`
        }
        const values: Record<string, unknown> = {}
        for (const k of keys) values[k] = await redisValue(client, k)
        const ids = await preserveOrStop(ctx, 'redis', [{name: `redis-keys-${pattern.replace(/[^A-Za-z0-9_-]/g, '_')}.json`, kind: 'artifact', bytes: json({pattern, keys: values})}])
        const deleted = await client.del(keys)
        ctx.record('delete', true, {provider: 'redis', pattern, deleted})
        verified(ctx, 'redis', (await redisKeys(client, pattern)).length, {pattern})
        return `preserved ${keys.length} Redis key(s) as ${ids.join(', ')}, deleted and checked gone`
      }),
  },
  postgres: {
    describe: (p) => `preserve, delete and verify rows of ${str(p, 'table')} where ${str(p, 'where')}`,
    count: (p, ctx) =>
      withPostgres(ctx, async (client) => {
        const table = tableName('postgres', p)
        try {
          const n = Number((await client.query(`SELECT count(*) AS n FROM ${table} WHERE ${str(p, 'where')}`, sqlArgs(p))).rows[0]?.n ?? 0)
          return counted(n, `row of ${table}`, `rows of ${table}`)
        } catch (error) {
          throw new ExternalError(`postgres: ${(error as Error).message}`, {cause: error})
        }
      }),
    run: (p, ctx) =>
      withPostgres(ctx, async (client) => {
        const table = str(p, 'table')
        if (!IDENT.test(table)) throw new UserError('invalid-input', `postgres: "${table}" is not a plain table name (schema.table).`)
        const where = str(p, 'where')
        const args = Array.isArray(p.args) ? p.args.map(String) : []
        await client.query('BEGIN')
        try {
          const rows = (await client.query(`SELECT * FROM ${table} WHERE ${where} FOR UPDATE`, args)).rows
          if (rows.length === 0) {
            await client.query('ROLLBACK')
            ctx.record('verify', true, {provider: 'postgres', table, remaining: 0, note: 'nothing matched'})
            return `no rows of ${table} match`
          }
          const ids = await preserveOrStop(ctx, 'postgres', [{name: `${table}-rows.json`, kind: 'artifact', bytes: json({table, where, rows})}])
          const deleted = (await client.query(`DELETE FROM ${table} WHERE ${where}`, args)).rowCount ?? 0
          await client.query('COMMIT')
          ctx.record('delete', true, {provider: 'postgres', table, deleted})
          const left = Number((await client.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, args)).rows[0]?.n ?? 0)
          verified(ctx, 'postgres', left, {table})
          return `preserved ${rows.length} row(s) of ${table} as ${ids.join(', ')}, deleted and checked gone`
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined)
          if (error instanceof ExternalError || error instanceof UserError) throw error
          throw new ExternalError(`postgres: ${(error as Error).message}`, {cause: error, hints: ['Nothing was deleted; the step is still pending.']})
        }
      }),
  },
  sqlite: {
    describe: (p) => `preserve, delete and verify rows of ${str(p, 'table')} where ${str(p, 'where')} in ${str(p, 'path')}`,
    async count(p, ctx) {
      const path = resolve(ctx.cwd, str(p, 'path'))
      const table = str(p, 'table')
      let db: ExternalSqlite
      try {
        db = openExternalSqlite(path, ctx.timeoutMs)
      } catch (error) {
        if (error instanceof UserError) throw error
        throw new ExternalError(`sqlite: cannot open ${path} (${(error as Error).message}).`, {cause: error})
      }
      try {
        return counted(db.count(table, str(p, 'where'), sqlArgs(p)), `row of ${table}`, `rows of ${table}`)
      } catch (error) {
        if (error instanceof UserError) throw error
        throw new ExternalError(`sqlite: ${(error as Error).message}`, {cause: error})
      } finally {
        db.close()
      }
    },
    async run(p, ctx) {
      const path = resolve(ctx.cwd, str(p, 'path'))
      const table = str(p, 'table')
      const where = str(p, 'where')
      const args = Array.isArray(p.args) ? p.args.map(String) : []
      let db: ExternalSqlite
      try {
        db = openExternalSqlite(path, ctx.timeoutMs)
      } catch (error) {
        if (error instanceof UserError) throw error
        throw new ExternalError(`sqlite: cannot open ${path} (${(error as Error).message}).`, {cause: error, hints: ['The step is still pending.']})
      }
      try {
        db.begin()
        const rows = db.select(table, where, args)
        if (rows.length === 0) {
          db.rollback()
          ctx.record('verify', true, {provider: 'sqlite', table, remaining: 0, note: 'nothing matched'})
          return `no rows of ${table} match`
        }
        const ids = await preserveOrStop(ctx, 'sqlite', [{name: `${table}-rows.json`, kind: 'artifact', bytes: json({database: path, table, where, rows})}])
        const deleted = db.delete(table, where, args)
        db.commit()
        ctx.record('delete', true, {provider: 'sqlite', table, deleted})
        verified(ctx, 'sqlite', db.count(table, where, args), {table})
        return `preserved ${rows.length} row(s) of ${table} as ${ids.join(', ')}, deleted and checked gone`
      } catch (error) {
        db.rollback()
        if (error instanceof ExternalError || error instanceof UserError) throw error
        throw new ExternalError(`sqlite: ${(error as Error).message}`, {cause: error, hints: ['Nothing was deleted; the step is still pending.']})
      } finally {
        db.close()
      }
    },
  },
  elasticsearch: {
    describe: (p) => `preserve, _delete_by_query and verify documents of ${str(p, 'index')}`,
    async count(p, ctx) {
      const {base, index, common} = esRequest(p, ctx)
      const res = await http(ctx, {...common, method: 'POST', url: `${base}/${index}/_count`, body: {query: p.query}, idempotent: true})
      const n = (res.json as {count?: unknown} | null)?.count
      if (typeof n !== 'number') throw new ExternalError(`elasticsearch: POST /${str(p, 'index')}/_count answered without a count.`)
      return counted(n, `document of ${str(p, 'index')}`, `documents of ${str(p, 'index')}`)
    },
    async run(p, ctx) {
      const {base, index, common} = esRequest(p, ctx)
      const query = p.query
      const found = await http(ctx, {...common, method: 'POST', url: `${base}/${index}/_search`, body: {query, size: 10000}, idempotent: true})
      const hits = (found.json as {hits?: {hits?: unknown[]}} | null)?.hits?.hits ?? []
      if (hits.length === 0) {
        ctx.record('verify', true, {provider: 'elasticsearch', index: str(p, 'index'), remaining: 0, note: 'nothing matched'})
        return `no documents of ${str(p, 'index')} match`
      }
      const ids = await preserveOrStop(ctx, 'elasticsearch', [{name: `${str(p, 'index')}-documents.json`, kind: 'artifact', bytes: json({index: str(p, 'index'), query, hits})}])
      const del = await http(ctx, {...common, method: 'POST', url: `${base}/${index}/_delete_by_query?refresh=true&conflicts=proceed`, body: {query}, idempotent: true})
      ctx.record('delete', true, {provider: 'elasticsearch', index: str(p, 'index'), deleted: (del.json as {deleted?: number} | null)?.deleted ?? null})
      const count = await http(ctx, {...common, method: 'POST', url: `${base}/${index}/_count`, body: {query}, idempotent: true})
      verified(ctx, 'elasticsearch', Number((count.json as {count?: number} | null)?.count ?? -1), {index: str(p, 'index')})
      return `preserved ${hits.length} document(s) as ${ids.join(', ')}, deleted by query and checked gone`
    },
  },
}
