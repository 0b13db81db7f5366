/**
 * A pause endpoint (`POST /gate`) on a provider server that holds a runbook walk's request while
 * shut: the walk waits there, mid-step, while the test acts (another walker, a scan from another
 * process), and goes on once the gate is opened.
 */
import type {ProviderServer} from '../fixtures/providers/server.js'

export class Gate {
  /** Requests since the gate was last shut. */
  hits = 0
  #shut: Promise<void> = Promise.resolve()
  #open: () => void = () => undefined

  /** `firstOnly`: only the first request after shutting waits; later ones (a second walker's) pass. */
  constructor(server: ProviderServer, options: {firstOnly?: boolean} = {}) {
    server.on('POST', '/gate', async () => {
      this.hits += 1
      if (options.firstOnly !== true || this.hits === 1) await this.#shut
      return {status: 200, json: {paused: true}}
    })
  }

  /** Shuts the gate, counting requests afresh. */
  shut(): void {
    this.hits = 0
    this.#shut = new Promise((resolve) => (this.#open = resolve))
  }

  /** Lets the waiting request, and every later one, through. */
  open(): void {
    this.#open()
  }

  /** Waits, up to `ms`, until `count` requests reached the gate since it was shut. */
  async reached(count = 1, ms = 30_000): Promise<number> {
    for (let waited = 0; waited < ms && this.hits < count; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
    return this.hits
  }
}
