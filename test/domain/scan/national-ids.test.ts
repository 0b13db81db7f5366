/**
 * National identity numbers and IP addresses: numbers generated at test time with valid check
 * digits (and dates, where the number holds one) are found; the same numbers with one digit
 * changed are not (or, next to their name, only at low confidence); IP addresses public at normal
 * confidence, in special-purpose ranges at low confidence with the range named.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {createScanner} from '../../../src/domain/scan/engine.js'
import {luhnValid} from '../../../src/domain/scan/checks.js'
import {
  aadhaarValid, bsnValid, codiceFiscaleValid, cpfValid, deTaxIdValid, dniValid, hetuValid, medicareValid, ninoValid, nricValid,
  abaValid, deIdCardValid, digitShape, nirValid, peselValid, personnummerValid, rrnValid, sinValid, tcknValid, tfnValid, verhoeffValid, zaIdValid,
} from '../../../src/domain/scan/rules/national-ids.js'
import {ipv4Octets, ipv4Range, ipv6Range, ipv6Valid} from '../../../src/domain/scan/rules/network.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`})
const found = (text: string): string[] =>
  scanner
    .scanText(text)
    .filter((f) => f.category === 'pii' && f.confidence !== 'low')
    .map((f) => `${f.rule}:${f.masked.split(' …')[0]}`)
/** Low-confidence PII findings: rule, kind and reason. */
const low = (text: string): string[] =>
  scanner
    .scanText(text)
    .filter((f) => f.category === 'pii' && f.confidence === 'low')
    .map((f) => `${f.rule}:${f.masked.split(' …')[0]}:${f.reason ?? ''}`)

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
    // An old DNI of seven digits, without its leading zero: upper case and a letter past F only,
    // so that a hex fragment (a fingerprint's `2169911e`) is not taken for one.
    assert.deepEqual(found('DNI 1111111-G'), ['national-id:ES DNI'])
    assert.deepEqual(found('DNI 1111111G'), ['national-id:ES DNI'])
    assert.equal(dniValid('2169911E'), true)
    assert.deepEqual(found('[REDACTED:github-token:2169911e]'), [])
    assert.deepEqual(found('fp 2169911E'), [])
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
      // Named, in the card's alphabet and length, but the check digit fails: shown at low confidence.
      assert.deepEqual(low(`Personalausweis: ${wrong}.`), [`national-id:DE ID card:${CHECK_FAILS}`], wrong)
      assert.deepEqual(low(`ref ${wrong} ok`), [])
    }
  })

  it('DE Steuer-ID next to its name: valid at normal confidence, a failed check digit at low', () => {
    const rng = new Rng(35)
    for (let i = 0; i < 10; i++) {
      const n = generate(rng, (r) => `${r.int(9) + 1}${r.digits(9)}`, deTaxIdValid)
      assert.deepEqual(found(`Meine Steuer-ID: ${n}.`), ['national-id:DE Steuer-ID'], n)
      assert.deepEqual(found(`IdNr. ${n} liegt vor`), ['national-id:DE Steuer-ID'], n)
      const bad = broken(n, deTaxIdValid)
      assert.deepEqual(found(`Steuer-ID ${bad}`).filter((f) => f.includes('Steuer-ID')), [], bad)
      assert.deepEqual(low(`Steuer-ID ${bad}`), [`national-id:DE Steuer-ID:${CHECK_FAILS}`], bad)
      // Bare, a failed check is nothing at all.
      assert.deepEqual(low(`ref ${bad}`), [])
    }
  })
})

const CHECK_FAILS = 'check digit fails: a mistyped number, an example or a test value'

describe('US ABA routing numbers', () => {
  it('weights 3-7-1 mod 10 and a Federal Reserve prefix; bare only dashed 4-4-1, compact next to "routing"', () => {
    const rng = new Rng(36)
    for (let i = 0; i < 10; i++) {
      const n = generate(rng, (r) => `${r.pick(['0', '1', '2', '3', '6', '7'])}${r.int(2) + 1}${r.digits(6)}`, abaValid)
      assert.ok(abaValid(n), n)
      assert.deepEqual(found(`ABA routing number ${n}`), ['national-id:US ABA routing'], n)
      assert.deepEqual(found(`check ${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8)} ok`), ['national-id:US ABA routing'], n)
      assert.deepEqual(found(`order ${n} shipped`).filter((f) => f.includes('ABA')), [], 'compact without a name')
      const bad = broken(n, abaValid)
      assert.deepEqual(found(`routing ${bad}`).filter((f) => f.includes('ABA')), [], bad)
    }
    // A routing symbol that is none (13-20, 33-60, 73-79, 81-99) fails whatever the check.
    assert.equal(abaValid('500000005'), false)
  })
})

describe('IP addresses', () => {
  it('public IPv4 found at normal confidence; versions, bad octets and parts of words not at all', () => {
    assert.deepEqual(found('client 81.2.69.160 connected'), ['ip-address:81.…'])
    assert.deepEqual(found('from 81.2.69.160:8080'), ['ip-address:81.…'])
    for (const quiet of ['256.1.1.1', '1.2.3.04', 'v1.2.3.4', 'version 10.0.1.2', '1.2.3.4.5', 'IP8.8.8.8x', '192.168.1', '300.168.1.1']) {
      assert.deepEqual([...found(`x ${quiet} y`), ...low(`x ${quiet} y`)], [], quiet)
    }
    assert.deepEqual(ipv4Octets('10.0.0.1'), [10, 0, 0, 1])
    assert.equal(ipv4Octets('10.00.0.1'), null)
  })

  it('special-purpose IPv4 ranges at low confidence, the range named', () => {
    const cases: Array<[string, string]> = [
      ['10.0.0.1', 'private (RFC 1918)'], ['172.16.4.1', 'private (RFC 1918)'], ['192.168.1.20', 'private (RFC 1918)'],
      ['127.0.0.1', 'loopback'], ['169.254.169.254', 'link-local'], ['100.64.0.1', 'shared carrier-grade NAT (RFC 6598)'],
      ['192.0.2.1', 'documentation (RFC 5737)'], ['198.51.100.7', 'documentation (RFC 5737)'], ['203.0.113.9', 'documentation (RFC 5737)'],
      ['0.0.0.0', 'unspecified ("this network")'], ['255.255.255.255', 'broadcast'], ['224.0.0.251', 'multicast'], ['240.0.0.1', 'reserved'],
      ['198.18.0.1', 'benchmarking (RFC 2544)'],
    ]
    for (const [address, range] of cases) {
      assert.equal(ipv4Range(ipv4Octets(address) ?? []), range, address)
      assert.deepEqual(found(`x ${address} y`), [], address)
      assert.deepEqual(low(`x ${address} y`), [`ip-address:${address.split('.')[0]}.…:${range} address: rarely personal data`], address)
    }
    // A CIDR prefix: the address part is reported.
    assert.deepEqual(low('route 10.0.0.0/8 via gw').length, 1)
    assert.equal(ipv4Range([81, 2, 69, 160]), null)
  })

  it('IPv6 in its forms: global unicast at normal confidence, special ranges at low, code and times not at all', () => {
    assert.equal(ipv6Valid('2a02:1234:5678:9abc:1c2d:3e4f:5a6b:7c8d'), true)
    assert.equal(ipv6Valid('2001::db8::1'), false)
    for (const text of ['2a02:1234:5678:9abc:1c2d:3e4f:5a6b:7c8d', '2606:4700::6810:85e5', '2606:4700::6810:85e5/64', '::ffff:81.2.69.160']) {
      assert.deepEqual(found(`addr ${text} end`).map((f) => f.split(':')[0]), ['ip-address'], text)
    }
    const special: Array<[string, string]> = [
      ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'], ['fd00::1', 'unique-local (private)'], ['2001:db8::1', 'documentation (RFC 3849)'],
      ['::1', 'loopback'], ['ff02::1', 'multicast'], ['::ffff:10.0.0.1', 'private (RFC 1918)'], ['64:ff9b::192.0.2.1', 'documentation (RFC 5737)'],
      ['684D:1111:222:3333:4444:5555:6:77', 'reserved or unassigned'],
    ]
    for (const [text, range] of special) {
      assert.equal(ipv6Range(text.replace(/%.*/, '')), range, text)
      assert.deepEqual(found(`x ${text} y`), [], text)
      assert.ok(low(`x ${text} y`).some((f) => f.startsWith('ip-address:') && f.endsWith(`${range} address: rarely personal data`)), text)
    }
    for (const quiet of ['::', 'std::cout', 'Time 12:34:56', 'aa:bb:cc:dd:ee:ff', '12345:db8::1', 'abc::def', 'a[::2]', 'x[::-1]', 'fe80::1text', 'gggg:hhhh::1234']) {
      assert.deepEqual([...found(`x ${quiet} y`), ...low(`x ${quiet} y`)], [], quiet)
    }
  })
})

describe('digitShape', () => {
  it('reads the same groups, separators and letters as splitting on the separators does', () => {
    // The one-pass reading of a candidate's shape against the split/replace/Set it replaced.
    const chars = fc.constantFrom(...'0123456789aZz .-+/_')
    fc.assert(
      fc.property(fc.array(chars, {minLength: 1, maxLength: 20}), (list) => {
        const value = list.join('')
        const compact = value.replace(/[ .+-]/g, '')
        const shape = digitShape(value)
        assert.equal(shape.groups, value.split(/[ .+-]/).map((g) => g.length).join('-'))
        assert.equal(shape.separators > 1, new Set(value.replace(/[0-9A-Za-z]/g, '')).size > 1)
        assert.equal(shape.letter, /[A-Za-z]/.test(compact))
        assert.equal(shape.split ? compact : value, compact)
      }),
      {numRuns: 2000},
    )
  })
})
