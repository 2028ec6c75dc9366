import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod'
import fp from 'fastify-plugin'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { finishDocument } from '../http/openapi-document.js'
import { codeLicence, dataLicence, maintainers, quotedTextTerms } from '../licences.js'
import { projectRoot } from '../paths.js'

// Swagger UI's page, scripts and styles, as the package ships them (its logo is read from there too).
const swaggerUiStatic = join(dirname(createRequire(import.meta.url).resolve('@fastify/swagger-ui')), 'static')

const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }

export const openapiInfo = {
  title: 'Negotiation timeline API',
  version,
  description: [
    'A provenance-checked store of reporting on the 2022 Russia–Ukraine peace talks: the rounds of talks, the',
    'proposals each side tabled, the people and organizations involved and what they said. Every fact carries',
    'evidence: the exact characters of a news article (offsets into `/v1/sources/{id}` text) or a dated fact of a',
    'reference timeline.',
    '',
    'Lists are paged with opaque cursors: follow `page.nextCursor` (or the `Link: rel="next"` header) until it is',
    'null. Errors are RFC 9457 problem answers (`application/problem+json`). Reads are public; writes need a',
    'bearer token.',
    '',
    `The code and this description are under the ${codeLicence.name}; the dataset (the annotations) is under`,
    `[${dataLicence.name}](${dataLicence.url}) (${dataLicence.identifier}). ${quotedTextTerms}`
  ].join('\n'),
  // OpenAPI 3.1: an SPDX identifier or a URL, not both.
  license: { name: codeLicence.name, identifier: codeLicence.identifier },
  contact: { name: maintainers }
}

// The scheme every write needs; reads need none.
const writeScheme = 'bearerAuth'

/** The OpenAPI 3.1 description, generated from the route schemas, and the reference at /docs. */
export default fp(
  async (app) => {
    // Routes registered after this plugin declare their CSV columns in their config.
    const csvColumns = new Map<string, string[]>()
    // And, on a route of its own types (the export), the files it answers besides JSON.
    const otherTypes = new Map<string, string[]>()
    app.addHook('onRoute', (route) => {
      const operationId = (route.schema as { operationId?: string } | undefined)?.operationId
      if (route.config?.csv !== undefined && operationId !== undefined) csvColumns.set(operationId, route.config.csv.map((c) => c.header))
      if (route.config?.types !== undefined && operationId !== undefined) otherTypes.set(operationId, route.config.types.slice(1))
    })
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: openapiInfo,
        // Relative: the reference and its "Try it out" work behind any host, port or TLS proxy.
        servers: [{ url: '/', description: 'This server, wherever it is reached.' }],
        components: { securitySchemes: { [writeScheme]: { type: 'http', scheme: 'bearer', description: 'An API token from `npm run token -- create`.' } } },
        tags: [
          { name: 'dataset', description: 'What the store holds and where it comes from.' },
          { name: 'rounds', description: 'Sessions of talks: held, ongoing or proposed.' },
          { name: 'proposals', description: 'Positions a party tabled: proposals, conditions, demands and assessments.' },
          { name: 'issues', description: 'The subjects of the talks, with where each side stands on them: the position matrix.' },
          { name: 'parties', description: 'The sides, and the states hosting or mediating.' },
          { name: 'actors', description: 'People and organizations that act or are quoted.' },
          { name: 'statements', description: 'What actors said, as reported.' },
          { name: 'sources', description: 'The documents facts come from, with their text.' },
          { name: 'timeline', description: 'One chronological feed of events, for dashboards.' },
          { name: 'search', description: 'Full-text search across everything.' },
          { name: 'stats', description: 'Counts for charts.' },
          { name: 'changes', description: 'The log of accepted writes.' },
          { name: 'drafts', description: 'Drafts of the facts of a new article, for a curator to review and ingest; nothing is stored.' },
          { name: 'service', description: 'Health and readiness probes.' }
        ]
      },
      transform: jsonSchemaTransform,
      transformObject: (document) => finishDocument(jsonSchemaTransformObject(document), { csvColumns, otherTypes, writeScheme })
    })
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: false,
      // The browser tab says which API this is, not "Swagger UI".
      theme: { title: openapiInfo.title },
      baseDir: swaggerUiStatic,
      logo: { type: 'image/svg+xml', content: readFileSync(join(swaggerUiStatic, 'logo.svg')) }
    })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'swagger' }
)
