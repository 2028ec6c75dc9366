import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { asc, count, gt } from 'drizzle-orm'
import { z } from 'zod'
import { Change, collectionOf, type ResourceType } from '../../curation/curation.schemas.js'
import { changes } from '../../db/schema.js'
import { csvConfig, type CsvColumns } from '../../http/csv.js'
import { decodeCursor, orderKey, pageParams, sendPage } from '../../http/pagination.js'
import { listOf, problemResponses } from '../../http/schemas.js'

const changeCsv: CsvColumns<Change> = [
  { header: 'seq', value: (c) => c.seq },
  { header: 'at', value: (c) => c.at },
  { header: 'token', value: (c) => c.token },
  { header: 'operation', value: (c) => c.operation },
  { header: 'resource_type', value: (c) => c.resource.type },
  { header: 'resource_id', value: (c) => c.resource.id },
  { header: 'href', value: (c) => c.resource.href },
  { header: 'fields', value: (c) => c.fields.join(' | ') }
]

/** GET /v1/changes: the append-only log of accepted writes, for dashboards to poll. */
const changesFeed: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: csvConfig(changeCsv),
      schema: {
        tags: ['changes'],
        operationId: 'listChanges',
        summary: 'What changed',
        description:
          'Every accepted write, oldest first: when, by which token, what operation on which record, and which fields. Poll with `since` set to the last `seq` you saw; the dataset `version` of `/v1` also changes with every write.',
        querystring: z.strictObject({
          since: z.coerce.number().int().min(0).default(0).describe('Only changes after this sequence number.').meta({ examples: [0] }),
          ...pageParams
        }),
        response: { 200: listOf(Change, 'A page of changes, oldest first.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { since, limit, cursor } = request.query
      const after = decodeCursor(cursor, 'seq', orderKey)
      const from = Math.max(since, after?.[0] ?? 0)
      const rows = app.db.select().from(changes).where(gt(changes.seq, from)).orderBy(asc(changes.seq)).limit(limit + 1).all()
      const total = app.db.select({ n: count() }).from(changes).where(gt(changes.seq, since)).get()?.n ?? 0
      const more = rows.length > limit
      if (more) rows.pop()
      const items: Change[] = rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        token: r.tokenName,
        operation: r.operation,
        resource: {
          type: r.resourceType as ResourceType,
          id: r.resourceId,
          href: `/v1/${collectionOf[r.resourceType as ResourceType]}/${encodeURIComponent(r.resourceId)}`
        },
        fields: r.fields
      }))
      return sendPage(request, reply, 'seq', limit, { items, total, nextKey: more ? [rows[rows.length - 1]!.seq] : null })
    }
  )
}

export default changesFeed
