/**
 * The team roles of a PostgreSQL store, as `pl init` and `pl store clone` report them: the roles
 * created, or their SQL for the database owner to run.
 */

/** The writer and auditor roles, their SQL, and whether pl ran it (`--roles create`). */
export interface RolesSetup {
  writer: string
  auditor: string
  sql: string
  created: boolean
}

/**
 * What differs with the store the roles are for: `label` is the created line's (padded in `pl
 * init` to align with the lines above it), `granted` where they were granted when the line says it,
 * `purpose` why the owner runs the printed SQL.
 */
const WORDING = {
  'new store': {label: 'roles:     ', granted: '', purpose: 'to create the writer and auditor roles'},
  'existing store': {label: 'roles:     ', granted: ' granted on its tables', purpose: 'to create the writer and auditor roles and grant them on this store'},
  copy: {label: 'roles:', granted: ' granted on the copy', purpose: 'so the team can use the copy'},
} as const

/** The lines reporting the roles of a store `pl init` made, one it found, or a copy, indented under the command's first line. */
export function rolesText(roles: RolesSetup, store: keyof typeof WORDING): string {
  const {label, granted, purpose} = WORDING[store]
  if (roles.created) return `  ${label} ${roles.writer} (writer), ${roles.auditor} (auditor)${granted}; grant them to people's logins (docs/team-store.md)`
  return [
    `  roles: run this as the database owner ${purpose} (or pass --roles create):`,
    ...roles.sql.trimEnd().split('\n').map((line) => `    ${line}`),
  ].join('\n')
}
