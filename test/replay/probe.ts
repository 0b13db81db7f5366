/**
 * A probe run inside the sandbox by sandbox.test.ts (not a test itself): it has the same preamble
 * as the model child (sandboxMain: network guard first), then tries what the job asks.
 */
import {execFileSync} from 'node:child_process'
import dgram from 'node:dgram'
import {readFileSync} from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import {Worker} from 'node:worker_threads'
import {sandboxMain} from '../../src/replay/guard.js'

type Job = {action: 'read'; path: string} | {action: 'connect'; port: number; host?: string} | {action: 'http'; port: number} | {action: 'udp'} | {action: 'env'} | {action: 'spawn'} | {action: 'worker'} | {action: 'hang'} | {action: 'flood'}

function attempt(fn: () => unknown): {ok: boolean; value?: unknown; error?: string} {
  try {
    return {ok: true, value: fn()}
  } catch (error) {
    return {ok: false, error: `${(error as {code?: string}).code ?? ''} ${(error as Error).message}`}
  }
}

await sandboxMain(async (job: Job) => {
  switch (job.action) {
    case 'read':
      return attempt(() => readFileSync(job.path, 'utf8').length)
    case 'connect':
      return new Promise((resolve) => {
        const socket = net.connect({host: job.host ?? '127.0.0.1', port: job.port})
        socket.once('data', (d) => {
          socket.destroy()
          resolve({ok: true, value: d.toString()})
        })
        socket.once('error', (e) => resolve({ok: false, error: e.message}))
      })
    case 'http':
      return new Promise((resolve) => {
        http.get({host: '127.0.0.1', port: job.port, path: '/'}, (res) => resolve({ok: true, value: res.statusCode})).once('error', (e) => resolve({ok: false, error: e.message}))
      })
    case 'udp':
      return attempt(() => dgram.createSocket('udp4'))
    case 'env':
      return {ok: true, value: process.env}
    case 'spawn':
      return attempt(() => execFileSync('/bin/sh', ['-c', 'echo hi']).toString())
    case 'worker':
      return attempt(() => new Worker('process.exit(0)', {eval: true}))
    case 'hang':
      return new Promise(() => setInterval(() => undefined, 1000))
    case 'flood':
      process.stdout.write('x'.repeat(4 * 1024 * 1024))
      return {ok: true}
  }
})
