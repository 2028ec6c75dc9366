// npm run db:backup -- FILE: a consistent copy of the store, taken online (SQLite's backup
// API through better-sqlite3) while the server keeps serving and writing.
import { existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import { ConfigError, loadConfig } from '../config.js'

async function main(): Promise<number> {
  const target = process.argv[2]
  if (!target || target === '--help' || target === '-h') {
    console.error('usage: npm run db:backup -- FILE   (copies the store at DATABASE_PATH to FILE)')
    return target ? 0 : 2
  }
  if (existsSync(target)) {
    console.error(`${target} exists already; choose a new file name`)
    return 1
  }
  const { databasePath } = loadConfig()
  if (!existsSync(databasePath)) {
    console.error(`DATABASE_PATH=${JSON.stringify(databasePath)}: no store there to back up`)
    return 1
  }
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true })
  try {
    const result = await sqlite.backup(target)
    console.log(`backed up ${databasePath} to ${target} (${result.totalPages} pages)`)
    return 0
  } finally {
    sqlite.close()
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `backup failed: ${(error as Error).message}`)
    process.exitCode = 1
  }
)
