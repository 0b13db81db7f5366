/**
 * The PostgreSQL client's thread (docs/adr/0011): it runs `pg` asynchronously and answers the
 * main thread, which blocks on a shared flag until the answer is posted (sync-client.ts). One
 * request at a time: the main thread waits for each.
 */
import {workerData} from 'node:worker_threads'
import type {MessagePort} from 'node:worker_threads'
import pg from 'pg'

export type Request =
  | {op: 'connect'}
  | {op: 'query'; text: string; values: unknown[]; rowMode?: 'array'}
  | {op: 'simple'; text: string}
  | {op: 'end'}

export type Reply = {ok: true; value: unknown} | {ok: false; error: SerialisedError}

export interface SerialisedError {
  message: string
  code?: string
  severity?: string
  detail?: string
  errno?: number
}

const {port, flag, connectionString, connectTimeoutMs} = workerData as {port: MessagePort; flag: Int32Array; connectionString: string; connectTimeoutMs: number}

// Every integer pl stores fits a JavaScript number exactly; one that does not is caught by the
// ledger's own range checks (it was not written by pl).
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v))

let client: pg.Client | undefined
/** The connection failed while idle (the server restarted): the next request says so. */
let broken: Error | undefined

const asBuffer = (v: unknown) => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v)

async function handle(req: Request): Promise<unknown> {
  if (req.op === 'connect') {
    client = new pg.Client({connectionString, connectionTimeoutMillis: connectTimeoutMs, application_name: 'pl'})
    client.on('error', (error) => {
      broken = error
    })
    await client.connect()
    return null
  }
  if (!client) throw Object.assign(new Error('not connected'), {code: 'PL_NOT_CONNECTED'})
  // Nothing of this request was sent: the caller may reconnect and send it again.
  if (broken) throw Object.assign(new Error(`the connection was lost while idle (${broken.message})`), {code: 'PL_IDLE_LOST'})
  switch (req.op) {
    case 'query': {
      const r = await client.query({text: req.text, values: req.values.map(asBuffer), ...(req.rowMode ? {rowMode: req.rowMode} : {})})
      return {rows: r.rows, changes: r.rowCount ?? 0}
    }
    case 'simple': {
      // Several statements give several results: the last one's rows are the answer.
      const r = (await client.query(req.text)) as pg.QueryResult | pg.QueryResult[]
      const last = Array.isArray(r) ? r[r.length - 1] : r
      return last?.rows ?? []
    }
    case 'end': {
      await client.end()
      client = undefined
      return null
    }
  }
}

function serialise(error: unknown): SerialisedError {
  const e = error as {message?: unknown; code?: unknown; severity?: unknown; detail?: unknown; errno?: unknown}
  return {
    message: typeof e?.message === 'string' ? e.message : String(error),
    ...(typeof e?.code === 'string' ? {code: e.code} : {}),
    ...(typeof e?.severity === 'string' ? {severity: e.severity} : {}),
    ...(typeof e?.detail === 'string' ? {detail: e.detail} : {}),
    ...(typeof e?.errno === 'number' ? {errno: e.errno} : {}),
  }
}

/**
 * Each binary value in its own ArrayBuffer: pg's small Buffers are views into a shared pool, and a
 * clone would carry the whole pool along and leave values sharing one buffer (which a later
 * transfer, as the unlock agent's client does, refuses).
 */
function standalone(value: unknown): unknown {
  if (value instanceof Uint8Array) return new Uint8Array(value)
  if (Array.isArray(value)) return value.map(standalone)
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    for (const k of Object.keys(o)) o[k] = standalone(o[k])
  }
  return value
}

function reply(message: Reply): void {
  port.postMessage(message)
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
}

process.on('uncaughtException', (error) => reply({ok: false, error: serialise(error)}))
port.on('message', (req: Request) => {
  handle(req).then(
    (value) => reply({ok: true, value: standalone(value)}),
    (error: unknown) => reply({ok: false, error: serialise(error)}),
  )
})
