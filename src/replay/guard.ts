/**
 * The sandboxed child's preamble. Node 20's permission model restricts files, child processes and
 * workers but not the network, so before any job (user data) is read the child replaces
 * `net.Socket.prototype.connect` — the one path by which `net`, `tls`, `http`, `https` and fetch
 * open TCP connections — with a check that lets through only the configured model host and port,
 * refuses Unix sockets and named pipes, and disables UDP (`dgram`). See docs/replay.md for what
 * this does not cover.
 */
import dgram from 'node:dgram'
import net from 'node:net'
import {createInterface} from 'node:readline'

export interface NetAllowance {
  host: string
  port: number
}

interface ConnectTarget {
  host?: string
  port?: number
  path?: string
}

/** Socket#connect's arguments, in any of its forms (including net's normalised [options, cb]). */
function targetOf(args: unknown[]): ConnectTarget {
  let first = args[0]
  if (Array.isArray(first)) first = first[0]
  if (typeof first === 'object' && first !== null) {
    const o = first as {host?: unknown; port?: unknown; path?: unknown}
    const t: ConnectTarget = {}
    if (typeof o.path === 'string') t.path = o.path
    t.host = typeof o.host === 'string' ? o.host : 'localhost'
    if (o.port !== undefined) t.port = Number(o.port)
    return t
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return {path: first}
  return {port: Number(first), host: typeof args[1] === 'string' ? args[1] : 'localhost'}
}

export class NetworkDenied extends Error {
  readonly code = 'PL_SANDBOX_NET'
}

export function installNetworkGuard(allowed: NetAllowance | undefined): void {
  const original = net.Socket.prototype.connect
  const guarded = function (this: net.Socket, ...args: unknown[]): net.Socket {
    const t = targetOf(args)
    const ok = allowed !== undefined && t.path === undefined && t.host?.toLowerCase() === allowed.host.toLowerCase() && t.port === allowed.port
    if (!ok) {
      const where = t.path ?? `${t.host ?? '?'}:${t.port ?? '?'}`
      const error = new NetworkDenied(`pl sandbox: connection to ${where} refused; only ${allowed ? `${allowed.host}:${allowed.port}` : 'no host'} is allowed.`)
      process.nextTick(() => this.destroy(error))
      return this
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args)
  }
  net.Socket.prototype.connect = guarded as typeof net.Socket.prototype.connect
  dgram.createSocket = (() => {
    throw new NetworkDenied('pl sandbox: UDP is not allowed.')
  }) as typeof dgram.createSocket
}

export interface SandboxFailure {
  kind: 'http' | 'network' | 'protocol'
  status?: number
  message: string
}

export type SandboxOutput<R> = {ok: true; result: R} | {ok: false; error: SandboxFailure}

/**
 * Runs a sandboxed child: reads `--allow-net=host:port` from argv, installs the guard, then answers
 * JSON jobs read from standard input, one per line, with one JSON line each on standard output,
 * in order, until standard input ends.
 */
export async function sandboxMain<J, R>(handle: (job: J) => Promise<R>): Promise<void> {
  const arg = process.argv.find((a) => a.startsWith('--allow-net='))
  const spec = arg?.slice('--allow-net='.length)
  const m = spec ? /^(.+):(\d+)$/.exec(spec) : null
  installNetworkGuard(m ? {host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2])} : undefined)
  const lines = createInterface({input: process.stdin, crlfDelay: Infinity})
  for await (const line of lines) {
    if (line.trim() === '') continue
    let out: SandboxOutput<R>
    try {
      out = {ok: true, result: await handle(JSON.parse(line) as J)}
    } catch (error) {
      const e = error as Partial<SandboxFailure> & {code?: string}
      out = {ok: false, error: {kind: e.kind ?? (e.code ? 'network' : 'protocol'), ...(e.status === undefined ? {} : {status: e.status}), message: e.message ?? String(error)}}
    }
    process.stdout.write(JSON.stringify(out) + '\n')
  }
}
