// The write endpoints of one kind of record, the same for every kind: POST, PATCH (JSON
// merge patch) and DELETE, behind a write token, with If-Match, Idempotency-Key and the
// changes log. What differs by kind is the writer's (src/modules/<name>/<name>.writes.ts).
import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from '@fastify/type-provider-zod'
import { and, eq } from 'drizzle-orm'
import { z } from 'zod'
import { idempotencyKeys } from '../db/schema.js'
import { BadRequestError, NotFoundError, PreconditionFailedError, UnprocessableError } from '../http/errors.js'
import { uncodedEtag } from '../http/conditional.js'
import { Problem } from '../http/schemas.js'
import { textProblems } from './body-text.js'
import { collectionOf } from './curation.schemas.js'
import type { ResourceWriter, WriteBody } from './writer.js'
import { createWrites } from './writes.js'

/** The strong ETag a GET of this representation carries (the same hash as @fastify/etag). */
export function etagOf(schema: z.ZodType, value: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(z.encode(schema, value))).digest('base64')}"`
}

const writeProblems = {
  400: Problem.describe('The body or a parameter is invalid.'),
  401: Problem.describe('No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`).'),
  403: Problem.describe('The token may not write.'),
  404: Problem.describe('No record has this id.'),
  409: Problem.describe('The id is taken, or others still point at the record.'),
  412: Problem.describe('`If-Match` names a version that is no longer current; nothing changed.'),
  413: Problem.describe('The body is too large.'),
  415: Problem.describe('The body is not JSON.'),
  422: Problem.describe('The body is well-formed but a fact does not hold (evidence not in its source, an unknown party, round, actor or issue, a date whose kind does not fit its days…).'),
  429: Problem.describe('Too many writes; retry after `Retry-After` seconds.'),
  500: Problem.describe('An unexpected error; nothing was written.'),
  503: Problem.describe('The store is busy with another write, or this server is a read replica; nothing was written.'),
  507: Problem.describe('The store is full; nothing was written. Reads go on.')
}

const security = [{ bearerAuth: [] }]

class Replay {
  constructor(readonly status: number, readonly location: string | null, readonly body: string) {}
}

// Fields a GET returns that a write cannot set: accepted and ignored, so that a record read
// can be changed and sent back as it is.
const readOnly = ['statementCount', 'sha256', 'length', 'proposals', 'statements']

/**
 * An evidence item as a GET gives it, as a write takes it: without its null halves, and
 * said once. An item of several spans is its `spans` (its start, end and text are null); any
 * other is its offsets or its note. (`spans` of one span or none, as a client may send them,
 * say what the offsets or the note say.)
 */
function evidenceItem(item: unknown): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item
  const kept: Record<string, unknown> = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null))
  if (Array.isArray(kept.spans) && ('text' in kept || 'note' in kept)) {
    if (kept.spans.length > 1) {
      delete kept.start
      delete kept.end
      delete kept.text
    } else delete kept.spans
  }
  return kept
}

/**
 * Drops read-only fields and says each evidence item once (evidenceItem), and refuses text
 * no field may hold, as the query parameters do: unpaired surrogates (not Unicode), and
 * control characters, which would reach CSV cells and every reader raw (NUL cuts text short
 * in many tools).
 */
async function normaliseBody(request: FastifyRequest) {
  const body = request.body
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return
  const { surrogates, controls } = textProblems(body)
  if (surrogates.length > 0) throw new BadRequestError('The body has text that is not valid Unicode (an unpaired surrogate).', surrogates)
  if (controls.length > 0) throw new BadRequestError('The body has control characters: text may hold tabs and line breaks, no other control character.', controls)
  const record = body as Record<string, unknown>
  for (const key of readOnly) delete record[key]
  if (Array.isArray(record.evidence)) record.evidence = record.evidence.map(evidenceItem)
}

export interface WriteOptions {
  /** The GET representation of one record, and its schema. */
  get: (id: string) => unknown
  output: z.ZodType
  tag: string
  exampleId: string
}

/** Registers POST, PATCH /:id and DELETE /:id for the writer's kind, in its module's plugin. */
export function registerWrites<B extends WriteBody>(app: FastifyInstance, writer: ResourceWriter<B>, options: WriteOptions) {
  const typed = app.withTypeProvider<ZodTypeProvider>()
  const writes = createWrites(app.db)
  const { type } = writer
  const { get, output, tag, exampleId } = options
  const collection = collectionOf[type]
  const location = (id: string) => `/v1/${collection}/${encodeURIComponent(id)}`
  const requireWrite = app.requireScope('write')
  const ifMatchHeader = z.string().max(200).optional().describe('The ETag of a GET of the record: the write happens only if the record is still that version (else 412).')

  /** If-Match, checked inside the write transaction so that of two writers with one ETag exactly one wins. */
  const precondition = (id: string, ifMatch: string | undefined) => () => {
    if (ifMatch === undefined) return
    const current = get(id)
    if (current === undefined) throw new NotFoundError(`No ${type} has the id "${id}".`)
    // A tag from a compressed GET names the same version of the record.
    const tags = ifMatch.split(',').map((tag) => uncodedEtag(tag.trim()))
    if (!tags.includes('*') && !tags.includes(etagOf(output, current))) {
      throw new PreconditionFailedError(`The ${type} "${id}" has changed since that ETag: GET it again, then retry.`)
    }
  }

  typed.post(
    '',
    {
      // After the rate limit (so failed authentication counts too) and before validation.
      preValidation: [requireWrite, normaliseBody],
      schema: {
        tags: [tag],
        operationId: `create${type[0]!.toUpperCase()}${type.slice(1)}`,
        summary: `Create a ${type}`,
        description: `Adds a ${type} with its evidence. Evidence from a news article is checked against the article's text (or located, when given as \`quote\`); references must name known records. Answers 201 with \`Location\`. With \`Idempotency-Key\`, a retry of the same request returns the first answer instead of creating again.`,
        security,
        querystring: z.strictObject({}),
        headers: z.object({
          'idempotency-key': z.string().min(1).max(200).optional().describe('Any unique string; a retried POST with the same key and body gets the first answer.')
        }),
        body: writer.body,
        response: { 201: output.describe(`The ${type} as GET returns it.`), ...writeProblems }
      }
    },
    async (request, reply) => {
      const token = request.token!
      const key = request.headers['idempotency-key']
      const requestHash = createHash('sha256').update(`${request.url}\n${JSON.stringify(request.body)}`).digest('hex')
      const findKey = () =>
        key === undefined
          ? undefined
          : app.db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tokenId, token.id), eq(idempotencyKeys.key, key))).get()
      try {
        // The route's schema validated the body with writer.body: it is a B.
        const id = writes.create(writer, request.body as B, {
          tokenName: token.name,
          precondition: () => {
            const prior = findKey()
            if (prior === undefined) return
            if (prior.requestHash !== requestHash) {
              throw new UnprocessableError('This Idempotency-Key was used for a different request.', [{ path: 'headers.idempotency-key', message: 'already used with another body or path' }])
            }
            throw new Replay(prior.status, prior.location, prior.body)
          },
          after: (id) => {
            if (key === undefined) return
            const body = JSON.stringify(z.encode(output, get(id)))
            app.db.insert(idempotencyKeys).values({ tokenId: token.id, key, requestHash, status: 201, location: location(id), body, createdAt: new Date().toISOString() }).run()
          }
        })
        return reply.code(201).header('location', location(id)).send(get(id))
      } catch (error) {
        if (!(error instanceof Replay)) throw error
        if (error.location) reply.header('location', error.location)
        return reply.code(error.status).header('idempotent-replayed', 'true').type('application/json; charset=utf-8').send(error.body)
      }
    }
  )

  typed.patch(
    '/:id',
    {
      // After the rate limit (so failed authentication counts too) and before validation.
      preValidation: [requireWrite, normaliseBody],
      schema: {
        tags: [tag],
        operationId: `update${type[0]!.toUpperCase()}${type.slice(1)}`,
        summary: `Change a ${type}`,
        description: 'A JSON merge patch (RFC 7396; `application/merge-patch+json` or `application/json`): fields present replace, `null` clears, arrays (such as `evidence`) replace whole. The patched record is checked as a whole, like a create. Send `If-Match` with the ETag of your GET to be sure nobody changed it meanwhile.',
        security,
        params: z.strictObject({ id: z.string().describe(`The ${type} id.`).meta({ examples: [exampleId] }) }),
        querystring: z.strictObject({}),
        headers: z.object({ 'if-match': ifMatchHeader }),
        body: z.record(z.string(), z.unknown()).describe('The merge patch: a JSON object.'),
        response: { 200: output.describe(`The ${type} after the change.`), ...writeProblems }
      }
    },
    async (request) => {
      const { id } = request.params
      writes.patch(writer, id, request.body, { tokenName: request.token!.name, precondition: precondition(id, request.headers['if-match']) })
      return get(id)
    }
  )

  typed.delete(
    '/:id',
    {
      // After the rate limit (so failed authentication counts too) and before validation.
      preValidation: [requireWrite, normaliseBody],
      schema: {
        tags: [tag],
        operationId: `delete${type[0]!.toUpperCase()}${type.slice(1)}`,
        summary: `Delete a ${type}`,
        description: `Deletes the ${type}. When other records point at it the answer is 409, unless \`cascade=true\`: then they are deleted too (for a source: its evidence, and any record left with none). The answer lists everything deleted.`,
        security,
        params: z.strictObject({ id: z.string().describe(`The ${type} id.`).meta({ examples: [exampleId] }) }),
        querystring: z.strictObject({ cascade: z.enum(['true', 'false']).default('false').describe('`true` deletes the records that point at this one too.') }),
        headers: z.object({ 'if-match': ifMatchHeader }),
        response: {
          200: z.object({ deleted: z.array(z.object({ type: z.string(), id: z.string() })) }).describe('What was deleted.'),
          ...writeProblems
        }
      }
    },
    async (request) => {
      const { id } = request.params
      const deleted = writes.remove(writer, id, request.query.cascade === 'true', {
        tokenName: request.token!.name,
        precondition: precondition(id, request.headers['if-match'])
      })
      return { deleted }
    }
  )
}
