/**
 * A one-line spinner on standard error while pl waits on a provider: the provider, the request,
 * the attempt and the time since the first attempt. Only on a terminal; nothing otherwise.
 */
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏']

export interface WaitLine {
  provider: string
  what: string
  attempt: number
  attempts: number
  since: number
  pause?: string
}

export interface Spinner {
  /** Shows (or updates) the wait; undefined clears the line. */
  show(wait: WaitLine | undefined): void
}

/** The spinner's text for a wait at `now` (without the frame). */
export function waitText(w: WaitLine, now: number): string {
  const elapsed = ((now - w.since) / 1000).toFixed(1)
  return `${w.provider}: ${w.what} — attempt ${w.attempt}/${w.attempts}, ${elapsed} s${w.pause ? ` (${w.pause})` : ''} — Ctrl-C cancels`
}

export function waitSpinner(stream: NodeJS.WriteStream = process.stderr): Spinner {
  if (!stream.isTTY) return {show: () => undefined}
  let timer: NodeJS.Timeout | undefined
  let current: WaitLine | undefined
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
