import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import type { ReplicaConfig } from '../../config.js'
import { isMigrated } from '../../db/open.js'
import { storeSpace } from '../../db/store-space.js'
import { ServiceUnavailableError } from '../../http/errors.js'
import { Problem, serviceProblems } from '../../http/schemas.js'
import { sinceLastPull } from '../../replica/follow.js'

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })

const Readiness = z
  .object({
    status: z.literal('ok'),
    store: z.object({
      full: z.boolean().describe('No room for another page: writes answer 507 until space is freed; reads go on.'),
      freeBytes: z.number().int().nullable().describe('Bytes free on the filesystem holding DATABASE_PATH (null for an in-memory store).')
    })
  })
  .meta({ id: 'Readiness' })

export interface HealthOptions {
  /** A read replica is ready only while its pulls from the primary keep landing. */
  replica?: ReplicaConfig & { databasePath: string }
}

const health: FastifyPluginAsyncZod<HealthOptions> = async (app, options) => {
  app.get(
    '/healthz',
    {
      // Probes answer a few bytes, often: nothing to compress, and the compressor's first
      // use (it loads fetch's Response class) would otherwise delay the first readiness answer.
      compress: false,
      schema: {
        tags: ['service'],
        operationId: 'getLiveness',
        summary: 'Liveness',
        description: 'Answers 200 while the process runs.',
        response: { 200: Health, ...serviceProblems }
      }
    },
    async () => ({ status: 'ok' as const })
  )

  app.get(
    '/readyz',
    {
      compress: false,
      schema: {
        tags: ['service'],
        operationId: 'getReadiness',
        summary: 'Readiness',
        description:
          'Answers 200 when the database is open and migrated, 503 otherwise. A read replica (REPLICA_OF) also answers 503 when its last pull from the primary is older than REPLICA_STALE_MS. ' +
          'A full store is still ready, since reads go on: `store.full` is true when there is no room for another page (the disk holding DATABASE_PATH is full, or SQLite\'s max_page_count is reached), and writes then answer 507 until space is freed; `store.freeBytes` is the space left on that disk, to alert on before it runs out.',
        response: {
          200: Readiness,
          ...serviceProblems,
          503: Problem.describe('Not ready: the database is not open or not migrated, the replica is stale, or the service is overloaded (MAX_EVENT_LOOP_DELAY).')
        }
      }
    },
    async () => {
      let ready = false
      try {
        ready = app.db.$client.open && isMigrated(app.db)
      } catch (error) {
        app.log.warn({ err: error }, 'readiness check failed')
      }
      if (!ready) throw new ServiceUnavailableError('The database is not open or not fully migrated.')
      const replica = options.replica
      if (replica) {
        const since = sinceLastPull(replica.databasePath)
        if (since === undefined || since > replica.staleMs) {
          const when = since === undefined ? 'never pulled from its primary' : `not pulled from its primary for ${Math.round(since / 1000)} s`
          throw new ServiceUnavailableError(`This replica has ${when} (REPLICA_STALE_MS=${replica.staleMs}).`)
        }
      }
      return { status: 'ok' as const, store: storeSpace(app.db.$client) }
    }
  )
}

export default health
