/** Responders for CLI tests: each person their own config directory and identity passphrase file, and no store key. */
import assert from 'node:assert/strict'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {runJson} from './cli.js'
import type {TestStore} from './cli.js'

export interface Person {
  name: string
  env: Record<string, string | undefined>
  key: string
}

/** Runs `pl responder init` for `name` in a config directory of their own under the store's temp dir. */
export async function newPerson(t: TestStore, name: string): Promise<Person> {
  const passFile = join(t.dir, `${name}.pass`)
  writeFileSync(passFile, `${name}-identity-${Math.random().toString(36).slice(2)}\n`, {mode: 0o600})
  const env = {...t.env, PL_KEY_FILE: undefined, PL_ACTOR: undefined, XDG_CONFIG_HOME: join(t.dir, `config-${name}`), PL_IDENTITY_PASSPHRASE_FILE: passFile, PL_KDF: 'test-only-weak'}
  const r = await runJson<{publicKey: string; path: string}>(['responder', 'init'], {env})
  assert.equal(r.code, 0, r.stderr)
  assert.match(r.json.publicKey, /^plr1-[0-9a-f]{128}$/)
  return {name, env, key: r.json.publicKey}
}
