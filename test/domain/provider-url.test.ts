/**
 * A provider URL as pl shows and records it (#13, #14): a password in it and a query value pl's
 * scanner finds a secret in are masked, in a URL and in an error text quoting one (an entry recorded
 * before the fix is shown masked too); an address pl cannot use is named with its variable.
 */
import assert from 'node:assert/strict'
import {randomBytes} from 'node:crypto'
import {describe, it} from 'node:test'
import {actionResult} from '../../src/domain/entries/action-result.js'
import {maskUrls, providerUrlProblem, shownUrl} from '../../src/domain/provider-url.js'

const password = () => `pw${randomBytes(9).toString('base64url')}`
/** Mixed case and digits, the shape of an API key. */
const apiKey = () => `Ak9${randomBytes(15).toString('hex')}Zq7X`

describe('provider URLs shown and recorded', () => {
  it('a password in a URL is shown as …, the user name and host kept; a URL without one is unchanged', () => {
    const pw = password()
    assert.equal(shownUrl(`http://user:${pw}@127.0.0.1:8080/x`), 'http://user:…@127.0.0.1:8080/x')
    assert.equal(shownUrl(`redis://:${pw}@cache:6379`), 'redis://:…@cache:6379')
    assert.equal(shownUrl('https://api.github.com'), 'https://api.github.com')
    assert.equal(shownUrl('https://token@host/'), 'https://token@host/')
    assert.equal(shownUrl('not a url'), 'not a url')
  })

  it('a query value holding a secret is masked by the scanner; other parameters are kept', () => {
    const key = apiKey()
    const shown = shownUrl(`https://logs.example/x?api_key=${key}&page=2#top`)
    assert.equal(shown, 'https://logs.example/x?api_key=…&page=2#top')
    assert.equal(shownUrl('https://logs.example/x?page=2&sort=asc'), 'https://logs.example/x?page=2&sort=asc')
  })

  it('every URL inside an error text is masked, sentence punctuation kept', () => {
    const pw = password()
    const text = `could not connect (Request cannot be constructed from a URL that includes credentials: http://user:${pw}@127.0.0.1:18479/credentials/revoke).`
    const masked = maskUrls(text)
    assert.ok(!masked.includes(pw))
    assert.equal(masked, 'could not connect (Request cannot be constructed from a URL that includes credentials: http://user:…@127.0.0.1:18479/credentials/revoke).')
  })

  it('an action failure recorded with a password in it (before the fix) is summarised masked', () => {
    const pw = password()
    const line = actionResult.summary({kind: 'action.result', body: {runbook: 'r', step: 's', action: 'revoke-token', provider: 'github', stage: 'failed', ok: false, at: 0, error: `github: could not connect (http://u:${pw}@h:1/x)`}} as never, {} as never)
    assert.ok(!line.includes(pw), line)
    assert.match(line, /http:\/\/u:…@h:1\/x/)
  })

  it('an address pl cannot use is named with its variable, its password masked', () => {
    assert.equal(providerUrlProblem('PL_GITHUB_URL', 'not a url', 'http'), 'PL_GITHUB_URL is not a URL: "not a url"')
    assert.equal(providerUrlProblem('PL_GITHUB_URL', 'http://127.0.0.1:99999', 'http'), 'PL_GITHUB_URL is not a URL: "http://127.0.0.1:99999" (the port must be 1–65535)')
    assert.equal(providerUrlProblem('PL_GITHUB_URL', 'ftp://127.0.0.1/', 'http'), 'PL_GITHUB_URL is not an http(s) URL: "ftp://127.0.0.1/"')
    const pw = password()
    const problem = providerUrlProblem('PL_ELASTICSEARCH_URL', `https://elastic:${pw}@es:9200`, 'http')!
    assert.ok(!problem.includes(pw))
    assert.match(problem, /^PL_ELASTICSEARCH_URL holds a user name and password \(https:\/\/elastic:…@es:9200\)/)
    assert.equal(providerUrlProblem('PL_REDIS_URL', `redis://:${pw}@cache:6379`, 'tcp'), undefined, 'a password in a redis URL is how redis takes it')
    assert.equal(providerUrlProblem('PL_GITHUB_URL', 'https://api.github.com', 'http'), undefined)
  })
})
