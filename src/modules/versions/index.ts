import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { originOf, type CitingOptions } from '../../http/origin.js'
import { csvConfig, type CsvColumns } from '../../http/csv.js'
import { decodeCursor, orderKey, sendPage } from '../../http/pagination.js'
import { listOf, problemResponses } from '../../http/schemas.js'
import { citation } from '../../licences.js'
import { createVersionsRepository } from './versions.repository.js'
import { Version, versionsQuery } from './versions.schemas.js'

const countColumns = ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources', 'issues', 'evidence'] as const

const versionCsv: CsvColumns<Version> = [
  { header: 'version', value: (v) => v.version, type: 'integer' },
  { header: 'at', value: (v) => v.at, type: 'datetime' },
  { header: 'made_by', value: (v) => v.madeBy },
  { header: 'token', value: (v) => v.token },
  { header: 'changes', value: (v) => v.changes, type: 'integer' },
  ...countColumns.map((c) => ({ header: c, value: (v: Version) => v.counts[c] ?? 0, type: 'integer' as const })),
  { header: 'citation', value: (v) => v.citation }
]

/** GET /v1/versions: every dataset version that can be fetched again, newest first. */
const versionsList: FastifyPluginAsyncZod<CitingOptions> = async (app, options) => {
  const repo = createVersionsRepository(app.db)
  app.get(
    '',
    {
      config: csvConfig(versionCsv),
      schema: {
        tags: ['dataset'],
        operationId: 'listVersions',
        summary: 'Dataset versions',
        description:
          'Every dataset version, newest first: when it was made, by the seeder or by which token\'s write, how many records it held, and how to cite it. Each one can be fetched again, byte for byte, from `/v1/export?version=N`. A store that existed before versions were kept starts with the version it held then (`madeBy: upgrade`).',
        querystring: versionsQuery,
        response: { 200: listOf(Version, 'A page of versions, newest first.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor } = request.query
      const page = repo.list(limit, decodeCursor(cursor, 'version', orderKey))
      const origin = originOf(request, options)
      const items: Version[] = page.rows.map(({ before, ...v }) => ({
        ...v,
        citation: citation(v.version, v.at, origin),
        links: { export: `/v1/export?version=${v.version}`, changes: `/v1/changes?since=${before}` }
      }))
      return sendPage(request, reply, 'version', limit, { items, total: page.total, nextKey: page.nextKey })
    }
  )
}

export default versionsList
