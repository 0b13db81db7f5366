/**
 * The PostgreSQL schema: explicit ordered migrations (never a directory scan, no ORM), the same
 * tables and columns as SQLite's (src/store/schema.ts) with bytea for blobs, plus the one-row
 * `head` (size, last hash) that appends lock, and `pl_schema`, the migrations applied.
 * Append-only is enforced by triggers on UPDATE, DELETE and TRUNCATE; `keys` alone may lose rows
 * (crypto-shredding). A superuser can disable all of it: the chain and checkpoints catch that.
 */

/**
 * The advisory lock key of followers (docs/adr/0025): each holds it shared while it listens; an
 * append notifies only when it cannot take it exclusively. A bigint of pl's own ('plfollow' in ASCII).
 */
export const FOLLOW_LOCK = '8100962458479128439'

export interface PgMigration {
  version: number
  description: string
  sql: string
}

/** The tables that refuse UPDATE, DELETE and TRUNCATE. */
export const APPEND_ONLY_TABLES = ['meta', 'entries', 'blobs', 'blob_chunks', 'checkpoints'] as const

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION pl_refuse();
CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION pl_refuse();`

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    description: 'ledger, keys, blobs, checkpoints, head',
    sql: `
CREATE TABLE pl_schema (
  version INTEGER PRIMARY KEY,
  applied BIGINT  NOT NULL
);

CREATE FUNCTION pl_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'pl: % is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'P0001';
END $$;

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE entries (
  seq      BIGINT PRIMARY KEY,
  ts       BIGINT NOT NULL,
  incident TEXT   NOT NULL,
  kind     TEXT   NOT NULL,
  actor    TEXT   NOT NULL,
  key_id   TEXT   NOT NULL,
  blob     TEXT,
  nonce    BYTEA  NOT NULL,
  body     BYTEA  NOT NULL,
  prev     BYTEA  NOT NULL,
  hash     BYTEA  NOT NULL
);
CREATE INDEX entries_incident ON entries (incident, seq);
CREATE INDEX entries_lookup_kinds ON entries (kind, seq) WHERE kind IN ('incident.opened', 'key.shredded');

-- The one row appends lock (SELECT ... FOR UPDATE): the size and the last hash. Never a
-- sequence, which leaves gaps on rollback.
CREATE TABLE head (
  one  BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
  size BIGINT  NOT NULL,
  hash BYTEA   NOT NULL
);
INSERT INTO head (one, size, hash) VALUES (true, 0, decode(repeat('00', 32), 'hex'));

-- Each entry must follow the head (seq and prev) and moves it, in the inserting transaction.
CREATE FUNCTION pl_entries_in_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE head SET size = NEW.seq, hash = NEW.hash WHERE one AND size = NEW.seq - 1 AND hash = NEW.prev;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'pl: entries must be appended in sequence (entry %)', NEW.seq USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER entries_in_sequence BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION pl_entries_in_sequence();

-- Followers (pl incident timeline --follow) learn the new size, and nothing else, at commit.
CREATE FUNCTION pl_notify_size() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pl_ledger', coalesce((SELECT value FROM meta WHERE key = 'store_id'), '') || ' ' || (SELECT size FROM head));
  RETURN NULL;
END $$;
CREATE TRIGGER entries_notify AFTER INSERT ON entries FOR EACH STATEMENT EXECUTE FUNCTION pl_notify_size();

-- The head moves one entry at a time and is never deleted.
CREATE FUNCTION pl_head_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.size <> OLD.size + 1 OR NOT NEW.one THEN
    RAISE EXCEPTION 'pl: the head moves one entry at a time' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER head_moves BEFORE UPDATE OR DELETE ON head FOR EACH ROW EXECUTE FUNCTION pl_head_moves();
CREATE TRIGGER head_no_truncate BEFORE TRUNCATE ON head FOR EACH STATEMENT EXECUTE FUNCTION pl_refuse();

-- Wrapped data keys: the one table whose rows may be deleted (crypto-shredding).
CREATE TABLE keys (
  id      TEXT   PRIMARY KEY,
  nonce   BYTEA  NOT NULL,
  wrapped BYTEA  NOT NULL,
  created BIGINT NOT NULL
);
CREATE TRIGGER keys_no_update BEFORE UPDATE ON keys FOR EACH ROW EXECUTE FUNCTION pl_refuse();
CREATE TRIGGER keys_no_truncate BEFORE TRUNCATE ON keys FOR EACH STATEMENT EXECUTE FUNCTION pl_refuse();

CREATE TABLE blob_chunks (
  stream TEXT    NOT NULL,
  idx    INTEGER NOT NULL,
  data   BYTEA   NOT NULL,
  PRIMARY KEY (stream, idx)
);
-- Chunks are already encrypted: compressing them wastes time.
ALTER TABLE blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE blobs (
  id      TEXT    PRIMARY KEY,
  stream  TEXT    NOT NULL,
  header  BYTEA   NOT NULL,
  chunks  INTEGER NOT NULL,
  size    BIGINT  NOT NULL,
  created BIGINT  NOT NULL
);

CREATE TABLE checkpoints (
  size BIGINT PRIMARY KEY,
  root BYTEA  NOT NULL,
  ts   BIGINT NOT NULL,
  sig  BYTEA  NOT NULL
);
${['meta', 'entries', 'blob_chunks', 'blobs', 'checkpoints'].map(appendOnly).join('\n')}
`,
  },
  {
    version: 2,
    description: 'responders: author signatures, roster index, incident access grants',
    sql: `
-- One author signature per command's run of entries (ADR 0014), keyed by the run's last seq.
CREATE TABLE signatures (
  last_seq  BIGINT PRIMARY KEY,
  first_seq BIGINT NOT NULL,
  signer    BYTEA  NOT NULL,
  sig       BYTEA  NOT NULL,
  ts        BIGINT NOT NULL
);
${appendOnly('signatures')}
CREATE INDEX entries_roster ON entries (seq) WHERE kind IN ('responder.added', 'responder.revoked');

-- NULL: the data key is wrapped under the store's KEK; else under that incident's access key.
ALTER TABLE keys ADD COLUMN incident TEXT;

-- An incident's access key sealed to each granted responder: rows are deleted on revoke-access,
-- never rewritten.
CREATE TABLE grants (
  incident  TEXT   NOT NULL,
  responder TEXT   NOT NULL,
  sealed    BYTEA  NOT NULL,
  created   BIGINT NOT NULL,
  PRIMARY KEY (incident, responder)
);
CREATE TRIGGER grants_no_update BEFORE UPDATE ON grants FOR EACH ROW EXECUTE FUNCTION pl_refuse();
CREATE TRIGGER grants_no_truncate BEFORE TRUNCATE ON grants FOR EACH STATEMENT EXECUTE FUNCTION pl_refuse();
`,
  },
  {
    version: 3,
    description: 'checkpoint note signatures',
    sql: `
-- The C2SP note signature of each checkpoint (docs/store-format.md §11, ADR 0013).
CREATE TABLE checkpoint_notes (
  size BIGINT PRIMARY KEY,
  sig  BYTEA  NOT NULL
);
${appendOnly('checkpoint_notes')}
`,
  },
  {
    version: 4,
    description: 'checkpoint cosignatures',
    sql: `
-- Responders' cosignatures of checkpoint notes (C2SP tlog-cosignature, Ed25519; ADR 0014).
CREATE TABLE cosignatures (
  size   BIGINT NOT NULL,
  signer BYTEA  NOT NULL,
  ts     BIGINT NOT NULL,
  sig    BYTEA  NOT NULL,
  PRIMARY KEY (size, signer)
);
${appendOnly('cosignatures')}
`,
  },
  {
    version: 5,
    description: 'NOTIFY only while someone follows',
    sql: `
-- An append NOTIFYs only when a follower holds the shared advisory lock FOLLOW_LOCK (pl incident
-- timeline --follow takes it after LISTEN, then reads what is new; docs/adr/0025): an append that
-- takes the lock exclusively, to the end of its transaction, has nobody to tell. Before, every
-- append paid for the notification inside the head lock.
CREATE OR REPLACE FUNCTION pl_notify_size() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(${FOLLOW_LOCK}) THEN
    PERFORM pg_notify('pl_ledger', coalesce((SELECT value FROM meta WHERE key = 'store_id'), '') || ' ' || (SELECT size FROM head));
  END IF;
  RETURN NULL;
END $$;
`,
  },
]

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version

/** The triggers verification requires on PostgreSQL (disabled or dropped ones are reported). */
export const PG_REQUIRED_TRIGGERS = [
  'entries_in_sequence',
  ...APPEND_ONLY_TABLES.flatMap((t) => [`${t}_no_update`, `${t}_no_truncate`]),
  'keys_no_update',
  'keys_no_truncate',
  'head_moves',
  'signatures_no_update',
  'signatures_no_truncate',
  'grants_no_update',
  'grants_no_truncate',
  'checkpoint_notes_no_update',
  'checkpoint_notes_no_truncate',
  'cosignatures_no_update',
  'cosignatures_no_truncate',
]

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain role name: ${name}`)
  return name
}

/**
 * The two roles a team needs: a writer (INSERT and SELECT; DELETE only on the wrapped keys, for
 * crypto-shredding; UPDATE only on the head, which the append lock needs) and an auditor (SELECT
 * only). Group roles without login: the database's owner grants them to people's login roles.
 */
export function rolesSql(roles: {writer: string; auditor: string}, schema = 'public'): string {
  const w = ident(roles.writer)
  const a = ident(roles.auditor)
  const s = ident(schema)
  const tables = ['meta', 'entries', 'keys', 'blob_chunks', 'blobs', 'checkpoints', 'head', 'pl_schema', 'signatures', 'grants', 'checkpoint_notes', 'cosignatures']
  return `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${w}') THEN CREATE ROLE ${w} NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${a}') THEN CREATE ROLE ${a} NOLOGIN; END IF;
END $$;
GRANT USAGE ON SCHEMA ${s} TO ${w}, ${a};
GRANT SELECT ON ${tables.map((t) => `${s}.${t}`).join(', ')} TO ${w}, ${a};
GRANT INSERT ON ${['meta', 'entries', 'keys', 'blob_chunks', 'blobs', 'checkpoints', 'signatures', 'grants', 'checkpoint_notes', 'cosignatures'].map((t) => `${s}.${t}`).join(', ')} TO ${w};
GRANT DELETE ON ${s}.keys, ${s}.grants TO ${w};
GRANT UPDATE ON ${s}.head TO ${w};
`
}
