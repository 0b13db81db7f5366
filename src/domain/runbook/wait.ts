/** A request waiting on a provider, as the walk reports it and a spinner shows it. */

/** Which provider, what request, which attempt, since when (the first attempt), and why it pauses. */
export interface WaitInfo {
  provider: string
  what: string
  attempt: number
  attempts: number
  since: number
  /** Set while pl waits before the next attempt (Retry-After, a backoff). */
  pause?: string
}
