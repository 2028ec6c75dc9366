import compress from '@fastify/compress'
import cors from '@fastify/cors'
import etag from '@fastify/etag'
import fp from 'fastify-plugin'
import { BROTLI_OPTIONS, COMPRESSION_THRESHOLD, ENCODINGS } from '../http/compression.js'

/**
 * What a dashboard in a browser on another origin needs: CORS for reads, strong ETags with
 * 304 answers for cheap polling, Cache-Control, and compression.
 */
export default fp<{ corsWriteOrigins: string[] }>(
  async (app, options) => {
    const exposedHeaders = ['Link', 'ETag', 'X-Request-Id', 'X-Total-Count', 'Location', 'Retry-After']
    // An OPTIONS request that is not a well-formed preflight gets a plain 204, not a text/plain 400.
    const strictPreflight = false
    const writers = new Set(options.corsWriteOrigins.map((o) => new URL(o).origin))
    await app.register(cors, {
      // Reads from any origin; writes only from the configured ones (none by default).
      delegator: (request, callback) => {
        const origin = request.headers.origin
        const wanted = request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? 'GET') : request.method
        if ((request.method === 'GET' || request.method === 'HEAD') && origin === undefined) {
          // Not a CORS request (a browser always sends Origin on one): no CORS headers, which
          // would be bytes on every poll from a server or a same-origin page. Vary: Origin still.
          callback(null, { origin: false, strictPreflight })
        } else if (wanted === 'GET' || wanted === 'HEAD') {
          callback(null, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders, maxAge: 86_400, strictPreflight })
        } else if (origin !== undefined && writers.has(origin)) {
          callback(null, {
            origin,
            methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
            allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
            exposedHeaders,
            maxAge: 600,
            strictPreflight
          })
        } else {
          callback(null, { origin: false, strictPreflight })
        }
      }
    })
    // The ETag is the hash of the uncompressed body, so it is registered before compression
    // sees the body: it then names the representation, whatever its transfer encoding.
    await app.register(etag, { algorithm: 'sha256' })
    app.addHook('onSend', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return
      if (reply.statusCode === 200 || reply.statusCode === 304) {
        // Stored, but revalidated on every use: an answer is never stale, and a repeat costs a 304.
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, no-cache')
      } else if (reply.statusCode >= 400) {
        reply.header('cache-control', 'no-store')
      }
    })
    await app.register(compress, {
      global: true,
      threshold: COMPRESSION_THRESHOLD,
      encodings: [...ENCODINGS],
      brotliOptions: BROTLI_OPTIONS
    })
  },
  { name: 'web-caching' }
)
