// Every write to the facts goes through here: the write endpoints and `npm run ingest`.
// A write is checked against its sources (evidence located or verified, references
// resolved), done in one IMMEDIATE transaction with its entry in the changes log and the
// dataset version bump, and is durable (synchronous=FULL) when the transaction returns.
import createError from '@fastify/error'
import { and, eq, max, sql } from 'drizzle-orm'
import { dateColumns, sourceColumns } from '../db/columns.js'
import type { Db } from '../db/open.js'
import * as t from '../db/schema.js'
import { bumpVersion } from '../db/version.js'
import { BadRequestError, NotFoundError, type FieldError } from '../http/errors.js'
import { EvidenceError, locate, verifySpan } from '../provenance/locate.js'
import { quoteProblems, withinEvidence } from '../provenance/rules.js'
import {
  ActorInput,
  ProposalInput,
  RoundInput,
  SourceInput,
  StatementInput,
  type EvidenceInput
} from './curation.schemas.js'

export const resourceTypes = ['round', 'proposal', 'statement', 'actor', 'source'] as const
export type ResourceType = (typeof resourceTypes)[number]

export const collectionOf: Record<ResourceType, string> = {
  round: 'rounds',
  proposal: 'proposals',
  statement: 'statements',
  actor: 'actors',
  source: 'sources'
}

const UnprocessableBase = createError<[string]>('NT_UNPROCESSABLE', '%s', 422)
/** The body has the right shape but states something the store cannot accept. */
export class UnprocessableError extends UnprocessableBase {
  constructor(
    message: string,
    readonly errors: FieldError[]
  ) {
    super(message)
  }
}
export const ConflictError = createError<[string]>('NT_CONFLICT', '%s', 409)
export const PreconditionFailedError = createError<[string]>('NT_PRECONDITION_FAILED', '%s', 412)

export const inputSchemas = { round: RoundInput, proposal: ProposalInput, statement: StatementInput, actor: ActorInput, source: SourceInput }

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
type Inputs = { round: RoundInput; proposal: ProposalInput; statement: StatementInput; actor: ActorInput; source: SourceInput }

export interface WriteContext {
  tokenName: string
  /** Runs inside the transaction before anything is written: If-Match checks go here. */
  precondition?: () => void
  /** Runs inside the transaction after the write: what must commit with it (idempotency). */
  after?: (id: string) => void
}

function slugify(text: string): string {
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

const tables = { round: t.rounds, proposal: t.proposals, statement: t.statements, actor: t.actors, source: t.sources }
const evidenceColumn = { round: 'roundId', proposal: 'proposalId', statement: 'statementId', actor: 'actorId' } as const

export function createCurationService(db: Db) {
  const exists = (tx: Tx, type: ResourceType, id: string) =>
    tx.select({ id: tables[type].id }).from(tables[type]).where(eq(tables[type].id, id)).get() !== undefined
  const resolveParty = (tx: Tx, alias: string) =>
    tx.select({ id: t.partyAliases.partyId }).from(t.partyAliases).where(eq(t.partyAliases.key, alias.toLowerCase())).get()?.id
  const nextOrder = (tx: Tx, type: ResourceType) => (tx.select({ n: max(tables[type].listOrder) }).from(tables[type]).get()?.n ?? 0) + 1

  /** Checks evidence against its sources; returns the rows to store and the located words. */
  function resolveEvidence(tx: Tx, list: EvidenceInput[], errors: FieldError[]) {
    const rows: { sourceId: string; start: number | null; end: number | null; text: string | null; note: string | null }[] = []
    const spans: string[] = []
    list.forEach((item, i) => {
      const path = `body.evidence.${i}`
      const source = tx.select({ kind: t.sources.kind, text: t.sources.text }).from(t.sources).where(eq(t.sources.id, item.sourceId)).get()
      if (!source) return errors.push({ path: `${path}.sourceId`, message: `unknown source "${item.sourceId}"` })
      if ('note' in item) {
        if (source.kind === 'news_article') return errors.push({ path, message: `evidence from the article "${item.sourceId}" must be its words (quote, or start/end/text), not a note` })
        rows.push({ sourceId: item.sourceId, start: null, end: null, text: null, note: item.note })
        return
      }
      if (source.text === null) return errors.push({ path, message: `"${item.sourceId}" stores no text to quote; give a note` })
      try {
        const span = 'quote' in item ? locate(source.text, item.quote, item.occurrence, `source ${item.sourceId}`) : { start: item.start, end: item.end, text: item.text }
        if (!('quote' in item)) verifySpan(source.text, span, `source ${item.sourceId}`)
        rows.push({ sourceId: item.sourceId, ...span, note: null })
        spans.push(span.text)
      } catch (error) {
        if (!(error instanceof EvidenceError)) throw error
        errors.push({ path, message: error.message })
      }
    })
    return { rows, spans }
  }

  const fail = (errors: FieldError[]) => {
    if (errors.length > 0) throw new UnprocessableError(`The ${errors.length === 1 ? 'fact does' : 'facts do'} not hold: ${errors.map((e) => e.message).join('; ')}`, errors)
  }

  /** Writes one record's rows (insert or replace) after checking its facts; throws 422. */
  function put<K extends ResourceType>(tx: Tx, type: K, id: string, input: Inputs[K], listOrder: number | undefined) {
    const errors: FieldError[] = []
    const ref = (path: string, kind: ResourceType, value: string | null) => {
      if (value !== null && !exists(tx, kind, value)) errors.push({ path, message: `unknown ${kind} "${value}"` })
    }
    const party = (path: string, value: string | null) => {
      if (value === null) return null
      const found = resolveParty(tx, value)
      if (found === undefined) errors.push({ path, message: `unknown party "${value}"` })
      return found ?? null
    }
    const insertOrUpdate = (values: Record<string, unknown>) => {
      const table = tables[type]
      if (listOrder === undefined) tx.update(table).set(values as never).where(eq(table.id, id)).run()
      else tx.insert(table).values({ ...values, id, listOrder } as never).run()
    }
    const storeEvidence = (rows: ReturnType<typeof resolveEvidence>['rows']) => {
      if (type === 'source') return
      const column = evidenceColumn[type as Exclude<ResourceType, 'source'>]
      tx.delete(t.evidence).where(eq(t.evidence[column], id)).run()
      tx.insert(t.evidence).values(rows.map((r) => ({ ...r, [column]: id }))).run()
    }

    if (type === 'source') {
      const s = input as SourceInput
      if (listOrder === undefined) {
        const current = tx.select({ text: t.sources.text }).from(t.sources).where(eq(t.sources.id, id)).get()
        const cited = tx.select({ n: sql<number>`count(*)` }).from(t.evidence).where(and(eq(t.evidence.sourceId, id), sql`${t.evidence.start} IS NOT NULL`)).get()?.n ?? 0
        if (current && current.text !== s.text && cited > 0) {
          errors.push({ path: 'body.text', message: `the text of "${id}" cannot change while ${cited} evidence item(s) point into it` })
        }
        const currentKind = tx.select({ kind: t.sources.kind }).from(t.sources).where(eq(t.sources.id, id)).get()?.kind
        const anyEvidence = tx.select({ n: sql<number>`count(*)` }).from(t.evidence).where(eq(t.evidence.sourceId, id)).get()?.n ?? 0
        if (currentKind !== undefined && currentKind !== s.kind && anyEvidence > 0) {
          errors.push({ path: 'body.kind', message: `the kind of "${id}" cannot change while ${anyEvidence} evidence item(s) rest on it` })
        }
      }
      fail(errors)
      insertOrUpdate(sourceColumns(s, s.text))
      return
    }

    const { rows, spans } = resolveEvidence(tx, (input as { evidence: EvidenceInput[] }).evidence, errors)
    if (type === 'round') {
      const r = input as RoundInput
      const parties = r.parties.map((p, i) => ({ partyId: party(`body.parties.${i}.id`, p.id), role: p.role }))
      if (r.date.text !== null && spans.length > 0 && !withinEvidence(r.date.text, spans)) {
        errors.push({ path: 'body.date.text', message: `the date wording ${JSON.stringify(r.date.text)} is not within the evidence` })
      }
      fail(errors)
      insertOrUpdate({
        title: r.title,
        sequence: r.sequence,
        format: r.format,
        city: r.location?.city ?? null,
        region: r.location?.region ?? null,
        country: r.location?.country ?? null,
        ...dateColumns(r.date),
        status: r.status,
        summary: r.summary
      })
      tx.delete(t.roundParties).where(eq(t.roundParties.roundId, id)).run()
      const unique = new Map(parties.map((p) => [p.partyId, p]))
      tx.insert(t.roundParties).values([...unique.values()].map((p) => ({ roundId: id, partyId: p.partyId!, role: p.role }))).run()
    } else if (type === 'proposal') {
      const p = input as ProposalInput
      const partyId = party('body.party', p.party)
      ref('body.round', 'round', p.round)
      if (!withinEvidence(p.text, spans)) errors.push({ path: 'body.text', message: 'the text is not within the article evidence: it must be the source\'s own words' })
      fail(errors)
      insertOrUpdate({ partyId, roundId: p.round, type: p.type, category: p.category, title: p.title, text: p.text, ...dateColumns(p.date) })
    } else if (type === 'statement') {
      const s = input as StatementInput
      ref('body.actor', 'actor', s.actor)
      const partyId = party('body.party', s.party)
      ref('body.round', 'round', s.round)
      for (const message of quoteProblems(s.mode, s.text, s.quote)) errors.push({ path: 'body.quote', message })
      if (!withinEvidence(s.text, spans)) errors.push({ path: 'body.text', message: 'the text is not within the article evidence: it must be the reported sentence, verbatim' })
      fail(errors)
      insertOrUpdate({ actorId: s.actor, partyId, roundId: s.round, mode: s.mode, text: s.text, quote: s.quote, ...dateColumns(s.date) })
    } else {
      const a = input as ActorInput
      const partyId = party('body.party', a.party)
      a.roles.forEach((role, i) => {
        if (!withinEvidence(role.text, spans)) errors.push({ path: `body.roles.${i}.text`, message: `the role ${JSON.stringify(role.text)} is not within the evidence` })
      })
      fail(errors)
      insertOrUpdate({ name: a.name, type: a.type, partyId, aliases: a.aliases, roles: a.roles })
    }
    storeEvidence(rows)
  }

  function log(tx: Tx, ctx: WriteContext, operation: 'create' | 'update' | 'delete', type: ResourceType, id: string, fields: string[]) {
    tx.insert(t.changes).values({ at: new Date().toISOString(), tokenName: ctx.tokenName, operation, resourceType: type, resourceId: id, fields }).run()
    bumpVersion(tx)
  }

  function newId(tx: Tx, type: ResourceType, input: Record<string, unknown>): string {
    const hint =
      type === 'proposal'
        ? `${String(input.party)} ${String(input.title)}`
        : type === 'statement'
          ? `${String(input.actor)} ${String(input.text)}`
          : String(input.title ?? input.name)
    const base = slugify(hint)
    let id = base
    for (let n = 2; exists(tx, type, id); n++) id = `${base}-${n}`
    return id
  }

  /** The record as a write body: what a merge patch is applied to. */
  function currentInput(tx: Tx, type: ResourceType, id: string): Record<string, unknown> | undefined {
    const row = tx.select().from(tables[type]).where(eq(tables[type].id, id)).get() as Record<string, unknown> | undefined
    if (!row) return undefined
    const date = (r: Record<string, unknown>) => ({ earliest: r.dateEarliest, latest: r.dateLatest, text: r.dateText, note: r.dateNote })
    const evidence = () =>
      tx
        .select()
        .from(t.evidence)
        .where(eq(t.evidence[evidenceColumn[type as Exclude<ResourceType, 'source'>]], id))
        .orderBy(t.evidence.id)
        .all()
        .map((e) => (e.note !== null ? { sourceId: e.sourceId, note: e.note } : { sourceId: e.sourceId, start: e.start, end: e.end, text: e.text }))
    switch (type) {
      case 'round':
        return {
          id,
          title: row.title,
          sequence: row.sequence,
          format: row.format,
          location: row.city === null && row.region === null && row.country === null ? null : { city: row.city, region: row.region, country: row.country },
          date: date(row),
          status: row.status,
          summary: row.summary,
          parties: tx.select().from(t.roundParties).where(eq(t.roundParties.roundId, id)).all().map((p) => ({ id: p.partyId, role: p.role })),
          evidence: evidence()
        }
      case 'proposal':
        return { id, party: row.partyId, round: row.roundId, type: row.type, category: row.category, title: row.title, text: row.text, date: date(row), evidence: evidence() }
      case 'statement':
        return { id, actor: row.actorId, party: row.partyId, round: row.roundId, mode: row.mode, text: row.text, quote: row.quote, date: date(row), evidence: evidence() }
      case 'actor':
        return { id, name: row.name, type: row.type, party: row.partyId, aliases: row.aliases, roles: row.roles, evidence: evidence() }
      case 'source':
        return {
          id,
          kind: row.kind,
          title: row.title,
          publisher: row.publisher,
          url: row.url,
          published: { earliest: row.publishedEarliest, latest: row.publishedLatest, text: row.publishedText, note: row.publishedNote },
          language: row.language,
          licence: row.licence,
          citation: row.citation,
          text: row.text
        }
    }
  }

  /** Who points at this record, by kind: what a delete without cascade would break. */
  function dependents(tx: Tx, type: ResourceType, id: string): { type: ResourceType; ids: string[] }[] {
    const found: { type: ResourceType; ids: string[] }[] = []
    const add = (kind: ResourceType, ids: string[]) => ids.length > 0 && found.push({ type: kind, ids })
    if (type === 'round') {
      add('proposal', tx.select({ id: t.proposals.id }).from(t.proposals).where(eq(t.proposals.roundId, id)).all().map((r) => r.id))
      add('statement', tx.select({ id: t.statements.id }).from(t.statements).where(eq(t.statements.roundId, id)).all().map((r) => r.id))
    } else if (type === 'actor') {
      add('statement', tx.select({ id: t.statements.id }).from(t.statements).where(eq(t.statements.actorId, id)).all().map((r) => r.id))
    } else if (type === 'source') {
      for (const kind of ['round', 'proposal', 'statement', 'actor'] as const) {
        const column = t.evidence[evidenceColumn[kind]]
        const ids = tx.selectDistinct({ id: column }).from(t.evidence).where(and(eq(t.evidence.sourceId, id), sql`${column} IS NOT NULL`)).all()
        add(kind, ids.map((r) => r.id as string))
      }
    }
    return found
  }

  type Effect = { operation: 'delete' | 'update'; type: ResourceType; id: string; fields: string[] }

  /**
   * Deletes a record and, with cascade, settles what depends on it: proposals and
   * statements of a deleted round keep their facts and lose only the round; statements of a
   * deleted actor go with it; a deleted source takes its evidence, and any record left with
   * none. Returns every effect, each of which is logged.
   */
  function destroy(tx: Tx, type: ResourceType, id: string, cascade: boolean, effects: Effect[]) {
    const deps = dependents(tx, type, id)
    if (deps.length > 0 && !cascade) {
      const list = deps.map((d) => `${d.ids.length} ${collectionOf[d.type]} (${d.ids.slice(0, 5).join(', ')}${d.ids.length > 5 ? ', …' : ''})`).join(', ')
      const how = type === 'round' ? 'to detach them from it' : type === 'actor' ? 'to delete them too' : 'to delete its evidence and any record left without evidence'
      throw new ConflictError(`The ${type} "${id}" is referenced by ${list}. Change or delete those first, or repeat with ?cascade=true ${how}.`)
    }
    if (type === 'round') {
      for (const dep of deps) {
        const table = dep.type === 'proposal' ? t.proposals : t.statements
        tx.update(table).set({ roundId: null }).where(eq(table.roundId, id)).run()
        for (const depId of dep.ids) effects.push({ operation: 'update', type: dep.type, id: depId, fields: ['round'] })
      }
    } else if (type === 'source') {
      tx.delete(t.evidence).where(eq(t.evidence.sourceId, id)).run()
      for (const dep of deps) {
        for (const depId of dep.ids) {
          if (!exists(tx, dep.type, depId)) continue
          const column = t.evidence[evidenceColumn[dep.type as Exclude<ResourceType, 'source'>]]
          const left = tx.select({ n: sql<number>`count(*)` }).from(t.evidence).where(eq(column, depId)).get()?.n ?? 0
          if (left === 0) destroy(tx, dep.type, depId, true, effects)
          else effects.push({ operation: 'update', type: dep.type, id: depId, fields: ['evidence'] })
        }
      }
    } else {
      for (const dep of deps) for (const depId of dep.ids) if (exists(tx, dep.type, depId)) destroy(tx, dep.type, depId, true, effects)
    }
    tx.delete(tables[type]).where(eq(tables[type].id, id)).run()
    effects.push({ operation: 'delete', type, id, fields: [] })
  }

  return {
    /** Creates a record; returns its id. 409 when the id is taken, 422 when a fact fails. */
    create<K extends ResourceType>(type: K, input: Inputs[K], ctx: WriteContext): string {
      return db.transaction(
        (tx) => {
          ctx.precondition?.()
          const id = input.id ?? newId(tx, type, input as Record<string, unknown>)
          if (exists(tx, type, id)) throw new ConflictError(`A ${type} with the id "${id}" exists already.`)
          put(tx, type, id, input, nextOrder(tx, type))
          log(tx, ctx, 'create', type, id, Object.keys(input).filter((k) => k !== 'id'))
          ctx.after?.(id)
          return id
        },
        { behavior: 'immediate' }
      )
    },

    /** Applies a JSON merge patch (RFC 7396) to a record and checks the result whole. */
    patch(type: ResourceType, id: string, patch: Record<string, unknown>, ctx: WriteContext): void {
      db.transaction(
        (tx) => {
          const current = currentInput(tx, type, id)
          if (!current) throw new NotFoundError(`No ${type} has the id "${id}".`)
          ctx.precondition?.()
          if ('id' in patch && patch.id !== id) throw new UnprocessableError('The id of a record cannot change.', [{ path: 'body.id', message: 'the id cannot change' }])
          const merged = mergePatch(current, patch) as Record<string, unknown>
          const parsed = inputSchemas[type].safeParse(merged)
          if (!parsed.success) {
            throw new BadRequestError(
              'The patched record is not valid.',
              parsed.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message }))
            )
          }
          // Only what really changes is written and logged; a patch that changes nothing is a no-op.
          const before = (inputSchemas[type].safeParse(current).data ?? {}) as Record<string, unknown>
          const after = parsed.data as Record<string, unknown>
          const changed = Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]))
          if (changed.length === 0) return
          put(tx, type, id, parsed.data as never, undefined)
          log(tx, ctx, 'update', type, id, changed)
        },
        { behavior: 'immediate' }
      )
    },

    /** Deletes a record: 409 when others point at it, unless cascade. Returns what went. */
    remove(type: ResourceType, id: string, cascade: boolean, ctx: WriteContext): { type: ResourceType; id: string }[] {
      return db.transaction(
        (tx) => {
          if (!exists(tx, type, id)) throw new NotFoundError(`No ${type} has the id "${id}".`)
          ctx.precondition?.()
          const effects: Effect[] = []
          destroy(tx, type, id, cascade, effects)
          for (const e of effects) log(tx, ctx, e.operation, e.type, e.id, e.fields)
          return effects.filter((e) => e.operation === 'delete').map((e) => ({ type: e.type, id: e.id }))
        },
        { behavior: 'immediate' }
      )
    },

    /** Several writes as one: all are applied, or none (used by ingest). */
    batch<T>(work: () => T): T {
      return db.transaction(() => work(), { behavior: 'immediate' })
    }
  }
}
export type CurationService = ReturnType<typeof createCurationService>

const MAX_PATCH_DEPTH = 32

/** RFC 7396: objects merge key by key, null deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch
  if (depth > MAX_PATCH_DEPTH) throw new BadRequestError('The merge patch is nested too deeply.', [{ path: 'body', message: `nested more than ${MAX_PATCH_DEPTH} levels` }])
  const result: Record<string, unknown> = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value, depth + 1)
  }
  return result
}

