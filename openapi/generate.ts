// npm run openapi: writes openapi/openapi.json from the route schemas, exactly as
// GET /openapi.json serves it. Never edit the JSON by hand.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { projectRoot } from '../src/paths.js'

export const openapiFile = join(projectRoot, 'openapi', 'openapi.json')

export async function generateOpenapi(): Promise<string> {
  const app = await buildApp({ databasePath: ':memory:', seedOnStart: false, logLevel: 'silent' })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  writeFileSync(openapiFile, await generateOpenapi())
  console.log(`wrote ${openapiFile}`)
}
