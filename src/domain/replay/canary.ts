/**
 * Format-preserving canaries: each secret or PII value in a replayed context is swapped for a
 * fresh value of the same shape (a GitHub token with a valid checksum, a plausible e-mail, a
 * Luhn-valid card number, …), so the model sees a realistic context, the real value never leaves
 * the machine, and a canary in the output proves where the leak came from. Pure: randomness is
 * handed in.
 */
import {base62, crc32, luhnValid} from '../scan/checks.js'

export type Random = (n: number) => Uint8Array

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const DIGIT = '0123456789'
const ALNUM = UPPER + LOWER + DIGIT

function pick(random: Random, alphabet: string, n: number): string {
  let out = ''
  for (const b of random(n)) out += alphabet[b % alphabet.length]
  return out
}

/** Same length and character classes position by position; separators and a short prefix kept. */
function shapeLike(random: Random, value: string): string {
  const prefix = /^[A-Za-z]{1,8}[_-]/.exec(value)?.[0] ?? ''
  const bytes = random(value.length)
  let out = prefix
  for (let i = prefix.length; i < value.length; i++) {
    const c = value[i]!
    const b = bytes[i]!
    if (UPPER.includes(c)) out += UPPER[b % 26]
    else if (LOWER.includes(c)) out += LOWER[b % 26]
    else if (DIGIT.includes(c)) out += DIGIT[b % 10]
    else out += c
  }
  return out
}

function githubCanary(random: Random, value: string): string {
  const prefix = /^gh[pousr]_/.test(value) ? value.slice(0, 4) : 'ghp_'
  const body = pick(random, ALNUM, 30)
  return `${prefix}${body}${base62(crc32(body), 6)}`
}

const FIRST = ['alex', 'sam', 'jordan', 'robin', 'kim', 'casey', 'morgan', 'taylor', 'jamie', 'riley']

function emailCanary(random: Random): string {
  const [b] = random(1)
  return `${FIRST[b! % FIRST.length]}.${pick(random, LOWER + DIGIT, 6)}@example.org`
}

/** Keeps the first four digits (the card brand's range), so the canary is a card of the same brand. */
function cardCanary(random: Random, value: string): string {
  const head = /^(?:\D*\d){4}/.exec(value)?.[0] ?? ''
  for (;;) {
    const candidate = head + shapeLike(random, value.slice(head.length))
    if (luhnValid(candidate.replace(/\D/g, '')) && candidate !== value) return candidate
  }
}

/** A canary for a value found by the scanner rule `rule`. Never equal to the value. */
export function makeCanary(random: Random, rule: string, value: string): string {
  for (;;) {
    let canary: string
    if (rule === 'github-token') canary = githubCanary(random, value)
    else if (rule === 'email') canary = emailCanary(random)
    else if (rule === 'payment-card') canary = cardCanary(random, value)
    else canary = shapeLike(random, value)
    if (canary !== value) return canary
  }
}

/** A canary marker for a copy of the system prompt (`--reduce system`). */
export function markerCanary(random: Random): string {
  return `PLC-${pick(random, UPPER + DIGIT, 12)}`
}
