/**
 * Custom rules in pl's YAML form: gitleaks' fields, RE2 translated to JavaScript (or refused,
 * naming the rule), every problem named by file:line; the rules then find what they describe.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {UserError} from '../../../src/errors.js'
import {parseCustomRules, parseGitleaksToml, translateRegex} from '../../../src/domain/scan/custom-rules.js'
import {createScanner} from '../../../src/domain/scan/engine.js'
import {defaultRules} from '../../../src/domain/scan/rules/index.js'
import {Rng} from '../../fixtures/scan/fakes.js'

const problems = (text: string): string => {
  try {
    parseCustomRules(text, 'rules.yaml', new Set(['github-token']))
  } catch (error) {
    assert.ok(error instanceof UserError)
    return error.message
  }
  assert.fail('no error')
}

describe('custom rules', () => {
  it('translate RE2 to JavaScript: leading flags, named groups, \\A \\z, \\Q…\\E, POSIX classes', () => {
    assert.deepEqual(translateRegex('(?i)acme_(?P<key>[[:alnum:]]{8})\\z'), {source: 'acme_(?<key>[A-Za-z0-9]{8})$', flags: 'i'})
    assert.deepEqual(translateRegex('\\Aa.b\\Q.+\\E'), {source: '^a.b\\.\\+', flags: ''})
    assert.deepEqual(translateRegex('(?is)x[[:xdigit:]]'), {source: 'x[0-9A-Fa-f]', flags: 'is'})
    for (const [re2, why] of [
      ['a(?i)b', /inside the pattern/],
      ['(?i:a)b', /inside the pattern/],
      ['\\pL+', /Unicode classes/],
      ['(?U)a+', /ungreedy/],
      ['[[:^alpha:]]', /not translated/],
      ['a(b', /not a valid regex/],
    ] as const) {
      const result = translateRegex(re2)
      assert.ok('error' in result, re2)
      assert.match(result.error, why)
    }
  })

  it('find what they describe: secret group, keywords in any case, entropy floor, allowlist regexes and stopwords', () => {
    const rules = parseCustomRules(
      [
        'rules:',
        '  - id: acme-service-token',
        '    description: ACME internal service token',
        "    regex: '(?i)acme[_-]token\\s*[:=]\\s*([a-z0-9]{24})'",
        '    secretGroup: 1',
        '    keywords: [ACME]',
        '    entropy: 3',
        '    allowlist:',
        "      regexes: ['^0+$']",
        '      stopwords: [example]',
      ].join('\n'),
      'rules.yaml',
    )
    const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`, rules: [...defaultRules, ...rules]})
    const rng = new Rng(5)
    const value = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)
    const found = scanner.scanText(`config ACME_TOKEN = ${value} done`).filter((f) => f.rule === 'acme-service-token')
    assert.equal(found.length, 1)
    assert.equal(found[0]?.column, `config ACME_TOKEN = `.length + 1)
    assert.equal(found[0]?.end, `config ACME_TOKEN = `.length + 24)
    assert.ok(!found[0]?.masked.includes(value.slice(0, 8)))
    for (const quiet of ['0'.repeat(24), 'aaaaaaaaaaaaaaaaaaaaaaaa', `example${value.slice(7)}`]) {
      assert.deepEqual(scanner.scanText(`acme_token: ${quiet}`).filter((f) => f.rule === 'acme-service-token'), [], quiet)
    }
  })

  it('name every problem by file:line', () => {
    const message = problems(
      [
        'rules:',
        '  - id: github-token',
        "    regex: 'x'",
        '  - id: Bad_Id',
        "    regex: 'a(?i)b'",
        '  - id: no-regex',
        '    colour: blue',
        '  - id: grouped',
        "    regex: 'ab(c)'",
        '    secretGroup: 3',
        '    entropy: 12',
      ].join('\n'),
    )
    assert.match(message, /^rules\.yaml:2: "github-token" is a built-in rule's id/m)
    assert.match(message, /^rules\.yaml:4: "Bad_Id" is not a rule id/m)
    assert.match(message, /^rules\.yaml:5: rule Bad_Id: flags set inside the pattern/m)
    assert.match(message, /^rules\.yaml:6: rule no-regex needs a "regex"/m)
    assert.match(message, /^rules\.yaml:7: unknown field "colour"/m)
    assert.match(message, /^rules\.yaml:11: rule grouped: "entropy" must be a number from 0 to 8/m)
    assert.match(problems('rules: [\n'), /^rules\.yaml:\d+: /m)
    assert.match(problems('other: 1\n'), /^rules\.yaml:1: expected a map with a "rules" list/m)
    assert.match(problems("rules:\n  - id: grouped\n    regex: 'ab(c)'\n    secretGroup: 3\n"), /^rules\.yaml:4: rule grouped: "secretGroup" is 3 but the regex has 1 group$/m)
  })

  it('gitleaks TOML: rule and top-level allowlists apply; unknown fields and bad values are named by line', () => {
    const rules = parseGitleaksToml(
      [
        '[allowlist]',
        "stopwords = ['''dummy''']",
        '[[rules]]',
        'id = "acme-key"',
        "regex = '''acme_key\\s*=\\s*([a-z0-9]{24})'''",
        'secretGroup = 1',
        'keywords = ["acme_key"]',
        '[[rules.allowlists]]',
        "regexes = ['''^0+$''']",
        '',
      ].join('\n'),
      'gitleaks.toml',
    )
    const scanner = createScanner({fingerprint: (raw) => `fp${raw.length}`, rules: [...defaultRules, ...rules]})
    const value = new Rng(9).chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)
    const found = (text: string): number => scanner.scanText(text).filter((f) => f.rule === 'acme-key').length
    assert.equal(found(`acme_key = ${value}`), 1)
    assert.equal(found(`acme_key = ${'0'.repeat(24)}`), 0)
    assert.equal(found(`acme_key = dummy${value.slice(5)}`), 0)
    let message = ''
    try {
      parseGitleaksToml(['[[rules]]', 'id = "x-rule"', "regex = '''x'''", 'colour = "red"', 'entropy = 12', '[[rules.allowlists]]', 'commits = ["abc"]', ''].join('\n'), 'g.toml')
    } catch (error) {
      assert.ok(error instanceof UserError)
      message = error.message
    }
    assert.match(message, /g\.toml:4: unknown field "colour"/)
    assert.match(message, /g\.toml:5: rule x-rule: "entropy" must be a number from 0 to 8/)
    assert.match(message, /g\.toml:7: rule x-rule: allowlist "commits" is not supported/)
  })
})

