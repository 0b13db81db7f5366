/**
 * One finding per copy of a registered prompt: each copy is found on the record it sits in (a
 * JSON line, a pretty-printed JSON document, a log entry), with its own span, JSON path and
 * tenant, and no finding spans two records or two JSON values.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import type {Finding, KnownPrompt} from '../../../src/domain/scan/types.js'
import {gatewayLog} from '../../fixtures/scan/gateway-log.js'

const scan = (prompts: readonly KnownPrompt[], text: string): Finding[] =>
  createScanner({fingerprint: (raw) => raw, prompts})
    .scanText(text)
    .filter((f) => f.category === 'prompt')

const log = gatewayLog()
const [support] = log.prompts as [KnownPrompt, KnownPrompt]

describe('one finding per copy of a registered prompt', () => {
  it('finds every copy of the gateway log on its own line, with its path and tenant', () => {
    const found = scan(log.prompts, log.lines.join('\n') + '\n')
    assert.deepEqual(
      found.map((f) => [f.line, f.jsonPath, f.tenant, f.promptName]),
      log.copies.map((c) => [c.line, c.jsonPath, c.tenant, c.prompt]),
    )
    for (const f of found) assert.equal(f.endLine, undefined, `the copy on line ${f.line} ends on its line`)
  })

  it('a copy covers the string it is in, and no more', () => {
    const found = scan(log.prompts, log.lines.join('\n'))
    for (const f of found) {
      const line = log.lines[f.line - 1] ?? ''
      const text = line.slice(f.start, f.end)
      assert.ok(!text.includes('"'), `line ${f.line} ${f.jsonPath}: the span stays inside one string`)
      assert.ok(f.end - f.start > 100, `line ${f.line}: the span is the copy, not a fragment`)
    }
  })

  it('five lines each holding the prompt: five findings, each with its line’s tenant (the repro)', () => {
    const lines = ['acme', 'globex', 'initech', 'umbrella', 'hooli'].map((tenant, i) =>
      JSON.stringify({ts: `2026-11-20T13:0${i}:00Z`, tenant, request: {messages: [{role: 'system', content: support.text}, {role: 'user', content: 'hi'}]}}),
    )
    const found = scan([support], lines.join('\n'))
    assert.deepEqual(
      found.map((f) => [f.line, f.endLine, f.tenant, f.jsonPath]),
      ['acme', 'globex', 'initech', 'umbrella', 'hooli'].map((tenant, i) => [i + 1, undefined, tenant, '$.request.messages[0].content']),
    )
  })

  it('the end of a prompt on one JSON line and its start on the next are two partial copies, one per record', () => {
    const words = support.text.split(' ')
    const half = Math.ceil(words.length / 2)
    const lines = [JSON.stringify({tenant: 'acme', output: words.slice(half).join(' ')}), JSON.stringify({tenant: 'globex', output: words.slice(0, half).join(' ')})]
    assert.deepEqual(
      scan([support], lines.join('\n')).map((f) => [f.line, f.endLine, f.tenant]),
      [
        [1, undefined, 'acme'],
        [2, undefined, 'globex'],
      ],
    )
  })

  it('two copies on one line, in two values, are two findings', () => {
    const line = JSON.stringify({request: {system: support.text}, response: {content: [{type: 'text', text: `Sure: ${support.text}`}]}})
    assert.deepEqual(
      scan([support], line).map((f) => f.jsonPath),
      ['$.request.system', '$.response.content[0].text'],
    )
  })

  it('two copies in adjacent strings of an array are two findings, each inside its string', () => {
    const line = JSON.stringify({parts: [support.text, support.text]})
    const found = scan([support], line)
    assert.deepEqual(
      found.map((f) => f.jsonPath),
      ['$.parts[0]', '$.parts[1]'],
    )
    for (const f of found) assert.ok(!line.slice(f.start, f.end).includes('"'))
  })

  it('a prompt repeated in one string is two findings', () => {
    const found = scan([support], JSON.stringify({output: `${support.text} ${support.text}`}))
    assert.equal(found.length, 2)
    assert.ok((found[0]?.end ?? 0) <= (found[1]?.start ?? 0))
  })

  it('a pretty-printed JSON document is one record: its copies have the document’s tenant and their own paths', () => {
    const doc = JSON.stringify({tenant: 'acme', messages: [{role: 'system', content: support.text}, {role: 'assistant', content: `Here: ${support.text}`}]}, null, 2)
    const found = scan([support], `${doc}\n`)
    assert.deepEqual(
      found.map((f) => [f.line, f.endLine, f.jsonPath, f.tenant]),
      [
        [6, undefined, '$.messages[0].content', 'acme'],
        [10, undefined, '$.messages[1].content', 'acme'],
      ],
    )
  })

  it('plain log lines are one text: a prompt re-wrapped over them is one copy; copies one after another are two', () => {
    const words = support.text.split(' ')
    const wrapped = ['2026-11-20T13:02:00Z INFO the model said:']
    for (let i = 0; i < words.length; i += 10) wrapped.push(`2026-11-20T13:02:01Z DEBUG model output: ${words.slice(i, i + 10).join(' ')}`)
    const found = scan([support], wrapped.join('\n'))
    assert.equal(found.length, 1)
    assert.equal(found[0]?.line, 2)
    assert.equal(found[0]?.endLine, wrapped.length)
    assert.equal(found[0]?.channel, 'outside-exchange')
    const stamped = [`2026-11-20T13:02:00Z INFO prompt=${support.text}`, `2026-11-20T13:03:00Z INFO prompt=${support.text}`]
    assert.deepEqual(
      scan([support], stamped.join('\n')).map((f) => [f.line, f.endLine]),
      [
        [1, undefined],
        [2, undefined],
      ],
    )
  })

  it('a long JSON line scanned in windows keeps its copies apart and on their paths', () => {
    const filler = 'x'.repeat(3000)
    const line = JSON.stringify({a: support.text, pad: filler, b: `quoted: ${support.text}`})
    const found = createScanner({fingerprint: (raw) => raw, prompts: [support], limits: {maxLineLength: 2048, windowOverlap: 512}})
      .scanText(`${line}\n${line}\n`)
      .filter((f) => f.category === 'prompt')
    assert.deepEqual(
      found.map((f) => [f.line, f.jsonPath]),
      [
        [1, '$.a'],
        [1, '$.b'],
        [2, '$.a'],
        [2, '$.b'],
      ],
    )
  })
})
