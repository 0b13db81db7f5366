/**
 * National identity numbers with check digits, for the largest markets. Two rules, two passes
 * over the text whatever the number of countries: one finds runs that start with a digit
 * (Steuer-ID, PESEL, TCKN, BSN, Aadhaar, CPF, SIN, TFN, Medicare, RRN, ZA ID, personnummer,
 * HETU, DNI, NHS, SSN written with dots or spaces, ITIN), one runs that start with letters
 * (NINO, NIE, codice fiscale, NRIC/FIN, PAN; upper case, as printed); each candidate is tried against the formats its
 * shape allows and kept only when the country's checksum (and date, where the number holds one)
 * holds. The finding names the kind in its masked value (`PESEL …58`), never the number.
 *
 * Numbers whose checksum is weak (9 digits with one check digit) count bare only when written
 * in the grouped form people print; compact, they need the kind's name within 48 characters
 * before them.
 */
import {luhnValid, ssnValid} from '../checks.js'
import type {Hit, Rule} from '../types.js'

const PII = 1

const digitsOf = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0) - 48)

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

/** Germany: steuerliche Identifikationsnummer (ISO 7064 MOD 11,10; one digit repeated 2 or 3 times). */
export function deTaxIdValid(n: string): boolean {
  if (!/^[1-9]\d{10}$/.test(n)) return false
  const counts = new Map<string, number>()
  for (const c of n.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1)
  const repeated = [...counts.values()].filter((k) => k > 1)
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false
  let product = 10
  for (const d of digitsOf(n.slice(0, 10))) {
    let sum = (d + product) % 10
    if (sum === 0) sum = 10
    product = (sum * 2) % 11
  }
  return (11 - product) % 10 === Number(n[10])
}

/** Poland: PESEL (weights 1-3-7-9, the month encodes the century). */
export function peselValid(n: string): boolean {
  if (!/^\d{11}$/.test(n)) return false
  const d = digitsOf(n)
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0)
  if ((10 - (sum % 10)) % 10 !== d[10]) return false
  const month = Number(n.slice(2, 4))
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(month / 20)] ?? 0
  return validDate(century + Number(n.slice(0, 2)), month % 20, Number(n.slice(4, 6)))
}

/** Türkiye: T.C. Kimlik No (two check digits). */
export function tcknValid(n: string): boolean {
  if (!/^[1-9]\d{10}$/.test(n)) return false
  const d = digitsOf(n)
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0)
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0)
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false
  return d.slice(0, 10).reduce((s, x) => s + x, 0) % 10 === d[10]
}

/** Netherlands: BSN (the "elfproef"). */
export function bsnValid(n: string): boolean {
  if (!/^\d{9}$/.test(n) || /^0+$/.test(n)) return false
  const d = digitsOf(n)
  const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0) - (d[8] ?? 0)
  return sum % 11 === 0
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

export function verhoeffValid(n: string): boolean {
  let c = 0
  const d = digitsOf(n).reverse()
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[d[i] ?? 0] ?? 0] ?? 0
  return c === 0
}

/** India: Aadhaar (12 digits, not starting with 0 or 1, Verhoeff). */
export function aadhaarValid(n: string): boolean {
  return /^[2-9]\d{11}$/.test(n) && !/^(\d)\1+$/.test(n) && verhoeffValid(n)
}

/** Brazil: CPF (two mod-11 check digits). */
export function cpfValid(n: string): boolean {
  if (!/^\d{11}$/.test(n) || /^(\d)\1+$/.test(n)) return false
  const d = digitsOf(n)
  const check = (length: number): number => {
    const sum = d.slice(0, length).reduce((s, x, i) => s + x * (length + 1 - i), 0)
    const rest = (sum * 10) % 11
    return rest === 10 ? 0 : rest
  }
  return check(9) === d[9] && check(10) === d[10]
}

/** Canada: SIN (Luhn; no SIN starts with 0 or 8). */
export function sinValid(n: string): boolean {
  return /^[1-79]\d{8}$/.test(n) && luhnValid(n)
}

/** Australia: tax file number (weighted mod 11). */
export function tfnValid(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false
  const weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]
  return digitsOf(n).reduce((s, x, i) => s + x * (weights[i] ?? 0), 0) % 11 === 0
}

/** Australia: Medicare card number (first digit 2-6, weighted check digit; issue number after). */
export function medicareValid(n: string): boolean {
  if (!/^[2-6]\d{9}$/.test(n)) return false
  const weights = [1, 3, 7, 9, 1, 3, 7, 9]
  const d = digitsOf(n)
  return d.slice(0, 8).reduce((s, x, i) => s + x * (weights[i] ?? 0), 0) % 10 === d[8]
}

/**
 * South Korea: resident registration number (birth date, sex/century digit, check digit).
 * Numbers issued since October 2020 carry no check digit (the last six digits are random); they
 * are not found (a dashed `YYMMDD-GNNNNNN` on its date alone was measured: it took foreigners'
 * numbers and invalid ones as often as new ones).
 */
export function rrnValid(n: string): boolean {
  if (!/^\d{6}[1-8]\d{6}$/.test(n)) return false
  const d = digitsOf(n)
  const century = [1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000][(d[6] ?? 1) - 1] ?? 1900
  if (!validDate(century + Number(n.slice(0, 2)), Number(n.slice(2, 4)), Number(n.slice(4, 6)))) return false
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
  const sum = weights.reduce((s, w, i) => s + w * (d[i] ?? 0), 0)
  return (11 - (sum % 11)) % 10 === d[12]
}

/**
 * US: ABA routing transit number (weights 3-7-1 mod 10; the first two digits a Federal Reserve
 * routing symbol: 00-12, 21-32, 61-72 or 80).
 */
export function abaValid(n: string): boolean {
  if (!/^(?:0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)\d{7}$/.test(n) || /^(\d)\1+$/.test(n)) return false
  const d = digitsOf(n)
  const sum = 3 * ((d[0] ?? 0) + (d[3] ?? 0) + (d[6] ?? 0)) + 7 * ((d[1] ?? 0) + (d[4] ?? 0) + (d[7] ?? 0)) + (d[2] ?? 0) + (d[5] ?? 0) + (d[8] ?? 0)
  return sum % 10 === 0
}

/** South Africa: identity number (birth date, citizenship 0-2, Luhn). */
export function zaIdValid(n: string): boolean {
  if (!/^\d{13}$/.test(n) || !/[012]/.test(n[10] ?? '')) return false
  const yy = Number(n.slice(0, 2))
  const ok = validDate(2000 + yy, Number(n.slice(2, 4)), Number(n.slice(4, 6))) || validDate(1900 + yy, Number(n.slice(2, 4)), Number(n.slice(4, 6)))
  return ok && luhnValid(n)
}

/** Sweden: personnummer or samordningsnummer (10 digits YYMMDDNNNC, or 12 with the century; Luhn). */
export function personnummerValid(n: string): boolean {
  const ten = n.length === 12 ? n.slice(2) : n
  if (!/^\d{10}$/.test(ten) || (n.length === 12 && !/^(?:18|19|20)/.test(n))) return false
  const day = Number(ten.slice(4, 6))
  const year = n.length === 12 ? Number(n.slice(0, 4)) : 2000 + Number(ten.slice(0, 2))
  return validDate(year, Number(ten.slice(2, 4)), day > 60 ? day - 60 : day) && luhnValid(ten)
}

const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY'

/** Finland: henkilötunnus (DDMMYY, century sign, individual number, mod-31 check character). */
export function hetuValid(value: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/i.exec(value)
  if (m === null) return false
  const [, dd = '', mm = '', yy = '', sign = '', individual = '', check = ''] = m
  const century = sign === '+' ? 1800 : /[-U-Y]/i.test(sign) ? 1900 : 2000
  if (!validDate(century + Number(yy), Number(mm), Number(dd))) return false
  return HETU_CHECK[Number(`${dd}${mm}${yy}${individual}`) % 31] === check.toUpperCase()
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'

/** Spain: DNI/NIF (8 digits and a check letter) and NIE (X/Y/Z, 7 digits, check letter). */
export function dniValid(value: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/i.exec(value)
  if (m === null) return false
  const [, lead = '', digits = '', letter = ''] = m
  if (lead !== '' && digits.length !== 7) return false
  const number = Number(`${'XYZ'.indexOf(lead.toUpperCase()) >= 0 ? 'XYZ'.indexOf(lead.toUpperCase()) : ''}${digits}`)
  return DNI_LETTERS[number % 23] === letter.toUpperCase()
}

/** UK: NHS number (weights 10..2, mod 11). */
export function nhsValid(n: string): boolean {
  if (!/^\d{10}$/.test(n) || /^(\d)\1+$/.test(n)) return false
  const d = digitsOf(n)
  const check = 11 - (d.slice(0, 9).reduce((s, x, i) => s + x * (10 - i), 0) % 11)
  return (check === 11 ? 0 : check) === d[9] && check !== 10
}

/** US: ITIN (9XX, group 50-65, 70-88, 90-92 or 94-99). */
export function itinValid(area: string, group: string): boolean {
  const g = Number(group)
  return area.startsWith('9') && ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99))
}

/** UK: National Insurance number (prefix letters, six digits, suffix A-D). */
export function ninoValid(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase()
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v)) return false
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(v.slice(0, 2))
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

/** Italy: codice fiscale (16 characters, odd/even table check character). */
export function codiceFiscaleValid(value: string): boolean {
  const v = value.toUpperCase()
  if (!/^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i)
    const index = c >= 65 ? c - 65 : c - 48
    sum += i % 2 === 0 ? (CF_ODD[index] ?? 0) : index
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15]
}

/** Singapore: NRIC / FIN (prefix S, T, F, G or M, seven digits, check letter). */
export function nricValid(value: string): boolean {
  const v = value.toUpperCase()
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(v)
  if (m === null) return false
  const [, prefix = '', digits = '', check = ''] = m
  const weights = [2, 7, 6, 5, 4, 3, 2]
  let sum = digitsOf(digits).reduce((s, x, i) => s + x * (weights[i] ?? 0), 0)
  if (prefix === 'T' || prefix === 'G') sum += 4
  if (prefix === 'M') sum += 3
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK'
  const index = prefix === 'M' ? 10 - (sum % 11) : sum % 11
  return table[index] === check
}

/** India: PAN (five letters, the fourth the holder type, four digits, a letter); no checksum. */
export function panValid(value: string): boolean {
  return /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(value) && !/^([A-Z])\1{4}/.test(value)
}

/**
 * France: NIR (numéro de sécurité sociale): sex, year, month, département (2A/2B for Corsica),
 * commune, order, and a key of 97 minus the first thirteen digits mod 97.
 */
export function nirValid(value: string): boolean {
  const v = value.replace(/ /g, '').toUpperCase()
  const m = /^([1-478])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/.exec(v)
  if (m === null) return false
  const department = m[4] ?? ''
  // Corsica's 2A and 2B count as 19 and 18 (INSEE).
  const digits = `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}${department.replace('2A', '19').replace('2B', '18')}${m[5] ?? ''}${m[6] ?? ''}`
  return Number(97n - (BigInt(digits) % 97n)) === Number(m[7])
}

/** Germany: Personalausweis document number (nine characters, the last an ICAO 7-3-1 check digit). */
export function deIdCardValid(value: string): boolean {
  const v = value.toUpperCase()
  if (!/^[CFGHJKLMNPRTVWXYZ0-9]{8}\d$/.test(v) || /^(.)\1+$/.test(v.slice(0, 8))) return false
  const weights = [7, 3, 1]
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const c = v.charCodeAt(i)
    sum += (c >= 65 ? c - 55 : c - 48) * (weights[i % 3] ?? 0)
  }
  return sum % 10 === Number(v[8])
}

/** Words naming a kind, for compact numbers whose checksum alone is too weak. */
const LABELS: Readonly<Record<string, RegExp>> = {
  sin: /\b(?:sin|nas|social insurance)\b/i,
  tfn: /\b(?:tfn|tax file)\b/i,
  bsn: /\b(?:bsn|burgerservice)/i,
  medicare: /\bmedicare\b/i,
  aadhaar: /\b(?:aadhaa?r|uidai|uid)\b/i,
  nhs: /\bnhs\b/i,
  aba: /\b(?:aba|routing|rtn|transit)\b/i,
}

function labelled(text: string, start: number, kind: string): boolean {
  return LABELS[kind]?.test(text.slice(Math.max(0, start - 48), start)) ?? false
}

type Kind = [name: string, masked: (compact: string) => string]

const tail = (n: number) => (compact: string) => `…${compact.slice(-n)}`

/**
 * The shape of a digit-led candidate, read in one pass (it runs on every long number of a log:
 * ids, epoch times): the lengths of its parts between ` `, `.`, `+` and `-` joined by `-`
 * (`3-2-4`), how many distinct characters other than letters and digits it holds (0, 1, or 2 for
 * more than one), whether it holds a letter, and whether any of those four separators cut it (`split`).
 */
export interface DigitShape {
  groups: string
  separators: number
  letter: boolean
  split: boolean
}

export function digitShape(value: string): DigitShape {
  let groups = ''
  let run = 0
  let first = -1
  let separators = 0
  let letter = false
  let split = false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      run++
      continue
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letter = true
      run++
      continue
    }
    if (first < 0) {
      first = c
      separators = 1
    } else if (c !== first) separators = 2
    if (c === 32 || c === 46 || c === 43 || c === 45) {
      groups += `${run}-`
      run = 0
      split = true
    } else run++
  }
  return {groups: groups + String(run), separators, letter, split}
}

/** The kind a digit-led candidate is, or null (read from its digitShape). */
function digitKind(value: string, text: string, start: number): Kind | null {
  const {groups, separators, letter, split} = digitShape(value)
  const compact = split ? value.replace(/[ .+-]/g, '') : value
  if (separators > 1 && !(groups === '3-3-3-2' && value.includes('.'))) return null
  if (letter) {
    if (compact.length === 15 && nirValid(compact)) return ['FR NIR', tail(2)]
    if (hetuValid(value)) return ['FI HETU', tail(1)]
    // Seven digits (an old DNI without its leading zero) only with an upper-case letter past F: a hex fragment (`2169911e`) is not one.
    const sevenDigits = /^\d{7}[A-Za-z]$/.test(compact)
    if (dniValid(compact) && (groups === '8-1' || groups === '9' || groups === '8' || groups === '7-1') && (!sevenDigits || /[G-Z]$/.test(compact))) return ['ES DNI', tail(1)]
    return null
  }
  const n = compact.length
  if (/^(\d)\1+$/.test(compact)) return null
  if (n === 9) {
    if (groups === '3-2-4') {
      const [area = '', group = '', serial = ''] = value.split(/[ .-]/)
      if (value.includes('-')) return itinValid(area, group) ? ['US ITIN', tail(4)] : null
      if (ssnValid(area, group, serial) || `${area}${group}` === '07805') return ['US SSN', tail(4)]
      return null
    }
    if (groups === '4-4-1') return value.includes('-') && abaValid(compact) ? ['US ABA routing', tail(2)] : null
    const grouped = groups === '3-3-3'
    if (groups === '9' && abaValid(compact) && labelled(text, start, 'aba')) return ['US ABA routing', tail(2)]
    if (sinValid(compact) && (grouped || labelled(text, start, 'sin'))) return ['CA SIN', tail(3)]
    if (tfnValid(compact) && (grouped || labelled(text, start, 'tfn'))) return ['AU TFN', tail(3)]
    if (bsnValid(compact) && (groups === '9' || groups === '4-2-3') && labelled(text, start, 'bsn')) return ['NL BSN', tail(3)]
    return null
  }
  if (n === 10) {
    // Dashed 3-3-4 is a phone number's and many ids' shape: one check digit in eleven is not enough to take it bare.
    if (nhsValid(compact) && ((groups === '3-3-4' && !value.includes('-')) || labelled(text, start, 'nhs'))) return ['UK NHS', tail(4)]
    if (medicareValid(compact) && (groups === '4-5-1' || labelled(text, start, 'medicare'))) return ['AU Medicare', tail(2)]
    if ((groups === '6-4' || groups === '10') && personnummerValid(compact) && (groups === '6-4' || /\b(?:personnummer|pnr)\b/i.test(text.slice(Math.max(0, start - 48), start)))) return ['SE personnummer', tail(4)]
    return null
  }
  if (n === 11) {
    if (groups === '3-3-3-2') return cpfValid(compact) ? ['BR CPF', tail(2)] : null
    if (groups !== '11') return null
    if (tcknValid(compact)) return ['TR TCKN', tail(2)]
    if (peselValid(compact)) return ['PL PESEL', tail(2)]
    if (deTaxIdValid(compact)) return ['DE Steuer-ID', tail(2)]
    if (cpfValid(compact)) return ['BR CPF', tail(2)]
    return null
  }
  if (n === 12) {
    if ((groups === '12' || groups === '8-4') && personnummerValid(compact)) return ['SE personnummer', tail(4)]
    if (aadhaarValid(compact) && (groups === '4-4-4' || labelled(text, start, 'aadhaar'))) return ['IN Aadhaar', tail(4)]
    return null
  }
  if (n === 15) return groups === '15' && nirValid(compact) ? ['FR NIR', tail(2)] : null
  if (n === 13) {
    if ((groups === '13' || (groups === '6-7' && value.includes('-'))) && rrnValid(compact)) return ['KR RRN', tail(3)]
    if (groups === '13' && zaIdValid(compact)) return ['ZA ID', tail(3)]
    return null
  }
  return null
}

const digitLed: Rule = {
  id: 'national-id',
  category: 'pii',
  description: 'National identity number led by digits, checksum verified (DE, PL, TR, NL, IN, BR, CA, AU, KR, ZA, SE, FI, ES, FR, UK NHS, US SSN/ITIN, US ABA routing)',
  keywords: [],
  searchGroup: 'digits',
  // Three digits first (the engine skips ahead fastest on a fixed run). Only the shapes the numbers are printed in: a HETU, a DNI, 8-13 digits, and the grouped forms
  // (3-3-3, 3-2-4, 3-3-4, 4-5-1, 4-4-1, 4-4-4, 6-4, 6-7, 8-4, CPF's 3.3.3-2), one separator throughout.
  pattern:
    /\d\d\d(?<![\w.,+/-]\d{3})(?:\d{12}|\d\d2[ABab]\d{8}|\d{3}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]|\d{4,5}-?[A-Za-z]|\d{5,10}|([ -])\d{3}\1\d{3,4}|([ .])\d{2}\2\d{4}|-\d{2}-\d{4}|\d \d{5} \d|\d([ -])\d{4}\3\d{4}|\d{3}[-+]\d{4}|\d{3}-\d{7}|\d{5}[-+]\d{4}|\d-\d{4}-\d|\.\d{3}\.\d{3}-\d{2})(?![\w]|[.,/-]\d)/g,
  priority: PII,
  validate(match, text): Hit | null {
    const value = match[0]
    if (value.replace(/\D/g, '').length < (/[A-Za-z]$/.test(value) ? 7 : 8)) return null
    // One group of a longer grouped code (an IBAN, a serial printed in blocks) is not a number of its own.
    if (/\d[A-Za-z0-9]* $/.test(text.slice(Math.max(0, match.index - 12), match.index)) || /^ [A-Za-z0-9]*\d/.test(text.slice(match.index + value.length, match.index + value.length + 12))) return null
    const kind = digitKind(value, text, match.index)
    if (kind === null) return null
    const compact = value.replace(/[ .+-]/g, '').toUpperCase()
    return {start: match.index, end: match.index + value.length, secret: compact, masked: `${kind[0]} ${kind[1](compact)}`}
  },
}

function letterKind(value: string): Kind | null {
  const compact = value.replace(/[\s-]/g, '')
  if (/\s/.test(value) || /^[A-Za-z]{2}\d/.test(compact)) {
    if (ninoValid(value)) return ['UK NINO', tail(1)]
  }
  if (/^[XYZxyz]/.test(compact) && dniValid(compact)) return ['ES NIE', tail(1)]
  if (compact.length === 16 && codiceFiscaleValid(compact)) return ['IT codice fiscale', tail(1)]
  if (compact.length === 9 && nricValid(compact)) return ['SG NRIC/FIN', tail(1)]
  if (compact.length === 10 && panValid(compact)) return ['IN PAN', tail(1)]
  return null
}

const letterLed: Rule = {
  id: 'national-id',
  category: 'pii',
  description: 'National identity number led by letters, checked (UK NINO, ES NIE, IT codice fiscale, SG NRIC/FIN, IN PAN)',
  keywords: [],
  searchGroup: 'capitals',
  pattern:
    /\b[A-Z](?:[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]|[A-Z]{4}(?:[A-Z]\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]|\d{4}[A-Z])|-?\d{7}-?[A-Z])\b/g,
  priority: PII,
  validate(match): Hit | null {
    const value = match[0]
    const kind = letterKind(value)
    if (kind === null) return null
    const compact = value.replace(/[\s-]/g, '').toUpperCase()
    return {start: match.index, end: match.index + value.length, secret: compact, masked: `${kind[0]} ${kind[1](compact)}`}
  },
}

const frNir: Rule = {
  id: 'national-id',
  category: 'pii',
  description: 'French NIR (social security number) in its printed groups, key mod 97 checked (compact, it is a digit-led national id)',
  keywords: [],
  searchGroup: 'digits',
  // Only the spaced form: a literal space after the first digit keeps this search cheap.
  pattern: /[1-478](?<![\w.,+/-][1-478]) \d\d (?:0[1-9]|1[0-2]|[2-9]\d) (?:\d\d|2[AB]) \d{3} \d{3} \d\d(?![\w]|[.,/-]\d)/g,
  priority: PII,
  validate(match): Hit | null {
    const value = match[0]
    if (!nirValid(value)) return null
    const compact = value.replace(/ /g, '')
    return {start: match.index, end: match.index + value.length, secret: compact, masked: `FR NIR …${compact.slice(-2)}`}
  },
}

const DE_ID_CARD = /\b(?:(?:personal)?ausweis|id[ -]?card|identity card)(?:[ -]?(?:nummer|nr\.?|no\.?|number))?\s{0,3}[:#=]?\s{0,3}([CFGHJKLMNPRTVWXYZ0-9]{8}\d)(?![A-Za-z0-9])/gi

const deIdCard: Rule = {
  id: 'national-id',
  category: 'pii',
  description: 'German ID card (Personalausweis) number next to its name; a failed check digit at low confidence',
  keywords: ['ausweis', 'id card', 'id-card', 'idcard', 'identity card'],
  caseInsensitive: true,
  pattern: DE_ID_CARD,
  priority: PII,
  checksum: true,
  validate(match): Hit | null {
    const number = match[1] ?? ''
    const end = match.index + match[0].length
    const hit: Hit = {start: end - number.length, end, secret: number.toUpperCase(), masked: `DE ID card …${number.slice(-1)}`}
    // Named as an ID card and in its alphabet and length: a failed check digit is a typo or an example, shown at low confidence.
    return deIdCardValid(number) ? hit : {...hit, confidence: 'low', reason: CHECK_FAILS}
  },
}

/** The reason a labelled national id whose check digit fails carries. */
const CHECK_FAILS = 'check digit fails: a mistyped number, an example or a test value'

const DE_TAX_ID = /\b(?:steuer[- ]?id(?:entifikationsnummer)?|steuerliche identifikationsnummer|identifikationsnummer|idnr\.?|tax id)\s{0,3}[:#=]?\s{0,3}([1-9]\d{10})(?!\d)/gi

const deTaxId: Rule = {
  id: 'national-id',
  category: 'pii',
  description: 'German tax id (steuerliche Identifikationsnummer) next to its name; a failed check digit at low confidence',
  keywords: ['steuer', 'identifikationsnummer', 'idnr', 'tax id'],
  caseInsensitive: true,
  pattern: DE_TAX_ID,
  priority: PII,
  checksum: true,
  validate(match): Hit | null {
    const number = match[1] ?? ''
    if (/^(\d)\1+$/.test(number)) return null
    const end = match.index + match[0].length
    const hit: Hit = {start: end - number.length, end, secret: number, masked: `DE Steuer-ID …${number.slice(-2)}`}
    return deTaxIdValid(number) ? hit : {...hit, confidence: 'low', reason: CHECK_FAILS}
  },
}

export const nationalIdRules: readonly Rule[] = [digitLed, letterLed, frNir, deIdCard, deTaxId]
