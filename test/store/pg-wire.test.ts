/**
 * Rows from the PostgreSQL thread packed into one transferred buffer (src/store/pg/wire.ts,
 * docs/adr/0020): every value comes back as `pg` would have given it (bytea from the server's hex
 * as a Buffer), as objects or arrays.
 */
import {describe, test} from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import {hexBytea, packCopyBinary, packRows, readSealedRows, unpackRows, writeSealedRows} from '../../src/store/pg/wire.js'
import {AppendMessage, lockRequest, writeInt8} from '../../src/store/pg/append-message.js'
import type {AppendRow} from '../../src/store/pg/append-message.js'
import type {CopyKind} from '../../src/store/pg/wire.js'

const hex = (b: Uint8Array) => `\\x${Buffer.from(b).toString('hex')}`

describe('packed rows', () => {
  test('every kind of value pl reads comes back as pg gives it, as objects and as arrays', () => {
    const fields = ['seq', 'incident', 'body', 'blob', 'e', 'f', 'wrapped', 'other']
    const bytea = [false, false, true, false, false, false, false, false]
    const body = Buffer.from([0, 1, 2, 254, 255])
    const rows = [
      [1, 'INC-2026-0001', hex(body), null, true, false, new Uint8Array([9, 8]), {a: [1, 'ü']}],
      [Number.MAX_SAFE_INTEGER, 'snow ☃ and 𝄞', hex(new Uint8Array()), 'EV-1', false, true, new Uint8Array(), null],
      [-2.5, '', hexBytea('\\x00'), '\\x41 is text here', null, null, Buffer.alloc(0), 'x'],
    ]
    const packed = packRows(fields, bytea, rows)
    const objects = unpackRows(packed, false) as Record<string, unknown>[]
    assert.equal(objects.length, 3)
    assert.equal(objects[0]!.seq, 1)
    assert.equal(objects[0]!.incident, 'INC-2026-0001')
    assert.ok(Buffer.isBuffer(objects[0]!.body))
    assert.deepEqual([...(objects[0]!.body as Buffer)], [...body])
    assert.equal(objects[0]!.blob, null)
    assert.equal(objects[0]!.e, true)
    assert.equal(objects[0]!.f, false)
    assert.deepEqual([...(objects[0]!.wrapped as Buffer)], [9, 8])
    assert.deepEqual(objects[0]!.other, {a: [1, 'ü']})
    assert.equal(objects[1]!.seq, Number.MAX_SAFE_INTEGER)
    assert.equal(objects[1]!.incident, 'snow ☃ and 𝄞')
    assert.equal((objects[1]!.body as Buffer).length, 0)
    // Text that looks like hex is text: only bytea columns are decoded.
    assert.equal(objects[2]!.blob, '\\x41 is text here')
    assert.deepEqual([...(objects[2]!.body as Buffer)], [0])
    assert.equal(objects[2]!.seq, -2.5)
    const arrays = unpackRows(packed, true) as unknown[][]
    assert.deepEqual(arrays[1]!.slice(0, 2), [Number.MAX_SAFE_INTEGER, 'snow ☃ and 𝄞'])
    assert.equal(arrays[2]![7], 'x')
  })

  test('no rows, and rows with no columns', () => {
    assert.deepEqual(unpackRows(packRows(['a'], [false], []), false), [])
    assert.deepEqual(unpackRows(packRows([], [], [[], []]), true), [[], []])
  })

  test('a malformed bytea from the server is refused, not read short', () => {
    assert.throws(() => packRows(['b'], [true], [['\\x0g']]), /malformed bytea/)
  })

  test('any rows of numbers, strings, bytes and nulls round-trip', () => {
    const value = fc.oneof(fc.constant(null), fc.boolean(), fc.double({noNaN: true}), fc.string(), fc.uint8Array({maxLength: 64}))
    fc.assert(
      fc.property(fc.integer({min: 1, max: 5}), fc.array(fc.array(value, {minLength: 5, maxLength: 5}), {maxLength: 20}), (width, rows) => {
        const cut = rows.map((r) => r.slice(0, width))
        const fields = Array.from({length: width}, (_, i) => `c${i}`)
        const back = unpackRows(packRows(fields, new Array<boolean>(width).fill(false), cut), true) as unknown[][]
        assert.equal(back.length, cut.length)
        for (let r = 0; r < cut.length; r++) {
          for (let c = 0; c < width; c++) {
            const want = cut[r]![c]
            const got = back[r]![c]
            if (want instanceof Uint8Array) assert.deepEqual([...(got as Uint8Array)], [...want])
            else assert.ok(Object.is(got, want), `${String(got)} !== ${String(want)}`)
          }
        }
      }),
    )
  })

  test('rows of a binary COPY come back as the same values, with the last key exact; a malformed answer is refused', () => {
    // The binary COPY format as PostgreSQL writes it (the COPY reference, "Binary Format").
    const copy = (rows: (bigint | string | Uint8Array | null)[][], extension = Buffer.alloc(0)): Buffer => {
      const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(4), Buffer.alloc(4), extension]
      parts[2]!.writeUInt32BE(extension.length)
      for (const row of rows) {
        const count = Buffer.alloc(2)
        count.writeInt16BE(row.length)
        parts.push(count)
        for (const v of row) {
          const value = v === null ? undefined : typeof v === 'bigint' ? Buffer.alloc(8) : Buffer.from(v)
          if (typeof v === 'bigint') value!.writeBigInt64BE(v)
          const length = Buffer.alloc(4)
          length.writeInt32BE(value ? value.length : -1)
          parts.push(length, ...(value ? [value] : []))
        }
      }
      parts.push(Buffer.from([0xff, 0xff]))
      return Buffer.concat(parts)
    }
    const kinds: CopyKind[] = ['int8', 'text', 'bytea', 'int8']
    const fields = ['seq', 'incident', 'body', 'ts']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.bigInt({min: -(2n ** 53n) + 1n, max: 2n ** 53n - 1n}), fc.option(fc.string()), fc.option(fc.uint8Array({maxLength: 64})), fc.bigInt({min: 0n, max: 2n ** 53n - 1n})), {maxLength: 20}),
        fc.uint8Array({maxLength: 8}),
        (rows, extension) => {
          const {rows: packed, lastKey} = packCopyBinary(fields, kinds, copy(rows, Buffer.from(extension)), 0)
          const back = unpackRows(packed, true) as unknown[][]
          assert.equal(back.length, rows.length)
          rows.forEach(([seq, incident, body, ts], r) => {
            assert.equal(back[r]![0], Number(seq))
            assert.equal(back[r]![1], incident)
            if (body === null) assert.equal(back[r]![2], null)
            else assert.deepEqual([...(back[r]![2] as Buffer)], [...body])
            assert.equal(back[r]![3], Number(ts))
          })
          assert.equal(lastKey, rows.at(-1)?.[0].toString())
        },
      ),
    )
    // A key beyond 2^53 comes back exact for the next batch (the number alone would not be).
    assert.equal(packCopyBinary(['seq'], ['int8'], copy([[2n ** 60n + 1n]]), 0).lastKey, '1152921504606846977')
    const good = copy([[1n, 'INC-1', Buffer.from([1]), 2n]])
    assert.throws(() => packCopyBinary(fields, kinds, good.subarray(0, good.length - 3), 0), /malformed binary COPY/)
    assert.throws(() => packCopyBinary(fields, kinds, Buffer.concat([Buffer.from('X'), good.subarray(1)]), 0), /no signature/)
    assert.throws(() => packCopyBinary(fields.slice(0, 3), kinds.slice(0, 3), good, 0), /4 fields where 3/)
    assert.throws(() => packCopyBinary(fields, ['int8', 'text', 'int8', 'int8'], good, 0), /an int8 of 1 bytes/)
  })
})

describe("an append's sealed rows in shared memory (docs/adr/0030)", () => {
  const row = fc.record({
    seq: fc.integer({min: 1, max: Number.MAX_SAFE_INTEGER}),
    nonce: fc.uint8Array({minLength: 24, maxLength: 24}),
    body: fc.uint8Array({maxLength: 2000}),
    prev: fc.uint8Array({minLength: 32, maxLength: 32}),
    hash: fc.uint8Array({minLength: 32, maxLength: 32}),
  })

  test('come back as written, in their own memory, and rows that do not fit are refused', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(16 * 1024))
    fc.assert(
      fc.property(fc.array(row, {maxLength: 12}), (rows) => {
        const length = writeSealedRows(shared, rows)
        const size = 4 + rows.reduce((n, r) => n + 100 + r.body.length, 0)
        if (size > shared.length) {
          assert.equal(length, undefined)
          return
        }
        assert.equal(length, size)
        const back = readSealedRows(shared, length!)
        // Copied out: the next append's rows overwrite the shared memory, not these.
        shared.fill(0xee)
        assert.equal(back.length, rows.length)
        rows.forEach((r, k) => {
          const b = back[k]!
          assert.ok(!(b.body.buffer instanceof SharedArrayBuffer))
          assert.equal(b.seq, r.seq)
          for (const f of ['nonce', 'body', 'prev', 'hash'] as const) assert.deepEqual([...b[f]], [...r[f]], f)
        })
      }),
    )
    // A nonce or hash of another length is not this layout: posted instead.
    assert.equal(writeSealedRows(shared, [{seq: 1, nonce: new Uint8Array(12), body: new Uint8Array(1), prev: new Uint8Array(32), hash: new Uint8Array(32)}]), undefined)
  })
})

describe('the prebuilt append message (docs/adr/0025, 0030)', () => {
  const insertName = (n: number) => `pl_${n}_a`
  const fill = (m: AppendMessage, rows: readonly AppendRow[], first: number) => {
    rows.forEach((r, k) => m.fill(k, first + k, new Uint8Array(r.plaintextLength + 16).fill(k + 1), new Uint8Array(32).fill(7), new Uint8Array(32).fill(k + 9)))
    return Buffer.from(m.bytes)
  }

  test('one copied from the last built is byte for byte the one built afresh', () => {
    const arbRow = fc.record({
      ts: fc.integer({min: 0, max: Number.MAX_SAFE_INTEGER - 1}),
      incident: fc.constantFrom('INC-2026-0001', 'INC-2026-0002', 'snow ☃'),
      kind: fc.constantFrom('note', 'timeline.mark'),
      actor: fc.constantFrom('alice@host', 'bob@host'),
      keyId: fc.constantFrom('k_1', 'k_2'),
      blob: fc.constantFrom(null, 'EV-1'),
      nonce: fc.uint8Array({minLength: 24, maxLength: 24}),
      plaintextLength: fc.constantFrom(0, 10, 1000),
    })
    fc.assert(
      fc.property(fc.array(fc.array(arbRow, {minLength: 1, maxLength: 5}), {minLength: 1, maxLength: 6}), fc.constantFrom(2, 64), (appends, perInsert) => {
        for (const [i, rows] of appends.entries()) {
          // Alike rows again with new ts and nonces, as a writer's next append: copied from the template.
          for (const again of [rows, rows.map((r) => ({...r, ts: r.ts + 1, nonce: new Uint8Array(24).fill(i)}))]) {
            const reused = AppendMessage.for(again, perInsert, insertName)
            const fresh = new AppendMessage(again, perInsert, insertName)
            assert.deepEqual(fill(reused, again, 10 + i), fill(fresh, again, 10 + i))
          }
        }
      }),
    )
  })

  test('a message that differs from the template in any one field is the one built from scratch, never a copy of the template', () => {
    const row = (ts: number, fill: number): AppendRow => ({ts, incident: 'INC-2026-0001', kind: 'note', actor: 'alice@host', keyId: 'k_1', blob: 'EV-1', nonce: new Uint8Array(24).fill(fill), plaintextLength: 10})
    const template: AppendRow[] = [row(1, 1), row(1, 2)]
    // Each of the same length as the template's value where it has one, so a copy would not be caught by its length alone.
    const one = (change: Partial<AppendRow>): AppendRow[] => [template[0]!, {...template[1]!, ts: 2, nonce: new Uint8Array(24).fill(3), ...change}]
    const otherName = (n: number) => `pl_${n}_b`
    const variants: [string, AppendRow[], (n: number) => string][] = [
      ['incident', one({incident: 'INC-2026-0002'}), insertName],
      ['kind', one({kind: 'mark'}), insertName],
      ['actor', one({actor: 'bobby@host'}), insertName],
      ['keyId', one({keyId: 'k_2'}), insertName],
      ['blob', one({blob: 'EV-2'}), insertName],
      ['no blob', one({blob: null}), insertName],
      ['plaintext length', one({plaintextLength: 11}), insertName],
      ['row count', [...one({}), row(2, 4)], insertName],
      ['fewer rows', [template[0]!], insertName],
      ['insert name', one({}), otherName],
    ]
    for (const perInsert of [1, 64]) {
      for (const [field, rows, names] of variants) {
        // The template built, then a message alike but for its ts and nonces: a copy (the control).
        AppendMessage.for(template, perInsert, insertName)
        const alike = one({})
        assert.deepEqual(fill(AppendMessage.for(alike, perInsert, insertName), alike, 5), fill(new AppendMessage(alike, perInsert, insertName), alike, 5))
        // The template again, then the one field changed.
        AppendMessage.for(template, perInsert, insertName)
        let got: Buffer
        try {
          got = fill(AppendMessage.for(rows, perInsert, names), rows, 5)
        } catch (error) {
          assert.fail(`${field} changed (${perInsert} per INSERT): the message could not be filled: ${String(error)}`)
        }
        assert.deepEqual(got, fill(new AppendMessage(rows, perInsert, names), rows, 5), `${field} changed (${perInsert} per INSERT): not the message built from scratch`)
      }
    }
    // The rows per INSERT alone changed: other Binds.
    const alike = one({})
    AppendMessage.for(template, 64, insertName)
    assert.deepEqual(fill(AppendMessage.for(alike, 1, insertName), alike, 5), fill(new AppendMessage(alike, 1, insertName), alike, 5), 'rows per INSERT changed: not the message built from scratch')
  })

  test("the head lock's request: Bind (no parameters, text results), Execute, Flush, as the protocol spells them", () => {
    for (const name of ['pl_2_a', 'pl_12_a', 'ü_a']) {
      const statement = Buffer.from(`${name}\0`, 'utf8')
      const bindBody = Buffer.concat([Buffer.from([0]), statement, Buffer.from([0, 0, 0, 0, 0, 1, 0, 0])])
      const bindLength = Buffer.alloc(4)
      bindLength.writeInt32BE(4 + bindBody.length)
      const expected = Buffer.concat([Buffer.from('B'), bindLength, bindBody, Buffer.from([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0]), Buffer.from([0x48, 0, 0, 0, 4])])
      assert.deepEqual(lockRequest(name), expected)
      assert.equal(lockRequest(name), lockRequest(name))
    }
  })

  test('is not copied for other statements', () => {
    const rows: AppendRow[] = [{ts: 1, incident: 'INC-2026-0001', kind: 'note', actor: 'a@h', keyId: 'k_1', blob: null, nonce: new Uint8Array(24), plaintextLength: 3}]
    AppendMessage.for(rows, 64, insertName)
    const names = (n: number) => `pl_${n}_other`
    const m = AppendMessage.for(rows, 64, names)
    assert.deepEqual(fill(m, rows, 5), fill(new AppendMessage(rows, 64, names), rows, 5))
  })
})

describe('int8 slots (docs/adr/0033)', () => {
  test('every safe integer is written as the 8 bytes of a big-endian two\'s complement int8, as Buffer writes a bigint; nothing else is', () => {
    const edges = [0, 1, -1, 255, 256, -256, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, 2 ** 32, -(2 ** 32), -(2 ** 32) - 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1_765_000_000_000]
    const check = (value: number, at: number) => {
      const mine = Buffer.alloc(at + 12, 0xaa)
      const theirs = Buffer.alloc(at + 12, 0xaa)
      writeInt8(mine, value, at)
      theirs.writeBigInt64BE(BigInt(value), at)
      assert.deepEqual([...mine], [...theirs], String(value))
    }
    for (const v of edges) check(v, 3)
    fc.assert(fc.property(fc.maxSafeInteger(), fc.nat(16), (v, at) => check(v, at)))
    for (const bad of [2 ** 53, -(2 ** 53), 0.5, Number.NaN, Infinity]) assert.throws(() => writeInt8(Buffer.alloc(8), bad, 0), RangeError)
    assert.throws(() => writeInt8(Buffer.alloc(8), 1, 1), RangeError)
    assert.throws(() => writeInt8(Buffer.alloc(8), 1, -1), RangeError)
  })
})
