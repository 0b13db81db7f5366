/**
 * Schema migrations, an explicit ordered list (never a directory scan). The ledger tables are
 * append-only: triggers refuse UPDATE and DELETE, and require entries to arrive in sequence so
 * that INSERT OR REPLACE (which deletes without firing delete triggers) cannot rewrite a row.
 * The triggers are defence in depth; the hash chain and the signed checkpoints are the guarantee.
 */
import type {Database} from 'better-sqlite3'

export interface Migration {
  version: number
  description: string
  sql: string
}

const appendOnly = (table: string, key?: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, 'pl: ${table} is append-only'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, 'pl: ${table} is append-only'); END;
${key ? noReplace(table, key) : ''}`

/** INSERT OR REPLACE deletes the old row without firing delete triggers: refuse existing keys. */
const noReplace = (table: string, key: string) => `
CREATE TRIGGER ${table}_no_replace BEFORE INSERT ON ${table}
WHEN EXISTS (SELECT 1 FROM ${table} WHERE ${key
  .split(',')
  .map((k) => `${k.trim()} = NEW.${k.trim()}`)
  .join(' AND ')})
BEGIN SELECT RAISE(ABORT, 'pl: ${table} rows are never replaced'); END;
`

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'ledger, keys, blobs, checkpoints',
    sql: `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
${appendOnly('meta', 'key')}

CREATE TABLE entries (
  seq      INTEGER PRIMARY KEY,
  ts       INTEGER NOT NULL,
  incident TEXT    NOT NULL,
  kind     TEXT    NOT NULL,
  actor    TEXT    NOT NULL,
  key_id   TEXT    NOT NULL,
  blob     TEXT,
  nonce    BLOB    NOT NULL,
  body     BLOB    NOT NULL,
  prev     BLOB    NOT NULL,
  hash     BLOB    NOT NULL
) STRICT;
CREATE INDEX entries_incident ON entries (incident, seq);
-- Only the kinds looked up across incidents are indexed by kind: a partial index costs nothing
-- on the inserts it does not cover.
CREATE INDEX entries_lookup_kinds ON entries (kind, seq) WHERE kind IN ('incident.opened', 'key.shredded');
${appendOnly('entries')}
CREATE TRIGGER entries_in_sequence BEFORE INSERT ON entries
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM entries)
BEGIN SELECT RAISE(ABORT, 'pl: entries must be appended in sequence'); END;

-- Wrapped data keys: the one table whose rows may be deleted (crypto-shredding).
CREATE TABLE keys (
  id      TEXT PRIMARY KEY,
  nonce   BLOB    NOT NULL,
  wrapped BLOB    NOT NULL,
  created INTEGER NOT NULL
) STRICT;
CREATE TRIGGER keys_no_update BEFORE UPDATE ON keys
BEGIN SELECT RAISE(ABORT, 'pl: keys are never rewritten, only shredded'); END;
${noReplace('keys', 'id')}

CREATE TABLE blob_chunks (
  stream TEXT    NOT NULL,
  idx    INTEGER NOT NULL,
  data   BLOB    NOT NULL,
  PRIMARY KEY (stream, idx)
) STRICT, WITHOUT ROWID;
${appendOnly('blob_chunks', 'stream, idx')}

CREATE TABLE blobs (
  id      TEXT PRIMARY KEY,
  stream  TEXT    NOT NULL,
  header  BLOB    NOT NULL,
  chunks  INTEGER NOT NULL,
  size    INTEGER NOT NULL,
  created INTEGER NOT NULL
) STRICT;
${appendOnly('blobs', 'id')}

CREATE TABLE checkpoints (
  size INTEGER PRIMARY KEY,
  root BLOB    NOT NULL,
  ts   INTEGER NOT NULL,
  sig  BLOB    NOT NULL
) STRICT;
${appendOnly('checkpoints', 'size')}
`,
  },
  {
    version: 2,
    description: 'responders: author signatures, roster index, incident access grants',
    sql: `
-- One author signature per command (issue 17, ADR 0014): the responder's Ed25519 signature over
-- the store id, the seq range the command appended and the last entry's hash. Outside the chain,
-- so the chain and the tree stay as they were; a removed row leaves its entries unsigned.
CREATE TABLE signatures (
  last_seq  INTEGER PRIMARY KEY,
  first_seq INTEGER NOT NULL,
  signer    BLOB    NOT NULL,
  sig       BLOB    NOT NULL,
  ts        INTEGER NOT NULL
) STRICT;
${appendOnly('signatures', 'last_seq')}
-- The roster is read on every keyed open of a store with responders.
CREATE INDEX entries_roster ON entries (seq) WHERE kind IN ('responder.added', 'responder.revoked');

-- Who may read an incident: its access key sealed to each granted responder's X25519 key. Rows
-- are deleted when access is revoked (like wrapped keys, the one other table that deletes). The
-- data keys of an incident opened in a store with responders are wrapped under that access key,
-- named by keys.incident (NULL: wrapped under the KEK, as before).
ALTER TABLE keys ADD COLUMN incident TEXT;
CREATE TABLE grants (
  incident  TEXT    NOT NULL,
  responder TEXT    NOT NULL,
  sealed    BLOB    NOT NULL,
  created   INTEGER NOT NULL,
  PRIMARY KEY (incident, responder)
) STRICT;
CREATE TRIGGER grants_no_update BEFORE UPDATE ON grants
BEGIN SELECT RAISE(ABORT, 'pl: grants are never rewritten, only revoked'); END;
${noReplace('grants', 'incident, responder')}
`,
  },
  {
    // The C2SP note signature of each checkpoint (docs/store-format.md §11, ADR 0013): a table of
    // its own, so that an older store's latest checkpoint can be given one without a rewrite.
    version: 3,
    description: 'checkpoint note signatures',
    sql: `
CREATE TABLE checkpoint_notes (
  size INTEGER PRIMARY KEY,
  sig  BLOB    NOT NULL
) STRICT;
${appendOnly('checkpoint_notes', 'size')}
`,
  },
  {
    // Responders' cosignatures of checkpoint notes (issue 17 item 4, ADR 0014): C2SP
    // tlog-cosignature, Ed25519 (type 0x04), over the note of the checkpoint of this size.
    version: 4,
    description: 'checkpoint cosignatures',
    sql: `
CREATE TABLE cosignatures (
  size   INTEGER NOT NULL,
  signer BLOB    NOT NULL,
  ts     INTEGER NOT NULL,
  sig    BLOB    NOT NULL,
  PRIMARY KEY (size, signer)
) STRICT, WITHOUT ROWID;
${appendOnly('cosignatures', 'size, signer')}
`,
  },
]

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version

/** Applies pending migrations inside one transaction; user_version records the schema version. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', {simple: true}) as number
  const pending = MIGRATIONS.filter((m) => m.version > current)
  if (pending.length === 0) return
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql)
      db.pragma(`user_version = ${m.version}`)
    }
  }).immediate()
}
