/**
 * The thread that talks to the unlock agent for a synchronous caller (client.ts): the ledger's
 * key operations are synchronous, a socket is not, so the main thread posts a request, blocks on
 * an Atomics.wait, and this thread does the I/O and wakes it.
 */
import {writeFileSync} from 'node:fs'
import type {Socket} from 'node:net'
import {createConnection} from 'node:net'
import {dirname, join} from 'node:path'
import type {MessagePort} from 'node:worker_threads'
import {workerData} from 'node:worker_threads'
import type {Frame} from './protocol.js'
import {encodeFrame, FrameReader} from './protocol.js'

export interface WorkerRequest {
  header: Frame['header']
  parts: Uint8Array[]
}

export type WorkerReply = {ok: true; header: Frame['header']; parts: Uint8Array[]} | {ok: false; code: string; message: string}

interface WorkerData {
  socket: string
  port: MessagePort
  flag: Int32Array
}

/** Started by client.ts as the worker's entry point. */
export function runClientWorker(): void {
  const {socket: path, port, flag} = workerData as WorkerData
  let conn: Socket | undefined
  let closed: string | undefined
  const reader = new FrameReader()
  const waiting: ((frame: Frame | Error) => void)[] = []
  const arrived: Frame[] = []

  const reply = (r: WorkerReply) => {
    port.postMessage(r, r.ok ? r.parts.map((p) => p.buffer as ArrayBuffer) : [])
    Atomics.store(flag, 0, 1)
    Atomics.notify(flag, 0)
  }

  const next = (): Promise<Frame> =>
    new Promise((resolve, reject) => {
      const ready = arrived.shift()
      if (ready !== undefined) return resolve(ready)
      if (closed !== undefined) return reject(new Error(closed))
      waiting.push((f) => (f instanceof Error ? reject(f) : resolve(f)))
    })

  const fail = (message: string) => {
    closed ??= message
    for (const w of waiting.splice(0)) w(new Error(message))
  }

  async function connect(): Promise<Frame> {
    conn = createConnection(path)
    conn.on('data', (chunk: Buffer) => {
      try {
        for (const f of reader.push(chunk)) {
          const waiter = waiting.shift()
          if (waiter) waiter(f)
          else arrived.push(f)
        }
      } catch {
        conn?.destroy()
        fail('malformed reply')
      }
    })
    conn.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message))
    conn.on('end', () => fail('the agent closed the connection'))
    conn.on('close', () => fail('the agent closed the connection'))
    const challenge = await next()
    if (challenge.header.op !== 'challenge' || typeof challenge.header.nonce !== 'string' || !/^[0-9a-f]{32}$/.test(challenge.header.nonce)) {
      throw new Error('not a pl agent')
    }
    // Proof of our uid: a file the agent checks the owner of, then removes.
    writeFileSync(join(dirname(path), `.proof-${challenge.header.nonce}`), '', {flag: 'wx', mode: 0o600})
    conn.write(encodeFrame({op: 'proved'}))
    return next()
  }

  port.on('message', (request: WorkerRequest) => {
    const answer = request.header.op === 'hello' ? connect() : send(request)
    answer.then(
      (frame) => {
        if (frame.header.op === 'error') reply({ok: false, code: String(frame.header.code), message: String(frame.header.message)})
        else reply({ok: true, header: frame.header, parts: frame.parts})
      },
      (error: Error) => reply({ok: false, code: 'unreachable', message: error.message}),
    )
  })

  function send(request: WorkerRequest): Promise<Frame> {
    if (!conn || closed !== undefined) return Promise.reject(new Error(closed ?? 'not connected'))
    const frame = encodeFrame(request.header, request.parts)
    for (const p of request.parts) p.fill(0)
    const answer = next()
    conn.write(frame, () => frame.fill(0))
    return answer
  }
}
