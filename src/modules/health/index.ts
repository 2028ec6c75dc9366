import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { isMigrated } from '../../db/open.js'
import { sendProblem } from '../../http/problem.js'
import { Problem } from '../../http/schemas.js'

const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })

const health: FastifyPluginAsyncZod = async (app) => {
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
        response: { 200: Health }
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
        description: 'Answers 200 when the database is open and migrated, 503 otherwise.',
        response: { 200: Health, 503: Problem.describe('The database is not open or not migrated.') }
      }
    },
    async (request, reply) => {
      let ready = false
      try {
        ready = app.db.$client.open && isMigrated(app.db)
      } catch (error) {
        app.log.warn({ err: error }, 'readiness check failed')
      }
      if (!ready) return sendProblem(request, reply, 503, 'The database is not open or not fully migrated.')
      return { status: 'ok' as const }
    }
  )
}

export default health
