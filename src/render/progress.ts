/**
 * A byte progress bar on standard error, shown only on a terminal and only for long work.
 */
import cliProgress from 'cli-progress'

export interface Progress {
  update(done: number, total?: number): void
  stop(): void
}

const silent: Progress = {update: () => undefined, stop: () => undefined}

export function byteProgress(label: string, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return silent
  let bar: cliProgress.SingleBar | undefined
  return {
    update(done, total) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {stream: process.stderr, format: `${label} [{bar}] {percentage}% {value}/{total} MiB`, hideCursor: true, clearOnComplete: true},
          cliProgress.Presets.shades_classic,
        )
        bar.start(Math.max(1, Math.ceil((total ?? done) / 1048576)), 0)
      }
      if (total !== undefined) bar.setTotal(Math.max(1, Math.ceil(total / 1048576)))
      bar.update(Math.floor(done / 1048576))
    },
    stop() {
      bar?.stop()
    },
  }
}
