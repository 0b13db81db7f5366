/** The bytes of one input on their way to the decoder: counted for progress, gunzipped, gathered to sniff. */
import {createGunzip} from 'node:zlib'

/** The first chunk at least `min` bytes long (or the whole stream), so it says what the input is. */
export async function* sniffable(chunks: AsyncIterable<Buffer>, min: number): AsyncGenerator<Buffer> {
  const first: Buffer[] = []
  let length = 0
  let gathering = true
  for await (const chunk of chunks) {
    if (!gathering) {
      yield chunk
      continue
    }
    first.push(chunk)
    length += chunk.length
    if (length >= min) {
      gathering = false
      yield first.length === 1 ? chunk : Buffer.concat(first)
    }
  }
  if (gathering && length > 0) yield Buffer.concat(first)
}

/** The bytes of a stream, gunzipped when they start with the gzip magic number. */
export async function* decompressed(raw: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = raw[Symbol.asyncIterator]()
  const first = await iterator.next()
  if (first.done === true) return
  const head: Buffer = first.value
  if (head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value
    return
  }
  const gunzip = createGunzip()
  const pump = (async () => {
    try {
      let chunk: Buffer | undefined = head
      while (chunk !== undefined && !gunzip.destroyed) {
        if (!gunzip.write(chunk)) {
          // Whichever comes first removes the other: a listener left per chunk made Node warn of a leak.
          await new Promise<void>((resolve) => {
            const done = (): void => {
              gunzip.off('drain', done)
              gunzip.off('close', done)
              resolve()
            }
            gunzip.once('drain', done)
            gunzip.once('close', done)
          })
        }
        const next = await iterator.next()
        chunk = next.done === true ? undefined : next.value
      }
      if (!gunzip.destroyed) gunzip.end()
    } catch (error) {
      gunzip.destroy(error instanceof Error ? error : new Error(String(error)))
    }
  })()
  try {
    for await (const chunk of gunzip) yield chunk as Buffer
  } finally {
    gunzip.destroy()
    await pump
  }
}

/** Passes the chunks on, reporting each one's size (the bytes read, before decompression). */
export async function* countBytes(source: AsyncIterable<Buffer>, progress: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    progress(chunk.length)
    yield chunk
  }
}
