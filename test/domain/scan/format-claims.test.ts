/**
 * Issue 18, precision (session 8): guards true to a provider's documented format. Each refuses a
 * fake made here in a shape the provider never issues (a cut, padded or altered copy, a length or
 * an id outside the format) and still finds the same fake in the issued shape, so a test fails
 * whether the guard is lost or too wide; and each refusal has a reason `pl rules explain` shows.
 */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {providerRules} from '../../../src/domain/scan/providers/index.js'
import type {ProviderRule} from '../../../src/domain/scan/providers/define.js'
import {assignedRejection} from '../../../src/domain/scan/rules/assigned.js'
import {claimRejection, claimingRules, topAlternatives} from '../../../src/domain/scan/rules/prefix-format.js'
import {secretRules} from '../../../src/domain/scan/rules/secrets.js'
import {Rng} from '../../fixtures/scan/fakes.js'
import {found, rules, whyNot} from '../../helpers/scan.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const HEX = '0123456789abcdef'
const DIGITS = '0123456789'
const B64URL = `${ALNUM}-_`

function providerRule(id: string): ProviderRule {
  const rule = providerRules.find((r) => r.id === id)
  assert.ok(rule !== undefined, id)
  return rule
}

describe('documented lengths in provider rules', () => {
  it('New Relic insert and query keys are 25 or 32 characters after the prefix; 24 is a cut copy', () => {
    const rng = new Rng(81)
    for (const length of [25, 32]) {
      const key = `NRII-${rng.chars(B64URL, length)}`
      assert.equal(found(`new relic insert key = '${key}'`, 'newrelic-insights-key'), key)
    }
    const cut = `NRIQ-${rng.chars(ALNUM, 24)}`
    assert.deepEqual(rules(`new relic query key = '${cut}'`), [])
    assert.match(whyNot(`new relic query key = '${cut}'`, 'newrelic-insights-key'), /rejected by its guard: .*exactly 25 or 32 characters/)
  })

  it('a New Relic mobile app token is 42 characters before -NRMA; under a token name a shorter one is no generic finding either', () => {
    const rng = new Rng(82)
    const token = `AA${rng.chars(HEX, 40)}-NRMA`
    assert.equal(found(`new relic mobile app token = '${token}'`, 'newrelic-license-key'), token)
    const eu = `eu01xx${rng.chars(HEX, 36)}-NRMA`
    assert.equal(found(`mobile token = '${eu}'`, 'newrelic-license-key'), eu)
    const cut = `AA${rng.chars(HEX, 38)}-NRMA`
    assert.deepEqual(rules(`new relic mobile app token = '${cut}'`), [])
    assert.match(whyNot(`new relic mobile app token = '${cut}'`, 'newrelic-license-key'), /rejected by its guard: .*exactly 42 characters/)
    assert.match(whyNot(`new relic mobile app token = '${cut}'`, 'generic-secret'), /ends with -NRMA, the suffix of newrelic-license-key tokens, but fails their check/)
  })

  it('a Pinecone key id is 5 or 6 characters; 4 is not a key', () => {
    const rng = new Rng(83)
    const secret = rng.chars(ALNUM, 63)
    for (const id of [5, 6]) {
      const key = `pcsk_${rng.chars(ALNUM, id)}_${secret}`
      assert.equal(found(`PINECONE_API_KEY=${key}`, 'pinecone-api-key'), key)
    }
    const short = `here: pcsk_${rng.chars(ALNUM, 4)}_${secret}`
    assert.deepEqual(rules(short), [])
    assert.match(whyNot(short, 'pinecone-api-key'), /rejected by its guard: .*key id of 5 or 6/)
  })

  it('a Teams webhook URL holds GUIDs of 36 characters; one character short is an altered copy', () => {
    const rng = new Rng(84)
    const guid = (): string => [8, 4, 4, 4, 12].map((n) => rng.chars(HEX, n)).join('-')
    const url = `https://contoso.webhook.office.com/webhookb2/${guid()}@${guid()}/IncomingWebhook/${rng.chars(HEX, 32)}/${guid()}`
    assert.equal(found(`post to ${url} now`, 'teams-webhook'), url)
    assert.deepEqual(rules(`post to ${url.slice(0, -1)} now`), [])
    assert.match(whyNot(`post to ${url.slice(0, -1)} now`, 'teams-webhook'), /rejected by its guard: .*36 characters each/)
  })

  it('Cloudflare cfut_/cfat_/cfk_ tokens are 40 characters and 8 hex digits; 47 is a cut copy', () => {
    const rng = new Rng(85)
    const body = rng.chars(ALNUM, 40)
    const token = `cfut_${body}${rng.chars(HEX, 8)}`
    assert.equal(found(`token := "${token}"`, 'cloudflare-api-token'), token)
    assert.deepEqual(rules(`token := "${token.slice(0, -1)}!"`), [])
    assert.match(whyNot(`token := "${token.slice(0, -1)}!"`, 'cloudflare-api-token'), /rejected by its guard: .*48 characters after the prefix/)
    assert.deepEqual(rules(`token := "cfk_${body}${rng.chars(HEX, 7)}"`), [])
  })

  it('a Stripe key ends where its letters and digits do: a run going on through "-" is another vendor\'s value', () => {
    const rng = new Rng(86)
    const key = `sk_live_${rng.chars(ALNUM, 30)}`
    assert.equal(found(`STRIPE_KEY=${key}`, 'stripe-secret-key'), key)
    assert.equal(found(`Stripe says ${key}-`, 'stripe-secret-key'), key)
    assert.equal(found(`Using Key=${key}-${rng.chars(ALNUM, 20)}`, 'stripe-secret-key'), undefined)
  })
})

describe('the generic rule and provider prefixes: suffixes, inner separators, padding, wrong lengths', () => {
  it('HRKU-AA (a prefix with its separator inside) decides: 58 characters after it are a Heroku key, 57 are not', () => {
    const rng = new Rng(91)
    const key = `HRKU-AA${rng.chars(B64URL, 58)}`
    assert.deepEqual(rules(`"secret1": "${key}"`), ['heroku-api-key'])
    const cut = key.slice(0, -1)
    assert.deepEqual(rules(`"secret1": "${cut}"`), [])
    assert.match(whyNot(`"secret1": "${cut}"`, 'generic-secret'), /starts with HRKU-AA, the prefix of heroku-api-key tokens, which are 65 characters long, not 64/)
  })

  it('a provider token with base64 padding after it is not that token', () => {
    const rng = new Rng(92)
    const token = `sqco_${rng.chars(ALNUM, 57)}`
    assert.deepEqual(rules(`token = '${token}'`), ['sonar-token'])
    assert.deepEqual(rules(`token = '${token}=='`), [])
    assert.match(whyNot(`token = '${token}=='`, 'generic-secret'), /sonar-token token with base64 padding/)
  })

  it('a length the provider never issues is refused even when the body is short and typed; the issued length is found', () => {
    const rng = new Rng(93)
    const short = `duffel_test_${rng.chars('abcdefghijklmnopqrstuvwxyz', 3)}${rng.chars(DIGITS, 3)}`
    assert.deepEqual(rules(`token := "${short}"`), [])
    assert.match(whyNot(`token := "${short}"`, 'generic-secret'), /prefix of duffel-access-token tokens, which are 55 characters long, not 18/)
    const issued = `duffel_test_${rng.chars(ALNUM, 43)}`
    assert.equal(found(`token := "${issued}"`, 'duffel-access-token'), issued)
  })

  it('topAlternatives: the boundaries token() adds set aside, a whole group opened, split at the top', () => {
    assert.deepEqual(topAlternatives('(?<![A-Za-z0-9])(?:(?:eu01xx|[a-f0-9]{6})[a-f0-9]{26}FFFFNRAL|(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA)(?![A-Za-z0-9_-])'), [
      '(?:eu01xx|[a-f0-9]{6})[a-f0-9]{26}FFFFNRAL',
      '(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA',
    ])
    assert.deepEqual(topAlternatives('\\b[rs]k_live_[0-9A-Za-z|]{20,}(?!-?[0-9A-Za-z_])'), ['\\b[rs]k_live_[0-9A-Za-z|]{20,}'])
    assert.deepEqual(topAlternatives('(a|b)c|d'), ['(a|b)c', 'd'])
  })
})

describe('values a provider rule claims by shape or by name', () => {
  const claimers = claimingRules([...secretRules, ...providerRules])

  it('a Telegram bot token\'s shape with an id outside 5–16 digits is no finding; an id in range is the token', () => {
    const rng = new Rng(101)
    const secret = `A${rng.chars(B64URL, 34)}`
    const token = `${rng.chars('123456789', 1)}${rng.chars(DIGITS, 8)}:${secret}`
    assert.equal(found(`telegram_api_token = "${token}"`, 'telegram-bot-token'), token)
    for (const id of [rng.chars(DIGITS, 4), `${rng.chars('123456789', 1)}${rng.chars(DIGITS, 16)}`]) {
      assert.deepEqual(rules(`telegram_api_token = "${id}:${secret}"`), [], id.length.toString())
      assert.match(whyNot(`telegram_api_token = "${id}:${secret}"`, 'generic-secret'), /telegram-bot-token claims it/)
    }
  })

  it('under a Jira name, a base64 value that is not a Data Center token (cut, padded, wrong first letter) is no finding', () => {
    const rng = new Rng(102)
    const token = providerRule('atlassian-datacenter-token').sample(rng)
    assert.deepEqual(rules(`jira_token: ${token}`), ['atlassian-datacenter-token'])
    for (const broken of [token.slice(0, 40), `${token}=`, `${token}AAAA`, `A${token.slice(1)}`]) {
      assert.deepEqual(rules(`jira_token: ${broken}`), [], broken.length.toString())
    }
    // Not under a Jira name, and not a password: the generic rule judges it as before.
    const other = `A${token.slice(1)}`
    assert.deepEqual(rules(`api_token: ${other}`), ['generic-secret'])
    assert.equal(claimRejection('jira_password', other, claimers), null)
  })

  it('JFrog keys start with AKCp or cmVmdGtu and have one length: a cut one under a token name is no finding', () => {
    const rng = new Rng(103)
    const reference = `cmVmdGtu${rng.chars(ALNUM, 56)}`
    assert.deepEqual(rules(`Using token: ${reference}`), ['jfrog-api-key'])
    assert.deepEqual(rules(`Using token: ${reference.slice(0, 33)}`), [])
  })

  it('Meraki, Lokalise, a BitMEX secret and a W&B hex key under their own names: one format each; in it the rule finds it', () => {
    const rng = new Rng(104)
    const meraki = rng.chars(HEX, 40)
    assert.deepEqual(rules(`meraki-api-key: ${meraki}`), ['cisco-meraki-api-key'])
    assert.equal(claimRejection('meraki_token', meraki, claimers), null)
    assert.deepEqual(rules(`meraki-api-key: ${meraki.slice(0, 4)}F${meraki.slice(5)}`), [])
    assert.deepEqual(rules(`meraki_token = ${rng.chars(HEX, 64)}R21`), [])
    const lokalise = rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40)
    assert.equal(claimRejection('lokalisetoken', lokalise, claimers), null)
    assert.deepEqual(rules(`lokalisetoken = '${lokalise.slice(1)}'`), [])
    assert.equal(claimRejection('bitmexSecret', rng.chars(ALNUM, 48), claimers), null)
    assert.deepEqual(rules(`bitmexSecret := "${rng.chars(ALNUM, 10)}-${rng.chars(ALNUM, 11)}"`), [])
    assert.equal(claimRejection('WANDB_API_KEY', rng.chars(HEX, 40), claimers), null)
    assert.deepEqual(rules(`WANDB_API_KEY = '${rng.chars(HEX, 34)}'`), [])
    // The same values under names that are not theirs: the generic rule judges them as any other.
    const random = rng.chars(ALNUM, 30)
    assert.equal(claimRejection('bitmexKey', random, claimers), null)
    assert.equal(claimRejection('api_key', random, claimers), null)
  })
})

describe('claims leave a provider\'s other credentials, and re-cased copies, to the generic rule', () => {
  it('under Jira names: Basic-auth credentials (base64 of email:token), webhook and client secrets are still found', () => {
    const rng = new Rng(121)
    const basic = Buffer.from(`ops@${rng.chars('abcdefghijklmnopqrstuvwxyz', 4)}.io:${rng.chars(ALNUM, 24)}`).toString('base64')
    assert.ok(basic.length >= 36 && basic.length <= 52, `${basic.length}`)
    for (const line of [`JIRA_BASIC_AUTH_TOKEN=${basic}`, `jira_token: "${basic}"`]) assert.deepEqual(rules(line), ['generic-secret'], line.slice(0, 22))
    const random32 = Buffer.from(rng.chars(ALNUM, 32), 'latin1').toString('base64')
    assert.deepEqual(rules(`JIRA_WEBHOOK_SECRET=${random32}`), ['generic-secret'])
    assert.deepEqual(rules(`CONFLUENCE_CLIENT_SECRET=${Buffer.from(rng.chars(ALNUM, 36), 'latin1').toString('base64')}`), ['generic-secret'])
  })

  it('Meraki OAuth client and webhook secrets and Lokalise OTA tokens are still found', () => {
    const rng = new Rng(122)
    assert.deepEqual(rules(`MERAKI_CLIENT_SECRET=${rng.chars(ALNUM, 40)}`), ['generic-secret'])
    assert.deepEqual(rules(`MERAKI_WEBHOOK_SECRET=${rng.chars(ALNUM, 32)}`), ['generic-secret'])
    assert.deepEqual(rules(`LOKALISE_OTA_TOKEN=${rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 36)}`), ['generic-secret'])
  })

  it('an upper-cased copy of a lower-case hex key under its provider\'s name is still a finding', () => {
    const rng = new Rng(123)
    for (const name of ['MERAKI_API_KEY', 'WANDB_API_KEY', 'LOKALISE_API_TOKEN']) {
      const upper = rng.chars(HEX, 40).toUpperCase()
      assert.notDeepEqual(rules(`${name}=${upper}`), [], name)
      assert.equal(claimRejection(name, upper, claimingRules([...secretRules, ...providerRules])), null, name)
    }
  })

  it('a Tableau token\'s shape whose tail is 32 hex digits is a salt and a digest, not a token', () => {
    const rng = new Rng(124)
    const head = `${rng.chars(ALNUM, 21)}${rng.chars('AQgw', 1)}==:`
    assert.deepEqual(rules(`row: ${head}${rng.chars(HEX, 32)}`), [])
    assert.deepEqual(rules(`row: ${head}${rng.chars(ALNUM, 32)}`), ['tableau-personal-access-token'])
  })

  it('user:Words under a token or login name is Basic-auth credentials, not a qualified name', () => {
    assert.deepEqual(rules('api_token = "svc:CorrectHorseBatteryStaple"'), ['generic-secret'])
    // Words ending as a schema name does are still a user's words under a login name.
    assert.deepEqual(rules('auth_token = "svc:HorseBatteryStapleCode"'), ['generic-secret'])
    assert.deepEqual(rules('api_token = "svc:HorseBatteryStapleCode"'), [])
  })
})

describe('the generic rule: names and values that are not an issued secret', () => {
  it('a passport or passenger number is not a password', () => {
    assert.match(assignedRejection({name: 'passport', value: 'M456B7890X'}) ?? '', /about a secret, not one/)
    assert.match(assignedRejection({name: 'passenger_id', value: 'Q7x9KpL2mW'}) ?? '', /about a secret, not one/)
    assert.equal(assignedRejection({name: 'password', value: 'Q7x9KpL2mW'}), null)
  })

  it('a qualified name (prefix:CamelCaseWords) is not a secret; a random value after a prefix and a colon is', () => {
    const rng = new Rng(111)
    const qualified = `clm${rng.chars(DIGITS, 5)}:AgencyIdentificationCodeContentType`
    assert.deepEqual(rules(`telegram_api_token = "${qualified}"`), [])
    assert.match(whyNot(`api_token = "${qualified}"`, 'generic-secret'), /qualified name/)
    const random = `clm${rng.chars(DIGITS, 5)}:${rng.chars(ALNUM, 30)}`
    assert.equal(found(`api_token = "${random}"`, 'generic-secret'), random)
    assert.equal(assignedRejection({name: 'db_password', value: 'admin:CorrectHorseBatteryStaple'}), null)
  })

  it('under a token or key name, fewer than 10 characters are not an issued value; under a secret or password name they may be', () => {
    const rng = new Rng(112)
    const nine = `${rng.chars(ALNUM, 6)}${rng.chars(DIGITS, 3)}`
    assert.match(assignedRejection({name: 'SUMO_ACCESS_KEY', value: nine}) ?? '', /too short for an issued token or key \(9 < 10/)
    assert.match(assignedRejection({name: 'refresh_token', value: nine}) ?? '', /too short for an issued token/)
    const ten = `${rng.chars(ALNUM, 7)}${rng.chars(DIGITS, 3)}`
    assert.equal(assignedRejection({name: 'SUMO_ACCESS_KEY', value: ten}), null)
    assert.equal(assignedRejection({name: 'geocodio_secret', value: `${rng.chars(ALNUM, 6)}+${rng.chars(ALNUM, 1)}`}), null)
    assert.equal(assignedRejection({name: 'db_password', value: nine}), null)
  })
})
