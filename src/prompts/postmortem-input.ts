/**
 * The postmortem's questions, asked when a person writes it at a terminal and nothing was given
 * by flag or file: the root cause (unless a runbook walk recorded one) and the action items, each optional.
 */
import type {PostmortemInputBody} from '../domain/entries/postmortem-input.js'
import type {Prompter} from './types.js'

/** The answers, or undefined when the person left both empty (nothing is recorded then). */
export async function askPostmortemInput(prompter: Prompter, known: {rootCause?: string} = {}): Promise<PostmortemInputBody | undefined> {
  // A root cause the runbook walk recorded is not asked again; the postmortem uses it.
  const rootCause = known.rootCause === undefined ? (await prompter.input({message: 'Root cause (empty to leave it unrecorded):'})).trim() : ''
  const actionItems: string[] = []
  for (;;) {
    const item = (await prompter.input({message: `Action item ${actionItems.length + 1} (empty to finish):`})).trim()
    if (item === '') break
    actionItems.push(item)
  }
  if (rootCause === '' && actionItems.length === 0) return undefined
  return {...(rootCause === '' ? {} : {rootCause}), actionItems}
}
