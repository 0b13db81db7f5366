import {ALNUM, HEX, named, provider, token} from '../define.js'

const B64 = `${ALNUM}+/`

export default provider({
  name: 'azure',
  title: 'Azure (OpenAI, AI services, storage)',
  revoke: 'portal.azure.com → the resource → Keys and Endpoint (or Access keys): regenerate the key.',
  rules: [
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
      id: 'azure-storage-key-named',
      description: 'Azure storage account key outside a connection string (88 base64 characters, next to "azure" or "storage")',
      names: ['azure', 'storage_key', 'storage-key', 'storagekey', 'account_key', 'accountkey'],
      value: '[A-Za-z0-9+/]{86}==',
      alphabet: 'A-Za-z0-9+/=',
      reach: 80,
      minEntropy: 4.5,
      sample: (r) => `${r.chars(B64, 86)}==`,
    }),
  ],
})
