/**
 * revoke-token: revoke each token, check it is dead, record both. A token still alive after the
 * revocation fails the step (it stays pending).
 */
import {shownUrl} from '../domain/provider-url.js'
import {ExternalError} from '../errors.js'
import {baseUrl, credential, http} from './http.js'
import {optStr, str, tokens} from './params.js'
import type {ActionContext, ActionProvider, SecretValue} from './types.js'

interface Revoker {
  /** Base URL variable and default. */
  base: [string, string | undefined]
  revoke(ctx: ActionContext, base: string, token: SecretValue, params: Record<string, unknown>): Promise<void>
  /** True when the token no longer authenticates. */
  dead(ctx: ActionContext, base: string, token: SecretValue, params: Record<string, unknown>): Promise<boolean>
}

function revoker(name: string, r: Revoker): ActionProvider {
  return {
    describe: (params, env) => `revoke ${tokens(params).length} ${name} token(s) (${tokens(params).map((t) => t.masked).join(', ') || 'none'}) at ${shownUrl(env[r.base[0]] ?? r.base[1] ?? `$${r.base[0]}`)}`,
    async run(params, ctx) {
      const list = tokens(params)
      if (list.length === 0) {
        ctx.record('revoke', true, {provider: name, targets: [], note: 'no tokens to revoke'})
        return 'no tokens to revoke'
      }
      const base = baseUrl(ctx.env, r.base[0], r.base[1], name)
      for (const token of list) {
        await r.revoke(ctx, base, token, params)
        ctx.record('revoke', true, {provider: name, target: token.masked})
        const dead = await r.dead(ctx, base, token, params)
        ctx.record('check', dead, {provider: name, target: token.masked, dead})
        if (!dead) throw new ExternalError(`${name}: ${token.masked} still authenticates after revocation.`, {hints: ['Revoke it by hand at the provider, then run the runbook again; the step is still pending.']})
      }
      return `revoked ${list.length} ${name} token(s), each checked dead: ${list.map((t) => t.masked).join(', ')}`
    },
  }
}

const bearer = (t: string) => ({authorization: `Bearer ${t}`})

function leases(params: Record<string, unknown>): string[] {
  const raw = params.leases
  return (Array.isArray(raw) ? raw : [raw]).map((l) => (l === undefined || l === null ? '' : String(l))).filter((l) => l.length > 0)
}

export const revokeProviders: Record<string, ActionProvider> = {
  // GitHub's credential revocation API: unauthenticated, for tokens found exposed.
  github: revoker('github', {
    base: ['PL_GITHUB_URL', 'https://api.github.com'],
    revoke: async (ctx, base, t) => {
      await http(ctx, {provider: 'github', method: 'POST', url: `${base}/credentials/revoke`, body: {credentials: [t.value]}, idempotent: true, headers: {'x-github-api-version': '2022-11-28'}})
    },
    dead: async (ctx, base, t) => (await http(ctx, {provider: 'github', method: 'GET', url: `${base}/user`, headers: bearer(t.value), idempotent: true, accept: [401]})).status === 401,
  }),
  slack: revoker('slack', {
    base: ['PL_SLACK_URL', 'https://slack.com'],
    revoke: async (ctx, base, t) => {
      const r = await http(ctx, {provider: 'slack', method: 'POST', url: `${base}/api/auth.revoke`, headers: bearer(t.value), idempotent: true})
      const body = r.json as {ok?: boolean; error?: string} | null
      if (!body?.ok && body?.error !== 'invalid_auth' && body?.error !== 'token_revoked') throw new ExternalError(`slack: auth.revoke answered ${body?.error ?? 'not ok'}.`)
    },
    dead: async (ctx, base, t) => {
      const body = (await http(ctx, {provider: 'slack', method: 'POST', url: `${base}/api/auth.test`, headers: bearer(t.value), idempotent: true})).json as {ok?: boolean} | null
      return body?.ok !== true
    },
  }),
  // A GitLab personal access token revokes itself: DELETE /personal_access_tokens/self.
  gitlab: revoker('gitlab', {
    base: ['PL_GITLAB_URL', 'https://gitlab.com'],
    revoke: async (ctx, base, t) => {
      await http(ctx, {provider: 'gitlab', method: 'DELETE', url: `${base}/api/v4/personal_access_tokens/self`, headers: {'private-token': t.value}, idempotent: true, accept: [401]})
    },
    dead: async (ctx, base, t) =>
      (await http(ctx, {provider: 'gitlab', method: 'GET', url: `${base}/api/v4/personal_access_tokens/self`, headers: {'private-token': t.value}, idempotent: true, accept: [401]})).status === 401,
  }),
  // OpenAI: find the key by its redacted value in the project, delete it with an admin key.
  openai: revoker('openai', {
    base: ['PL_OPENAI_URL', 'https://api.openai.com'],
    revoke: async (ctx, base, t, params) => {
      const admin = credential(ctx.env, 'OPENAI_ADMIN_KEY', 'openai')
      const project = encodeURIComponent(str(params, 'project'))
      const list = await http(ctx, {provider: 'openai', method: 'GET', url: `${base}/v1/organization/projects/${project}/api_keys?limit=100`, headers: bearer(admin), idempotent: true, credential: 'OPENAI_ADMIN_KEY'})
      const keys = ((list.json as {data?: {id: string; redacted_value?: string}[]} | null)?.data ?? [])
      const match = keys.find((k) => {
        const [head, tail] = (k.redacted_value ?? '').split('*').filter(Boolean)
        return head !== undefined && tail !== undefined && t.value.startsWith(head) && t.value.endsWith(tail)
      })
      if (!match) return // Not in the project's key list any more: the check below decides.
      await http(ctx, {provider: 'openai', method: 'DELETE', url: `${base}/v1/organization/projects/${project}/api_keys/${encodeURIComponent(match.id)}`, headers: bearer(admin), idempotent: true, credential: 'OPENAI_ADMIN_KEY', accept: [404]})
    },
    dead: async (ctx, base, t) => (await http(ctx, {provider: 'openai', method: 'GET', url: `${base}/v1/models`, headers: bearer(t.value), idempotent: true, accept: [401]})).status === 401,
  }),
  vault: revoker('vault', {
    base: ['PL_VAULT_URL', undefined],
    revoke: async (ctx, base, t) => {
      const admin = credential(ctx.env, 'VAULT_TOKEN', 'vault')
      await http(ctx, {provider: 'vault', method: 'POST', url: `${base}/v1/auth/token/revoke`, headers: {'x-vault-token': admin}, body: {token: t.value}, idempotent: true, credential: 'VAULT_TOKEN'})
    },
    dead: async (ctx, base, t) =>
      [401, 403].includes((await http(ctx, {provider: 'vault', method: 'GET', url: `${base}/v1/auth/token/lookup-self`, headers: {'x-vault-token': t.value}, idempotent: true, accept: [401, 403]})).status),
  }),
  // Vault leases (dynamic database or cloud credentials): revoke each, then lookup must fail.
  'vault-lease': {
    describe: (params, env) => `revoke ${leases(params).length} Vault lease(s) at ${shownUrl(env.PL_VAULT_URL ?? '$PL_VAULT_URL')}`,
    async run(params, ctx) {
      const base = baseUrl(ctx.env, 'PL_VAULT_URL', undefined, 'vault')
      const headers = {'x-vault-token': credential(ctx.env, 'VAULT_TOKEN', 'vault')}
      const list = leases(params)
      for (const lease of list) {
        await http(ctx, {provider: 'vault', method: 'PUT', url: `${base}/v1/sys/leases/revoke`, headers, body: {lease_id: lease}, idempotent: true, credential: 'VAULT_TOKEN'})
        ctx.record('revoke', true, {provider: 'vault-lease', target: lease})
        const r = await http(ctx, {provider: 'vault', method: 'PUT', url: `${base}/v1/sys/leases/lookup`, headers, body: {lease_id: lease}, idempotent: true, credential: 'VAULT_TOKEN', accept: [400, 404]})
        const gone = r.status === 400 || r.status === 404
        ctx.record('check', gone, {provider: 'vault-lease', target: lease, gone})
        if (!gone) throw new ExternalError(`vault: lease ${lease} still exists after revocation.`, {hints: ['Check it in Vault, then run the runbook again; the step is still pending.']})
      }
      return `revoked ${list.length} Vault lease(s), each checked gone`
    },
  },
  // Generic: POST {"token": …} to url (auth from auth_env as a bearer token); check_url must then answer 401/403.
  http: revoker('http', {
    base: ['PL_HTTP_URL', 'http://unused'],
    revoke: async (ctx, _base, t, params) => {
      const auth = optStr(params, 'auth_env')
      await http(ctx, {provider: 'http', method: optStr(params, 'method') ?? 'POST', url: str(params, 'url'), body: {token: t.value}, idempotent: false, headers: auth ? bearer(credential(ctx.env, auth, 'http')) : {}, ...(auth ? {credential: auth} : {})})
    },
    dead: async (ctx, _base, t, params) => {
      const check = optStr(params, 'check_url')
      if (!check) return true
      return [401, 403].includes((await http(ctx, {provider: 'http', method: 'GET', url: check, headers: bearer(t.value), idempotent: true, accept: [401, 403]})).status)
    },
  }),
}
