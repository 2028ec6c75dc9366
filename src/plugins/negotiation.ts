import fp from 'fastify-plugin'
import { NotAcceptableError } from '../http/errors.js'
import { notAcceptable, servedTypes } from '../http/negotiate.js'

/** An Accept header that rules out every representation of a data route is answered 406, not ignored. */
export default fp(
  async (app) => {
    app.addHook('onRequest', (request, _reply, done) => {
      const path = request.url
      if (!(path === '/v1' || path.startsWith('/v1/') || path.startsWith('/v1?')) || !notAcceptable(request)) return done()
      done(new NotAcceptableError(`This endpoint answers ${servedTypes(request).join(', ')}; the Accept header "${request.headers.accept}" allows none of them.`))
    })
  },
  { name: 'negotiation' }
)
