/**
 * Issue 14, F9: validating a runbook costs about what reading its YAML costs, at any size. Ratios:
 * `pl runbook validate`'s parse (parseRunbook) against the YAML parse alone of the same text, for
 * 5,000 and 40,000 manual steps; and the per-step cost at 40,000 against the one at 5,000 (1.0 is
 * linear, a quadratic check makes it 8).
 */
import {parseDocument} from 'yaml'
import {parseRunbook} from '../src/domain/runbook/parse.js'
import type {Row} from './util.js'
import {bestOf} from './util.js'

function runbookOf(steps: number): string {
  const lines = ['name: big', 'title: Big', 'steps:']
  for (let i = 0; i < steps; i++) {
    lines.push(`  - id: s${i}`, `    title: Step ${i}`, `    question: {type: input, message: "Value ${i}?"}`, '    action:', '      type: manual', `      params: {task: "Do {{ answers.s${i} }} for {{ incident.id }}"}`)
  }
  return lines.join('\n') + '\n'
}

export function benchRunbook(): Row[] {
  const rows: Row[] = []
  const perStep: number[] = []
  for (const steps of [5_000, 40_000]) {
    const text = runbookOf(steps)
    const runs = steps > 10_000 ? 1 : 3
    const yamlMs = bestOf(runs, () => void parseDocument(text))
    const validateMs = bestOf(runs, () => {
      const r = parseRunbook(text, 'big.yaml')
      if (r.problems.length > 0) throw new Error(`bench runbook invalid: ${r.problems[0]!.message}`)
    })
    perStep.push(validateMs / steps)
    rows.push({
      name: `validate a ${steps}-step runbook vs parsing its YAML`,
      ratio: yamlMs / validateMs,
      goal: '≥ 0.3 (validation within ~3× the YAML parse)',
      met: yamlMs / validateMs >= 0.3,
      detail: `${validateMs.toFixed(0)} ms vs ${yamlMs.toFixed(0)} ms`,
    })
  }
  const growth = perStep[1]! / perStep[0]!
  rows.push({
    name: 'per-step validation cost, 40,000 steps vs 5,000',
    ratio: growth,
    goal: '≤ 2 (linear; quadratic would be 8)',
    met: growth <= 2,
    detail: `${(perStep[0]! * 1000).toFixed(1)} µs → ${(perStep[1]! * 1000).toFixed(1)} µs per step`,
  })
  return rows
}
