// The export as a ZIP of one CSV per collection, described by a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/): each column's type, each table's key,
// the licence and the sources, so that tools which read packages read it without guessing.
import { closeSync, createWriteStream, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import { toCsv, type CsvValue } from '../../http/csv.js'
import { dataLicence, datasetTitle, maintainers, quotedTextTerms } from '../../licences.js'
import { itemsOf, type Collection } from './export.collections.js'
import type { ExportHeader } from './export.schemas.js'

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** The type every non-empty value of a column has; a column with none is a string. */
function typeOf(kinds: Set<FieldType>): FieldType {
  if (kinds.size === 0) return 'string'
  if (kinds.size === 1) return [...kinds][0]!
  return kinds.size === 2 && kinds.has('integer') && kinds.has('number') ? 'number' : 'string'
}

function kindOf(value: CsvValue): FieldType | undefined {
  if (value === null || value === '') return undefined
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return ISO_DAY.test(value) ? 'date' : 'string'
}

/** Writes one collection's CSV; returns its Data Package resource. */
async function writeTable(dir: string, collection: Collection): Promise<object> {
  const path = `${collection.name}.csv`
  const kinds = collection.columns.map(() => new Set<FieldType>())
  const fd = openSync(join(dir, path), 'w')
  try {
    let first = true
    for await (const items of itemsOf(collection)) {
      const rows = collection.rows === undefined ? items : items.flatMap((item) => collection.rows!(item as never))
      for (const row of rows) {
        collection.columns.forEach((column, i) => {
          const kind = kindOf(column.value(row as never))
          if (kind !== undefined) kinds[i]!.add(kind)
        })
      }
      if (rows.length === 0 && !first) continue
      writeSync(fd, toCsv(rows as never[], collection.columns, { header: first }))
      first = false
    }
  } finally {
    closeSync(fd)
  }
  return {
    name: collection.name,
    path,
    title: collection.title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: collection.columns.map((column, i) => ({ name: column.header, type: typeOf(kinds[i]!) })),
      ...(collection.primaryKey === undefined ? {} : { primaryKey: collection.primaryKey })
    }
  }
}

export async function writePackage(file: string, dir: string, header: ExportHeader, collections: Collection[]): Promise<void> {
  const resources: object[] = []
  for (const collection of collections) resources.push(await writeTable(dir, collection))
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'negotiation-timeline',
    title: datasetTitle,
    description: `${header.description} Dataset version ${header.version}. ${quotedTextTerms}`,
    version: String(header.version),
    created: header.at,
    licenses: [{ name: dataLicence.identifier, path: dataLicence.url, title: dataLicence.name }],
    contributors: [{ title: maintainers, role: 'author' }],
    sources: header.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url === null ? {} : { path: s.url }) })),
    resources
  }
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`)
  // Every entry dated by the version, not by the moment of export: one version, one ZIP.
  const zip = new yazl.ZipFile()
  const mtime = new Date(header.at)
  for (const name of ['datapackage.json', ...collections.map((c) => `${c.name}.csv`)]) zip.addFile(join(dir, name), name, { mtime, mode: 0o100644 })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}
