import {ALNUM, decodeBase64, provider, token} from '../define.js'

export default provider({
  name: 'aws-bedrock',
  title: 'AWS Bedrock API keys',
  revoke: 'IAM → Users → the BedrockAPIKey user → Security credentials → Bedrock API keys: deactivate and delete; short-term keys expire with their session.',
  rules: [
    token({
      id: 'aws-bedrock-api-key',
      description: 'Amazon Bedrock long-term API key (ABSK…, base64 of "BedrockAPIKey-")',
      keywords: ['ABSKQmVkcm9ja0FQSUtleS'],
      pattern: 'ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,300}={0,2}',
      examples: true,
      end: '[A-Za-z0-9+/=]',
      minEntropy: 3.5,
      sample: (r) => `ABSKQmVkcm9ja0FQSUtleS1${r.chars(ALNUM, 108)}=`,
    }),
    token({
      id: 'aws-bedrock-short-term-key',
      description: 'Amazon Bedrock short-term API key (bedrock-api-key-, a base64 presigned URL)',
      keywords: ['bedrock-api-key-'],
      pattern: 'bedrock-api-key-[A-Za-z0-9+/]{28,}={0,2}',
      end: '[A-Za-z0-9+/=]',
      minEntropy: 0,
      // The presigned URL always names Bedrock's host: a base64 body that decodes to it is the key, even a cut copy.
      check: (value) => (decodeBase64(value.slice('bedrock-api-key-'.length)) ?? '').startsWith('bedrock.amazonaws.com'),
      guard: 'prefix bedrock-api-key-; the base64 body decodes to a URL on bedrock.amazonaws.com',
      sample: () => `bedrock-api-key-${Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA').toString('base64')}`,
    }),
  ],
})
