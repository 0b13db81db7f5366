/**
 * The inquirer wrapper driven through real inquirer prompts by @inquirer/testing: keys in,
 * screen and answer out. The flows above it are tested with scripted answers instead.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {render} from '@inquirer/testing'
import {CancelledError} from '../../src/errors.js'
import type {PromptContext} from '../../src/prompts/inquirer.js'
import {inquirerPrompter} from '../../src/prompts/inquirer.js'
import type {Prompter} from '../../src/prompts/types.js'

/** One Prompter method as an inquirer prompt, so that `render` can drive it. */
function prompt<P, V>(ask: (p: Prompter, props: P) => Promise<V>) {
  return (props: P, context?: PromptContext) => Object.assign(ask(inquirerPrompter(true, context), props), {cancel: () => undefined})
}

describe('inquirer prompter', () => {
  test('input: typed text and enter give the answer', async () => {
    const {answer, events, getScreen} = await render(prompt((p, o: {message: string}) => p.input(o)), {message: 'What leaked?'})
    assert.match(getScreen(), /What leaked\?/)
    events.type('a token')
    events.keypress('enter')
    assert.equal(await answer, 'a token')
  })

  test('input: `shown` changes the echo of the given answer only, never the answer (ADR 0038)', async () => {
    const {answer, events, getScreen} = await render(prompt((p, o: {message: string}) => p.input({...o, shown: (v) => v.replace(/secret-\w+/g, 'secret-…')})), {message: 'Root cause?'})
    events.type('pasted secret-abc123')
    // While typing, the text is what was typed.
    assert.match(getScreen(), /pasted secret-abc123/)
    events.keypress('enter')
    assert.equal(await answer, 'pasted secret-abc123')
    assert.match(getScreen(), /Root cause\? pasted secret-…/)
    assert.doesNotMatch(getScreen(), /abc123/)
  })

  test('input: the default is taken on enter, and a refusal from validate is shown until fixed', async () => {
    const withDefault = await render(prompt((p, o: {message: string; default: string}) => p.input(o)), {message: 'When?', default: 'now'})
    withDefault.events.keypress('enter')
    assert.equal(await withDefault.answer, 'now')

    const {answer, events, getScreen} = await render(
      prompt((p, o: {message: string}) => p.input({...o, validate: (v) => (v.trim() ? true : 'A title is required.')})),
      {message: 'Title'},
    )
    events.keypress('enter')
    await new Promise((r) => setImmediate(r))
    assert.match(getScreen(), /A title is required\./)
    events.type('t')
    events.keypress('enter')
    assert.equal(await answer, 't')
  })

  test('password: the typed value is never drawn', async () => {
    const {answer, events, getFullOutput} = await render(prompt((p, o: {message: string}) => p.password(o)), {message: 'Token'})
    events.type('s3cret-value')
    events.keypress('enter')
    assert.equal(await answer, 's3cret-value')
    assert.doesNotMatch(getFullOutput(), /s3cret/)
  })

  test('confirm: its default on enter, or what is typed', async () => {
    const yes = await render(prompt((p, o: {message: string; default: boolean}) => p.confirm(o)), {message: 'Done?', default: true})
    yes.events.keypress('enter')
    assert.equal(await yes.answer, true)
    const no = await render(prompt((p, o: {message: string; default: boolean}) => p.confirm(o)), {message: 'Destroy?', default: true})
    no.events.type('n')
    no.events.keypress('enter')
    assert.equal(await no.answer, false)
  })

  test('select: arrows move between choices and show the description', async () => {
    const choices = [
      {name: 'P1', value: 'P1', description: 'ongoing exposure'},
      {name: 'P2', value: 'P2', description: 'contained scope'},
    ]
    const {answer, events, getScreen} = await render(prompt((p, o: {message: string}) => p.select({...o, choices})), {message: 'Severity'})
    events.keypress('down')
    assert.match(getScreen(), /contained scope/)
    events.keypress('enter')
    assert.equal(await answer, 'P2')
  })

  test('checkbox: pre-checked choices stay checked, space toggles another', async () => {
    const choices = [
      {name: 'secret', value: 'secret', checked: true},
      {name: 'pii', value: 'pii'},
    ]
    const {answer, events} = await render(prompt((p, o: {message: string}) => p.checkbox({...o, choices})), {message: 'What leaked?'})
    events.keypress('down')
    events.keypress('space')
    events.keypress('enter')
    assert.deepEqual(await answer, ['secret', 'pii'])
  })

  test('an aborted prompt is a CancelledError (exit 130), not a bug', async () => {
    const controller = new AbortController()
    const {answer} = await render(prompt((p, o: {message: string}) => p.input(o)), {message: 'Title'}, {signal: controller.signal})
    controller.abort()
    await assert.rejects(answer, (error: unknown) => error instanceof CancelledError && error.exitCode === 130)
  })
})
