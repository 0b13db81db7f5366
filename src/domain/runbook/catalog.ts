/**
 * The actions a runbook may name, their providers and parameters. The action implementations in
 * src/actions follow this catalog; a runbook naming anything else is rejected before it runs.
 */

export const ACTION_TYPES = ['manual', 'revoke-token', 'pause-pipeline', 'purge'] as const
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
}

/** Actions that change or destroy something outside pl: confirmed unless --yes. */
export const DESTRUCTIVE: Readonly<Record<ActionType, boolean>> = {
  manual: false,
  'revoke-token': true,
  'pause-pipeline': true,
  purge: true,
}

export const QUESTION_TYPES = ['confirm', 'input', 'select', 'checkbox', 'password'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]
