/// <reference lib="dom" />
// The API reference at /docs in a real browser: Chromium (see chromium.ts) driven by
// playwright-core against the real server process on 127.0.0.1. "Try it out", then "Execute",
// with the values it fills in, shows items on every list.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededStore, tempDir } from '../helper.js'
import { listOperations, type ListOperation, type OpenapiPaths } from '../openapi-lists.js'
import { startServer, type RunningServer } from '../server-process.js'
import { launchChromium } from './chromium.js'

const dir = tempDir()
let server: RunningServer
let browser: Browser
let page: Page
let openapi: OpenapiPaths & { info: { title: string } }
const foreignRequests: string[] = []

beforeAll(async () => {
  const file = join(dir, 'docs.db')
  // A write token, so that the log of writes (/v1/changes) has an entry to show.
  const token = seededStore(file, 'docs-test')
  server = await startServer({ DATABASE_PATH: file })
  const write = await fetch(`${server.base}/v1/actors`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'docs-test-organization', name: 'Docs test organization', type: 'organization', evidence: [{ sourceId: 'xinhua-2022-04-ease-tensions', quote: 'Moscow and Kiev' }] })
  })
  expect(write.status, await write.text()).toBe(201)
  openapi = (await (await fetch(`${server.base}/openapi.json`)).json()) as typeof openapi
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.origin !== server.base) foreignRequests.push(request.url())
  })
  await page.goto(`${server.base}/docs`)
  await page.waitForSelector('.swagger-ui .opblock')
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Expands the operation, clicks "Try it out" and "Execute", and gives back the status and the body shown. */
async function tryItOut({ operationId, tag }: ListOperation): Promise<{ status: string; body: string }> {
  const block = page.locator(`#operations-${tag}-${operationId}`)
  await block.locator('.opblock-summary-control').click()
  await block.locator('button.try-out__btn').click()
  await block.locator('button.execute').click()
  const shown = block.locator('.live-responses-table .response')
  await shown.locator('.response-col_description pre').first().waitFor()
  const status = (await shown.locator('.response-col_status').first().innerText()).trim()
  const body = await shown.locator('.response-col_description pre').first().innerText()
  // Folded again, so that the page stays as light as it started.
  await block.locator('.opblock-summary-control').click()
  return { status, body }
}

describe('the API reference (/docs)', () => {
  it("is titled with the service's name", async () => {
    expect(await page.title()).toBe(openapi.info.title)
    expect(openapi.info.title).toBe('Negotiation timeline API')
  })

  it('shows items on every list after "Try it out" and "Execute", with the values it fills in', async () => {
    const lists = listOperations(openapi)
    expect(lists.map((list) => list.operationId)).toEqual(expect.arrayContaining(['listRounds', 'listProposals', 'listPartyProposals', 'search', 'listTimeline', 'listChanges', 'listIssues']))
    for (const list of lists) {
      const { status, body } = await tryItOut(list)
      expect(status, list.operationId).toBe('200')
      const answer = JSON.parse(body) as { data: unknown[] }
      expect(answer.data.length, `${list.operationId}: ${list.url}`).toBeGreaterThan(0)
    }
  }, 120_000)

  it('works offline: it asks nothing of any other origin', () => {
    expect(foreignRequests).toEqual([])
  })
})
