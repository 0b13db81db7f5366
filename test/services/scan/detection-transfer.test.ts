import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {deserialize, serialize} from 'node:v8'

import {generateCorpus} from '../../../bench/scan/corpus.js'
import {createDetectionSessions} from '../../../src/domain/scan/engine.js'
import type {Detection} from '../../../src/domain/scan/types.js'
import {packDetections, unpackDetections} from '../../../src/services/scan/detection-transfer.js'

/** What a worker's message does to the packed form: a structured clone (the values' buffer moved). */
function posted(detections: readonly Detection[]): Detection[] {
  const packed = packDetections(detections)
  assert.ok(packed !== undefined, 'the detections were not packed')
  return unpackDetections(deserialize(serialize(packed)) as typeof packed)
}

const every: Detection = {
  rule: 'aws-secret-key',
  category: 'secret',
  line: 12,
  start: 4,
  end: 44,
  endLine: 13,
  jsonPath: '$.messages[0].content',
  masked: 'wJal…KEY',
  length: 40,
  secret: 'a raw value, made up for this test',
  promptName: 'support-bot',
  coverage: 0.8125,
  tenant: 'fabrikam',
  channel: 'model-output',
  confidence: 'low',
  reason: 'checksum fails: a truncated copy, an example, or a test value',
  pair: {rule: 'aws-access-key-id', line: 11, column: 7, masked: 'AKIA…'},
  partner: 'the other half, made up too',
}

describe('detections posted by a scan worker', () => {
  it('arrive field for field, every optional field included', () => {
    const minimal: Detection = {rule: 'email', category: 'pii', line: 1, start: 0, end: 5, masked: 'a…', length: 5, secret: 'a@b.c'}
    assert.deepEqual(posted([every, minimal, {...every, coverage: 1 / 3, line: 2 ** 40}]), [every, minimal, {...every, coverage: 1 / 3, line: 2 ** 40}])
    assert.deepEqual(posted([]), [])
  })

  it('give each detection a pair of its own (the main thread shifts its line)', () => {
    const [a, b] = posted([every, {...every, line: 14}])
    assert.ok(a?.pair !== undefined && b?.pair !== undefined)
    assert.notEqual(a.pair, b.pair)
    a.pair.line += 100
    assert.equal(b.pair.line, 11)
  })

  it('arrive as a real scan of the bench corpus made them, with prompts, JSON paths and low-confidence findings', () => {
    const prompts = readFileSync(resolve('..', 'shared', 'vectors', 'prompt-extraction', 'data', 'dev.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {id: string; instruction: string})
      .map((p) => ({name: p.id, text: p.instruction}))
    const corpus = generateCorpus({lines: 3000, seed: 11, prompts})
    const session = createDetectionSessions({prompts: corpus.prompts})()
    const detections = [...session.push(corpus.text), ...session.end()]
    assert.ok(detections.some((d) => d.confidence === 'low') && detections.some((d) => d.category === 'prompt') && detections.some((d) => d.jsonPath !== undefined))
    assert.deepEqual(posted(detections), detections)
  })

  it('are not packed when one holds a field the packing does not know, or a field set to undefined, or of another type', () => {
    assert.equal(packDetections([every, {...every, extra: 1} as Detection]), undefined)
    assert.equal(packDetections([{...every, tenant: undefined} as unknown as Detection]), undefined)
    assert.equal(packDetections([{...every, line: '12'} as unknown as Detection]), undefined)
    assert.equal(packDetections([{...every, pair: 'not an object'} as unknown as Detection]), undefined)
  })

  it('are not packed when a pair holds what JSON would drop or change (undefined, a non-finite number, -0, an object)', () => {
    const pair = every.pair as NonNullable<Detection['pair']>
    for (const odd of [{...pair, masked: undefined}, {...pair, line: Number.NaN}, {...pair, column: Number.POSITIVE_INFINITY}, {...pair, line: -0}, {...pair, rule: {id: 'x'}}, [1, 2]]) {
      assert.equal(packDetections([{...every, pair: odd} as unknown as Detection]), undefined, JSON.stringify(odd))
    }
  })
})
