/**
 * The postmortem of an incident with 10,000 entries (`pl report postmortem`: decrypt and fold
 * every entry, sign, prove the exhibits, verify the store) against `pl evidence verify` of the
 * same store, both as real processes. Goal: no more than twice as long.
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import type {TimelineMarkBody} from '../src/domain/entries/timeline-mark.js'
import {noPrompter} from '../src/prompts/types.js'
import {incidentKey} from '../src/services/incidents.js'
import {withLedger} from '../src/services/store-access.js'
import {cleanEnv, interleaved, measure} from './proc.js'
import type {Row} from './util.js'

const ENTRIES = Number(process.env.PL_BENCH_REPORT_ENTRIES ?? 10_000)
const RUNS = 7

export async function benchReport(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-report-'))
  const bin = resolve('bin', 'run.js')
  const keyFile = join(dir, 'key')
  const store = join(dir, 'home', 'evidence.db')
  const env = {...cleanEnv(), PL_HOME: join(dir, 'home'), PL_KEY_FILE: keyFile}
  try {
    writeFileSync(keyFile, randomBytes(32).toString('hex'), {mode: 0o600})
    await measure(process.execPath, [bin, 'init'], env)
    const now = Date.now()
    const opened = await measure(
      process.execPath,
      [bin, 'incident', 'open', '--title', 'bench', '--severity', 'P1', '--class', 'secret', '--started-at', new Date(now - 3_600_000).toISOString(), '--json'],
      env,
    )
    const id = (JSON.parse(opened.stdout) as {id: string}).id
    const session = {storePath: store, env: {PL_KEY_FILE: keyFile}, prompter: noPrompter, actor: 'bench@host', now: () => Date.now()}
    await withLedger(session, (ledger) => {
      const keyId = incidentKey(ledger, id)
      const marks = (
        [
        {phase: 'acknowledged', at: now - 3_000_000},
        {phase: 'contained', at: now - 2_000_000},
        {phase: 'resolved', at: now - 1_000_000},
      ] satisfies TimelineMarkBody[]
      ).map((body) => ({incident: id, kind: 'timeline.mark' as const, keyId, body}))
      ledger.append(marks)
      // opened + started + detected + 3 marks already; the rest are notes.
      const notes = ENTRIES - 6
      for (let i = 0; i < notes; i += 500) {
        ledger.append(Array.from({length: Math.min(500, notes - i)}, (_, j) => ({incident: id, kind: 'note', keyId, body: {text: `step ${i + j}: checked a log shard`}})))
      }
    })
    const out = join(dir, 'postmortem.md')
    // Interleaved rounds, the median of the per-round ratios: a burst of load on the machine hits
    // both commands of a round alike. The postmortem records nothing (no root cause given), so
    // every round sees the same store.
    const {ms, ratio: ratios} = await interleaved(RUNS, [{args: [bin, 'evidence', 'verify'], env}, {args: [bin, 'report', 'postmortem', id, '--out', out], env}])
    const [verify, report] = ms as [number, number]
    const ratio = ratios[1]!
    return [
      {
        name: `pl report postmortem (${ENTRIES} entries) vs pl evidence verify`,
        ratio,
        goal: '≤ 2',
        met: ratio <= 2,
        detail: `median ${report.toFixed(0)} ms vs ${verify.toFixed(0)} ms over ${RUNS} rounds`,
      },
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
