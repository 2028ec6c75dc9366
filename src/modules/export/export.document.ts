// The export's JSON and JSON Lines files: the dataset's description, then every collection.
import { closeSync, openSync, writeSync } from 'node:fs'
import { itemsOf, type Collection } from './export.collections.js'
import type { ExportHeader } from './export.schemas.js'

/** One JSON document: `{ "dataset": {…}, "rounds": [ … ], … }`, an item a line. */
export async function writeJson(file: string, header: ExportHeader, collections: Collection[]): Promise<void> {
  const fd = openSync(file, 'w')
  try {
    writeSync(fd, `{"dataset":${JSON.stringify(header)}`)
    for (const collection of collections) {
      writeSync(fd, `,\n"${collection.name}":[`)
      let first = true
      for await (const items of itemsOf(collection)) {
        if (items.length === 0) continue
        writeSync(fd, `${first ? '' : ','}\n${items.map((item) => JSON.stringify(item)).join(',\n')}`)
        first = false
      }
      writeSync(fd, first ? ']' : '\n]')
    }
    writeSync(fd, '}\n')
  } finally {
    closeSync(fd)
  }
}

/** JSON Lines: `{"collection":"dataset","item":{…}}`, then one line per item of every collection. */
export async function writeJsonLines(file: string, header: ExportHeader, collections: Collection[]): Promise<void> {
  const fd = openSync(file, 'w')
  try {
    writeSync(fd, `${JSON.stringify({ collection: 'dataset', item: header })}\n`)
    for (const collection of collections) {
      for await (const items of itemsOf(collection)) {
        if (items.length > 0) writeSync(fd, items.map((item) => `${JSON.stringify({ collection: collection.name, item })}\n`).join(''))
      }
    }
  } finally {
    closeSync(fd)
  }
}
