// POST /v1/drafts: the drafter over HTTP. It stores nothing: the draft goes back to the
// curator, who edits it and adds it with `npm run ingest` (or the write routes).
import { join } from 'node:path'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { Piscina } from 'piscina'
import { IngestFile } from '../../curation/ingest.js'
import type { Draft } from '../../drafting/draft.js'
import { ServiceUnavailableError } from '../../http/errors.js'
import { Problem, problemResponses } from '../../http/schemas.js'
import { projectRoot } from '../../paths.js'
import { readVocabulary } from './drafts.repository.js'
import { DraftRequest } from './drafts.schemas.js'
import type { DraftTask } from './drafts.worker.js'

/** Drafts waiting for the worker beyond which a new one is refused (503): each is up to a second. */
const MAX_WAITING = 4

const drafts: FastifyPluginAsyncZod = async (app) => {
  // One thread, started on the first draft and let go after a minute idle.
  const pool = new Piscina<DraftTask, Draft>({ filename: join(projectRoot, 'dist/src/modules/drafts/drafts.worker.js'), maxThreads: 1, minThreads: 0, idleTimeout: 60_000 })
  app.addHook('onClose', async () => {
    await pool.destroy()
  })

  app.post(
    '',
    {
      preValidation: [app.requireScope('write')],
      schema: {
        tags: ['drafts'],
        operationId: 'draftFacts',
        summary: 'Draft the facts of an article for a curator to review',
        description:
          'Proposes the facts an article states, in the format `npm run ingest` reads: statements (direct, partial and indirect speech, with the speaker resolved from a name, a role, a surname, a pronoun or a side), the people and organizations with the roles the article gives them, rounds with their place, format, status and date, and lists of proposals, one per item. Every fact quotes its words from the article and carries `review.confidence` and `review.reason` (the rule or cue behind it); relative dates are resolved against `published`, with the article\'s words in `date.text` and the reasoning in `date.note`. What the drafter cannot settle is under `review.undecided`. Parties, actors and issues the store has are linked by name and alias, and rounds by place, kind and days (`review.linked` lists each link): ingest the draft into this same store. Nothing is stored. Needs a write token and counts against the write rate limit. See docs/drafting.md.',
        security: [{ bearerAuth: [] }],
        body: DraftRequest,
        response: {
          200: IngestFile.describe('The draft: an ingest file (docs/ingest.schema.json) with the drafter\'s notes.'),
          401: Problem.describe('No token, or an unknown or revoked one (`WWW-Authenticate: Bearer`).'),
          403: Problem.describe('The token may not write.'),
          413: Problem.describe('The body is too large.'),
          415: Problem.describe('The body is not JSON.'),
          ...problemResponses
        }
      }
    },
    async (request, reply) => {
      if (pool.queueSize >= MAX_WAITING) {
        reply.header('retry-after', '5')
        throw new ServiceUnavailableError(`${MAX_WAITING} drafts are waiting to be made; retry in a moment.`)
      }
      const { published, ...rest } = request.body
      return pool.run({ input: { ...rest, published: { earliest: published.earliest, latest: published.latest ?? published.earliest } }, vocabulary: readVocabulary(app.db) })
    }
  )
}

export default drafts
