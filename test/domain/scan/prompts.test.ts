import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {PromptIndex, PromptStream, shingles, winnow} from '../../../src/domain/scan/prompts.js'
import type {Finding, KnownPrompt} from '../../../src/domain/scan/types.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const DEV = resolve('..', 'shared', 'vectors', 'prompt-extraction', 'data', 'dev.jsonl')
/** What the scanner warns about when these prompts are loaded. */
const unmatchablePrompts = (prompts: readonly KnownPrompt[]): PromptIndex['unmatchable'] => new PromptIndex(prompts).unmatchable

const dev: KnownPrompt[] = readFileSync(DEV, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as {id: string; instruction: string})
  .map((p) => ({name: p.id, text: p.instruction}))

const registered = dev.filter((_, i) => i % 2 === 0)
const unregistered = dev.filter((_, i) => i % 2 === 1)
const scanner = createScanner({fingerprint: (raw) => raw, prompts: registered})
const promptHits = (text: string): Finding[] => scanner.scanText(text).filter((f) => f.category === 'prompt')

function third(rng: Rng, text: string): string {
  const words = text.split(/\s+/).filter((w) => w.length > 0)
  const length = Math.ceil(words.length / 3)
  const start = rng.int(words.length - length + 1)
  return words.slice(start, start + length).join(' ')
}

const longEnough = registered.filter((p) => p.text.split(/\s+/).length >= 30)

describe('winnowing', () => {
  it('keeps at least one fingerprint in every window', () => {
    const hashes = shingles(dev[0]?.text ?? '', 4)
    const picked = new Set(winnow(hashes, 4))
    for (let i = 0; i + 4 <= hashes.length; i++) assert.ok(hashes.slice(i, i + 4).some((h) => picked.has(h)))
  })

  it('ignores case, punctuation and whitespace', () => {
    assert.deepEqual(shingles('You are  a helpful,\nassistant!', 4), shingles('YOU ARE A HELPFUL ASSISTANT', 4))
  })

  it('indexes every prompt with a positive number of fingerprints when it has enough words', () => {
    const index = new PromptIndex(registered)
    registered.forEach((p, id) => {
      if (p.text.split(/\s+/).length >= 12) assert.ok((index.totals[id] ?? 0) > 0, p.name)
    })
  })
})

describe('known prompts', () => {
  it('finds a whole prompt copied into a log line, with its name and full coverage', () => {
    const prompt = longEnough[0] as KnownPrompt
    const hits = promptHits(`2024-05-01T10:00:00Z INFO reply=${JSON.stringify(prompt.text)}`)
    assert.equal(hits.length, 1)
    assert.equal(hits[0]?.promptName, prompt.name)
    assert.ok((hits[0]?.coverage ?? 0) > 0.9)
    assert.equal(hits[0]?.masked, `[prompt:${prompt.name}]`)
  })

  it('finds a third of a prompt, re-cased and quoted, in at least 90% of cases', () => {
    const rng = new Rng(1)
    let found = 0
    for (const prompt of longEnough) {
      const copy = third(rng, prompt.text)
      const hits = promptHits(`the model answered: "${rng.int(2) === 0 ? copy.toUpperCase() : copy}" and stopped`)
      if (hits.some((h) => h.promptName === prompt.name)) found++
    }
    assert.ok(found / longEnough.length >= 0.9, `${found}/${longEnough.length}`)
  })

  it('finds a prompt re-wrapped over several log lines, spanning them', () => {
    const prompt = longEnough[1] as KnownPrompt
    const words = prompt.text.split(/\s+/)
    const lines = ['header']
    for (let i = 0; i < words.length; i += 6) lines.push(`  > ${words.slice(i, i + 6).join(' ')}`)
    lines.push('footer')
    const hits = promptHits(lines.join('\n'))
    assert.equal(hits.length, 1)
    assert.equal(hits[0]?.line, 2)
    assert.equal(hits[0]?.endLine, lines.length - 1)
  })

  it('finds a prompt inside a JSON string and reports its path', () => {
    const prompt = longEnough[2] as KnownPrompt
    const line = JSON.stringify({choices: [{message: {role: 'assistant', content: `Sure! My instructions are:\n\n${prompt.text}`}}]})
    const hits = promptHits(line)
    assert.equal(hits[0]?.promptName, prompt.name)
    assert.equal(hits[0]?.jsonPath, '$.choices[0].message.content')
  })

  it('reports two separate copies of one prompt twice', () => {
    const prompt = longEnough[3] as KnownPrompt
    const filler = Array.from({length: 100}, (_, i) => `unrelated${i}`).join(' ')
    assert.equal(promptHits(`${prompt.text}\n${filler}\n${prompt.text}`).length, 2)
  })

  it('flags almost none of 200 unregistered prompts from the same collection', () => {
    const flagged = unregistered.filter((p) => promptHits(p.text).length > 0)
    // What is flagged shares long passages with a registered prompt (templates); keep that rare.
    assert.ok(flagged.length <= 10, `${flagged.length} flagged`)
  })

  it('does not flag ordinary prose or logs', () => {
    const text = 'GET /v1/chat/completions 200 in 532ms\nThe quick brown fox jumps over the lazy dog. You are a user of this system and you will be billed.'
    assert.deepEqual(promptHits(text), [])
  })
})

describe('prompts that can never be matched', () => {
  it('are reported at load time, with the reason, and only they', () => {
    const prompts: KnownPrompt[] = [
      {name: 'helpful', text: 'You are helpful'},
      {name: 'five-words', text: 'Never reveal the discount codes.'},
      {name: 'six-words', text: 'Never reveal the internal discount codes.'},
      {name: 'repeats', text: 'no no no no no no no no no no'},
      ...registered.slice(0, 5),
    ]
    const unmatchable = unmatchablePrompts(prompts)
    assert.deepEqual(
      unmatchable.map((u) => [u.name, u.reason, u.words, u.fingerprints, u.needed]),
      [
        ['helpful', 'too-short', 3, 0, 3],
        ['five-words', 'too-short', 5, 2, 3],
        ['repeats', 'not-distinctive', 10, 1, 3],
      ],
    )
    assert.equal(unmatchable[0]?.minWords, 6)
    assert.match(unmatchable[0]?.message ?? '', /^prompt helpful has 3 words, fewer than the 6 a prompt needs to be fingerprinted/)
    assert.ok(unmatchable.every((u) => !u.message.includes('You are helpful')), 'the prompt text is never quoted')
    assert.deepEqual(unmatchablePrompts([]), [])
  })

  it('are exactly those no copy can ever be found of: the shortest matchable prompt is found', () => {
    const prompts: KnownPrompt[] = [
      {name: 'helpful', text: 'You are helpful'},
      {name: 'six-words', text: 'Never reveal the internal discount codes.'},
    ]
    const found = createScanner({fingerprint: (raw) => raw, prompts})
      .scanText('model: You are helpful. Never reveal the internal discount codes. Bye.')
      .map((f) => f.promptName)
    assert.deepEqual(found, ['six-words'])
  })

  it('include a prompt whose every fingerprint is shared boilerplate', () => {
    const boilerplate = 'You are a helpful assistant for the Acme company support desk'
    // Three prompts that differ only by their last word: everything else is shared by all three.
    const prompts = ['a', 'b', 'c'].map((name) => ({name, text: `${boilerplate} ${name === 'a' ? 'alpha' : name === 'b' ? 'bravo' : 'charlie'}`}))
    assert.deepEqual(
      unmatchablePrompts(prompts).map((u) => [u.name, u.reason]),
      [['a', 'not-distinctive'], ['b', 'not-distinctive'], ['c', 'not-distinctive']],
    )
  })

  it('include a second file with the same text (case and spacing aside): its copies are reported under the first name', () => {
    const text = registered[0]!.text
    const prompts = [
      {name: 'support-bot', text},
      {name: 'support-bot-copy', text: `  ${text.toUpperCase().replaceAll(' ', '\n')}  `},
      ...registered.slice(1, 3),
    ]
    assert.deepEqual(
      unmatchablePrompts(prompts).map((u) => [u.name, u.reason, u.message]),
      [['support-bot-copy', 'duplicate', 'prompt support-bot-copy has the same text as prompt support-bot: its copies are reported as support-bot']],
    )
    const found = createScanner({fingerprint: (raw) => raw, prompts}).scanText(`leaked: ${text}`).map((f) => f.promptName)
    assert.deepEqual(found, ['support-bot'])
    // Three copies: still found, under the first name (copies do not count as shared fingerprints).
    const three = [{name: 'p0', text}, {name: 'p1', text}, {name: 'p2', text}]
    assert.deepEqual(unmatchablePrompts(three).map((u) => [u.name, u.reason]), [['p1', 'duplicate'], ['p2', 'duplicate']])
    assert.deepEqual(createScanner({fingerprint: (raw) => raw, prompts: three}).scanText(`leaked: ${text}`).map((f) => f.promptName), ['p0'])
  })
})

describe('the prompt stream', () => {
  const accented: KnownPrompt = {
    name: 'accented',
    text: 'Du bist ein höflicher Assistent für Überweisungen und beantwortest nur Fragen zur Bank, niemals über Kryptowährung oder Aktienkurse; Σύνοψη πάντα στα ελληνικά όταν ζητηθεί',
  }
  const index = new PromptIndex([accented, ...registered.slice(0, 10)])

  it('matches a copy in capitals, non-ASCII letters included, with full coverage', () => {
    const stream = new PromptStream(index)
    const hits = [...stream.feed(`reply: ${accented.text.toUpperCase()} ok`, 7, 0), ...stream.finish()]
    assert.deepEqual(
      hits.map((h) => [h.name, h.line, h.coverage]),
      [['accented', 7, 1]],
    )
  })

  it('reads a range of a larger string as it reads that piece alone', () => {
    const piece = `the assistant said «${accented.text}» then ${registered[0]?.text ?? ''}`
    const alone = new PromptStream(index)
    const expected = [...alone.feed(piece, 3, 5), ...alone.finish()]
    assert.ok(expected.length >= 2)
    // Letters touch the range on both sides: words outside it must not join the piece's first or last word.
    const around = `xyzλ${piece}wordλ`
    const ranged = new PromptStream(index)
    const got = [...ranged.feed(around, 3, 5, undefined, undefined, 4, 4 + piece.length), ...ranged.finish()]
    assert.deepEqual(got, expected)
  })
})
