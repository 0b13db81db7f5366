/**
 * A synchronous PostgreSQL client: each call posts a request to the worker thread that owns the
 * `pg` connection (worker.ts) and blocks on Atomics.wait until the answer is there, then takes
 * it with receiveMessageOnPort (the pattern of synckit). The ledger's code stays synchronous on
 * both engines (docs/adr/0011).
 */
import {MessageChannel, receiveMessageOnPort, Worker} from 'node:worker_threads'
import type {MessagePort} from 'node:worker_threads'
import type {Reply, Request, SerialisedError} from './worker.js'

/** An error PostgreSQL or the connection raised, with its SQLSTATE or system code. */
export class PgError extends Error {
  readonly code: string | undefined
  readonly detail: string | undefined
  constructor(e: SerialisedError) {
    super(e.message)
    this.name = 'PgError'
    this.code = e.code
    this.detail = e.detail
  }
}

/** Structured clone turns Buffers into plain Uint8Arrays: turn them back, without copying. */
function buffers(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = buffers(value[i])
    return value
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>
    for (const k of Object.keys(o)) o[k] = buffers(o[k])
  }
  return value
}

export class SyncPgClient {
  readonly #worker: Worker
  readonly #port: MessagePort
  readonly #flag = new Int32Array(new SharedArrayBuffer(4))
  #closed = false

  constructor(connectionString: string, options: {connectTimeoutMs?: number} = {}) {
    const {port1, port2} = new MessageChannel()
    this.#port = port1
    this.#worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: {port: port2, flag: this.#flag, connectionString, connectTimeoutMs: options.connectTimeoutMs ?? 10_000},
      transferList: [port2],
    })
    // The worker never keeps pl running: the main thread is waiting on it or done with it.
    this.#worker.unref()
    this.#port.unref()
  }

  #call(req: Request): unknown {
    if (this.#closed) throw new PgError({message: 'the connection is closed', code: 'PL_CLOSED'})
    Atomics.store(this.#flag, 0, 0)
    this.#port.postMessage(req)
    let message: {message: Reply} | undefined
    for (;;) {
      Atomics.wait(this.#flag, 0, 0, 1000)
      message = receiveMessageOnPort(this.#port) as {message: Reply} | undefined
      if (message) break
      if (Atomics.load(this.#flag, 0) !== 0) continue
    }
    const reply = message.message
    if (!reply.ok) throw new PgError(reply.error)
    return buffers(reply.value)
  }

  connect(): void {
    this.#call({op: 'connect'})
  }

  query(text: string, values: readonly unknown[] = [], rowMode?: 'array'): {rows: unknown[]; changes: number} {
    return this.#call({op: 'query', text, values: [...values], ...(rowMode ? {rowMode} : {})}) as {rows: unknown[]; changes: number}
  }

  /** The simple protocol: several statements in one round trip, no parameters. */
  simple(text: string): unknown[] {
    return this.#call({op: 'simple', text}) as unknown[]
  }

  close(): void {
    if (this.#closed) return
    try {
      this.#call({op: 'end'})
    } catch {
      // Already gone: nothing to end.
    }
    this.#closed = true
    void this.#worker.terminate()
  }

  get closed(): boolean {
    return this.#closed
  }
}
