/** `1 input`, `3 inputs`; `many` for irregular plurals (`entry`, `entries`). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
