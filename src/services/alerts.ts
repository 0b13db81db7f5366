/**
 * Reads the alert that paged the responder: a PagerDuty incident or an Opsgenie alert, through
 * the documented REST APIs. Tokens come from the environment and are never recorded.
 *
 *   PagerDuty  GET {PL_PAGERDUTY_API_URL}/incidents/{id}, /incidents/{id}/log_entries
 *              Authorization: Token token=$PAGERDUTY_API_TOKEN
 *   Opsgenie   GET {PL_OPSGENIE_API_URL}/v2/alerts/{id}?identifierType=id
 *              Authorization: GenieKey $OPSGENIE_API_KEY
 */
import type {AlertFacts, AlertSource} from '../domain/alerts.js'
import type {IncidentState} from '../domain/incident.js'
import {ALERT_SOURCE_NAMES, opsgenieFacts, pagerDutyFacts} from '../domain/alerts.js'
import {ExternalError, UserError} from '../errors.js'
import type {Env} from './session.js'

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

const SOURCES: Readonly<Record<AlertSource, {urlEnv: string; base: string; tokenEnv: string}>> = {
  pagerduty: {urlEnv: 'PL_PAGERDUTY_API_URL', base: 'https://api.pagerduty.com', tokenEnv: 'PAGERDUTY_API_TOKEN'},
  opsgenie: {urlEnv: 'PL_OPSGENIE_API_URL', base: 'https://api.opsgenie.com', tokenEnv: 'OPSGENIE_API_KEY'},
}

function baseUrl(env: Env, system: AlertSource): string {
  const {urlEnv, base} = SOURCES[system]
  const value = env[urlEnv] || base
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UserError('usage', `${urlEnv} is not a URL.`, {hints: [`Unset it, or set it to the API base (${base}).`]})
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new UserError('usage', `${urlEnv} must be an https URL (plain http only to this machine): the token is sent to it.`)
  }
  return value.replace(/\/$/, '')
}

async function getJson(env: Env, system: AlertSource, path: string, headers: Record<string, string>): Promise<unknown> {
  const {tokenEnv} = SOURCES[system]
  const name = ALERT_SOURCE_NAMES[system]
  const url = baseUrl(env, system) + path
  let res: Response
  try {
    res = await fetch(url, {headers: {accept: 'application/json', ...headers}, signal: AbortSignal.timeout(15_000)})
  } catch (error) {
    throw new ExternalError(`${name} did not answer (${url}): ${(error as Error).message}`, {cause: error, hints: ['Check the network, or try again.']})
  }
  if (res.status === 401 || res.status === 403) {
    throw new ExternalError(`${name} refused the token (HTTP ${res.status}).`, {hints: [`Check ${tokenEnv}: it needs read access to incidents and alerts.`]})
  }
  if (res.status === 404) throw new UserError('not-found', `${name} has no such incident or alert (${path.split('?')[0]}).`, {hints: ['Check the id in the alert\'s link.']})
  if (!res.ok) throw new ExternalError(`${name} answered HTTP ${res.status} for ${path.split('?')[0]}.`, {hints: ['Try again in a moment.']})
  try {
    return await res.json()
  } catch (error) {
    throw new ExternalError(`${name} answered something that is not JSON.`, {cause: error})
  }
}

export async function fetchAlert(env: Env, ref: {system: AlertSource; id: string}): Promise<AlertFacts> {
  const {tokenEnv} = SOURCES[ref.system]
  const token = env[tokenEnv]
  if (!token) {
    throw new UserError('usage', `Reading ${ALERT_SOURCE_NAMES[ref.system]} needs a token in ${tokenEnv}.`, {hints: [`export ${tokenEnv}=… (a read-only key is enough)`]})
  }
  const id = encodeURIComponent(ref.id)
  if (ref.system === 'pagerduty') {
    const headers = {authorization: `Token token=${token}`, accept: 'application/vnd.pagerduty+json;version=2'}
    const [incident, log] = await Promise.all([
      getJson(env, 'pagerduty', `/incidents/${id}`, headers),
      getJson(env, 'pagerduty', `/incidents/${id}/log_entries?is_overview=true`, headers),
    ])
    return pagerDutyFacts(incident, log)
  }
  const alert = await getJson(env, 'opsgenie', `/v2/alerts/${id}?identifierType=id`, {authorization: `GenieKey ${token}`})
  return opsgenieFacts(alert, env.PL_OPSGENIE_WEB_URL || 'https://app.opsgenie.com')
}

/**
 * The first acknowledgement of the alert an incident was opened from, read again now
 * (`pl incident mark INC acknowledged --from pagerduty`).
 */
export async function alertAcknowledgement(env: Env, incident: IncidentState, system: AlertSource): Promise<{at: number; note: string}> {
  const name = ALERT_SOURCE_NAMES[system]
  if (incident.source?.system !== system) {
    throw new UserError('usage', `${incident.id} was not opened from ${name}${incident.source ? ` but from ${ALERT_SOURCE_NAMES[incident.source.system]}` : ''}: there is no ${name} alert to read.`, {
      hints: [`Give the time with --at instead.`],
    })
  }
  const facts = await fetchAlert(env, incident.source)
  if (facts.acknowledgedAt === undefined) throw new UserError('not-found', `${name} ${facts.id} has not been acknowledged yet.`, {hints: ['Acknowledge it there first, or give the time with --at.']})
  return {at: facts.acknowledgedAt, note: `from ${facts.url}`}
}
