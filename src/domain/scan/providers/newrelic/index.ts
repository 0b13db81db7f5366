import {HEX, UPPER_ALNUM, provider, token} from '../define.js'
import {byStatus403} from '../../verifier.js'

export default provider({
  name: 'newrelic',
  title: 'New Relic',
  revoke: 'one.newrelic.com → API keys: delete the key (license keys: rotate in the same place).',
  rules: [
    token({
      id: 'newrelic-user-key',
      description: 'New Relic user API key (NRAK-)',
      keywords: ['NRAK-'],
      pattern: 'NRAK-[A-Za-z0-9]{27}',
      sample: (r) => `NRAK-${r.chars(UPPER_ALNUM, 27)}`,
    }),
    token({
      id: 'newrelic-insights-key',
      description: 'New Relic Insights insert or query key, browser or REST key (NRII-, NRIQ-, NRJS-, NRRA-, NRBR-)',
      keywords: ['NRII-', 'NRIQ-', 'NRJS-', 'NRRA-', 'NRBR-'],
      pattern: 'NR(?:II|IQ|RA)-[A-Za-z0-9_-]{24,42}|NR(?:JS|BR)-[a-f0-9]{19}',
      // Insert and query keys: 25 characters after the prefix as trufflehog reads them, 32 as gitleaks does; none shorter or between.
      check: (value) => !/^NRI[IQ]-/.test(value) || value.length === 30 || value.length === 37,
      guard: 'prefix NRII-, NRIQ-, NRJS-, NRRA-, NRBR-; insert and query keys exactly 25 or 32 characters after the prefix (a shorter or longer run is a truncated or padded copy); entropy ≥ 3, no placeholder',
      sample: (r) => `NRJS-${r.chars(HEX, 19)}`,
    }),
    token({
      id: 'newrelic-license-key',
      description: 'New Relic ingest license key (40 characters ending in NRAL) or mobile app token (-NRMA)',
      keywords: ['NRAL', '-NRMA'],
      pattern: '(?:eu01xx|[a-f0-9]{6})[a-f0-9]{26}FFFFNRAL|(?:AA|eu01xx)[a-f0-9]{36,40}-NRMA',
      // A mobile app token is 42 characters before -NRMA: AA and 40 hex digits, or a region's eu01xx and 36.
      check: (value) => !value.endsWith('-NRMA') || value.length === 47,
      guard: 'license key: 32 hex digits then FFFFNRAL (or eu01xx and 26); mobile app token: exactly 42 characters (AA and 40 hex digits, or eu01xx and 36) then -NRMA; entropy ≥ 3, no placeholder',
      sample: (r) => `${r.chars(HEX, 32)}FFFFNRAL`,
    }),
  ],
  verifiers: {
    'newrelic-user-key': {
      env: 'PL_NEWRELIC_API_URL',
      base: 'https://api.newrelic.com',
      request: (key) => ({method: 'GET', path: '/v2/applications.json', headers: {'x-api-key': key}}),
      judge: byStatus403,
    },
  },
})
