import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import {tenantOf} from '../../src/domain/tenant.js'

describe('tenantOf', () => {
  it('reads JSON members under the usual names, strings and numbers', () => {
    assert.equal(tenantOf('{"ts":"2026-11-20T10:00:00Z","tenant":"acme","msg":"hello"}'), 'acme')
    assert.equal(tenantOf('{"tenant_id": "t-4711", "prompt": "…"}'), 't-4711')
    assert.equal(tenantOf('{"orgId":42,"user":"u1"}'), '42')
    assert.equal(tenantOf('{"organization_name":"Acme Corp"}'), 'Acme Corp')
    assert.equal(tenantOf('{"customerId":"cus_123"}'), 'cus_123')
    assert.equal(tenantOf('{"workspace.id":"ws-9"}'), 'ws-9')
  })

  it('reads OpenTelemetry attributes', () => {
    const span = '{"traceId":"ab","attributes":[{"key":"gen_ai.system","value":{"stringValue":"openai"}},{"key":"tenant.id","value":{"stringValue":"globex"}}]}'
    assert.equal(tenantOf(span), 'globex')
    assert.equal(tenantOf('{"attributes":[{"key":"org_id","value":{"intValue":"77"}}]}'), '77')
  })

  it('reads key=value text, quoted or bare', () => {
    assert.equal(tenantOf('2026-11-20T10:00:00Z level=info tenant=acme msg="prompt logged"'), 'acme')
    assert.equal(tenantOf('level=warn org_id="Globex Inc" msg=x'), 'Globex Inc')
    assert.equal(tenantOf('GET /v1/chat?account=a-12&model=x'), 'a-12')
  })

  it('does not take the storage account of an Azure connection string as a tenant', () => {
    const key = Buffer.alloc(64, 7).toString('base64')
    const conn = `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${key};EndpointSuffix=core.windows.net`
    for (const line of [
      conn,
      `AZURE_STORAGE_CONNECTION_STRING="${conn}"`,
      JSON.stringify({level: 'error', msg: 'upload failed', connection: conn}),
      `AccountName=acct;AccountKey=${key}`,
      'BlobEndpoint=https://acct.blob.core.windows.net/;AccountName=acct;SharedAccessSignature=sv=2022-11-02&sig=x',
    ]) {
      assert.equal(tenantOf(line), undefined, line)
    }
    // A tenant elsewhere on the line is still taken, before or after the connection string.
    assert.equal(tenantOf(`tenant=acme ${conn}`), 'acme')
    assert.equal(tenantOf(`${conn} account_id=a-12`), 'a-12')
    assert.equal(tenantOf(JSON.stringify({connection: conn, accountId: 'acc-7'})), 'acc-7')
  })

  it('still reads account names and ids outside connection strings', () => {
    assert.equal(tenantOf('level=info account_id=a-12 msg=x'), 'a-12')
    assert.equal(tenantOf('{"accountId":"acc-7","msg":"x"}'), 'acc-7')
    assert.equal(tenantOf('{"accountId":1234}'), '1234')
    assert.equal(tenantOf('AccountName=acct'), 'acct')
    assert.equal(tenantOf('x=1;AccountName=acct;y=2'), 'acct')
  })

  it('takes the first tenant on the line', () => {
    assert.equal(tenantOf('tenant=first {"tenant":"second"}'), 'first')
    assert.equal(tenantOf('{"tenant":"first","attributes":[{"key":"tenant","value":{"stringValue":"second"}}]}'), 'first')
  })

  it('takes nothing that is not a short identifier under a tenant name', () => {
    for (const line of [
      'a plain log line about nothing',
      'the tenant was notified',
      '{"subaccount":"x","tenantless":"y"}',
      '{"sub_account_id":"x"}',
      'my_tenant=x',
      `{"tenant":"${'a'.repeat(65)}"}`,
      `tenant=${'a'.repeat(65)}`,
      'tenant=acme/evil',
      '{"tenant":""}',
      '{"tenant":"  "}',
      '{"tenant":{"id":"nested"}}',
    ]) {
      assert.equal(tenantOf(line), undefined, line)
    }
  })
})
