/**
 * `pl scan --rules FILE` through the real CLI: custom rules run with the built-in ones and show in
 * JSON and SARIF; a bad file is refused before scanning, naming file:line; a gitleaks TOML file is
 * refused with the way out (this build reads the YAML form only).
 */
import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, describe, test} from 'node:test'

import type {ScanReport} from '../../src/domain/scan/report.js'
import {Rng, githubToken} from '../fixtures/scan/fakes.js'
import {runJson, runPl} from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'pl-rules-file-'))
after(() => rmSync(dir, {recursive: true, force: true}))

describe('pl scan --rules', () => {
  const rng = new Rng(77)
  const value = rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 20)
  const token = githubToken(rng)
  const log = join(dir, 'app.log')
  writeFileSync(log, `{"msg": "deploy with ACME-${value} ok"}\n{"msg": "token ${token}"}\n`)
  const rules = join(dir, 'rules.yaml')
  writeFileSync(rules, ['rules:', '  - id: acme-deploy-key', '    description: ACME deploy key', "    regex: '\\bACME-([[:upper:][:digit:]]{20})\\b'", '    secretGroup: 1', '    keywords: [acme-]', ''].join('\n'))

  test('custom rules run with the built-in ones, in JSON and SARIF', async () => {
    const {code, json, stderr} = await runJson<ScanReport>(['scan', log, '--rules', rules])
    assert.equal(code, 1, stderr)
    assert.deepEqual(json.findings.map((f) => `${f.line}:${f.rule}`), ['1:acme-deploy-key', '2:github-token'])
    const custom = json.findings[0]
    assert.equal(custom?.column, '{"msg": "deploy with ACME-'.length + 1)
    assert.equal(custom?.jsonPath, '$.msg')
    const sarif = await runPl(['scan', log, '--rules', rules, '--format', 'sarif'])
    assert.equal(sarif.code, 1, sarif.stderr)
    assert.ok(!sarif.stdout.includes(value) && !sarif.stdout.includes(token))
    const driver = (JSON.parse(sarif.stdout) as {runs: {tool: {driver: {rules: {id: string; shortDescription: {text: string}}[]}}}[]}).runs[0]?.tool.driver
    assert.ok(driver?.rules.some((r) => r.id === 'acme-deploy-key'))
  })

  test('a bad rules file is refused before scanning, naming file:line', async () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, "rules:\n  - id: acme\n    regex: 'a(?i)b'\n")
    const result = await runPl(['scan', log, '--rules', bad])
    assert.equal(result.code, 2)
    assert.match(result.stderr, /bad\.yaml:3: rule acme: flags set inside the pattern/)
    const missing = await runPl(['scan', log, '--rules', join(dir, 'none.yaml')])
    assert.equal(missing.code, 3)
    assert.match(missing.stderr, /Cannot read the rules file .*none\.yaml/)
  })

  test('a gitleaks TOML config runs: [[rules]], [[rules.allowlists]], [rules.allowlist] and a top-level [allowlist]', async () => {
    const example = rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 14)
    const ticket = rng.chars('abcdefghijkmnopqrstuvwxyz23456789', 32)
    const tomlLog = join(dir, 'toml.log')
    writeFileSync(
      tomlLog,
      [
        `{"msg": "deploy with ACME-${value} ok"}`,
        `{"msg": "docs use ACME-EXAMPLE${example}"}`,
        `{"msg": "ACME-TEST${value.slice(4)} in the test tenant"}`,
        `{"msg": "tracker_token = ${ticket}"}`,
        `{"msg": "tracker_token = sample${ticket.slice(6)}"}`,
        '',
      ].join('\n'),
    )
    const toml = join(dir, 'gitleaks.toml')
    writeFileSync(
      toml,
      [
        'title = "team gitleaks config"',
        '',
        '[allowlist]',
        'description = "global allow list"',
        "regexes = ['''EXAMPLE''']",
        '',
        '[[rules]]',
        'id = "acme-deploy-key"',
        'description = "ACME deploy key"',
        "regex = '''\\bACME-([[:upper:][:digit:]]{20})\\b'''",
        'secretGroup = 1',
        'keywords = ["acme-"]',
        'tags = ["deploy", "acme"]',
        '',
        '[[rules.allowlists]]',
        'description = "the test tenant"',
        "regexes = ['''^TEST''']",
        '',
        '[[rules]]',
        'id = "tracker-token"',
        'description = "Issue tracker token"',
        "regex = '''(?i)tracker_token\\s*=\\s*([a-z0-9]{32})'''",
        'secretGroup = 1',
        'entropy = 3.0',
        'keywords = ["tracker_token"]',
        '[rules.allowlist]',
        'stopwords = ["sample"]',
        '',
      ].join('\n'),
    )
    const {code, json, stderr} = await runJson<ScanReport>(['scan', tomlLog, '--rules', toml])
    assert.equal(code, 1, stderr)
    assert.deepEqual(json.findings.map((f) => `${f.line}:${f.rule}`), ['1:acme-deploy-key', '4:tracker-token'])
    assert.equal(json.findings[0]?.column, '{"msg": "deploy with ACME-'.length + 1)
  })

  test('a gitleaks TOML config pl cannot honour is refused by file:line', async () => {
    const bad = join(dir, 'bad.toml')
    writeFileSync(
      bad,
      [
        '[extend]',
        'useDefault = true',
        '',
        '[allowlist]',
        'paths = ["vendor/"]',
        '',
        '[[rules]]',
        'id = "acme"',
        "regex = '''a(?i)b'''",
        '',
        '[[rules]]',
        'id = "beta"',
        "regex = '''beta-[0-9]{8}'''",
        '[[rules.allowlists]]',
        'regexTarget = "line"',
        "regexes = ['''x''']",
        '',
      ].join('\n'),
    )
    const result = await runPl(['scan', log, '--rules', bad])
    assert.equal(result.code, 2, result.stderr)
    assert.match(result.stderr, /bad\.toml:1: \[extend\] is not supported/)
    assert.match(result.stderr, /bad\.toml:5: the top-level allowlist: allowlist "paths" is not supported/)
    assert.match(result.stderr, /bad\.toml:9: rule acme: flags set inside the pattern/)
    assert.match(result.stderr, /bad\.toml:15: rule beta: allowlist regexTarget "line" is not supported/)
    const broken = join(dir, 'broken.toml')
    writeFileSync(broken, '[[rules]]\nid = "acme"\nregex = "unterminated\n')
    const syntax = await runPl(['scan', log, '--rules', broken])
    assert.equal(syntax.code, 2)
    assert.match(syntax.stderr, /broken\.toml:3: not valid TOML/)
  })
})
