/**
 * The one interface every provider implements. Providers receive rendered parameters, their
 * environment (credentials and base URLs, never recorded) and a context to record each stage and
 * to preserve items as evidence; they return a summary or throw (ExternalError for the provider,
 * UserError for a missing credential), leaving the step pending.
 */
import type {EvidenceKind} from '../domain/entry.js'
import type {ActionType} from '../domain/runbook/catalog.js'
import type {WaitInfo} from '../domain/runbook/wait.js'

/** A secret the action needs in clear (a token to revoke). Only `masked` is ever recorded. */
export interface SecretValue {
  masked: string
  value: string
  fingerprint?: string
}

export interface PreserveItem {
  name: string
  kind: EvidenceKind
  bytes: Uint8Array
}

/** The incident a notify step speaks for, as the walk sees it when the step runs (masked before it leaves). */
export interface NotifyIncident {
  id: string
  title: string
  severity: string
  status: string
  /** The alert the incident was opened from (PagerDuty, Opsgenie), or ''. */
  link: string
  runbook: string
  step: string
  /** One per incident, the same for every step and walk: PagerDuty acknowledges and resolves the alert it triggered. */
  dedupKey: string
}

export interface ActionContext {
  env: Readonly<Record<string, string | undefined>>
  /** The incident, for actions that speak of it (notify). */
  incident?: NotifyIncident
  cwd: string
  /** Per-request timeout. */
  timeoutMs: number
  /** The longest Retry-After pl waits for before giving up (the step stays pending). */
  maxRetryWaitMs: number
  sleep(ms: number): Promise<void>
  /** Adds the items to the incident as evidence; returns their evidence ids. Throws on failure. */
  preserve(items: readonly PreserveItem[]): Promise<string[]>
  /** Aborted when the responder cancels (Ctrl-C) while pl waits on a provider: the request stops, the step stays pending. */
  signal?: AbortSignal
  /** Told when a request starts waiting on a provider (for a spinner), and with undefined when it is answered. */
  onWait?: (wait: WaitInfo | undefined) => void
  /** Appends an `action.result` entry for one stage, at once. `detail` must hold no secret. */
  record(stage: string, ok: boolean, detail: Record<string, unknown>): void
}

/** How many items an action would act on, named in the singular and the plural ("Redis key", "Redis keys"). */
export interface ItemCount {
  count: number
  one: string
  many: string
}

export interface ActionProvider {
  /** What it would do, for --dry-run and the confirmation prompt; names targets masked. */
  describe(params: Record<string, unknown>, env: ActionContext['env']): string
  /**
   * Purges: how many items would be preserved and deleted, read without changing anything (for
   * --dry-run and the confirmation). Throws like `run` when the provider cannot be read.
   */
  count?(params: Record<string, unknown>, ctx: ActionContext): Promise<ItemCount>
  run(params: Record<string, unknown>, ctx: ActionContext): Promise<string>
}

export type ActionProviderTable = Readonly<Record<ActionType, Readonly<Record<string, ActionProvider>>>>
