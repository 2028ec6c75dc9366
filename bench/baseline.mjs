// The same-bytes baseline: a bare Fastify 5 server answering each measured path with the
// body and content type captured from the service, from memory.
import Fastify from 'fastify'
import { readFileSync } from 'node:fs'

const [file, port] = process.argv.slice(2)
const answers = JSON.parse(readFileSync(file, 'utf8'))
const app = Fastify({ logger: false })
const byUrl = new Map(answers.map((a) => [a.url, a]))
app.get('/*', (request, reply) => {
  const answer = byUrl.get(request.url)
  if (!answer) return reply.code(404).send()
  reply.type(answer.contentType).send(answer.body)
})
await app.listen({ port: Number(port), host: '127.0.0.1' })
process.on('SIGTERM', () => app.close().then(() => process.exit(0)))
