/**
 * Where in an exchange a copy of a registered prompt sits: its channel, read from the JSON path
 * and the roles of the record it is in. The shapes are those exchange.ts parses (pl's native
 * format, OpenAI chat completions and the Responses API, Anthropic messages, OpenTelemetry GenAI
 * spans) plus trace exports that carry such messages (Langfuse observations' `input`/`output`).
 *
 * - `system`: the prompt's own place — a system or developer message, or the request's
 *   `system`/`instructions` field (also tool definitions): expected, not a leak;
 * - `user-message`: a user turn: the prompt was pasted in;
 * - `model-output`: what the model produced — a reply, tool-call arguments, a completion, a
 *   Responses output item: the prompt was leaked;
 * - `tool-result`: a tool's answer or retrieved context fed back to the model;
 * - `outside-exchange`: a plain log line, or a JSON record (or part of one) that is no exchange.
 */
import {jsonValueSpans, pathAt, placeSkeleton} from '../scan/json-path.js'
import type {JsonPlace} from '../scan/json-path.js'
import {isObject, role, str} from './exchange.js'

export type Channel = 'system' | 'user-message' | 'model-output' | 'tool-result' | 'outside-exchange'
export const CHANNELS: readonly Channel[] = ['model-output', 'user-message', 'tool-result', 'outside-exchange', 'system']

/** A copy in these channels is the leak; in `system` it is where the prompt belongs. */
export const isLeakChannel = (channel: Channel): boolean => channel === 'model-output' || channel === 'user-message'

type Segment = string | number

const SEGMENT = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y

/** `$.messages[0]["a b"]` → ['messages', 0, 'a b']; a key masked in the path (`["…"]`) stays `…`. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = []
  if (!path.startsWith('$')) return out
  SEGMENT.lastIndex = 1
  for (let m = SEGMENT.exec(path); m !== null; m = SEGMENT.exec(path)) {
    if (m[1] !== undefined) out.push(m[1])
    else if (m[2] !== undefined) out.push(Number(m[2]))
    else out.push(JSON.parse(m[3] ?? '""') as string)
    if (SEGMENT.lastIndex >= path.length) break
  }
  return out
}

const TOOL_RESULT_TYPES = new Set(['tool_result', 'function_call_output', 'tool_call_response', 'tool-result', 'tool_response', 'function_response'])
const MODEL_CALL_TYPES = new Set(['tool_use', 'function_call', 'tool_call', 'output_text', 'reasoning', 'custom_tool_call'])
/** LangChain message types. */
const LANGCHAIN_ROLES: Record<string, Channel> = {human: 'user-message', ai: 'model-output', system: 'system', tool: 'tool-result'}
const OTEL_EVENTS = /^gen_ai\.(system|user|assistant|tool)\.message$/
/**
 * Langfuse observations that stand for a tool or a retrieval, not a model call: their `output` is
 * what the tool or the retriever returned, a tool's `input` the arguments the model produced.
 */
const LANGFUSE_TOOLS: Record<string, Partial<Record<string, Channel>>> = {
  TOOL: {output: 'tool-result', input: 'model-output'},
  RETRIEVER: {output: 'tool-result'},
}

const SYSTEM_KEYS = new Set(['system', 'instructions', 'system_instruction', 'system_instructions', 'systeminstruction', 'system_prompt', 'systemprompt', 'preamble', 'tools', 'functions', 'prompt', 'gen_ai.system_instructions', 'gen_ai.prompt', 'gen_ai.request.instructions'])
const OUTPUT_KEYS = new Set(['output', 'outputs', 'output_text', 'choices', 'completion', 'completions', 'generation', 'generations', 'gen_ai.output.messages', 'gen_ai.completion', 'llm.output_messages'])
const USER_KEYS = new Set(['input', 'inputs', 'query', 'question', 'gen_ai.input.messages', 'llm.input_messages'])
const CONTEXT_KEYS = new Set(['context', 'documents', 'retrieved', 'retrieval'])

function channelOfRole(value: unknown): Channel | undefined {
  const r = role(value)
  if (r === 'system') return 'system'
  if (r === 'user') return 'user-message'
  if (r === 'assistant') return 'model-output'
  if (r === 'tool') return 'tool-result'
  if (value === 'model' || value === 'ai' || value === 'bot') return 'model-output'
  if (value === 'human') return 'user-message'
  return undefined
}

/** What a key (or an OTel attribute's key) says, when it says something. */
function channelOfKey(key: string): Channel | undefined {
  const k = key.toLowerCase()
  const indexed = /^gen_ai\.(prompt|completion)\.\d+\.content$/.exec(k)
  if (indexed !== null) return indexed[1] === 'completion' ? 'model-output' : undefined
  if (SYSTEM_KEYS.has(k)) return 'system'
  if (OUTPUT_KEYS.has(k)) return 'model-output'
  if (USER_KEYS.has(k)) return 'user-message'
  if (CONTEXT_KEYS.has(k)) return 'tool-result'
  return undefined
}

/** A `….content` key's sibling `….role` (flattened attributes: `gen_ai.prompt.0.role`, `llm.input_messages.0.message.role`). */
function siblingRole(container: unknown, key: string): Channel | undefined {
  const m = /^(.*)\.content$/.exec(key)
  if (m === null) return undefined
  const roleKey = `${m[1]}.role`
  if (isObject(container)) return channelOfRole(container[roleKey])
  if (Array.isArray(container)) {
    const attribute = container.find((a) => isObject(a) && a.key === roleKey)
    if (isObject(attribute)) return channelOfRole(isObject(attribute.value) ? attribute.value.stringValue : attribute.value)
  }
  return undefined
}

/**
 * The channel of the value at `segments` in a parsed record, or undefined when nothing on the way
 * says. Nearest first: a message's role or item type, then the keys on the path.
 */
function channelOfNodes(doc: unknown, segments: readonly Segment[]): Channel | undefined {
  const nodes: unknown[] = [doc]
  for (const segment of segments) {
    const node = nodes[nodes.length - 1]
    nodes.push(Array.isArray(node) && typeof segment === 'number' ? node[segment] : isObject(node) && typeof segment === 'string' ? node[segment] : undefined)
  }
  for (let i = nodes.length - 2; i >= 0; i--) {
    const node = nodes[i]
    if (!isObject(node)) continue
    const type = str(node.type)
    if (type !== undefined && TOOL_RESULT_TYPES.has(type)) return 'tool-result'
    if (type !== undefined && MODEL_CALL_TYPES.has(type)) return 'model-output'
    // Own properties only: a `type` of "constructor" or "toString" names no channel.
    const byRole = channelOfRole(node.role) ?? (type !== undefined && Object.hasOwn(LANGCHAIN_ROLES, type) ? LANGCHAIN_ROLES[type] : undefined)
    if (byRole !== undefined) return byRole
    const segment = segments[i]
    const tool = type !== undefined && Object.hasOwn(LANGFUSE_TOOLS, type) ? LANGFUSE_TOOLS[type] : undefined
    const byObservation = tool !== undefined && typeof segment === 'string' && Object.hasOwn(tool, segment) ? tool[segment] : undefined
    if (byObservation !== undefined) return byObservation
    const name = str(node.name)
    const event = name === undefined ? null : OTEL_EVENTS.exec(name)
    if (event !== null) return channelOfRole(event[1])
    if (name === 'gen_ai.choice') return 'model-output'
    // An OpenTelemetry attribute: {key, value: {stringValue}}.
    const attributeKey = str(node.key)
    if (attributeKey !== undefined && 'value' in node) {
      const byKey = siblingRole(nodes[i - 1], attributeKey) ?? channelOfKey(attributeKey)
      if (byKey !== undefined) return byKey
    }
    if (typeof segment === 'string') {
      const bySibling = siblingRole(node, segment)
      if (bySibling !== undefined) return bySibling
    }
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]
    const byKey = typeof segment === 'string' ? channelOfKey(segment) : undefined
    if (byKey !== undefined) return byKey
  }
  return undefined
}

/**
 * The channel of a value of a JSON line too long to parse whole (read in windows), from its place:
 * the path and the fields kept of the objects on it (roles, types, names) — what channelOfNodes
 * reads of a parsed record. A string that holds JSON itself is not read inside here.
 */
export function channelOfPlace(place: JsonPlace): Channel {
  const segments = pathSegments(place.path)
  return channelOfNodes(placeSkeleton(place, segments), segments) ?? 'outside-exchange'
}

/** The channel of a JSON path alone (a long line read in windows: no record to read roles from). */
export function channelOfPath(path: string): Channel {
  return channelOfNodes(undefined, pathSegments(path)) ?? 'outside-exchange'
}

/**
 * A JSON record's text, read (tokenised, parsed) once on first use, whatever the number of copies
 * asked about: the channel of the copy at an offset. A string value that holds JSON itself (an
 * OTel `gen_ai.input.messages` attribute, a Langfuse `input` serialised twice) is read too, at the
 * same place, so a system message inside it is told from a user message.
 */
export class ExchangeRecord {
  private spans: ReturnType<typeof jsonValueSpans> | undefined
  private doc: unknown
  private parsed = false

  /** `spans`: the text's value spans when the caller has tokenised it already (jsonValueSpans of the same text). */
  constructor(
    private readonly text: string,
    private readonly depth = 0,
    spans?: ReturnType<typeof jsonValueSpans>,
  ) {
    this.spans = spans
  }

  channelAt(at: number): Channel {
    if (this.spans === undefined) this.spans = jsonValueSpans(this.text)
    const spans = this.spans
    const path = spans === null ? undefined : pathAt(spans, at)
    if (spans === null || path === undefined) return 'outside-exchange'
    if (!this.parsed) {
      this.parsed = true
      this.doc = JSON.parse(this.text) as unknown
    }
    const inner = this.depth < 3 ? this.innerChannel(spans, at) : undefined
    if (inner !== undefined && inner !== 'outside-exchange') return inner
    return channelOfNodes(this.doc, pathSegments(path)) ?? 'outside-exchange'
  }

  /** When the string at `at` is itself JSON: the channel inside it, at the same character. */
  private innerChannel(spans: NonNullable<ReturnType<typeof jsonValueSpans>>, at: number): Channel | undefined {
    const span = spans.find((s) => s.start <= at && at < s.end)
    if (span === undefined || this.text[span.start - 1] !== '"') return undefined
    const raw = this.text.slice(span.start, span.end)
    const first = /^(?:\s|\\[nrt])*(.)/.exec(raw)?.[1]
    if (first !== '{' && first !== '[' && first !== '\\') return undefined
    try {
      const decoded = JSON.parse(`"${raw}"`) as string
      const offset = (JSON.parse(`"${raw.slice(0, at - span.start)}"`) as string).length
      return new ExchangeRecord(decoded, this.depth + 1).channelAt(offset)
    } catch {
      return undefined
    }
  }
}
