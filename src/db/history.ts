import type Database from 'better-sqlite3'

// Kept versions. Triggers on every table of the dataset file each row a write changes in
// `history`, under the version the write is making; a version is rebuilt from a copy of the
// store by undoing, newest first, every change filed under a later one. The triggers are
// made from the tables' columns as they are (PRAGMA table_xinfo) each time the store is
// migrated, so a column a later migration adds is kept without anyone remembering to.

/** The dataset's tables, the changes log among them: what a version is made of. */
export const datasetTables = [
  'sources',
  'parties',
  'party_aliases',
  'issues',
  'actors',
  'rounds',
  'round_parties',
  'proposals',
  'statements',
  'statement_issues',
  'statement_rounds',
  'evidence',
  'changes'
] as const

interface Columns {
  /** Stored columns (a generated one is made again from them). */
  stored: string[]
  /** The primary key's columns, in key order. */
  key: string[]
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

function columnsOf(sqlite: Database.Database, table: string): Columns {
  const info = sqlite.prepare(`PRAGMA table_xinfo(${quote(table)})`).all() as { name: string; pk: number; hidden: number }[]
  return {
    stored: info.filter((c) => c.hidden === 0).map((c) => c.name),
    key: info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name)
  }
}

const objectOf = (row: 'NEW' | 'OLD', names: string[]) => `json_object(${names.map((n) => `'${n}', ${row}.${quote(n)}`).join(', ')})`

// The version being made: the one the store holds, plus one (src/db/version.ts bumps it last).
const MAKING = 'coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = \'version\'), 0) + 1'

function triggersFor(table: string, { stored, key }: Columns): Map<string, string> {
  const file = (keyOf: string, oldOf: string) => `INSERT INTO history (version, table_name, key, old) VALUES (${MAKING}, '${table}', ${keyOf}, ${oldOf})`
  const on = (event: string, body: string) => `CREATE TRIGGER ${quote(`history_${table}_${event}`)} AFTER ${event.toUpperCase()} ON ${quote(table)} BEGIN ${body}; END`
  return new Map([
    [`history_${table}_insert`, on('insert', file(objectOf('NEW', key), 'NULL'))],
    [`history_${table}_update`, on('update', file(objectOf('NEW', key), objectOf('OLD', stored)))],
    [`history_${table}_delete`, on('delete', file('NULL', objectOf('OLD', stored)))]
  ])
}

/**
 * Makes the history triggers match the tables. Only a trigger whose text differs is made
 * again: every process of WORKERS=N migrates at start, and a schema change makes the
 * others prepare their statements anew.
 */
export function installHistory(sqlite: Database.Database): void {
  const existing = new Map(
    (sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'").all() as { name: string; sql: string }[]).map((t) => [t.name, t.sql])
  )
  const wanted = new Map(datasetTables.flatMap((table) => [...triggersFor(table, columnsOf(sqlite, table))]))
  const stale = [...wanted].filter(([name, sql]) => existing.get(name) !== sql)
  const unknown = [...existing.keys()].filter((name) => !wanted.has(name))
  if (stale.length === 0 && unknown.length === 0) return
  sqlite.transaction(() => {
    for (const name of [...unknown, ...stale.map(([n]) => n)]) sqlite.exec(`DROP TRIGGER IF EXISTS ${quote(name)}`)
    for (const [, sql] of stale) sqlite.exec(sql)
  })()
}

interface Change {
  id: number
  tableName: string
  key: string | null
  old: string | null
}

/**
 * Turns a copy of the store back into `version`, and leaves it without triggers (its search
 * index is then stale: a copy is read for its tables, never searched):
 * undoes every change filed under a later version, newest first, then forgets those
 * versions. Never on the live store.
 */
export function rewind(copy: Database.Database, version: number): void {
  // Every trigger goes: the history ones would file the undoing, and the search index's would
  // keep an index nothing reads from a copy up to date, row by row (most of the time).
  for (const { name } of copy.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]) {
    copy.exec(`DROP TRIGGER ${quote(name)}`)
  }
  copy.pragma('foreign_keys = OFF')
  const columns = new Map(datasetTables.map((table) => [table as string, columnsOf(copy, table)]))
  const statements = new Map<string, Database.Statement>()
  const prepared = (sql: string) => {
    let statement = statements.get(sql)
    if (statement === undefined) statements.set(sql, (statement = copy.prepare(sql)))
    return statement
  }
  copy.transaction(() => {
    // In pages: a statement cannot run while another's rows are being read.
    const page = copy.prepare('SELECT id, table_name AS tableName, key, old FROM history WHERE version > ? AND id < ? ORDER BY id DESC LIMIT 1000')
    for (let rows = page.all(version, Number.MAX_SAFE_INTEGER) as Change[]; rows.length > 0; rows = page.all(version, rows[rows.length - 1]!.id) as Change[]) {
      for (const { tableName, key, old } of rows) {
        const table = columns.get(tableName)
        if (table === undefined) throw new Error(`history names a table that is not the dataset's: ${tableName}`)
        if (key !== null) {
          const values = JSON.parse(key) as Record<string, unknown>
          prepared(`DELETE FROM ${quote(tableName)} WHERE ${table.key.map((c) => `${quote(c)} IS ?`).join(' AND ')}`).run(...table.key.map((c) => values[c]))
        }
        if (old !== null) {
          // Only columns the row had then: one a later migration added takes its default.
          const row = JSON.parse(old) as Record<string, unknown>
          const names = table.stored.filter((c) => c in row)
          prepared(`INSERT INTO ${quote(tableName)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((c) => row[c]))
        }
      }
    }
    copy.prepare('DELETE FROM history WHERE version > ?').run(version)
    copy.prepare('DELETE FROM versions WHERE version > ?').run(version)
    copy.prepare("UPDATE meta SET value = ? WHERE key = 'version'").run(String(version))
  })()
}
