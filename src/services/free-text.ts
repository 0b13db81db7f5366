/**
 * The scanner's masker for free text a responder types (ADR 0038), loaded when first needed: a
 * command that records no free text does not load the scanner, and one that does builds its
 * detectors once, on its first text.
 */
import {existsSync} from 'node:fs'
import type {Mask} from '../domain/free-text.js'

/**
 * The masker's module from the scan bundle when built (scripts/bundle-scan.js: its chunks load in a
 * fraction of the time the rules' modules one by one take), else the module itself.
 */
async function maskTextModule(): Promise<typeof import('../domain/scan/mask-text.js')> {
  const bundled = new URL('../../scan/mask-text.js', import.meta.url)
  if (existsSync(bundled)) return (await import(bundled.href)) as typeof import('../domain/scan/mask-text.js')
  return import('../domain/scan/mask-text.js')
}

export async function textMasker(): Promise<Mask> {
  const {createTextMasker} = await maskTextModule()
  let mask: Mask | undefined
  return (text) => (mask ??= createTextMasker())(text)
}
