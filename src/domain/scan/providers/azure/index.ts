import {entropy} from '../../checks.js'
import {ALNUM, B64URL, HEX, named, provider, token} from '../define.js'

const B64 = `${ALNUM}+/`

export default provider({
  name: 'azure',
  title: 'Azure (OpenAI, AI services, storage)',
  revoke: 'portal.azure.com → the resource → Keys and Endpoint (or Access keys): regenerate the key.',
  rules: [
    token({
      id: 'azure-refresh-token',
      description: 'Microsoft Entra ID refresh token (0.A… / 1.A…, then a ".Ag" encrypted part)',
      keywords: ['0.A', '1.A'],
      pattern: '[01]\\.A[A-Za-z0-9_-]{40,120}(?:\\.[0-9])?\\.Ag[A-Za-z0-9_-]{200,}(?:\\.[A-Za-z0-9_-]{20,})*',
      // The encrypted part opens with fixed header bytes (AgABAAAAAAD…): a run a placeholder test would refuse.
      minEntropy: 0,
      check: (value) => entropy(value) >= 4.5,
      guard: 'version digit, ".A", a client part, ".Ag" and 200+ characters of the encrypted token; entropy ≥ 4.5',
      sample: (r) => `0.A${r.chars(B64URL, 60)}.AgABAAEAAAD${r.chars(B64URL, 300)}`,
    }),
    token({
      id: 'azure-api-key',
      description: 'Azure AI services / OpenAI / App Configuration key in the 84-character format (JQQJ99 marker)',
      keywords: ['JQQJ99'],
      pattern: '[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{26}',
      minEntropy: 3.8,
      sample: (r) => `${r.chars(ALNUM, 52)}JQQJ99${r.chars(ALNUM, 26)}`,
    }),
    named({
      id: 'azure-openai-key',
      description: 'Azure OpenAI key (32 hex characters, next to "azure_openai" or an openai.azure.com endpoint)',
      names: ['azure_openai', 'azure-openai', 'azureopenai', 'openai.azure.com', 'cognitiveservices.azure.com', 'ocp-apim-subscription-key'],
      value: '[a-f0-9]{32}',
      reach: 120,
      sample: (r) => r.chars(HEX, 32),
    }),
    named({
      id: 'azure-apim-subscription-key',
      description: 'Azure API Management subscription key (32 letters and digits, next to "subscription key" or Ocp-Apim-Subscription-Key)',
      names: ['subscription_key', 'subscription-key', 'subscriptionkey', 'subscription key'],
      value: '[A-Za-z0-9]{32}',
      reach: 20,
      minEntropy: 3.3,
      sample: (r) => r.chars(HEX, 32),
      sampleInContext: (value) => `AZURE_API_MANAGEMENT_SUBSCRIPTION_KEY=${value}`,
    }),
    named({
      id: 'azure-key-named',
      description: 'Azure key assigned to an "azure_key" / "azureKey" / "azure_api_key" setting (Batch, Search, Functions, Cosmos DB keys)',
      names: ['azure_key', 'azurekey', 'azure-key', 'azure_api_key', 'azureapikey', 'azure_access_key'],
      // A storage account key (86 base64 and ==) is left to azure-storage-key-named.
      value: '(?![A-Za-z0-9+/]{86}==)[A-Za-z0-9+/_-]{32,100}={0,2}',
      alphabet: 'A-Za-z0-9+/_=-',
      reach: 8,
      minEntropy: 3.5,
      guard: 'only within 8 characters after an azure key name; 32–100 base64 characters, entropy ≥ 3.5, no placeholder',
      sample: (r) => r.chars(ALNUM, 52),
      sampleInContext: (value) => `azure_key: ${value}`,
    }),
    named({
      id: 'azure-storage-key-named',
      description: 'Azure storage account key outside a connection string (88 base64 characters, next to "azure" or "storage")',
      names: ['azure', 'storage_key', 'storage-key', 'storagekey', 'account_key', 'accountkey', 'storageaccountkey', 'storage_account_key'],
      value: '[A-Za-z0-9+/]{86}==',
      alphabet: 'A-Za-z0-9+/=',
      reach: 80,
      minEntropy: 4.5,
      sample: (r) => `${r.chars(B64, 86)}==`,
    }),
  ],
})
