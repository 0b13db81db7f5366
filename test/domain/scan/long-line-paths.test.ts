/**
 * A JSON line too long to be tokenised whole is scanned in windows; its hits still get their JSON
 * paths, the same as the line would give if it were short.
 */
import assert from 'node:assert/strict'
import {describe, test} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import type {Finding} from '../../../src/domain/scan/types.js'
import {Rng, fakes, githubToken} from '../../fixtures/scan/fakes.js'

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
