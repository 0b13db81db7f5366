/**
 * What each provider needs from the environment, for the preflight and `pl doctor`: the variable
 * of its address (with the fallback variable or default the provider uses), and its credential
 * variables. Typed by the catalog, so a provider without its row does not compile.
 */
import type {ACTION_PROVIDERS} from '../domain/runbook/catalog.js'

/** The provider's address: from `env`, else `fallbackEnv`, else `fallback`; `scheme` says how to reach it. */
export interface AddressNeed {
  env: string
  fallbackEnv?: string
  fallback?: string
  scheme: 'http' | 'tcp'
  port?: number
  /** The URL is itself a secret (a webhook): named by its variable and host, never shown whole. */
  secret?: boolean
  /** Plain http is refused except to this machine (a message or token would travel in clear). */
  httpsOnly?: boolean
}

export interface ProviderNeeds {
  address?: AddressNeed
  /** From the step's parameters instead: an address parameter, and a parameter naming a credential variable. */
  addressParam?: string
  credentialParam?: string
  /** A parameter naming the variable that holds the address instead of `address.env` (`url_env`). */
  addressEnvParam?: string
  /** The variable `credentialParam` means when the step leaves it out. */
  credentialParamDefault?: string
  /** Credential variables: alternatives, each a set of variables that are all needed. Empty: none needed. */
  credentials: readonly (readonly string[])[]
}

type NeedsTable = {readonly [T in keyof typeof ACTION_PROVIDERS]: {readonly [P in keyof (typeof ACTION_PROVIDERS)[T]]: ProviderNeeds}}

const http = (env: string, fallback?: string): AddressNeed => ({env, scheme: 'http', ...(fallback === undefined ? {} : {fallback})})
const webhook = (env: string): AddressNeed => ({env, scheme: 'http', secret: true, httpsOnly: true})

export const PROVIDER_NEEDS: NeedsTable = {
  manual: {manual: {credentials: []}},
  'revoke-token': {
    github: {address: http('PL_GITHUB_URL', 'https://api.github.com'), credentials: []},
    slack: {address: http('PL_SLACK_URL', 'https://slack.com'), credentials: []},
    gitlab: {address: http('PL_GITLAB_URL', 'https://gitlab.com'), credentials: []},
    openai: {address: http('PL_OPENAI_URL', 'https://api.openai.com'), credentials: [['OPENAI_ADMIN_KEY']]},
    vault: {address: http('PL_VAULT_URL'), credentials: [['VAULT_TOKEN']]},
    'vault-lease': {address: http('PL_VAULT_URL'), credentials: [['VAULT_TOKEN']]},
    http: {addressParam: 'url', credentialParam: 'auth_env', credentials: []},
  },
  'pause-pipeline': {
    'github-actions': {address: http('PL_GITHUB_URL', 'https://api.github.com'), credentials: [['GITHUB_TOKEN']]},
    airflow: {address: http('PL_AIRFLOW_URL'), credentials: [['AIRFLOW_TOKEN'], ['AIRFLOW_USERNAME', 'AIRFLOW_PASSWORD']]},
    'kafka-connect': {address: http('PL_KAFKA_CONNECT_URL'), credentials: []},
    jenkins: {address: http('PL_JENKINS_URL'), credentials: [['JENKINS_USER', 'JENKINS_API_TOKEN']]},
    'kubernetes-cronjob': {address: http('PL_KUBERNETES_URL'), credentials: [['KUBERNETES_TOKEN']]},
    http: {addressParam: 'url', credentialParam: 'auth_env', credentials: []},
  },
  purge: {
    files: {credentials: []},
    redis: {address: {env: 'PL_REDIS_URL', fallbackEnv: 'REDIS_URL', scheme: 'tcp', port: 6379}, credentials: []},
    postgres: {address: {env: 'PL_POSTGRES_URL', fallbackEnv: 'DATABASE_URL', scheme: 'tcp', port: 5432}, credentials: []},
    sqlite: {credentials: []},
    elasticsearch: {address: http('PL_ELASTICSEARCH_URL'), credentials: []},
  },
  notify: {
    slack: {address: {...http('PL_SLACK_URL', 'https://slack.com'), httpsOnly: true}, credentials: [['SLACK_BOT_TOKEN']]},
    'slack-webhook': {address: webhook('SLACK_WEBHOOK_URL'), addressEnvParam: 'url_env', credentials: []},
    teams: {address: webhook('TEAMS_WEBHOOK_URL'), addressEnvParam: 'url_env', credentials: []},
    pagerduty: {address: {...http('PL_PAGERDUTY_EVENTS_URL', 'https://events.pagerduty.com'), httpsOnly: true}, credentialParam: 'routing_key_env', credentialParamDefault: 'PAGERDUTY_ROUTING_KEY', credentials: []},
    webhook: {address: webhook('NOTIFY_WEBHOOK_URL'), addressEnvParam: 'url_env', credentialParam: 'auth_env', credentials: []},
  },
}
