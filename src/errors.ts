/**
 * The one error hierarchy of pl. Every error a user can meet is a PlError with a `code` from the
 * union below; the base command's `catch()` is the only place that turns it into output and an
 * exit code. Errors are split by who can fix them: the user (UserError), nobody but a developer
 * (BugError), the user by cancelling (CancelledError), a remote system (ExternalError), or an
 * auditor, because the evidence was tampered with (IntegrityError).
 */

/** Codes of errors the user can fix; the compiler refuses any other code for a UserError. */
export type UserErrorCode =
  | 'usage'
  | 'not-found'
  | 'invalid-input'
  | 'store-missing'
  | 'store-exists'
  | 'store-format'
  | 'store-busy'
  | 'no-passphrase'
  | 'wrong-passphrase'
  | 'key-shredded'
  | 'runbook-held'
  | 'disk-full'
  | 'no-access'

/** A store that does not verify (`integrity`), or whose latest entries no checkpoint covers yet (`unsealed`). */
export type IntegrityErrorCode = 'integrity' | 'unsealed'

export type ErrorCode = UserErrorCode | IntegrityErrorCode | 'external' | 'cancelled' | 'bug'

/**
 * `pl scan`'s exit code for an incomplete scan (some inputs unreadable or with problems; the rest
 * scanned): not an error thrown, but one of pl's codes all the same.
 */
export const EXIT_INCOMPLETE_SCAN = 9

/**
 * `pl evidence verify`'s exit code when the store verifies but a policy asked of it is not met
 * (`--require-cosigners K` with fewer cosigners): not tampering (10), but not a pass either.
 */
export const EXIT_POLICY_UNMET = 15

/** Exit codes, documented in docs/commands.md. Stable: scripts depend on them. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  usage: 2,
  'invalid-input': 2,
  'not-found': 3,
  'store-missing': 4,
  'store-exists': 4,
  'store-format': 4,
  'store-busy': 5,
  'no-passphrase': 6,
  'wrong-passphrase': 6,
  'key-shredded': 7,
  'disk-full': 12,
  'no-access': 13,
  external: 8,
  integrity: 10,
  unsealed: 11,
  'runbook-held': 14,
  bug: 70,
  cancelled: 130,
}

export interface PlErrorOptions {
  /** What the user can do next, one suggestion per line. */
  hints?: readonly string[]
  cause?: unknown
  /** Structured details for --json output (never secrets). */
  details?: Readonly<Record<string, unknown>>
}

/** Context added to an error on its way up: a message that says where, more hints, more details. */
export interface ErrorContext {
  hints?: readonly string[]
  details?: Readonly<Record<string, unknown>>
}

/**
 * The base of the hierarchy; abstract so that every error names its family. `C` is the family's
 * code union, so a code from another family does not compile.
 */
export abstract class PlError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C
  readonly hints: readonly string[]
  readonly details: Readonly<Record<string, unknown>>

  protected constructor(code: C, message: string, options: PlErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause})
    this.name = new.target.name
    this.code = code
    this.hints = options.hints ?? []
    this.details = options.details ?? {}
  }

  get exitCode(): number {
    return EXIT_CODES[this.code]
  }
}

/**
 * The same error with context added: the new message replaces the old, hints and details are
 * appended, the original is the cause. The family and code are kept, so the exit code is too.
 */
export function withContext<E extends PlError>(error: E, message: string, extra: ErrorContext = {}): E {
  // Built through the base constructor with the error's own class as new.target: every family's
  // constructor differs in its parameters, but none adds a field the base does not set.
  return Reflect.construct(PlError, [error.code, message, {cause: error, hints: [...error.hints, ...(extra.hints ?? [])], details: {...error.details, ...extra.details}}], error.constructor) as E
}

/** Something the user can fix: a bad flag, a wrong passphrase, a missing file. */
export class UserError extends PlError<UserErrorCode> {
  constructor(code: UserErrorCode, message: string, options: PlErrorOptions = {}) {
    super(code, message, options)
  }
}

/** A broken invariant inside pl. */
export class BugError extends PlError<'bug'> {
  constructor(message: string, options: PlErrorOptions = {}) {
    super('bug', message, options)
  }
}

/** The user pressed Ctrl-C or declined; whatever was recorded before stays valid. */
export class CancelledError extends PlError<'cancelled'> {
  constructor(message = 'Cancelled. Nothing half-done was recorded.', options: PlErrorOptions = {}) {
    super('cancelled', message, options)
  }
}

/** A remote system failed (provider API down, timeout, 5xx). */
export class ExternalError extends PlError<'external'> {
  constructor(message: string, options: PlErrorOptions = {}) {
    super('external', message, options)
  }
}

/** The evidence store does not verify: tampering, truncation or corruption (`integrity` unless `code` says). */
export class IntegrityError extends PlError<IntegrityErrorCode> {
  constructor(message: string, options: PlErrorOptions & {code?: IntegrityErrorCode} = {}) {
    super(options.code ?? 'integrity', message, options)
  }
}

/** What a failed system call was doing, for the message: the path it names, or the store. */
interface SystemErrorLike {
  code?: unknown
  path?: unknown
  message?: unknown
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])

/** Whether a system error code says the disk is full (or a quota or file size limit is reached). */
export const isDiskFull = (code: unknown): boolean => typeof code === 'string' && DISK_FULL.has(code)
const NO_ACCESS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  ELOOP: 'too many symbolic links',
}

/**
 * The environment's refusals (a full disk, a read-only or forbidden path, a file where a folder
 * should be) as user errors naming the path, from a Node system error; undefined for anything
 * else. They are never pl's bug: the user can free space or fix the permissions.
 */
export function systemError(error: unknown, subject?: string): UserError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const e = error as SystemErrorLike
  if (typeof e.code !== 'string') return undefined
  const where = subject ?? (typeof e.path === 'string' ? e.path : undefined)
  if (e.code === 'EFBIG') {
    // The process's file size limit (ulimit -f, RLIMIT_FSIZE), not a full disk: told apart.
    return new UserError('disk-full', `${where ?? 'The file pl was writing'} would exceed this process's file size limit (ulimit -f; EFBIG); nothing was written.`, {
      cause: error,
      hints: ['Raise the limit (ulimit -f unlimited) or write to a file system without it, and run the command again.'],
    })
  }
  if (isDiskFull(e.code)) {
    return new UserError('disk-full', `The disk holding ${where ?? 'the file pl was writing'} is full (${e.code}); nothing was written.`, {
      cause: error,
      hints: ['Free some space (or raise the quota or file size limit) and run the command again.'],
    })
  }
  const reason = NO_ACCESS[e.code]
  if (reason !== undefined) {
    return new UserError('no-access', `Cannot use ${where ?? 'a file pl needs'}: ${reason} (${e.code}).`, {
      cause: error,
      hints: ['Check the path and its permissions (ls -ld), or point pl elsewhere (--store, PL_HOME).'],
    })
  }
  return undefined
}
