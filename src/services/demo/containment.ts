/**
 * The demo's containment: walks secret-in-prompt-logs without a terminal against a stand-in for
 * GitHub's credential-revocation endpoint served in-process on 127.0.0.1.
 */
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {loadRunbookFile, shippedRunbookDir} from '../runbook/discovery.js'
import {walkRunbook} from '../runbook/walk.js'
import type {SessionOptions} from '../session.js'

/** Purges the demo's copy of the sample log (`copies` is the glob). Returns one line per completed action. */
export async function demoContainment(session: SessionOptions, options: {incident: string; copies: string; cwd: string; markAt: () => number}): Promise<string[]> {
  const revoked = new Set<string>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/credentials/revoke') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {credentials?: string[]}
        for (const c of body.credentials ?? []) revoked.add(c)
        res.writeHead(202, {'content-type': 'application/json'}).end('{}')
      } else if (req.method === 'GET' && req.url === '/user') {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
        res.writeHead(revoked.has(token) ? 401 : 200, {'content-type': 'application/json'}).end(revoked.has(token) ? '{"message":"Bad credentials"}' : '{"login":"demo"}')
      } else res.writeHead(404).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const runbook = loadRunbookFile(join(shippedRunbookDir(), 'secret-in-prompt-logs.yaml'))
    const result = await walkRunbook(
      {...session, env: {...session.env, PL_GITHUB_URL: url}},
      {
        runbook,
        incident: options.incident,
        answers: new Map<string, unknown>([
          ['leaked', ['github']],
          ['purge-logs', options.copies],
          ['cache', false],
          ['notify', false],
          ['root-cause', 'Debug logging of tool-call headers was enabled in the gateway.'],
        ]),
        yes: true,
        dryRun: false,
        cwd: options.cwd,
        markAt: options.markAt,
      },
    )
    return result.steps.flatMap((s) => (s.summary ? [`${s.id}: ${s.summary}`] : []))
  } finally {
    server.closeAllConnections()
    await new Promise<void>((r) => server.close(() => r()))
  }
}
