import type {Channel} from '../replay/channel.js'

export type Category = 'secret' | 'pii' | 'prompt'

/**
 * One hit, safe to print, log and store: it never holds the matched value itself, only `masked`
 * (a prefix and at most the last four characters) and `fingerprint` (computed by the caller's
 * keyed function, so equal values match without being recoverable).
 *
 * Positions are in UTF-16 code units of the decoded line. `start` is 0-based in `line`; `end` is
 * exclusive and 0-based in `endLine` when the hit spans lines (a PEM block, a re-wrapped prompt),
 * otherwise in `line`. `column` is `start + 1`.
 */
export interface Finding {
  rule: string
  category: Category
  line: number
  column: number
  start: number
  end: number
  endLine?: number
  /** Where the hit sits in a JSON document, e.g. `$.messages[0].content`. */
  jsonPath?: string
  masked: string
  fingerprint: string
  /** Length of the matched value in characters. */
  length: number
  /** For `prompt` findings: the registered prompt's name and how much of it was found (0–1). */
  promptName?: string
  coverage?: number
  /** The tenant the record it was found in names (domain/tenant.ts). */
  tenant?: string
  /** For `prompt` findings: where in an exchange the copy sits (domain/replay/channel.ts). */
  channel?: Channel
  /** Set to `low` for a value in a provider's exact format that fails its checksum, with the reason. */
  confidence?: 'low'
  reason?: string
  /** For the secret half of a paired credential: the other half, found nearby (domain/scan/pairs.ts). */
  pair?: PairedHalf
}

/** The other half of a paired credential, as safe to print as a finding. */
export interface PairedHalf {
  rule: string
  line: number
  column: number
  masked: string
}

/** A hit before it is made safe: `secret` is the canonical value that gets fingerprinted. */
export interface Hit {
  /** Offsets in the scanned text (end exclusive). */
  start: number
  end: number
  secret: string
  masked: string
  /** A value in the rule's exact format that fails its checksum: reported, but as `low`, with why. */
  confidence?: 'low'
  reason?: string
  /**
   * The rule the hit is reported as, when not the rule that found it: a provider token inside
   * HTTP Basic credentials is reported as that provider's token, so containment revokes it.
   */
  as?: Rule
}

/**
 * A detector. `pattern` must have the `g` flag and should start with a literal so that the
 * engine's keyword prefilter and the regex engine's own literal scan do most of the work.
 */
export interface Rule {
  readonly id: string
  readonly category: Exclude<Category, 'prompt'>
  readonly description: string
  /**
   * Literal strings of which at least one occurs wherever the rule can match; the rule's regex
   * only runs over text that contains one. Empty: always run. Matched case-sensitively unless
   * `caseInsensitive`, in which case keywords are lower case and matched against lowered text.
   */
  readonly keywords: readonly string[]
  readonly caseInsensitive?: boolean
  /**
   * Every match of `pattern` starts where one of `keywords` starts: the regex is then tried only
   * at those offsets (sticky) instead of searching the lines they are on. For a rule whose
   * keywords are common words (`token`), this spares a search through most of the text.
   */
  readonly startsAtKeyword?: boolean
  /**
   * The keywords are names as written in prose or config (a provider's name before its key): one
   * glued inside a long base64 run (an image's `data:…;base64,` payload, a blob of more than
   * BASE64_RUN characters) is a chance spelling in encoded data and does not open the rule.
   */
  readonly proseKeywords?: boolean
  /**
   * For a rule without keywords: a label naming the kind of character its matches start with
   * (`digits`, `capitals`). Rules with the same label are searched together, in one pass of a
   * regex that is the alternation of their patterns; each is then tried only where that pass
   * stops. The findings are the same as with a pass per rule: only the speed depends on it.
   */
  readonly searchGroup?: string
  readonly pattern: RegExp
  /**
   * For a rule without keywords: finds its hits in its own pass over the text (one linear pass
   * over character classes) in place of running `pattern` and `validate`, which stay the
   * reference (`pl rules explain`, the tests) and must find the same hits.
   */
  readonly scan?: (text: string) => Hit[]
  /**
   * For a rule without keywords whose candidates are runs of characters (maximal runs of `chars`,
   * `minLength` or longer, at the start of the text or after one of `openers`; ASCII only): the
   * detector's keyword pass records them while it reads the text, and `judge` is called on each
   * in place of `scan`, which must find the same hits (one rule per detector: a second one's
   * `scan` runs).
   */
  readonly runs?: {
    readonly chars: string
    readonly openers: string
    readonly minLength: number
    readonly judge: (text: string, start: number, end: number) => Hit | null
  }
  /** Higher wins when two hits overlap (provider rules over generic ones over PII). */
  readonly priority: number
  /**
   * The rule checks the provider's checksum: a value in the exact format that fails it is still
   * reported, with confidence `low` and the reason (docs/scanning.md lists these rules).
   */
  readonly checksum?: boolean
  /**
   * Values this rule's provider issues in this rule's format, whole or broken, told by their shape
   * or by the name they are assigned to (`4545:A…` is a Telegram bot token's shape, a 44-character
   * base64 value under `jira_token` a Data Center token): the generic `name = value` rule does not
   * report such a value that this rule refuses (rules/prefix-format.ts).
   */
  readonly claims?: (value: string, name: string) => boolean
  /** Turns a regex match into a hit, or returns null to reject it. `text` is the whole scanned text. */
  readonly validate: (match: RegExpExecArray, text: string) => Hit | null
  /**
   * Why `validate` rejects this match, in words (`pl rules explain` shows it for a near miss);
   * undefined when it does not, or when the rule gives no reason of its own.
   */
  readonly whyNot?: (match: RegExpExecArray, text: string) => string | undefined
}

/** A sensitive prompt registered by the user; its name is reported, never its text. */
export interface KnownPrompt {
  name: string
  text: string
}

/** Positions of a detection in the input, before fingerprinting. */
export interface Detection {
  rule: string
  category: Category
  line: number
  start: number
  end: number
  endLine?: number
  jsonPath?: string
  masked: string
  length: number
  /** The value to fingerprint; for prompts, `prompt:<name>` so that all copies of one prompt group. */
  secret: string
  promptName?: string
  coverage?: number
  tenant?: string
  channel?: Channel
  confidence?: 'low'
  reason?: string
  pair?: PairedHalf
  /** The raw other half of a pair (pairs.ts), for `pl scan --verify` only: never copied into a finding. */
  partner?: string
}
