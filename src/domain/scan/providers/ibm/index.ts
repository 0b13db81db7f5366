import {B64URL, HEX, named, provider} from '../define.js'

/** A short form of a service's name joined to a key or password word by `_` or `-` (`sl_key`, `clou-pw`), and `api_key` with the same separator. */
function shortNames(short: string, words: readonly string[]): string[] {
  return ['_', '-'].flatMap((sep) => [...words, `api${sep}key`].map((word) => `${short}${sep}${word}`))
}

export default provider({
  name: 'ibm',
  title: 'IBM Cloud / watsonx',
  revoke: 'cloud.ibm.com/iam/apikeys: delete the key (Cloudant: rotate the service credentials; classic infrastructure: regenerate the SoftLayer API key under Users → API keys).',
  rules: [
    named({
      id: 'ibm-cloud-api-key',
      description: 'IBM Cloud / watsonx IAM API key (44 characters, next to "ibm", "watsonx" or "iam_apikey")',
      names: ['ibm', 'watsonx', 'iam_apikey', 'iam-apikey'],
      value: '[A-Za-z0-9_-]{44}',
      alphabet: 'A-Za-z0-9_-',
      minEntropy: 4,
      sample: (r) => r.chars(B64URL, 44),
    }),
    named({
      id: 'ibm-cloudant-credential',
      description: 'IBM Cloudant service credentials password (64 hex, next to "cloudant")',
      // detect-secrets' Cloudant names: cloudant, or its short form clou, with a password or key word.
      names: ['cloudant', ...shortNames('clou', ['pw', 'pwd', 'pass', 'password', 'key', 'apikey'])],
      value: '[0-9a-f]{64}',
      minEntropy: 3.5,
      sample: (r) => r.chars(HEX, 64),
      sampleInContext: (value) => `CLOUDANT_PASSWORD=${value}`,
    }),
    named({
      id: 'softlayer-api-key',
      description: 'IBM Cloud classic infrastructure (SoftLayer) API key (64 hex, next to "softlayer", also in an api.softlayer.com URL)',
      // detect-secrets' SoftLayer names: softlayer, or sl with a key or password word (sl_api_key, sl-key, sl_pass).
      names: ['softlayer', ...shortNames('sl', ['key', 'apikey', 'pass', 'password', 'pw', 'pwd', 'token'])],
      value: '[0-9a-f]{64}',
      minEntropy: 3.5,
      sample: (r) => r.chars(HEX, 64),
      sampleInContext: (value) => `SOFTLAYER_API_KEY=${value}`,
    }),
  ],
})
