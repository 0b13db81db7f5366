import {HEX, named, provider} from '../define.js'
import {byStatus403} from '../../verifier.js'
import type {VerifierContext} from '../../verifier.js'

export default provider({
  name: 'datadog',
  title: 'Datadog',
  revoke: 'Organization settings → API keys / Application keys: revoke the key.',
  rules: [
    named({
      id: 'datadog-api-key',
      description: 'Datadog API key (32 hex characters, next to "datadog" or "dd_api_key")',
      names: ['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey'],
      value: '[a-f0-9]{32}',
      sample: (r) => r.chars(HEX, 32),
    }),
    named({
      id: 'datadog-app-key',
      description: 'Datadog application key (40 hex characters, next to "dd_app_key" or "application_key")',
      names: ['dd_app_key', 'dd-application-key', 'dd_application_key', 'datadog_app_key'],
      value: '[a-f0-9]{40}',
      sample: (r) => r.chars(HEX, 40),
    }),
  ],
  verifiers: {
    'datadog-api-key': {
      env: 'PL_DATADOG_API_URL',
      base: 'https://api.datadoghq.com',
      request: (key) => ({method: 'GET', path: '/api/v1/validate', headers: {'dd-api-key': key}}),
      judge: byStatus403,
    },
    // Paired: the application key is checked with the API key found beside it (pairs.ts).
    'datadog-app-key': {
      env: 'PL_DATADOG_API_URL',
      base: 'https://api.datadoghq.com',
      needsPair: true,
      request: (appKey: string, context?: VerifierContext) => ({method: 'GET', path: '/api/v2/validate_keys', headers: {'dd-api-key': context?.pair ?? '', 'dd-application-key': appKey}}),
      judge: byStatus403,
    },
  },
})
