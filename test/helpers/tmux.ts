/**
 * Drives a real terminal program through tmux: a private server socket, send-keys to type, and
 * capture-pane to read the screen, as a person would see it.
 */
import {execFileSync} from 'node:child_process'
import {randomBytes} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

export class TmuxSession {
  readonly socket = `pl-test-${randomBytes(4).toString('hex')}`
  readonly name = 'pl'
  readonly exitFile: string

  constructor(dir: string) {
    this.exitFile = join(dir, `exit-${this.socket}`)
  }

  #tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'})
  }

  /** Starts `command` (a shell command line) in a 160x40 terminal; its exit code is written to exitFile. */
  start(command: string): void {
    this.#tmux('new-session', '-d', '-s', this.name, '-x', '160', '-y', '40', `${command}; echo $? > ${this.exitFile}; sleep 30`)
  }

  keys(...keys: string[]): void {
    this.#tmux('send-keys', '-t', this.name, ...keys)
  }

  /** Types text literally (no key-name interpretation). */
  type(text: string): void {
    this.#tmux('send-keys', '-t', this.name, '-l', text)
  }

  screen(): string {
    return this.#tmux('capture-pane', '-p', '-t', this.name, '-S', '-100')
  }

  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const s = this.screen()
      if (pattern.test(s)) return s
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on screen:\n${s}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  async exitCode(timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs
    while (!existsSync(this.exitFile) || readFileSync(this.exitFile, 'utf8').trim() === '') {
      if (Date.now() > deadline) throw new Error(`program did not exit; screen:\n${this.screen()}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    return Number(readFileSync(this.exitFile, 'utf8').trim())
  }

  kill(): void {
    try {
      this.#tmux('kill-server')
    } catch {
      // Already gone.
    }
  }
}

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'])
    return true
  } catch {
    return false
  }
}
