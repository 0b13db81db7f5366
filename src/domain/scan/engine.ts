import {Detector} from './detect.js'
import {PromptIndex} from './prompts.js'
import type {PromptIndexOptions} from './prompts.js'
import {defaultRules} from './rules/index.js'
import {ScanSession} from './session.js'
import type {SessionLimits} from './session.js'
import type {Detection, Finding, KnownPrompt, Rule} from './types.js'

export interface ScannerOptions {
  /** Detectors to run; the built-in ones by default. */
  rules?: readonly Rule[]
  /** Sensitive prompts to find copies of. */
  prompts?: readonly KnownPrompt[]
  promptOptions?: PromptIndexOptions
  /** Keyed fingerprint of a raw value (an HMAC under a store key in `pl`). */
  fingerprint: (raw: string) => string
  /**
   * Receives each secret or PII finding with its raw value (the token, the password, the card
   * digits, a private key's base64 body), e.g. to store it encrypted. Never called for prompts.
   */
  onSecret?: (finding: Finding, raw: string) => void
  limits?: SessionLimits
}

/** One input being scanned: push decoded text in any pieces, then end. */
export interface InputScan {
  push(text: string): Finding[]
  end(): Finding[]
  readonly lines: number
}

export interface Scanner {
  readonly rules: readonly Rule[]
  /** Distinct prefilter keywords of the rules (for benchmarks against `grep -F`). */
  readonly keywords: readonly string[]
  /** Starts scanning one input (a file, stdin). */
  begin(): InputScan
  /** Scans a whole text at once. */
  scanText(text: string): Finding[]
  /** Turns detections made elsewhere (a worker thread) into findings, calling onSecret. */
  finalize(detections: readonly Detection[]): Finding[]
}

/** Makes a detection safe to keep: the raw value leaves through the fingerprint and onSecret only. */
export function toFinding(detection: Detection, fingerprint: (raw: string) => string): Finding {
  const finding: Finding = {
    rule: detection.rule,
    category: detection.category,
    line: detection.line,
    column: detection.start + 1,
    start: detection.start,
    end: detection.end,
    masked: detection.masked,
    fingerprint: fingerprint(detection.secret),
    length: detection.length,
  }
  if (detection.endLine !== undefined) finding.endLine = detection.endLine
  if (detection.jsonPath !== undefined) finding.jsonPath = detection.jsonPath
  if (detection.promptName !== undefined) finding.promptName = detection.promptName
  if (detection.coverage !== undefined) finding.coverage = detection.coverage
  return finding
}

export function createScanner(options: ScannerOptions): Scanner {
  const rules = options.rules ?? defaultRules
  const detector = new Detector(rules)
  const index = options.prompts !== undefined && options.prompts.length > 0 ? new PromptIndex(options.prompts, options.promptOptions) : undefined
  const finalize = (detections: readonly Detection[]): Finding[] =>
    detections.map((detection) => {
      const finding = toFinding(detection, options.fingerprint)
      if (detection.category !== 'prompt') options.onSecret?.(finding, detection.secret)
      return finding
    })
  const begin = (): InputScan => {
    const session = new ScanSession(new Detector(rules), index, options.limits)
    return {
      push: (text) => finalize(session.push(text)),
      end: () => finalize(session.end()),
      get lines() {
        return session.lines
      },
    }
  }
  return {
    rules,
    keywords: detector.keywords,
    begin,
    scanText(text) {
      const input = begin()
      return [...input.push(text), ...input.end()]
    },
    finalize,
  }
}
