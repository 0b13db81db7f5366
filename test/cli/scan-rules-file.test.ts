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

  test('a gitleaks TOML file is refused with the way out', async () => {
    const toml = join(dir, 'gitleaks.toml')
    writeFileSync(toml, '[[rules]]\nid = "acme"\nregex = \'\'\'ACME-[A-Z0-9]{20}\'\'\'\n')
    const result = await runPl(['scan', log, '--rules', toml])
    assert.equal(result.code, 2)
    assert.match(result.stderr, /gitleaks TOML rule files are not read by this build/)
    assert.match(result.stderr, /YAML form/)
  })
})
