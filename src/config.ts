import { z } from 'zod'

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

function wholeNumber(what: string) {
  return z.string().regex(/^\d{1,12}$/, what).transform(Number)
}

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
  ACCESS_LOG: z.enum(['true', 'false']).default('true'),
  SEED_ON_START: z.enum(['true', 'false']).default('true'),
  BODY_LIMIT: wholeNumber('a size in bytes').default(1_048_576),
  WRITE_RATE_LIMIT: wholeNumber('requests per minute, 0 for no limit').default(60),
  READ_RATE_LIMIT: wholeNumber('requests per minute, 0 for no limit').default(0),
  MAX_EVENT_LOOP_DELAY: wholeNumber('milliseconds, 0 to turn overload protection off').default(500),
  RESPONSE_CACHE_MB: wholeNumber('megabytes, 0 to keep no answers').default(16),
  WORKERS: wholeNumber('a number of processes, 1 to 64').pipe(z.number().min(1).max(64)).default(1),
  REPLICA_OF: z
    .url({ protocol: /^(https?|libsql|wss?)$/, error: 'the URL of the libSQL primary (sqld), such as http://primary:8080' })
    .optional(),
  REPLICA_SYNC_MS: wholeNumber('milliseconds between two pulls from the primary')
    .pipe(z.number().min(10, 'at least 10 milliseconds'))
    .default(1000),
  REPLICA_AUTH_TOKEN: z.string().optional(),
  REPLICA_STALE_MS: wholeNumber('milliseconds since the last pull after which the replica is not ready').default(30_000),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'the address users reach the service at, such as https://talks.example.org' })
    // Citations append /v1/… to it: a query, a fragment or a quote would end up inside them.
    .refine((v) => !/[?#"'<>\s]/.test(v), 'an address with no query, fragment, quote or space, such as https://talks.example.org')
    .optional(),
  CORS_WRITE_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url('a comma-separated list of origins such as https://curation.example.org')))
})

export interface AppConfig {
  port: number
  host: string
  /** A file path, or ':memory:' for a throw-away store. */
  databasePath: string
  logLevel: (typeof logLevels)[number]
  /** One log line per request, at level info (ACCESS_LOG). */
  accessLog: boolean
  /** Seed an empty store on start-up (never seeds twice). */
  seedOnStart: boolean
  /** Largest request body accepted, in bytes (413 beyond). */
  bodyLimit: number
  /** Writes per minute per token (or per IP without one); 0 turns the limit off. */
  writeRateLimit: number
  /** Reads per minute per token or IP; 0 (the default) turns the limit off. */
  readRateLimit: number
  /** Origins whose pages may write from a browser (CORS); reads are open to all. */
  corsWriteOrigins: string[]
  /** The address citations name (PUBLIC_URL); unset, the scheme and host a request came to. */
  publicUrl?: string
  /** Processes serving the same port and database (node:cluster); 1 runs no cluster. */
  workers: number
  /** Event-loop delay (ms) past which requests are refused with 503; 0 turns it off. */
  maxEventLoopDelay: number
  /** Bytes of answers the response cache keeps per process, oldest out first. */
  responseCacheBytes: number
  /**
   * REPLICA_OF: this server is a read replica. DATABASE_PATH is a libSQL embedded replica of
   * the primary, pulled every `syncMs`; writes are refused (they go to the primary).
   */
  replica?: ReplicaConfig
}

export interface ReplicaConfig {
  primaryUrl: string
  syncMs: number
  /** Past this long without a pull, /readyz answers 503. */
  staleMs: number
  authToken?: string
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
    accessLog: value.ACCESS_LOG === 'true',
    seedOnStart: value.SEED_ON_START === 'true',
    bodyLimit: value.BODY_LIMIT,
    writeRateLimit: value.WRITE_RATE_LIMIT,
    readRateLimit: value.READ_RATE_LIMIT,
    corsWriteOrigins: value.CORS_WRITE_ORIGINS,
    ...(value.PUBLIC_URL === undefined ? {} : { publicUrl: value.PUBLIC_URL.replace(/\/+$/, '') }),
    workers: value.WORKERS,
    maxEventLoopDelay: value.MAX_EVENT_LOOP_DELAY,
    responseCacheBytes: value.RESPONSE_CACHE_MB * 2 ** 20,
    ...(value.REPLICA_OF === undefined
      ? {}
      : { replica: { primaryUrl: value.REPLICA_OF, syncMs: value.REPLICA_SYNC_MS, staleMs: value.REPLICA_STALE_MS, ...(value.REPLICA_AUTH_TOKEN === undefined ? {} : { authToken: value.REPLICA_AUTH_TOKEN }) } })
  }
}
