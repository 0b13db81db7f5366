import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {UserError} from '../../errors.js'
import {table} from '../../render/format.js'
import {explainRule, explainText, ruleIds} from '../../services/scan/explain-rules.js'
import type {RuleExplanation, TextExplanation} from '../../services/scan/explain-rules.js'

export default class RulesExplain extends BaseCommand {
  static override summary = 'Explain a rule (what it finds, an example, how it validates, its live check), or which rules fire on a text and which nearly did.'
  static override description = `With a rule id (see pl rules list): what the rule finds, the keywords it needs nearby, its patterns, a fake example of its values, how a match is validated (guard, entropy, checksum), how --verify checks it live, and where to revoke a leaked value.

With any other argument, or --text: the argument is a text to explain. Each rule runs over it on its own: what pl scan reports (masked), and every candidate a rule's pattern matched that is not reported, with why ("entropy 2.9 < 3.5", a failed checksum, no keyword on the line, another finding wins the overlap). A value is never echoed: near misses are shown by column and length only. Use - to read the text from standard input.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> stripe-test-key',
    '<%= config.bin %> <%= command.id %> payment-card --json',
    '<%= config.bin %> <%= command.id %> "OPENAI_API_KEY=sk-proj-…"',
    'pbpaste | <%= config.bin %> <%= command.id %> - --text',
  ]

  static override args = {
    subject: Args.string({description: 'A rule id, or a text to explain (- reads standard input).', required: true}),
  }

  static override flags = {
    text: Flags.boolean({description: 'Read the argument as a text even when it is a rule id.', default: false}),
  }

  async run(): Promise<RuleExplanation | TextExplanation> {
    const {args, flags} = await this.parse(RulesExplain)
    const subject = args.subject === '-' ? await readStdin() : args.subject
    if (!flags.text && args.subject !== '-') {
      const rule = explainRule(subject)
      if (rule !== undefined) {
        this.printRule(rule)
        return rule
      }
      if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(subject)) {
        const head = `${subject.split('-')[0] ?? subject}-`
        const close = ruleIds().filter((id) => id.includes(subject) || id.startsWith(head))
        throw new UserError('usage', `No rule ${subject}. ${close.length > 0 ? `Did you mean ${close.slice(0, 5).join(', ')}? ` : ''}See pl rules list; to explain it as a text, add --text.`)
      }
    }
    const explained = explainText(subject)
    this.printText(explained)
    return explained
  }

  private printRule(rule: RuleExplanation): void {
    const lines = [
      `${rule.id} (${rule.category})`,
      ...rule.finds.map((f) => `  finds:      ${f}`),
      `  keywords:   ${rule.keywords.length === 0 ? '— (runs everywhere)' : rule.keywords.join(' ')}`,
      ...(rule.reach === undefined ? [] : [`  reach:      ${rule.reach === 'bare' ? 'bare (distinctive format: found alone)' : 'context (found only next to the provider\'s name)'}`]),
      ...rule.patterns.map((p) => `  pattern:    /${p}/`),
      ...(rule.example === undefined ? [] : [`  example:    ${rule.example}   (a fake, made here)`]),
      ...rule.validation.map((v) => `  validation: ${v}`),
      `  verify:     ${rule.verify === null ? '— (no live check)' : `${rule.verify.request} on ${rule.verify.base} (base URL: ${rule.verify.env})`}`,
      ...(rule.revoke === undefined ? [] : [`  revoke:     ${rule.revoke}`]),
      ...rule.references.map((r) => `  see:        ${r}`),
    ]
    this.log(lines.join('\n'))
  }

  private printText(explained: TextExplanation): void {
    if (explained.fired.length === 0) this.log('No rule fires on this text.')
    else {
      this.log('Fires:')
      this.log(
        table(
          ['Rule', 'Column', 'Length', 'Masked', 'Note'],
          explained.fired.map((h) => [h.rule, String(h.column), String(h.length), h.masked, h.confidence === 'low' ? `low confidence: ${h.reason ?? ''}` : '']),
        ),
      )
    }
    if (explained.nearlyFired.length > 0) {
      this.log('\nNearly fired (not reported):')
      this.log(table(['Rule', 'Column', 'Length', 'Why not'], explained.nearlyFired.map((n) => [n.rule, String(n.column), String(n.length), n.why])))
    }
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
