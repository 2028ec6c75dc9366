// npm run ingest -- --source FILE --annotations FILE
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import { ingest, IngestFile } from '../curation/ingest.js'
import { migrateDb, openDb, StoreError } from '../db/open.js'
import { ConflictError, UnprocessableError } from '../http/errors.js'
import { ArticleLayoutError } from '../provenance/article.js'

const usage = `usage: npm run ingest -- --source ARTICLE.txt --annotations FACTS.json
  Adds the article and the facts the annotations state, all or nothing, to the store at
  DATABASE_PATH. The annotation format is described by docs/ingest.schema.json.`

function main(): number {
  const { values } = parseArgs({ options: { source: { type: 'string' }, annotations: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    console.log(usage)
    return 0
  }
  if (!values.source || !values.annotations) {
    console.error(usage)
    return 2
  }
  const parsed = IngestFile.safeParse(JSON.parse(readFileSync(values.annotations, 'utf8')))
  if (!parsed.success) {
    console.error(`${values.annotations} does not follow docs/ingest.schema.json:`)
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`)
    return 1
  }
  const config = loadConfig()
  const db = openDb(config.databasePath)
  try {
    migrateDb(db)
    const result = ingest(db, parsed.data, readFileSync(values.source, 'utf8'))
    const counts = Object.entries(result.created)
      .filter(([type, ids]) => ids.length > 0 || (type !== 'party' && type !== 'issue'))
      .map(([type, ids]) => `${ids.length} ${ids.length === 1 ? type : type === 'party' ? 'parties' : `${type}s`}`)
    console.log(`added source ${result.source} with ${counts.join(', ')}`)
    if (result.undecided > 0) console.log(`left out ${result.undecided} undecided fact${result.undecided === 1 ? '' : 's'} (review.undecided): decide each and move it into its list to add it`)
    return 0
  } catch (error) {
    if (error instanceof UnprocessableError) {
      console.error(`nothing was added: ${error.message}`)
      for (const e of error.errors) console.error(`  ${e.path}: ${e.message}`)
      return 1
    }
    if (error instanceof ConflictError) {
      console.error(`nothing was added: ${error.message}`)
      return 1
    }
    if (error instanceof ArticleLayoutError) {
      console.error(`nothing was added: ${values.source}: ${error.message}`)
      return 1
    }
    throw error
  } finally {
    db.$client.close()
  }
}

try {
  process.exitCode = main()
} catch (error) {
  if (error instanceof ConfigError || error instanceof StoreError || error instanceof SyntaxError || (error as { code?: string }).code === 'ENOENT') {
    console.error((error as Error).message)
    process.exitCode = 1
  } else {
    throw error
  }
}
