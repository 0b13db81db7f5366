/**
 * `replay.result`: a replay of a captured exchange against a model, and whether it leaked. Written
 * as the replay service's report (services/replay.ts `ReplayReport` without its seq).
 */
import {aBoolean, aNumber, aString, listOf, object} from './check.js'
import type {KindSpec} from './spec.js'
import {lineOf, oneLine, SHREDDED} from './text.js'

/** A `replay.result` body as a store may hold it: the fields readers use, each with a fallback. */
export interface StoredReplayResult {
  evidence?: string
  model?: string
  /** The tenant the replayed request was made for. */
  tenant?: string
  runs?: number
  completed?: number
  leaks?: number
  leaked?: boolean
  channels?: string[]
  /** What showed a leak; `cross-tenant` evidence names the tenant whose context leaked. */
  evidenceFound?: {channel?: string; tenant?: string}[]
  /** The 1-minimal leaking context. */
  minimal?: {id?: string; label?: string}[]
  /** The captured reply judged by the same oracle (when the capture has one). */
  captured?: {leaked?: boolean; channels?: string[]}
}

export const replayResult: KindSpec<'replay.result'> = {
  guard: object(
    {},
    {
      evidence: aString,
      model: aString,
      tenant: aString,
      runs: aNumber,
      completed: aNumber,
      leaks: aNumber,
      leaked: aBoolean,
      channels: listOf(aString),
      evidenceFound: listOf(object({}, {channel: aString, tenant: aString})),
      minimal: listOf(object({}, {id: aString, label: aString})),
      captured: object({}, {leaked: aBoolean, channels: listOf(aString)}),
    },
  ),
  summary({kind, body, seq}, context) {
    if (body === null) return `${kind}: ${SHREDDED}`
    const channels = body.channels ?? []
    const minimal = (body.minimal ?? []).map((m) => lineOf(m.label) ?? '?')
    const runs = body.completed ?? body.runs ?? '?'
    const verdict = body.leaked === true ? `leaked in ${String(body.leaks ?? '?')}/${runs} runs${channels.length ? ` via ${oneLine(channels.join(', '))}` : ''}` : `no leak in ${runs} runs`
    const captured = body.captured?.leaked === true ? `; the captured reply leaked${body.captured.channels?.length ? ` via ${oneLine(body.captured.channels.join(', '))}` : ''}${body.leaked === true ? '' : ' (not reproduced)'}` : ''
    return `Replay of ${lineOf(body.evidence === undefined ? undefined : context.shownId(body.evidence, seq)) ?? '?'} on ${lineOf(body.model) ?? '?'}: ${verdict}${captured}${minimal.length ? `; minimal context: ${oneLine(minimal.join(' + '))}` : ''}`
  },
}
