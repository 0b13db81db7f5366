/**
 * The ids of the core rules (rules/secrets.ts, rules/pii.ts, network.ts, national-ids.ts,
 * high-entropy.ts), as a
 * typed union; with the provider catalogue's ids they make `RuleId`, which keys the verifier table
 * (services/scan/verify-tokens.ts). test/domain/scan/providers.test.ts checks this list against
 * the rules the scanner runs.
 */
import type {ProviderRuleId} from '../providers/index.js'

export const CORE_RULE_IDS = [
  'aws-access-key-id',
  'aws-secret-access-key',
  'github-token',
  'github-fine-grained-token',
  'gitlab-token',
  'openai-api-key',
  'anthropic-api-key',
  'groq-api-key',
  'google-api-key',
  'slack-token',
  'slack-webhook',
  'stripe-secret-key',
  'twilio-api-key',
  'twilio-auth-token',
  'sendgrid-api-key',
  'npm-token',
  'pypi-token',
  'huggingface-token',
  'azure-storage-key',
  'azure-shared-access-key',
  'azure-sas-signature',
  'azure-client-secret',
  'jwt',
  'private-key',
  'connection-string-password',
  'generic-secret',
  'bearer-token',
  'email',
  'phone',
  'payment-card',
  'iban',
  'us-ssn',
  'ip-address',
  'national-id',
  'high-entropy-token',
] as const

export type CoreRuleId = (typeof CORE_RULE_IDS)[number]

/** Every built-in rule id. */
export type RuleId = CoreRuleId | ProviderRuleId
