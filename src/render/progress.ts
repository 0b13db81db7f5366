/**
 * A byte progress bar on standard error, shown only on a terminal and only for long work.
 */
import type cliProgress from 'cli-progress'
import {createRequire} from 'node:module'

/** cli-progress, loaded when a bar is first drawn: most runs (not a terminal, short work) never draw one. */
const require = createRequire(import.meta.url)

export interface Progress {
  update(done: number, total?: number): void
  stop(): void
}

const silent: Progress = {update: () => undefined, stop: () => undefined}

/** A progress bar counting `unit`s; `scale` turns raw counts into that unit. */
function progressBar(label: string, unit: string, scale: number, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return silent
  let bar: cliProgress.SingleBar | undefined
  return {
    update(done, total) {
      if (!bar) {
        const bars = require('cli-progress') as typeof cliProgress
        // Without a total (standard input) there is no bar to fill: only the count so far.
        const format = total === undefined ? `${label} {value} ${unit} so far` : `${label} [{bar}] {percentage}% {value}/{total} ${unit}`
        bar = new bars.SingleBar({stream: process.stderr, format, hideCursor: true, clearOnComplete: true}, bars.Presets.shades_classic)
        bar.start(Math.max(1, Math.ceil((total ?? done) / scale)), 0)
      }
      if (total !== undefined) bar.setTotal(Math.max(1, Math.ceil(total / scale)))
      else bar.setTotal(Math.max(1, Math.ceil(done / scale)))
      bar.update(Math.floor(done / scale))
    },
    stop() {
      bar?.stop()
    },
  }
}

export function byteProgress(label: string, enabled: boolean): Progress {
  return progressBar(label, 'MiB', 1048576, enabled)
}

export function countProgress(label: string, unit: string, enabled: boolean): Progress {
  return progressBar(label, unit, 1, enabled)
}
