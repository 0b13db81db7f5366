/**
 * `$PL_HOME/config.yaml`: SLO targets per severity. Validated with zod; an error names the file
 * and the line of the offending value.
 *
 *   slo:
 *     P1: {detectionLatency: 5m, timeToContain: 30m}
 *     P2: {timeToContain: 4h}
 *
 * Targets given here replace the defaults metric by metric; durations are `90s`, `5m`, `1h30m`,
 * `2d` or a number of seconds.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {z as Zod} from 'zod'
import type {MetricName, SloTargets} from '../domain/metrics.js'
import {DEFAULT_SLO, METRIC_NAMES, parseDurationText} from '../domain/metrics.js'
import {SEVERITIES} from '../domain/entry.js'
import {UserError} from '../errors.js'
import type {Env} from './session.js'
import {plHome} from './session.js'

type Z = typeof Zod

/** The schema of config.yaml; zod is handed in because it is loaded only when a file exists. */
function configSchema(z: Z) {
  const duration = z.union([z.string(), z.number().nonnegative()]).transform((value, ctx) => {
    const ms = typeof value === 'number' ? value * 1000 : parseDurationText(value)
    if (ms === undefined) {
      ctx.addIssue({code: z.ZodIssueCode.custom, message: `"${value}" is not a duration (use forms like 90s, 5m, 1h30m, 2d, or seconds)`})
      return z.NEVER
    }
    return ms
  })
  const targets = z.object(Object.fromEntries(METRIC_NAMES.map((m) => [m, duration.optional()])) as Record<MetricName, Zod.ZodOptional<typeof duration>>).strict()
  return z
    .object({
      slo: z.object(Object.fromEntries(SEVERITIES.map((s) => [s, targets.optional()])) as Record<(typeof SEVERITIES)[number], Zod.ZodOptional<typeof targets>>).strict().optional(),
      // The current incident per store path (src/services/current-incident.ts).
      current: z.record(z.string(), z.string()).optional(),
    })
    .strict()
}

export interface PlConfig {
  slo: SloTargets
  /** The file read, when there was one. */
  file?: string
}

export function configPath(env: Env): string {
  return join(plHome(env), 'config.yaml')
}

/**
 * Reads a YAML file and validates it with `schema`; a syntax or schema error names file:line:col
 * of the offending node.
 */
export async function readYamlFile<T>(file: string, makeSchema: (z: Z) => Zod.ZodType<T, Zod.ZodTypeDef, unknown>, hint: string): Promise<T> {
  // yaml and zod cost ~100 ms to load: only when there is a file to read.
  const [{LineCounter, parseDocument}, {z}] = await Promise.all([import('yaml'), import('zod')])
  const schema = makeSchema(z)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UserError('invalid-input', `Cannot read ${file}: ${(error as Error).message}`, {cause: error})
  }
  const lines = new LineCounter()
  const doc = parseDocument(text, {lineCounter: lines})
  const [yamlError] = doc.errors
  if (yamlError !== undefined) {
    const at = yamlError.linePos?.[0]
    throw new UserError('invalid-input', `${file}${at ? `:${at.line}:${at.col}` : ''}: ${yamlError.message.split('\n')[0]}`, {hints: ['Fix the YAML syntax.']})
  }
  const parsed = schema.safeParse(doc.toJS() ?? {})
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const rangeAt = (path: readonly (string | number)[]) => (doc.getIn(path, true) as {range?: [number, number, number]} | undefined)?.range
  // An unknown key has no node of its own at its path: point at its parent mapping instead.
  const range = rangeAt(issue.path) ?? rangeAt(issue.path.slice(0, -1))
  const pos = range === undefined ? undefined : lines.linePos(range[0])
  const path = issue.path.join('.')
  throw new UserError('invalid-input', `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${path ? `${path}: ` : ''}${issue.message}`, {hints: [hint]})
}

/** Reads the config file if it exists; the defaults otherwise. */
export async function loadConfig(env: Env): Promise<PlConfig> {
  const file = configPath(env)
  if (!existsSync(file)) return {slo: DEFAULT_SLO}
  const config = await readYamlFile(file, configSchema, `Targets look like: slo: {P1: {detectionLatency: 5m, timeToContain: 30m}}; metrics are ${METRIC_NAMES.join(', ')}.`)
  const slo: SloTargets = structuredClone(DEFAULT_SLO)
  for (const [severity, given] of Object.entries(config.slo ?? {})) {
    if (given === undefined) continue
    const merged = {...slo[severity as keyof SloTargets]}
    for (const [metric, ms] of Object.entries(given)) if (ms !== undefined) merged[metric as MetricName] = ms
    slo[severity as keyof SloTargets] = merged
  }
  return {slo, file}
}
