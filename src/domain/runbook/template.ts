/**
 * Templating of action parameters: `{{ answers.step-id }}`, `{{ incident.id }}` (also title,
 * severity, status, link), `{{ step.id }}`/`{{ step.title }}` (the step being run),
 * `{{ runbook.name }}`/`{{ runbook.title }}`, and `{{ secrets.RULE }}` — the raw values the
 * scanner captured for a rule, which only the service resolves and never prints. A string that is
 * exactly one template keeps the value's type (a list stays a list); a template inside longer text
 * is joined with ", ". Names only: no expressions, filters or code, so a runbook cannot run anything.
 */

export const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g
const NAME = /^(answers|incident|secrets|step|runbook)\.([A-Za-z0-9_-]+)$/

export const INCIDENT_FIELDS = ['id', 'title', 'severity', 'status', 'link'] as const
export const STEP_FIELDS = ['id', 'title'] as const
export const RUNBOOK_FIELDS = ['name', 'title'] as const

export interface TemplateRef {
  scope: 'answers' | 'incident' | 'secrets' | 'step' | 'runbook'
  key: string
  /** Offset of the template in its string. */
  offset: number
  raw: string
}

/** The references in a string, or a problem for the first malformed one. */
export function templateRefs(text: string): {refs: TemplateRef[]; problem?: {offset: number; message: string}} {
  const refs: TemplateRef[] = []
  for (const m of text.matchAll(TEMPLATE)) {
    const inner = m[1] ?? ''
    const parsed = NAME.exec(inner)
    if (!parsed) {
      return {refs, problem: {offset: m.index, message: `template "${m[0]}" names no known variable; expected answers.STEP, incident.id|title|severity|status|link, step.id|title, runbook.name|title or secrets.RULE`}}
    }
    refs.push({scope: parsed[1] as TemplateRef['scope'], key: parsed[2]!, offset: m.index, raw: m[0]})
  }
  return {refs}
}

export type Resolver = (ref: TemplateRef) => unknown

/** A value inside text: a secret (anything with a `masked` form) shows masked, never in clear. */
function inText(v: unknown): string {
  if (typeof v === 'object' && v !== null && typeof (v as {masked?: unknown}).masked === 'string') return (v as {masked: string}).masked
  return String(v)
}

/** Replaces templates in every string of `value` (recursively through lists and maps). */
export function render(value: unknown, resolve: Resolver): unknown {
  if (typeof value === 'string') {
    const {refs} = templateRefs(value)
    if (refs.length === 0) return value
    if (refs.length === 1 && refs[0]!.raw === value.trim()) return resolve(refs[0]!)
    return value.replace(TEMPLATE, (whole: string) => {
      const ref = refs.find((r) => r.raw === whole)
      const v = ref ? resolve(ref) : ''
      return Array.isArray(v) ? v.map(inText).join(', ') : v === undefined || v === null ? '' : inText(v)
    })
  }
  if (Array.isArray(value)) return value.flatMap((v) => {
    const r = render(v, resolve)
    // A list item that is a whole list template (e.g. secrets) is spliced into the list.
    return typeof v === 'string' && Array.isArray(r) ? r : [r]
  })
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, resolve)]))
  }
  return value
}

/** Every reference in a parameter tree. */
export function collectRefs(value: unknown): TemplateRef[] {
  if (typeof value === 'string') return templateRefs(value).refs
  if (Array.isArray(value)) return value.flatMap(collectRefs)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectRefs)
  return []
}
