// npm run draft -- --source FILE --published DATE[/DATE] [--publisher NAME] [--title …] [--url …] [--id …]
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../config.js'
import { openDb, StoreError } from '../db/open.js'
import { draft, type Vocabulary } from '../drafting/draft.js'
import { readVocabulary } from '../modules/drafts/drafts.repository.js'
import { DraftRequest } from '../modules/drafts/drafts.schemas.js'

const usage = `usage: npm run draft -- --source ARTICLE.txt --published 2022-04-05 [--publisher NAME] [--title HEADLINE] [--url URL] [--id SOURCE-ID] > draft.json
  Prints a draft of the article's facts in the format npm run ingest reads, and a summary on
  stderr; writes nothing. --published is the day the article appeared, or a range (2022-04-04/2022-04-07) when
  it is not known; relative dates are resolved against it. The parties, actors, rounds and
  issues of the store at DATABASE_PATH, when there is one, are linked (review.linked lists
  them); ingest the draft into that same store.
  Edit the draft, then: npm run ingest -- --source ARTICLE.txt --annotations draft.json`

function main(): number {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      published: { type: 'string' },
      publisher: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      id: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  })
  if (values.help) {
    console.log(usage)
    return 0
  }
  if (!values.source || !values.published) {
    console.error(usage)
    return 2
  }
  // The same checks as POST /v1/drafts.
  const [earliest, latest] = values.published.split(/\/|\.\./)
  const request = DraftRequest.safeParse({ text: readFileSync(values.source, 'utf8'), title: values.title, publisher: values.publisher ?? 'Unknown publisher', url: values.url ?? null, published: { earliest, latest }, id: values.id })
  if (!request.success) {
    console.error('nothing was drafted:')
    for (const issue of request.error.issues) console.error(`  --${issue.path[0] === 'text' ? 'source' : String(issue.path[0])}${issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : ''}: ${issue.message}`)
    return 2
  }
  const config = loadConfig()
  let vocabulary: Vocabulary | undefined
  if (existsSync(config.databasePath)) {
    const db = openDb(config.databasePath)
    try {
      vocabulary = readVocabulary(db)
    } finally {
      db.$client.close()
    }
  }
  const { published, ...input } = request.data
  const result = draft({ ...input, published: { earliest: published.earliest, latest: published.latest ?? published.earliest } }, vocabulary)
  console.log(JSON.stringify(result, null, 2))
  const { facts, undecided, lowConfidence } = result.review.summary
  console.error(`drafted ${Object.entries(facts).map(([k, n]) => `${n} ${k}`).join(', ')} from ${values.source}${vocabulary ? ` (linked to the store at ${config.databasePath})` : ' (no store to link to)'}`)
  console.error(`needs attention: ${undecided} undecided (review.undecided), ${lowConfidence} below 0.6 confidence, and the licence (source.licence)`)
  return 0
}

try {
  process.exitCode = main()
} catch (error) {
  if (error instanceof ConfigError || error instanceof StoreError || (error as { code?: string }).code === 'ENOENT') {
    console.error((error as Error).message)
    process.exitCode = 1
  } else {
    throw error
  }
}
