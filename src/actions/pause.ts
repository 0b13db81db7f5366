/** pause-pipeline: stop the job that keeps spreading the leak, then read its state back. */
import {shownUrl} from '../domain/provider-url.js'
import {ExternalError} from '../errors.js'
import {baseUrl, credential, http} from './http.js'
import {optStr, str} from './params.js'
import type {ActionContext, ActionProvider} from './types.js'

function pauser(name: string, base: [string, string | undefined], target: (p: Record<string, unknown>) => string, pause: (ctx: ActionContext, base: string, p: Record<string, unknown>) => Promise<void>, paused: (ctx: ActionContext, base: string, p: Record<string, unknown>) => Promise<boolean>): ActionProvider {
  return {
    describe: (p, env) => `pause ${name} ${target(p)} at ${shownUrl(env[base[0]] ?? base[1] ?? `$${base[0]}`)}`,
    async run(p, ctx) {
      const url = baseUrl(ctx.env, base[0], base[1], name)
      await pause(ctx, url, p)
      ctx.record('pause', true, {provider: name, target: target(p)})
      const ok = await paused(ctx, url, p)
      ctx.record('check', ok, {provider: name, target: target(p), paused: ok})
      if (!ok) throw new ExternalError(`${name}: ${target(p)} does not report paused after the request.`, {hints: ['Check it at the provider, then run the runbook again; the step is still pending.']})
      return `paused ${name} ${target(p)} (checked)`
    },
  }
}

const basic = (user: string, pass: string) => ({authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`})
const seg = encodeURIComponent

function airflowAuth(env: ActionContext['env']): Record<string, string> {
  if (env.AIRFLOW_TOKEN) return {authorization: `Bearer ${env.AIRFLOW_TOKEN}`}
  return basic(credential(env, 'AIRFLOW_USERNAME', 'airflow'), credential(env, 'AIRFLOW_PASSWORD', 'airflow'))
}

function kubernetesAuth(env: ActionContext['env']): Record<string, string> {
  return {authorization: `Bearer ${credential(env, 'KUBERNETES_TOKEN', 'kubernetes-cronjob')}`}
}

const cronJobUrl = (base: string, p: Record<string, unknown>): string => `${base}/apis/batch/v1/namespaces/${seg(str(p, 'namespace'))}/cronjobs/${seg(str(p, 'cronjob'))}`

export const pauseProviders: Record<string, ActionProvider> = {
  'github-actions': pauser(
    'github-actions',
    ['PL_GITHUB_URL', 'https://api.github.com'],
    (p) => `${str(p, 'repo')} workflow ${str(p, 'workflow')}`,
    async (ctx, base, p) => {
      const auth = {authorization: `Bearer ${credential(ctx.env, 'GITHUB_TOKEN', 'github-actions')}`}
      await http(ctx, {provider: 'github-actions', method: 'PUT', url: `${base}/repos/${str(p, 'repo')}/actions/workflows/${seg(str(p, 'workflow'))}/disable`, headers: auth, idempotent: true, credential: 'GITHUB_TOKEN'})
    },
    async (ctx, base, p) => {
      const auth = {authorization: `Bearer ${credential(ctx.env, 'GITHUB_TOKEN', 'github-actions')}`}
      const r = await http(ctx, {provider: 'github-actions', method: 'GET', url: `${base}/repos/${str(p, 'repo')}/actions/workflows/${seg(str(p, 'workflow'))}`, headers: auth, idempotent: true, credential: 'GITHUB_TOKEN'})
      return String((r.json as {state?: string} | null)?.state).startsWith('disabled')
    },
  ),
  airflow: pauser(
    'airflow',
    ['PL_AIRFLOW_URL', undefined],
    (p) => `DAG ${str(p, 'dag')}`,
    async (ctx, base, p) => {
      await http(ctx, {provider: 'airflow', method: 'PATCH', url: `${base}/api/v1/dags/${seg(str(p, 'dag'))}?update_mask=is_paused`, headers: airflowAuth(ctx.env), body: {is_paused: true}, idempotent: true, credential: 'AIRFLOW_TOKEN or AIRFLOW_USERNAME/AIRFLOW_PASSWORD'})
    },
    async (ctx, base, p) => {
      const r = await http(ctx, {provider: 'airflow', method: 'GET', url: `${base}/api/v1/dags/${seg(str(p, 'dag'))}`, headers: airflowAuth(ctx.env), idempotent: true})
      return (r.json as {is_paused?: boolean} | null)?.is_paused === true
    },
  ),
  'kafka-connect': pauser(
    'kafka-connect',
    ['PL_KAFKA_CONNECT_URL', undefined],
    (p) => `connector ${str(p, 'connector')}`,
    async (ctx, base, p) => {
      const auth = ctx.env.KAFKA_CONNECT_USERNAME ? basic(ctx.env.KAFKA_CONNECT_USERNAME, credential(ctx.env, 'KAFKA_CONNECT_PASSWORD', 'kafka-connect')) : {}
      await http(ctx, {provider: 'kafka-connect', method: 'PUT', url: `${base}/connectors/${seg(str(p, 'connector'))}/pause`, headers: auth, idempotent: true})
    },
    async (ctx, base, p) => {
      const auth = ctx.env.KAFKA_CONNECT_USERNAME ? basic(ctx.env.KAFKA_CONNECT_USERNAME, credential(ctx.env, 'KAFKA_CONNECT_PASSWORD', 'kafka-connect')) : {}
      // Pausing is asynchronous in Kafka Connect: read the status a few times.
      for (let i = 0; i < 5; i++) {
        const r = await http(ctx, {provider: 'kafka-connect', method: 'GET', url: `${base}/connectors/${seg(str(p, 'connector'))}/status`, headers: auth, idempotent: true})
        if ((r.json as {connector?: {state?: string}} | null)?.connector?.state === 'PAUSED') return true
        await ctx.sleep(500)
      }
      return false
    },
  ),
  jenkins: pauser(
    'jenkins',
    ['PL_JENKINS_URL', undefined],
    (p) => `job ${str(p, 'job')}`,
    async (ctx, base, p) => {
      const auth = basic(credential(ctx.env, 'JENKINS_USER', 'jenkins'), credential(ctx.env, 'JENKINS_API_TOKEN', 'jenkins'))
      await http(ctx, {provider: 'jenkins', method: 'POST', url: `${base}/job/${seg(str(p, 'job'))}/disable`, headers: auth, idempotent: true, credential: 'JENKINS_API_TOKEN'})
    },
    async (ctx, base, p) => {
      const auth = basic(credential(ctx.env, 'JENKINS_USER', 'jenkins'), credential(ctx.env, 'JENKINS_API_TOKEN', 'jenkins'))
      const r = await http(ctx, {provider: 'jenkins', method: 'GET', url: `${base}/job/${seg(str(p, 'job'))}/api/json`, headers: auth, idempotent: true})
      return (r.json as {buildable?: boolean} | null)?.buildable === false
    },
  ),
  'kubernetes-cronjob': pauser(
    'kubernetes-cronjob',
    ['PL_KUBERNETES_URL', undefined],
    (p) => `CronJob ${str(p, 'namespace')}/${str(p, 'cronjob')}`,
    async (ctx, base, p) => {
      // A JSON merge patch touches spec.suspend only; a plain JSON body is refused with 415.
      await http(ctx, {provider: 'kubernetes-cronjob', method: 'PATCH', url: cronJobUrl(base, p), headers: kubernetesAuth(ctx.env), body: {spec: {suspend: true}}, contentType: 'application/merge-patch+json', idempotent: true, credential: 'KUBERNETES_TOKEN'})
    },
    async (ctx, base, p) => {
      const r = await http(ctx, {provider: 'kubernetes-cronjob', method: 'GET', url: cronJobUrl(base, p), headers: kubernetesAuth(ctx.env), idempotent: true, credential: 'KUBERNETES_TOKEN'})
      return (r.json as {spec?: {suspend?: unknown}} | null)?.spec?.suspend === true
    },
  ),
  http: {
    describe: (p) => `${optStr(p, 'method') ?? 'POST'} ${shownUrl(str(p, 'url'))}`,
    async run(p, ctx) {
      const auth = optStr(p, 'auth_env')
      const headers = auth ? {authorization: `Bearer ${credential(ctx.env, auth, 'http')}`} : {}
      await http(ctx, {provider: 'http', method: optStr(p, 'method') ?? 'POST', url: str(p, 'url'), headers, idempotent: false})
      ctx.record('pause', true, {provider: 'http', target: new URL(str(p, 'url')).pathname})
      const check = optStr(p, 'check_url')
      if (check) {
        const r = await http(ctx, {provider: 'http', method: 'GET', url: check, headers, idempotent: true})
        const ok = JSON.stringify(r.json ?? '').toLowerCase().includes('paus')
        ctx.record('check', ok, {provider: 'http', target: new URL(check).pathname, paused: ok})
        if (!ok) throw new ExternalError(`http: ${new URL(check).pathname} does not report paused.`)
      }
      return `paused via ${new URL(str(p, 'url')).pathname}`
    },
  },
}
