/**
 * What PostgreSQL or the connection refused, mapped to the error family a user can act on
 * (src/store/pg/database.ts pgError): a lost connection is exit 8 with the URL and what was kept,
 * whichever message the client library words it with.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {ExternalError} from '../../src/errors.js'
import type {PlError} from '../../src/errors.js'
import {pgError} from '../../src/store/pg/database.js'
import {PgError} from '../../src/store/pg/sync-client.js'

const WHERE = 'postgres://pl@127.0.0.1:5432/pl'

describe('pgError', () => {
  it('a connection lost mid-command, in each wording the client uses, is "the connection was lost" (exit 8)', () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'Client has encountered a connection error and is not queryable',
      'Client was closed and is not queryable',
      'the connection is closed',
    ]) {
      const mapped = pgError(new PgError({message}), WHERE)
      assert.ok(mapped instanceof ExternalError, message)
      assert.match((mapped as PlError).message, /The connection to the PostgreSQL store postgres:\/\/pl@127\.0\.0\.1:5432\/pl was lost/, message)
    }
  })

  it('leaves an error it does not know as it is, for the caller to handle', () => {
    const odd = new PgError({message: 'something else', code: 'XX999'})
    assert.equal(pgError(odd, WHERE), odd)
  })
})
