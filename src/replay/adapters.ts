/**
 * Model adapters, run inside the sandboxed child: `sim` (the embedded simulator), `openai` (any
 * OpenAI-compatible /v1/chat/completions) and `anthropic` (/v1/messages). The exchange sent is
 * already reduced; the key comes from the child's only environment variable.
 */
import http from 'node:http'
import https from 'node:https'
import type {Exchange} from '../domain/replay/exchange.js'
import type {ModelReply} from '../domain/replay/sim.js'
import {simulate} from '../domain/replay/sim.js'

export type ModelKind = 'sim' | 'openai' | 'anthropic'

export interface ModelJob {
  model: ModelKind
  exchange: Exchange
  seed: number
  baseUrl?: string
  modelName?: string
  /** Name of the environment variable holding the key (the child's only one). */
  apiKeyEnv?: string
  maxOutputBytes: number
}

class HttpFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'http' | 'network' | 'protocol',
    readonly status?: number,
  ) {
    super(message)
  }
}

export function endpoint(model: 'openai' | 'anthropic', baseUrl: string): URL {
  const base = baseUrl.replace(/\/+$/, '')
  const path = model === 'openai' ? 'chat/completions' : 'messages'
  return new URL(/\/v1$/.test(base) ? `${base}/${path}` : `${base}/v1/${path}`)
}

function contextBlock(ex: Exchange): string | undefined {
  if (ex.context.length === 0) return undefined
  return ['Retrieved documents:', ...ex.context.map((c) => `[${[c.tenant, c.source ?? c.id].filter(Boolean).join(' ')}] ${c.text}`)].join('\n')
}

/** Messages with tool results as user turns (no tool_call ids survive a capture) and no empty turns. */
function turns(ex: Exchange): {role: 'user' | 'assistant'; content: string}[] {
  const out: {role: 'user' | 'assistant'; content: string}[] = []
  for (const m of ex.messages) {
    const role = m.role === 'assistant' ? 'assistant' : 'user'
    const content = m.role === 'tool' ? `[tool result] ${m.content}` : m.content
    const prev = out[out.length - 1]
    if (prev && prev.role === role) prev.content += `\n${content}`
    else out.push({role, content})
  }
  return out
}

export function openaiRequest(job: ModelJob): Record<string, unknown> {
  const ex = job.exchange
  const system = [ex.system.join(' '), contextBlock(ex)].filter((s): s is string => s !== undefined && s !== '')
  const body: Record<string, unknown> = {
    model: job.modelName ?? (typeof ex.params.model === 'string' ? ex.params.model : 'gpt-4o-mini'),
    messages: [...system.map((content) => ({role: 'system', content})), ...turns(ex)],
    seed: job.seed,
  }
  if (typeof ex.params.temperature === 'number') body.temperature = ex.params.temperature
  if (ex.tools.length > 0) body.tools = ex.tools.map((t) => ({type: 'function', function: {name: t.name, ...(t.description ? {description: t.description} : {}), parameters: t.parameters ?? {type: 'object', properties: {}}}}))
  return body
}

export function anthropicRequest(job: ModelJob): Record<string, unknown> {
  const ex = job.exchange
  const system = [ex.system.join(' '), contextBlock(ex)].filter((s): s is string => s !== undefined && s !== '').join('\n\n')
  const messages = turns(ex)
  if (messages[0]?.role === 'assistant') messages.unshift({role: 'user', content: '(conversation continues)'})
  const body: Record<string, unknown> = {
    model: job.modelName ?? (typeof ex.params.model === 'string' ? ex.params.model : 'claude-3-5-haiku-latest'),
    max_tokens: typeof ex.params.max_tokens === 'number' ? ex.params.max_tokens : 1024,
    messages,
  }
  if (system !== '') body.system = system
  if (typeof ex.params.temperature === 'number') body.temperature = ex.params.temperature
  if (ex.tools.length > 0) body.tools = ex.tools.map((t) => ({name: t.name, ...(t.description ? {description: t.description} : {}), input_schema: t.parameters ?? {type: 'object', properties: {}}}))
  return body
}

function post(url: URL, headers: Record<string, string>, body: unknown, maxBytes: number): Promise<unknown> {
  const payload = Buffer.from(JSON.stringify(body), 'utf8')
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request(url, {method: 'POST', headers: {'content-type': 'application/json', 'content-length': String(payload.length), ...headers}}, (res) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (d: Buffer) => {
        size += d.length
        if (size > maxBytes) {
          req.destroy()
          reject(new HttpFailure(`The model's reply exceeds the output cap of ${maxBytes} bytes.`, 'protocol'))
          return
        }
        chunks.push(d)
      })
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        const status = res.statusCode ?? 0
        if (status < 200 || status >= 300) {
          let detail = ''
          try {
            const j = JSON.parse(text) as {error?: {message?: unknown}}
            if (typeof j.error?.message === 'string') detail = `: ${j.error.message.slice(0, 200)}`
          } catch {
            detail = ''
          }
          reject(new HttpFailure(`The model server answered HTTP ${status}${detail}.`, 'http', status))
          return
        }
        try {
          resolve(JSON.parse(text))
        } catch {
          reject(new HttpFailure('The model server did not answer with JSON.', 'protocol'))
        }
      })
      res.on('error', (e) => reject(new HttpFailure(e.message, 'network')))
    })
    req.on('error', (e) => reject(new HttpFailure(e.message, 'network')))
    req.end(payload)
  })
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

export function parseOpenAIReply(json: unknown): ModelReply {
  const message = isObject(json) && Array.isArray(json.choices) && isObject(json.choices[0]) && isObject(json.choices[0].message) ? json.choices[0].message : undefined
  if (!message) throw new HttpFailure('The reply has no choices[0].message.', 'protocol')
  const toolCalls = Array.isArray(message.tool_calls)
    ? message.tool_calls.filter(isObject).map((c) => {
        const fn = isObject(c.function) ? c.function : {}
        return {name: String(fn.name ?? ''), arguments: typeof fn.arguments === 'string' ? fn.arguments : JSON.stringify(fn.arguments ?? {})}
      })
    : []
  return {text: typeof message.content === 'string' ? message.content : '', toolCalls}
}

export function parseAnthropicReply(json: unknown): ModelReply {
  if (!isObject(json) || !Array.isArray(json.content)) throw new HttpFailure('The reply has no content blocks.', 'protocol')
  const blocks = json.content.filter(isObject)
  return {
    text: blocks.filter((b) => b.type === 'text' && typeof b.text === 'string').map((b) => b.text as string).join('\n'),
    toolCalls: blocks.filter((b) => b.type === 'tool_use').map((b) => ({name: String(b.name ?? ''), arguments: JSON.stringify(b.input ?? {})})),
  }
}

export async function callModel(job: ModelJob): Promise<ModelReply> {
  if (job.model === 'sim') return simulate(job.exchange, job.seed)
  const key = job.apiKeyEnv ? process.env[job.apiKeyEnv] : undefined
  if (!key) throw new HttpFailure(`No API key: ${job.apiKeyEnv ?? 'the key variable'} is not set.`, 'protocol')
  if (job.model === 'openai') {
    const url = endpoint('openai', job.baseUrl ?? 'https://api.openai.com')
    return parseOpenAIReply(await post(url, {authorization: `Bearer ${key}`}, openaiRequest(job), job.maxOutputBytes))
  }
  const url = endpoint('anthropic', job.baseUrl ?? 'https://api.anthropic.com')
  return parseAnthropicReply(await post(url, {'x-api-key': key, 'anthropic-version': '2023-06-01'}, anthropicRequest(job), job.maxOutputBytes))
}
