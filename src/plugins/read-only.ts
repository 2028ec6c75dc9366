import fp from 'fastify-plugin'
import { ServiceUnavailableError } from '../http/errors.js'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A read replica (REPLICA_OF) answers reads from its copy of the primary's store; only the
 * primary takes writes. A write sent here is refused before authentication or rate limits
 * look at it, with a problem that says where writes go.
 */
export default fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      if (!READS.has(request.method)) throw new ServiceUnavailableError('This server is a read replica: it answers reads only. Send writes to the primary.')
    })
  },
  { name: 'read-only' }
)
