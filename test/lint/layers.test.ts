/**
 * The layer rules of eslint.config.js fail where they should: one violation of each kind is planted
 * in a scratch copy of the project, and eslint must refuse each planted file with the layer rule's
 * message, while files that import only what their layer allows (and an untouched real file) pass.
 */
import assert from 'node:assert/strict'
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {after, before, describe, test} from 'node:test'

import {ESLint} from 'eslint'

const REPO = resolve(process.cwd())

/** Planted file (path under the scratch copy) → its source and a fragment of the message expected. */
const violations: Record<string, {source: string; says: string}> = {
  'src/domain/planted-node-fs.ts': {source: `import {readFileSync} from 'node:fs'\nexport const read = readFileSync\n`, says: "src/domain is pure — "},
  'src/domain/planted-fs-promises.ts': {source: `import {readFile} from 'fs/promises'\nexport const read = readFile\n`, says: "('fs/promises' does I/O)"},
  'src/domain/planted-dns.ts': {source: `import dns from 'dns'\nexport const lookup = dns.lookup\n`, says: "('dns' does I/O)"},
  'src/domain/planted-dynamic-import.ts': {source: `export const spawn = async () => (await import('node:child_process')).spawn\n`, says: "('node:child_process' does I/O)"},
  'src/domain/planted-require.ts': {source: `declare const require: (id: string) => unknown\nexport const http = require('node:http')\n`, says: "('node:http' does I/O)"},
  'src/domain/planted-export-from.ts': {source: `export {Socket} from 'node:net'\n`, says: "('node:net' does I/O)"},
  'src/domain/scan/planted-worker.ts': {source: `export * from 'node:worker_threads'\n`, says: "('node:worker_threads' does I/O)"},
  'src/domain/planted-os.ts': {source: `import {hostname} from 'node:os'\nexport const host = hostname\n`, says: "('node:os' does I/O)"},
  'src/domain/planted-store.ts': {source: `import {openDatabase} from '../store/database.js'\nexport const open = openDatabase\n`, says: "('../store/database.js' is src/store/database.js)"},
  'src/domain/scan/planted-services.ts': {source: `import type {SessionOptions} from '../../services/session.js'\nexport type Options = SessionOptions\n`, says: "('../../services/session.js' is src/services/session.js)"},
  'src/domain/planted-type-query.ts': {source: `export type Table = import('../render/format.js').Table\n`, says: "('../render/format.js' is src/render/format.js)"},
  'src/domain/planted-outside-src.ts': {source: `import type {Fixture} from '../../test/fixtures/fixture.js'\nexport type F = Fixture\n`, says: "('../../test/fixtures/fixture.js' is outside src/)"},
  'src/domain/planted-npm.ts': {source: `import {z} from 'zod'\nexport const schema = z.string()\n`, says: "src/domain is pure — "},
  'src/domain/planted-fetch.ts': {source: `export const get = (url: string) => fetch(url)\n`, says: 'src/domain is pure — '},
  'src/domain/planted-computed.ts': {source: `export const load = (name: string) => import(name)\n`, says: 'take a string literal'},
  'src/render/planted-services.ts': {source: `import type {ScanResult} from '../services/scan-run.js'\nexport type R = ScanResult\n`, says: "src/render only formats values — "},
  'src/render/planted-store.ts': {source: `import {Ledger} from '../store/ledger.js'\nexport const L = Ledger\n`, says: "('../store/ledger.js' is src/store/ledger.js)"},
  'src/render/planted-actions.ts': {source: `import {PROVIDERS} from '../actions/index.js'\nexport const p = PROVIDERS\n`, says: "('../actions/index.js' is src/actions/index.js)"},
  'src/render/planted-commands.ts': {source: `import Init from '../commands/init.js'\nexport const c = Init\n`, says: "('../commands/init.js' is src/commands/init.js)"},
  'src/services/planted-render.ts': {source: `import {bytes} from '../render/format.js'\nexport const b = bytes\n`, says: 'src/services return values and never show them — '},
  'src/services/scan/planted-render.ts': {source: `import {bytes} from '../../render/format.js'\nexport const b = bytes\n`, says: "('../../render/format.js' is src/render/format.js)"},
  'src/services/planted-commands.ts': {source: `import Init from '../commands/init.js'\nexport const c = Init\n`, says: "('../commands/init.js' is src/commands/init.js)"},
  'src/commands/evidence/planted-store.ts': {source: `import {verifyLedger} from '../../store/verify.js'\nexport const v = verifyLedger\n`, says: 'src/commands go through a service — '},
  'src/commands/planted-crypto.ts': {source: `import type {KdfPreset} from '../crypto/sodium.js'\nexport type K = KdfPreset\n`, says: "('../crypto/sodium.js' is src/crypto/sodium.js)"},
  'src/commands/runbook/planted-actions.ts': {source: `import {PROVIDERS} from '../../actions/index.js'\nexport const p = PROVIDERS\n`, says: "('../../actions/index.js' is src/actions/index.js)"},
  'src/replay/planted-store.ts': {source: `import {Ledger} from '../store/ledger.js'\nexport const L = Ledger\n`, says: 'src/replay runs in the sandboxed child — '},
  'src/replay/planted-errors.ts': {source: `import {UserError} from '../errors.js'\nexport const E = UserError\n`, says: "('../errors.js' is src/errors.js)"},
  'src/replay/planted-npm.ts': {source: `import {parse} from 'yaml'\nexport const p = parse\n`, says: "('yaml' is an npm package)"},
  'src/services/planted-sqlite.ts': {source: `import Database from 'better-sqlite3'\nexport const D = Database\n`, says: "layer rule: only src/store imports better-sqlite3 ('better-sqlite3')"},
  'src/render/planted-sqlite-require.ts': {
    source: `import {createRequire} from 'node:module'\nexport const D = createRequire(import.meta.url)('better-sqlite3')\n`,
    says: 'layer rule: only src/store imports better-sqlite3',
  },
  'src/store/planted-sodium-subpath.ts': {
    source: `import sodium from 'libsodium-wrappers-sumo/dist/modules-sumo/libsodium-wrappers.js'\nexport const s = sodium\n`,
    says: 'layer rule: only src/crypto imports libsodium-wrappers-sumo',
  },
  'src/services/planted-inquirer.ts': {source: `import {select} from '@inquirer/prompts'\nexport const s = select\n`, says: 'layer rule: only src/prompts imports @inquirer/prompts'},
  'src/prompts/planted-services.ts': {source: `import {initStore} from '../services/init.js'\nexport const i = initStore\n`, says: 'src/prompts only asks questions — '},
  'src/services/planted-oclif.ts': {source: `import {Flags} from '@oclif/core'\nexport const f = Flags\n`, says: 'layer rule: only src/commands and src/cli imports @oclif/core'},
  'src/planted-top-level.ts': {source: `export const x = 1\nexport {x as y} from './errors.js'\n`, says: 'layer rule: src/planted-top-level is not in the layer table'},
}

/** Files that import only what their layer allows; they must lint clean. */
const allowed: Record<string, string> = {
  'src/domain/scan/planted-allowed.ts': [
    `import {createHash} from 'node:crypto'`,
    `import {inspect} from 'node:util'`,
    `import {parse} from 'yaml'`,
    `import {BugError} from '../../errors.js'`,
    `import {formatIso} from '../time.js'`,
    `export const all = [createHash, inspect, parse, BugError, formatIso]`,
    '',
  ].join('\n'),
  'src/replay/planted-allowed.ts': [
    `import {spawn} from 'node:child_process'`,
    `import {simulate} from '../domain/replay/sim.js'`,
    `export const all = [spawn, simulate]`,
    '',
  ].join('\n'),
  'src/prompts/planted-allowed.ts': [
    `import {select} from '@inquirer/prompts'`,
    `import {plural} from '../render/format.js'`,
    `import {CancelledError} from '../errors.js'`,
    `export const all = [select, plural, CancelledError]`,
    '',
  ].join('\n'),
  'src/commands/evidence/planted-allowed.ts': [
    `import * as Flags from '@oclif/core/flags'`,
    `import {BaseCommand} from '../../base-command.js'`,
    `import {bytes} from '../../render/format.js'`,
    `import {initStore} from '../../services/init.js'`,
    `export const all = [Flags, BaseCommand, bytes, initStore]`,
    '',
  ].join('\n'),
}

/** An untouched real file: the copy is linted as it is in the project. */
const REAL_CLEAN_FILE = 'src/domain/time.ts'

describe('layer rules (eslint.config.js)', () => {
  let scratch = ''
  let results = new Map<string, ESLint.LintResult>()

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'pl-lint-'))
    for (const name of ['eslint.config.js', 'package.json', 'tsconfig.json', 'src']) cpSync(join(REPO, name), join(scratch, name), {recursive: true})
    symlinkSync(join(REPO, 'node_modules'), join(scratch, 'node_modules'), 'dir')
    for (const [path, text] of [...Object.entries(violations).map(([p, v]) => [p, v.source] as const), ...Object.entries(allowed)]) {
      mkdirSync(dirname(join(scratch, path)), {recursive: true})
      writeFileSync(join(scratch, path), text)
    }
    const files = [...Object.keys(violations), ...Object.keys(allowed), REAL_CLEAN_FILE]
    const eslint = new ESLint({cwd: scratch})
    results = new Map((await eslint.lintFiles(files)).map((r) => [r.filePath, r]))
  })

  after(() => rmSync(scratch, {recursive: true, force: true}))

  for (const [path, {says}] of Object.entries(violations)) {
    test(`refuses ${path}: ${says.trim()}`, () => {
      const result = results.get(join(scratch, path)) ?? assert.fail(`${path} was not linted`)
      const messages = result.messages.filter((m) => m.message.includes('layer rule: '))
      assert.equal(messages.length, 1, `one layer error expected, got: ${result.messages.map((m) => `${m.ruleId}: ${m.message}`).join(' | ')}`)
      const [message] = messages
      assert.equal(message?.severity, 2)
      assert.ok(message?.message.includes(says), `"${message?.message}" should say "${says}"`)
    })
  }

  for (const path of [...Object.keys(allowed), REAL_CLEAN_FILE]) {
    test(`passes ${path}`, () => {
      const result = results.get(join(scratch, path)) ?? assert.fail(`${path} was not linted`)
      assert.deepEqual(
        result.messages.map((m) => `${m.ruleId}: ${m.message}`),
        [],
      )
    })
  }
})
