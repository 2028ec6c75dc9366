import { asc, eq, inArray } from 'drizzle-orm'
import { keysetPage } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { parties, partyAliases } from '../../db/schema.js'
import type { Party } from './parties.schemas.js'

/** How an alias is stored and looked up: composed (NFC), lower-cased. */
export const aliasKey = (alias: string) => alias.normalize('NFC').toLowerCase()

export function createPartiesRepository(db: Db) {
  const aliasesOf = (ids: string[]) => {
    const grouped = new Map<string, string[]>(ids.map((id) => [id, []]))
    if (ids.length === 0) return grouped
    const rows = db.select().from(partyAliases).where(inArray(partyAliases.partyId, ids)).orderBy(asc(partyAliases.alias)).all()
    for (const row of rows) {
      // The id and the name are stored as aliases so they resolve; they are not listed as such.
      grouped.get(row.partyId)?.push(row.alias)
    }
    return grouped
  }
  const toParties = (rows: (typeof parties.$inferSelect)[]): Party[] => {
    const aliases = aliasesOf(rows.map((r) => r.id))
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      aliases: (aliases.get(r.id) ?? []).filter((a) => a !== r.id && a !== r.name)
    }))
  }

  return {
    /** The party id an id or alias names (case-insensitive), if any. */
    resolve(idOrAlias: string): string | undefined {
      return db.select({ id: partyAliases.partyId }).from(partyAliases).where(eq(partyAliases.key, aliasKey(idOrAlias))).get()?.id
    },

    get(id: string): Party | undefined {
      const row = db.select().from(parties).where(eq(parties.id, id)).get()
      return row ? toParties([row])[0] : undefined
    },

    list(limit: number, after: (string | number | null)[] | undefined) {
      const page = keysetPage(db, parties, undefined, { columns: [parties.listOrder], descending: false, key: (r) => [r.listOrder] }, limit, after)
      return { items: toParties(page.rows), total: page.total, nextKey: page.nextKey }
    }
  }
}
export type PartiesRepository = ReturnType<typeof createPartiesRepository>
