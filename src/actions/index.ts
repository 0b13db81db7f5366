/** Every provider, by action type and name, matching src/domain/runbook/catalog.ts. */
import {notifyProviders} from './notify.js'
import {pauseProviders} from './pause.js'
import {purgeProviders} from './purge.js'
import {revokeProviders} from './revoke.js'
import type {ActionProviderTable} from './types.js'

export const ACTION_PROVIDER_TABLE: ActionProviderTable = {
  // Manual steps are confirmations the service records itself (who and when).
  manual: {},
  'revoke-token': revokeProviders,
  'pause-pipeline': pauseProviders,
  purge: purgeProviders,
  notify: notifyProviders,
}
