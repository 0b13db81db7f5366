/**
 * A one-line spinner on standard error while pl waits on a provider: the provider, the request,
 * the attempt and the time since the first attempt. Only on a terminal; nothing otherwise.
 */
import type {WaitInfo} from '../domain/runbook/wait.js'

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

export interface Spinner {
  /** Shows (or updates) the wait; undefined clears the line. */
  show(wait: WaitInfo | undefined): void
}

/** The spinner's text for a wait at `now` (without the frame). */
export function waitText(w: WaitInfo, now: number): string {
  const elapsed = ((now - w.since) / 1000).toFixed(1)
  return `${w.provider}: ${w.what} — attempt ${w.attempt}/${w.attempts}, ${elapsed} s${w.pause ? ` (${w.pause})` : ''} — Ctrl-C cancels`
}

export function waitSpinner(stream: NodeJS.WriteStream = process.stderr): Spinner {
  if (!stream.isTTY) return {show: () => undefined}
  let timer: NodeJS.Timeout | undefined
  let current: WaitInfo | undefined
  let frame = 0
  const draw = () => {
    if (current) stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${waitText(current, Date.now())}`)
  }
  return {
    show(wait) {
      current = wait
      if (wait === undefined) {
        if (!timer) return
        clearInterval(timer)
        timer = undefined
        stream.write('\r\x1b[2K')
        return
      }
      if (!timer) {
        timer = setInterval(draw, 100)
        timer.unref()
      }
      draw()
    },
  }
}
