#!/usr/bin/env python3
"""Independent verifier of a pl evidence store, written from docs/store-format.md alone.

    python3 verify_store.py STORE [--checkpoint FILE] [--public-key HEX|VKEY]
    python3 verify_store.py --self-test

Standard library only: sqlite3, hashlib, and Ed25519 verification written here from RFC 8032
(slow, fine for stores with a few hundred checkpoints). Needs no key. Prints a JSON report and
exits 0 (verified), 10 (tampered or corrupt), 11 (only unsealed entries), like
`pl evidence verify`; 2 for usage errors, 3 for an unreadable checkpoint file, 4 when the store is
missing or is not a readable format-1 store (spec §14).
"""

import argparse
import base64
import binascii
import hashlib
import json
import re
import sqlite3
import sys
from pathlib import Path

EXIT_OK, EXIT_TAMPERED, EXIT_UNSEALED = 0, 10, 11
EXIT_USAGE, EXIT_NOT_FOUND, EXIT_NOT_A_STORE = 2, 3, 4

FORMAT = 1
# Schema 2 adds the responders' tables (store-format.md §17), which this verifier does not check,
# schema 3 the checkpoint note signatures, which it does, and schema 4 the responders' cosignatures,
# whose triggers it checks (not the signatures): the chain, tree, checkpoints and
# blobs of §2–§14 are the same in all.
SCHEMAS = (1, 2, 3, 4)
ENTRY_TAG = b"pl-entry-v1\x00"
ZERO_HASH = bytes(32)
MAX_SAFE = 2**53 - 1
CHUNK = 1024 * 1024
STREAM_ABYTES = 17
STREAM_HEADER = 24
NONCE_BYTES = 24
TAG_BYTES = 16
REQUIRED_TRIGGERS = (
    "entries_no_update",
    "entries_no_delete",
    "entries_in_sequence",
    "checkpoints_no_update",
    "checkpoints_no_delete",
)
NOTE_TRIGGERS = ("checkpoint_notes_no_update", "checkpoint_notes_no_delete")
COSIGNATURE_TRIGGERS = ("cosignatures_no_update", "cosignatures_no_delete")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
META_STATEMENT_KEYS = ("format", "store_id", "created", "kdf", "kek_check", "sign_public_key")
ORIGIN_PREFIX = "pl-evidence/"


class Fatal(Exception):
    """Not a verification result: the inputs cannot be read (exit 2, 3 or 4)."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


# --- Ed25519 verification (RFC 8032 §5.1) -------------------------------------------------------

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


_GY = 4 * pow(5, P - 2, P) % P
_GX = _recover_x(_GY, 0)
BASE = (_GX, _GY, 1, _GX * _GY % P)
IDENTITY = (0, 1, 1, 0)


def _add(a, b):
    # Extended homogeneous coordinates, RFC 8032 §5.1.4.
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    aa = (y1 - x1) * (y2 - x2) % P
    bb = (y1 + x1) * (y2 + x2) % P
    cc = 2 * t1 * t2 * D % P
    dd = 2 * z1 * z2 % P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(scalar, point):
    result = IDENTITY
    while scalar > 0:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def _compress(point):
    x, y, z, _ = point
    zinv = pow(z, P - 2, P)
    x, y = x * zinv % P, y * zinv % P
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def _decompress(data):
    if len(data) != 32:
        return None
    y = int.from_bytes(data, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % P)


def ed25519_verify(public_key, message, signature):
    """Cofactorless RFC 8032 §5.1.7 check, comparing the encoding of [S]B - [k]A with R."""
    if len(public_key) != 32 or len(signature) != 64:
        return False
    a = _decompress(public_key)
    if a is None:
        return False
    r_bytes, s = signature[:32], int.from_bytes(signature[32:], "little")
    if s >= L:
        return False
    k = int.from_bytes(hashlib.sha512(r_bytes + public_key + message).digest(), "little") % L
    minus_a = ((P - a[0]) % P, a[1], a[2], (P - a[3]) % P)
    return _compress(_add(_mul(s, BASE), _mul(k, minus_a))) == r_bytes


# --- Encodings (spec §4, §5, §10) ---------------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def canonical_string(s):
    out = ['"']
    for ch in s:
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical_value(v):
    # Only what a header holds: null, integers and strings.
    if v is None:
        return "null"
    if isinstance(v, bool):
        raise TypeError("booleans do not occur in headers")
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return canonical_string(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical_value(x) for x in v) + "]"
    if isinstance(v, dict):
        # Keys sorted by UTF-16 code units (§4).
        keys = sorted(v, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(canonical_string(k) + ":" + canonical_value(v[k]) for k in keys) + "}"
    raise TypeError("unsupported type %s" % type(v).__name__)


def encode_header(seq, ts, incident, kind, actor, key_id, blob):
    return canonical_value([FORMAT, seq, ts, incident, kind, actor, key_id, blob]).encode("utf-8")


def entry_hash(prev, header, nonce, body):
    return hashlib.sha256(ENTRY_TAG + prev + len(header).to_bytes(4, "big") + header + nonce + body).digest()


def checkpoint_message(store_id, size, root, ts):
    return ("pl-checkpoint v1\n%s\n%d\n%s\n%d\n" % (store_id, size, root.hex(), ts)).encode("utf-8")


# --- Checkpoint notes (spec §11: c2sp.org/signed-note, c2sp.org/tlog-checkpoint) and the meta statement (§3)


def note_text(origin, size, root):
    return "%s\n%d\n%s\n" % (origin, size, base64.b64encode(root).decode("ascii"))


def note_key_id(name, public_key):
    return hashlib.sha256(name.encode("utf-8") + b"\n" + b"\x01" + public_key).digest()[:4]


def parse_verifier_key(vkey):
    """name+hash+base64(0x01 || key) -> (name, public key), or None."""
    name, _, rest = vkey.partition("+")
    hash16, _, key64 = rest.partition("+")
    key = decode_b64(key64)
    if not name or not re.match(r"^[0-9a-f]{8}$", hash16) or len(key) != 33 or key[0] != 1:
        return None
    if note_key_id(name, key[1:]).hex() != hash16:
        return None
    return name, key[1:]


def parse_note(text):
    """A tlog-checkpoint note as a dict, or None when it is not one."""
    if any(ord(ch) < 0x20 and ch != "\n" for ch in text):
        return None
    split = text.rfind("\n\n")
    if split < 0:
        return None
    body, sig_block = text[: split + 1], text[split + 2 :]
    if not sig_block.endswith("\n"):
        return None
    signatures = []
    for line in sig_block[:-1].split("\n"):
        if not line.startswith("\u2014 "):
            return None
        name, _, b64 = line[2:].partition(" ")
        blob = decode_b64(b64)
        if not name or len(blob) < 5:
            return None
        signatures.append({"name": name, "keyId": blob[:4], "sig": blob[4:]})
    lines = body[:-1].split("\n")
    if len(lines) != 3 or not lines[0] or not re.match(r"^(0|[1-9][0-9]*)$", lines[1]):
        return None
    root = decode_b64(lines[2])
    if len(root) != 32 or int(lines[1]) > MAX_SAFE:
        return None
    return {"format": "tlog-checkpoint", "text": body, "origin": lines[0], "size": int(lines[1]), "root": root.hex(), "signatures": signatures}


def note_signed_by(note, name, public_key):
    mine = [s for s in note["signatures"] if s["name"] == name and s["keyId"] == note_key_id(name, public_key)]
    return bool(mine) and all(ed25519_verify(public_key, note["text"].encode("utf-8"), s["sig"]) for s in mine)


def meta_statement_message(values):
    return ("pl-meta v1\n%s\n" % canonical_value(values)).encode("utf-8")


# --- Merkle tree (spec §9) ----------------------------------------------------------------------

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(entry_hash_bytes):
    return hashlib.sha256(b"\x00" + entry_hash_bytes).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


class Frontier:
    """Roots of the perfect subtrees of the current size, largest first."""

    def __init__(self):
        self.size = 0
        self.roots = []

    def append(self, leaf):
        merged = leaf
        s = self.size
        while s & 1:
            merged = node_hash(self.roots.pop(), merged)
            s >>= 1
        self.roots.append(merged)
        self.size += 1

    def root(self):
        if not self.roots:
            return EMPTY_ROOT
        r = self.roots[-1]
        for left in reversed(self.roots[:-1]):
            r = node_hash(left, r)
        return r


# --- Reading the store ---------------------------------------------------------------------------


def open_store(path):
    p = Path(path)
    if not p.is_file():
        raise Fatal(EXIT_NOT_A_STORE, "no evidence store file at %s" % path)
    try:
        db = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True)
        db.text_factory = bytes
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise Fatal(EXIT_NOT_A_STORE, "%s is not a readable SQLite database: %s" % (path, error))
    return db


def read_meta(db):
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        rows = db.execute("SELECT key, value FROM meta").fetchall()
    except sqlite3.Error as error:
        raise Fatal(EXIT_NOT_A_STORE, "not an evidence store: %s" % error)
    if version not in SCHEMAS:
        raise Fatal(EXIT_NOT_A_STORE, "schema version %d, this verifier reads %s" % (version, " and ".join(map(str, SCHEMAS))))
    meta = {}
    for key, value in rows:
        try:
            meta[key.decode("utf-8")] = value.decode("utf-8")
        except (AttributeError, UnicodeDecodeError):
            raise Fatal(EXIT_NOT_A_STORE, "the meta table holds a value that is not UTF-8 text")
    for key in ("format", "store_id", "sign_public_key"):
        if key not in meta:
            raise Fatal(EXIT_NOT_A_STORE, 'not an initialised evidence store (meta "%s" missing)' % key)
    if meta["format"] != str(FORMAT):
        raise Fatal(EXIT_NOT_A_STORE, "store format %s, this verifier reads %d" % (meta["format"], FORMAT))
    if not HEX64.match(meta["sign_public_key"]):
        raise Fatal(EXIT_NOT_A_STORE, "meta sign_public_key is not 64 hex digits")
    meta["#schema"] = version
    return meta


def read_checkpoint_file(path):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise Fatal(EXIT_NOT_FOUND, "cannot read the checkpoint file %s: %s" % (path, error))
    if not text.lstrip().startswith("{"):
        note = parse_note(text)
        if note is None:
            raise Fatal(EXIT_USAGE, "%s is not a checkpoint note" % path)
        return note
    try:
        c = json.loads(text)
    except ValueError:
        raise Fatal(EXIT_USAGE, "the checkpoint file %s is not JSON" % path)

    def is_int(v):
        return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_SAFE

    ok = (
        isinstance(c, dict)
        and c.get("format") == "pl-checkpoint/1"
        and isinstance(c.get("storeId"), str)
        and is_int(c.get("size"))
        and isinstance(c.get("root"), str)
        and HEX64.match(c["root"]) is not None
        and is_int(c.get("ts"))
        and isinstance(c.get("publicKey"), str)
        and HEX64.match(c["publicKey"]) is not None
        and isinstance(c.get("signature"), str)
    )
    if not ok:
        raise Fatal(EXIT_USAGE, "%s is not a pl-checkpoint/1 file" % path)
    return c


def decode_b64(text):
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""


def text_or_none(raw):
    """A TEXT column as str, or None when it is not valid UTF-8 (spec §5)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def check_blob(db, blob_id):
    """The problem with an entry's blob (spec §8, §14 step 5.4), or None."""
    row = db.execute("SELECT stream, header, chunks, size FROM blobs WHERE id = ?", (blob_id,)).fetchone()
    if row is None:
        return "its blob %s… is missing." % blob_id[:16]
    stream, header, chunks, size = row
    # Bound as TEXT: a bytes parameter would be a BLOB and match no TEXT key.
    stream = stream.decode("utf-8", "replace")
    if not isinstance(header, bytes) or len(header) != STREAM_HEADER:
        return "its blob's stream header is not %d bytes." % STREAM_HEADER
    address = hashlib.sha256(header)
    lengths = []
    for idx, data in db.execute("SELECT idx, data FROM blob_chunks WHERE stream = ? ORDER BY idx", (stream,)):
        if idx != len(lengths):
            return "blob chunk %d is missing." % len(lengths)
        address.update(data)
        lengths.append(len(data))
    if len(lengths) != chunks:
        return "its blob has %d chunks, %d were written." % (len(lengths), chunks)
    if chunks != max(1, -(-size // CHUNK)):
        return "its blob records %d chunks for %d bytes." % (chunks, size)
    if any(n != CHUNK + STREAM_ABYTES for n in lengths[:-1]) or not STREAM_ABYTES <= lengths[-1] <= CHUNK + STREAM_ABYTES:
        return "its blob's chunk lengths are not those of 1 MiB pieces (bytes were moved between chunks)."
    if sum(n - STREAM_ABYTES for n in lengths) != size:
        return "its blob's chunks hold %d bytes, %d were recorded." % (sum(n - STREAM_ABYTES for n in lengths), size)
    if address.hexdigest() != blob_id:
        return "its blob content does not match its content address (altered)."
    return None


# --- Verification (spec §14) ---------------------------------------------------------------------


# pl's seqs are JavaScript integers: never above 2^53 - 1 (docs/store-format.md §14, step 5.1).
MAX_SAFE_INTEGER = 2**53 - 1


def verify(store_path, external=None, pinned_key=None):
    db = open_store(store_path)
    try:
        return _verify(db, external, pinned_key)
    except sqlite3.Error as error:
        raise Fatal(EXIT_NOT_A_STORE, "cannot read the store: %s" % error)
    finally:
        db.close()


def _verify(db, external, pinned_key=None):
    meta = read_meta(db)
    store_id = meta["store_id"]
    stored_key = bytes.fromhex(meta["sign_public_key"])
    problems = []
    warnings = []

    def problem(code, message, seq=None, checkpoint_size=None):
        p = {"code": code, "message": message}
        if seq is not None:
            p["seq"] = seq
        if checkpoint_size is not None:
            p["checkpointSize"] = checkpoint_size
        problems.append(p)

    # Step 1: a pinned key, when given, is the one checkpoints must verify under. Without one, a
    # JSON checkpoint file of this store whose signature holds under its own key pins that key.
    if (
        pinned_key is None
        and external is not None
        and external["format"] == "pl-checkpoint/1"
        and external["storeId"] == store_id
        and ed25519_verify(
            bytes.fromhex(external["publicKey"]),
            checkpoint_message(external["storeId"], external["size"], bytes.fromhex(external["root"]), external["ts"]),
            decode_b64(external["signature"]),
        )
    ):
        file_key = bytes.fromhex(external["publicKey"])
        stored = list(db.execute("SELECT size, root, ts, sig FROM checkpoints ORDER BY size"))
        under_file = sum(1 for size, root, ts, sig in stored if ed25519_verify(file_key, checkpoint_message(store_id, size, root, ts), sig))
        under_store = sum(1 for size, root, ts, sig in stored if ed25519_verify(stored_key, checkpoint_message(store_id, size, root, ts), sig))
        if file_key != stored_key and under_file == 0 and under_store == len(stored):
            # Which side is honest cannot be told: one public-key problem, no checkpoint blamed.
            problem("public-key", "The store's key differs from the given checkpoint file's, and every stored checkpoint is signed by the store's key.")
        else:
            pinned_key = file_key
    public_key = stored_key
    if pinned_key is not None:
        if pinned_key != stored_key:
            problem("public-key", "The store's public key %s differs from the pinned key %s." % (stored_key.hex(), pinned_key.hex()))
        public_key = pinned_key

    # Step 2: the append-only triggers.
    triggers = {r[0].decode("utf-8", "replace") for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    tables = {r[0].decode("utf-8", "replace") for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    schema2 = meta["#schema"] >= 3
    schema4 = meta["#schema"] >= 4
    if schema2 and "checkpoint_notes" not in tables:
        problem("schema", "The table checkpoint_notes was dropped.")
    elif schema4 and "cosignatures" not in tables:
        problem("schema", "The table cosignatures was dropped.")
    else:
        missing = [t for t in REQUIRED_TRIGGERS + (NOTE_TRIGGERS if schema2 else ()) + (COSIGNATURE_TRIGGERS if schema4 else ()) if t not in triggers]
        if missing:
            problem("schema", "Append-only triggers were removed: %s." % ", ".join(missing))

    # Step 3: every stored checkpoint's signature.
    checkpoints = [
        {"size": size, "root": root, "ts": ts, "sig": sig}
        for size, root, ts, sig in db.execute("SELECT size, root, ts, sig FROM checkpoints ORDER BY size")
    ]
    by_size = {}
    for c in checkpoints:
        by_size.setdefault(c["size"], []).append(c)
        c["authentic"] = ed25519_verify(public_key, checkpoint_message(store_id, c["size"], c["root"], c["ts"]), c["sig"])
        if not c["authentic"]:
            problem("checkpoint-signature", "Checkpoint at size %d: the signature does not verify." % c["size"], checkpoint_size=c["size"])

    n, max_seq = db.execute("SELECT count(*), coalesce(max(seq), 0) FROM entries").fetchone()

    # Step 3b: the note signature stored beside each checkpoint (schema 3).
    origin = ORIGIN_PREFIX + store_id
    notes = list(db.execute("SELECT size, sig FROM checkpoint_notes ORDER BY size")) if "checkpoint_notes" in tables else []
    for size, sig in notes:
        c = (by_size.get(size) or [None])[0]
        if c is None and size > max_seq:
            problem("truncated", "A checkpoint note was signed at size %d but the last entry is %d." % (size, max_seq), seq=max_seq + 1, checkpoint_size=size)
        elif c is None:
            problem("checkpoint-signature", "A checkpoint note was signed at size %d, but that checkpoint is gone." % size, checkpoint_size=size)
        elif c["authentic"] and not ed25519_verify(public_key, note_text(origin, size, c["root"]).encode("utf-8"), sig):
            problem("checkpoint-signature", "Checkpoint at size %d: its note signature does not verify." % size, checkpoint_size=size)

    # Step 3c: the signed meta statement.
    statement = meta.get("meta_statement")
    if statement is None:
        if notes or (external is not None and external["format"] == "tlog-checkpoint"):
            problem("meta", "The signed meta statement is gone although checkpoint notes exist.")
        else:
            warnings.append("This store has no signed meta statement yet.")
    else:
        try:
            parsed = json.loads(statement)
            values, sig = parsed["values"], base64.b64decode(parsed["sig"], validate=True)
            well_formed = (
                isinstance(values, dict)
                and sorted(values) == sorted(META_STATEMENT_KEYS)
                and all(isinstance(values[k], str) for k in values)
                and len(sig) == 64
                and sorted(parsed) == ["sig", "values"]
            )
        except (ValueError, KeyError, TypeError, binascii.Error):
            well_formed = False
        if not well_formed:
            problem("meta", "The signed meta statement is malformed.")
        else:
            changed = [k for k in META_STATEMENT_KEYS if meta.get(k) != values[k]]
            if not ed25519_verify(public_key, meta_statement_message(values), sig):
                problem("meta", "The signed meta statement does not verify (changed: %s)." % ", ".join(changed))
            elif changed:
                problem("meta", "Meta values changed since they were signed: %s." % ", ".join(changed))
    external_root_mismatch = False
    # A given checkpoint's root is compared only when its signature holds (a note: under the key of
    # step 1, for this store's origin; a JSON file: under its own key).
    external_authentic = False
    if external is not None and external["format"] == "tlog-checkpoint":
        external_authentic = external["origin"] == origin and note_signed_by(external, origin, public_key)
    elif external is not None:
        external_authentic = ed25519_verify(
            bytes.fromhex(external["publicKey"]),
            checkpoint_message(external["storeId"], external["size"], bytes.fromhex(external["root"]), external["ts"]),
            decode_b64(external["signature"]),
        )
    # Step 5.5: the largest authentic signed size whose root still matches, and the entry after it
    # once an authentic root fails.
    last_good = 0
    first_root_failure = None

    frontier = Frontier()

    def check_roots(size):
        nonlocal external_root_mismatch, last_good, first_root_failure
        root = frontier.root()
        for c in by_size.get(size, []):
            if root != c["root"]:
                problem("checkpoint-root", "Checkpoint at size %d: entries 1..%d no longer hash to its signed root." % (size, size), checkpoint_size=size)
                if c["authentic"] and first_root_failure is None:
                    first_root_failure = last_good + 1
            elif c["authentic"] and first_root_failure is None:
                last_good = size
        if external_authentic and external["size"] == size and root.hex() != external["root"]:
            external_root_mismatch = True
            problem("external-checkpoint", "The given checkpoint (size %d) is not consistent with this store." % size, checkpoint_size=size)

    # Step 4: checkpoints of the empty tree.
    if 0 in by_size or (external is not None and external["size"] == 0):
        check_roots(0)

    # Step 5: the walk.
    expected = 1
    prev_stored = ZERO_HASH
    blobs_checked = 0
    rows = db.execute("SELECT seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, hash FROM entries ORDER BY seq")
    for seq, ts, incident, kind, actor, key_id, blob, nonce, body, prev, stored_hash in rows:
        if seq < 1:
            problem("sequence", "A row with seq %d exists: pl numbers entries from 1." % seq, seq=seq)
            continue
        if seq > MAX_SAFE_INTEGER:
            problem("sequence", "A row with seq %d exists: beyond any seq pl writes." % seq, seq=expected)
            continue
        if seq != expected:
            problem("sequence", "Entry %d is missing (the next entry found is %d): entries were deleted." % (expected, seq), seq=expected)
        texts = [text_or_none(v) for v in (incident, kind, actor, key_id)]
        blob_text = None if blob is None else text_or_none(blob)
        well_formed = (
            None not in texts
            and (blob is None or blob_text is not None)
            and all(isinstance(v, bytes) for v in (nonce, body, prev, stored_hash))
            and len(nonce) == NONCE_BYTES
            and len(body) >= TAG_BYTES
            and len(prev) == 32
            and len(stored_hash) == 32
            and seq <= MAX_SAFE
            and 0 <= ts <= MAX_SAFE
        )
        if not well_formed or entry_hash(prev, encode_header(seq, ts, *texts, blob_text), nonce, body) != stored_hash:
            problem("entry-altered", "Entry %d: its hash does not match its header, nonce, body or prev (altered)." % seq, seq=seq)
        elif prev != prev_stored:
            if seq > 1:
                problem("chain-broken", "Entry %d does not match the hash entry %d chains to (rewritten)." % (seq - 1, seq), seq=seq - 1)
            else:
                problem("chain-broken", "Entry 1 must chain to 32 zero bytes.", seq=seq)
        if blob is not None:
            blobs_checked += 1
            trouble = check_blob(db, blob.decode("utf-8", "replace"))
            if trouble:
                problem("blob", "Entry %d: %s" % (seq, trouble), seq=seq)
        prev_stored = stored_hash
        frontier.append(leaf_hash(stored_hash))
        check_roots(seq)
        expected = seq + 1

    # Step 6: truncation against the stored checkpoints.
    for c in checkpoints:
        if c["size"] > max_seq:
            problem("truncated", "Checkpoint at size %d but the last entry is %d." % (c["size"], max_seq), seq=max_seq + 1, checkpoint_size=c["size"])

    # Step 7: the checkpoint kept elsewhere.
    external_result = None
    if external is not None and external["format"] == "tlog-checkpoint":
        consistent = not external_root_mismatch
        if external["origin"] != origin:
            consistent = False
            problem("external-checkpoint", "The given checkpoint note is for another log than this store's.")
        else:
            if not note_signed_by(external, origin, public_key):
                consistent = False
                problem("external-checkpoint", "The given checkpoint note is not signed by this store's key (altered, forged, or the key was replaced).")
        if external["size"] > max_seq:
            consistent = False
            problem("truncated", "The given checkpoint covers %d entries but the last entry is %d." % (external["size"], max_seq), seq=max_seq + 1, checkpoint_size=external["size"])
        external_result = {"size": external["size"], "consistent": consistent}
    elif external is not None:
        consistent = not external_root_mismatch
        message = checkpoint_message(external["storeId"], external["size"], bytes.fromhex(external["root"]), external["ts"])
        if not ed25519_verify(bytes.fromhex(external["publicKey"]), message, decode_b64(external["signature"])):
            consistent = False
            problem("external-checkpoint", "The given checkpoint file has an invalid signature (forged or altered).")
        if external["publicKey"] != meta["sign_public_key"] or external["storeId"] != store_id:
            consistent = False
            problem("external-checkpoint", "The given checkpoint was signed for another store or with another key than this store's.")
        if external["size"] > max_seq:
            consistent = False
            problem("truncated", "The given checkpoint covers %d entries but the last entry is %d." % (external["size"], max_seq), seq=max_seq + 1, checkpoint_size=external["size"])
        external_result = {"size": external["size"], "consistent": consistent}

    # Step 8: entries no signed checkpoint covers.
    sealed_to = checkpoints[-1]["size"] if checkpoints else 0
    unsealed = {"from": sealed_to + 1, "to": max_seq} if max_seq > sealed_to else None
    if unsealed:
        problem("unsealed", "Entries %d..%d are not covered by a signed checkpoint." % (unsealed["from"], unsealed["to"]), seq=unsealed["from"])

    # Step 9: interrupted uploads.
    orphans = db.execute("SELECT count(DISTINCT stream) FROM blob_chunks WHERE stream NOT IN (SELECT stream FROM blobs)").fetchone()[0]
    if orphans:
        warnings.append("%d interrupted blob upload(s) left unreferenced chunks (harmless)." % orphans)

    # An unsealed tail is not itself damage: another problem's entry comes first (store-format.md, step 10).
    named = [p["seq"] for p in problems if "seq" in p and p["code"] != "unsealed"] or [p["seq"] for p in problems if "seq" in p]
    latest = checkpoints[-1] if checkpoints else None
    return {
        "ok": not problems,
        "storeId": store_id,
        "publicKey": meta["sign_public_key"],
        "entries": n,
        "checkpoints": len(checkpoints),
        "latestCheckpoint": None if latest is None else {"size": latest["size"], "root": latest["root"].hex(), "ts": latest["ts"]},
        "unsealed": unsealed,
        "blobs": {"checked": blobs_checked, "orphanStreams": orphans},
        "external": external_result,
        "problems": problems,
        "firstBadEntry": min(named) if named else first_root_failure,
        "warnings": warnings,
    }


def exit_code(report):
    if report["ok"]:
        return EXIT_OK
    if all(p["code"] == "unsealed" for p in report["problems"]):
        return EXIT_UNSEALED
    return EXIT_TAMPERED


# --- Self-test against the spec's test vectors (§4, §5, §9, §10, §16) ----------------------------

VECTORS = {
    "escapes": "5b22615c22625c5c63222c227461625c7468657265222c226e6c5c6e222c225c7530303031222c22c3a9e282acf09f9880"
    "222c227f222c22e280a8225d",
    "header1": "5b312c312c313739353137393732303030302c22494e432d323032362d30303031222c22696e636964656e742e6f70656e"
    "6564222c22616c696365406578616d706c65222c226b5f303030313032303330343035303630373038303930613062222c"
    "6e756c6c5d",
    "entries": [
        (
            1, 1795179720000, "incident.opened",
            "101112131415161718191a1b1c1d1e1f2021222324252627",
            "29698a2f608f3d472f536669062637957649b4d28c1eb0b562cacb201d484370cc9ce1d0c3a7ef158c24f18f0b206cdf"
            "7627f75c04d9381eac845af7a849447f7877b7db524af5a0ccc092cfa1a01eb78b86e494825654e364da1867dc63d8e8"
            "a3adca607476889724ac1acf6ba8",
            "f2bf7d27efdc22dcb120627fa12ce2b8ee9f41932a59c2e813a97de26d9cfa9d",
        ),
        (
            2, 1795179720001, "timeline.mark",
            "202122232425262728292a2b2c2d2e2f3031323334353637",
            "59567f47b457f22f92df05bdb14c9f355deb3ec4faa742e9ef651cded29e0cbfa59a354e576a1742b0c9a91daec3f270"
            "cc0f48f5cc0d52",
            "377497fe588dbd01c8939aee4b0be6d39b9a9ed0875b0004fb3c40f2495e8162",
        ),
        (
            3, 1795179720002, "note",
            "303132333435363738393a3b3c3d3e3f4041424344454647",
            "b6a29ad7cc6ee6490ea40520fb3f2e367c88b6c4822932e23d831679fc3fbe566922402ba2482530d8b5514de880d034"
            "50b9000f00b0d54e0cf9e3247ede2875a6dbbd",
            "e61d534df4cd0e56af76b1e2511b0843a744583ea40c557e65afedb291b39563",
        ),
    ],
    "roots": [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "91a6a297cc5b4631d902d38a0aa8c2e0c70869d0ee93033b6a13e16e33d2c4ec",
        "c4af89c9c6e6fa734a2004553bf96343ac529ef3115b39c4435de2d0700fa3bc",
        "fa33a847eda3f1bf009d437b5563c69e367bf17427af44877e55349646a442cd",
    ],
    "store_id": "00112233445566778899aabbccddeeff",
    "checkpoint_ts": 1795179720010,
    "public_key": "4fd099ccd47d7893dfe9ec24414ecb0d9b5420232aad30d91c465be33cbe65c4",
    "signature": "5bdc89c2c82b4a5471572cc13d4dcfd79599297013efa10c1e7f466ff5dec965"
    "0b88a5b16eb16f613b89334c8583dbbcdbe8a477838aa07880e97cef6d0aff0c",
    "note": "pl-evidence/00112233445566778899aabbccddeeff\n3\n+jOoR+2j8b8AnUN7VWPGnjZ78XQnr0SHflU0lkakQs0=\n\n"
    "\u2014 pl-evidence/00112233445566778899aabbccddeeff HlK8S3Pw3AJIUx9bCZfifbF/+Z2D1yiz/VeVfm53kZOCP/4vBujO7PQa+D/W/W8c8bNX/FQYe1attbKJ7sixwxlgfAw=\n",
    "vkey": "pl-evidence/00112233445566778899aabbccddeeff+1e52bc4b+AU/QmczUfXiT3+nsJEFOyw2bVCAjKq0w2RxGW+M8vmXE",
    "kek": "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
    "kek_check": "b8b87bfd2f1f4ee5c70dfd91a68482184e434ae06ceae17579610bd8b911086f",
}


def self_test():
    v = VECTORS
    results = []

    def check(name, ok):
        results.append({"name": name, "ok": bool(ok)})

    escaped = canonical_value(['a"b\\c', "tab\there", "nl\n", "\u0001", "é€😀", "\u007f", "\u2028"]).encode("utf-8")
    check("canonical JSON escapes (§4)", escaped.hex() == v["escapes"])
    key_id, actor, incident = "k_000102030405060708090a0b", "alice@example", "INC-2026-0001"
    check("header encoding (§5)", encode_header(1, 1795179720000, incident, "incident.opened", actor, key_id, None).hex() == v["header1"])
    prev = ZERO_HASH
    frontier = Frontier()
    check("root of the empty tree (§9)", frontier.root().hex() == v["roots"][0])
    for seq, ts, kind, nonce, body, expected in v["entries"]:
        h = entry_hash(prev, encode_header(seq, ts, incident, kind, actor, key_id, None), bytes.fromhex(nonce), bytes.fromhex(body))
        check("entry hash %d (§16)" % seq, h.hex() == expected)
        frontier.append(leaf_hash(h))
        check("Merkle root of size %d (§9)" % seq, frontier.root().hex() == v["roots"][seq])
        prev = h
    message = checkpoint_message(v["store_id"], 3, frontier.root(), v["checkpoint_ts"])
    public_key, signature = bytes.fromhex(v["public_key"]), bytes.fromhex(v["signature"])
    check("checkpoint signature verifies (§10)", ed25519_verify(public_key, message, signature))
    check("a flipped signature bit is refused", not ed25519_verify(public_key, message, signature[:5] + bytes([signature[5] ^ 1]) + signature[6:]))
    check("a changed message is refused", not ed25519_verify(public_key, message.replace(b"\n3\n", b"\n4\n"), signature))
    s_plus_l = (int.from_bytes(signature[32:], "little") + L).to_bytes(32, "little")
    check("S + L (malleability) is refused", not ed25519_verify(public_key, message, signature[:32] + s_plus_l))
    note = parse_note(v["note"])
    vkey = parse_verifier_key(v["vkey"])
    check("checkpoint note of the vectors (§11)", note is not None and note["size"] == 3 and note["root"] == v["roots"][3] and note["origin"] == "pl-evidence/" + v["store_id"])
    check("verifier key: its key id and key (§11)", vkey is not None and vkey[1] == public_key and note_key_id(vkey[0], public_key) == note["signatures"][0]["keyId"])
    check("note signature verifies (§11)", ed25519_verify(public_key, note["text"].encode("utf-8"), note["signatures"][0]["sig"]))
    kek_check = hashlib.blake2b(b"pl kek check v1", digest_size=32, key=bytes.fromhex(v["kek"])).hexdigest()
    check("kek_check (§7)", kek_check == v["kek_check"])
    return {"ok": all(r["ok"] for r in results), "checks": results}


def main(argv):
    parser = argparse.ArgumentParser(description="Independent verifier of a pl evidence store (docs/store-format.md).")
    parser.add_argument("store", nargs="?", help="the evidence store file")
    parser.add_argument("--checkpoint", help="an earlier checkpoint file (pl-checkpoint/1 JSON or a C2SP note) to prove consistency against")
    parser.add_argument("--public-key", help="the store's public key as pl init printed it (64 hex digits): checkpoints must verify under it")
    parser.add_argument("--self-test", action="store_true", help="check this verifier against the spec's test vectors")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_USAGE if e.code else EXIT_OK
    if args.self_test:
        result = self_test()
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return EXIT_OK if result["ok"] else 1
    if not args.store:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        external = read_checkpoint_file(args.checkpoint) if args.checkpoint else None
        pinned = None
        if args.public_key is not None and "+" in args.public_key:
            vkey = parse_verifier_key(args.public_key.strip())
            if vkey is None:
                print("verify_store: --public-key is not a verifier key (name+hash+base64)", file=sys.stderr)
                return EXIT_USAGE
            pinned = vkey[1]
        elif args.public_key is not None:
            text = args.public_key.strip().lower()
            if len(text) != 64 or any(ch not in "0123456789abcdef" for ch in text):
                print("verify_store: --public-key must be 64 hex digits", file=sys.stderr)
                return EXIT_USAGE
            pinned = bytes.fromhex(text)
        report = verify(args.store, external, pinned)
    except Fatal as error:
        print(json.dumps({"ok": False, "error": str(error)}, indent=2))
        print("verify_store: %s" % error, file=sys.stderr)
        return error.code
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return exit_code(report)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
