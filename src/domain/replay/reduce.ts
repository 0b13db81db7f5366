/**
 * Reduced context: what a replay sends instead of the captured exchange. Secrets (always) and PII
 * (by default) become canaries; retrieval, history and tools can be dropped, and the system prompt
 * replaced by a canary-marked copy, except for segments named in `keep`. Returns the canary map,
 * which holds the real values: the caller stores it under its own key and never prints it.
 */
import {createScanner} from '../scan/index.js'
import type {Random} from './canary.js'
import {makeCanary, markerCanary} from './canary.js'
import type {Exchange, Segment} from './exchange.js'
import {segmentsOf} from './exchange.js'

export const REDUCTIONS = ['secrets', 'pii', 'retrieval', 'history', 'tools', 'system'] as const
export type Reduction = (typeof REDUCTIONS)[number]
export const DEFAULT_REDUCTIONS: readonly Reduction[] = ['secrets', 'pii']

export interface CanaryEntry {
  canary: string
  /** The scanner rule that found the value, or `system-prompt-marker`. */
  rule: string
  category: 'secret' | 'pii' | 'marker'
  /** The real value (never printed; stored encrypted under the canary map's own key). */
  value: string
  /** Segments the value was found in. */
  segments: string[]
}

export interface Reduced {
  exchange: Exchange
  canaries: CanaryEntry[]
  /** Segment ids dropped from the context. */
  dropped: string[]
}

/** Exchange text fields with a segment id each, for scanning and rewriting. */
function mapTexts(ex: Exchange, fn: (text: string, segment: string) => string): Exchange {
  return {
    ...ex,
    system: ex.system.map((s, i) => fn(s, `system.${i + 1}`)),
    messages: ex.messages.map((m, i) => ({...m, content: fn(m.content, `message.${i + 1}`)})),
    context: ex.context.map((c, i) => ({...c, text: fn(c.text, `context.${i + 1}`)})),
    tools: ex.tools.map((t, i) => {
      const out = {...t}
      if (t.description !== undefined) out.description = fn(t.description, `tool.${i + 1}`)
      // A schema can carry a secret too (a default, an example); canaries keep its JSON valid.
      if (t.parameters !== undefined) {
        try {
          out.parameters = JSON.parse(fn(JSON.stringify(t.parameters), `tool.${i + 1}`)) as unknown
        } catch {
          // A replacement broke an escape sequence: send no schema rather than the secret.
          out.parameters = {type: 'object'}
        }
      }
      return out
    }),
  }
}

export function reduceExchange(ex: Exchange, options: {reduce: readonly Reduction[]; keep?: readonly string[]; random: Random}): Reduced {
  const reduce = new Set<Reduction>(options.reduce)
  reduce.add('secrets')
  const keep = new Set(options.keep ?? [])
  const byValue = new Map<string, CanaryEntry>()
  const found: {value: string; rule: string; category: 'secret' | 'pii'}[] = []
  const scanner = createScanner({
    fingerprint: () => '',
    onSecret: (finding, raw) => {
      if (finding.category === 'secret' || finding.category === 'pii') found.push({value: raw, rule: finding.rule, category: finding.category})
    },
  })
  let exchange = mapTexts(ex, (text, segment) => {
    found.length = 0
    scanner.scanText(text)
    let out = text
    // Longer values first, so a value that contains another is replaced whole.
    for (const hit of [...found].sort((a, b) => b.value.length - a.value.length)) {
      if (!reduce.has(hit.category === 'secret' ? 'secrets' : 'pii') || !out.includes(hit.value)) continue
      let entry = byValue.get(hit.value)
      if (!entry) {
        entry = {canary: makeCanary(options.random, hit.rule, hit.value), rule: hit.rule, category: hit.category, value: hit.value, segments: []}
        byValue.set(hit.value, entry)
      }
      if (!entry.segments.includes(segment)) entry.segments.push(segment)
      out = out.split(hit.value).join(entry.canary)
    }
    return out
  })
  const dropped: string[] = []
  const drop = (group: Segment['group'], ids: Segment[]): Set<number> => {
    const gone = new Set<number>()
    for (const s of ids) if (s.group === group && !keep.has(s.id) && !keep.has(group)) {
      gone.add(s.index)
      dropped.push(s.id)
    }
    return gone
  }
  const segs = segmentsOf(exchange)
  if (reduce.has('retrieval')) {
    const gone = drop('context', segs)
    exchange = {...exchange, context: exchange.context.filter((_, i) => !gone.has(i))}
  }
  if (reduce.has('tools')) {
    const gone = drop('tool', segs)
    exchange = {...exchange, tools: exchange.tools.filter((_, i) => !gone.has(i))}
  }
  if (reduce.has('history')) {
    // History is every message before the last user turn; that turn is what is being replayed.
    const lastUser = exchange.messages.map((m) => m.role).lastIndexOf('user')
    const gone = drop('message', segs.filter((s) => s.group === 'message' && s.index < lastUser))
    exchange = {...exchange, messages: exchange.messages.filter((_, i) => !gone.has(i))}
  }
  const canaries = [...byValue.values()]
  if (reduce.has('system') && exchange.system.length > 0 && !keep.has('system')) {
    const marker = markerCanary(options.random)
    canaries.push({canary: marker, rule: 'system-prompt-marker', category: 'marker', value: '', segments: ['system.1']})
    // Marked in place, so segment ids stay those of the capture.
    exchange = {...exchange, system: exchange.system.map((s, i) => (i === 0 ? `${s} (Internal reference ${marker}.)` : s))}
  }
  return {exchange, canaries, dropped}
}
