/**
 * Gunzipping a large input in many chunks: each wait for the decompressor to drain must not leave
 * a listener behind (it used to add a `close` listener per chunk, and Node warned of a leak on
 * standard error after ten: a 32 MB `.gz` log printed MaxListenersExceededWarning).
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {describe, it} from 'node:test'
import {setImmediate as tick} from 'node:timers/promises'
import {gzipSync} from 'node:zlib'
import {decompressed} from '../../../src/services/scan/byte-streams.js'

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

describe('gzip input', () => {
  it('decompresses an input read in many chunks, byte for byte, without a listener leak warning', async () => {
    // Base64 of random bytes compresses little: about 2 MB of gzip, in 40 chunks larger than the decompressor's buffer.
    const text = Buffer.from(randomBytes(2 << 20).toString('base64'))
    const gz = gzipSync(text)
    const warnings: string[] = []
    const onWarning = (warning: Error): void => {
      warnings.push(warning.name)
    }
    process.on('warning', onWarning)
    try {
      const out: Buffer[] = []
      for await (const chunk of decompressed(chunksOf(gz, Math.ceil(gz.length / 40)))) out.push(chunk)
      assert.ok(Buffer.concat(out).equals(text))
      await tick()
    } finally {
      process.off('warning', onWarning)
    }
    assert.deepEqual(warnings, [])
  })
})
