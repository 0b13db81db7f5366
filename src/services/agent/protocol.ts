/**
 * The unlock agent's wire format and where its socket lives (docs/adr/0010-unlock-agent.md).
 *
 * A frame is a 4-byte big-endian length, then a 4-byte length of a JSON header, the header, and
 * binary parts whose lengths the header lists (`parts`). Key bytes travel only as binary parts,
 * never inside JSON strings, so each side can wipe its copies (a JavaScript string cannot be).
 */
import {lstatSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {UserError} from '../../errors.js'
import type {Env} from '../session.js'

export interface Frame {
  header: {op: string; parts?: number[]; [field: string]: unknown}
  parts: Uint8Array[]
}

/** Largest frame either side accepts: a wrapped key is tens of bytes. */
export const MAX_FRAME = 64 * 1024

export function encodeFrame(header: Frame['header'], parts: readonly Uint8Array[] = []): Buffer {
  const json = Buffer.from(JSON.stringify({...header, parts: parts.map((p) => p.length)}), 'utf8')
  const total = 4 + json.length + parts.reduce((n, p) => n + p.length, 0)
  const out = Buffer.alloc(4 + total)
  out.writeUInt32BE(total, 0)
  out.writeUInt32BE(json.length, 4)
  json.copy(out, 8)
  let at = 8 + json.length
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * Collects bytes and yields whole frames. Throws on a frame over MAX_FRAME or a malformed
 * header; the caller drops the connection.
 */
export class FrameReader {
  #buffer: Buffer = Buffer.alloc(0)

  push(chunk: Buffer): Frame[] {
    const previous = this.#buffer
    this.#buffer = Buffer.concat([previous, chunk])
    previous.fill(0)
    chunk.fill(0)
    const frames: Frame[] = []
    while (this.#buffer.length >= 4) {
      const total = this.#buffer.readUInt32BE(0)
      if (total > MAX_FRAME || total < 4) throw new Error('frame too large')
      if (this.#buffer.length < 4 + total) break
      const body = this.#buffer.subarray(4, 4 + total)
      const jsonLength = body.readUInt32BE(0)
      if (jsonLength > total - 4) throw new Error('malformed frame')
      const header = JSON.parse(body.subarray(4, 4 + jsonLength).toString('utf8')) as Frame['header']
      const lengths = Array.isArray(header.parts) ? header.parts : []
      const parts: Uint8Array[] = []
      let at = 4 + jsonLength
      for (const n of lengths) {
        if (!Number.isInteger(n) || n < 0 || at + n > total) throw new Error('malformed frame')
        parts.push(new Uint8Array(body.subarray(at, at + n)))
        at += n
      }
      frames.push({header, parts})
      const rest = Buffer.from(this.#buffer.subarray(4 + total))
      this.#buffer.fill(0)
      this.#buffer = rest
    }
    return frames
  }

  wipe(): void {
    this.#buffer.fill(0)
  }
}

/**
 * The directory of agent sockets: PL_AGENT_DIR, else $XDG_RUNTIME_DIR/pl, else pl-<uid> in the
 * temporary directory. It must be a real directory (not a link) owned by this user with no access
 * for group or others: connect() on a socket inside needs search permission on it, which is the
 * first of the agent's two checks on who is calling.
 */
export function agentDir(env: Env): string {
  if (env.PL_AGENT_DIR) return env.PL_AGENT_DIR
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'pl')
  return join(tmpdir(), `pl-${process.getuid?.() ?? 'user'}`)
}

/** Creates the agent directory (0700) if needed and refuses one that others could reach. */
export function ensureAgentDir(dir: string): string {
  try {
    mkdirSync(dir, {mode: 0o700})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new UserError('invalid-input', `Cannot create the agent directory ${dir}: ${(error as Error).message}`, {cause: error})
    }
  }
  checkAgentDir(dir)
  return dir
}

export function checkAgentDir(dir: string): void {
  const st = lstatSync(dir)
  const uid = process.getuid?.()
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o077) !== 0) {
    throw new UserError('invalid-input', `The agent directory ${dir} is not a directory of yours with mode 0700: pl will not use it.`, {
      hints: ['Remove it (another user may have created it), or set PL_AGENT_DIR to a directory only you can reach.'],
    })
  }
}

export function socketPath(dir: string, storeId: string): string {
  if (!/^[0-9a-f]{32}$/.test(storeId)) throw new UserError('store-format', `The store id "${storeId}" is not 32 hex digits.`)
  return join(dir, `${storeId}.sock`)
}

/** The AAD prefixes of the keys a store wraps with its KEK (src/domain/codec.ts keyWrapAad, src/store/meta.ts). */
export function isStoreKeyAad(aad: Uint8Array, storeId: string): boolean {
  const text = Buffer.from(aad).toString('utf8')
  return ['pl-key v1', 'pl-signing-key v1', 'pl-fingerprint-key v1'].some((label) => text.startsWith(`${label}\n${storeId}\n`))
}
