/**
 * The main job end to end on embedded defaults: a store in a demo folder, an incident opened from
 * sample leaky gateway logs, evidence, phases, a checkpoint anchored to a file, and verification.
 * Parts of the story that have not landed yet are announced as skipped, never faked.
 */
import {existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {randomBytes} from 'node:crypto'
import {join, resolve} from 'node:path'
import {DEMO_SYSTEM_PROMPT, demoGatewayLog} from '../../domain/samples.js'
import type {IncidentState} from '../../domain/incident.js'
import type {Postmortem} from '../../domain/postmortem.js'
import {UserError} from '../../errors.js'
import {noPrompter} from '../../prompts/types.js'
import type {VerifyReport} from '../../domain/verify/report.js'
import {addEvidence} from '../evidence/add.js'
import {latestCheckpoint} from '../evidence/checkpoint.js'
import {verifyStore} from '../evidence/verify.js'
import {createKeyFile, initStore} from '../init.js'
import {markIncident, noteIncident, openIncident, showIncident} from '../incidents.js'
import {runScan} from '../scan/run.js'
import type {SessionOptions} from '../session.js'

export interface DemoStep {
  name: string
  status: 'done' | 'skipped' | 'failed'
  detail: string
}

export interface DemoResult {
  dir: string
  scan: {findings: number; captured: number}
  store: string
  keyFile: string
  incident: IncidentState
  checkpointFile: string
  verify: VerifyReport
  steps: DemoStep[]
}

const MIN = 60_000

/** The file that marks a folder as one `pl demo` made. */
const DEMO_MARKER = '.pl-demo'


export interface DemoOptions {
  dir: string
  force: boolean
  actor: string
  now: () => number
  /** The postmortem as Markdown and HTML: rendering is the command's job, writing the files the demo's. */
  renderPostmortem: (pm: Postmortem) => Promise<{markdown: string; html: string}>
}

export async function runDemo(options: DemoOptions, onStep: (step: DemoStep) => void): Promise<DemoResult> {
  const dir = resolve(options.dir)
  // A folder an earlier demo made (its marker is there) is the demo's own: run again, it starts
  // afresh, as the README's `npm run demo` run twice expects. Any other folder needs --force.
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!options.force && !existsSync(join(dir, DEMO_MARKER))) {
      // npm keeps `--force` for itself: through `npm run demo` it must come after `--`.
      const force = process.env.npm_lifecycle_event === 'demo' ? 'Run `npm run demo -- --force`' : 'Pass --force'
      throw new UserError('store-exists', `The demo folder ${dir} is not empty, and no earlier demo made it.`, {hints: [`${force} to empty it and start the demo there, or --dir for another folder.`]})
    }
    rmSync(dir, {recursive: true, force: true})
  }
  mkdirSync(dir, {recursive: true, mode: 0o700})
  writeFileSync(join(dir, DEMO_MARKER), 'A folder made by `pl demo`: running the demo again empties it and starts afresh.\n', {mode: 0o600})
  const steps: DemoStep[] = []
  const step = (name: string, status: DemoStep['status'], detail: string) => {
    const s = {name, status, detail}
    steps.push(s)
    onStep(s)
  }

  const keyFile = join(dir, 'store.key')
  createKeyFile(keyFile)
  const session: SessionOptions = {
    storePath: join(dir, 'evidence.db'),
    env: {PL_KEY_FILE: keyFile},
    prompter: noPrompter,
    actor: options.actor,
    now: options.now,
  }
  const init = await initStore(session, {kdfPreset: 'interactive'})
  step('init', 'done', `evidence store ${init.store} (key file ${keyFile})`)

  const now = options.now()
  const startedAt = now - 180 * MIN
  const log = demoGatewayLog((n) => new Uint8Array(randomBytes(n)), startedAt)
  const samplesDir = join(dir, 'samples')
  mkdirSync(samplesDir, {recursive: true, mode: 0o700})
  const logPath = join(samplesDir, log.name)
  writeFileSync(logPath, log.text, {mode: 0o600})
  step('sample', 'done', `sample gateway log ${logPath} (${log.planted.map((p) => `${p.kind}, line ${p.line}`).join('; ')})`)

  const opened = await openIncident(session, async () => ({
    title: 'Support bot system prompt and a GitHub token in gateway logs',
    severity: 'P1',
    classes: ['system-prompt', 'secret', 'pii'],
    owner: options.actor,
    startedAt,
    detectedAt: now - 160 * MIN,
  }))
  const id = opened.id
  step('open', 'done', `incident ${id} (P1), started 3h ago, detected 2h40m ago`)

  const [exhibit] = await addEvidence(session, {
    incident: id,
    kind: 'log',
    sources: [{name: log.name, open: async function* () {
      yield new TextEncoder().encode(log.text)
    }}],
  })
  step('evidence', 'done', `${exhibit!.id}: ${log.name}, ${exhibit!.size} bytes, sha256 ${exhibit!.sha256.slice(0, 16)}…`)

  const promptsDir = join(dir, 'prompts')
  mkdirSync(promptsDir, {recursive: true, mode: 0o700})
  writeFileSync(join(promptsDir, 'aria-system-prompt.txt'), DEMO_SYSTEM_PROMPT + '\n', {mode: 0o600})
  const scan = await runScan(session, {inputs: [logPath], incident: id, promptsDir, cwd: dir})
  const counts = new Map<string, number>()
  for (const f of scan.findings) counts.set(`${f.category}:${f.rule}`, (counts.get(`${f.category}:${f.rule}`) ?? 0) + 1)
  step(
    'scan',
    'done',
    `${scan.findings.length} findings (${[...counts].map(([k, n]) => `${n}× ${k}`).join(', ')}); ${scan.incident?.secretsCaptured ?? 0} values captured under their own keys`,
  )
  await markIncident(session, id, {phase: 'acknowledged', at: now - 155 * MIN, note: 'on-call paged'})
  {
    // A copy of the sample log as shipped to a log bucket: the runbook preserves, purges and checks
    // it (the sample itself stays, as the original of the first exhibit). The contained mark is
    // backdated like the demo's other phases.
    const bucket = join(dir, 'log-bucket')
    mkdirSync(bucket, {recursive: true, mode: 0o700})
    writeFileSync(join(bucket, log.name), log.text, {mode: 0o600})
    const {demoContainment} = await import('./containment.js')
    const done = await demoContainment(session, {incident: id, copies: join(bucket, '*.jsonl'), cwd: dir, markAt: () => now - 130 * MIN})
    step('runbook', 'done', `secret-in-prompt-logs walked with scripted answers against a local GitHub revocation endpoint: ${done.join('; ')}`)
  }
  await noteIncident(session, id, 'Root cause: debug logging of tool-call headers was enabled in the gateway.')
  {
    // The log line where the system prompt leaked, kept as a captured exchange and replayed on the
    // simulator: does the leak reproduce, and what is the smallest context that still leaks?
    const leakLine = log.planted.find((p) => p.kind === 'system prompt in a reply')!.line
    const [exchange] = await addEvidence(session, {
      incident: id,
      kind: 'exchange',
      sources: [{name: `gateway-requests-line-${leakLine}.json`, open: async function* () {
        yield new TextEncoder().encode(log.text.split('\n')[leakLine - 1]!)
      }}],
    })
    const {replayExchange} = await import('../replay.js')
    const r = await replayExchange(session, {evidence: exchange!.id, model: 'sim', reduce: ['secrets', 'pii'], keep: [], runs: 3, minimize: true, timeoutMs: 30_000, maxOutputBytes: 1024 * 1024, seed: 1})
    step(
      'replay',
      'done',
      `${exchange!.id} (line ${leakLine}) replayed on sim: leaked in ${r.leaks}/${r.completed} runs via ${r.channels.join(', ') || 'nothing'}; minimal leaking context ${(r.minimal ?? []).map((s) => `${s.id} (${s.label})`).join(' + ')} of ${r.segments} segments, ${r.minimizeCalls ?? 0} model calls`,
    )
  }
  await markIncident(session, id, {phase: 'resolved', at: now - 5 * MIN})
  step('phases', 'done', 'acknowledged 2h35m ago, contained 2h10m ago, resolved 5m ago')
  {
    // Imported here, where the postmortem step is, rather than at the top of the module.
    const {writePostmortem} = await import('../report.js')
    const pm = await writePostmortem(session, {
      incident: id,
      rootCause: 'Debug logging of tool-call headers was enabled in the gateway.',
      actionItems: ['Disable header logging in the gateway', 'Scan gateway logs for secrets daily'],
    })
    const md = join(dir, 'postmortem.md')
    const html = join(dir, 'postmortem.html')
    const rendered = await options.renderPostmortem(pm)
    writeFileSync(md, rendered.markdown, {mode: 0o600})
    writeFileSync(html, rendered.html, {mode: 0o600})
    step('postmortem', 'done', `written to ${md} and ${html}`)
  }

  const checkpoint = await latestCheckpoint(session)
  const checkpointFile = join(dir, 'checkpoint.json')
  writeFileSync(checkpointFile, JSON.stringify(checkpoint, null, 2) + '\n')
  step('checkpoint', 'done', `signed tree head of ${checkpoint.size} entries anchored to ${checkpointFile}`)

  const verify = verifyStore(session.storePath, {checkpointFile})
  step('verify', verify.ok ? 'done' : 'failed', verify.ok ? 'chain, Merkle tree and signatures verified (no key needed)' : 'VERIFICATION FAILED')
  const {incident} = await showIncident(session, id)
  return {dir, scan: {findings: scan.findings.length, captured: scan.incident?.secretsCaptured ?? 0}, store: session.storePath, keyFile, incident, checkpointFile, verify, steps}
}
