/**
 * A hostile or confused client of the unlock agent, speaking its wire format directly:
 *   agent-probe SOCKET connect       prints the connect error code, or "connected"
 *   agent-probe SOCKET prove         proves with a file it owns, then asks for a status
 *   agent-probe SOCKET skip-proof    asks to unwrap without proving
 *   agent-probe SOCKET other-store ID  proves, then asks for a status naming store ID
 * It prints "refused: MESSAGE" or the op of the answer.
 */
import {writeFileSync} from 'node:fs'
import {createConnection} from 'node:net'
import {dirname, join} from 'node:path'
import {encodeFrame, FrameReader} from '../../src/services/agent/protocol.js'
import type {Frame} from '../../src/services/agent/protocol.js'

const [socket, mode, storeId] = process.argv.slice(2) as [string, string, string | undefined]
const conn = createConnection(socket)
const reader = new FrameReader()
const frames: Frame[] = []
let wake: (() => void) | undefined
const next = async (): Promise<Frame> => {
  while (frames.length === 0) await new Promise<void>((r) => (wake = r))
  return frames.shift()!
}
conn.on('error', (e: NodeJS.ErrnoException) => {
  process.stdout.write(`${e.code}\n`)
  process.exit(0)
})
conn.on('data', (d: Buffer) => {
  frames.push(...reader.push(d))
  wake?.()
})
conn.on('close', () => {
  frames.push({header: {op: 'closed'}, parts: []})
  wake?.()
})
conn.on('connect', () => {
  void (async () => {
    const challenge = await next()
    if (mode === 'connect') return finish('connected')
    if (mode === 'skip-proof') {
      conn.write(encodeFrame({op: 'unwrap', storeId: challenge.header.storeId}, [new Uint8Array(24), new Uint8Array(48), new Uint8Array(8)]))
    } else {
      writeFileSync(join(dirname(socket), `.proof-${String(challenge.header.nonce)}`), '', {flag: 'wx'})
      conn.write(encodeFrame({op: 'proved'}))
      const answer = await next()
      if (answer.header.op !== 'status') return report(answer)
      conn.write(encodeFrame({op: 'status', storeId: mode === 'other-store' ? storeId : challenge.header.storeId}))
    }
    report(await next())
  })()
})

function report(frame: Frame): void {
  finish(frame.header.op === 'error' ? `refused: ${String(frame.header.message)}` : frame.header.op)
}

function finish(text: string): void {
  process.stdout.write(text + '\n')
  conn.destroy()
  process.exit(0)
}
