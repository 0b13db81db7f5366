/**
 * National phone formats (src/domain/scan/rules/phones.ts): numbers generated at test time from
 * each country's plan are found in the forms people write them, alone where the form is
 * distinctive (a trunk 0 and eleven digits, groups, an area code in parentheses) and otherwise
 * only after a phone word; dates, SSNs, order numbers, timestamps and groups of longer codes are not.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {NATIONAL_PHONE_COUNTRIES, PHONE_WORDS} from '../../../src/domain/scan/rules/phones.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
/** PII findings as `rule:text` (the matched text, read back from the input). */
const found = (text: string): string[] =>
  scanner
    .scanText(text)
    .filter((f) => f.category === 'pii')
    .map((f) => `${f.rule}:${text.slice(f.start, f.end)}`)

interface Country {
  name: string
  /** A national number, trunk prefix included. */
  make: (rng: Rng) => string
  /** Grouped as the country prints it. */
  group: (n: string) => string
}

const split = (n: string, ...sizes: number[]): string => {
  const out: string[] = []
  let at = 0
  for (const size of sizes) {
    out.push(n.slice(at, at + size))
    at += size
  }
  if (at < n.length) out.push(n.slice(at))
  return out.join(' ')
}

/** Countries whose eleven-digit mobile numbers count alone, compact or grouped. */
const BARE: Country[] = [
  {name: 'PH', make: (r) => `09${r.int(9) + 1}${r.digits(8)}`, group: (n) => split(n, 4, 3, 4)},
  {name: 'TR', make: (r) => `05${r.int(6) + 30}${r.digits(7)}`.slice(0, 11), group: (n) => split(n, 4, 3, 2, 2)},
  {name: 'GB', make: (r) => `07${r.pick(['4', '5', '7', '8', '9'])}${r.digits(8)}`, group: (n) => split(n, 5, 6)},
  {name: 'JP', make: (r) => `0${r.pick(['7', '8', '9'])}0${r.digits(8)}`, group: (n) => `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`},
  {name: 'KR', make: (r) => `010${r.int(9) + 1}${r.digits(7)}`, group: (n) => `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`},
  {name: 'IN', make: (r) => `0${r.int(4) + 6}${r.digits(9)}`, group: (n) => split(n, 6, 5)},
  {name: 'NG', make: (r) => `0${r.pick(['70', '80', '81', '90'])}${r.digits(8)}`, group: (n) => split(n, 4, 3, 4)},
  {name: 'DE', make: (r) => `01${r.pick(['51', '60', '70', '76'])}${r.digits(7)}`, group: (n) => split(n, 4, 7)},
]

/** Ten digits with a trunk 0: grouped alone, compact only after a phone word. */
const TEN: Country[] = [
  {name: 'FR', make: (r) => `0${r.pick(['6', '7'])}${r.digits(8)}`, group: (n) => split(n, 2, 2, 2, 2, 2)},
  {name: 'NL', make: (r) => `06${r.digits(8)}`, group: (n) => `${n.slice(0, 2)}-${n.slice(2)}`},
  {name: 'AU', make: (r) => `04${r.digits(8)}`, group: (n) => split(n, 4, 3, 3)},
  {name: 'ZA', make: (r) => `0${r.pick(['6', '7', '8'])}${r.int(9) + 1}${r.digits(7)}`, group: (n) => split(n, 3, 3, 4)},
  {name: 'CH', make: (r) => `07${r.pick(['5', '6', '7', '8', '9'])}${r.digits(7)}`, group: (n) => split(n, 3, 3, 2, 2)},
]

/** No trunk prefix: only after a phone word, whatever the form. */
const NAMED: Country[] = [
  {name: 'ES', make: (r) => `6${r.digits(8)}`, group: (n) => split(n, 3, 2, 2, 2)},
  {name: 'IT', make: (r) => `3${r.int(5) + 20}${r.digits(7)}`.slice(0, 10), group: (n) => split(n, 3, 7)},
  {name: 'CN', make: (r) => `1${r.int(7) + 3}${r.digits(9)}`, group: (n) => split(n, 3, 4, 4)},
  {name: 'TR', make: (r) => `5${r.int(6) + 30}${r.digits(7)}`.slice(0, 10), group: (n) => split(n, 3, 3, 2, 2)},
  {name: 'SG', make: (r) => `${r.pick(['8', '9'])}${r.digits(7)}`, group: (n) => split(n, 4, 4)},
]

describe('national phone formats', () => {
  it('cover at least 30 countries, with phone words in their languages', () => {
    assert.ok(NATIONAL_PHONE_COUNTRIES.length >= 30, NATIONAL_PHONE_COUNTRIES.join(' '))
    for (const word of ['tel', 'phone', 'handy', 'celular', 'cep', 'whatsapp']) assert.ok(PHONE_WORDS.includes(word), word)
  })

  for (const c of BARE) {
    it(`${c.name}: eleven-digit numbers alone, compact and grouped`, () => {
      const rng = new Rng(c.name.charCodeAt(0) * 7 + c.name.charCodeAt(1))
      for (let i = 0; i < 8; i++) {
        const n = c.make(rng)
        assert.equal(n.length, 11, n)
        // (A number that is also a checked national id, a CPF say, is reported as that: it wins the overlap.)
        assert.deepEqual(found(`${n}`).map((f) => f.replace(/^national-id:/, 'phone:')), [`phone:${n}`], n)
        assert.deepEqual(found(`reach me on ${c.group(n)} please`), [`phone:${c.group(n)}`], c.group(n))
        // Inside a longer digit run or a word it is not a number of its own.
        assert.deepEqual(found(`id ${n}7 x`), [], `${n}7`)
        assert.deepEqual(found(`ref${n}`), [], `ref${n}`)
      }
    })
  }

  for (const c of TEN) {
    it(`${c.name}: ten digits grouped alone, compact only after a phone word`, () => {
      const rng = new Rng(c.name.charCodeAt(0) * 11 + c.name.charCodeAt(1))
      for (let i = 0; i < 8; i++) {
        const n = c.make(rng)
        assert.deepEqual(found(`ring ${c.group(n)} today`), [`phone:${c.group(n)}`], c.group(n))
        assert.deepEqual(found(`ref ${n} ok`), [], `compact ${n} alone`)
        assert.deepEqual(found(`Tel.: ${n}`), [`phone:${n}`], `Tel.: ${n}`)
      }
    })
  }

  for (const c of NAMED) {
    it(`${c.name}: without a trunk prefix, only after a phone word`, () => {
      const rng = new Rng(c.name.charCodeAt(0) * 13 + c.name.charCodeAt(1))
      for (let i = 0; i < 8; i++) {
        const n = c.make(rng)
        for (const form of [n, c.group(n)]) {
          assert.deepEqual(found(`number ${form} ok`).filter((f) => f.startsWith('phone:')), [], `${form} alone`)
          for (const word of ['phone', 'Teléfono:', 'Handy', 'call me at', 'Cep no:', 'Mob.']) {
            assert.deepEqual(found(`${word} ${form}`).map((f) => f.replace(/^national-id:/, 'phone:')), [`phone:${form}`], `${word} ${form}`)
          }
        }
      }
    })
  }

  it('an area code in parentheses is a phone number\'s notation', () => {
    for (const text of ['0 (917) 123 4567', '0 (532) 1234567', '(02) 9374 4000', '(11) 91234-5678']) {
      assert.deepEqual(found(`x ${text} y`), [`phone:${text}`], text)
    }
  })

  it('not dates, SSNs, order numbers, timestamps, versions, SIN-shaped groups or groups of a longer code', () => {
    const rng = new Rng(77)
    for (let i = 0; i < 40; i++) {
      const quiet = [
        `order ${rng.digits(12)} qty 3`,
        `ts=${1700000000000 + rng.int(1e9)}`,
        `date 2024-0${rng.int(9) + 1}-1${rng.int(9)} and 0${rng.int(9) + 1}.0${rng.int(9) + 1}.2024`,
        `id 1${rng.digits(2)}-${rng.digits(3)}-${rng.digits(4)}`,
        `ref 0${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`,
        `IBAN GB29 NWBK 6016 1331 9268 19 and GT82 TRAJ 0102 0000 0012 1002 9690`,
        `elapsed ${rng.int(999)}ms status ${rng.pick([200, 404])} bytes ${rng.int(99999)}`,
        `0${rng.digits(9)}`,
      ]
      for (const text of quiet) assert.deepEqual(found(text).filter((f) => f.startsWith('phone:')), [], text)
    }
    // A trailing count after the number is not part of it.
    assert.deepEqual(found('call 0917 123 4567 2 times'), ['phone:0917 123 4567'])
    // A word that only contains a phone word is not one.
    assert.deepEqual(found('except 5321234567 and hotel 5321234567'), [])
    // Nor does a word that starts like one: telemetry, cells, callback.
    assert.deepEqual(found('telemetry span 0612345678, cells 0612345678, callback 0612345678'), [])
    assert.deepEqual(found('Telefonnummer 0612345678, mobile: 0612345678, cellphone 0612345678').length, 3)
  })
})
