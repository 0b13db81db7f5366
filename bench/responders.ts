/**
 * Responders (issue 17): verification with author signatures and the roster checked, against a
 * plain read of the same rows; and what the one author signature per command costs an append.
 */
import {randomBytes} from 'node:crypto'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {loadCrypto} from '../src/crypto/sodium.js'
import type {Crypto} from '../src/crypto/sodium.js'
import {toHex} from '../src/domain/bytes.js'
import {ROSTER_INCIDENT, ROSTER_KEY_ID} from '../src/domain/responders/roster.js'
import {localAuthor} from '../src/store/author.js'
import {openDatabase} from '../src/store/database.js'
import {UnlockedLedger} from '../src/store/ledger.js'
import {initialiseStore} from '../src/store/meta.js'
import {verifyLedger} from '../src/store/verify.js'
import type {Row} from './util.js'
import {bestOf} from './util.js'

const ENTRIES = Number(process.env.PL_BENCH_ENTRIES ?? 20_000)
/** Entries per command: each command ends with one author signature and one checkpoint. */
const PER_COMMAND = 200

/** A store of ENTRIES notes in commands of PER_COMMAND, with or without a founder signing them; the time the appends and signatures took. */
async function build(crypto: Crypto, path: string, signed: boolean): Promise<number> {
  const db = openDatabase(path, {create: true})
  const key = new Uint8Array(randomBytes(32))
  await initialiseStore(db, crypto, {kind: 'keyfile', key: key.slice()}, {now: Date.now(), kdfPreset: 'test-only-weak'})
  const sign = crypto.signKeypair()
  const box = await crypto.boxKeypair()
  const author = signed ? localAuthor(crypto, {signSecretKey: sign.secretKey, signPublicKey: sign.publicKey, boxSecretKey: box.secretKey, boxPublicKey: box.publicKey}) : undefined
  const ledger = await UnlockedLedger.unlock(db, {crypto, material: {kind: 'keyfile', key}, actor: 'alice', now: () => Date.now(), ...(author ? {author} : {})})
  if (signed) {
    const sealedKek = Buffer.from(await ledger.sealKekTo(box.publicKey)).toString('base64')
    ledger.append([{incident: ROSTER_INCIDENT, kind: 'responder.added', keyId: ROSTER_KEY_ID, body: {name: 'alice', signKey: toHex(sign.publicKey), boxKey: toHex(box.publicKey), admin: true, sealedKek}}])
    ledger.checkpoint()
  }
  const keyId = ledger.createKey('INC-2026-0001')
  const body = {text: 'x'.repeat(1000)}
  const t = performance.now()
  for (let i = 0; i < ENTRIES; i += PER_COMMAND) {
    ledger.append(Array.from({length: PER_COMMAND}, () => ({incident: 'INC-2026-0001', kind: 'note' as const, keyId, body})))
    ledger.checkpoint()
  }
  const ms = performance.now() - t
  ledger.close()
  return ms
}

export async function benchResponders(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-responders-'))
  try {
    const crypto = await loadCrypto()
    await crypto.preload()
    const plainMs = await build(crypto, join(dir, 'plain.db'), false)
    const signedMs = await build(crypto, join(dir, 'signed.db'), true)

    const db = openDatabase(join(dir, 'signed.db'))
    const check = verifyLedger(db)
    if (!check.ok || check.attribution?.signatures !== ENTRIES / PER_COMMAND + 1) throw new Error('bench store does not verify with its signatures')
    const verifyMs = bestOf(3, () => {
      if (!verifyLedger(db).ok) throw new Error('bench store does not verify')
    })
    const readStmt = db.prepare('SELECT * FROM entries ORDER BY seq')
    const readMs = bestOf(3, () => {
      let n = 0
      for (const row of readStmt.iterate() as Iterable<{body: Buffer}>) n += row.body.length
      if (n === 0) throw new Error('empty')
    })
    db.close()
    const perSec = (ms: number, n: number) => `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`
    return [
      {
        name: `verify ${ENTRIES} entries with author signatures (${ENTRIES / PER_COMMAND} commands) vs a plain read`,
        ratio: readMs / verifyMs,
        goal: '≥ 0.4',
        met: readMs / verifyMs >= 0.4,
        detail: `verify ${perSec(verifyMs, ENTRIES)}, read ${perSec(readMs, ENTRIES)}`,
      },
      {
        name: `append in commands of ${PER_COMMAND} with one author signature each vs without`,
        ratio: plainMs / signedMs,
        goal: '(info)',
        met: true,
        detail: `signed ${perSec(signedMs, ENTRIES)}, unsigned ${perSec(plainMs, ENTRIES)}`,
      },
    ]
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
