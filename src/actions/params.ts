/** Reading rendered parameters. */
import {maskToken} from '../domain/scan/mask.js'
import {UserError} from '../errors.js'
import type {SecretValue} from './types.js'

export function isSecretValue(v: unknown): v is SecretValue {
  return typeof v === 'object' && v !== null && typeof (v as SecretValue).value === 'string' && typeof (v as SecretValue).masked === 'string'
}

/** Tokens from secrets the scanner captured, answers or lists of both; masked for the record. */
export function tokens(params: Record<string, unknown>): SecretValue[] {
  const raw = params.tokens
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null || raw === '' ? [] : [raw]
  return list
    .map((t) => (isSecretValue(t) ? t : {value: String(t), masked: maskToken(String(t))}))
    .filter((t) => t.value.length > 0)
}

export function str(params: Record<string, unknown>, key: string): string {
  const v = params[key]
  if (typeof v !== 'string' && typeof v !== 'number') throw new UserError('invalid-input', `The parameter "${key}" is empty or not text after templating.`)
  return String(v)
}

export function optStr(params: Record<string, unknown>, key: string): string | undefined {
  const v = params[key]
  return v === undefined || v === null || v === '' ? undefined : String(v)
}
