import {createReadStream, statSync} from 'node:fs'
import {basename} from 'node:path'
import type {Readable} from 'node:stream'
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import type {EvidenceKind} from '../../domain/entry.js'
import {EVIDENCE_KINDS} from '../../domain/entry.js'
import {isIncidentId} from '../../domain/incident-id.js'
import {UserError} from '../../errors.js'
import type {AddedEvidence, EvidenceSource} from '../../services/evidence/add.js'
import {addEvidence} from '../../services/evidence/add.js'
import {bytes, table} from '../../render/format.js'
import {shownName} from '../../render/terminal.js'
import {byteProgress} from '../../render/progress.js'

export default class EvidenceAdd extends BaseCommand {
  static override summary = 'Add files (or standard input) to an incident as encrypted evidence.'
  static override description = `Each exhibit is streamed in chunks into the store under its own data key (so it can be crypto-shredded alone), with its SHA-256, size and name recorded. Memory stays flat whatever the size.
With a current incident (\`pl incident use\`), the incident may be left out: the first argument is an incident when it looks like one (INC-yyyy-nnnn).
Ctrl-C stops the exhibit being streamed: it is not recorded (exit 130; exhibits added before it stay), and the encrypted chunks already written stay in the store unreferenced (\`pl evidence verify\` counts them as an interrupted upload; harmless, but not reclaimed).`
  static override examples = [
    '<%= config.bin %> <%= command.id %> INC-2026-0001 gateway-2026-11-20.jsonl.gz',
    '$ kubectl logs deploy/gateway | <%= config.bin %> <%= command.id %> INC-2026-0001 - --kind log --name gateway.log',
    '<%= config.bin %> <%= command.id %> INC-2026-0001 exchange.json --kind exchange --json',
    '<%= config.bin %> <%= command.id %> gateway-2026-11-20.jsonl.gz',
  ]
  static override strict = false
  static override args = {
    incident: Args.string({description: 'Incident id [default: the current incident, `pl incident use`].'}),
    file: Args.string({description: 'Files to add, or - for standard input.'}),
  }
  static override flags = {
    kind: Flags.string({char: 'k', description: 'What the evidence is [default: guessed from the name].', options: [...EVIDENCE_KINDS]}),
    name: Flags.string({description: 'Name to record for standard input [default: stdin].'}),
  }

  async run(): Promise<{evidence: AddedEvidence[]}> {
    const {argv, flags} = await this.parse(EvidenceAdd)
    const given = argv as string[]
    const named = given[0] !== undefined && isIncidentId(given[0].toUpperCase()) ? given[0] : undefined
    const files = named === undefined ? given : given.slice(1)
    if (files.length === 0) throw new UserError('usage', 'Which files? Give them after the incident id, or - for standard input.', {hints: ['pl evidence add INC-2026-0001 gateway.log']})
    const session = await this.session(flags)
    const incident = await this.incidentOrCurrent(named, session)
    if (files.filter((f) => f === '-').length > 1) throw new UserError('usage', 'Standard input (-) can be given only once.')
    // The streams opened, destroyed on Ctrl-C so that a read waiting on a pipe ends too.
    const opened: Readable[] = []
    const sources: EvidenceSource[] = files.map((file) => {
      if (file === '-') {
        if (process.stdin.isTTY) throw new UserError('usage', 'Nothing is piped into standard input.', {hints: ['cat FILE | pl evidence add INC -']})
        return {name: flags.name ?? 'stdin', open: () => (opened.push(process.stdin), process.stdin)}
      }
      let size: number
      try {
        const st = statSync(file)
        if (!st.isFile()) throw new UserError('invalid-input', `${shownName(file)} is not a regular file.`, {hints: ['Add the files inside a directory one by one, or tar them first.']})
        size = st.size
      } catch (error) {
        if (error instanceof UserError) throw error
        throw new UserError('not-found', `Cannot read ${shownName(file)}.`, {cause: error, hints: ['Check the path and its permissions.']})
      }
      return {
        name: basename(file),
        size,
        open: () => {
          const stream = createReadStream(file, {highWaterMark: 1024 * 1024})
          opened.push(stream)
          return stream
        },
      }
    })
    const progress = byteProgress('adding', !flags.json)
    // Ctrl-C stops the stream between chunks: the exhibit is not recorded, and pl exits 130 with a
    // word on what stays (tester 11, defect 8), instead of dying by the signal.
    const cancel = new AbortController()
    const onSigint = () => {
      cancel.abort()
      for (const stream of opened) stream.destroy()
    }
    process.on('SIGINT', onSigint)
    let added: AddedEvidence[]
    try {
      added = await addEvidence(session, {
        incident,
        sources,
        ...(flags.kind ? {kind: flags.kind as EvidenceKind} : {}),
        onProgress: (_name, done, total) => {
          if ((total ?? done) > 32 * 1024 * 1024) progress.update(done, total)
        },
        signal: cancel.signal,
      })
    } finally {
      process.off('SIGINT', onSigint)
      progress.stop()
    }
    this.log(table(['Evidence', 'Kind', 'Name', 'Size', 'SHA-256'], added.map((e) => [e.id, e.kind, shownName(e.name), bytes(e.size), e.sha256])))
    for (const e of added) {
      if (e.sameName) this.note(`Note: ${e.id} has the same name as ${e.sameName.join(', ')} (${shownName(e.name)}) in ${e.incident}: another copy, or a different file?`)
    }
    return {evidence: added}
  }
}
