import * as Args from '@oclif/core/args'
import {BaseCommand} from '../base-command.js'
import {completionScript} from '../render/completion.js'

export default class Completion extends BaseCommand {
  static override summary = 'Print a shell completion script for bash or zsh (commands, topics and flags).'
  static override description = `Load it in your shell's start-up file. The script lists pl's commands and flags as they are now: print it again after upgrading pl.`
  static override examples = [
    '<%= config.bin %> <%= command.id %> bash > ~/.local/share/bash-completion/completions/pl',
    'echo \'source <(pl completion bash)\' >> ~/.bashrc',
    'echo \'source <(pl completion zsh)\' >> ~/.zshrc',
  ]
  static override args = {shell: Args.string({description: 'The shell.', required: true, options: ['bash', 'zsh']})}
  static override enableJsonFlag = false

  async run(): Promise<void> {
    const {args} = await this.parse(Completion)
    const commands = this.config.commands
      .filter((c) => !c.hidden)
      .map((c) => ({
        words: c.id.split(':'),
        flags: Object.entries(c.flags).flatMap(([name, f]) => [`--${name}`, ...(f.char ? [`-${f.char}`] : [])]),
      }))
    process.stdout.write(completionScript(args.shell as 'bash' | 'zsh', commands))
  }
}
