/**
 * The actions a runbook may name, their providers and parameters. The action implementations in
 * src/actions follow this catalog; a runbook naming anything else is rejected before it runs.
 */

export const ACTION_TYPES = ['manual', 'revoke-token', 'pause-pipeline', 'purge', 'notify'] as const
export type ActionType = (typeof ACTION_TYPES)[number]

export interface ActionProviderSpec {
  required: readonly string[]
  optional: readonly string[]
}

export const ACTION_PROVIDERS: Readonly<Record<ActionType, Readonly<Record<string, ActionProviderSpec>>>> = {
  manual: {
    manual: {required: ['task'], optional: ['who']},
  },
  'revoke-token': {
    github: {required: ['tokens'], optional: []},
    slack: {required: ['tokens'], optional: []},
    gitlab: {required: ['tokens'], optional: []},
    openai: {required: ['tokens', 'project'], optional: []},
    vault: {required: ['tokens'], optional: []},
    'vault-lease': {required: ['leases'], optional: []},
    http: {required: ['tokens', 'url'], optional: ['method', 'check_url', 'auth_env']},
  },
  'pause-pipeline': {
    'github-actions': {required: ['repo', 'workflow'], optional: []},
    airflow: {required: ['dag'], optional: []},
    'kafka-connect': {required: ['connector'], optional: []},
    jenkins: {required: ['job'], optional: []},
    'kubernetes-cronjob': {required: ['namespace', 'cronjob'], optional: []},
    http: {required: ['url'], optional: ['method', 'check_url', 'auth_env']},
  },
  purge: {
    files: {required: ['path'], optional: []},
    redis: {required: ['pattern'], optional: []},
    postgres: {required: ['table', 'where'], optional: ['args']},
    sqlite: {required: ['path', 'table', 'where'], optional: ['args']},
    elasticsearch: {required: ['index', 'query'], optional: []},
  },
  // Where a message goes comes from the environment (a webhook's URL is its secret), never from params.
  notify: {
    slack: {required: ['channel', 'message'], optional: []},
    'slack-webhook': {required: ['message'], optional: ['url_env']},
    teams: {required: ['message'], optional: ['title', 'url_env']},
    pagerduty: {required: ['event'], optional: ['message', 'severity', 'source', 'routing_key_env']},
    webhook: {required: ['message'], optional: ['event', 'url_env', 'auth_env']},
  },
}

/** PagerDuty Events API v2 actions, and the severities an alert may carry. */
export const PAGERDUTY_EVENTS = ['trigger', 'acknowledge', 'resolve'] as const
export const PAGERDUTY_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const

/** Actions that change or destroy something outside pl: confirmed unless --yes. */
export const DESTRUCTIVE: Readonly<Record<ActionType, boolean>> = {
  manual: false,
  'revoke-token': true,
  'pause-pipeline': true,
  purge: true,
  // A message leaves for a third party: it is shown, masked, and confirmed like any outside change.
  notify: true,
}

export const QUESTION_TYPES = ['confirm', 'input', 'select', 'checkbox', 'password'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]
