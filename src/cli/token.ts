// npm run token -- create --name NAME --scope read|write | list | revoke ID
import { parseArgs } from 'node:util'
import { createTokensRepository, type Scope } from '../auth/tokens.js'
import { ConfigError, loadConfig } from '../config.js'
import { migrateDb, openDb, StoreError } from '../db/open.js'

const usage = `usage:
  npm run token -- create --name NAME [--scope read|write]   prints a new token once (scope: write by default)
  npm run token -- list                                     lists tokens (never the tokens themselves)
  npm run token -- revoke ID                                revokes a token at once`

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, scope: { type: 'string', default: 'write' }, help: { type: 'boolean', short: 'h' } }
  })
  const [command, ...rest] = positionals
  if (values.help || command === undefined) {
    console.log(usage)
    return command === undefined && !values.help ? 2 : 0
  }
  const config = loadConfig()
  const db = openDb(config.databasePath)
  try {
    migrateDb(db)
    const tokens = createTokensRepository(db)
    if (command === 'create') {
      if (!values.name) throw new UsageError('create needs --name NAME')
      if (values.scope !== 'read' && values.scope !== 'write') throw new UsageError('--scope is read or write')
      const { token, info } = tokens.create(values.name, values.scope as Scope)
      console.error(`created token ${info.id} "${info.name}" (${info.scope}); it is shown once, keep it now:`)
      console.log(token)
      return 0
    }
    if (command === 'list') {
      for (const t of tokens.list()) console.log(`${t.id}\t${t.scope}\t${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}\t${t.createdAt}\t${t.name}`)
      return 0
    }
    if (command === 'revoke') {
      const id = rest[0]
      if (!id) throw new UsageError('revoke needs the token ID (see `npm run token -- list`)')
      if (!tokens.revoke(id)) {
        console.error(`no token has the id ${id}`)
        return 1
      }
      console.log(`revoked ${id}`)
      return 0
    }
    throw new UsageError(`unknown command "${command}"`)
  } finally {
    db.$client.close()
  }
}

class UsageError extends Error {}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof StoreError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n${usage}`)
    process.exitCode = 2
  } else {
    throw error
  }
}
