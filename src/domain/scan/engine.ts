import {Detector} from './detect.js'
import {copyOptionalFields} from './finding-fields.js'
import {PromptIndex} from './prompts.js'
import type {PromptIndexOptions, UnmatchablePrompt} from './prompts.js'
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
  onSecret?: (finding: Finding, raw: string, partner?: string) => void
  limits?: SessionLimits
}

/** One input being scanned: push decoded text in any pieces, then end. */
export interface InputScan {
  push(text: string): Finding[]
  end(): Finding[]
  readonly lines: number
}

/**
 * What another thread needs to build the same detectors: plain data only. Present when the
 * scanner runs the built-in rules, which a worker can import itself (rules hold functions).
 */
export interface ScannerSpec {
  prompts: readonly KnownPrompt[]
  promptOptions?: PromptIndexOptions
  limits?: SessionLimits
}

type DetectionSessions = (options?: {lines?: boolean}) => ScanSession

/** The sessions of the detectors a scanner built for its spec: this thread does not build them twice (ADR 0027). */
const builtFor = new WeakMap<ScannerSpec, DetectionSessions>()

/** Builds the detection half of a scanner from a spec: sessions that return raw detections. */
export function createDetectionSessions(spec: ScannerSpec): DetectionSessions {
  const built = builtFor.get(spec)
  if (built !== undefined) return built
  const index = spec.prompts.length > 0 ? new PromptIndex(spec.prompts, spec.promptOptions) : undefined
  const detector = new Detector(defaultRules)
  return (options = {}) => new ScanSession(detector, index, spec.limits, options.lines === true ? 'lines' : 'start')
}

export interface Scanner {
  readonly rules: readonly Rule[]
  /** Set when the detection can run on other threads (see ScannerSpec). */
  readonly spec: ScannerSpec | undefined
  /** Distinct prefilter keywords of the rules (for benchmarks against `grep -F`). */
  readonly keywords: readonly string[]
  /** Registered prompts too short or too generic to ever be matched (to warn about). */
  readonly unmatchablePrompts: readonly UnmatchablePrompt[]
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
  return copyOptionalFields(finding, detection)
}

export function createScanner(options: ScannerOptions): Scanner {
  const rules = options.rules ?? defaultRules
  const detector = new Detector(rules)
  const index = options.prompts !== undefined && options.prompts.length > 0 ? new PromptIndex(options.prompts, options.promptOptions) : undefined
  const finalize = (detections: readonly Detection[]): Finding[] =>
    detections.map((detection) => {
      const finding = toFinding(detection, options.fingerprint)
      if (detection.category !== 'prompt') options.onSecret?.(finding, detection.secret, detection.partner)
      return finding
    })
  const begin = (): InputScan => {
    const session = new ScanSession(detector, index, options.limits)
    return {
      push: (text) => finalize(session.push(text)),
      end: () => finalize(session.end()),
      get lines() {
        return session.lines
      },
    }
  }
  const spec: ScannerSpec | undefined =
    options.rules === undefined
      ? {
          prompts: options.prompts ?? [],
          ...(options.promptOptions === undefined ? {} : {promptOptions: options.promptOptions}),
          ...(options.limits === undefined ? {} : {limits: options.limits}),
        }
      : undefined
  // The same detectors createDetectionSessions would build from the spec: the built-in rules, the prompts, the limits.
  if (spec !== undefined) {
    const limits = options.limits
    builtFor.set(spec, (o = {}) => new ScanSession(detector, index, limits, o.lines === true ? 'lines' : 'start'))
  }
  return {
    rules,
    spec,
    keywords: detector.keywords,
    unmatchablePrompts: index?.unmatchable ?? [],
    begin,
    scanText(text) {
      const input = begin()
      return [...input.push(text), ...input.end()]
    },
    finalize,
  }
}
