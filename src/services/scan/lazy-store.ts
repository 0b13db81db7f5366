import type {incidentKey} from '../incidents.js'
import type {withLedger} from '../store-access.js'

/**
 * The store's modules (SQLite, the ledger, libsodium), loaded only when a scan uses the store: a
 * scan without one starts faster.
 */
export async function storeAccess(): Promise<{withLedger: typeof withLedger; incidentKey: typeof incidentKey}> {
  const [access, incidents] = await Promise.all([import('../store-access.js'), import('../incidents.js')])
  return {withLedger: access.withLedger, incidentKey: incidents.incidentKey}
}
