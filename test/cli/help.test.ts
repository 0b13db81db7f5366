/**
 * A CLI that helps: did-you-mean, `pl help <command>`, examples in root and topic help, JSON
 * errors for unknown commands, short flags, shell completion, NO_COLOR, no update warning.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {TOPIC_EXAMPLES} from '../../src/cli/help.js'
import {closest, editDistance} from '../../src/domain/suggest.js'
import {BIN, REPO, runPl, tempStore} from '../helpers/cli.js'
import {TmuxSession} from '../helpers/tmux.js'

describe('did you mean', () => {
  test('edit distance counts an adjacent swap as one edit', () => {
    assert.equal(editDistance('incidnet', 'incident'), 1)
    assert.equal(editDistance('ad', 'add'), 1)
    assert.equal(editDistance('', 'abc'), 3)
    assert.equal(closest('ad', ['add', 'list', 'show']), 'add')
    assert.equal(closest('lst', ['add', 'list', 'show']), 'list')
    assert.equal(closest('zzzzzz', ['add', 'list', 'show']), undefined)
    assert.equal(closest('sh', ['shred', 'show']), undefined, 'a prefix of two is not a guess')
  })

  test('a mistyped command names what was typed and suggests the command, exit 2', async () => {
    const r = await runPl(['evidence', 'ad', 'INC-2026-0001', 'x'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /"pl evidence ad" is not a pl command\. Did you mean `pl evidence add`\?/)
    assert.doesNotMatch(r.stderr, /evidence:ad/, 'no internal ids')
    const topic = await runPl(['incidnet', 'list'])
    assert.equal(topic.code, 2)
    assert.match(topic.stderr, /Did you mean `pl incident`\?/)
    const nothing = await runPl(['frobnicate'])
    assert.equal(nothing.code, 2)
    assert.match(nothing.stderr, /"pl frobnicate" is not a pl command\.\n/)
  })

  test('under --json the error is JSON, with the suggested command line', async () => {
    const r = await runPl(['evidence', 'ad', 'INC-2026-0001', 'x', '--json'])
    assert.equal(r.code, 2)
    const json = JSON.parse(r.stdout) as {error: {code: string; exitCode: number; message: string; suggestion: string}}
    assert.equal(json.error.code, 'usage')
    assert.equal(json.error.exitCode, 2)
    assert.equal(json.error.suggestion, 'pl evidence add INC-2026-0001 x')
  })
})

describe('help', () => {
  test('pl help <command> shows that command', async () => {
    const r = await runPl(['help', 'incident', 'open'])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /USAGE\n {2}\$ pl incident open/)
    assert.match(r.stdout, /EXAMPLES/)
    const topic = await runPl(['help', 'evidence'])
    assert.equal(topic.code, 0)
    assert.match(topic.stdout, /pl evidence COMMAND/)
    const typo = await runPl(['help', 'incident', 'opne'])
    assert.equal(typo.code, 2)
    assert.match(typo.stderr, /Did you mean `pl incident open`\?/)
    const short = await runPl(['incident', 'open', '-h'])
    assert.match(short.stdout, /USAGE/)
  })

  test('pl --help and every topic help show examples', async () => {
    const root = await runPl(['--help'])
    assert.match(root.stdout, /EXAMPLES\n {2}\$ pl init\n/)
    const topics = Object.keys((JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {oclif: {topics: Record<string, unknown>}}).oclif.topics)
    for (const topic of topics) {
      assert.ok(TOPIC_EXAMPLES[topic]?.length, `examples for ${topic}`)
      const r = await runPl([topic, '--help'])
      assert.match(r.stdout, /EXAMPLES\n {2}\$ pl /, `pl ${topic} --help`)
    }
  })

  test('short flags work like the long ones', async () => {
    const t = tempStore('pl-short-')
    try {
      assert.equal((await runPl(['init'], {env: t.env})).code, 0)
      const r = await runPl(['incident', 'open', '-t', 'Short', '-s', 'P2', '-c', 'secret', '--json'], {env: t.env})
      assert.equal(r.code, 0, r.stderr)
      const inc = JSON.parse(r.stdout) as {title: string; severity: string; classes: string[]}
      assert.deepEqual([inc.title, inc.severity, inc.classes], ['Short', 'P2', ['secret']])
    } finally {
      t.cleanup()
    }
  })
})

describe('shell completion', () => {
  const complete = (shell: string, script: string, words: string[]) =>
    execFileSync(shell, ['-c', `source ${script}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _pl_complete; echo "\${COMPREPLY[@]}"`], {
      encoding: 'utf8',
    }).trim()

  test('bash completes topics, commands and flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-completion-'))
    try {
      const r = await runPl(['completion', 'bash'])
      assert.equal(r.code, 0)
      const script = join(dir, 'pl.bash')
      writeFileSync(script, r.stdout)
      assert.equal(complete('bash', script, ['pl', 'evidence', 'a']), 'add')
      assert.deepEqual(complete('bash', script, ['pl', 'inc']).split(' '), ['incident'])
      assert.match(complete('bash', script, ['pl', 'incident', '']), /\bopen\b.*\buse\b/)
      assert.deepEqual(complete('bash', script, ['pl', 'incident', 'open', '--ti']).split(' '), ['--title'])
      assert.match(complete('bash', script, ['pl', 'runbook', 'run', 'x', '-']), /--incident/)
      const zsh = await runPl(['completion', 'zsh'])
      assert.match(zsh.stdout, /^autoload -U \+X bashcompinit && bashcompinit\n/)
      const bad = await runPl(['completion', 'fish'])
      assert.equal(bad.code, 2)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('colour and warnings', () => {
  test('NO_COLOR turns off colour in prompts on a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pl-color-'))
    const run = async (noColor: boolean) => {
      const tmux = new TmuxSession(dir)
      try {
        tmux.start(`${noColor ? 'NO_COLOR=1 ' : ''}PL_HOME=${join(dir, noColor ? 'a' : 'b')} ${process.execPath} ${BIN} init`)
        await tmux.waitFor(/New passphrase/)
        return execFileSync('tmux', ['-L', tmux.socket, 'capture-pane', '-e', '-p', '-t', tmux.name], {encoding: 'utf8'})
      } finally {
        tmux.kill()
      }
    }
    try {
      const escape = /\x1b\[[0-9;]*m/
      assert.match(await run(false), escape, 'coloured by default on a terminal')
      assert.doesNotMatch(await run(true), escape, 'NO_COLOR: no colour')
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  test('no "update available" warning: the build runs oclif with its documented skip variable', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {scripts: Record<string, string>; oclif: {plugins?: string[]}}
    const prefix = /(\w+)=(\w+) oclif manifest/.exec(pkg.scripts.build!)
    assert.ok(prefix, 'the build sets a variable for oclif manifest')
    assert.match(pkg.scripts.docs!, new RegExp(`${prefix[1]}=${prefix[2]} oclif readme`))
    assert.ok(!(pkg.oclif.plugins ?? []).includes('@oclif/plugin-warn-if-update-available'), 'pl itself has no update notifier')
    // oclif's notifier reads a cached "latest" version; a fresh cache claiming a newer one makes it
    // warn (and, being fresh, it does not go to the network to refresh it).
    const cache = mkdtempSync(join(tmpdir(), 'pl-oclif-cache-'))
    try {
      mkdirSync(join(cache, 'oclif'))
      writeFileSync(join(cache, 'oclif', 'version'), JSON.stringify({latest: '99.0.0'}))
      const oclif = (env: Record<string, string>) =>
        spawnSync(join(REPO, 'node_modules', '.bin', 'oclif'), ['--version'], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: cache, ...env}})
      const warned = oclif({})
      assert.match(warned.stderr, /update available/, 'without the variable oclif warns (the check is live)')
      rmSync(join(cache, 'oclif', 'last-warning'), {force: true})
      const quiet = oclif({[prefix[1]!]: prefix[2]!})
      assert.equal(quiet.status, 0)
      assert.doesNotMatch(quiet.stderr, /update available/)
    } finally {
      rmSync(cache, {recursive: true, force: true})
    }
  })
})
