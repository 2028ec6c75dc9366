import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import type { FastifyReply } from 'fastify'
import { createHash } from 'node:crypto'
import { createReadStream, fstatSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Piscina } from 'piscina'
import { readVersion } from '../../db/version.js'
import { noneMatch, uncodedEtag } from '../../http/conditional.js'
import { badParameter, NotFoundError, ServiceUnavailableError } from '../../http/errors.js'
import { preferredType } from '../../http/negotiate.js'
import { originOf, type CitingOptions } from '../../http/origin.js'
import { Problem, problemResponses } from '../../http/schemas.js'
import { projectRoot } from '../../paths.js'
import { createVersionsRepository } from '../versions/versions.repository.js'
import { buildExport, type ExportTask } from './export.build.js'
import { ExportDocument, exportFormats, exportQuery, type ExportFormat } from './export.schemas.js'

const formats = Object.keys(exportFormats) as ExportFormat[]
const types = formats.map((f) => exportFormats[f].type)
const FOLDER_PREFIX = 'negotiation-timeline-export-'
// Files kept for asking again: every format of two versions, or a few collections' CSV more.
const KEPT_FILES = 16
// Files waiting to be made, beyond which a request for a new one is refused for a moment.
const MAX_WAITING = 8

const { version: build } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }

// Each process's folder is named after its process id: a folder is left behind only by a
// process that is gone (killed before it could remove it), and only such a one is swept.
const running = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function sweep(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^negotiation-timeline-export-(\d+)-/.exec(name)?.[1])
    if (Number.isInteger(pid) && pid !== process.pid && !running(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true })
  }
}

/**
 * GET /v1/export: the whole dataset in one download, at the current version or any kept one.
 * A file is made whole in a worker thread, from a private copy of the store, before the answer
 * starts (a failure is a problem answer, not a cut-off file; the length is known; the event
 * loop goes on serving), one at a time, then streamed from disk: memory stays flat however
 * large the store. A version's file never changes, so the last few made are kept and sent
 * again, and a request for one being made waits for it.
 */
const exporter: FastifyPluginAsyncZod<CitingOptions> = async (app, options) => {
  const versions = createVersionsRepository(app.db)
  const databasePath = app.db.$client.name
  sweep()
  const folder = mkdtempSync(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`))
  // An in-memory store is seen by this connection only: its exports are made here.
  const pool = databasePath === ':memory:' ? undefined : new Piscina<ExportTask, string>({ filename: join(projectRoot, 'dist/src/modules/export/export.worker.js'), maxThreads: 1, minThreads: 0, idleTimeout: 30_000, maxQueue: MAX_WAITING })
  const made = new Map<string, Promise<{ file: string; dir: string }>>()
  app.addHook('onClose', async () => {
    await pool?.destroy()
    rmSync(folder, { recursive: true, force: true })
  })

  const exportFile = (wanted: Omit<ExportTask, 'databasePath' | 'dir'>, reply: FastifyReply) => {
    const key = JSON.stringify(wanted)
    let entry = made.get(key)
    if (entry !== undefined) {
      // Kept by last use: the most asked-for files stay.
      made.delete(key)
      made.set(key, entry)
      return { key, entry }
    }
    if (pool !== undefined && pool.queueSize >= MAX_WAITING) {
      reply.header('retry-after', '5')
      throw new ServiceUnavailableError(`${MAX_WAITING} export files are waiting to be made; retry in a moment, or ask for one made already.`)
    }
    const dir = mkdtempSync(join(folder, `v${wanted.version}-`))
    const task: ExportTask = { ...wanted, databasePath, dir }
    entry = (pool === undefined ? buildExport({ ...task, source: app.db }) : pool.run(task)).then((file) => ({ file, dir }))
    made.set(key, entry)
    entry.catch(() => forget(key, entry))
    for (const [oldest, file] of made) {
      if (made.size <= KEPT_FILES) break
      forget(oldest, file)
    }
    return { key, entry }
  }
  // Drops a kept file, once it is made: one being sent stays readable through its descriptor.
  const forget = (key: string, entry: Promise<{ dir: string }> | undefined) => {
    if (entry === undefined || made.get(key) !== entry) return
    made.delete(key)
    entry.then(({ dir }) => rmSync(dir, { recursive: true, force: true }), () => {})
  }

  app.get(
    '',
    {
      config: { types },
      schema: {
        tags: ['dataset'],
        operationId: 'exportDataset',
        summary: 'The whole dataset in one download',
        description: [
          'Every collection at once, at the current version or, with `version`, exactly as it was at an earlier one: the same bytes each time it is asked at the same address (`ETag` names the version and the format).',
          'Formats: one JSON document, JSON Lines, a ZIP of one CSV per collection (the columns of each list\'s CSV, every cell exactly as stored) with a Frictionless Data Package descriptor (`datapackage.json`: column types, keys, licence, sources, citation), or a SQLite database of the dataset\'s tables.',
          'Counts equal `/v1/stats` at the same version. Lists page at 100 items at most; this is the way to take everything. On a large store the first request for a version takes seconds (the file is made, then kept).'
        ].join(' '),
        querystring: exportQuery,
        response: { 200: ExportDocument, ...problemResponses, 404: Problem.describe('No such version yet, or one from before versions were kept.') }
      }
    },
    async (request, reply) => {
      const format: ExportFormat = request.query.format ?? formats[types.indexOf(preferredType(request.headers.accept, types) as (typeof types)[number])] ?? 'json'
      const current = readVersion(app.db)
      const version = request.query.version ?? current
      if (version > current) throw new NotFoundError(`There is no version ${version} yet: the dataset is at version ${current}.`)
      if (versions.get(version) === undefined) throw new NotFoundError(`Version ${version} is not kept: /v1/versions lists the versions that can be fetched again.`)

      const { collection, bom } = request.query
      if (format === 'csv' && collection === undefined) throw badParameter('collection', 'CSV is one collection a file: name it (rounds, proposals…), or take them all with format=zip')
      if (format !== 'csv' && collection !== undefined) throw badParameter('collection', 'only with format=csv: every other format holds every collection')
      const what = collection === undefined ? format : `${collection}${bom ? '-bom' : ''}`

      // The bytes depend on the version, the format, the address cited and the code that made them.
      const origin = originOf(request, options)
      const etag = `"export-${version}-${what}-${createHash('sha256').update(`${origin} ${build}`).digest('hex').slice(0, 8)}"`
      reply.header('etag', etag)
      const ifNoneMatch = request.headers['if-none-match']
      if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch.split(',').map((tag) => uncodedEtag(tag.trim())).join(', '), etag)) return reply.code(304).send(undefined as never)

      const wanted = { version, format, origin, ...(collection === undefined ? {} : { collection, bom }) }
      let fd: number
      try {
        fd = openSync((await exportFile(wanted, reply).entry).file, 'r')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        // A kept file removed from under the service (a cleaner of /tmp): made again.
        const gone = exportFile(wanted, reply)
        forget(gone.key, gone.entry)
        fd = openSync((await exportFile(wanted, reply).entry).file, 'r')
      }
      const { type, suffix } = exportFormats[format]
      const { size } = fstatSync(fd)
      return reply
        .type(format === 'json' ? `${type}; charset=utf-8` : format === 'csv' ? `${type}; charset=utf-8; header=present` : type)
        .header('content-length', size)
        .header('content-disposition', `attachment; filename="negotiation-timeline-v${version}${collection === undefined ? '' : `-${collection}`}${suffix}"`)
        // With its end given, the stream ends with its last bytes rather than one read later,
        // after a client that has them all may have hung up (a "premature close", unlogged).
        .send(createReadStream('', { fd, start: 0, end: size - 1 }) as never)
    }
  )
}

export default exporter
