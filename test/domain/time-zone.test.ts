/** Times in a reader's zone: offsets across a clock change, the zone stated, a bad zone refused. */
import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {UserError} from '../../src/errors.js'
import {checkTimeZone, reportClock} from '../../src/domain/time-zone.js'

describe('reportClock', () => {
  it('prints wall-clock times and offsets of the zone, across a clock change', () => {
    const ny = reportClock({timeZone: 'America/New_York'})
    // 2026-11-01 06:30Z is 01:30 EST (-05:00), after the autumn change at 06:00Z.
    assert.equal(ny.dateTime(Date.UTC(2026, 10, 1, 6, 30)), '2026-11-01 01:30:00 -05:00')
    assert.equal(ny.dateTime(Date.UTC(2026, 10, 1, 5, 30)), '2026-11-01 01:30:00 -04:00')
    assert.equal(ny.time(Date.UTC(2026, 10, 1, 6, 30, 5)), '01:30:05')
    assert.equal(ny.minute(Date.UTC(2026, 10, 1, 6, 30, 5)), '01:30')
    assert.equal(ny.day(Date.UTC(2026, 10, 1, 3, 0)), '2026-10-31')
    assert.equal(ny.describe(Date.UTC(2026, 11, 7)), 'America/New_York (UTC-05:00)')
    const kolkata = reportClock({timeZone: 'Asia/Kolkata'})
    assert.equal(kolkata.zone, 'Asia/Kolkata')
    assert.equal(kolkata.dateTime(Date.UTC(2026, 0, 1, 0, 0)), '2026-01-01 05:30:00 +05:30')
  })

  it('agrees with Intl for any instant and zone', () => {
    const zones = ['Europe/Paris', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns']
    fc.assert(
      fc.property(fc.integer({min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1)}), fc.constantFrom(...zones), (ms, zone) => {
        const expected = new Intl.DateTimeFormat('sv-SE', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'}).format(ms)
        assert.equal(reportClock({timeZone: zone}).dateTime(ms).slice(0, 19), expected)
      }),
      {numRuns: 300},
    )
  })

  it('UTC says UTC; without a zone the process zone is used', () => {
    const utc = reportClock({utc: true, timeZone: 'Europe/Paris'})
    assert.equal(utc.dateTime(Date.UTC(2026, 5, 1, 12)), '2026-06-01 12:00:00 UTC')
    assert.equal(utc.describe(0), 'UTC')
    const local = reportClock({})
    assert.equal(local.zone, Intl.DateTimeFormat().resolvedOptions().timeZone)
  })

  it('refuses a zone it does not know, naming it and the way out', () => {
    assert.throws(() => checkTimeZone('Mars/Olympus'), (e: unknown) => e instanceof UserError && e.code === 'invalid-input' && /"Mars\/Olympus" is not a time zone/.test(e.message) && e.hints.some((h) => h.includes('Europe/Paris')))
    assert.equal(checkTimeZone(' UTC '), 'UTC')
    assert.equal(checkTimeZone('europe/paris'), 'Europe/Paris')
  })
})
