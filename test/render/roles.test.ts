/**
 * The team roles' report, one piece of code for `pl init` (a new store, and the roles step alone on
 * an existing one) and `pl store clone`: each command's wording, to the byte, as it printed before.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {rolesText} from '../../src/render/roles.js'

const sql = 'GRANT USAGE ON SCHEMA public TO pl_writer, pl_auditor;\nGRANT UPDATE ON public.head TO pl_writer;\n'
const created = {writer: 'pl_writer', auditor: 'pl_auditor', sql, created: true}
const printed = {...created, created: false}
const indentedSql = '    GRANT USAGE ON SCHEMA public TO pl_writer, pl_auditor;\n    GRANT UPDATE ON public.head TO pl_writer;'

describe('rolesText', () => {
  test('created: one line naming both roles, aligned as each command lays it out, saying where they were granted', () => {
    assert.equal(rolesText(created, 'new store'), "  roles:      pl_writer (writer), pl_auditor (auditor); grant them to people's logins (docs/team-store.md)")
    assert.equal(rolesText(created, 'existing store'), "  roles:      pl_writer (writer), pl_auditor (auditor) granted on its tables; grant them to people's logins (docs/team-store.md)")
    assert.equal(rolesText(created, 'copy'), "  roles: pl_writer (writer), pl_auditor (auditor) granted on the copy; grant them to people's logins (docs/team-store.md)")
  })

  test('printed: why the owner runs it, then the SQL indented, without its final newline', () => {
    assert.equal(rolesText(printed, 'new store'), `  roles: run this as the database owner to create the writer and auditor roles (or pass --roles create):\n${indentedSql}`)
    assert.equal(rolesText(printed, 'existing store'), `  roles: run this as the database owner to create the writer and auditor roles and grant them on this store (or pass --roles create):\n${indentedSql}`)
    assert.equal(rolesText(printed, 'copy'), `  roles: run this as the database owner so the team can use the copy (or pass --roles create):\n${indentedSql}`)
  })
})
