/** The error families: codes checked by the compiler, exit codes stable, context added without losing the family. */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {BugError, CancelledError, EXIT_CODES, ExternalError, IntegrityError, PlError, systemError, UserError, withContext} from '../src/errors.js'

describe('errors', () => {
  test('a code from another family does not compile', () => {
    // @ts-expect-error: 'integrity' is not a UserError code.
    const wrong = new UserError('integrity', 'tampered')
    // @ts-expect-error: 'external' is not an IntegrityError code.
    const alsoWrong = new IntegrityError('tampered', {code: 'external'})
    // The constructors do not check at run time: the compiler is the check.
    assert.equal(wrong.code, 'integrity')
    assert.equal(alsoWrong.code, 'external')
  })

  test('each family carries its exit code', () => {
    assert.equal(new UserError('usage', 'x').exitCode, 2)
    assert.equal(new UserError('key-shredded', 'x').exitCode, 7)
    assert.equal(new ExternalError('x').exitCode, 8)
    assert.equal(new IntegrityError('x').exitCode, 10)
    assert.equal(new IntegrityError('x', {code: 'unsealed'}).exitCode, 11)
    assert.equal(new BugError('x').exitCode, 70)
    assert.equal(new CancelledError().exitCode, 130)
    assert.equal(new CancelledError().name, 'CancelledError')
    assert.equal(EXIT_CODES['store-busy'], 5)
  })

  test('withContext keeps the family, code and exit code, and adds message, hints and details', () => {
    const original = new ExternalError('github: revoke failed with 503.', {hints: ['Try later.'], details: {provider: 'github'}})
    const wrapped = withContext(original, 'Step revoke failed and is still pending: github: revoke failed with 503.', {details: {step: 'revoke'}, hints: ['Run it again to resume.']})
    assert.ok(wrapped instanceof ExternalError)
    assert.ok(wrapped instanceof PlError)
    assert.equal(wrapped.name, 'ExternalError')
    assert.equal(wrapped.code, 'external')
    assert.equal(wrapped.exitCode, 8)
    assert.equal(wrapped.message, 'Step revoke failed and is still pending: github: revoke failed with 503.')
    assert.deepEqual(wrapped.hints, ['Try later.', 'Run it again to resume.'])
    assert.deepEqual(wrapped.details, {provider: 'github', step: 'revoke'})
    assert.equal(wrapped.cause, original)

    const user = withContext(new UserError('key-shredded', 'gone'), 'Step x: gone')
    assert.ok(user instanceof UserError)
    assert.equal(user.exitCode, 7)
    const integrity = withContext(new IntegrityError('x', {code: 'unsealed'}), 'y')
    assert.ok(integrity instanceof IntegrityError)
    assert.equal(integrity.code, 'unsealed')
  })

  test('systemError: the environment\'s refusals are user errors naming the path, anything else is not one', () => {
    const errno = (code: string) => Object.assign(new Error(`${code}: failed, open '/x/evidence.db'`), {code, path: '/x/evidence.db'})
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const e = systemError(errno(code))
      assert.equal(e?.code, 'disk-full')
      assert.equal(e?.exitCode, 12)
      assert.match(e?.message ?? '', /The disk holding \/x\/evidence.db is full/)
    }
    // A file size limit (ulimit -f) is not a full disk: the same exit code, its own words, the file named.
    const big = systemError(errno('EFBIG'))
    assert.equal(big?.exitCode, 12)
    assert.match(big?.message ?? '', /^\/x\/evidence.db would exceed this process's file size limit \(ulimit -f; EFBIG\); nothing was written\.$/)
    assert.doesNotMatch(big?.message ?? '', /full/)
    for (const code of ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR']) {
      assert.equal(systemError(errno(code))?.exitCode, 13, code)
    }
    assert.equal(systemError(errno('ENOSPC'), 'the report file')?.message.includes('the report file'), true)
    assert.equal(systemError(new Error('plain')), undefined)
    assert.equal(systemError(errno('ECONNRESET')), undefined)
    assert.equal(systemError('ENOSPC'), undefined)
  })
})
