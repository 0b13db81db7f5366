#!/usr/bin/env node
// `npm run build`, last step: bundles `pl scan` (dist/src/cli/scan-entry.js) and the workers it
// may start into dist/scan/ with esbuild, so the scan's start-up reads a few files instead of the
// several hundred ES modules of oclif and the rules (Node 20 has no compile cache for ES modules).
// bin/run.js imports dist/scan/scan.js for `pl scan`; every other command goes through oclif.
// What a scan loads only when used stays apart (esbuild's splitting: the store, inquirer, the
// YAML and TOML parsers of --rules). Native and WASM packages, and the ones loaded with
// createRequire at run time, are read from node_modules as before. See ADR 0023.
import {build} from 'esbuild'
import {readFileSync, readdirSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'

const outdir = 'dist/scan'
rmSync(outdir, {recursive: true, force: true})

/**
 * Every module another one starts by its own file name (`new URL('./worker.js', import.meta.url)`:
 * the scan's segment worker, the PostgreSQL connection's worker, the unlock agent's client and
 * server) is an entry point of the bundle under that name, next to scan.js, where the bundled
 * code looks for it. A name two modules share would be ambiguous: the build stops.
 */
function startedByName(dir) {
  const entries = {}
  const walk = (d) => {
    for (const name of readdirSync(d, {withFileTypes: true})) {
      const path = join(d, name.name)
      if (name.isDirectory()) walk(path)
      else if (name.name.endsWith('.js')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/new URL\(['"]\.\/([\w-]+)\.js['"], import\.meta\.url\)/g)) {
          const target = join(dirname(path), `${m[1]}.js`)
          if (entries[m[1]] !== undefined && entries[m[1]] !== target) throw new Error(`bundle-scan: two modules are started as ./${m[1]}.js (${entries[m[1]]}, ${target})`)
          entries[m[1]] = target
        }
      }
    }
  }
  walk(dir)
  return entries
}

await build({
  entryPoints: {scan: 'dist/src/cli/scan-entry.js', ...startedByName('dist/src')},
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native (better-sqlite3), WASM (libsodium) and optional (pg-native) packages, and typescript,
  // which oclif requires only to run commands from .ts sources in development.
  external: ['better-sqlite3', 'libsodium-wrappers-sumo', 'pg', 'pg-native', 'redis', 'typescript'],
  // oclif and its dependencies are CommonJS: their require() of Node built-ins needs a require.
  banner: {js: "import {createRequire as __plRequire} from 'node:module'; const require = __plRequire(import.meta.url);"},
  logLevel: 'warning',
})
