// The export as a ZIP of one CSV per collection, described by a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/): each column's type, each table's key,
// the licence, the sources and the citation, so that tools which read packages read it
// without guessing. Cells are exactly as stored: no spreadsheet escaping, no byte-order mark.
import { closeSync, createWriteStream, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import { toCsv, type CsvOptions } from '../../http/csv.js'
import { dataLicence, datasetTitle, maintainers, quotedTextTerms } from '../../licences.js'
import { itemsOf, type Collection } from './export.collections.js'
import type { ExportHeader } from './export.schemas.js'

/** Writes every row of a collection as CSV, a page at a time. */
export async function writeCsv(file: string, collection: Collection, options: Pick<CsvOptions, 'escapeFormulas' | 'bom'>): Promise<void> {
  const fd = openSync(file, 'w')
  try {
    let first = true
    for await (const items of itemsOf(collection)) {
      const rows = collection.rows === undefined ? items : items.flatMap((item) => collection.rows!(item as never))
      if (rows.length === 0 && !first) continue
      writeSync(fd, toCsv(rows as never[], collection.columns, { ...options, header: first, bom: first && options.bom === true }))
      first = false
    }
  } finally {
    closeSync(fd)
  }
}

/** Writes one collection's CSV for the package; returns its Data Package resource. */
async function writeTable(dir: string, collection: Collection): Promise<object> {
  const path = `${collection.name}.csv`
  // Exactly as stored: a program reads this file, and a source's offsets count its characters.
  await writeCsv(join(dir, path), collection, { escapeFormulas: false })
  return {
    name: collection.name,
    path,
    title: collection.title,
    ...(collection.description === undefined ? {} : { description: collection.description }),
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: collection.columns.map((column) => ({ name: column.header, type: column.type ?? 'string' })),
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
    description: `${header.description} Dataset version ${header.version}. Cite it as: ${header.citation}. ${quotedTextTerms}`,
    citation: header.citation,
    version: String(header.version),
    created: header.at,
    licenses: [{ name: dataLicence.identifier, path: dataLicence.url, title: dataLicence.name }],
    contributors: [{ title: maintainers, role: 'author' }],
    sources: header.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url === null ? {} : { path: s.url }) })),
    resources
  }
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`)
  // Every entry dated by the version, not by the moment of export: one version, one ZIP. A
  // ZIP's (DOS) time has no time zone and yazl writes it in the server's: shifted, so that it
  // reads the version's UTC time whatever the server's zone.
  const zip = new yazl.ZipFile()
  const made = new Date(header.at)
  const mtime = new Date(made.getTime() + made.getTimezoneOffset() * 60_000)
  const names = ['datapackage.json', ...collections.map((c) => `${c.name}.csv`)]
  for (const name of names) zip.addFile(join(dir, name), name, { mtime, mode: 0o100644, forceDosTimestamp: true })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
  for (const name of names) rmSync(join(dir, name), { force: true })
}
