import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {EXIT_CODES} from '../errors.js'
import {shellWord} from '../domain/shell.js'
import type {Postmortem} from '../domain/postmortem.js'
import type {DemoResult} from '../services/demo/run.js'
import {plInvocation} from '../services/demo/invocation.js'
import {runDemo} from '../services/demo/run.js'
import {resolveActor} from '../services/session.js'
import {incidentDetails} from '../render/incident.js'

/** The demo's postmortem files, in local time like the rest of its story. */
async function renderPostmortem(pm: Postmortem): Promise<{markdown: string; html: string}> {
  // Loaded when the demo reaches its postmortem step, not when the command starts.
  const [{postmortemMarkdown}, {postmortemHtml}] = await Promise.all([import('../render/postmortem-md.js'), import('../render/postmortem-html.js')])
  return {markdown: postmortemMarkdown(pm, {utc: false}), html: postmortemHtml(pm, {utc: false})}
}

export default class Demo extends BaseCommand {
  static override summary = 'Run a whole prompt-leak incident end to end on embedded defaults (no external service).'
  static override description = `Creates a store in a demo folder (locked with a key file there), generates a leaky gateway log (fake secrets made at run time), opens an incident, adds the log as evidence, marks the phases, anchors a checkpoint to a file and verifies the store. Parts that have not landed yet are listed as skipped.`
  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --dir /tmp/pl-demo --force --json']
  static override flags = {
    dir: Flags.string({description: 'Demo folder.', default: 'demo'}),
    force: Flags.boolean({description: 'Empty the demo folder first when it is not empty and no earlier demo made it (a folder an earlier demo made starts afresh without it).'}),
  }

  async run(): Promise<DemoResult & {next: string[]}> {
    const {flags} = await this.parse(Demo)
    const mark = {done: '✔', skipped: '–', failed: '✖'} as const
    const result = await runDemo({dir: flags.dir, force: flags.force, actor: resolveActor(process.env), now: () => Date.now(), renderPostmortem}, (s) =>
      this.note(`${mark[s.status]} ${s.name.padEnd(10)} ${s.detail}`),
    )
    this.log('')
    this.log(incidentDetails(result.incident, flags.utc))
    this.log('')
    // Printed in the form that works from here: `pl` only when this pl is on PATH.
    const pl = plInvocation(process.env, this.config.root, process.cwd())
    const next = [
      `export PL_STORE=${shellWord(result.store)} PL_KEY_FILE=${shellWord(result.keyFile)}`,
      `${pl} incident timeline ${result.incident.id}`,
      `${pl} evidence verify --checkpoint ${shellWord(result.checkpointFile)}`,
    ]
    this.log('Explore it:')
    for (const line of next) this.log(`  ${line}`)
    if (pl !== 'pl') this.log('  (or put pl on your PATH: npm link)')
    if (!result.verify.ok) process.exitCode = EXIT_CODES.integrity
    return {...result, next}
  }
}
