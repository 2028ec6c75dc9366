// Every write to the facts goes through here: the write endpoints and `npm run ingest`.
// What a kind of record brings (its checks, rows and dependents) is its writer's; what every
// write shares is here: one IMMEDIATE transaction holding the write, its entries in the
// changes log and one new dataset version, durable (synchronous=FULL) when it returns.
import { eq, max } from 'drizzle-orm'
import type { Db } from '../db/open.js'
import * as t from '../db/schema.js'
import { newVersion, readVersion } from '../db/version.js'
import { BadRequestError, ConflictError, NotFoundError, UnprocessableError } from '../http/errors.js'
import { mergePatch } from './merge-patch.js'
import { type ChangeType, collectionOf, type ResourceType } from './curation.schemas.js'
import type { DeletableWriter, ResourceWriter, Tx, WriteBody } from './writer.js'

export interface WriteContext {
  tokenName: string
  /** Runs inside the transaction before anything is written: If-Match checks go here. */
  precondition?: () => void
  /** Runs inside the transaction after the write: what must commit with it (idempotency). */
  after?: (id: string) => void
}

interface Effect {
  operation: 'create' | 'update' | 'delete'
  type: ResourceType
  id: string
  fields: string[]
}

/** The words of a text as an id: lower-case ASCII letters and digits, single hyphens, 8 words. */
export function slugify(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-')
  return base.slice(0, 80).replace(/-+$/, '') || 'record'
}

const exists = (tx: Tx, writer: DeletableWriter, id: string) => tx.select({ id: writer.table.id }).from(writer.table).where(eq(writer.table.id, id)).get() !== undefined

/**
 * The fields whose values differ, including one a patch removed (an optional field such as
 * a statement's title, made anew when absent): only they are written and logged.
 */
function changedFields(before: object, after: object): string[] {
  const old = new Map(Object.entries(before))
  const now = new Map(Object.entries(after))
  return [...new Set([...now.keys(), ...old.keys()])].filter((key) => JSON.stringify(now.get(key)) !== JSON.stringify(old.get(key)))
}

export function createWrites(db: Db) {
  // The outermost transaction of a write: a batch (ingest) holds several creates, nested as
  // savepoints, and the whole batch makes one version, as one accepted write.
  let open: { tokenName: string | null } | undefined
  function transact<T>(work: (tx: Tx) => T): T {
    return db.transaction(
      (tx) => {
        if (open !== undefined) return work(tx)
        open = { tokenName: null }
        try {
          const result = work(tx)
          if (open.tokenName !== null) newVersion(tx, 'write', open.tokenName)
          return result
        } finally {
          open = undefined
        }
      },
      { behavior: 'immediate' }
    )
  }

  const log = (tx: Tx, ctx: WriteContext, e: Omit<Effect, 'type'> & { type: ChangeType }) => {
    const version = readVersion(tx) + 1
    tx.insert(t.changes).values({ at: new Date().toISOString(), tokenName: ctx.tokenName, operation: e.operation, resourceType: e.type, resourceId: e.id, fields: e.fields, version }).run()
    if (open !== undefined) open.tokenName = ctx.tokenName
  }

  function newId<B extends WriteBody>(tx: Tx, writer: ResourceWriter<B>, body: B): string {
    const base = slugify(writer.idHint(body))
    let id = base
    for (let n = 2; exists(tx, writer, id); n++) id = `${base}-${n}`
    return id
  }

  /**
   * Deletes a record and, with cascade, lets its writer settle what points at it first.
   * Every effect is collected, to be logged.
   */
  function destroy(tx: Tx, writer: DeletableWriter, id: string, cascade: boolean, effects: Effect[]): void {
    const references = writer.references
    const found = references?.find(tx, id) ?? []
    if (found.length > 0 && !cascade) {
      const list = found.map((d) => `${d.ids.length} ${collectionOf[d.type]} (${d.ids.slice(0, 5).join(', ')}${d.ids.length > 5 ? ', …' : ''})`).join(', ')
      throw new ConflictError(`The ${writer.type} "${id}" is referenced by ${list}. Change or delete those first, or repeat with ?cascade=true ${references?.cascade}.`)
    }
    references?.release(tx, id, found, {
      destroy: (other, otherId) => {
        if (exists(tx, other, otherId)) destroy(tx, other, otherId, true, effects)
      },
      updated: (type, otherId, fields) => effects.push({ operation: 'update', type, id: otherId, fields })
    })
    tx.delete(writer.table).where(eq(writer.table.id, id)).run()
    effects.push({ operation: 'delete', type: writer.type, id, fields: [] })
  }

  return {
    /** Creates a record; returns its id. 409 when the id is taken, 422 when a fact fails. */
    create<B extends WriteBody>(writer: ResourceWriter<B>, body: B, ctx: WriteContext): string {
      return transact((tx) => {
        ctx.precondition?.()
        const id = body.id ?? newId(tx, writer, body)
        if (exists(tx, writer, id)) throw new ConflictError(`A ${writer.type} with the id "${id}" exists already.`)
        const listOrder = (tx.select({ n: max(writer.table.listOrder) }).from(writer.table).get()?.n ?? 0) + 1
        writer.put(tx, id, body, listOrder)
        log(tx, ctx, { operation: 'create', type: writer.type, id, fields: Object.keys(body).filter((k) => k !== 'id') })
        ctx.after?.(id)
        return id
      })
    },

    /** Applies a JSON merge patch (RFC 7396) to a record and checks the result whole. */
    patch<B extends WriteBody>(writer: ResourceWriter<B>, id: string, patch: Record<string, unknown>, ctx: WriteContext): void {
      transact((tx) => {
        const current = writer.current(tx, id)
        if (!current) throw new NotFoundError(`No ${writer.type} has the id "${id}".`)
        ctx.precondition?.()
        if ('id' in patch && patch.id !== id) throw new UnprocessableError('The id of a record cannot change.', [{ path: 'body.id', message: 'the id cannot change' }])
        const parsed = writer.body.safeParse(mergePatch(current, patch))
        if (!parsed.success) {
          throw new BadRequestError(
            'The patched record is not valid.',
            parsed.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message }))
          )
        }
        // Compared as the body schema reads both, so that a patch that changes nothing is a no-op.
        const changed = changedFields(writer.body.safeParse(current).data ?? {}, parsed.data)
        if (changed.length === 0) return
        writer.put(tx, id, parsed.data, undefined)
        log(tx, ctx, { operation: 'update', type: writer.type, id, fields: changed })
      })
    },

    /** Deletes a record: 409 when others point at it, unless cascade. Returns what went. */
    remove(writer: DeletableWriter, id: string, cascade: boolean, ctx: WriteContext): { type: ResourceType; id: string }[] {
      return transact((tx) => {
        if (!exists(tx, writer, id)) throw new NotFoundError(`No ${writer.type} has the id "${id}".`)
        ctx.precondition?.()
        const effects: Effect[] = []
        destroy(tx, writer, id, cascade, effects)
        for (const e of effects) log(tx, ctx, e)
        return effects.filter((e) => e.operation === 'delete').map((e) => ({ type: e.type, id: e.id }))
      })
    },

    /** Logs the creation of a party or issue, which have no writer of their own: ingest adds them. */
    created(type: 'party' | 'issue', id: string, fields: string[], ctx: WriteContext): void {
      transact((tx) => log(tx, ctx, { operation: 'create', type, id, fields }))
    },

    /** Several writes as one: all are applied, or none (ingest). */
    batch<T>(work: () => T): T {
      return transact(() => work())
    }
  }
}
export type Writes = ReturnType<typeof createWrites>
