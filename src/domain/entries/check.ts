/**
 * Small guards for decrypted entry bodies: each says what is wrong with a value, or nothing when
 * the value has its type. A body type is checked by the compiler against its guard (a guard
 * built from a shape infers the type it proves), so a body type and its guard cannot drift apart.
 */
import {IntegrityError} from '../../errors.js'

export interface Guard<T> {
  /** What is wrong with `value`, found at `path` (empty for the body itself), or undefined when it is a T. */
  problem(value: unknown, path: string): string | undefined
  /** Never set: carries T for the compiler. */
  readonly proves?: T
}

type Shape = Record<string, Guard<unknown>>
type Proven<S extends Shape> = {[K in keyof S]: S[K] extends Guard<infer T> ? T : never}

function actual(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function wrong(value: unknown, path: string, expected: string): string {
  return `${path === '' ? 'the body' : path} is ${actual(value)}, not ${expected}`
}

function primitive<T>(expected: string, holds: (value: unknown) => boolean): Guard<T> {
  return {problem: (value, path) => (holds(value) ? undefined : wrong(value, path, expected))}
}

export const aString: Guard<string> = primitive('a string', (v) => typeof v === 'string')
/** Any number, NaN included: a reader decides what a non-finite time means. */
export const aNumber: Guard<number> = primitive('a number', (v) => typeof v === 'number')
export const aBoolean: Guard<boolean> = primitive('a boolean', (v) => typeof v === 'boolean')

export function oneOf<const V extends string>(values: readonly V[]): Guard<V> {
  return primitive(`one of ${values.join(', ')}`, (v) => values.some((value) => value === v))
}

export function listOf<T>(item: Guard<T>): Guard<T[]> {
  return {
    problem(value, path) {
      if (!Array.isArray(value)) return wrong(value, path, 'an array')
      for (const [index, member] of value.entries()) {
        const problem = item.problem(member, `${path}[${index}]`)
        if (problem !== undefined) return problem
      }
      return undefined
    },
  }
}

export function either<A, B>(a: Guard<A>, b: Guard<B>, expected: string): Guard<A | B> {
  return primitive(expected, (v) => a.problem(v, '') === undefined || b.problem(v, '') === undefined)
}

/**
 * A plain object with `required` fields and `optional` ones (absent, or of their type). Other
 * fields are not looked at: a newer version may add some, and an older reader still reads the rest.
 */
export function object<R extends Shape, O extends Shape = Record<never, never>>(required: R, optional?: O): Guard<Proven<R> & Partial<Proven<O>>> {
  const fields = [...Object.entries(required).map(([name, guard]) => ({name, guard, needed: true})), ...Object.entries(optional ?? {}).map(([name, guard]) => ({name, guard, needed: false}))]
  return {
    problem(value, path) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong(value, path, 'an object')
      for (const {name, guard, needed} of fields) {
        const at = path === '' ? name : `${path}.${name}`
        if (!Object.hasOwn(value, name)) {
          if (needed) return `${at} is missing`
          continue
        }
        const problem = guard.problem(Reflect.get(value, name), at)
        if (problem !== undefined) return problem
      }
      return undefined
    },
  }
}

/** The header fields that name an entry in an error. */
export interface EntryName {
  seq: number
  kind: string
}

/** True when `value` is a T; otherwise an IntegrityError naming the entry and what is wrong. */
export function holds<T>(guard: Guard<T>, value: unknown, entry: EntryName): value is T {
  const problem = guard.problem(value, '')
  if (problem === undefined) return true
  throw new IntegrityError(`Entry #${entry.seq} (${entry.kind}) has a malformed body: ${problem}.`, {details: {seq: entry.seq, kind: entry.kind}})
}
