import { statfsSync } from 'node:fs'
import { dirname } from 'node:path'
import type Database from 'better-sqlite3'

// The codes a write gets when there is no room for it. SQLite's unix VFS turns ENOSPC on a
// write into SQLITE_FULL (checked on a full tmpfs), as it does reaching max_page_count; the
// errno codes are for writes made by Node itself. The SQLITE_IOERR family is left out:
// better-sqlite3 gives no errno with it, so a failing disk (EIO) cannot be told from a full
// one, and calling a broken disk "full" would send the operator to the wrong fix; it stays a
// 500, logged with its code.
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])

/** True when `error`, or its cause (drizzle wraps a query's error), has one of `codes`. */
export function hasErrorCode(error: unknown, codes: ReadonlySet<string>): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && codes.has(code)) return true
  }
  return false
}

/** True when `error` says the store has no room left. */
export const isStoreFull = (error: unknown) => hasErrorCode(error, FULL)

export interface StoreSpace {
  /** No room for another page: SQLite's max_page_count is reached with no free page, or the disk has less than a page free. */
  full: boolean
  /** Bytes free on the filesystem holding the store, for an unprivileged user; null for an in-memory store or when it cannot be asked. */
  freeBytes: number | null
}

/** How much room the store has left, measured now (three pragmas and a statfs). */
export function storeSpace(sqlite: Database.Database): StoreSpace {
  const pragma = (name: string) => sqlite.pragma(name, { simple: true }) as number
  const pageSize = pragma('page_size')
  const pagesLeft = pragma('max_page_count') - pragma('page_count') + pragma('freelist_count')
  let freeBytes: number | null = null
  if (!sqlite.memory) {
    try {
      const fs = statfsSync(dirname(sqlite.name))
      freeBytes = fs.bavail * fs.bsize
    } catch {
      // The directory cannot be asked (removed under the open file): unknown, not full.
    }
  }
  return { full: pagesLeft <= 0 || (freeBytes !== null && freeBytes < pageSize), freeBytes }
}
