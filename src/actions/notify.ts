/**
 * notify: tell people — a Slack channel (chat.postMessage with a bot token, or an incoming
 * webhook), a Microsoft Teams channel (incoming webhook or Workflows URL), PagerDuty (Events API
 * v2: trigger, acknowledge, resolve, with one dedup key per incident) or any JSON webhook.
 *
 * The message is rendered by the walk, then scanned here with pl's own scanner and every secret or
 * personal value in it masked before anything is sent. Where a message goes (a webhook's URL, a
 * token, a routing key) comes from the environment and is never recorded or shown: the record
 * names the target kind and host only. https only, except to this machine.
 */
import {shownUrl} from '../domain/provider-url.js'
import {PAGERDUTY_EVENTS, PAGERDUTY_SEVERITIES} from '../domain/runbook/catalog.js'
import {maskSecrets} from '../domain/scan/mask-text.js'
import {ExternalError, PlError, UserError} from '../errors.js'
import {baseUrl, credential, http} from './http.js'
import type {HttpRequest, HttpResponse} from './http.js'
import {optStr, str} from './params.js'
import type {ActionContext, ActionProvider, NotifyIncident} from './types.js'

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/** A URL a message may go to: https, or plain http to this machine only. Named by its variable, never shown. */
export function notifyUrl(value: string, variable: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UserError('usage', `${variable} is not a URL.`, {hints: [`Set ${variable} to the https URL to post to; the step is still pending.`]})
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new UserError('usage', `${variable} must be an https URL (plain http only to this machine): the message would travel in clear.`, {
      hints: [`Set ${variable} to its https:// form; the step is still pending.`],
    })
  }
  return url
}

/** The webhook URL in `url_env` (or the provider's default variable): a secret, read from the environment only. */
function webhookUrl(ctx: ActionContext, params: Record<string, unknown>, fallback: string, provider: string): {url: URL; variable: string} {
  const variable = optStr(params, 'url_env') ?? fallback
  const value = ctx.env[variable]
  if (!value) throw new UserError('usage', `The ${provider} provider needs its webhook URL in ${variable}.`, {hints: [`Set ${variable} (the URL is a secret: pl never records or prints it) and run the runbook again; the step is still pending.`]})
  return {url: notifyUrl(value, variable), variable}
}

interface Message {
  text: string
  masked: {rule: string; masked: string}[]
}

/** The rendered message, scanned and masked: what is shown, sent and recorded. */
function message(params: Record<string, unknown>, key = 'message'): Message {
  // An empty template at the end (an incident without an alert link) leaves no trailing space.
  return maskSecrets(str(params, key).trim())
}

const quoted = (m: Message) => `"${m.text.length > 300 ? `${m.text.slice(0, 300)}…` : m.text}"${m.masked.length > 0 ? ` (${m.masked.length} value${m.masked.length === 1 ? '' : 's'} masked)` : ''}`

/** A provider's answer for the record: short, and masked like the message. */
const answerText = (text: string) => maskSecrets(text.trim().slice(0, 200)).text

/** The incident the walk passes in; a notify action is never run without it. */
function incidentOf(ctx: ActionContext): NotifyIncident {
  if (!ctx.incident) throw new ExternalError('notify: no incident was given to the action.')
  return ctx.incident
}

interface Send {
  target: string
  host: string
  req: HttpRequest
  message?: Message
  extra?: Record<string, unknown>
  /** Reads the provider's answer: what to record of it, or throws when it is a refusal. */
  judge(res: HttpResponse): Record<string, unknown>
}

/** Sends one message and records it (target kind, host, status, what was sent and answered), failed or not. */
async function send(ctx: ActionContext, s: Send): Promise<Record<string, unknown>> {
  const base = {target: s.target, host: s.host, ...(s.message ? {text: s.message.text, masked: s.message.masked} : {}), ...s.extra}
  let res: HttpResponse
  let answer: Record<string, unknown>
  try {
    res = await http(ctx, s.req)
    answer = s.judge(res)
  } catch (error) {
    const details = error instanceof PlError ? error.details : {}
    ctx.record('send', false, {...base, status: typeof details.status === 'number' ? details.status : null, ...(typeof details.reason === 'string' ? {reason: details.reason} : {}), error: error instanceof Error ? error.message : String(error)})
    throw error
  }
  const dedupKey = typeof s.extra?.dedupKey === 'string' ? `, dedup key ${s.extra.dedupKey}` : ''
  ctx.record('send', true, {...base, status: res.status, answer, summary: `${s.target} at ${s.host} answered ${res.status}${dedupKey}`})
  return answer
}

/** Refusals a webhook answers with a status and a word (`no_service`, `channel_is_archived`). */
function refused(provider: string, variable: string, res: HttpResponse): never {
  const word = answerText(res.text) || `status ${res.status}`
  const hints =
    res.status === 401 || res.status === 403 || res.status === 404 || res.status === 410
      ? [`The webhook in ${variable} was refused (removed, disabled, or its channel archived): check it; the step is still pending.`]
      : ['The message was refused as sent; the step is still pending.']
  throw new ExternalError(`${provider}: the webhook answered ${res.status} (${word}).`, {details: {provider, status: res.status}, hints})
}

const SLACK_AUTH = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'missing_scope', 'no_permission'])
const SLACK_CHANNEL = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'restricted_action'])

const slack: ActionProvider = {
  describe: (p, env) => `post to Slack ${str(p, 'channel')} at ${shownUrl(env.PL_SLACK_URL ?? 'https://slack.com')}: ${quoted(message(p))}`,
  async run(p, ctx) {
    const base = notifyUrl(baseUrl(ctx.env, 'PL_SLACK_URL', 'https://slack.com', 'slack'), 'PL_SLACK_URL')
    const token = credential(ctx.env, 'SLACK_BOT_TOKEN', 'slack')
    const channel = str(p, 'channel')
    const m = message(p)
    const answer = await send(ctx, {
      target: 'slack',
      host: base.host,
      message: m,
      extra: {channel},
      req: {
        provider: 'slack',
        method: 'POST',
        url: `${base.href.replace(/\/+$/, '')}/api/chat.postMessage`,
        headers: {authorization: `Bearer ${token}`},
        contentType: 'application/json; charset=utf-8',
        body: {channel, text: m.text, unfurl_links: false, unfurl_media: false},
        // A second post is a second message: only a 429 (not processed) is retried.
        idempotent: false,
        credential: 'SLACK_BOT_TOKEN',
      },
      judge(res) {
        const body = res.json as {ok?: boolean; error?: string; channel?: string; ts?: string} | null
        if (body?.ok === true) return {ok: true, channel: body.channel ?? null, ts: body.ts ?? null}
        const error = body?.error ?? 'not ok'
        const hints = SLACK_AUTH.has(error)
          ? ['Slack refused the bot token in SLACK_BOT_TOKEN (it needs the chat:write scope); the step is still pending.']
          : SLACK_CHANNEL.has(error)
            ? [`Check the channel "${channel}" in the runbook and invite the bot to it; the step is still pending.`]
            : ['The step is still pending.']
        throw new ExternalError(`slack: chat.postMessage answered ${error}.`, {details: {provider: 'slack', status: res.status, error}, hints})
      },
    })
    return `posted to Slack ${channel} (ts ${String(answer.ts)})${m.masked.length > 0 ? `, ${m.masked.length} value(s) masked` : ''}`
  },
}

interface Webhook {
  name: string
  title: string
  /** The variable holding the URL unless the step's `url_env` names another. */
  variable: string
  payload(m: Message, p: Record<string, unknown>, incident: NotifyIncident): unknown
  /** Refusals whose text is read (the rest fail in http()). */
  accept: readonly number[]
  ok(res: HttpResponse): boolean
  /** A header from the step's `auth_env`, and the variable named when it is refused. */
  auth?(p: Record<string, unknown>, ctx: ActionContext): {headers: Record<string, string>; credential: string} | undefined
}

function webhookProvider({name, title, variable, payload, accept, ok, auth}: Webhook): ActionProvider {
  return {
    describe: (p) => `post to the ${title} in $${optStr(p, 'url_env') ?? variable}: ${quoted(message(p))}`,
    async run(p, ctx) {
      const incident = incidentOf(ctx)
      const {url, variable: used} = webhookUrl(ctx, p, variable, name)
      const m = message(p)
      const authorized = auth?.(p, ctx)
      await send(ctx, {
        target: name,
        host: url.host,
        message: m,
        req: {
          provider: name,
          method: 'POST',
          url: url.href,
          label: `POST to the webhook in ${used}`,
          body: payload(m, p, incident),
          idempotent: false,
          accept,
          ...(authorized ? {headers: authorized.headers, credential: authorized.credential} : {}),
        },
        judge(res) {
          if (!ok(res)) refused(name, used, res)
          return {text: answerText(res.text)}
        },
      })
      return `posted to the ${title} (${url.host})${m.masked.length > 0 ? `, ${m.masked.length} value(s) masked` : ''}`
    },
  }
}

// Slack answers `ok` in plain text, or a status and a word.
const slackWebhook = webhookProvider({
  name: 'slack-webhook',
  title: 'Slack incoming webhook',
  variable: 'SLACK_WEBHOOK_URL',
  payload: (m) => ({text: m.text}),
  accept: [400, 403, 404, 410],
  ok: (res) => res.status >= 200 && res.status < 300,
})

// An Adaptive Card in a message, the shape both Teams incoming webhooks and Workflows accept.
const teams = webhookProvider({
  name: 'teams',
  title: 'Microsoft Teams webhook',
  variable: 'TEAMS_WEBHOOK_URL',
  payload: (m, p, incident) => ({
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {type: 'TextBlock', text: maskSecrets(optStr(p, 'title') ?? `${incident.id}: ${incident.title}`).text, weight: 'Bolder', size: 'Medium', wrap: true},
            {type: 'TextBlock', text: m.text, wrap: true},
          ],
        },
      },
    ],
  }),
  accept: [400, 401, 403, 404, 410, 413],
  // A classic connector may answer 200 with the failure in its text.
  ok: (res) => res.status >= 200 && res.status < 300 && !/error|failed/i.test(res.text),
})

/** PagerDuty's severity for a pl severity (P1 is critical), unless the step names one. */
function pagerdutySeverity(p: Record<string, unknown>, incident: NotifyIncident): string {
  const given = optStr(p, 'severity')
  if (given !== undefined) {
    if (!(PAGERDUTY_SEVERITIES as readonly string[]).includes(given)) throw new UserError('invalid-input', `The pagerduty severity "${given}" is not one of ${PAGERDUTY_SEVERITIES.join(', ')}.`)
    return given
  }
  return {P1: 'critical', P2: 'error', P3: 'warning', P4: 'info'}[incident.severity] ?? 'error'
}

const pagerduty: ActionProvider = {
  describe: (p, env) => {
    const event = str(p, 'event')
    const m = optStr(p, 'message') === undefined ? '' : `: ${quoted(message(p))}`
    return `send a PagerDuty ${event} event for this incident at ${shownUrl(env.PL_PAGERDUTY_EVENTS_URL ?? 'https://events.pagerduty.com')}${m}`
  },
  async run(p, ctx) {
    const incident = incidentOf(ctx)
    const event = str(p, 'event')
    if (!(PAGERDUTY_EVENTS as readonly string[]).includes(event)) throw new UserError('invalid-input', `The pagerduty event "${event}" is not one of ${PAGERDUTY_EVENTS.join(', ')}.`)
    const base = notifyUrl(baseUrl(ctx.env, 'PL_PAGERDUTY_EVENTS_URL', 'https://events.pagerduty.com', 'pagerduty'), 'PL_PAGERDUTY_EVENTS_URL')
    const keyVariable = optStr(p, 'routing_key_env') ?? 'PAGERDUTY_ROUTING_KEY'
    const routingKey = credential(ctx.env, keyVariable, 'pagerduty')
    const m = event === 'trigger' ? message(p) : optStr(p, 'message') === undefined ? undefined : message(p)
    const link = /^https:\/\//.test(incident.link) ? [{href: incident.link, text: 'The alert this incident was opened from'}] : []
    const body =
      event === 'trigger'
        ? {
            routing_key: routingKey,
            event_action: event,
            dedup_key: incident.dedupKey,
            payload: {
              summary: m!.text.slice(0, 1024),
              source: optStr(p, 'source') ?? 'pl',
              severity: pagerdutySeverity(p, incident),
              component: incident.runbook,
              class: 'prompt-leak',
              custom_details: {incident: incident.id, severity: incident.severity, status: incident.status, runbook: incident.runbook, step: incident.step},
            },
            client: 'pl',
            ...(link.length > 0 ? {links: link} : {}),
          }
        : {routing_key: routingKey, event_action: event, dedup_key: incident.dedupKey}
    const answer = await send(ctx, {
      target: 'pagerduty',
      host: base.host,
      ...(m ? {message: m} : {}),
      extra: {event, dedupKey: incident.dedupKey},
      req: {
        provider: 'pagerduty',
        method: 'POST',
        url: `${base.href.replace(/\/+$/, '')}/v2/enqueue`,
        body,
        // The dedup key makes a repeat harmless: PagerDuty applies it to the same alert.
        idempotent: true,
        accept: [400],
        credential: keyVariable,
      },
      judge(res) {
        const r = res.json as {status?: string; message?: string; dedup_key?: string; errors?: unknown[]} | null
        if (res.status === 400) {
          const errors = Array.isArray(r?.errors) ? r.errors.map((e) => answerText(String(e))).join('; ') : ''
          throw new ExternalError(`pagerduty: the event was refused (400 ${answerText(r?.message ?? 'Bad Request')}${errors ? `: ${errors}` : ''}).`, {
            details: {provider: 'pagerduty', status: 400},
            hints: [`Check the routing key in ${keyVariable} (an Events API v2 integration key) and the step's parameters; the step is still pending.`],
          })
        }
        return {status: r?.status ?? null, message: r?.message === undefined ? null : answerText(r.message), dedupKey: r?.dedup_key ?? null}
      },
    })
    return `PagerDuty ${event} sent (dedup key ${String(answer.dedupKey ?? incident.dedupKey)})`
  },
}

// Any JSON receiver: the masked text and the incident's fields, with an optional bearer token.
const webhook = webhookProvider({
  name: 'webhook',
  title: 'JSON webhook',
  variable: 'NOTIFY_WEBHOOK_URL',
  payload: (m, p, incident) => ({
    source: 'pl',
    event: optStr(p, 'event') ?? 'notify',
    text: m.text,
    incident: {id: incident.id, title: maskSecrets(incident.title).text, severity: incident.severity, status: incident.status, link: incident.link || null},
    runbook: incident.runbook,
    step: incident.step,
    dedup_key: incident.dedupKey,
  }),
  accept: [],
  ok: (res) => res.status >= 200 && res.status < 300,
  auth(p, ctx) {
    const variable = optStr(p, 'auth_env')
    return variable === undefined ? undefined : {headers: {authorization: `Bearer ${credential(ctx.env, variable, 'webhook')}`}, credential: variable}
  },
})

export const notifyProviders: Record<string, ActionProvider> = {
  slack,
  'slack-webhook': slackWebhook,
  teams,
  pagerduty,
  webhook,
}
