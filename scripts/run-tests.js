#!/usr/bin/env node
// Runs every compiled test file with Node's own test runner. Node 20's `--test` does not expand
// globs, so the files are listed here; a name filter may be given as arguments (e.g. `store`).
import {spawnSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.js') ? [path] : []
  })
}

const filters = process.argv.slice(2)
const files = walk('dist/test').filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort()
if (files.length === 0) {
  console.error('no test files matched')
  process.exit(1)
}
const result = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', `--test-concurrency=${process.env.PL_TEST_CONCURRENCY ?? '2'}`, ...files],
  {stdio: 'inherit'},
)
process.exit(result.status ?? 1)
