// The zone must be fixed before the module under test runs: local-time forms depend on it, and
// Europe/Berlin has clock changes to test against (2026-03-29 02:00 → 03:00, 2026-10-25 03:00 → 02:00).
process.env.TZ = 'Europe/Berlin'

import assert from 'node:assert/strict'
import {describe, it} from 'node:test'

import fc from 'fast-check'

import {BugError, UserError} from '../../src/errors.js'

const {FUTURE_TOLERANCE_MS, assertNotFuture, formatDuration, formatIso, formatTime, parseTime, timeForms} = await import(
  '../../src/domain/time.js'
)

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** 2026-11-20 16:00:00 in Berlin (CET, +01:00). */
const NOW = Date.UTC(2026, 10, 20, 15, 0)

function assertInvalidInput(input: string, now = NOW): UserError {
  let caught: unknown
  assert.throws(
    () => parseTime(input, now),
    (error: unknown) => {
      caught = error
      return true
    },
  )
  assert.ok(caught instanceof UserError, `expected a UserError for ${JSON.stringify(input)}`)
  assert.equal(caught.code, 'invalid-input')
  assert.ok(caught.message.includes(`"${input}"`), `message names the input: ${caught.message}`)
  return caught
}

describe('parseTime', () => {
  it('reads ISO-8601 with Z or an offset', () => {
    const expected = Date.UTC(2026, 10, 20, 13, 2)
    assert.equal(parseTime('2026-11-20T13:02:00Z', NOW), expected)
    assert.equal(parseTime('2026-11-20T13:02Z', NOW), expected)
    assert.equal(parseTime('2026-11-20T14:02+01:00', NOW), expected)
    assert.equal(parseTime('2026-11-20T18:32+0530', NOW), expected)
    assert.equal(parseTime('2026-11-20T15:02+02', NOW), expected)
    assert.equal(parseTime('2026-11-20T08:02:00-05:00', NOW), expected)
    assert.equal(parseTime('2026-11-20t13:02:00z', NOW), expected)
  })

  it('keeps milliseconds and accepts a comma as the decimal sign', () => {
    assert.equal(parseTime('2026-11-20T13:02:00.250Z', NOW), Date.UTC(2026, 10, 20, 13, 2, 0, 250))
    assert.equal(parseTime('2026-11-20T13:02:00,5Z', NOW), Date.UTC(2026, 10, 20, 13, 2, 0, 500))
  })

  it('reads back what formatTime and formatIso write', () => {
    const expected = Date.UTC(2026, 10, 20, 13, 2)
    assert.equal(parseTime('2026-11-20 14:02:00 +01:00', NOW), expected)
    assert.equal(parseTime('2026-11-20 13:02:00 UTC', NOW), expected)
    assert.equal(parseTime('2026-11-20T13:02:00.000Z', NOW), expected)
  })

  it('reads an ISO date-time without a zone as local time, winter and summer', () => {
    assert.equal(parseTime('2026-11-20T14:02', NOW), Date.UTC(2026, 10, 20, 13, 2))
    assert.equal(parseTime('2026-11-20 14:02:30', NOW), Date.UTC(2026, 10, 20, 13, 2, 30))
    assert.equal(parseTime('2026-07-01T14:02', NOW), Date.UTC(2026, 6, 1, 12, 2))
  })

  it('reads a date alone as local midnight', () => {
    assert.equal(parseTime('2026-11-20', NOW), Date.UTC(2026, 10, 19, 23, 0))
    assert.equal(parseTime('2026-07-01', NOW), Date.UTC(2026, 5, 30, 22, 0))
  })

  it('reads now, whatever the case and surrounding space', () => {
    assert.equal(parseTime('now', NOW), NOW)
    assert.equal(parseTime('  NOW ', NOW), NOW)
  })

  it('reads relative times in every unit spelling', () => {
    const cases: Array<[string, number]> = [
      ['90s ago', 90 * SECOND],
      ['45 sec ago', 45 * SECOND],
      ['1 second ago', SECOND],
      ['0s ago', 0],
      ['15m ago', 15 * MINUTE],
      ['15 min ago', 15 * MINUTE],
      ['1 minute ago', MINUTE],
      ['2h ago', 2 * HOUR],
      ['2 hrs ago', 2 * HOUR],
      ['2 hours ago', 2 * HOUR],
      ['1h30m ago', 90 * MINUTE],
      ['1h 30m ago', 90 * MINUTE],
      ['1 hour 30 minutes 15 seconds ago', 90 * MINUTE + 15 * SECOND],
      ['3 days ago', 3 * DAY],
      ['1d ago', DAY],
      ['1w ago', 7 * DAY],
      ['2 weeks ago', 14 * DAY],
      ['1 wk 2 days ago', 9 * DAY],
      ['2 HOURS AGO', 2 * HOUR],
    ]
    for (const [input, back] of cases) assert.equal(parseTime(input, NOW), NOW - back, input)
  })

  it('reads today and yesterday with a time, and a bare time as today', () => {
    assert.equal(parseTime('today 09:15', NOW), Date.UTC(2026, 10, 20, 8, 15))
    assert.equal(parseTime('yesterday 13:02', NOW), Date.UTC(2026, 10, 19, 12, 2))
    assert.equal(parseTime('Yesterday 23:59:59', NOW), Date.UTC(2026, 10, 19, 22, 59, 59))
    assert.equal(parseTime('14:02', NOW), Date.UTC(2026, 10, 20, 13, 2))
    assert.equal(parseTime('14:02:30', NOW), Date.UTC(2026, 10, 20, 13, 2, 30))
    assert.equal(parseTime('9:05', NOW), Date.UTC(2026, 10, 20, 8, 5))
    assert.equal(parseTime('00:00', NOW), Date.UTC(2026, 10, 19, 23, 0))
  })

  it('yesterday is the previous local calendar day, even just after local midnight', () => {
    // 00:30 in Berlin on 21 November is still 20 November in UTC.
    const justAfterMidnight = Date.UTC(2026, 10, 20, 23, 30)
    assert.equal(parseTime('yesterday 13:02', justAfterMidnight), Date.UTC(2026, 10, 20, 12, 2))
    assert.equal(parseTime('today 00:10', justAfterMidnight), Date.UTC(2026, 10, 20, 23, 10))
  })

  describe('across the spring-forward change (2026-03-29, 02:00 CET → 03:00 CEST)', () => {
    /** 2026-03-29 12:00 in Berlin (CEST, +02:00). */
    const now = Date.UTC(2026, 2, 29, 10, 0)

    it('counts days as calendar days and hours as elapsed time', () => {
      // Noon yesterday was only 23 hours ago.
      assert.equal(parseTime('1d ago', now), Date.UTC(2026, 2, 28, 11, 0))
      assert.equal(parseTime('1d ago', now), now - 23 * HOUR)
      assert.equal(parseTime('24h ago', now), now - 24 * HOUR)
      assert.equal(parseTime('yesterday 12:00', now), Date.UTC(2026, 2, 28, 11, 0))
    })

    it('uses the offset in force at the time given, not the one in force now', () => {
      assert.equal(parseTime('today 01:30', now), Date.UTC(2026, 2, 29, 0, 30))
      assert.equal(parseTime('today 03:30', now), Date.UTC(2026, 2, 29, 1, 30))
      assert.equal(parseTime('2026-03-28T12:00', now), Date.UTC(2026, 2, 28, 11, 0))
    })

    it('refuses a local time the clocks skipped instead of moving it an hour', () => {
      for (const input of ['02:30', 'today 02:00', '2026-03-29T02:30', '2026-03-29 02:59:59']) {
        const error = assertInvalidInput(input, now)
        assert.match(error.message, /does not exist in the local time zone \(Europe\/Berlin\)/)
        assert.ok(error.hints.some((hint) => hint.includes('offset')))
      }
      // With an explicit offset the same wall time is unambiguous.
      assert.equal(parseTime('2026-03-29T02:30+01:00', now), Date.UTC(2026, 2, 29, 1, 30))
    })
  })

  describe('across the fall-back change (2026-10-25, 03:00 CEST → 02:00 CET)', () => {
    it('reads an hour that happened twice as its first occurrence', () => {
      assert.equal(parseTime('2026-10-25T02:30', NOW), Date.UTC(2026, 9, 25, 0, 30))
    })

    it('a week back is the same wall time a week earlier, 169 hours ago', () => {
      /** 2026-10-28 13:00 in Berlin (CET). */
      const now = Date.UTC(2026, 9, 28, 12, 0)
      assert.equal(parseTime('1w ago', now), Date.UTC(2026, 9, 21, 11, 0))
      assert.equal(now - parseTime('1w ago', now), 169 * HOUR)
    })
  })

  it('refuses garbage with the input in the message and the accepted forms as hints', () => {
    const garbage = [
      '',
      '   ',
      'xyz',
      'tomorrow',
      'yesterday',
      'today',
      '15m',
      '15 ago',
      'ago',
      '-5m ago',
      '1.5h ago',
      '1e3s ago',
      '15m from now',
      '2026',
      '2026-11',
      '20261120',
      '2026-11-20T',
      '2026-11-20T14',
      '2026-11-20T25:00',
      '2026-11-20T14:60',
      '2026-11-20T14:02:61',
      '2026-11-20T14:02+15:00',
      '2026-11-20 UTC',
      '24:00',
      '12:5',
      'today 9',
      '11/20/2026',
      'Fri, 20 Nov 2026 13:02:00 GMT',
    ]
    for (const input of garbage) {
      const error = assertInvalidInput(input)
      assert.equal(error.hints[0], 'Accepted forms:')
      assert.ok(error.hints.some((hint) => hint.includes('15m ago')))
      assert.ok(error.hints.some((hint) => hint.includes('yesterday 13:02')))
    }
  })

  it('says why when the shape is right but the content is not', () => {
    assert.match(assertInvalidInput('2026-02-30').message, /2026-02-30 is not a calendar date/)
    assert.match(assertInvalidInput('2026-13-01T10:00Z').message, /not a calendar date/)
    assert.match(assertInvalidInput('3 fortnights ago').message, /"fortnights" is not a unit/)
    assert.match(assertInvalidInput('1h 2h ago').message, /hours is given twice/)
    assert.match(assertInvalidInput('99999999999999 days ago').message, /further back than a date can go/)
  })

  it('leap days exist only in leap years', () => {
    assert.equal(parseTime('2028-02-29T12:00Z', NOW), Date.UTC(2028, 1, 29, 12, 0))
    assertInvalidInput('2026-02-29')
  })

  it('does not refuse future times itself: that is assertNotFuture', () => {
    assert.equal(parseTime('2030-01-01T00:00Z', NOW), Date.UTC(2030, 0, 1))
  })

  it('round-trips every formatted time (property)', () => {
    fc.assert(
      fc.property(fc.integer({min: Date.UTC(1971, 0, 1), max: Date.UTC(2100, 0, 1)}), (ms) => {
        const toSecond = ms - (ms % SECOND)
        assert.equal(parseTime(formatTime(ms), NOW), toSecond)
        assert.equal(parseTime(formatTime(ms, {utc: true}), NOW), toSecond)
        assert.equal(parseTime(formatIso(ms), NOW), ms)
      }),
    )
  })

  it('sums hours, minutes and seconds of a relative time (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(59), fc.nat(59), (h, m, s) => {
        assert.equal(parseTime(`${h}h${m}m${s}s ago`, NOW), NOW - (h * HOUR + m * MINUTE + s * SECOND))
      }),
    )
  })

  it('never throws anything but an invalid-input UserError (property)', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        try {
          assert.ok(Number.isFinite(parseTime(input, NOW)))
        } catch (error) {
          assert.ok(error instanceof UserError && error.code === 'invalid-input', String(error))
        }
      }),
    )
  })
})

describe('assertNotFuture', () => {
  it('accepts the past, now, and up to five minutes ahead for clock drift', () => {
    assert.equal(FUTURE_TOLERANCE_MS, 5 * MINUTE)
    assertNotFuture(NOW - DAY, NOW, '--at')
    assertNotFuture(NOW, NOW, '--at')
    assertNotFuture(NOW + 5 * MINUTE, NOW, '--at')
  })

  it('refuses anything later, naming what and both times', () => {
    let caught: unknown
    assert.throws(
      () => assertNotFuture(NOW + 2 * HOUR, NOW, 'The contained mark'),
      (error: unknown) => {
        caught = error
        return true
      },
    )
    assert.ok(caught instanceof UserError)
    assert.equal(caught.code, 'invalid-input')
    assert.equal(
      caught.message,
      'The contained mark is in the future: 2026-11-20 18:00:00 +01:00 is 2h 00m after now (2026-11-20 16:00:00 +01:00).',
    )
    assert.ok(caught.hints.some((hint) => hint.includes('Europe/Berlin')))
    assert.ok(caught.hints.some((hint) => hint.includes('yesterday 23:50')))
    assert.deepEqual(caught.details, {time: '2026-11-20T17:00:00.000Z', now: '2026-11-20T15:00:00.000Z'})
    assert.throws(() => assertNotFuture(NOW + 5 * MINUTE + 1, NOW, '--at'), UserError)
  })

  it('catches a bare time later today, the usual slip just after midnight', () => {
    const justAfterMidnight = Date.UTC(2026, 10, 20, 23, 10)
    assert.throws(() => assertNotFuture(parseTime('23:50', justAfterMidnight), justAfterMidnight, '--at'), UserError)
  })
})

describe('formatTime', () => {
  it('writes local time with its offset, which follows daylight saving', () => {
    assert.equal(formatTime(Date.UTC(2026, 10, 20, 13, 2)), '2026-11-20 14:02:00 +01:00')
    assert.equal(formatTime(Date.UTC(2026, 6, 1, 12, 2, 5)), '2026-07-01 14:02:05 +02:00')
  })

  it('writes UTC when asked', () => {
    assert.equal(formatTime(Date.UTC(2026, 10, 20, 13, 2), {utc: true}), '2026-11-20 13:02:00 UTC')
    assert.equal(formatTime(Date.UTC(2026, 10, 20, 23, 59, 59, 999), {utc: true}), '2026-11-20 23:59:59 UTC')
    assert.equal(formatTime(Date.UTC(2026, 10, 20, 13, 2), {utc: false}), '2026-11-20 14:02:00 +01:00')
  })

  it('formatIso writes UTC ISO-8601 with milliseconds', () => {
    assert.equal(formatIso(Date.UTC(2026, 10, 20, 13, 2, 0, 7)), '2026-11-20T13:02:00.007Z')
  })

  // formatIso and formatTime have a fast path of their own; Date is the reference.
  const reference = (ms: number): string => {
    const d = new Date(ms)
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    const offset = -d.getTimezoneOffset()
    const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
    return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`
  }
  const anyTime = fc.oneof(
    fc.integer({min: -8.64e15, max: 8.64e15}),
    fc.integer({min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1)}),
    // Around the clock changes of 2026 and the turn of a day, where the cached day must change.
    fc.integer({min: Date.UTC(2026, 2, 29, 0, 0), max: Date.UTC(2026, 2, 29, 2, 0)}),
    fc.integer({min: Date.UTC(2026, 9, 25, 0, 0), max: Date.UTC(2026, 9, 25, 2, 0)}),
    fc.constantFrom(-62_167_219_200_001, -62_167_219_200_000, 253_402_300_799_999, 253_402_300_800_000, 0, -1, Date.UTC(2026, 10, 20) - 1),
  )

  it('formatIso agrees with Date#toISOString everywhere, also one call after another', () => {
    fc.assert(fc.property(fc.array(anyTime, {minLength: 1, maxLength: 20}), (times) => times.every((ms) => formatIso(ms) === new Date(ms).toISOString())), {numRuns: 500})
    assert.equal(formatIso(1.5), new Date(1.5).toISOString())
    assert.throws(() => formatIso(Number.NaN), RangeError)
  })

  it('formatTime agrees with the local fields of Date, across clock changes', () => {
    fc.assert(fc.property(fc.array(anyTime, {minLength: 1, maxLength: 20}), (times) => times.every((ms) => formatTime(ms) === reference(ms))), {numRuns: 500})
  })
})

describe('formatDuration', () => {
  it('shows the two largest units, padded, truncating the rest', () => {
    const cases: Array<[number, string]> = [
      [0, '0s'],
      [999, '0s'],
      [1000, '1s'],
      [45 * SECOND, '45s'],
      [59_999, '59s'],
      [MINUTE, '1m 00s'],
      [12 * MINUTE + 5 * SECOND, '12m 05s'],
      [59 * MINUTE + 59 * SECOND + 999, '59m 59s'],
      [HOUR, '1h 00m'],
      [HOUR + 4 * MINUTE, '1h 04m'],
      [HOUR + 4 * MINUTE + 59 * SECOND, '1h 04m'],
      [DAY - 1, '23h 59m'],
      [DAY, '1d 00h'],
      [2 * DAY + 3 * HOUR, '2d 03h'],
      [400 * DAY + 59 * MINUTE, '400d 00h'],
    ]
    for (const [ms, text] of cases) assert.equal(formatDuration(ms), text, String(ms))
  })

  it('puts a minus sign before negative durations, but not before zero', () => {
    assert.equal(formatDuration(-(12 * MINUTE + 5 * SECOND)), '-12m 05s')
    assert.equal(formatDuration(-(2 * DAY + 3 * HOUR)), '-2d 03h')
    assert.equal(formatDuration(-45 * SECOND), '-45s')
    assert.equal(formatDuration(-999), '0s')
    assert.equal(formatDuration(-0), '0s')
  })

  it('is symmetric around zero (property)', () => {
    fc.assert(
      fc.property(fc.integer({min: SECOND, max: 1000 * DAY}), (ms) => {
        assert.equal(formatDuration(-ms), `-${formatDuration(ms)}`)
      }),
    )
  })

  it('treats a non-finite duration as a bug, not as a number to print', () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      assert.throws(() => formatDuration(ms), BugError)
    }
  })
})

describe('timeForms', () => {
  it('lists every accepted form, naming the local zone', () => {
    const forms = timeForms().join('\n')
    const examples = ['2026-11-20T13:02:00Z', '2026-11-20T14:02+01:00', 'Europe/Berlin', '2026-11-20', 'now', '1h30m ago']
    examples.push('today 09:15', '14:02:30')
    for (const example of examples) assert.ok(forms.includes(example), example)
  })
})
