// npm run openapi: writes openapi/openapi.json from the route schemas, exactly as
// GET /openapi.json serves it, and the typed client's types from that. Never edit either
// by hand: tests fail when they drift from the code.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { buildApp } from '../src/app.js'
import { ingestJsonSchema } from '../src/curation/ingest.js'
import { projectRoot } from '../src/paths.js'

export const openapiFile = join(projectRoot, 'openapi', 'openapi.json')
export const clientTypesFile = join(projectRoot, 'src', 'client', 'openapi-types.ts')
export const ingestSchemaFile = join(projectRoot, 'docs', 'ingest.schema.json')

export function generateIngestSchema(): string {
  return `${JSON.stringify({ title: 'Negotiation timeline ingest file', ...ingestJsonSchema() }, null, 2)}\n`
}

export async function generateOpenapi(): Promise<string> {
  const app = await buildApp({ databasePath: ':memory:', seedOnStart: false, logLevel: 'silent' })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}

export async function generateClientTypes(openapiJson: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openapiJson) as Parameters<typeof openapiTS>[0], { exportType: false, alphabetize: false })
  return `// Generated from openapi/openapi.json by \`npm run openapi\` (openapi-typescript). Do not edit.\n\n${astToString(ast)}`
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const document = await generateOpenapi()
  writeFileSync(openapiFile, document)
  writeFileSync(clientTypesFile, await generateClientTypes(document))
  writeFileSync(ingestSchemaFile, generateIngestSchema())
  console.log(`wrote ${openapiFile}, ${clientTypesFile} and ${ingestSchemaFile}`)
}
