/** Evaluating a step's `when` condition against earlier answers and the incident. */
import type {AnswerValue, Condition} from './types.js'

export interface ConditionContext {
  answers: ReadonlyMap<string, AnswerValue>
  classes: readonly string[]
  /** Rule ids and categories of the incident's scan findings. */
  findings: readonly string[]
}

/**
 * True, false, or undefined when it depends on an answer not given yet (a caller planning a
 * non-interactive walk treats that as "may be needed").
 */
export function evaluate(c: Condition, ctx: ConditionContext): boolean | undefined {
  if ('all' in c) return combine(c.all.map((x) => evaluate(x, ctx)), 'all')
  if ('any' in c) return combine(c.any.map((x) => evaluate(x, ctx)), 'any')
  if ('not' in c) {
    const v = evaluate(c.not, ctx)
    return v === undefined ? undefined : !v
  }
  if ('class' in c) return ctx.classes.includes(c.class)
  if ('finding' in c) return ctx.findings.includes(c.finding)
  if (!ctx.answers.has(c.answer)) return undefined
  const a = ctx.answers.get(c.answer)!
  if (c.includes !== undefined) return Array.isArray(a) ? a.includes(c.includes) : String(a).includes(c.includes)
  if (c.equals !== undefined) return Array.isArray(a) ? false : a === c.equals || String(a) === String(c.equals)
  // Bare `answer: id` — the answer is truthy (yes, non-empty text, something ticked).
  return Array.isArray(a) ? a.length > 0 : Boolean(a)
}

function combine(values: (boolean | undefined)[], mode: 'all' | 'any'): boolean | undefined {
  if (mode === 'all') {
    if (values.includes(false)) return false
    return values.includes(undefined) ? undefined : true
  }
  if (values.includes(true)) return true
  return values.includes(undefined) ? undefined : false
}

/** The names the leaves of a condition give through `pick`, in order (all, any and not walked through). */
function conditionLeaves(c: Condition, pick: (leaf: Condition) => string | undefined): string[] {
  if ('all' in c) return c.all.flatMap((x) => conditionLeaves(x, pick))
  if ('any' in c) return c.any.flatMap((x) => conditionLeaves(x, pick))
  if ('not' in c) return conditionLeaves(c.not, pick)
  const name = pick(c)
  return name === undefined ? [] : [name]
}

/** Answer ids a condition reads. */
export function conditionAnswers(c: Condition): string[] {
  return conditionLeaves(c, (leaf) => ('answer' in leaf ? leaf.answer : undefined))
}

/** Findings (rule ids or categories) a condition reads. */
export function conditionFindings(c: Condition): string[] {
  return conditionLeaves(c, (leaf) => ('finding' in leaf ? leaf.finding : undefined))
}
