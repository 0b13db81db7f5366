/**
 * SQLite URI file names (`file:…?immutable=1`) for reading a store whose -shm file cannot be
 * created (a full disk: tester 11, defect 7). better-sqlite3 reads SQLITE_USE_URI once, when its
 * addon loads: this module is imported before it. Store paths are absolute (resolved), so a
 * plain path never starts with `file:` and reads as before.
 */
process.env.SQLITE_USE_URI ??= '1'
