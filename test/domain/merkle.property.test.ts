import assert from 'node:assert/strict'
import {describe, test} from 'node:test'

import fc from 'fast-check'

import {toHex} from '../../src/domain/bytes.js'
import type {VerifyResult} from '../../src/domain/merkle.js'
import {
  MerkleFrontier,
  consistencyProof,
  emptyRoot,
  inclusionProof,
  leafHash,
  rootFromLeafHashes,
  verifyConsistency,
  verifyInclusion,
} from '../../src/domain/merkle.js'

const MAX_LEAVES = 300

// Distinct leaves, so that a mutated claim can never be true by coincidence of equal leaves.
function leavesFor(salt: number, count = MAX_LEAVES): Uint8Array[] {
  return Array.from({length: count}, (_, i) => {
    const data = new Uint8Array(8)
    const view = new DataView(data.buffer)
    view.setUint32(0, salt)
    view.setUint32(4, i)
    return leafHash(data)
  })
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const copy = bytes.slice()
  const at = (bit >> 3) % copy.length
  copy[at] = (copy[at] as number) ^ (1 << (bit & 7))
  return copy
}

// Rejected either as a `{ok: false}` answer or, for sizes no proof could satisfy, a RangeError.
function rejected(verify: () => VerifyResult): boolean {
  try {
    return !verify().ok
  } catch (error) {
    if (error instanceof RangeError) return true
    throw error
  }
}

// A tree size in 1..MAX_LEAVES and a position below it, drawn together so no run is discarded.
const sizeAndBelow = fc
  .integer({min: 1, max: MAX_LEAVES})
  .chain((size) => fc.record({size: fc.constant(size), below: fc.integer({min: 0, max: size - 1})}))

describe('Merkle proofs (property-based)', () => {
  test('a generated inclusion proof verifies, and every mutation of it is rejected', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        sizeAndBelow,
        fc.array(fc.nat(255), {minLength: 16, maxLength: 16}),
        fc.integer({min: 0, max: MAX_LEAVES}),
        fc.integer({min: 1, max: MAX_LEAVES}),
        (salt, {size, below: index}, bits, otherIndex, otherSize) => {
          const leaves = leavesFor(salt)
          const leaf = leaves[index] as Uint8Array
          const root = rootFromLeafHashes(leaves.slice(0, size))
          const proof = inclusionProof(leaves, index, size)
          assert.deepEqual(verifyInclusion(index, size, leaf, proof, root), {ok: true})

          const bit = (k: number): number => bits[k % bits.length] as number
          for (const [k, element] of proof.entries()) {
            const mutated = proof.with(k, flipBit(element, bit(k)))
            assert.ok(rejected(() => verifyInclusion(index, size, leaf, mutated, root)), `bit flip in proof[${k}]`)
          }
          assert.ok(rejected(() => verifyInclusion(index, size, leaf, proof, flipBit(root, bit(0)))), 'bit flip in root')
          assert.ok(rejected(() => verifyInclusion(index, size, flipBit(leaf, bit(1)), proof, root)), 'bit flip in leaf')
          if (proof.length > 0) {
            assert.ok(rejected(() => verifyInclusion(index, size, leaf, proof.slice(1), root)), 'first element removed')
          }
          assert.ok(rejected(() => verifyInclusion(index, size, leaf, [...proof, root], root)), 'element appended')
          if (otherIndex !== index) {
            assert.ok(rejected(() => verifyInclusion(otherIndex, size, leaf, proof, root)), `index ${otherIndex}`)
          }
          // Another size is checked against that size's own root: a checkpoint signs size and root
          // together. Keeping the old root would not do, since RFC 9162 paths of some sizes have the
          // same shape (leaf 0's path in a tree of 4 also verifies as a tree of 3 to the same root).
          if (otherSize !== size) {
            const otherRoot = rootFromLeafHashes(leaves.slice(0, otherSize))
            assert.ok(rejected(() => verifyInclusion(index, otherSize, leaf, proof, otherRoot)), `size ${otherSize}`)
          }
        },
      ),
      {numRuns: 200},
    )
  })

  test('a generated consistency proof verifies, and every mutation of it is rejected', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        sizeAndBelow,
        fc.array(fc.nat(255), {minLength: 16, maxLength: 16}),
        fc.integer({min: 0, max: MAX_LEAVES}),
        fc.integer({min: 0, max: MAX_LEAVES}),
        (salt, {size: size2, below}, bits, otherSize1, otherSize2) => {
          const size1 = below + 1
          const leaves = leavesFor(salt)
          const rootOf = (size: number): Uint8Array => rootFromLeafHashes(leaves.slice(0, size))
          const root1 = rootOf(size1)
          const root2 = rootOf(size2)
          const proof = consistencyProof(leaves, size1, size2)
          assert.deepEqual(verifyConsistency(size1, size2, proof, root1, root2), {ok: true})

          const bit = (k: number): number => bits[k % bits.length] as number
          for (const [k, element] of proof.entries()) {
            const mutated = proof.with(k, flipBit(element, bit(k)))
            assert.ok(rejected(() => verifyConsistency(size1, size2, mutated, root1, root2)), `bit flip in proof[${k}]`)
          }
          assert.ok(rejected(() => verifyConsistency(size1, size2, proof, flipBit(root1, bit(0)), root2)), 'bit flip in root1')
          assert.ok(rejected(() => verifyConsistency(size1, size2, proof, root1, flipBit(root2, bit(1)))), 'bit flip in root2')
          assert.ok(rejected(() => verifyConsistency(size1, size2, [...proof, root2], root1, root2)), 'element appended')
          if (proof.length > 0) {
            assert.ok(rejected(() => verifyConsistency(size1, size2, proof.slice(1), root1, root2)), 'first element removed')
          }
          // As for inclusion, a changed size comes with the root of that size.
          if (otherSize1 !== size1) {
            const claim = (): VerifyResult => verifyConsistency(otherSize1, size2, proof, rootOf(otherSize1), root2)
            assert.ok(rejected(claim), `size1 ${otherSize1}`)
          }
          if (otherSize2 !== size2) {
            const claim = (): VerifyResult => verifyConsistency(size1, otherSize2, proof, root1, rootOf(otherSize2))
            assert.ok(rejected(claim), `size2 ${otherSize2}`)
          }
        },
      ),
      {numRuns: 200},
    )
  })
})

describe('MerkleFrontier (property-based)', () => {
  // size 'max' so that lengths really spread up to MAX_LEAVES rather than fast-check's small default.
  const leafData = fc.array(fc.uint8Array({maxLength: 40}), {maxLength: MAX_LEAVES, size: 'max'})

  test('its root equals rootFromLeafHashes at every size', () => {
    fc.assert(
      fc.property(leafData, (data) => {
        const leaves = data.map(leafHash)
        const frontier = new MerkleFrontier()
        assert.equal(toHex(frontier.root()), toHex(emptyRoot()))
        for (const [i, leaf] of leaves.entries()) {
          frontier.append(leaf)
          assert.equal(toHex(frontier.root()), toHex(rootFromLeafHashes(leaves.slice(0, i + 1))), `size ${i + 1}`)
        }
      }),
      // Each run recomputes the root of every prefix (quadratic), so fewer runs of full length.
      {numRuns: 15},
    )
  })

  test('survives a JSON round trip and grows on exactly as the original does', () => {
    fc.assert(
      fc.property(leafData, fc.nat(), (data, cut) => {
        const leaves = data.map(leafHash)
        const at = leaves.length === 0 ? 0 : cut % (leaves.length + 1)
        const original = new MerkleFrontier()
        for (const leaf of leaves.slice(0, at)) original.append(leaf)
        const restored = MerkleFrontier.fromJSON(JSON.parse(JSON.stringify(original)))
        assert.deepEqual(restored.toJSON(), original.toJSON())
        for (const leaf of leaves.slice(at)) {
          original.append(leaf)
          restored.append(leaf)
        }
        assert.equal(restored.size, leaves.length)
        assert.equal(toHex(restored.root()), toHex(original.root()))
        assert.equal(toHex(restored.root()), toHex(rootFromLeafHashes(leaves)))
      }),
      {numRuns: 100},
    )
  })
})
