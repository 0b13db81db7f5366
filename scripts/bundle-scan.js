#!/usr/bin/env node
// `npm run build`, last step: bundles `pl scan` (dist/src/cli/scan-entry.js) and its segment
// worker into dist/scan/ with esbuild, so the scan's start-up reads a few files instead of the
// several hundred ES modules of oclif and the rules (Node 20 has no compile cache for ES modules).
// bin/run.js imports dist/scan/scan.js for `pl scan`; every other command goes through oclif.
// What a scan loads only when used stays apart (esbuild's splitting: the store, inquirer, the
// YAML and TOML parsers of --rules). Native and WASM packages, and the ones loaded with
// createRequire at run time, are read from node_modules as before. See ADR 0023.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'

const outdir = 'dist/scan'
rmSync(outdir, {recursive: true, force: true})
await build({
  // The worker keeps its name: segments.ts starts it as new URL('./segment-worker.js', import.meta.url).
  entryPoints: {scan: 'dist/src/cli/scan-entry.js', 'segment-worker': 'dist/src/services/scan/segment-worker.js'},
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
