import { and, eq, inArray, sql, count, type SQL } from 'drizzle-orm'
import { evidenceFor } from '../../db/evidence.js'
import { keysetPage, likeAny, type Order } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { actors, statements } from '../../db/schema.js'
import type { Actor } from './actors.schemas.js'

type Row = typeof actors.$inferSelect

export interface ActorFilters {
  party?: string | undefined
  type?: Actor['type'] | undefined
  quoted?: boolean | undefined
  q?: string | undefined
}

const actorOrder: Order<Row> = { columns: [actors.listOrder], descending: false, key: (r) => [r.listOrder] }

export function createActorsRepository(db: Db) {
  const toActors = (rows: Row[]): Actor[] => {
    const ids = rows.map((r) => r.id)
    const evidence = evidenceFor(db, 'actorId', ids)
    const counts = new Map<string, number>()
    if (ids.length > 0) {
      const grouped = db
        .select({ actorId: statements.actorId, n: count() })
        .from(statements)
        .where(inArray(statements.actorId, ids))
        .groupBy(statements.actorId)
        .all()
      for (const g of grouped) counts.set(g.actorId, g.n)
    }
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      type: r.type,
      party: r.partyId,
      roles: r.roles,
      statementCount: counts.get(r.id) ?? 0,
      evidence: evidence.get(r.id) ?? []
    }))
  }
  const quotedCondition = sql`EXISTS (SELECT 1 FROM ${statements} WHERE ${statements.actorId} = ${actors.id})`
  const where = (f: ActorFilters): SQL | undefined =>
    and(
      f.party === undefined ? undefined : eq(actors.partyId, f.party),
      f.type === undefined ? undefined : eq(actors.type, f.type),
      f.quoted === undefined ? undefined : f.quoted ? quotedCondition : sql`NOT ${quotedCondition}`,
      f.q === undefined ? undefined : likeAny([actors.name, actors.aliases, actors.roles], f.q)
    )

  return {
    exists(id: string): boolean {
      return db.select({ id: actors.id }).from(actors).where(eq(actors.id, id)).get() !== undefined
    },

    /**
     * The actor an id, name or alias names, in any case or script (`medinsky`, `Мединский`),
     * if exactly one does. Ids are looked up first: names are read only when no id matches.
     */
    resolve(idOrName: string): string | undefined {
      const key = idOrName.normalize('NFC').toLowerCase()
      if (db.select({ id: actors.id }).from(actors).where(eq(actors.id, key)).get() !== undefined) return key
      const named = db.all<{ id: string }>(
        sql`SELECT id FROM actors WHERE fold(name) = ${key} OR EXISTS (SELECT 1 FROM json_each(actors.aliases) WHERE fold(value) = ${key}) LIMIT 2`
      )
      return named.length === 1 ? named[0]!.id : undefined
    },

    get(id: string): Actor | undefined {
      const row = db.select().from(actors).where(eq(actors.id, id)).get()
      return row ? toActors([row])[0] : undefined
    },

    list(filters: ActorFilters, limit: number, after: (string | number | null)[] | undefined) {
      const page = keysetPage(db, actors, where(filters), actorOrder, limit, after)
      return { items: toActors(page.rows), total: page.total, nextKey: page.nextKey }
    }
  }
}
export type ActorsRepository = ReturnType<typeof createActorsRepository>
