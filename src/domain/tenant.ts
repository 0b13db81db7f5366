/**
 * Which tenant a log record belongs to, read from the record itself: a postmortem must say whose
 * data leaked, and multi-tenant gateways stamp each line with the tenant it served. Recognised, in
 * one line of text:
 * - JSON members: `"tenant": "acme"`, `"tenant_id": 42`, `"orgId": "…"`, `"customer_id"`, …;
 * - OpenTelemetry attributes: `{"key": "tenant.id", "value": {"stringValue": "acme"}}`;
 * - logfmt and key=value text: `tenant=acme`, `org_id="globex"`.
 * The field names are a tenant, organisation, customer, account or workspace, alone or with an
 * id or name suffix. The first one on the line wins. Values are short identifiers, never free
 * text: a value over {@link MAX_TENANT} characters or with spaces is not taken.
 */

const MAX_TENANT = 64

// tenant, tenantId, tenant_id, tenant-id, tenant.id, tenantName, org, orgId, organization_id, …
const NAME = String.raw`(?:tenant|org|organi[sz]ation|customer|account|workspace)(?:[._-]?(?:id|name))?`
// An identifier bare; in quotes also a name with spaces ("Acme Corp").
const BARE = String.raw`[A-Za-z0-9][\w.@:+-]{0,${MAX_TENANT - 1}}`
const QUOTED = String.raw`[^"\\\s][^"\\\n]{0,${MAX_TENANT - 1}}`

const PATTERNS = [
  new RegExp(String.raw`"${NAME}"\s*:\s*(?:"(${QUOTED})"|(\d{1,20})\b)`, 'i'),
  new RegExp(String.raw`"key"\s*:\s*"${NAME}"\s*,\s*"value"\s*:\s*\{\s*"(?:stringValue|intValue)"\s*:\s*(?:"(${QUOTED})"|(\d{1,20})\b)`, 'i'),
  new RegExp(String.raw`(?<![\w.-])${NAME}=(?:"(${QUOTED})"|(${BARE})(?![^\s,;&]))`, 'i'),
]

/** A cheap test before the patterns: most lines name no tenant at all. */
const MENTION = /tenant|org|customer|account|workspace/i

/** The tenant named in one line of a log (the first one on the line), or undefined. */
export function tenantOf(line: string): string | undefined {
  if (!MENTION.test(line)) return undefined
  let first: {at: number; value: string} | undefined
  for (const pattern of PATTERNS) {
    const match = pattern.exec(line)
    const value = (match?.[1] ?? match?.[2])?.trim()
    if (match === null || value === undefined || value === '') continue
    if (first === undefined || match.index < first.at) first = {at: match.index, value}
  }
  return first?.value
}
