import accepts from '@fastify/accepts'
import fp from 'fastify-plugin'
import { sendProblem } from '../http/problem.js'

const served = ['application/json', 'application/problem+json']

/** The data API speaks JSON: an Accept header that rules JSON out is answered 406, not ignored. */
export default fp(
  async (app) => {
    await app.register(accepts)
    app.addHook('onRequest', async (request, reply) => {
      if (request.headers.accept === undefined || !(request.url === '/v1' || request.url.startsWith('/v1/') || request.url.startsWith('/v1?'))) return
      if (request.accepts().type(served) === false) {
        return sendProblem(request, reply, 406, `This endpoint answers ${served.join(' or ')}; the Accept header "${request.headers.accept}" allows neither.`)
      }
    })
  },
  { name: 'negotiation' }
)
