import type Database from 'better-sqlite3'

// Compiled statements kept, most recently used last. A list page and its evidence query
// come in a few dozen shapes (IN lists up to the page size, the filters a client combines).
const MAX_STATEMENTS = 500

/**
 * The part of a better-sqlite3 connection that drizzle's session uses, with `prepare`
 * answered from a cache of compiled statements keyed by their SQL text: compiling a
 * statement costs more than running most of the queries the API makes. A statement comes
 * out of the cache in its default (object) mode: drizzle switches it to raw mode itself
 * when it maps columns.
 */
export function cachingClient(sqlite: Database.Database): Pick<Database.Database, 'prepare' | 'transaction'> {
  const statements = new Map<string, Database.Statement>()
  return {
    prepare(source: string) {
      let statement = statements.get(source)
      if (statement === undefined) {
        statement = sqlite.prepare(source)
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!)
      } else {
        statements.delete(source)
        if (statement.reader) statement.raw(false)
      }
      statements.set(source, statement)
      return statement
    },
    transaction: sqlite.transaction.bind(sqlite)
  } as Pick<Database.Database, 'prepare' | 'transaction'>
}
