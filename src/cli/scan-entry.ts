/**
 * `pl scan` without oclif's command discovery: bin/run.js imports this module's bundle
 * (dist/scan/scan.js, built by scripts/bundle-scan.js) for `pl scan …` so the scan's start-up reads
 * one file instead of several hundred ES modules (ADR 0023). The command, its flags, its errors and
 * its exit codes are the same class oclif runs; help goes through oclif as before.
 */
import {Config} from '@oclif/core/config'
import {flush} from '@oclif/core/flush'
import {handle} from '@oclif/core/handle'
import Scan from '../commands/scan.js'

/** Runs `pl scan` with `argv` (the words after `scan`); `root` is bin/run.js's file URL, from which oclif finds package.json. */
export async function runScan(root: string, argv: string[]): Promise<void> {
  try {
    const config = await Config.load(root)
    Scan.id = 'scan'
    await Scan.run(argv, config)
    // Not awaited, as oclif's own route does: with standard output closed early (`| head -1`) its
    // drain never comes, and an await nothing settles would end Node with exit 13.
    void flush()
  } catch (error) {
    await handle(error as Error)
  }
}
