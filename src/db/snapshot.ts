import Database from 'better-sqlite3'
import { datasetTables, rewind } from './history.js'
import { openDb, type Db } from './open.js'
import { readVersion } from './version.js'

/**
 * A consistent copy of the store in `file`, turned back into `version` (the store's own when
 * undefined): what an export reads, page by page and across event-loop turns, while writes
 * go on in the store. The caller has checked that the version is kept (`versions`) and
 * removes the file.
 */
export async function copyAt(db: Db, file: string, version?: number): Promise<{ copy: Db; version: number }> {
  await db.$client.backup(file)
  const copy = openDb(file)
  try {
    const held = readVersion(copy)
    // A write may have landed between the caller's check and the copy: undo it too.
    const wanted = version ?? held
    if (wanted < held) rewind(copy.$client, wanted)
    else if (wanted > held) throw new Error(`the store holds version ${held}, not ${wanted}`)
    return { copy, version: wanted }
  } catch (error) {
    copy.$client.close()
    throw error
  }
}

// The tables a snapshot holds: the dataset, its versions and the few facts of `meta` (the
// version, the seed's fingerprint). Not tokens, idempotency answers, rate counts, the
// history (a snapshot is one version) or the search index (made from the rest).
const snapshotTables = [...datasetTables, 'versions', 'meta']

/**
 * Writes the copy's dataset into a new SQLite file, with `notes` in its `meta`. Every table is filled in the order of
 * its primary key, so one version gives the same bytes however the store got there (rows
 * undone and done again, or vacuumed, sit elsewhere in the store's own file).
 */
export function writeSqliteSnapshot(copy: Db, file: string, notes: Record<string, string> = {}): void {
  const out = new Database(file)
  try {
    out.pragma('journal_mode = OFF')
    out.pragma('synchronous = OFF')
    const source = copy.$client
    const schema = source.prepare("SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') ORDER BY rowid").all() as {
      type: string
      name: string
      tableName: string
      sql: string
    }[]
    const kept = schema.filter((s) => snapshotTables.includes(s.tableName))
    out.exec('BEGIN')
    for (const table of kept.filter((s) => s.type === 'table')) out.exec(table.sql)
    out.exec('COMMIT')
    out.close()
    // Tables are filled one after the other, not in the order their references need.
    source.pragma('foreign_keys = OFF')
    source.prepare('ATTACH DATABASE ? AS snapshot').run(file)
    try {
      source.transaction(() => {
        for (const { name } of kept.filter((s) => s.type === 'table')) {
          const columns = source.prepare(`PRAGMA table_xinfo("${name}")`).all() as { name: string; pk: number; hidden: number }[]
          const stored = columns.filter((c) => c.hidden === 0).map((c) => `"${c.name}"`)
          const key = columns
            .filter((c) => c.pk > 0)
            .sort((a, b) => a.pk - b.pk)
            .map((c) => `"${c.name}"`)
          source.exec(`INSERT INTO snapshot."${name}" (${stored.join(', ')}) SELECT ${stored.join(', ')} FROM main."${name}" ORDER BY ${key.join(', ')}`)
        }
      })()
      // What a reader of the file alone needs to know: its licence and how to cite it.
      const note = source.prepare('INSERT OR REPLACE INTO snapshot.meta (key, value) VALUES (?, ?)')
      for (const [key, value] of Object.entries(notes)) note.run(key, value)
    } finally {
      source.exec('DETACH DATABASE snapshot')
    }
  } finally {
    if (out.open) out.close()
  }
  // Indexes last, on the filled tables, as a fresh store would be vacuumed into.
  const finished = new Database(file)
  try {
    finished.pragma('journal_mode = OFF')
    const indexes = copy.$client.prepare("SELECT sql, tbl_name AS tableName FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid").all() as { sql: string; tableName: string }[]
    finished.transaction(() => {
      for (const index of indexes.filter((i) => snapshotTables.includes(i.tableName))) finished.exec(index.sql)
    })()
    finished.exec('VACUUM')
  } finally {
    finished.close()
  }
}
