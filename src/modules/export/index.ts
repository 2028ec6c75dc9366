import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyAt, writeSqliteSnapshot } from '../../db/snapshot.js'
import { readVersion } from '../../db/version.js'
import { noneMatch, uncodedEtag } from '../../http/conditional.js'
import { NotFoundError } from '../../http/errors.js'
import { preferredType } from '../../http/negotiate.js'
import { Problem, problemResponses } from '../../http/schemas.js'
import { citation, codeLicence, dataLicence, datasetDescription, datasetTitle, quotedTextTerms } from '../../licences.js'
import { createDatasetRepository } from '../dataset/dataset.repository.js'
import { createVersionsRepository } from '../versions/versions.repository.js'
import { exportedCollections } from './export.collections.js'
import { writeJson, writeJsonLines } from './export.document.js'
import { writePackage } from './export.package.js'
import { ExportDocument, exportFormats, exportQuery, type ExportFormat, type ExportHeader } from './export.schemas.js'

const formats = Object.keys(exportFormats) as ExportFormat[]
const types = formats.map((f) => exportFormats[f].type)

/**
 * GET /v1/export: the whole dataset in one download, at the current version or any kept one.
 * The file is made whole from a private copy of the store before the answer starts (so a
 * failure is a problem answer, not a cut-off file, and the length is known), then streamed
 * from disk: memory stays flat however large the store.
 */
const exporter: FastifyPluginAsyncZod = async (app) => {
  const versions = createVersionsRepository(app.db)

  app.get(
    '',
    {
      config: { types },
      schema: {
        tags: ['dataset'],
        operationId: 'exportDataset',
        summary: 'The whole dataset in one download',
        description: [
          'Every collection at once, at the current version or, with `version`, exactly as it was at an earlier one: the same bytes each time (`ETag` names the version and format).',
          'Formats: one JSON document, JSON Lines, a ZIP of one CSV per collection (the columns of each list\'s CSV) with a Frictionless Data Package descriptor (`datapackage.json`: column types, keys, licence, sources), or a SQLite database of the dataset\'s tables.',
          'Counts equal `/v1/stats` at the same version. Lists page at 100 items at most; this is the way to take everything.'
        ].join(' '),
        querystring: exportQuery,
        response: { 200: ExportDocument, ...problemResponses, 404: Problem.describe('No such version yet, or one from before versions were kept.') }
      }
    },
    async (request, reply) => {
      const format: ExportFormat = request.query.format ?? formats[types.indexOf(preferredType(request.headers.accept, types) as (typeof types)[number])] ?? 'json'
      const current = readVersion(app.db)
      const version = request.query.version ?? current
      const kept = versions.get(version)
      if (version > current) throw new NotFoundError(`There is no version ${version} yet: the dataset is at version ${current}.`)
      if (kept === undefined) throw new NotFoundError(`Version ${version} is not kept: /v1/versions lists the versions that can be fetched again.`)

      const { type, suffix } = exportFormats[format]
      const etag = `"export-${version}-${format}"`
      reply.header('etag', etag)
      // Every version but the current one is fixed for good.
      reply.header('cache-control', version < current ? 'public, max-age=31536000, immutable' : 'public, no-cache')
      const ifNoneMatch = request.headers['if-none-match']
      if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch.split(',').map((tag) => uncodedEtag(tag.trim())).join(', '), etag)) return reply.code(304).send(undefined as never)

      const dir = mkdtempSync(join(tmpdir(), 'negotiation-timeline-export-'))
      const remove = () => rmSync(dir, { recursive: true, force: true })
      try {
        const { copy } = await copyAt(app.db, join(dir, 'copy.db'), version)
        const file = join(dir, `export${suffix}`)
        try {
          const header: ExportHeader = {
            name: datasetTitle,
            description: datasetDescription,
            version,
            at: kept.at,
            madeBy: kept.madeBy,
            licence: { data: dataLicence, code: codeLicence, quotedText: quotedTextTerms },
            citation: citation(version, kept.at, `${request.protocol}://${request.host}`),
            counts: kept.counts,
            sources: createDatasetRepository(copy).sources()
          }
          const collections = exportedCollections(copy)
          if (format === 'json') await writeJson(file, header, collections)
          else if (format === 'jsonl') await writeJsonLines(file, header, collections)
          else if (format === 'zip') await writePackage(file, dir, header, collections)
          else writeSqliteSnapshot(copy, file)
        } finally {
          copy.$client.close()
        }
        const stream = createReadStream(file)
        stream.on('close', remove)
        return reply
          .type(format === 'json' ? `${type}; charset=utf-8` : type)
          .header('content-length', statSync(file).size)
          .header('content-disposition', `attachment; filename="negotiation-timeline-v${version}${suffix}"`)
          .send(stream as never)
      } catch (error) {
        remove()
        throw error
      }
    }
  )
}

export default exporter
