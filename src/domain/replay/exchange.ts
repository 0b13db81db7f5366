/**
 * Captured exchanges and their native model. Every supported capture (pl's native format, an
 * OpenAI chat-completions request with or without its response, an Anthropic messages request,
 * an OpenTelemetry GenAI span; one JSON document or JSON lines) is parsed into an `Exchange`, whose parts are the segments that
 * replay reduces and ddmin minimises: the system prompt's sentences, the conversation's messages,
 * the retrieved context chunks and the tools. Pure: the caller hands in the text.
 */

export const NATIVE_FORMAT = 'pl.exchange/v1'

export type Role = 'user' | 'assistant' | 'tool'

export interface Message {
  role: Role
  content: string
}

export interface ContextChunk {
  /** The chunk's own id in the retrieval system, when known. */
  id?: string
  tenant?: string
  source?: string
  text: string
}

export interface Tool {
  name: string
  description?: string
  parameters?: unknown
}

export interface Exchange {
  /** The tenant the request was made for; chunks of other tenants are cross-tenant context. */
  tenant?: string
  /** The system prompt, one sentence per entry. */
  system: string[]
  messages: Message[]
  context: ContextChunk[]
  tools: Tool[]
  /** Sampling parameters as captured (temperature, max_tokens, model, …). */
  params: Record<string, unknown>
  /** The model's original output, when the capture has it. */
  output?: string
  /** Which capture format it came from. */
  source: 'native' | 'openai' | 'anthropic' | 'otel'
}

export type SegmentGroup = 'system' | 'message' | 'context' | 'tool'
export const SEGMENT_GROUPS: readonly SegmentGroup[] = ['system', 'message', 'context', 'tool']

/** One removable part of an exchange, named `<group>.<n>` (1-based), e.g. `system.3`, `context.2`. */
export interface Segment {
  id: string
  group: SegmentGroup
  index: number
  /** A short human label: the role of a message, the tenant/source of a chunk, the tool name. */
  label: string
}

/** Why a document is not a replayable exchange; `reason` is safe to show (never content). */
export class ExchangeFormatError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-exchange' | 'empty' | 'ambiguous' | 'too-deep',
  ) {
    super(message)
    this.name = 'ExchangeFormatError'
  }
}

/** How deep a captured document may nest (arrays and objects); real captures stay under 10. */
export const MAX_NESTING = 64

/** Whether `value` nests deeper than `limit`, found without recursion (a hostile document may nest 100,000 deep). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!
    if (typeof v !== 'object' || v === null) continue
    if (depth >= limit) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return false
}

function notTooDeep(doc: unknown, where: string): unknown {
  if (nestsDeeperThan(doc, MAX_NESTING)) throw new ExchangeFormatError(`${where} nests deeper than ${MAX_NESTING} levels: no captured exchange does.`, 'too-deep')
  return doc
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/** Splits a system prompt into sentences (the unit ddmin removes). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Text of OpenAI/Anthropic content: a string or a list of parts. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return content === null || content === undefined ? '' : JSON.stringify(content)
  const parts: string[] = []
  for (const part of content) {
    if (typeof part === 'string') parts.push(part)
    else if (isObject(part)) {
      if (typeof part.text === 'string') parts.push(part.text)
      else if (part.type === 'tool_result') parts.push(contentText(part.content))
      else if (part.type === 'tool_use') parts.push(`[tool call ${str(part.name) ?? ''} ${JSON.stringify(part.input ?? {})}]`)
    }
  }
  return parts.join('\n')
}

function parseChunks(value: unknown): ContextChunk[] {
  if (!Array.isArray(value)) return []
  const out: ContextChunk[] = []
  for (const c of value) {
    if (typeof c === 'string') out.push({text: c})
    else if (isObject(c)) {
      const text = str(c.text) ?? str(c.content) ?? str(c.page_content)
      if (text === undefined) continue
      const chunk: ContextChunk = {text}
      const id = str(c.id)
      const tenant = str(c.tenant)
      const source = str(c.source)
      if (id !== undefined) chunk.id = id
      if (tenant !== undefined) chunk.tenant = tenant
      if (source !== undefined) chunk.source = source
      out.push(chunk)
    }
  }
  return out
}

function parseTools(value: unknown): Tool[] {
  if (!Array.isArray(value)) return []
  const out: Tool[] = []
  for (const t of value) {
    if (!isObject(t)) continue
    const fn = isObject(t.function) ? t.function : t
    const name = str(fn.name)
    if (name === undefined) continue
    const tool: Tool = {name}
    const description = str(fn.description)
    if (description !== undefined) tool.description = description
    const parameters = fn.parameters ?? fn.input_schema
    if (parameters !== undefined) tool.parameters = parameters
    out.push(tool)
  }
  return out
}

const PARAM_KEYS = ['model', 'temperature', 'top_p', 'max_tokens', 'max_completion_tokens', 'seed', 'stop']

function pickParams(request: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const k of PARAM_KEYS) if (request[k] !== undefined) params[k] = request[k]
  return params
}

/** A message's role in the exchange model: OpenAI's `developer` is a system turn, `function` a tool turn. */
export function role(value: unknown): Role | 'system' | undefined {
  if (value === 'system' || value === 'developer') return 'system'
  if (value === 'user' || value === 'assistant' || value === 'tool') return value
  if (value === 'function') return 'tool'
  return undefined
}

function parseNative(doc: Record<string, unknown>): Exchange {
  const system = typeof doc.system === 'string' ? splitSentences(doc.system) : Array.isArray(doc.system) ? doc.system.filter((s): s is string => typeof s === 'string') : []
  const messages: Message[] = []
  for (const m of Array.isArray(doc.messages) ? doc.messages : []) {
    if (!isObject(m)) continue
    const r = role(m.role)
    if (r === undefined || r === 'system') continue
    messages.push({role: r, content: contentText(m.content)})
  }
  const ex: Exchange = {system, messages, context: parseChunks(doc.context), tools: parseTools(doc.tools), params: isObject(doc.params) ? {...doc.params} : {}, source: 'native'}
  const tenant = str(doc.tenant)
  const output = str(doc.output)
  if (tenant !== undefined) ex.tenant = tenant
  if (output !== undefined) ex.output = output
  return ex
}

/** OpenAI chat completions: `messages` with system/developer turns; response `choices[0].message`. */
function parseOpenAI(request: Record<string, unknown>, response: unknown, wrapper: Record<string, unknown>): Exchange {
  const systemText: string[] = []
  const messages: Message[] = []
  for (const m of request.messages as unknown[]) {
    if (!isObject(m)) continue
    const r = role(m.role)
    if (r === undefined) continue
    const text = contentText(m.content)
    if (r === 'system') systemText.push(text)
    else {
      const calls = Array.isArray(m.tool_calls) ? m.tool_calls.map((c) => (isObject(c) && isObject(c.function) ? `[tool call ${str(c.function.name) ?? ''} ${str(c.function.arguments) ?? ''}]` : '')).join('\n') : ''
      messages.push({role: r, content: [text, calls].filter((s) => s.length > 0).join('\n')})
    }
  }
  const ex: Exchange = {
    system: systemText.flatMap(splitSentences),
    messages,
    context: parseChunks(wrapper.context ?? request.context),
    tools: parseTools(request.tools),
    params: pickParams(request),
    source: 'openai',
  }
  const tenant = str(wrapper.tenant) ?? str(request.user)
  if (tenant !== undefined) ex.tenant = tenant
  if (isObject(response) && Array.isArray(response.choices) && isObject(response.choices[0]) && isObject(response.choices[0].message)) {
    ex.output = contentText(response.choices[0].message.content)
  }
  return ex
}

/** Anthropic messages: top-level `system` (string or text blocks); response `content` blocks. */
function parseAnthropic(request: Record<string, unknown>, response: unknown, wrapper: Record<string, unknown>): Exchange {
  const messages: Message[] = []
  for (const m of request.messages as unknown[]) {
    if (!isObject(m)) continue
    const r = role(m.role)
    if (r === undefined || r === 'system') continue
    const blocks = Array.isArray(m.content) ? m.content : []
    const isToolResult = blocks.length > 0 && blocks.every((b) => isObject(b) && b.type === 'tool_result')
    messages.push({role: isToolResult ? 'tool' : r, content: contentText(m.content)})
  }
  const ex: Exchange = {
    system: splitSentences(contentText(request.system)),
    messages,
    context: parseChunks(wrapper.context ?? request.context),
    tools: parseTools(request.tools),
    params: pickParams(request),
    source: 'anthropic',
  }
  const tenant = str(wrapper.tenant) ?? (isObject(request.metadata) ? str(request.metadata.user_id) : undefined)
  if (tenant !== undefined) ex.tenant = tenant
  if (isObject(response) && Array.isArray(response.content)) ex.output = contentText(response.content)
  return ex
}

/** OTLP attribute values ({stringValue}, {intValue}, …) or plain values → plain values. */
function otelValue(v: unknown): unknown {
  if (!isObject(v)) return v
  if ('stringValue' in v) return v.stringValue
  if ('intValue' in v) return Number(v.intValue)
  if ('doubleValue' in v) return v.doubleValue
  if ('boolValue' in v) return v.boolValue
  if (isObject(v.arrayValue) && Array.isArray(v.arrayValue.values)) return v.arrayValue.values.map(otelValue)
  return v
}

function otelAttributes(raw: unknown): Record<string, unknown> {
  if (Array.isArray(raw)) return Object.fromEntries(raw.filter(isObject).map((a) => [String(a.key), otelValue(a.value)]))
  return isObject(raw) ? raw : {}
}

function jsonAttribute(v: unknown): unknown {
  if (typeof v !== 'string') return v
  let parsed: unknown
  try {
    parsed = JSON.parse(v)
  } catch {
    return v
  }
  return notTooDeep(parsed, 'A trace attribute')
}

/** Text of a GenAI semantic-conventions message: `parts` of {type: 'text', content}, or `content`. */
function otelMessageText(m: Record<string, unknown>): string {
  if (Array.isArray(m.parts)) return m.parts.filter(isObject).map((p) => (typeof p.content === 'string' ? p.content : typeof p.text === 'string' ? p.text : '')).filter((t) => t !== '').join('\n')
  return contentText(m.content)
}

/**
 * An OpenTelemetry GenAI span (OTLP JSON, or one span with `attributes`): messages from
 * `gen_ai.system_instructions` + `gen_ai.input.messages` (current conventions), from indexed
 * `gen_ai.prompt.N.role/content` attributes (earlier instrumentations), or from
 * `gen_ai.{system,user,assistant,tool}.message` span events.
 */
function parseOtelSpan(span: Record<string, unknown>): Exchange | undefined {
  const attrs = otelAttributes(span.attributes)
  const system: string[] = []
  const messages: Message[] = []
  const add = (r: unknown, text: string) => {
    const ro = role(r)
    if (ro === 'system') system.push(text)
    else if (ro !== undefined) messages.push({role: ro, content: text})
  }
  const instructions = jsonAttribute(attrs['gen_ai.system_instructions'])
  if (Array.isArray(instructions)) system.push(otelMessageText({parts: instructions}))
  const input = jsonAttribute(attrs['gen_ai.input.messages'])
  if (Array.isArray(input)) for (const m of input.filter(isObject)) add(m.role, otelMessageText(m))
  for (let i = 0; typeof attrs[`gen_ai.prompt.${i}.content`] === 'string'; i++) add(attrs[`gen_ai.prompt.${i}.role`] ?? 'user', attrs[`gen_ai.prompt.${i}.content`] as string)
  let output: string | undefined
  for (const e of Array.isArray(span.events) ? span.events.filter(isObject) : []) {
    const name = str(e.name) ?? ''
    const ea = otelAttributes(e.attributes)
    const text = typeof ea.content === 'string' ? ea.content : isObject(e.body) ? contentText(e.body.content) : ''
    const m = /^gen_ai\.(system|user|assistant|tool)\.message$/.exec(name)
    if (m) add(m[1], text)
    else if (name === 'gen_ai.choice') output = text
  }
  if (system.length === 0 && messages.length === 0) return undefined
  const out = jsonAttribute(attrs['gen_ai.output.messages'])
  if (Array.isArray(out) && isObject(out[0])) output = otelMessageText(out[0])
  else if (typeof attrs['gen_ai.completion.0.content'] === 'string') output = attrs['gen_ai.completion.0.content']
  const params: Record<string, unknown> = {}
  if (attrs['gen_ai.request.model'] !== undefined) params.model = attrs['gen_ai.request.model']
  if (attrs['gen_ai.request.temperature'] !== undefined) params.temperature = attrs['gen_ai.request.temperature']
  if (attrs['gen_ai.request.max_tokens'] !== undefined) params.max_tokens = attrs['gen_ai.request.max_tokens']
  const ex: Exchange = {system: system.flatMap(splitSentences), messages, context: [], tools: [], params, source: 'otel'}
  if (output !== undefined) ex.output = output
  return ex
}

function otelSpans(doc: Record<string, unknown>): Record<string, unknown>[] | undefined {
  if (Array.isArray(doc.resourceSpans)) {
    return doc.resourceSpans.filter(isObject).flatMap((r) => (Array.isArray(r.scopeSpans) ? r.scopeSpans : []).filter(isObject).flatMap((s) => (Array.isArray(s.spans) ? s.spans : []).filter(isObject)))
  }
  if (doc.attributes !== undefined && (typeof doc.name === 'string' || typeof doc.spanId === 'string' || typeof doc.span_id === 'string')) return [doc]
  return undefined
}

/** One JSON document → an exchange, or undefined when it is not one. */
export function exchangeFromJson(doc: unknown): Exchange | undefined {
  if (!isObject(doc)) return undefined
  if (doc.format === NATIVE_FORMAT) return parseNative(doc)
  const spans = otelSpans(doc)
  if (spans) {
    const found = spans.map(parseOtelSpan).filter((e): e is Exchange => e !== undefined)
    if (found.length > 1) throw new ExchangeFormatError(`The trace holds ${found.length} GenAI spans with messages; export the one to replay.`, 'ambiguous')
    return found[0]
  }
  // A gateway log line or a capture pairs the request with its response.
  const request = isObject(doc.request) ? doc.request : doc
  const response = doc.response
  if (!Array.isArray(request.messages)) return undefined
  const anthropic = request.system !== undefined || request.anthropic_version !== undefined || (isObject(response) && response.type === 'message')
  return anthropic ? parseAnthropic(request, response, doc) : parseOpenAI(request, response, doc)
}

export interface ParseOptions {
  /** For JSON lines holding several exchanges: which line (1-based). */
  line?: number
}

/**
 * Parses a capture. A JSON document is one exchange; JSON lines may hold several (a gateway log),
 * in which case `line` picks one. Throws ExchangeFormatError for anything else, and for an
 * exchange without a single user message (nothing to replay).
 */
export function parseExchange(text: string, options: ParseOptions = {}): {exchange: Exchange; line?: number} {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  let whole: unknown
  let isWhole = false
  try {
    whole = JSON.parse(trimmed)
    isWhole = true
  } catch {
    isWhole = false
  }
  let found: {exchange: Exchange; line?: number} | undefined
  if (isWhole) {
    const exchange = exchangeFromJson(notTooDeep(whole, 'The document'))
    if (exchange) found = {exchange}
  } else {
    const candidates: {exchange: Exchange; line: number}[] = []
    trimmed.split(/\r?\n/).forEach((raw, i) => {
      if (raw.trim() === '') return
      let doc: unknown
      try {
        doc = JSON.parse(raw)
      } catch {
        return
      }
      const exchange = exchangeFromJson(notTooDeep(doc, `Line ${i + 1}`))
      if (exchange) candidates.push({exchange, line: i + 1})
    })
    if (options.line !== undefined) {
      found = candidates.find((c) => c.line === options.line)
      if (!found) throw new ExchangeFormatError(`Line ${options.line} is not a captured exchange.`, 'not-exchange')
    } else if (candidates.length === 1) found = candidates[0]
    else if (candidates.length > 1) {
      throw new ExchangeFormatError(`The evidence holds ${candidates.length} exchanges (lines ${candidates.slice(0, 5).map((c) => c.line).join(', ')}${candidates.length > 5 ? ', …' : ''}).`, 'ambiguous')
    }
  }
  if (!found) {
    throw new ExchangeFormatError('The evidence is not a captured exchange: expected pl.exchange/v1, an OpenAI chat-completions request (optionally with its response), or an Anthropic messages request.', 'not-exchange')
  }
  if (!found.exchange.messages.some((m) => m.role === 'user' && m.content.trim() !== '')) {
    throw new ExchangeFormatError('The exchange has an empty conversation: no user message to replay.', 'empty')
  }
  return found
}

/** Every segment of an exchange, in a stable order. */
export function segmentsOf(ex: Exchange): Segment[] {
  const out: Segment[] = []
  ex.system.forEach((_, i) => out.push({id: `system.${i + 1}`, group: 'system', index: i, label: 'system prompt sentence'}))
  ex.messages.forEach((m, i) => out.push({id: `message.${i + 1}`, group: 'message', index: i, label: m.role}))
  ex.context.forEach((c, i) => out.push({id: `context.${i + 1}`, group: 'context', index: i, label: [c.tenant ? `tenant ${c.tenant}` : undefined, c.source ?? c.id].filter(Boolean).join(', ') || 'chunk'}))
  ex.tools.forEach((t, i) => out.push({id: `tool.${i + 1}`, group: 'tool', index: i, label: t.name}))
  return out
}

/** The exchange restricted to the given segment ids (ddmin's "configuration"). */
export function project(ex: Exchange, ids: ReadonlySet<string>): Exchange {
  const keep = <T>(group: SegmentGroup, items: readonly T[]): T[] => items.filter((_, i) => ids.has(`${group}.${i + 1}`))
  return {...ex, system: keep('system', ex.system), messages: keep('message', ex.messages), context: keep('context', ex.context), tools: keep('tool', ex.tools)}
}

/** The text of one segment (for the oracle and for reports of length, never printed by pl). */
export function segmentText(ex: Exchange, seg: Segment): string {
  switch (seg.group) {
    case 'system':
      return ex.system[seg.index] ?? ''
    case 'message':
      return ex.messages[seg.index]?.content ?? ''
    case 'context':
      return ex.context[seg.index]?.text ?? ''
    case 'tool': {
      const t = ex.tools[seg.index]
      return t ? `${t.name} ${t.description ?? ''}` : ''
    }
  }
}

/** Canonical JSON of the exchange as sent to a model: its hash is recorded with every replay. */
export function canonicalExchange(ex: Exchange): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort)
    if (isObject(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]))
    return v
  }
  const {output: _output, ...sent} = ex
  return JSON.stringify(sort(sent))
}
