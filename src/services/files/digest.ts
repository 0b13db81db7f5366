/**
 * A file's SHA-256 and size, read as a stream so a file of any size costs one read buffer. A read
 * error is passed on as the file system gave it (with its `code` and `path`): callers word it.
 */
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'

export interface FileDigest {
  /** Lowercase hex. */
  sha256: string
  size: number
}

export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return {sha256: hash.digest('hex'), size}
}
