/**
 * The confirmation before crypto-shredding: irreversible, so "no" is the default. A few items are
 * named in the question itself; more are listed above it and counted by kind.
 */
import {plural} from '../render/format.js'
import type {Prompter} from './types.js'

/** Up to this many items are named in the question itself; more are listed above it. */
const INLINE_ITEMS = 3

/** An item to shred as the question names it: its evidence id, its kind and a label that is never a value. */
export interface ShredTarget {
  id: string
  type: 'exhibit' | 'captured' | 'runbook-answer'
  label: string
}

/** True when the person confirms; `list` shows one line above the question. */
export async function confirmShred(prompter: Prompter, items: readonly ShredTarget[], list: (line: string) => void): Promise<boolean> {
  if (items.length <= INLINE_ITEMS) {
    return prompter.confirm({message: `Destroy the keys of ${items.map((i) => `${i.id} (${i.label})`).join(', ')}? Their content will be unrecoverable.`, default: false})
  }
  for (const i of items) list(`  ${i.id}  ${i.label}`)
  const count = (type: ShredTarget['type']) => items.filter((i) => i.type === type).length
  const counts = [plural(count('exhibit'), 'exhibit'), plural(count('captured'), 'captured value')]
  if (count('runbook-answer') > 0) counts.push(plural(count('runbook-answer'), 'runbook answer'))
  return prompter.confirm({message: `Destroy the keys of these ${counts.slice(0, -1).join(', ')} and ${counts.at(-1)!}? Their content will be unrecoverable.`, default: false})
}
