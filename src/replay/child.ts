/**
 * Entry point of the sandboxed model call (spawned by sandbox.ts, never imported): the network
 * guard goes in first, then one job is read and answered. Adapters are loaded only after the
 * guard, so nothing they import can open a connection before it.
 */
import type {ModelJob} from './adapters.js'
import {sandboxMain} from './guard.js'

await sandboxMain(async (job: ModelJob) => {
  const {callModel} = await import('./adapters.js')
  return callModel(job)
})
