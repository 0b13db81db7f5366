/** `action.result`: one stage of a runbook action (preserve, revoke, check, delete, …), with what the provider said. */
import {aBoolean, aNumber, aString, object} from './check.js'
import type {KindSpec} from './spec.js'
import {maskUrlPasswords} from '../url-password.js'
import {lineOf, SHREDDED} from './text.js'

/** Body of an `action.result` entry as the walk writes it; a provider adds fields of its own (targets, counts). */
export interface ActionResultBody {
  runbook: string
  step: string
  action: string
  provider: string
  stage: string
  ok: boolean
  /** When the stage ended, UTC epoch ms. */
  at: number
  summary?: string
  error?: string
  [detail: string]: unknown
}

/** An `action.result` body as a store may hold it: readers have a fallback for every field. */
export interface StoredActionResult {
  runbook?: string
  step?: string
  action?: string
  provider?: string
  stage?: string
  ok?: boolean
  at?: number
  summary?: string
  error?: string
}

export const actionResult: KindSpec<'action.result'> = {
  guard: object({}, {runbook: aString, step: aString, action: aString, provider: aString, stage: aString, ok: aBoolean, at: aNumber, summary: aString, error: aString}),
  summary({kind, body}) {
    if (body === null) return `${kind}: ${SHREDDED}`
    const what = [...new Set([lineOf(body.action), lineOf(body.provider)].filter(Boolean))].join('/')
    const detail = lineOf(body.summary) ?? lineOf(body.error === undefined ? undefined : maskUrlPasswords(body.error)) ?? ''
    return `Action ${what || '?'} (${lineOf(body.runbook) ?? '?'} › ${lineOf(body.step) ?? '?'}): ${lineOf(body.stage) ?? '?'} ${body.ok === true ? 'ok' : 'FAILED'}${detail ? `: ${detail}` : ''}`
  },
}
