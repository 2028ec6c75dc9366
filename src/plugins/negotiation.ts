import fp from 'fastify-plugin'
import { notAcceptable, servedTypes } from '../http/negotiate.js'
import { sendProblem } from '../http/problem.js'

/** An Accept header that rules out every representation of a data route is answered 406, not ignored. */
export default fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url
      if (!(path === '/v1' || path.startsWith('/v1/') || path.startsWith('/v1?'))) return
      if (notAcceptable(request)) {
        return sendProblem(request, reply, 406, `This endpoint answers ${servedTypes(request).join(', ')}; the Accept header "${request.headers.accept}" allows none of them.`)
      }
    })
  },
  { name: 'negotiation' }
)
