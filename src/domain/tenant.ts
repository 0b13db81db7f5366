/**
 * Which tenant a log record belongs to, read from the record itself: a postmortem must say whose
 * data leaked, and multi-tenant gateways stamp each line with the tenant it served. Recognised, in
 * one line of text:
 * - JSON members: `"tenant": "acme"`, `"tenant_id": 42`, `"orgId": "…"`, `"customer_id"`, …;
 * - OpenTelemetry attributes: `{"key": "tenant.id", "value": {"stringValue": "acme"}}`;
 * - logfmt and key=value text: `tenant=acme`, `org_id="globex"`.
 * The field names are a tenant, organisation, customer, account or workspace, alone or with an
 * id or name suffix. The first one on the line wins. Values are short identifiers, never free
 * text: a value over {@link MAX_TENANT} characters or with spaces is not taken. A pair of an Azure
 * storage connection string (`…;AccountName=acct;AccountKey=…`) names a storage account, not a
 * tenant, and is not taken.
 */

const MAX_TENANT = 64

// tenant, tenantId, tenant_id, tenant-id, tenant.id, tenantName, org, orgId, organization_id, …
const NAME = String.raw`(?:tenant|org|organi[sz]ation|customer|account|workspace)(?:[._-]?(?:id|name))?`
// An identifier bare; in quotes also a name with spaces ("Acme Corp").
const BARE = String.raw`[A-Za-z0-9][\w.@:+-]{0,${MAX_TENANT - 1}}`
const QUOTED = String.raw`[^"\\\s][^"\\\n]{0,${MAX_TENANT - 1}}`

const JSON_PATTERNS = [
  new RegExp(String.raw`"${NAME}"\s*:\s*(?:"(${QUOTED})"|(\d{1,20})\b)`, 'i'),
  new RegExp(String.raw`"key"\s*:\s*"${NAME}"\s*,\s*"value"\s*:\s*\{\s*"(?:stringValue|intValue)"\s*:\s*(?:"(${QUOTED})"|(\d{1,20})\b)`, 'i'),
]
// Global for matchAll, which works on a copy: no lastIndex is shared between calls.
const KEY_VALUE = new RegExp(String.raw`(?<![\w.-])${NAME}=(?:"(${QUOTED})"|(${BARE})(?![^\s,;&]))`, 'gi')

/** A cheap test before the patterns: most lines name no tenant at all. */
const MENTION = /tenant|org|customer|account|workspace/i

/**
 * Keys that make a `;`-separated run of pairs an Azure storage connection string, whose
 * `AccountName` is a storage account, not a tenant.
 */
const STORAGE_KEYS = /(?:^|;)(?:AccountKey|DefaultEndpointsProtocol|EndpointSuffix|SharedAccessSignature|(?:Blob|Queue|Table|File)Endpoint)=/i

/** How far around a pair its connection string is looked for (connection strings are short). */
const RUN_LIMIT = 2048
/** key=value pairs tried per line before giving up (a line of many connection strings names no tenant). */
const MAX_PAIRS = 32

/** Whitespace, a quote or a backtick: what ends a run of `;`-separated pairs. */
function endsRun(code: number): boolean {
  return code <= 32 || code === 34 || code === 39 || code === 96
}

/** Whether the pair at `at` (up to `end`) is one of the `;`-separated pairs of a storage connection string. */
function inConnectionString(line: string, at: number, end: number): boolean {
  if (line[at - 1] !== ';' && line[end] !== ';') return false
  let from = at
  while (from > 0 && at - from < RUN_LIMIT && !endsRun(line.charCodeAt(from - 1))) from--
  let to = end
  while (to < line.length && to - end < RUN_LIMIT && !endsRun(line.charCodeAt(to))) to++
  return STORAGE_KEYS.test(line.slice(from, to))
}

/** The first key=value tenant of the line that is not part of a connection string. */
function keyValueTenant(line: string): RegExpMatchArray | null {
  let tried = 0
  for (const match of line.matchAll(KEY_VALUE)) {
    if (!inConnectionString(line, match.index ?? 0, (match.index ?? 0) + match[0].length)) return match
    if (++tried >= MAX_PAIRS) break
  }
  return null
}

/** The tenant named in one line of a log (the first one on the line), or undefined. */
export function tenantOf(line: string): string | undefined {
  if (!MENTION.test(line)) return undefined
  let first: {at: number; value: string} | undefined
  for (const match of [...JSON_PATTERNS.map((pattern) => pattern.exec(line)), keyValueTenant(line)]) {
    const value = (match?.[1] ?? match?.[2])?.trim()
    if (match === null || value === undefined || value === '') continue
    const at = match.index ?? 0
    if (first === undefined || at < first.at) first = {at, value}
  }
  return first?.value
}
