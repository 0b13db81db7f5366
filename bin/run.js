#!/usr/bin/env node
// `pl scan` runs from its bundle (dist/scan/scan.js, ADR 0023): one file to load instead of
// oclif's discovery and several hundred modules. Help for it, every other command, and a build
// without the bundle (tsc alone) go through oclif's execute entry alone (the package index would
// load every part of oclif).
import {existsSync} from 'node:fs'

const argv = process.argv.slice(2)
const words = argv.indexOf('--') < 0 ? argv : argv.slice(0, argv.indexOf('--'))
const bundle = new URL('../dist/scan/scan.js', import.meta.url)
if (argv[0] === 'scan' && !words.includes('--help') && !words.includes('-h') && existsSync(bundle)) {
  const {runScan} = await import(bundle.href)
  await runScan(import.meta.url, argv.slice(1))
} else {
  const {execute} = await import('@oclif/core/execute')
  await execute({dir: import.meta.url})
}
