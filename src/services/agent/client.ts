/**
 * A pl command's side of the unlock agent: finds the agent of a store, proves who is calling, and
 * offers the store's KEK as a `KeyEncryptionKey` whose wrap and unwrap run inside the agent. The
 * calls are synchronous for the ledger; a worker thread (client-worker.ts) does the socket I/O.
 */
import {existsSync} from 'node:fs'
import {MessageChannel, receiveMessageOnPort, Worker} from 'node:worker_threads'
import type {MessagePort} from 'node:worker_threads'
import {DecryptionError} from '../../crypto/sodium.js'
import {UserError} from '../../errors.js'
import {fromHex} from '../../domain/bytes.js'
import type {AuthorKeys} from '../../store/author.js'
import type {KeyEncryptionKey} from '../../store/kek.js'
import type {Env} from '../session.js'
import type {WorkerReply, WorkerRequest} from './client-worker.js'
import type {Frame} from './protocol.js'
import {agentDir, checkAgentDir, socketPath} from './protocol.js'

/** How long a request may take before the agent counts as gone. */
const REPLY_TIMEOUT_MS = 10_000

export interface AgentStatus {
  /** The responder identity the agent holds for this store (ADR 0014): its public keys, hex. */
  identity?: {signPublicKey: string; boxPublicKey: string}
  storeId: string
  storePath: string
  pid: number
  expiresAt: number
  idleMs: number
  lastUse: number
  uses: number
}

export class AgentClient {
  readonly #worker: Worker
  readonly #port: MessagePort
  readonly #flag = new Int32Array(new SharedArrayBuffer(4))
  readonly storeId: string
  #closed = false

  private constructor(socket: string, storeId: string) {
    this.storeId = storeId
    const {port1, port2} = new MessageChannel()
    this.#port = port1
    const entry = new URL('./client-worker.js', import.meta.url).href
    this.#worker = new Worker(`import(${JSON.stringify(entry)}).then((m) => m.runClientWorker())`, {
      eval: true,
      workerData: {socket, port: port2, flag: this.#flag},
      transferList: [port2],
    })
    this.#worker.unref()
  }

  /**
   * The agent serving `storeId`, connected and checked, or undefined when there is none (no
   * socket, or a socket nobody answers on: the agent was stopped or killed).
   */
  static connect(env: Env, storeId: string): {client: AgentClient; status: AgentStatus} | undefined {
    const dir = agentDir(env)
    const socket = socketPath(dir, storeId)
    if (!existsSync(socket)) return undefined
    checkAgentDir(dir)
    const client = new AgentClient(socket, storeId)
    const reply = client.#call({header: {op: 'hello'}, parts: []})
    if (!reply.ok) {
      client.close()
      if (reply.code === 'unreachable') return undefined
      throw new UserError('no-passphrase', `The unlock agent refused this command: ${reply.message}`, {hints: ['Run `pl lock`, then `pl unlock` again.']})
    }
    const status = reply.header as unknown as AgentStatus
    if (status.storeId !== storeId) {
      client.close()
      return undefined
    }
    return {client, status}
  }

  #call(request: WorkerRequest): WorkerReply {
    if (this.#closed) return {ok: false, code: 'unreachable', message: 'closed'}
    // Copies, each in its own ArrayBuffer, to transfer: a Buffer's slice() is a view, and many
    // Buffers (Node's pool, a PostgreSQL batch) share one ArrayBuffer.
    const parts = request.parts.map((p) => new Uint8Array(p))
    Atomics.store(this.#flag, 0, 0)
    this.#port.postMessage({header: request.header, parts}, parts.map((p) => p.buffer as ArrayBuffer))
    const woke = Atomics.wait(this.#flag, 0, 0, REPLY_TIMEOUT_MS)
    const message = receiveMessageOnPort(this.#port)
    if (woke === 'timed-out' || message === undefined) return {ok: false, code: 'unreachable', message: 'no answer from the agent'}
    return message.message as WorkerReply
  }

  /** A request after `connect`; an agent gone since is a clear error, not a hang. */
  request(header: Frame['header'], parts: Uint8Array[] = []): {header: Frame['header']; parts: Uint8Array[]} {
    const reply = this.#call({header: {...header, storeId: this.storeId}, parts})
    if (reply.ok) return reply
    if (reply.code === 'decrypt') throw new DecryptionError()
    throw new UserError('no-passphrase', `The unlock agent stopped answering (${reply.message}); nothing more was written.`, {
      hints: ['Run the command again: pl asks for the passphrase when no agent runs, or run `pl unlock` first.'],
    })
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    this.#port.close()
    void this.#worker.terminate()
  }
}

/** The store's KEK as held by the agent: wrap and unwrap are requests; nothing to wipe here. */
export function agentKek(client: AgentClient): KeyEncryptionKey {
  return {
    wrap(plaintext, aad) {
      const {parts} = client.request({op: 'wrap'}, [plaintext, aad])
      const [nonce, ciphertext] = parts
      if (!nonce || !ciphertext) throw new DecryptionError('malformed agent reply')
      return {nonce, ciphertext}
    },
    unwrap(nonce, ciphertext, aad) {
      const [plain] = client.request({op: 'unwrap'}, [nonce, ciphertext, aad]).parts
      if (!plain) throw new DecryptionError('malformed agent reply')
      return plain
    },
    async sealTo(boxPublicKey) {
      const [sealed] = client.request({op: 'seal-kek'}, [boxPublicKey]).parts
      if (!sealed) throw new DecryptionError('malformed agent reply')
      return sealed
    },
    dispose: () => client.close(),
  }
}

/** The responder identity held by the agent: signing and unsealing are requests; the secret keys stay there. */
export function agentAuthor(client: AgentClient, identity: NonNullable<AgentStatus['identity']>): AuthorKeys {
  return {
    signPublicKey: fromHex(identity.signPublicKey),
    boxPublicKey: fromHex(identity.boxPublicKey),
    sign(message) {
      const [sig] = client.request({op: 'sign'}, [message]).parts
      if (!sig) throw new DecryptionError('malformed agent reply')
      return sig
    },
    unseal(sealed) {
      const [plain] = client.request({op: 'unseal'}, [sealed]).parts
      if (!plain) throw new DecryptionError('malformed agent reply')
      return plain
    },
    dispose: () => undefined,
  }
}
