import { z } from 'zod'

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'a port number, 0 to 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'a port number, 0 to 65535'))
    .default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_PATH: z.string().min(1).default('./data/negotiations.db'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  SEED_ON_START: z.enum(['true', 'false']).default('true')
})

export interface AppConfig {
  port: number
  host: string
  /** A file path, or ':memory:' for a throw-away store. */
  databasePath: string
  logLevel: (typeof logLevels)[number]
  /** Seed an empty store on start-up (never seeds twice). */
  seedOnStart: boolean
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads and validates the environment once; a bad value names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''))
  const parsed = envSchema.safeParse(present)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0])
      return `  ${name}=${JSON.stringify(env[name])}: ${issue.message}`
    })
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const value = parsed.data
  return {
    port: value.PORT,
    host: value.HOST,
    databasePath: value.DATABASE_PATH,
    logLevel: value.LOG_LEVEL,
    seedOnStart: value.SEED_ON_START === 'true'
  }
}
