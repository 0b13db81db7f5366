/**
 * pl's help: oclif's, plus examples under `pl --help` and under each topic's help (a topic has no
 * examples of its own in oclif). Each command's `--help` keeps its own examples.
 */
import type {Interfaces} from '@oclif/core'
import {Help} from '@oclif/core/help'

/** A first incident, end to end, as the README's walkthrough runs it. */
export const ROOT_EXAMPLES = [
  'pl init',
  'pl unlock --ttl 8h',
  'pl incident open --title "System prompt in gateway logs" --severity P1 --class secret,system-prompt --started-at "40m ago"',
  'pl incident use INC-2026-0001',
  'pl evidence add gateway.jsonl.gz',
  'pl scan gateway.jsonl.gz --incident INC-2026-0001',
  'pl runbook run secret-in-prompt-logs --incident INC-2026-0001',
  'pl incident mark contained --note "token revoked"',
  'pl report postmortem --format html --out postmortem.html',
  'pl help incident open',
]

/** Examples per topic, keyed by topic name; a test checks every topic has some. */
export const TOPIC_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  incident: [
    'pl incident open --title "Support bot repeats its system prompt" --severity P1 --class system-prompt',
    'pl incident use INC-2026-0001',
    'pl incident mark contained --at "5m ago" --note "token revoked"',
    'pl incident timeline',
    'pl incident list --status open',
  ],
  store: ['pl store info', 'pl store info --store postgres://auditor@db.internal/pl --json', 'pl store clone postgres://auditor@db.internal/pl --to audit.db', 'pl store clone ~/.pl/evidence.db --to postgres://pl_owner@db.internal/pl'],
  evidence: [
    'pl evidence add INC-2026-0001 gateway.jsonl.gz',
    'pl evidence list INC-2026-0001',
    'pl evidence checkpoint --out inc-0001.checkpoint.json',
    'pl evidence verify --checkpoint inc-0001.checkpoint.json',
    'pl evidence shred EV-4 --reason "retention ended"',
  ],
  runbook: ['pl runbook list', 'pl runbook show secret-in-prompt-logs', 'pl runbook run secret-in-prompt-logs --incident INC-2026-0001 --dry-run', 'pl runbook validate ./my-runbook.yaml'],
  report: ['pl report postmortem INC-2026-0001', 'pl report postmortem INC-2026-0001 --format html --out postmortem.html'],
  rules: ['pl rules list', 'pl rules list --category secret --json'],
  responder: ['pl responder init', 'pl responder add bob --key plr1-…', 'pl responder revoke bob --reason "left the rotation"', 'pl responder list --json'],
}

export default class PlHelp extends Help {
  #examples(lines: readonly string[]): string {
    return this.section('EXAMPLES', lines.map((l) => `$ ${l}`).join('\n'))
  }

  protected override async showRootHelp(): Promise<void> {
    await super.showRootHelp()
    this.log(this.#examples(ROOT_EXAMPLES))
    this.log('')
  }

  protected override async showTopicHelp(topic: Interfaces.Topic): Promise<void> {
    await super.showTopicHelp(topic)
    const examples = TOPIC_EXAMPLES[topic.name]
    if (examples) {
      this.log(this.#examples(examples))
      this.log('')
    }
  }
}
