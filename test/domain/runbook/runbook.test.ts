/**
 * The runbook domain: parsing with file:line:col problems, conditions, templating and the walk
 * state machine.
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, it} from 'node:test'
import fc from 'fast-check'
import {formatProblem, parseRunbook} from '../../../src/domain/runbook/parse.js'
import {render} from '../../../src/domain/runbook/template.js'
import type {Runbook} from '../../../src/domain/runbook/types.js'
import {coerceAnswer, foldWalk, missingAnswers} from '../../../src/domain/runbook/walk.js'
import {evaluate} from '../../../src/domain/runbook/when.js'

const good = `name: demo
title: Demo
steps:
  - id: kind
    title: Which?
    question: {type: select, message: Which, choices: [a, b], default: a}
  - id: token
    title: Token
    when: {answer: kind, equals: b}
    question: {type: password, message: Token}
    action:
      type: revoke-token
      provider: github
      params: {tokens: "{{ answers.token }}"}
  - id: done
    title: Done
    question: {type: confirm, message: Done?}
    mark: contained
`

function parsed(text: string): Runbook {
  const r = parseRunbook(text, 'rb.yaml')
  assert.deepEqual(r.problems, [])
  return r.runbook!
}

function problems(text: string): string[] {
  const r = parseRunbook(text, 'rb.yaml')
  assert.equal(r.runbook, undefined, 'an invalid runbook yields no runbook')
  return r.problems.map(formatProblem)
}

describe('runbook parsing', () => {
  it('parses a valid runbook', () => {
    const rb = parsed(good)
    assert.equal(rb.steps.length, 3)
    assert.deepEqual(rb.steps[1]!.when, {answer: 'kind', equals: 'b'})
    assert.equal(rb.steps[2]!.mark, 'contained')
  })

  it('malformed YAML: file, line and column', () => {
    assert.deepEqual(problems('name: x\nsteps: [1\n').map((p) => p.slice(0, 12)), ['rb.yaml:3:1:'])
  })

  it('unknown action, unknown provider, missing parameter, unknown template variable — each at its node', () => {
    const text = `name: x
title: X
steps:
  - id: a
    title: A
    action: {type: revoke-tokn}
  - id: b
    title: B
    action: {type: purge, provider: mysql, params: {}}
  - id: c
    title: C
    action:
      type: purge
      provider: redis
      params: {}
  - id: d
    title: D
    action:
      type: purge
      provider: files
      params:
        path: "/var/log/{{ answers.nope }}"
`
    const p = problems(text)
    assert.match(p[0]!, /^rb\.yaml:6:20: .*unknown action "revoke-tokn"; expected one of manual, revoke-token, pause-pipeline, purge/)
    assert.match(p[1]!, /^rb\.yaml:9:37: .*unknown purge provider "mysql"; expected one of files, redis, postgres, sqlite, elasticsearch/)
    assert.match(p[2]!, /^rb\.yaml:15:15: .*needs the parameter "pattern"/)
    assert.match(p[3]!, /^rb\.yaml:22:25: .*template \{\{ answers\.nope \}\} names an unknown variable/)
  })

  it('rejects unknown fields, bad question types, defaults outside the choices, later answers in conditions, duplicate ids', () => {
    const p = problems(`name: x
title: X
steps:
  - id: a
    title: A
    colour: red
    question: {type: slider, message: M}
  - id: b
    title: B
    question: {type: select, message: M, choices: [x, y], default: z}
    when: {answer: c}
  - id: b
    title: B again
  - id: c
    title: C
    mark: fixed
`)
    assert.equal(p.length, 6)
    assert.match(p.join('\n'), /unknown field "colour"/)
    assert.match(p.join('\n'), /unknown type "slider"/)
    assert.match(p.join('\n'), /default z is not one of the choices/)
    assert.match(p.join('\n'), /"c" is not an earlier step with a question/)
    assert.match(p.join('\n'), /duplicate step id "b"/)
    assert.match(p.join('\n'), /"mark" must be one of/)
  })

  it('every shipped runbook is valid', () => {
    const dir = join(process.cwd(), 'runbooks')
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'))
    assert.ok(files.length >= 6)
    for (const f of files) {
      const r = parseRunbook(readFileSync(join(dir, f), 'utf8'), f)
      assert.deepEqual(r.problems.map(formatProblem), [], f)
      assert.equal(`${r.runbook!.name}.yaml`, f)
      assert.ok(r.runbook!.steps.some((s) => s.mark === 'contained'), `${f} marks contained`)
    }
  })

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseRunbook(s, 'f.yaml')
        assert.ok(r.runbook !== undefined || r.problems.length > 0)
        for (const p of r.problems) assert.ok(p.line >= 1 && p.col >= 1)
      }),
      {numRuns: 300},
    )
  })
})

describe('conditions and templates', () => {
  const ctx = {answers: new Map<string, string | boolean | string[]>([['kinds', ['github']], ['go', true], ['who', '']]), classes: ['secret'], findings: ['github-token', 'secret']}
  it('evaluates answers, classes, findings, all/any/not, and unknown answers', () => {
    assert.equal(evaluate({answer: 'kinds', includes: 'github'}, ctx), true)
    assert.equal(evaluate({answer: 'go'}, ctx), true)
    assert.equal(evaluate({answer: 'who'}, ctx), false)
    assert.equal(evaluate({class: 'pii'}, ctx), false)
    assert.equal(evaluate({finding: 'github-token'}, ctx), true)
    assert.equal(evaluate({all: [{answer: 'go'}, {not: {class: 'pii'}}]}, ctx), true)
    assert.equal(evaluate({answer: 'later'}, ctx), undefined)
    assert.equal(evaluate({any: [{answer: 'later'}, {answer: 'go'}]}, ctx), true)
    assert.equal(evaluate({all: [{answer: 'later'}, {answer: 'go'}]}, ctx), undefined)
  })

  it('renders whole-value templates with their type and splices lists', () => {
    const resolve = (r: {scope: string; key: string}) => (r.scope === 'secrets' ? ['s1', 's2'] : r.key === 'id' ? 'INC-1' : 'x')
    assert.deepEqual(render({tokens: ['{{ secrets.a }}', 'lit'], note: 'for {{ incident.id }}', n: 3}, resolve as never), {tokens: ['s1', 's2', 'lit'], note: 'for INC-1', n: 3})
  })
})

describe('walk', () => {
  const rb = parsed(good)
  const base = {classes: [], findings: []}
  it('folds records: completed steps, answers, next step', () => {
    const s = foldWalk(rb, [
      {runbook: 'demo', step: 'kind', status: 'answered', answer: 'b'},
      {runbook: 'demo', step: 'kind', status: 'done'},
      {runbook: 'other', step: 'token', status: 'done'},
    ])
    assert.equal(s.next?.id, 'token')
    assert.equal(s.answers.get('kind'), 'b')
  })

  it('names the answers a non-interactive walk lacks, following conditions', () => {
    const fresh = foldWalk(rb, [])
    assert.deepEqual(missingAnswers(rb, fresh, base, new Map(), false), ['kind', 'token', 'done'])
    assert.deepEqual(missingAnswers(rb, fresh, base, new Map([['kind', 'a']]), true), [])
    assert.deepEqual(missingAnswers(rb, fresh, base, new Map([['kind', 'b']]), true), ['token'])
  })

  it('coerces scripted answers or says what was expected', () => {
    assert.deepEqual(coerceAnswer(rb.steps[0]!.question!, 'b'), {value: 'b'})
    assert.deepEqual(coerceAnswer(rb.steps[0]!.question!, 'z'), {error: 'expected one of: a, b'})
    assert.deepEqual(coerceAnswer(rb.steps[2]!.question!, 'yes'), {value: true})
  })
})

describe('secrets stay out of text (issue 14, F8, F12)', () => {
  const withTask = (params: string) => `name: leak
title: Leak
steps:
  - id: pw2
    title: Password
    question: {type: password, message: The password}
  - id: rotate
    title: Rotate
    action:
      type: manual
      params: ${params}
`
  it('a password answer templated into a manual task is refused at its line:column', () => {
    const found = problems(withTask('{task: "Rotate {{ answers.pw2 }}"}'))
    assert.equal(found.length, 1)
    assert.match(found[0]!, /^rb\.yaml:11:\d+: .*\{\{ answers\.pw2 \}\} would put a password answer into "task"/)
  })
  it('{{ secrets.RULE }} outside tokens is refused; inside text it would render masked, never [object Object]', () => {
    assert.match(problems(withTask('{task: "Revoke {{ secrets.github-token }}"}'))[0]!, /would put captured secret values into "task"/)
    const resolve = () => [{masked: 'ghp_…abcd', value: 'never shown'}]
    assert.deepEqual(render({task: 'Revoke {{ secrets.x }} now'}, resolve as never), {task: 'Revoke ghp_…abcd now'})
  })
  it('a YAML alias in params is refused, not turned into {"source": …}', () => {
    const text = withTask('{task: &a "Rotate it", who: *a}')
    assert.match(problems(text)[0]!, /YAML alias \(\*a\) in action params is not supported/)
  })
})
