import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {UserError} from '../errors.js'
import type {Reduction} from '../domain/replay/reduce.js'
import {DEFAULT_REDUCTIONS, REDUCTIONS} from '../domain/replay/reduce.js'
import type {ReplayReport} from '../services/replay.js'

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export default class Replay extends BaseCommand {
  static override summary = 'Re-run a captured exchange with reduced context in a sandbox, judge whether it leaks, and find the minimal leaking context.'
  static override description = `Secrets (always) and PII (by default) are replaced by format-preserving canaries before anything reaches a model; the canary map is stored encrypted under its own key. The model call runs in a sandboxed child process (empty environment save the key variable, Node's permission model, network only to the model host, time and output caps). An oracle judges each run: a canary, a secret or PII pattern, a copy of the system prompt, or another tenant's document in the output. --minimize runs delta debugging over the segments (system prompt sentences, messages, context chunks, tools) to a 1-minimal leaking set. Every replay is recorded on the incident. See docs/replay.md.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> EV-12',
    '<%= config.bin %> <%= command.id %> EV-12 --minimize --json',
    '<%= config.bin %> <%= command.id %> EV-12 --reduce secrets,pii,history --keep message.1 --runs 10',
    '<%= config.bin %> <%= command.id %> EV-12 --model openai --base-url http://127.0.0.1:8000 --model-name llama3 --api-key-env VLLM_KEY',
    '<%= config.bin %> <%= command.id %> EV-12 --model anthropic --model-name claude-3-5-haiku-latest --timeout 30',
  ]
  static override args = {evidence: Args.string({description: 'Evidence id (EV-n, as `pl evidence list` shows it; entry:SEQ also works) of a captured exchange.', required: true})}
  static override flags = {
    model: Flags.string({description: 'Model to replay against: the embedded leaky simulator, an OpenAI-compatible server, or Anthropic.', options: ['sim', 'openai', 'anthropic'], default: 'sim'}),
    'base-url': Flags.string({description: 'Server root of the model API (default: the vendor API).'}),
    'model-name': Flags.string({description: 'Model name to request (default: the captured one).'}),
    'api-key-env': Flags.string({description: 'Environment variable holding the API key [default: OPENAI_API_KEY or ANTHROPIC_API_KEY].'}),
    reduce: Flags.string({description: `What to reduce, comma-separated: ${REDUCTIONS.join(', ')}. Secrets are always replaced.`, default: DEFAULT_REDUCTIONS.join(',')}),
    keep: Flags.string({description: 'Segments (system.2, message.1, context.3, tool.1) or groups (context, tool, …) not to drop, comma-separated.'}),
    runs: Flags.integer({description: 'Number of runs; the leak rate is leaks/runs.', default: 1, min: 1, max: 1000}),
    minimize: Flags.boolean({description: 'Find a 1-minimal set of segments that still leaks (delta debugging).'}),
    timeout: Flags.integer({description: 'Seconds allowed per model call.', default: 60, min: 1, max: 3600}),
    seed: Flags.integer({description: 'Seed of the first run (run i uses seed+i) [default: random, recorded].', min: 0, max: 2 ** 32 - 1}),
    line: Flags.integer({description: 'For JSON lines holding several exchanges: the line to replay.', min: 1}),
  }

  async run(): Promise<ReplayReport> {
    const {args, flags} = await this.parse(Replay)
    const reduce = list(flags.reduce)
    for (const r of reduce) {
      if (!(REDUCTIONS as readonly string[]).includes(r)) throw new UserError('usage', `--reduce ${r}: expected one of ${REDUCTIONS.join(', ')}.`)
    }
    const model = flags.model as 'sim' | 'openai' | 'anthropic'
    if (model === 'sim' && (flags['base-url'] || flags['api-key-env'])) throw new UserError('usage', '--base-url and --api-key-env apply to --model openai or anthropic.')
    const {replayExchange} = await import('../services/replay.js')
    const r = await replayExchange(await this.session(flags), {
      evidence: args.evidence,
      model,
      ...(flags['base-url'] === undefined ? {} : {baseUrl: flags['base-url']}),
      ...(flags['model-name'] === undefined ? {} : {modelName: flags['model-name']}),
      ...(flags['api-key-env'] === undefined ? {} : {apiKeyEnv: flags['api-key-env']}),
      reduce: reduce as Reduction[],
      keep: list(flags.keep),
      runs: flags.runs,
      minimize: flags.minimize,
      timeoutMs: flags.timeout * 1000,
      maxOutputBytes: 1024 * 1024,
      ...(flags.seed === undefined ? {} : {seed: flags.seed}),
      ...(flags.line === undefined ? {} : {line: flags.line}),
      onProgress: (m) => this.note(`  ${m}`),
    })
    this.log(`Replay of ${r.evidence} (${r.incident}) against ${r.model}${r.modelName ? ` ${r.modelName}` : ''}, seed ${r.seed}`)
    this.log(`  reduced: ${r.reduce.join(', ')}; ${r.canaries.length} canar${r.canaries.length === 1 ? 'y' : 'ies'}${r.dropped.length > 0 ? `; dropped ${r.dropped.join(', ')}` : ''}`)
    this.log(`  ${r.leaked ? 'LEAKED' : 'no leak'} in ${r.leaks}/${r.completed} run${r.completed === 1 ? '' : 's'}${r.channels.length > 0 ? ` via ${r.channels.join(', ')}` : ''}`)
    for (const e of r.evidenceFound) this.log(`    ${e.channel}: ${e.detail}${e.segments ? ` [${e.segments.join(', ')}]` : ''}`)
    if (r.minimal) {
      this.log(`  minimal leaking context (${r.minimal.length} of ${r.segments} segments, ${r.minimizeCalls ?? 0} model calls):`)
      for (const s of r.minimal) this.log(`    ${s.id}  ${s.label}`)
    } else if (flags.minimize && !r.leaked) this.log('  nothing to minimise: no run leaked')
    if (r.captured?.leaked === true) {
      this.log(`  the captured reply LEAKED via ${r.captured.channels.join(', ')}`)
      for (const e of r.captured.evidenceFound) this.log(`    ${e.channel}: ${e.detail}`)
      if (!r.leaked) {
        this.log(`  the replay on ${r.model} did not reproduce it: that is not "no leak". Try the captured model (--model openai or anthropic, --model-name), more --runs, or less reduction.`)
      }
    }
    this.note(`Recorded on ${r.incident} (entry ${r.seq}); the canary map and outputs are under their own key.`)
    return r
  }
}
