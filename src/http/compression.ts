import negotiate from '@fastify/accept-negotiator'
import type { IncomingHttpHeaders } from 'node:http'
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib'

/**
 * How answers are compressed: the options @fastify/compress is registered with, and the
 * same choice and the same bytes for the response cache, which answers hits without it.
 */
export const ENCODINGS = ['br', 'gzip', 'deflate'] as const
export type Encoding = (typeof ENCODINGS)[number]

/** Smaller bodies are sent as they are. */
export const COMPRESSION_THRESHOLD = 1024

// Brotli's default quality (11) costs far more CPU than it saves bytes on small JSON.
export const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }

// "*" and "x-gzip" count as gzip, as @fastify/compress reads them.
const GZIP_ALIAS = /\*|x-gzip/gu

/** The encoding @fastify/compress would pick for an Accept-Encoding header, if any. */
export function encodingFor(accepted: string): Encoding | undefined {
  return negotiate(accepted.toLowerCase().replace(GZIP_ALIAS, 'gzip'), [...ENCODINGS]) ?? undefined
}

/**
 * The encoding @fastify/compress would pick for these request headers, if any; `choose`
 * reads the Accept-Encoding value (encodingFor, or a copy that remembers its answers).
 */
export function chooseEncoding(headers: IncomingHttpHeaders, choose: (accepted: string) => Encoding | undefined): Encoding | undefined {
  const accepted = headers['accept-encoding']
  if (accepted === undefined || headers['x-no-compression'] !== undefined) return undefined
  return choose(accepted)
}

export function compress(text: string | Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') return brotliCompressSync(text, BROTLI_OPTIONS)
  return encoding === 'gzip' ? gzipSync(text) : deflateSync(text)
}
