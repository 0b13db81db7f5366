/**
 * The Merkle tree (RFC 6962) rebuilt from the entries as they stream past, its root compared with
 * every stored checkpoint and with an older checkpoint file at their sizes.
 */
import {bytesEqual, toHex} from '../bytes.js'
import type {Checkpoint} from '../codec.js'
import {MerkleFrontier} from '../merkle.js'
import type {SubtreeRoots} from '../merkle.js'
import type {GivenCheckpoint} from './checkpoint.js'
import type {Problem} from './report.js'

export class TreeChecker {
  readonly #problems: Problem[]
  readonly #frontier: MerkleFrontier
  readonly #bySize = new Map<number, Checkpoint[]>()
  readonly #badSignatures: ReadonlySet<Checkpoint>
  readonly #external: GivenCheckpoint | undefined
  // The largest signed size whose root still matches: when a later root fails and no entry is
  // otherwise named (a rewritten, re-hashed tail), the first bad entry is the one after it.
  #lastGoodSize = 0
  #firstRootFailure: number | null = null

  /**
   * `badSignatures` are the checkpoints whose signature failed: their roots say nothing about the
   * entries. With `subtrees`, the perfect subtree roots are kept for inclusion proofs.
   */
  constructor(
    problems: Problem[],
    checkpoints: readonly Checkpoint[],
    badSignatures: ReadonlySet<Checkpoint>,
    external: GivenCheckpoint | undefined,
    subtrees: SubtreeRoots | undefined,
  ) {
    this.#problems = problems
    this.#frontier = new MerkleFrontier(subtrees)
    this.#badSignatures = badSignatures
    this.#external = external
    for (const c of checkpoints) this.#bySize.set(c.size, [...(this.#bySize.get(c.size) ?? []), c])
    if (checkpoints.some((c) => c.size === 0) || external?.size === 0) this.checkRoot(0)
  }

  append(leaf: Uint8Array): void {
    this.#frontier.append(leaf)
  }

  /** The first entry a failing authentic root implicates, when no entry was named otherwise. */
  get firstRootFailure(): number | null {
    return this.#firstRootFailure
  }

  /** Compares the root of the leaves so far with the checkpoints of this size, if any. */
  checkRoot(size: number): void {
    const external = this.#external
    // A root costs log2(size) hashes: compute it only where a checkpoint needs it.
    if (!this.#bySize.has(size) && external?.size !== size) return
    const root = this.#frontier.root()
    for (const c of this.#bySize.get(size) ?? []) {
      const authentic = !this.#badSignatures.has(c)
      if (!bytesEqual(root, c.root)) {
        this.#problems.push({
          code: 'checkpoint-root',
          checkpointSize: size,
          message: authentic
            ? `Checkpoint at size ${size}: the entries 1..${size} no longer hash to its signed root (an entry after ${this.#lastGoodSize} was rewritten).`
            : `Checkpoint at size ${size}: its root does not match the entries (the checkpoint itself was altered).`,
        })
        // Only an authentic checkpoint says anything about the entries.
        if (authentic) this.#firstRootFailure ??= this.#lastGoodSize + 1
      } else if (this.#firstRootFailure === null && authentic) {
        this.#lastGoodSize = size
      }
    }
    if (external && external.size === size) {
      if (toHex(root) !== external.root) {
        this.#problems.push({code: 'external-checkpoint', checkpointSize: size, message: `The given checkpoint (size ${size}) is not consistent with this store: entries 1..${size} were changed, removed or reordered.`})
      }
    }
  }
}
