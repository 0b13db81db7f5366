/**
 * A JSON line too long to be tokenised whole is scanned in windows; its hits still get their JSON
 * paths, the same as the line would give if it were short.
 */
import assert from 'node:assert/strict'
import {describe, test} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import type {Finding, KnownPrompt} from '../../../src/domain/scan/types.js'
import {Rng, fakes, githubToken} from '../../fixtures/scan/fakes.js'
import {gatewayLog} from '../../fixtures/scan/gateway-log.js'

const rng = new Rng(29)
const fingerprint = (raw: string): string => String(raw.length)
/** Windows of 4 KiB: a line of some tens of KiB crosses several. */
const small = createScanner({fingerprint, limits: {maxLineLength: 4096, windowOverlap: 512}})
const whole = createScanner({fingerprint})

const where = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule}@${f.column} ${f.jsonPath ?? '-'}`)

describe('JSON paths on lines scanned in windows', () => {
  test('every hit of a long request line has the path a short line would give', () => {
    const image = 'iVBORw0KGgo'.repeat(1500)
    const request = {
      model: 'gpt-4o',
      messages: [
        {role: 'system', content: `You are the billing bot. Internal key: ${fakes.openaiProject(rng)}`},
        {role: 'user', content: [{type: 'image_url', image_url: {url: `data:image/png;base64,${image}`}}, {type: 'text', text: `my token is ${githubToken(rng)}`}]},
        {role: 'assistant', content: `"quoted \\" ${githubToken(rng)}" and more ${'filler '.repeat(900)}`},
      ],
      metadata: {'user email': 'someone.else@example.org', tags: [1, 2.5e3, null, true]},
    }
    const line = JSON.stringify(request)
    assert.ok(line.length > 5 * 4096, 'several windows')
    const windowed = small.scanText(`${line}\n`)
    const expected = whole.scanText(`${line}\n`)
    assert.equal(windowed.length, 4)
    assert.deepEqual(where(windowed), where(expected))
    assert.deepEqual(
      windowed.map((f) => f.jsonPath),
      ['$.messages[0].content', '$.messages[1].content[1].text', '$.messages[2].content', '$.metadata["user email"]'],
    )
  })

  test('a long line that is not JSON, or stops being JSON, gets no paths past that point', () => {
    const token = githubToken(rng)
    const text = `INFO ${'x'.repeat(10000)} {"token":"${token}"}`
    assert.deepEqual(small.scanText(`${text}\n`).map((f) => f.jsonPath), [undefined])
    const broken = `{"a":"${'y'.repeat(9000)}" "b":"${token}"}`
    assert.deepEqual(small.scanText(`${broken}\n`).map((f) => f.jsonPath), [undefined])
    // The next line starts afresh.
    const after = small.scanText(`${text}\n{"k":"${token}"}\n`)
    assert.deepEqual(after.map((f) => f.jsonPath), [undefined, '$.k'])
  })
})

/**
 * Records of real size (2–8 MB: the default windows of 1 MiB) holding copies of a registered
 * prompt and a secret in each channel: the request's system message, a user message after a large
 * base64 image, the model's reply, a tool result (its role written after its content). Each
 * finding's path and channel must be what the same record gives with its padding shrunk to a
 * short line, parsed whole.
 */
describe('paths and channels of every finding on a long JSON line', () => {
  const [prompt] = gatewayLog().prompts as [KnownPrompt]
  const scanner = createScanner({fingerprint, prompts: [prompt]})
  /** As a file is read: in pieces of 64 KiB, so a long line reaches the session in parts and is scanned in windows. */
  const streamed = (text: string): Finding[] => {
    const input = scanner.begin()
    const out: Finding[] = []
    for (let at = 0; at < text.length; at += 64 << 10) out.push(...input.push(text.slice(at, at + (64 << 10))))
    out.push(...input.end())
    return out
  }
  const seen = (findings: readonly Finding[]): string[] =>
    findings.map((f) => `${f.category} ${f.jsonPath ?? '-'} ${f.channel ?? '-'} ${f.tenant ?? '-'}`).sort()

  /** `tenantLast`: the record names its tenant after everything else (after megabytes of it). */
  const openai = (pad: number, tenantLast = false): string => {
    const token = (): string => githubToken(new Rng(pad % 97))
    return JSON.stringify({
      ...(tenantLast ? {} : {tenant: 'fabrikam'}),
      request: {
        model: 'gpt-4o',
        messages: [
          {role: 'system', content: `${prompt.text} Deploy key ${token()}`},
          {role: 'user', content: 'earlier turn '.repeat(Math.floor(pad / 26))},
          {
            role: 'user',
            content: [
              {type: 'image_url', image_url: {url: `data:image/png;base64,${'iVBORw0KGgo'.repeat(Math.floor(pad / 22))}`}},
              {type: 'text', text: `Found this online: ${prompt.text} and ${token()}`},
            ],
          },
          {content: `Search results: ${prompt.text} ${token()}`, tool_call_id: 'call_1', role: 'tool'},
        ],
      },
      response: {choices: [{index: 0, message: {role: 'assistant', content: `My instructions are: ${prompt.text} ${token()}`}}]},
      ...(tenantLast ? {tenant_id: 'contoso'} : {}),
    })
  }

  const anthropic = (pad: number): string =>
    JSON.stringify({
      request: {
        system: prompt.text,
        messages: [
          {role: 'user', content: [{type: 'image', source: {type: 'base64', media_type: 'image/png', data: 'AAAA'.repeat(Math.floor(pad / 4))}}, {type: 'text', text: `Repeat: ${prompt.text}`}]},
          {role: 'user', content: [{type: 'tool_result', tool_use_id: 't1', content: `Retrieved: ${prompt.text}`}]},
        ],
      },
      response: {role: 'assistant', content: [{type: 'text', text: `Sure. ${prompt.text}`}]},
    })

  for (const size of [2.5e6, 8e6]) {
    test(`an OpenAI chat record of ${size / 1e6} MB: paths and channels as when short`, () => {
      const long = openai(size)
      assert.ok(long.length > size * 0.9)
      const windowed = streamed(`${long}\n`)
      const short = scanner.scanText(`${openai(200)}\n`)
      assert.deepEqual(seen(windowed), seen(short))
      assert.deepEqual(
        seen(windowed.filter((f) => f.category === 'prompt')),
        [
          'prompt $.request.messages[0].content system fabrikam',
          'prompt $.request.messages[2].content[1].text user-message fabrikam',
          'prompt $.request.messages[3].content tool-result fabrikam',
          'prompt $.response.choices[0].message.content model-output fabrikam',
        ],
      )
      assert.equal(windowed.filter((f) => f.category !== 'prompt').length, 4, 'the four secrets')
    })
  }

  test('a record that names its tenant after 3 MB of messages: every finding on it gets that tenant', () => {
    const windowed = streamed(`${openai(3e6, true)}\n${JSON.stringify({tenant: 'northwind', note: `pasted ${prompt.text}`})}\n`)
    const short = scanner.scanText(`${openai(300, true)}\n${JSON.stringify({tenant: 'northwind', note: `pasted ${prompt.text}`})}\n`)
    assert.deepEqual(seen(windowed), seen(short))
    const tenants = windowed.map((f) => `${f.line} ${f.tenant ?? '-'}`)
    assert.equal(tenants.filter((t) => t === '1 contoso').length, 8, 'four copies and four secrets on the long line')
    assert.deepEqual(tenants.filter((t) => !t.startsWith('1 ')), ['2 northwind'])
  })

  test('a long plain-text line with a key=value tenant at its end; a long line naming none gets none', () => {
    const token = githubToken(rng)
    const text = `INFO ${'x'.repeat(3 << 20)} token=${token} tenant=acme-eu\nINFO ${'y'.repeat(3 << 20)} token=${githubToken(rng)}\n`
    const found = streamed(text)
    assert.deepEqual(found.map((f) => `${f.line} ${f.rule} ${f.tenant ?? '-'}`), ['1 github-token acme-eu', '2 github-token -'])
  })

  test('an Anthropic messages record of 3 MB: paths and channels as when short', () => {
    const windowed = streamed(`${anthropic(3e6)}\n`)
    const short = scanner.scanText(`${anthropic(100)}\n`)
    assert.equal(windowed.length, 4)
    assert.deepEqual(seen(windowed), seen(short))
  })
})
