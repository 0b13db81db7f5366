/**
 * What every ledger entry kind defines: the guard of its body and its one-line timeline summary.
 * The registry (./index.ts) holds one per kind, typed by kind, so a kind without them does not compile.
 */
import type {EntryBodies, KnownKind, LedgerEntry} from '../entry.js'
import type {PhaseMark} from '../marks.js'
import type {Guard} from './check.js'
import type {KeyShreddedBody} from './key-shredded.js'

/** What a summary may need besides its own entry: other entries of the incident, already read. */
export interface SummaryContext {
  /** The earliest readable `key.shredded` body that names this data key. */
  shredOfKey(keyId: string): KeyShreddedBody | undefined
  /** The mark an entry places on the timeline, linked to the marks of its phase it corrects and that correct it. */
  placedMark(seq: number): PhaseMark | undefined
  /** The evidence id (EV-<n>) of the item at this entry, when it is one (ADR 0016). */
  evidenceIdOf(seq: number): string | undefined
  /** An evidence id as recorded inside the entry `recordSeq`, as it is shown now (ADR 0016). */
  shownId(recorded: string, recordSeq: number): string
}

export interface KindSpec<K extends KnownKind> {
  /** Accepts every body pl writes or wrote for this kind: a field a reader can do without may be absent. */
  guard: Guard<EntryBodies[K]>
  /** One line for the timeline, never evidence content; the body has passed the guard (or is null: shredded). */
  summary(entry: LedgerEntry<K>, context: SummaryContext): string
}
