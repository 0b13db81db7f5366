/**
 * Preflight: before the first question (and on its own as `pl doctor`), what the runbook's
 * actions may need — each provider's address variable, its credential variables, and whether the
 * address answers — checked for every step with an action, whether or not its condition will hold.
 * Values are never printed: a variable is named, set or unset.
 */
import {connect} from 'node:net'
import {connectionFailure} from '../../actions/http.js'
import type {ProviderNeeds} from '../../actions/needs.js'
import {PROVIDER_NEEDS} from '../../actions/needs.js'
import {collectRefs} from '../../domain/runbook/template.js'
import {providerUrlProblem, shownUrl} from '../../domain/provider-url.js'
import type {Runbook} from '../../domain/runbook/types.js'
import type {Env} from '../session.js'

export interface PreflightProblem {
  step: string
  provider: string
  kind: 'address' | 'credential' | 'unreachable'
  /** The variables concerned (never their values). */
  variables: string[]
  message: string
}

export interface PreflightCheck {
  runbook: string
  /** Steps with an action checked, and the addresses reached (when reachability was checked). */
  steps: number
  reached: {address: string; ok: boolean; detail: string}[]
  problems: PreflightProblem[]
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

const hostOf = (v: string): string => {
  try {
    return new URL(v).host
  } catch {
    return 'not a URL'
  }
}

const needsOf = (type: string, provider: string): ProviderNeeds | undefined => (PROVIDER_NEEDS as Record<string, Record<string, ProviderNeeds>>)[type]?.[provider]

/** Reaches an http(s) address (any HTTP answer counts) or a tcp one; the failure's cause in words. */
async function reach(address: string, scheme: 'http' | 'tcp', port: number | undefined, timeoutMs: number): Promise<{ok: boolean; detail: string}> {
  if (scheme === 'http') {
    try {
      const res = await fetch(address, {method: 'GET', signal: AbortSignal.timeout(timeoutMs)})
      await res.body?.cancel()
      return {ok: true, detail: `answered ${res.status}`}
    } catch (error) {
      return {ok: false, detail: connectionFailure(error, timeoutMs).text}
    }
  }
  let host = ''
  let p = port ?? 0
  try {
    const u = new URL(address)
    host = u.hostname
    p = Number(u.port) || p
  } catch {
    return {ok: false, detail: 'not a URL'}
  }
  return new Promise((resolve) => {
    const socket = connect({host, port: p})
    const done = (r: {ok: boolean; detail: string}) => {
      socket.destroy()
      resolve(r)
    }
    socket.setTimeout(timeoutMs, () => done({ok: false, detail: `timed out after ${timeoutMs} ms`}))
    socket.once('connect', () => done({ok: true, detail: `${host}:${p} accepts connections`}))
    socket.once('error', (error) => done({ok: false, detail: connectionFailure(Object.assign(new Error('connect failed'), {cause: error}), timeoutMs).text}))
  })
}

/**
 * Checks the runbook's needs against `env`. With `reachable`, each address is tried once with a
 * short timeout: `explicitOnly` limits that to addresses set in the environment (a walk does not
 * call public default endpoints on its own), otherwise defaults are tried too (`pl doctor`).
 */
export async function preflight(rb: Runbook, env: Env, options: {reachable: boolean; explicitOnly: boolean; timeoutMs: number}): Promise<PreflightCheck> {
  const problems: PreflightProblem[] = []
  const targets = new Map<string, {scheme: 'http' | 'tcp'; port?: number; shown: string; steps: {step: string; provider: string}[]}>()
  const steps = rb.steps.filter((s) => s.action && s.action.type !== 'manual')
  for (const step of steps) {
    const {type, provider, params} = step.action!
    const needs = needsOf(type, provider)
    if (!needs) continue
    // A URL may carry a password (redis://:pw@host) or a secret in its query: never shown; a webhook's URL is all secret: its variable and host only.
    const target = (address: string, scheme: 'http' | 'tcp', port?: number, shown = shownUrl(address)) => {
      const t = targets.get(address) ?? {scheme, ...(port === undefined ? {} : {port}), shown, steps: []}
      t.steps.push({step: step.id, provider})
      targets.set(address, t)
    }
    if (needs.address) {
      const a = needs.address
      const named = needs.addressEnvParam ? params[needs.addressEnvParam] : undefined
      const variable = typeof named === 'string' && named.length > 0 ? named : a.env
      const value = env[variable] || (a.fallbackEnv ? env[a.fallbackEnv] : undefined)
      const plain = value ? insecure(value) : undefined
      const given = value ? (env[variable] ? variable : (a.fallbackEnv ?? variable)) : variable
      // Not a URL pl can use (not a URL, a port out of range, a user name and password in an http URL): a configuration problem.
      const bad = value && !a.secret ? providerUrlProblem(given, value, a.scheme) : undefined
      if (bad !== undefined) {
        problems.push({step: step.id, provider, kind: 'address', variables: [given], message: `step ${step.id} (${provider}): ${bad}`})
      } else if (value && plain !== undefined) {
        problems.push({step: step.id, provider, kind: 'address', variables: [variable], message: `step ${step.id} (${provider}): ${variable} ${plain}`})
      } else if (value && a.secret) {
        // Reaching the origin says as much as reaching the webhook, without sending its secret path.
        target(new URL(value).origin, a.scheme, a.port, `$${variable} (${hostOf(value)})`)
      } else if (value) target(value, a.scheme, a.port)
      else if (a.fallback !== undefined) {
        if (!options.explicitOnly) target(a.fallback, a.scheme, a.port)
      } else {
        const vars = [variable, ...(a.fallbackEnv ? [a.fallbackEnv] : [])]
        problems.push({step: step.id, provider, kind: 'address', variables: vars, message: `step ${step.id} (${provider}) needs its address in ${vars.join(' or ')}, which is unset`})
      }
      function insecure(v: string): string | undefined {
        if (!a.httpsOnly) return undefined
        try {
          const u = new URL(v)
          return u.protocol === 'https:' || (u.protocol === 'http:' && LOOPBACK.test(u.hostname)) ? undefined : 'must be an https URL (plain http only to this machine)'
        } catch {
          return 'is not a URL'
        }
      }
    }
    if (needs.addressParam) {
      const raw = params[needs.addressParam]
      // A templated address is known only during the walk.
      if (typeof raw === 'string' && collectRefs(raw).length === 0) {
        const bad = providerUrlProblem(`its ${needs.addressParam} parameter`, raw, 'http')
        if (bad === undefined) target(raw, 'http')
        else problems.push({step: step.id, provider, kind: 'address', variables: [], message: `step ${step.id} (${provider}): ${bad}`})
      }
    }
    const unsetCredential = (vars: string[], alternatives: string) =>
      problems.push({step: step.id, provider, kind: 'credential', variables: vars, message: `step ${step.id} (${provider}) needs a credential in ${alternatives}, which is unset`})
    if (needs.credentials.length > 0 && !needs.credentials.some((set) => set.every((v) => Boolean(env[v])))) {
      unsetCredential([...new Set(needs.credentials.flat())], needs.credentials.map((set) => set.join(' and ')).join(', or '))
    }
    const named = needs.credentialParam ? (params[needs.credentialParam] ?? needs.credentialParamDefault) : undefined
    if (typeof named === 'string' && named.length > 0 && !env[named]) unsetCredential([named], named)
  }
  const reached: PreflightCheck['reached'] = []
  if (options.reachable) {
    const results = await Promise.all([...targets].map(async ([address, t]) => ({address, t, r: await reach(address, t.scheme, t.port, options.timeoutMs)})))
    for (const {t, r} of results) {
      const shown = t.shown
      reached.push({address: shown, ok: r.ok, detail: r.detail})
      if (!r.ok) for (const s of t.steps) problems.push({step: s.step, provider: s.provider, kind: 'unreachable', variables: [], message: `step ${s.step} (${s.provider}): ${shown} ${r.detail}`})
    }
  }
  return {runbook: rb.name, steps: steps.length, reached, problems}
}
