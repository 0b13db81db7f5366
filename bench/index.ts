/**
 * `npm run bench`: every benchmark, each printed as a ratio against a baseline measured in the
 * same run on the same machine. Not part of the tests; goals are reported, not asserted.
 */
import {benchStore} from './store.js'
import {benchLargeFile} from './large-file.js'
import {benchStartup} from './startup.js'
import {printRows} from './util.js'

const only = process.argv.slice(2)
const want = (name: string) => only.length === 0 || only.includes(name)

if (want('store')) printRows('Evidence store', await benchStore())
if (want('large')) printRows('Large evidence', await benchLargeFile())
if (want('startup')) printRows('Start-up', await benchStartup())
if (want('scan')) printRows('Scanner', await (await import('./scan/index.js')).benchScan())
if (want('runbook')) printRows('Runbook validation', (await import('./runbook.js')).benchRunbook())
if (want('responders')) printRows('Responders', await (await import('./responders.js')).benchResponders())
if (want('report')) printRows('Postmortem', await (await import('./report.js')).benchReport())
if (want('pg')) printRows('Team store (PostgreSQL)', await (await import('./pg.js')).benchPostgres())
