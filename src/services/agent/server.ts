/**
 * The unlock agent: a detached process that holds one store's key-encryption key in memory and
 * wraps and unwraps that store's keys for pl commands of the same user (docs/adr/0010-unlock-agent.md).
 * The KEK arrives on standard input (never a file, never the environment, never argv) and never
 * leaves this process. It stops on `pl lock`, at its TTL, after its idle time, when the session
 * it was started from ends, when its socket is removed, or on a signal; stopping wipes the KEK.
 */
import {randomBytes} from 'node:crypto'
import {chmodSync, lstatSync, readFileSync, unlinkSync} from 'node:fs'
import type {Socket} from 'node:net'
import {createServer} from 'node:net'
import {dirname, join} from 'node:path'
import {Crypto, DecryptionError} from '../../crypto/sodium.js'
import {checkAgentDir, encodeFrame, FrameReader, isStoreKeyAad} from './protocol.js'
import type {Frame} from './protocol.js'

export interface AgentConfig {
  storeId: string
  storePath: string
  socket: string
  /** Epoch ms at which the agent stops whatever happens. */
  expiresAt: number
  /** Stop after this long without a request; 0 for never. */
  idleMs: number
  /** The session the agent belongs to: it stops when this process is gone (Linux: pid and start time). */
  leader?: {pid: number; start: string}
  /** A responder identity held beside the KEK (ADR 0014); its 64 secret bytes follow the KEK on stdin. */
  identity?: {signPublicKey: string; boxPublicKey: string}
}

/** The process-session leader of this process and its start time, read from /proc (Linux). */
export function sessionLeader(): AgentConfig['leader'] {
  try {
    const fields = statFields('self')
    const sid = Number(fields[3])
    if (!Number.isInteger(sid) || sid <= 1) return undefined
    return {pid: sid, start: statFields(String(sid))[19] ?? ''}
  } catch {
    return undefined
  }
}

/** The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: string): string[] {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return text.slice(text.lastIndexOf(')') + 2).split(' ')
}

function leaderAlive(leader: NonNullable<AgentConfig['leader']>): boolean {
  try {
    return statFields(String(leader.pid))[19] === leader.start
  } catch {
    return false
  }
}

/** Reads the KEK (32 bytes), the identity's secret keys if any, and the JSON config from standard input, then serves. */
export async function agentMain(): Promise<void> {
  process.title = 'pl-agent'
  process.umask(0o077)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const input = Buffer.concat(chunks)
  for (const c of chunks) c.fill(0)
  const kek = new Uint8Array(32)
  kek.set(input.subarray(0, 32))
  // Then one byte: how many identity secret bytes follow (0, or 64: Ed25519 seed, X25519 secret key).
  const identityBytes = input[32] === 64 ? 64 : 0
  const secrets = new Uint8Array(identityBytes)
  secrets.set(input.subarray(33, 33 + identityBytes))
  const config = JSON.parse(input.subarray(33 + identityBytes).toString('utf8')) as AgentConfig
  input.fill(0)
  try {
    // Sealed boxes (enrolling, incident access) need libsodium, loaded once before serving.
    const crypto = new Crypto()
    await crypto.preload()
    await serve(crypto, kek, secrets, config, () => process.stdout.write(`ready ${process.pid}\n`))
    process.exit(0)
  } catch (error) {
    kek.fill(0)
    secrets.fill(0)
    process.stdout.write(`error ${(error as Error).message}\n`)
    process.exitCode = 1
  }
}

function serve(crypto: Crypto, kek: Uint8Array, secrets: Uint8Array, config: AgentConfig, ready: () => void): Promise<void> {
  const dir = dirname(config.socket)
  checkAgentDir(dir)
  const uid = process.getuid?.()
  let lastUse = Date.now()
  let uses = 0
  let socketIno = 0
  const sockets = new Set<Socket>()

  return new Promise((resolve, reject) => {
    const server = createServer((socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      handle(socket)
    })

    let stopped = false
    const stop = () => {
      if (stopped) return
      stopped = true
      kek.fill(0)
      secrets.fill(0)
      clearInterval(tick)
      try {
        if (lstatSync(config.socket).ino === socketIno) unlinkSync(config.socket)
      } catch {
        // Already removed.
      }
      // Pending replies (a `locked` answer) are flushed before the connections close.
      for (const s of sockets) s.end()
      setTimeout(() => {
        for (const s of sockets) s.destroy()
      }, 500).unref()
      server.close(() => resolve())
    }

    const tick = setInterval(() => {
      const now = Date.now()
      if (now >= config.expiresAt) return stop()
      if (config.idleMs > 0 && now - lastUse >= config.idleMs) return stop()
      if (config.leader && !leaderAlive(config.leader)) return stop()
      try {
        if (lstatSync(config.socket).ino !== socketIno) stop()
      } catch {
        stop()
      }
    }, 500)
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => stop())

    function handle(socket: Socket): void {
      const reader = new FrameReader()
      let challenge: string | undefined = randomBytes(16).toString('hex')
      let authenticated = false
      const send = (header: Frame['header'], parts: Uint8Array[] = []) => {
        const frame = encodeFrame(header, parts)
        socket.write(frame, () => frame.fill(0))
        for (const p of parts) p.fill(0)
      }
      const refuse = (message: string) => {
        send({op: 'error', code: 'refused', message})
        socket.end()
      }
      socket.on('error', () => socket.destroy())
      socket.on('close', () => reader.wipe())
      send({op: 'challenge', nonce: challenge, storeId: config.storeId})
      socket.on('data', (chunk: Buffer) => {
        let frames: Frame[]
        try {
          frames = reader.push(chunk)
        } catch {
          socket.destroy()
          return
        }
        for (const {header, parts} of frames) {
          if (stopped) return socket.destroy()
          if (!authenticated) {
            // The second check on the caller: it proves its uid by creating a file named by our
            // challenge in the 0700 socket directory; the kernel stamps the file with its owner.
            if (header.op !== 'proved' || challenge === undefined) return refuse('Prove your user id first.')
            const proof = join(dir, `.proof-${challenge}`)
            challenge = undefined
            let ok = false
            try {
              const st = lstatSync(proof)
              ok = st.isFile() && st.nlink === 1 && (uid === undefined || st.uid === uid)
              unlinkSync(proof)
            } catch {
              ok = false
            }
            if (!ok) return refuse('This agent serves only the user who started it.')
            authenticated = true
            send(status())
            continue
          }
          if (header.storeId !== config.storeId) return refuse(`This agent serves store ${config.storeId} only.`)
          lastUse = Date.now()
          uses += 1
          switch (header.op) {
            case 'status':
              send(status())
              break
            case 'lock':
              send({op: 'locked'})
              socket.end()
              stop()
              return
            case 'unwrap':
            case 'wrap': {
              const aad = parts[header.op === 'wrap' ? 1 : 2]
              if (aad === undefined || !isStoreKeyAad(aad, config.storeId)) return refuse('Only keys of this store are wrapped here.')
              if (header.op === 'wrap') {
                const w = crypto.seal(kek, parts[0]!, aad)
                send({op: 'wrapped'}, [w.nonce, w.ciphertext])
              } else {
                try {
                  send({op: 'unwrapped'}, [crypto.open(kek, parts[0]!, parts[1]!, aad)])
                } catch (error) {
                  if (!(error instanceof DecryptionError)) throw error
                  send({op: 'error', code: 'decrypt', message: 'authentication failed'})
                }
              }
              for (const p of parts) p.fill(0)
              break
            }
            case 'seal-kek': {
              // The KEK sealed to a responder being enrolled: it leaves only inside a sealed box.
              const to = parts[0]
              if (to === undefined || to.length !== 32) return refuse('A 32-byte X25519 key is needed.')
              send({op: 'sealed'}, [crypto.sealTo(to, kek)])
              break
            }
            case 'sign': {
              // Only author signatures of this store: the identity signs nothing else here…
              const message = parts[0]
              if (!config.identity || message === undefined) return refuse('This agent holds no responder identity.')
              // …and cosignatures of this store's checkpoint notes (tlog-cosignature, ADR 0014).
              const text = Buffer.from(message).toString('utf8')
              const [head, time, origin] = text.split('\n', 3)
              const cosignature = head === 'cosignature/v1' && /^time \d{1,16}$/.test(time ?? '') && origin === `pl-evidence/${config.storeId}`
              if (!text.startsWith(`pl-author v1\n${config.storeId}\n`) && !cosignature) return refuse('Only author signatures and checkpoint cosignatures of this store are signed here.')
              send({op: 'signed'}, [crypto.sign(secrets.subarray(0, 32), message)])
              break
            }
            case 'unseal': {
              const sealed = parts[0]
              if (!config.identity || sealed === undefined) return refuse('This agent holds no responder identity.')
              try {
                send({op: 'unsealed'}, [crypto.openSealed(Buffer.from(config.identity.boxPublicKey, 'hex'), secrets.subarray(32, 64), sealed)])
              } catch (error) {
                if (!(error instanceof DecryptionError)) throw error
                send({op: 'error', code: 'decrypt', message: 'authentication failed'})
              }
              break
            }
            default:
              refuse(`Unknown request "${header.op}".`)
              return
          }
        }
      })
    }

    function status(): Frame['header'] {
      return {op: 'status', ...(config.identity ? {identity: config.identity} : {}), storeId: config.storeId, storePath: config.storePath, pid: process.pid, expiresAt: config.expiresAt, idleMs: config.idleMs, lastUse, uses}
    }

    server.on('error', (error) => {
      kek.fill(0)
      secrets.fill(0)
      clearInterval(tick)
      reject(error)
    })
    try {
      unlinkSync(config.socket)
    } catch {
      // No stale socket.
    }
    server.listen(config.socket, () => {
      chmodSync(config.socket, 0o600)
      socketIno = lstatSync(config.socket).ino
      ready()
    })
  })
}
