/**
 * SARIF 2.1.0 (OASIS) for code-scanning dashboards. Only properties the SARIF schema defines are
 * used; pl's own data goes into property bags. No snippet is ever included: the region's text
 * is the leaked value.
 */
import {isAbsolute, normalize, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {copyOptionalFields} from '../domain/scan/finding-fields.js'
import {providerOf, revokeUri} from '../domain/scan/providers/index.js'
import {highEntropyToken} from '../domain/scan/rules/high-entropy.js'
import {KNOWN_PROMPT_RULE, defaultRules} from '../domain/scan/rules/index.js'
import type {Category} from '../domain/scan/types.js'
import type {ReportedFinding, ScanReport} from '../domain/scan/report.js'

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

type Level = 'error' | 'warning' | 'note'

const LEVEL: Record<Category, Level> = {secret: 'error', prompt: 'error', pii: 'warning'}
/** GitHub code scanning's 0–10 scale: a live credential is critical, personal data medium. */
const SECURITY_SEVERITY: Record<Category, string> = {secret: '9.0', prompt: '7.5', pii: '5.5'}

export interface SarifArtifactLocation {
  uri: string
  uriBaseId?: string
  description?: {text: string}
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: {text: string}
  locations: {physicalLocation: {artifactLocation: SarifArtifactLocation; region: {startLine: number; startColumn: number; endLine: number; endColumn: number}}}[]
  partialFingerprints?: Record<string, string>
  properties: Record<string, unknown>
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: {text: string}
  fullDescription: {text: string}
  /** The remediation: where and how to revoke or remove the value. */
  help: {text: string; markdown: string}
  /** The provider's page where the value is revoked, when its remediation names one. */
  helpUri?: string
  defaultConfiguration: {level: Level}
  properties: {tags: string[]; 'security-severity': string; category: Category}
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: {
    tool: {driver: {name: string; fullName: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[]}}
    automationDetails: {id: string}
    invocations: {
      executionSuccessful: boolean
      toolExecutionNotifications: {
        level: 'error' | 'warning'
        message: {text: string}
        locations: {physicalLocation: {artifactLocation: SarifArtifactLocation; region?: {startLine: number}}}[]
      }[]
    }[]
    columnKind: 'utf16CodeUnits'
    results: SarifResult[]
    properties: Record<string, unknown>
  }[]
}

/** What SARIF needs of a rule. */
export interface RuleDescriptor {
  id: string
  category: Category
  description: string
}

const KNOWN_PROMPT: RuleDescriptor = KNOWN_PROMPT_RULE

/** A file path as a URI reference: absolute paths become file: URIs, relative ones stay relative to the source root. */
export function artifactLocation(path: string): SarifArtifactLocation {
  if (path === '-') return {uri: '-', description: {text: 'standard input'}}
  if (isAbsolute(path)) return {uri: pathToFileURL(path).href}
  const segments = normalize(path).split(sep).map(encodeURIComponent)
  return {uri: segments.join('/'), uriBaseId: '%SRCROOT%'}
}

function ruleName(id: string): string {
  return id
    .split('-')
    .map((w) => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('')
}

/**
 * A known prompt's level follows its channel: a copy in a model output or a user message is the
 * leak (error), one in its own place a note, one elsewhere (a tool result, outside an exchange) a
 * warning.
 */
function levelOf(f: ReportedFinding): Level {
  if (f.confidence === 'low') return 'note'
  if (f.category !== 'prompt' || f.channel === undefined) return LEVEL[f.category]
  if (f.channel === 'system') return 'note'
  return f.channel === 'model-output' || f.channel === 'user-message' ? 'error' : 'warning'
}

const CHANNEL_TEXT: Record<NonNullable<ReportedFinding['channel']>, string> = {
  'model-output': 'leaked in a model output',
  'user-message': 'pasted in a user message',
  'tool-result': 'in a tool result',
  'outside-exchange': 'outside any exchange',
  system: 'in its own place (expected)',
}

const CATEGORY_HELP: Record<Category, string> = {
  secret: 'Revoke or rotate the credential at its issuer first (a copy in a log is enough to use it), then remove it from the log and its copies (`pl redact`).',
  pii: 'Personal data in a prompt log: remove or redact it (`pl redact`), and check whether the log\'s retention and access meet your obligations.',
  prompt: 'A copy of a registered sensitive prompt: find how it reached the log (a model\'s answer, a debug dump), and redact the copies (`pl redact`).',
}

/** Where to revoke a token nothing names. */
const UNNAMED_TOKEN_HELP = 'Nothing names its issuer: find where the token came from (who pasted it, the tool that printed it), and if it is a credential revoke it there.'

/** What a rule finds, how (bare or next to a name) and its guard; the remediation, with where to revoke for a provider's rule. */
function ruleTexts(r: RuleDescriptor): {full: string; help: {text: string; markdown: string}} {
  const provider = providerOf(r.id)
  const rule = provider?.rules.find((x) => x.id === r.id) ?? (r.id === highEntropyToken.id ? highEntropyToken : undefined)
  const full =
    rule === undefined
      ? r.description
      : rule === highEntropyToken
        ? `${r.description}. Found alone in prose; guard: ${rule.guard}.`
        : `${r.description}. Found ${rule.reach === 'bare' ? 'alone (distinctive format)' : 'only next to the provider\'s name'}; guard: ${rule.guard}.`
  const revoke = provider === undefined ? (rule === highEntropyToken ? UNNAMED_TOKEN_HELP : '') : `${provider.title}: ${provider.revoke}`
  const text = [CATEGORY_HELP[r.category], revoke].filter((t) => t !== '').join(' ')
  const markdown = [`**${r.description}**`, '', CATEGORY_HELP[r.category], ...(revoke === '' ? [] : ['', `Where to revoke — ${revoke}`])].join('\n')
  return {full, help: {text, markdown}}
}

function helpUri(id: string): {helpUri?: string} {
  const provider = providerOf(id)
  const uri = provider === undefined ? undefined : revokeUri(provider.revoke)
  return uri === undefined ? {} : {helpUri: uri}
}

function message(f: ReportedFinding): string {
  const at = f.jsonPath === undefined ? '' : ` at ${f.jsonPath}`
  if (f.category === 'prompt') {
    const share = f.coverage === undefined ? '' : ` (${Math.round(f.coverage * 100)}% of it)`
    const channel = f.channel === undefined ? '' : `, ${CHANNEL_TEXT[f.channel]}`
    return `Copy of the registered prompt "${f.promptName ?? '?'}"${share}${at}${channel}.`
  }
  const low = f.confidence === 'low' ? ` Low confidence: ${f.reason ?? 'unverified'}.` : ''
  const pair = f.pair === undefined ? '' : ` Paired with ${f.pair.rule} ${f.pair.masked} at line ${f.pair.line}: the two work together.`
  return `${f.category === 'pii' ? 'Personal data' : 'Secret'} (${f.rule}) ${f.masked}${at}, fingerprint ${f.fingerprint.slice(0, 12)}.${low}${pair}`
}

/** `informationUri`: the project's public page (package.json `homepage`), when it has one. */
export function toSarif(report: ScanReport, options: {toolVersion: string; informationUri?: string; rules?: readonly RuleDescriptor[]}): SarifLog {
  const descriptors: RuleDescriptor[] = []
  const index = new Map<string, number>()
  for (const rule of [...(options.rules ?? defaultRules), KNOWN_PROMPT]) {
    if (index.has(rule.id)) continue
    index.set(rule.id, descriptors.length)
    descriptors.push(rule)
  }
  // A finding of a rule this list does not know (a newer engine) still gets a descriptor.
  for (const f of report.findings) {
    if (index.has(f.rule)) continue
    index.set(f.rule, descriptors.length)
    descriptors.push({id: f.rule, category: f.category, description: f.rule})
  }
  const rules: SarifRule[] = descriptors.map((r) => {
    const category = r.category
    const texts = ruleTexts(r)
    return {
      id: r.id,
      name: ruleName(r.id),
      shortDescription: {text: r.description},
      fullDescription: {text: texts.full},
      help: texts.help,
      ...helpUri(r.id),
      defaultConfiguration: {level: LEVEL[category]},
      properties: {tags: ['security', category === 'prompt' ? 'prompt-leak' : category], 'security-severity': SECURITY_SEVERITY[category], category},
    }
  })
  const stable = report.stats.fingerprintScope === 'store'
  const results: SarifResult[] = report.findings.map((f) => {
    const properties: Record<string, unknown> = copyOptionalFields({category: f.category, masked: f.masked, fingerprint: f.fingerprint, length: f.length}, f)
    if (f.verification !== undefined) properties.verification = f.verification
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: levelOf(f),
      message: {text: message(f)},
      locations: [
        {physicalLocation: {artifactLocation: artifactLocation(f.path), region: {startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(1, f.endColumn)}}},
      ],
      // Ephemeral fingerprints change on every run, so they would make every alert look new.
      ...(stable ? {partialFingerprints: {'plFingerprint/v1': f.fingerprint}} : {}),
      properties,
    }
  })
  const {errors, ...counts} = report.stats
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pl',
            fullName: `pl ${options.toolVersion}, prompt-leak scanner`,
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            ...(options.informationUri === undefined ? {} : {informationUri: options.informationUri}),
            rules,
          },
        },
        // One category per tool in GitHub code scanning, so uploads of other scanners do not close pl's alerts.
        automationDetails: {id: 'pl-scan/'},
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            // An input not read (to its end) is an error; a problem in the text of one read whole
            // (invalid UTF-8, a JSON Lines line that is not JSON) a warning at its first line.
            toolExecutionNotifications: errors.map((e) =>
              e.line === undefined
                ? {level: 'error' as const, message: {text: `Cannot scan: ${e.message}`}, locations: [{physicalLocation: {artifactLocation: artifactLocation(e.path)}}]}
                : {
                    level: 'warning' as const,
                    message: {text: e.message},
                    locations: [{physicalLocation: {artifactLocation: artifactLocation(e.path), region: {startLine: e.line}}}],
                  },
            ),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: counts,
      },
    ],
  }
}
