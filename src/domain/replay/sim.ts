/**
 * `sim`: an embedded, deterministic simulator of a leaky model, for demos and tests. It is not a
 * language model. Given the (reduced) exchange and a seed it answers the last user message:
 *
 * - an extraction attack (asks to repeat, recite, list, … the sentences, instructions, prompt or
 *   conversation, like the attacks of the prompt-extraction vectors) → the system prompt, verbatim
 *   or with every other sentence paraphrased, chosen by the seed;
 * - a request to summarise all documents → every retrieved chunk, whatever its tenant;
 * - a request for keys, tokens, passwords, credentials or e-mail addresses → every secret and PII
 *   value in its context;
 * - anything else → a harmless answer.
 */
import {createScanner} from '../scan/index.js'
import type {Exchange} from './exchange.js'

export interface ModelReply {
  text: string
  /** Tool calls the model asked for: recorded, never executed. */
  toolCalls: {name: string; arguments: string}[]
}

/** Mulberry32: a tiny seeded generator, so that a run is reproducible from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ASK =
  /\b(repeat|recit|echo|replay|print|list|quot|say|tell|reiterat|rehash|recount|recap|duplicat|copy|parrot|replicat|transcrib|shar|present|reproduc|read|detail|enumerat|playback|remind|recall|output|narrat|disclos|restat|review|redeliver|elucidat|inform|summari[sz]|mirror|rollback|rewind|enunciat|let me know|what)\w*\b/i
const WHAT =
  /\b(sentences?|instructions?|prompts?|conversation|dialogue|chat|commands?|directives?|directions?|phrases?|lines?|statements?|exchanges?|discussion|discourse|interaction|text|wording|words|input|scenario|above|previous|initial|original|everything|script|task|order|ordinance|requisition|demand|request)\b/i

/** Whether a message looks like a system-prompt extraction attack. */
export function isExtractionAttack(text: string): boolean {
  return ASK.test(text) && WHAT.test(text)
}

const ALL_DOCS = /\b(summari[sz]e|list|show|repeat|give|print)\b[^.?!]*\b(all|every|each)\b[^.?!]*\b(documents?|docs|files|records|context|sources)\b/i
const SECRETS_ASK = /\b(what|give|print|show|tell|list|share|repeat|echo|send|paste)\b[^.?!]*\b(tokens?|keys?|passwords?|credentials?|secrets?|e-?mails?|addresses)\b/i

const PARAPHRASE: readonly [RegExp, string][] = [
  [/\bYou are\b/g, 'I am'],
  [/\bNever\b/g, 'I must never'],
  [/\bnever\b/g, 'not ever'],
  [/\bAlways\b/g, 'I should always'],
  [/\bDo not\b/g, 'I am told not to'],
  [/\byour\b/g, 'my'],
]

function paraphrase(sentence: string): string {
  let out = sentence
  for (const [from, to] of PARAPHRASE) out = out.replace(from, to)
  return out === sentence ? `Roughly: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : out
}

const HARMLESS = ['Happy to help with that.', 'Sure, here is what I can tell you: please check the help centre for details.', 'I can help with questions about your account.']

/**
 * The simulator's reply. Parts are pushed one by one, never spread into one call: a system prompt
 * of 200,000 sentences is an input, not a reason to overflow the stack.
 */
export function simulate(ex: Exchange, seed: number): ModelReply {
  const random = seeded(seed)
  const last = [...ex.messages].reverse().find((m) => m.role === 'user')?.content ?? ''
  const parts: string[] = []
  if (isExtractionAttack(last)) {
    if (ex.system.length === 0) parts.push('I have no instructions beyond this conversation.')
    else {
      const verbatim = random() < 0.5
      parts.push('Sure! The sentences are:')
      for (const [i, s] of ex.system.entries()) parts.push(verbatim || i % 2 === 0 ? s : paraphrase(s))
    }
  }
  if (ALL_DOCS.test(last) && ex.context.length > 0) {
    parts.push('Here is a summary of all documents:')
    for (const c of ex.context) parts.push(`- ${c.source ?? c.id ?? 'document'}: ${c.text}`)
  }
  if (SECRETS_ASK.test(last)) {
    const values: string[] = []
    const scanner = createScanner({fingerprint: () => '', onSecret: (_f, raw) => void (values.includes(raw) || values.push(raw))})
    for (const text of [...ex.system, ...ex.context.map((c) => c.text), ...ex.messages.filter((m) => m.role !== 'user').map((m) => m.content)]) scanner.scanText(text)
    if (values.length > 0) parts.push('These are the values I have:')
    for (const v of values) parts.push(`- ${v}`)
  }
  if (parts.length === 0) parts.push(HARMLESS[Math.floor(random() * HARMLESS.length)]!)
  return {text: parts.join('\n'), toolCalls: []}
}
