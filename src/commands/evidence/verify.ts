import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../../base-command.js'
import {EXIT_CODES, EXIT_POLICY_UNMET} from '../../errors.js'
import type {ProofCheck} from '../../services/evidence/check-proof.js'
import {checkExhibitProof} from '../../services/evidence/check-proof.js'
import {cosignStep} from '../../services/evidence/cosign.js'
import {isPostgresLocation, verifyStore, verifyStoreDeep} from '../../services/evidence/verify.js'
import {resolveStorePath} from '../../services/session.js'
import type {VerifyReport} from '../../domain/verify/report.js'
import {plural, when} from '../../render/format.js'
import {countProgress} from '../../render/progress.js'

export default class EvidenceVerify extends BaseCommand {
  static override summary = 'Verify the evidence store (no passphrase needed), or one exhibit proof.'
  static override description = `Recomputes the hash chain and the Merkle tree, checks every signed checkpoint and blob, and, against an older checkpoint kept elsewhere (--checkpoint), proves that nothing it covered was changed, removed or reordered and that the store was not truncated. The first bad entry is named.
In a store with responders (\`pl responder\`), it also reports each entry's author and checks, without any key, that every entry is covered by its author's signature, by a responder enrolled and not revoked at that entry, named as its actor; entries from before responders are counted as unattributed. A forged author, a revoked or never-enrolled signer, or a missing signature is exit 10 with the first bad entry named. The founder's key (--json: attribution.founder) is the trust root.
With --proof, checks an exhibit proof bundle offline (and, with --exhibit, that a file is the recorded exhibit).
With --deep (needs the store key), every entry and exhibit is also decrypted, which proves it authentic rather than merely well chained.
A key pinned with --public-key (or carried by --checkpoint's file) catches a store whose meta and checkpoints were re-signed with another key. A store pl may not write (a read-only file, directory or mount) is verified from a private temporary copy, so nothing is written beside it.
Meta values (the KDF setting, the key-check value, the store id, the public key) are checked against the meta statement the store key signed, and a changed one is named.
In a store with responders, an enrolled responder who verifies the store adds their cosignature (C2SP tlog-cosignature) of the latest checkpoint, their identity unlocked by their agent or PL_IDENTITY_PASSPHRASE[_FILE] (asked only on a terminal; --no-cosign skips it), and records what they cosigned in their config directory: if the store later has another tree at that size, or fewer entries, verify reports a fork (exit 10), and the responder's writing commands refuse to append (exit 10). When the team restored the store to an earlier point on purpose, --accept-restore takes the restored store as it is: if it verifies, the responder's record moves to its latest checkpoint (cosigned as usual) and writing works again. --require-cosigners K fails unless K distinct enrolled responders cosigned a verified checkpoint.
Exit codes: 0 verified; 4 not an evidence store; 10 tampering or corruption found (a damaged file, an altered meta value, a key that differs from the pinned one); 11 entries not yet sealed by a signed checkpoint (an interrupted command: \`pl evidence checkpoint\` seals them after authenticating them); 15 the store verifies but --require-cosigners is not met (fewer cosigners).`
  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --checkpoint incident-42.checkpoint.json --json',
    '<%= config.bin %> <%= command.id %> --checkpoint incident-42.note --public-key "$VERIFIER_KEY"',
    '<%= config.bin %> <%= command.id %> --public-key \"$STORE_PUBLIC_KEY\"',
    'PL_KEY_FILE=~/.pl/store.key <%= config.bin %> <%= command.id %> --deep',
    '<%= config.bin %> <%= command.id %> --proof ev-12.proof.json --exhibit ./exhibit-12.jsonl',
    '<%= config.bin %> <%= command.id %> --require-cosigners 2 --json',
    '<%= config.bin %> <%= command.id %> --accept-restore',
  ]
  static override flags = {
    checkpoint: Flags.string({description: 'An earlier checkpoint file from `pl evidence checkpoint`, JSON or a C2SP note (--format note), to prove consistency against; a store whose key differs from the one that signed it fails.'}),
    'public-key': Flags.string({description: 'The store\'s public key as `pl init` printed it (64 hex characters, or the verifier key name+hash+base64): checkpoints must be signed by it, whatever the store\'s meta says.', exclusive: ['proof']}),
    proof: Flags.string({description: 'Check an exhibit proof bundle instead of the store.', exclusive: ['checkpoint']}),
    exhibit: Flags.string({description: 'With --proof: the exhibit file to compare with the recorded SHA-256.', dependsOn: ['proof']}),
    deep: Flags.boolean({description: 'Also authenticate every entry and exhibit with the store key, and check every missing key was shredded on the record.', exclusive: ['proof']}),
    'no-cosign': Flags.boolean({description: 'Do not add your cosignature of the latest checkpoint (a store with responders).', exclusive: ['proof']}),
    'accept-restore': Flags.boolean({description: 'The store was restored to an earlier point on purpose: accept it instead of reporting a fork against what you cosigned (your record moves to its latest checkpoint once it verifies).', exclusive: ['proof']}),
    'require-cosigners': Flags.integer({description: 'Fail unless this many distinct enrolled, non-revoked responders cosigned a verified checkpoint.', min: 1, exclusive: ['proof']}),
  }

  async run(): Promise<VerifyReport | ProofCheck> {
    const {flags} = await this.parse(EvidenceVerify)
    if (flags.proof) {
      const result = await checkExhibitProof(flags.proof, flags.exhibit)
      for (const c of result.checks) this.log(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`)
      this.log(result.ok ? `Proof of ${result.evidence} verifies.` : `Proof of ${result.evidence} does NOT verify.`)
      if (!result.ok) process.exitCode = EXIT_CODES.integrity
      return result
    }
    const store = resolveStorePath(flags.store, process.env)
    const progress = countProgress('verifying', 'entries', !flags.json)
    const options = {
      ...(flags.checkpoint ? {checkpointFile: flags.checkpoint} : {}),
      ...(flags['public-key'] ? {publicKey: flags['public-key']} : {}),
      onProgress: (done: number, total: number) => {
        if (total > 50_000) progress.update(done, total)
      },
    }
    let report: VerifyReport
    try {
      report = flags.deep ? await verifyStoreDeep(await this.session(flags), options) : verifyStore(store, options)
    } finally {
      progress.stop()
    }
    report = await cosignStep(await this.session(flags), report, {cosign: !flags['no-cosign'], acceptRestore: flags['accept-restore'], ...(flags['require-cosigners'] === undefined ? {} : {requireCosigners: flags['require-cosigners']})})
    this.log(`Store ${store}`)
    this.log(`  ${plural(report.entries, 'entry', 'entries')}, ${plural(report.checkpoints, 'signed checkpoint')}, ${plural(report.blobs.checked, 'blob')} checked`)
    if (report.latestCheckpoint) this.log(`  latest checkpoint: size ${report.latestCheckpoint.size}, root ${report.latestCheckpoint.root}, ${when(report.latestCheckpoint.ts, flags.utc)}`)
    if (report.external) this.log(`  given checkpoint (size ${report.external.size}): ${report.external.consistent ? 'consistent' : 'NOT consistent'}`)
    if (report.deep) {
      const {entriesAuthenticated, blobsAuthenticated, shreddedKeys, entriesWithoutAccess} = report.deep
      const unread = entriesWithoutAccess > 0 ? `; ${entriesWithoutAccess} entries of incidents you hold no grant for not read` : ''
      this.log(`  with the key: ${entriesAuthenticated} entries and ${blobsAuthenticated} exhibits authenticated, ${shreddedKeys} keys shredded on the record${unread}`)
    }
    const a = report.attribution
    if (a && a.genesis !== null) {
      this.log(`  founder (trust root): ${a.founder}; responders since entry ${a.genesis}, ${plural(a.signatures, 'author signature')}${a.unattributed > 0 ? `; ${plural(a.unattributed, 'earlier entry', 'earlier entries')} unattributed (from before responders)` : ''}`)
      for (const r of a.authors) this.log(`  author ${r.name}${r.admin ? ' (admin)' : ''}: ${plural(r.entries, 'entry', 'entries')}${r.revokedAt === undefined ? '' : `, revoked at entry ${r.revokedAt}`}`)
    }
    const c = report.cosigning
    if (c) {
      if (c.cosigned) this.log(`  cosigned by you (${c.cosigned.responder}): checkpoint ${c.cosigned.size}`)
      else if (c.notCosigned) this.log(`  not cosigned: ${c.notCosigned}`)
      this.log(`  cosigners: ${c.cosigners.length === 0 ? 'none' : c.cosigners.map((x) => `${x.name} (size ${x.size})`).join(', ')}${c.required === null ? '' : ` (${c.required} required)`}`)
    }
    for (const w of report.warnings) this.log(`  note: ${w}`)
    if (report.ok) {
      this.log('Verified: the chain, the Merkle tree and every signature are intact.')
      return report
    }
    for (const p of report.problems) this.logToStderr(`  ✗ ${p.message}`)
    if (report.problems.every((p) => p.code === 'cosigners')) {
      // The chain, the tree and the signatures are intact: only the cosigning policy is unmet.
      this.logToStderr(`The store verifies, but the cosigning policy is not met (--require-cosigners ${String(report.cosigning?.required ?? '')}): nothing was tampered with. Ask other enrolled responders to run \`pl evidence verify\`, which cosigns.`)
      process.exitCode = EXIT_POLICY_UNMET
      return report
    }
    const onlyUnsealed = report.problems.every((p) => p.code === 'unsealed')
    if (report.firstBadEntry !== null) this.logToStderr(`First bad entry: ${report.firstBadEntry}`)
    this.logToStderr(onlyUnsealed ? 'Not fully sealed: run `pl evidence checkpoint` (with the store key) to authenticate and seal the tail.' : isPostgresLocation(store) ? 'VERIFICATION FAILED: the evidence store was tampered with or corrupted. Preserve the database as it is (take a pg_dump, keep the backups and WAL) and see docs/team-store.md, "When verification fails".' : 'VERIFICATION FAILED: the evidence store was tampered with or corrupted. Preserve the file as it is.')
    process.exitCode = onlyUnsealed ? EXIT_CODES.unsealed : EXIT_CODES.integrity
    return report
  }
}
