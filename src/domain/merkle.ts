/**
 * RFC 6962 / RFC 9162 Merkle tree over SHA-256: the tree behind signed checkpoints (DESIGN §2).
 * Leaf hash H(0x00 ‖ d), node hash H(0x01 ‖ left ‖ right), and the empty tree hashes to H("").
 * Pure: no I/O, no global state. Sizes and indices are JavaScript numbers (safe integers); the
 * verifiers do their bit arithmetic on bigints so that sizes beyond 2^32 stay exact.
 */
import {hash} from 'node:crypto'
import {bytesEqual, fromHex, toHex} from './bytes.js'

/** Every hash in the tree is a SHA-256 digest. */
export const HASH_SIZE = 32

/** The outcome of checking a proof: a bad proof is an answer, not an exception. */
export type VerifyResult = {ok: true} | {ok: false; reason: string}

/** The persisted form of a {@link MerkleFrontier}: tree size and subtree roots in hex. */
export interface FrontierJSON {
  size: number
  hashes: string[]
}

const LEAF_PREFIX = 0x00
const NODE_PREFIX = 0x01
const OK: VerifyResult = Object.freeze({ok: true})
const WRONG_LENGTH: VerifyResult = Object.freeze({ok: false, reason: 'proof has the wrong length for this tree size'})

// One-shot `hash` (Node >= 20.12) is about twice as fast as `createHash().update()` for 65-byte
// inputs, which matters when a verifier rebuilds the tree over millions of entries.
function sha256(bytes: Uint8Array): Uint8Array {
  const digest = hash('sha256', bytes, 'buffer')
  // A plain Uint8Array rather than a Buffer, so results compare equal to decoded hashes.
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
}

/**
 * Hashes interior nodes through one reused buffer: allocating a fresh 65-byte array per node
 * costs as much as the hash itself. Callers pass 32-byte children only.
 */
class NodeHasher {
  readonly #scratch = new Uint8Array(1 + 2 * HASH_SIZE)

  constructor() {
    this.#scratch[0] = NODE_PREFIX
  }

  node(left: Uint8Array, right: Uint8Array): Uint8Array {
    this.#scratch.set(left, 1)
    this.#scratch.set(right, 1 + HASH_SIZE)
    return sha256(this.#scratch)
  }
}

/** The input of a leaf hash of a 32-byte entry hash, reused (verification hashes one per entry). */
const leafInput = new Uint8Array(1 + HASH_SIZE)

/** The hash of a leaf holding `data` (in the ledger, `data` is an entry hash). */
export function leafHash(data: Uint8Array): Uint8Array {
  if (data.length === HASH_SIZE) {
    leafInput.set(data, 1)
    return sha256(leafInput)
  }
  const input = new Uint8Array(1 + data.length)
  input[0] = LEAF_PREFIX
  input.set(data, 1)
  return sha256(input)
}

/** The hash of an interior node from its two 32-byte children. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  requireHash(left, 'left child')
  requireHash(right, 'right child')
  return new NodeHasher().node(left, right)
}

/** The root of the tree with no leaves: SHA-256 of the empty string. */
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array(0))
}

/** The Merkle tree hash (MTH) of a list of leaf hashes, computed in O(n) hashing. */
export function rootFromLeafHashes(leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return emptyRoot()
  return subtreeRoot(leafHashes, 0, leafHashes.length, new NodeHasher()).slice()
}

/**
 * The compact range of a growing tree: the roots of its perfect subtrees, one per set bit of the
 * size, largest first. A verifier streams every entry hash through `append` in O(log n) memory and
 * asks for `root()` whenever the size reaches a checkpoint.
 */
export class MerkleFrontier {
  readonly #hasher = new NodeHasher()
  readonly #subtrees: SubtreeRoots | undefined
  #hashes: Uint8Array[] = []
  #size = 0

  /** With `subtrees`, every perfect subtree root the frontier computes is also kept there. */
  constructor(subtrees?: SubtreeRoots) {
    this.#subtrees = subtrees
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.#size
  }

  /** Adds the next leaf hash, merging the perfect subtrees it completes (amortised O(1)). */
  append(leafHash: Uint8Array): void {
    requireHash(leafHash, 'leaf hash')
    if (this.#size >= Number.MAX_SAFE_INTEGER) throw new RangeError('the tree is too large to count exactly')
    // Copied so that a caller reusing its buffer cannot change the frontier afterwards.
    let merged: Uint8Array = leafHash.slice()
    let width = 1
    for (let s = this.#size; s % 2 === 1; s = (s - 1) / 2) {
      // An odd size always has a subtree root for the new leaf to complete.
      merged = this.#hasher.node(this.#hashes.pop() as Uint8Array, merged)
      width *= 2
      this.#subtrees?.set(this.#size + 1 - width, this.#size + 1, merged)
    }
    this.#hashes.push(merged)
    this.#size += 1
  }

  /** The root of the tree of the leaves appended so far; does not change the frontier. */
  root(): Uint8Array {
    const last = this.#hashes.at(-1)
    if (last === undefined) return emptyRoot()
    let root = this.#hashes.length === 1 ? last.slice() : last
    for (let i = this.#hashes.length - 2; i >= 0; i--) {
      root = this.#hasher.node(this.#hashes[i] as Uint8Array, root)
    }
    return root
  }

  /** Plain data (hex strings) so a verifier can persist where it stopped. */
  toJSON(): FrontierJSON {
    return {size: this.#size, hashes: this.#hashes.map(toHex)}
  }

  /** Rebuilds a frontier from `toJSON()` output; throws a TypeError if it is not one. */
  static fromJSON(value: unknown): MerkleFrontier {
    if (typeof value !== 'object' || value === null) throw new TypeError('a Merkle frontier must be an object')
    const {size, hashes} = value as Partial<Record<keyof FrontierJSON, unknown>>
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
      throw new TypeError('a Merkle frontier needs a non-negative integer size')
    }
    if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === 'string' && /^[0-9a-fA-F]{64}$/.test(h))) {
      throw new TypeError('a Merkle frontier needs its subtree roots as 64-digit hex strings')
    }
    if (hashes.length !== popCount(BigInt(size))) {
      throw new TypeError(`a Merkle frontier of size ${size} has ${popCount(BigInt(size))} subtree roots, not ${hashes.length}`)
    }
    const frontier = new MerkleFrontier()
    frontier.#size = size
    frontier.#hashes = hashes.map((h: string) => fromHex(h))
    return frontier
  }
}

/** The audit path for leaf `index` in the tree of the first `treeSize` leaves (RFC 9162 §2.1.3.1). */
export function inclusionProof(leafHashes: readonly Uint8Array[], index: number, treeSize: number): Uint8Array[] {
  requireCount(treeSize, 'tree size')
  requireCount(index, 'leaf index')
  if (treeSize > leafHashes.length) throw new RangeError(`tree size ${treeSize} exceeds the ${leafHashes.length} leaves given`)
  if (index >= treeSize) throw new RangeError(`leaf index ${index} is not below tree size ${treeSize}`)
  const hasher = new NodeHasher()
  return auditPath(index, treeSize, (lo, hi) => ownedSubtreeRoot(leafHashes, lo, hi, hasher))
}

/**
 * PATH(m, D[0:treeSize]) walked top-down: each step keeps the half holding the leaf and records
 * the other half's root (from `root`); the RFC lists them bottom-up, hence the final reverse.
 */
function auditPath(index: number, treeSize: number, root: (lo: number, hi: number) => Uint8Array): Uint8Array[] {
  const siblings: Uint8Array[] = []
  let lo = 0
  let hi = treeSize
  while (hi - lo > 1) {
    const mid = lo + largestPowerOfTwoBelow(hi - lo)
    if (index < mid) {
      siblings.push(root(mid, hi))
      hi = mid
    } else {
      siblings.push(root(lo, mid))
      lo = mid
    }
  }
  return siblings.reverse()
}

/**
 * The proof that the tree of the first `size1` leaves is a prefix of the tree of the first `size2`
 * leaves (RFC 9162 §2.1.4.1). Empty when the sizes are equal or `size1` is 0.
 */
export function consistencyProof(leafHashes: readonly Uint8Array[], size1: number, size2: number): Uint8Array[] {
  requireCount(size1, 'first tree size')
  requireCount(size2, 'second tree size')
  if (size2 > leafHashes.length) throw new RangeError(`tree size ${size2} exceeds the ${leafHashes.length} leaves given`)
  if (size1 > size2) throw new RangeError(`first tree size ${size1} exceeds second tree size ${size2}`)
  if (size1 === 0 || size1 === size2) return []
  const hasher = new NodeHasher()
  // SUBPROOF(m, D[lo:hi], b) walked top-down, collected bottom-up as in the RFC.
  const nodes: Uint8Array[] = []
  let lo = 0
  let hi = size2
  let m = size1
  let wholeOldTree = true
  for (;;) {
    if (m === hi - lo) {
      // The old tree's own root is left out: the verifier already holds it.
      if (!wholeOldTree) nodes.push(ownedSubtreeRoot(leafHashes, lo, hi, hasher))
      break
    }
    const k = largestPowerOfTwoBelow(hi - lo)
    if (m <= k) {
      nodes.push(ownedSubtreeRoot(leafHashes, lo + k, hi, hasher))
      hi = lo + k
    } else {
      nodes.push(ownedSubtreeRoot(leafHashes, lo, lo + k, hasher))
      lo += k
      m -= k
      wholeOldTree = false
    }
  }
  return nodes.reverse()
}

/**
 * Checks that `leafHash` is leaf `leafIndex` of the tree of size `treeSize` with root `root`
 * (RFC 9162 §2.1.3.2). Throws a RangeError only if `leafIndex` ≥ `treeSize` or either is not a
 * non-negative safe integer; every bad proof or hash is a `{ok: false}` result.
 */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): VerifyResult {
  requireCount(treeSize, 'tree size')
  requireCount(leafIndex, 'leaf index')
  if (leafIndex >= treeSize) throw new RangeError(`leaf index ${leafIndex} is not below tree size ${treeSize}`)
  if (leafHash.length !== HASH_SIZE) return {ok: false, reason: 'the leaf hash is not a 32-byte SHA-256 hash'}
  if (root.length !== HASH_SIZE) return {ok: false, reason: 'the root is not a 32-byte SHA-256 hash'}
  const bad = badElement(proof)
  if (bad !== undefined) return bad

  const hasher = new NodeHasher()
  let fn = BigInt(leafIndex)
  let sn = BigInt(treeSize) - 1n
  let r = leafHash
  for (const p of proof) {
    if (sn === 0n) return WRONG_LENGTH
    if (isOdd(fn) || fn === sn) {
      r = hasher.node(p, r)
      while (!isOdd(fn) && fn !== 0n) {
        fn >>= 1n
        sn >>= 1n
      }
    } else {
      r = hasher.node(r, p)
    }
    fn >>= 1n
    sn >>= 1n
  }
  if (sn !== 0n) return WRONG_LENGTH
  return bytesEqual(r, root) ? OK : {ok: false, reason: 'the proof does not lead to the given root'}
}

/**
 * Checks that the tree of size `size1` and root `root1` is a prefix of the tree of size `size2`
 * and root `root2` (RFC 9162 §2.1.4.2). Throws a RangeError only if `size1` > `size2` or either
 * is not a non-negative safe integer; every bad proof or root is a `{ok: false}` result.
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): VerifyResult {
  requireCount(size1, 'first tree size')
  requireCount(size2, 'second tree size')
  if (size1 > size2) throw new RangeError(`first tree size ${size1} exceeds second tree size ${size2}`)
  // Every tree extends the empty one, so success here would be vacuous; refusing it (as
  // transparency-dev/merkle does) keeps it from being mistaken for a checked history.
  if (size1 === 0) return {ok: false, reason: 'consistency with an empty tree proves nothing'}
  if (size1 === size2) {
    if (proof.length !== 0) return {ok: false, reason: 'the sizes are equal, so the proof must be empty'}
    return bytesEqual(root1, root2) ? OK : {ok: false, reason: 'the sizes are equal but the roots differ'}
  }
  if (root1.length !== HASH_SIZE) return {ok: false, reason: 'the first root is not a 32-byte SHA-256 hash'}
  if (root2.length !== HASH_SIZE) return {ok: false, reason: 'the second root is not a 32-byte SHA-256 hash'}
  if (proof.length === 0) return WRONG_LENGTH
  const bad = badElement(proof)
  if (bad !== undefined) return bad

  // When size1 is a power of two the old tree is a single subtree of the new one, and the RFC
  // leaves its root (root1) out of the proof.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof
  const hasher = new NodeHasher()
  let fn = BigInt(size1) - 1n
  let sn = BigInt(size2) - 1n
  while (isOdd(fn)) {
    fn >>= 1n
    sn >>= 1n
  }
  const [seed, ...rest] = path as [Uint8Array, ...Uint8Array[]]
  let fr = seed
  let sr = seed
  for (const c of rest) {
    if (sn === 0n) return WRONG_LENGTH
    if (isOdd(fn) || fn === sn) {
      fr = hasher.node(c, fr)
      sr = hasher.node(c, sr)
      while (!isOdd(fn) && fn !== 0n) {
        fn >>= 1n
        sn >>= 1n
      }
    } else {
      sr = hasher.node(sr, c)
    }
    fn >>= 1n
    sn >>= 1n
  }
  if (sn !== 0n) return WRONG_LENGTH
  if (!bytesEqual(fr, root1)) return {ok: false, reason: 'the proof does not lead to the first root'}
  if (!bytesEqual(sr, root2)) return {ok: false, reason: 'the proof does not lead to the second root'}
  return OK
}

// MTH(D[lo:hi]) by the RFC's recursive split: O(hi - lo) hashing, recursion depth O(log n).
// A one-leaf range returns the caller's own array, not a copy.
function subtreeRoot(leafHashes: readonly Uint8Array[], lo: number, hi: number, hasher: NodeHasher): Uint8Array {
  if (hi - lo === 1) {
    const leaf = leafHashes[lo]
    if (leaf === undefined || leaf.length !== HASH_SIZE) throw new RangeError(`leaf hash ${lo} is not a 32-byte hash`)
    return leaf
  }
  const mid = lo + largestPowerOfTwoBelow(hi - lo)
  return hasher.node(subtreeRoot(leafHashes, lo, mid, hasher), subtreeRoot(leafHashes, mid, hi, hasher))
}

// Proof elements must not alias the caller's leaf hashes.
function ownedSubtreeRoot(leafHashes: readonly Uint8Array[], lo: number, hi: number, hasher: NodeHasher): Uint8Array {
  const root = subtreeRoot(leafHashes, lo, hi, hasher)
  return hi - lo === 1 ? root.slice() : root
}

// The k of RFC 9162 §2.1.1: the largest power of two smaller than n, for n > 1.
function largestPowerOfTwoBelow(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

function badElement(proof: readonly Uint8Array[]): VerifyResult | undefined {
  const i = proof.findIndex((p) => p.length !== HASH_SIZE)
  return i === -1 ? undefined : {ok: false, reason: `proof element ${i} is not a 32-byte hash`}
}

function requireCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`)
}

function requireHash(h: Uint8Array, what: string): void {
  if (h.length !== HASH_SIZE) throw new RangeError(`${what} must be ${HASH_SIZE} bytes, got ${h.length}`)
}

function isOdd(n: bigint): boolean {
  return (n & 1n) === 1n
}

function isPowerOfTwo(n: number): boolean {
  const b = BigInt(n)
  return b > 0n && (b & (b - 1n)) === 0n
}

function popCount(n: bigint): number {
  let count = 0
  for (let x = n; x > 0n; x >>= 1n) count += Number(x & 1n)
  return count
}

/**
 * Roots of perfect subtrees `[lo, hi)` (hi − lo a power of two, lo a multiple of it), as a
 * {@link MerkleFrontier} computes them while it streams the leaves: a caller that verifies a store
 * and then proves some of its entries hashes the tree once, not twice.
 */
export class SubtreeRoots {
  readonly #roots = new Map<number, Uint8Array>()

  // A perfect subtree is named by its end and its height; 64 heights cover any safe size.
  static #key(lo: number, hi: number): number {
    return hi * 64 + Math.log2(hi - lo)
  }

  set(lo: number, hi: number, root: Uint8Array): void {
    this.#roots.set(SubtreeRoots.#key(lo, hi), root)
  }

  get(lo: number, hi: number): Uint8Array | undefined {
    return this.#roots.get(SubtreeRoots.#key(lo, hi))
  }
}

/**
 * Audit paths (RFC 9162 §2.1.3.1, as `inclusionProof`) for several leaves of the
 * same tree, computing each subtree root once: one proof costs a pass over the whole tree, so
 * proving every exhibit of a large incident one by one would hash the tree once per exhibit.
 * Subtree roots already in `known` (from the frontier that verified the same leaves) are reused.
 */
export function inclusionProofs(leafHashes: readonly Uint8Array[], indices: readonly number[], treeSize: number, known?: SubtreeRoots): Uint8Array[][] {
  const memo = new Map<number, Uint8Array>()
  const hasher = new NodeHasher()
  const root = (lo: number, hi: number): Uint8Array => {
    if (hi - lo === 1) return leafHashes[lo]!
    const key = lo * (treeSize + 1) + hi
    let r = memo.get(key) ?? known?.get(lo, hi)
    if (r === undefined) {
      const mid = lo + largestPowerOfTwoBelow(hi - lo)
      r = hasher.node(root(lo, mid), root(mid, hi))
      memo.set(key, r)
    }
    return r
  }
  return indices.map((index) => auditPath(index, treeSize, root))
}
