// Makes one export file. It runs in a worker thread (export.worker.ts): a copy of the store,
// turning it back to an old version and writing every collection take seconds on a large
// store, and the server's event loop must go on answering meanwhile.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { copyAt, writeSqliteSnapshot } from '../../db/snapshot.js'
import { openDb, type Db } from '../../db/open.js'
import { codeLicence, citation, dataLicence, datasetDescription, datasetTitle, quotedTextTerms } from '../../licences.js'
import { createDatasetRepository } from '../dataset/dataset.repository.js'
import { createVersionsRepository } from '../versions/versions.repository.js'
import { exportedCollections } from './export.collections.js'
import { writeJson, writeJsonLines } from './export.document.js'
import { writeCsv, writePackage } from './export.package.js'
import { exportFormats, type ExportCollection, type ExportFormat, type ExportHeader } from './export.schemas.js'

export interface ExportTask {
  /** The store: a file another connection may be writing. */
  databasePath: string
  /** A folder of the task's own, for the copy and the file. */
  dir: string
  version: number
  format: ExportFormat
  /** The address citations name. */
  origin: string
  /** With format `csv`: the collection, and Excel's byte-order mark. */
  collection?: ExportCollection
  bom?: boolean
  /** The store's connection, where it is in memory and no other connection can open it. */
  source?: Db
}

/** Writes the export into `task.dir`; returns the file's path. */
export async function buildExport(task: ExportTask): Promise<string> {
  const store = task.source ?? openDb(task.databasePath, { readonly: true })
  const copyFile = join(task.dir, 'copy.db')
  let copy: Db
  try {
    copy = (await copyAt(store, copyFile, task.version)).copy
  } finally {
    if (task.source === undefined) store.$client.close()
  }
  try {
    const made = createVersionsRepository(copy).get(task.version)
    if (made === undefined) throw new Error(`version ${task.version} has no record in the copy`)
    const header: ExportHeader = {
      name: datasetTitle,
      description: datasetDescription,
      version: task.version,
      at: made.at,
      madeBy: made.madeBy,
      licence: { data: dataLicence, code: codeLicence, quotedText: quotedTextTerms },
      citation: citation(task.version, made.at, task.origin),
      counts: made.counts,
      sources: createDatasetRepository(copy).sources()
    }
    const file = join(task.dir, `export${exportFormats[task.format].suffix}`)
    const collections = exportedCollections(copy)
    const documents = collections.filter((c) => c.tableOnly !== true)
    if (task.format === 'json') await writeJson(file, header, documents)
    else if (task.format === 'jsonl') await writeJsonLines(file, header, documents)
    else if (task.format === 'zip') await writePackage(file, task.dir, header, collections)
    else if (task.format === 'csv') {
      const collection = collections.find((c) => c.name === task.collection)
      if (collection === undefined) throw new Error(`no collection ${String(task.collection)}`)
      // For a spreadsheet, as the lists' CSV is: formula-like cells begin with an apostrophe.
      await writeCsv(file, collection, { escapeFormulas: true, bom: task.bom === true })
    } else writeSqliteSnapshot(copy, file, { licence: `${dataLicence.identifier}: ${dataLicence.url}`, quoted_text: quotedTextTerms, citation: header.citation })
    return file
  } finally {
    copy.$client.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copyFile}${suffix}`, { force: true })
  }
}
