/**
 * The scanner's masker for free text a responder types (ADR 0038), loaded when first needed: a
 * command that records no free text does not load the scanner, and one that does builds its
 * detectors once, on its first text.
 */
import type {Mask} from '../domain/free-text.js'

export async function textMasker(): Promise<Mask> {
  const {createTextMasker} = await import('../domain/scan/mask-text.js')
  let mask: Mask | undefined
  return (text) => (mask ??= createTextMasker())(text)
}
