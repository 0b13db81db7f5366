/**
 * National identity numbers and IP addresses: numbers generated at test time with valid check
 * digits (and dates, where the number holds one) are found; the same numbers with one digit
 * changed are not; IP addresses only when public.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {luhnValid} from '../../../src/domain/scan/checks.js'
import {
  aadhaarValid, bsnValid, codiceFiscaleValid, cpfValid, deTaxIdValid, dniValid, hetuValid, medicareValid, ninoValid, nricValid,
  deIdCardValid, nirValid, peselValid, personnummerValid, rrnValid, sinValid, tcknValid, tfnValid, verhoeffValid, zaIdValid,
} from '../../../src/domain/scan/rules/national-ids.js'
import {ipv6Valid} from '../../../src/domain/scan/rules/network.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const found = (text: string): string[] => scanner.scanText(text).filter((f) => f.category === 'pii').map((f) => `${f.rule}:${f.masked.split(' …')[0]}`)

/** Completes `partial` with the one digit (0-9) that makes `valid` true, or null. */
function complete(partial: string, valid: (n: string) => boolean): string | null {
  for (let d = 0; d <= 9; d++) if (valid(`${partial}${d}`)) return `${partial}${d}`
  return null
}

/** A valid number: random digits from `make` until one can be completed. */
function generate(rng: Rng, make: (rng: Rng) => string, valid: (n: string) => boolean): string {
  for (;;) {
    const done = complete(make(rng), valid)
    if (done !== null) return done
  }
}

/** The same number with one digit changed so that it no longer validates. */
function broken(n: string, valid: (n: string) => boolean): string {
  for (let i = n.length - 1; i >= 0; i--) {
    if (!/\d/.test(n[i] ?? '')) continue
    for (let d = 0; d <= 9; d++) {
      const candidate = `${n.slice(0, i)}${d}${n.slice(i + 1)}`
      if (!valid(candidate)) return candidate
    }
  }
  throw new Error('cannot break')
}

const date = (rng: Rng): string => `${String(rng.int(90) + 10)}${String(rng.int(12) + 1).padStart(2, '0')}${String(rng.int(28) + 1).padStart(2, '0')}`

/** Nine digits and the TCKN's tenth (its first check digit); `complete` finds the eleventh. */
function tcknHead(rng: Rng): string {
  const d = [rng.int(9) + 1, ...Array.from({length: 8}, () => rng.int(10))]
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0)
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0)
  return `${d.join('')}${(((odd * 7 - even) % 10) + 10) % 10}`
}

/** Nine digits and the CPF's first check digit; `complete` finds the second. */
function cpfHead(rng: Rng): string {
  const d = Array.from({length: 9}, () => rng.int(10))
  const rest = (d.reduce((s, x, i) => s + x * (10 - i), 0) * 10) % 11
  return `${d.join('')}${rest === 10 ? 0 : rest}`
}

interface Case {
  kind: string
  make: (rng: Rng) => string
  valid: (n: string) => boolean
  print: (n: string) => string
}

const CASES: Case[] = [
  {kind: 'DE Steuer-ID', make: (r) => `${r.int(9) + 1}${r.digits(9)}`, valid: deTaxIdValid, print: (n) => `Steuer-ID ${n}`},
  {kind: 'PL PESEL', make: (r) => `${date(r)}${r.digits(4)}`, valid: peselValid, print: (n) => `PESEL ${n}`},
  {kind: 'TR TCKN', make: tcknHead, valid: tcknValid, print: (n) => `TC Kimlik No: ${n}`},
  {kind: 'BR CPF', make: cpfHead, valid: cpfValid, print: (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`},
  {kind: 'CA SIN', make: (r) => `${r.int(7) + 1}${r.digits(7)}`, valid: sinValid, print: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`},
  {kind: 'IN Aadhaar', make: (r) => `${r.int(8) + 2}${r.digits(10)}`, valid: aadhaarValid, print: (n) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`},
  // Born 1950-1999 (a 13-digit Luhn number starting with 4 is also a Visa card number, which
  // wins) with a sequence starting 0 (a Korean RRN has 1-8 there): numbers that are only ZA ids.
  {kind: 'ZA ID', make: (r) => `${r.int(5) + 5}${date(r).slice(1)}0${r.digits(3)}0${r.digits(1)}`, valid: zaIdValid, print: (n) => `ID ${n}`},
  {kind: 'KR RRN', make: (r) => `${date(r)}-${r.int(4) + 1}${r.digits(5)}`, valid: (n) => rrnValid(n.replace('-', '')), print: (n) => n},
  // The 12-digit form: YYMMDD-NNNC reads as a North American phone number too, which wins.
  {kind: 'SE personnummer', make: (r) => `19${date(r)}-${r.digits(3)}`, valid: (n) => personnummerValid(n.replace('-', '')), print: (n) => n},
]

describe('national identity numbers', () => {
  for (const c of CASES) {
    it(`${c.kind}: valid numbers found, broken ones not`, () => {
      const rng = new Rng(c.kind.length * 31)
      for (let i = 0; i < 6; i++) {
        const n = generate(rng, c.make, c.valid)
        assert.deepEqual(found(`my number: ${c.print(n)}.`), [`national-id:${c.kind}`], c.print(n))
        const bad = broken(n, c.valid)
        // (A broken number may happen to be valid as another country's: only its own kind must go.)
        assert.deepEqual(found(`my number: ${c.print(bad)}.`).filter((f) => f === `national-id:${c.kind}`), [], `broken ${c.print(bad)}`)
      }
    })
  }

  it('letter-led kinds: NINO, NIE, codice fiscale, NRIC/FIN, with their checks', () => {
    assert.equal(ninoValid('AB 12 34 56 C'), true)
    assert.equal(ninoValid('GB 12 34 56 C'), false)
    // NIE: X + 7 digits, letter from the table (X→0).
    const nie = (digits: string): string => `X${digits}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23]}`
    assert.equal(dniValid(nie('1234567')), true)
    assert.deepEqual(found(`NIE ${nie('7654321')}`), ['national-id:ES NIE'])
    assert.equal(dniValid(`X1234567${'TRWAGMYFPDXBNJZSQVHLCKE'[(1234567 + 1) % 23]}`), false)
    assert.equal(nricValid('S1234567D'), true)
    assert.equal(nricValid('S1234567A'), false)
    assert.equal(codiceFiscaleValid('RSSMRA85T10A562S'), true)
    assert.equal(codiceFiscaleValid('RSSMRA85T10A562T'), false)
    assert.deepEqual(found('codice fiscale RSSMRA85T10A562S'), ['national-id:IT codice fiscale'])
    assert.equal(hetuValid('131052-308T'), true)
    assert.deepEqual(found('hetu 131052-308T'), ['national-id:FI HETU'])
    assert.equal(hetuValid('131052-308U'), false)
  })

  it('weak checksums need the printed grouping or the name nearby', () => {
    const rng = new Rng(5)
    const tfn = generate(rng, (r) => r.digits(8), tfnValid)
    assert.deepEqual(found(`ref ${tfn} ok`).filter((f) => f.includes('TFN')), [])
    assert.deepEqual(found(`my TFN is ${tfn}`), ['national-id:AU TFN'])
    const bsn = generate(rng, (r) => r.digits(8), bsnValid)
    assert.deepEqual(found(`order ${bsn}`).filter((f) => f.includes('BSN')), [])
    assert.deepEqual(found(`BSN: ${bsn}`), ['national-id:NL BSN'])
    const medicare = generate(rng, (r) => `${r.int(5) + 2}${r.digits(7)}`, (n) => medicareValid(`${n}1`))
    assert.deepEqual(found(`card ${medicare.slice(0, 4)} ${medicare.slice(4)} 1`), ['national-id:AU Medicare'])
    // Twelve digits pass Verhoeff one time in ten: an order number is not an Aadhaar without the name.
    const aadhaar = generate(rng, (r) => `${r.int(8) + 2}${r.digits(10)}`, verhoeffValid)
    assert.deepEqual(found(`order ${aadhaar} qty 2`), [])
    assert.ok(luhnValid('0') && !luhnValid('1'))
  })

  it('a group of a longer grouped code is not a number of its own', () => {
    const rng = new Rng(9)
    const n = generate(rng, (r) => `${r.int(8) + 2}${r.digits(10)}`, aadhaarValid)
    assert.deepEqual(found(`serial AB12 ${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`), [])
  })
})

describe('FR NIR and DE ID card', () => {
  /** A NIR: sex, year, month, département (2A/2B too), commune, order, key. */
  function nir(rng: Rng, department = String(rng.int(95) + 1).padStart(2, '0')): string {
    const head = `${rng.pick(['1', '2'])}${rng.digits(2)}${String(rng.int(12) + 1).padStart(2, '0')}${department}${rng.digits(3)}${String(rng.int(999) + 1).padStart(3, '0')}`
    const numeric = BigInt(head.replace('2A', '19').replace('2B', '18'))
    return `${head}${String(Number(97n - (numeric % 97n))).padStart(2, '0')}`
  }
  const spaced = (n: string): string => [n.slice(0, 1), n.slice(1, 3), n.slice(3, 5), n.slice(5, 7), n.slice(7, 10), n.slice(10, 13), n.slice(13)].join(' ')

  it('NIR: key mod 97 checked, compact or in its printed groups, Corsica too', () => {
    const rng = new Rng(33)
    for (let i = 0; i < 20; i++) {
      const n = nir(rng, i % 5 === 0 ? rng.pick(['2A', '2B']) : undefined)
      assert.ok(nirValid(n), n)
      assert.deepEqual(found(`numéro de sécurité sociale ${n} ok`), ['national-id:FR NIR'], n)
      assert.deepEqual(found(`NIR ${spaced(n)}.`), ['national-id:FR NIR'], spaced(n))
      const wrongKey = `${n.slice(0, 13)}${String((Number(n.slice(13)) % 97) + 1).padStart(2, '0')}`
      assert.equal(nirValid(wrongKey), false)
      assert.deepEqual(found(`NIR ${wrongKey}`).filter((f) => f.includes('FR NIR')), [])
    }
    // A month that is none (13-19) fails before the key is read.
    assert.equal(nirValid('184137645108946'), false)
  })

  /** A Personalausweis number: eight characters of its alphabet and the ICAO 7-3-1 check digit. */
  function idCard(rng: Rng): string {
    const head = `${rng.pick([...'CFGHJKLMNPRTVWXYZ'])}${rng.chars('CFGHJKLMNPRTVWXYZ0123456789', 7)}`
    const sum = Array.from(head).reduce((s, c, i) => s + (c >= 'A' ? c.charCodeAt(0) - 55 : Number(c)) * ([7, 3, 1][i % 3] ?? 0), 0)
    return `${head}${sum % 10}`
  }

  it('DE ID card: check digit verified, found next to its name only', () => {
    const rng = new Rng(34)
    for (let i = 0; i < 20; i++) {
      const n = idCard(rng)
      assert.ok(deIdCardValid(n), n)
      assert.deepEqual(found(`Personalausweis: ${n}.`), ['national-id:DE ID card'], n)
      assert.deepEqual(found(`Ausweis Nr. ${n.toLowerCase()} gültig bis 2030`), ['national-id:DE ID card'], n)
      assert.deepEqual(found(`ref ${n} ok`), [], 'bare: not distinctive enough')
      const wrong = `${n.slice(0, 8)}${(Number(n[8]) + 1) % 10}`
      assert.deepEqual(found(`Personalausweis: ${wrong}.`), [])
    }
  })
})

describe('IP addresses', () => {
  it('public IPv4 found; private, loopback, link-local, documentation and versions not', () => {
    assert.deepEqual(found('client 81.2.69.160 connected'), ['ip-address:81.…'])
    assert.deepEqual(found('from 81.2.69.160:8080'), ['ip-address:81.…'])
    for (const quiet of ['10.0.0.1', '172.16.4.1', '192.168.1.20', '127.0.0.1', '169.254.169.254', '192.0.2.1', '0.0.0.0', '255.255.255.255', '256.1.1.1', '1.2.3.04', 'v1.2.3.4', '1.2.3.4.5', 'IP8.8.8.8x']) {
      assert.deepEqual(found(`x ${quiet} y`), [], quiet)
    }
  })

  it('public IPv6 found in its forms; link-local, unique-local, documentation and code not', () => {
    assert.equal(ipv6Valid('2a02:1234:5678:9abc:1c2d:3e4f:5a6b:7c8d'), true)
    assert.equal(ipv6Valid('2001::db8::1'), false)
    for (const text of ['2a02:1234:5678:9abc:1c2d:3e4f:5a6b:7c8d', '2606:4700::6810:85e5', '2606:4700::6810:85e5/64', '::ffff:81.2.69.160']) {
      assert.deepEqual(found(`addr ${text} end`).map((f) => f.split(':')[0]), ['ip-address'], text)
    }
    for (const quiet of ['fe80::1', 'fd00::1', '2001:db8::1', '::1', '::', 'std::cout', 'Time 12:34:56', 'aa:bb:cc:dd:ee:ff', '12345:db8::1', 'abc::def']) {
      assert.deepEqual(found(`x ${quiet} y`), [], quiet)
    }
  })
})
