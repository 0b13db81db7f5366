/**
 * oclif's `command_not_found` hook: `pl help <command>`, and for a mistyped command or topic a
 * usage error (exit 2) that names what was typed in pl's words and suggests the closest command —
 * as JSON under --json, like every other error.
 */
import type {Hook} from '@oclif/core/hooks'
import {loadHelpClass} from '@oclif/core/help'
import {closest} from '../domain/suggest.js'
import {escapeJsonControls, forTerminal} from '../domain/terminal.js'
import {EXIT_CODES} from '../errors.js'

const hook: Hook<'command_not_found'> = async function ({id, argv, config}) {
  const visible = config.commands.filter((c) => !c.hidden).map((c) => c.id)
  const known = new Set([...visible, ...config.topics.map((t) => t.name)])
  let words = id.split(':')
  if (words[0] === 'help') {
    words = words.slice(1)
    const subject = words.join(':')
    if (subject === '' || known.has(subject)) {
      const Help = await loadHelpClass(config)
      await new Help(config, config.pjson.oclif.helpOptions ?? {}).showHelp(words)
      return
    }
  }
  // The longest run of words that names a topic; the next word is the one mistyped.
  let depth = 0
  while (depth < words.length && config.topics.some((t) => t.name === words.slice(0, depth + 1).join(':'))) depth++
  const parent = words.slice(0, depth).join(':')
  const typed = words[depth] ?? ''
  const children = [...known].filter((k) => (parent === '' ? !k.includes(':') : k.startsWith(parent + ':') && !k.slice(parent.length + 1).includes(':')))
  const names = children.map((k) => k.split(':').at(-1)!)
  const guess = closest(typed, names)
  const spaced = (ws: string[]) => ['pl', ...ws].join(' ')
  const message = `"${spaced(words.slice(0, depth + 1))}" is not a pl command.${guess ? ` Did you mean \`${spaced([...words.slice(0, depth), guess])}\`?` : ''}`
  const suggestion = guess ? spaced([...words.slice(0, depth), guess, ...words.slice(depth + 1)]) : undefined
  const hints = [`See \`${spaced(words.slice(0, depth))} --help\` for the commands${parent ? ` of ${spaced(words.slice(0, depth))}` : ''}.`]
  const exitCode = EXIT_CODES.usage
  if ((argv ?? []).includes('--json') || process.argv.includes('--json')) {
    // What was typed comes from outside pl: escaped in JSON, stripped for a terminal (issue 14, item 6).
    process.stdout.write(escapeJsonControls(JSON.stringify({error: {code: 'usage', message, hints, exitCode, ...(suggestion ? {suggestion} : {})}}, null, 2)) + '\n')
  } else {
    process.stderr.write(forTerminal(`Error: ${message}`) + '\n')
    for (const hint of hints) process.stderr.write(forTerminal(`  → ${hint}`) + '\n')
  }
  process.exitCode = exitCode
}

export default hook
